"""Read saved HTML pages (`.html`, `.htm`, optionally gzipped): one document per page.

The main text and metadata come from trafilatura, which drops navigation, footers and
reader comments. The document id is the page's file id; `title` is the page's headline,
`date` its publication date from the page's metadata (else `default_date`), `url` its
canonical address (`og:url` or `<link rel="canonical">`) and `source` its site name.
A page with no main text yields a DocumentError. Nothing is ever fetched: links in the
page are not followed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import trafilatura
from trafilatura.settings import Document as ExtractedPage

from newsevents.readers.common import ReadResult, normalise_date
from newsevents.records import Document, DocumentError

HTML_SUFFIXES = (".html", ".htm")

# Dates only from the page's markup (meta tags, <time>, URL): the extensive search also
# scans the free text, where the first date found is often an event date, not the
# publication date that relative dates are resolved against.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def read_html(stream: BinaryIO, path: Path, file_id: str, default_date: str | None) -> Iterator[ReadResult]:
    """Yield the page in `stream` as one Document, or a DocumentError when it has no main text."""
    page = extract_page(stream.read())
    if page is None:
        yield DocumentError(str(path), None, "no article text found in the HTML page", file_id)
        return
    yield Document(
        id=file_id,
        text=page.text,
        date=normalise_date(page.date) or default_date,
        title=page.title or None,
        url=page.url or None,
        source=page.sitename or None,
    )


def extract_page(html: bytes) -> ExtractedPage | None:
    """The main text and metadata of an HTML page, or None when it has no main text.

    `html` is the raw bytes so that trafilatura can honour the page's declared charset.
    """
    page = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATE_SEARCH,
    )
    if page is None or not (page.text or "").strip():
        return None
    return page
