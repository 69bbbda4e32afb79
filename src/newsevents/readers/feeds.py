"""Read RSS and Atom feeds (`.rss`, `.atom`, `.xml`, optionally gzipped): one document per entry.

For each entry:

- `id`: the entry's id (RSS `guid`, Atom `id`), else its link, else `{file id}:{entry number}`.
- `date`: `published`, else `updated`, normalised to YYYY-MM-DD as written; forms that
  `normalise_date` refuses but feedparser understands are dated by feedparser's reading,
  which is in UTC. Entries without either get `default_date`.
- `title`, `url` (the entry's link) and `source` (the feed's title).
- `text`: the main text of the linked page when a copy of it is on disk, else the entry's
  content, else its summary, with HTML markup removed.

A copy of the linked page is on disk when the link is a file path (relative to the feed's
directory) or a `file://` URL naming an existing `.html` or `.htm` file, or when a web
link's last path segment names such a file in the feed's directory: `talks.html` for
`https://example.org/2020/talks.html`, `talks.html` or `talks.htm` for
`https://example.org/2020/talks`. Either may be gzipped (`talks.html.gz`). When the page
is read, `url` is the page's canonical address if it declares one. A page that cannot be
read or has no main text leaves the entry's own text in use. Nothing is fetched over the
network.

Errors: a file that is not an RSS or Atom feed yields one DocumentError. An entry without
text or with an unreadable date yields one (`line` is None, `doc_id` names the entry), and
reading goes on with the next entry. A feed is parsed whole, as feeds are small.
"""

from __future__ import annotations

import io
import time
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import SplitResult, unquote, urlsplit
from urllib.request import url2pathname

import feedparser
import lxml.html

from newsevents.readers.common import (
    GZIP_SUFFIX,
    ReadResult,
    invalid_date_reason,
    normalise_date,
    open_binary,
)
from newsevents.readers.pages import HTML_SUFFIXES, ExtractedPage, extract_page
from newsevents.records import Document, DocumentError

# Elements that end a line of text: without them `<p>a</p><p>b</p>` would read "ab".
_LINE_BREAKING_TAGS = frozenset(
    "address article blockquote br dd div dt figcaption h1 h2 h3 h4 h5 h6 li p pre section td th tr".split()
)


def read_feed(stream: BinaryIO, path: Path, file_id: str, default_date: str | None) -> Iterator[ReadResult]:
    """Yield a Document or a DocumentError per entry of the feed in `stream`."""
    data = stream.read()  # read errors here are the caller's "cannot read file"
    try:
        # A stream, never bytes or str: feedparser opens a string that looks like a URL or
        # a file name, which would fetch over the network or read an unrelated file.
        feed = feedparser.parse(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001
        # feedparser's fallback parser for malformed XML raises assorted errors on some
        # input (ValueError for "&#xD800;", KeyError for misplaced tags): one bad file
        # must become a DocumentError, not end the run.
        yield DocumentError(str(path), None, f"not a readable feed: {type(error).__name__}: {error}")
        return
    if not feed.get("version"):
        reason = feed.get("bozo_exception") or "no RSS or Atom root element"
        yield DocumentError(str(path), None, f"not an RSS or Atom feed: {reason}")
        return
    if feed.get("bozo") and not feed.entries:
        yield DocumentError(str(path), None, f"invalid feed: {feed.bozo_exception}")
        return
    source = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        yield _entry_document(entry, f"{file_id}:{number}", path, source, default_date)


def _entry_document(
    entry: feedparser.FeedParserDict, fallback_id: str, feed_path: Path, source: str | None, default_date: str | None
) -> ReadResult:
    link = _entry_link(entry)
    doc_id = entry.get("id") or link or fallback_id
    raw_date = entry.get("published") or entry.get("updated")
    doc_date = _entry_date(entry) if raw_date else default_date
    if raw_date and doc_date is None:
        return DocumentError(str(feed_path), None, invalid_date_reason(raw_date), doc_id)
    page = _read_local_page(link, feed_path.parent) if link else None
    text = page.text if page else _entry_text(entry)
    if not text:
        return DocumentError(str(feed_path), None, "feed entry has no text: no content, summary or local page", doc_id)
    return Document(
        id=doc_id,
        text=text,
        date=doc_date,
        title=entry.get("title") or None,
        url=(page.url if page else None) or link,
        source=source,
    )


def _entry_link(entry: feedparser.FeedParserDict) -> str | None:
    """The entry's address as given, or None when it has none."""
    link = entry.get("link") or None
    parts = _split_url(link) if link else None
    if link is None or parts is None:
        return link
    if not entry.get("links") and parts.scheme not in ("http", "https"):
        return None  # an RSS guid or Atom id that feedparser copied into `link`: not an address
    if parts.scheme == "file" and parts.netloc not in ("", "localhost"):
        # feedparser collapses the slashes after "file://": file:///data/a.html comes back as
        # file://data/a.html, a URL of host "data". A remote host is meaningless for a local
        # copy, so the host is read back as the first directory of the path.
        return "file:///" + link.removeprefix("file://")
    return link


def _split_url(url: str) -> SplitResult | None:
    try:
        return urlsplit(url)
    except ValueError:  # malformed, such as "http://[abc": kept as written, never looked up
        return None


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    """The day of the entry's first date field, or None when it cannot be read."""
    name = "published" if entry.get("published") else "updated"
    parsed = entry.get(f"{name}_parsed")
    return normalise_date(entry[name]) or (time.strftime("%Y-%m-%d", parsed) if parsed else None)


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    """The entry's content, else its summary, as plain text; empty when it has neither."""
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        if not detail or not detail.get("value"):
            continue
        value = detail["value"]
        text = _html_to_text(value) if "html" in detail.get("type", "") else value.strip()
        if text:
            return text
    return ""


def _html_to_text(markup: str) -> str:
    """The text of an HTML fragment, one line per paragraph, runs of whitespace collapsed."""
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for element in root.iter():
        if element.tag in _LINE_BREAKING_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _read_local_page(link: str, feed_dir: Path) -> ExtractedPage | None:
    """The extracted copy on disk of the page at `link`, or None (see the module docstring)."""
    path = _local_copy(link, feed_dir)
    if path is None:
        return None
    try:
        with open_binary(path) as stream:
            return extract_page(stream.read())
    except (OSError, EOFError, zlib.error):
        return None


def _local_copy(link: str, feed_dir: Path) -> Path | None:
    parts = _split_url(link)
    if parts is None:
        return None
    if parts.scheme == "file":
        candidates = [Path(url2pathname(parts.path))]
    elif not parts.scheme and not parts.netloc:
        candidates = [feed_dir / url2pathname(parts.path)]
    else:
        name = PurePosixPath(unquote(parts.path)).name
        file_names = [name] if name.endswith(HTML_SUFFIXES) else [name + suffix for suffix in HTML_SUFFIXES]
        candidates = [feed_dir / file_name for file_name in file_names] if name else []
    for candidate in candidates:
        for path in (candidate, Path(f"{candidate}{GZIP_SUFFIX}")):
            if path.name.removesuffix(GZIP_SUFFIX).endswith(HTML_SUFFIXES) and path.is_file():
                return path
    return None
