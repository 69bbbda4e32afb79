"""Tests for RSS and Atom input (newsevents.readers.feeds) through read_documents."""

from __future__ import annotations

import gzip
import socket
from pathlib import Path

import pytest

from newsevents.readers import read_documents
from newsevents.records import Document, DocumentError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"

PAGE = "<html><body><article><p>{}</p></article></body></html>"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test in which reading a feed tries to open a network connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def read(*paths: Path, default_date: str | None = None) -> list[Document | DocumentError]:
    return list(read_documents([str(path) for path in paths], default_date=default_date))


def rss(*items: str, title: str = "Example Wire") -> str:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{"".join(items)}</channel></rss>'


def test_entries_read_local_pages_when_present_else_their_summary() -> None:
    assert read(FIXTURES / "feed" / "wire.rss") == [
        # the link's basename names ankara-talks.html beside the feed
        Document(
            id="wire-1001",
            text=(
                "Turkish President Recep Tayyip Erdogan assured Iranian President Ebrahim Raisi on Friday "
                "that Ankara wanted closer trade ties with Tehran.\n"
                "The two leaders spoke by phone for an hour, officials in Ankara said."
            ),
            date="2023-04-07",  # as written (-0400), not the UTC day
            title="Turkey hosts talks with Iran",
            url="https://wire.example.org/world/ankara-talks.html",
            source="Example Wire",
        ),
        # a relative link to pages/gaza-strike.html; the page's canonical URL is kept
        Document(
            id="wire-1002",
            text=(
                "Israeli aircraft struck targets in Gaza on Monday after rockets were fired at Jerusalem, "
                "the Israeli military said.\nHamas said the strikes hit residential buildings in Gaza City."
            ),
            date="2021-05-10",
            title="Israel strikes Gaza",
            url="https://wire.example.org/world/gaza-strike",
            source="Example Wire",
        ),
        # no local copy: the summary, HTML stripped, one line per paragraph
        Document(
            id="wire-1003",
            text="Egypt mediated a ceasefire between Israel & Hamas.\nIt took effect at 2am.",
            date="2021-05-21",
            title="Egypt mediates ceasefire",
            url="https://wire.example.org/world/cairo-ceasefire",
            source="Example Wire",
        ),
    ]


def test_atom_feed_with_file_url_content_and_updated_date(tmp_path: Path) -> None:
    page = tmp_path / "saved" / "talks.html"
    page.parent.mkdir()
    page.write_text(PAGE.format("Oman mediated talks between Iran and the United States, diplomats said."))
    path = tmp_path / "news.atom"
    path.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Desk</title>'
        f'<entry><id>tag:gulf,2020:1</id><title>Talks</title><link href="{page.as_uri()}"/>'
        "<updated>2020-02-03T10:00:00Z</updated><summary>Short summary.</summary></entry>"
        "<entry><id>tag:gulf,2020:2</id><title>Visit</title><updated>2020-02-04T08:00:00+04:00</updated>"
        '<content type="html">&lt;p&gt;Qatar&amp;#39;s emir visited Kuwait.&lt;/p&gt;</content></entry>'
        "</feed>"
    )

    assert read(path) == [
        Document("tag:gulf,2020:1", "Oman mediated talks between Iran and the United States, diplomats said.",
                 "2020-02-03", "Talks", page.as_uri(), "Gulf Desk"),
        Document("tag:gulf,2020:2", "Qatar's emir visited Kuwait.", "2020-02-04", "Visit", None, "Gulf Desk"),
    ]


def test_entry_ids_fall_back_to_link_then_position_and_dates_to_default(tmp_path: Path) -> None:
    path = tmp_path / "plain.rss"
    path.write_text(rss(
        "<item><link>https://x.org/a</link><description>Peru protested.</description></item>",
        "<item><description>Chile agreed.</description></item>",
    ))

    assert [(item.id, item.date) for item in read(path, default_date="2019-09-09")] == [
        ("https://x.org/a", "2019-09-09"),
        ("plain:2", "2019-09-09"),
    ]


def test_xml_and_gzipped_feeds_are_read(tmp_path: Path) -> None:
    item = "<item><guid>g1</guid><description>Kenya protested.</description></item>"
    (tmp_path / "feed.xml").write_text(rss(item))
    with gzip.open(tmp_path / "feed.rss.gz", "wt", encoding="utf-8") as stream:
        stream.write(rss(item))

    assert [item.text for item in read(tmp_path / "feed.xml", tmp_path / "feed.rss.gz")] == ["Kenya protested."] * 2


def test_local_page_without_text_or_not_html_leaves_the_summary(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><body><script>app()</script></body></html>")
    (tmp_path / "secret.txt").write_text("Not a page: never read as one.")
    path = tmp_path / "feed.rss"
    path.write_text(rss(
        "<item><guid>e1</guid><link>https://x.org/empty.html</link><description>Summary one.</description></item>",
        "<item><guid>e2</guid><link>secret.txt</link><description>Summary two.</description></item>",
    ))

    assert [item.text for item in read(path)] == ["Summary one.", "Summary two."]


# --- bad input ------------------------------------------------------------------------


def test_bad_entries_are_errors_for_that_entry_only(tmp_path: Path) -> None:
    path = tmp_path / "bad.rss"
    path.write_text(rss(
        "<item><guid>ok1</guid><description>Peru protested.</description></item>",
        "<item><guid>no-date</guid><pubDate>sometime last week</pubDate>"
        "<description>Mali protested.</description></item>",
        "<item><guid>no-text</guid><title>Headline only</title><description>  </description></item>",
        "<item><guid>ok2</guid><description>Chile agreed.</description></item>",
    ))

    items = read(path)

    assert items[0].id == "ok1" and items[3].id == "ok2"
    assert items[1] == DocumentError(
        str(path), None,
        "invalid 'date' 'sometime last week': expected YYYY-MM-DD, an ISO 8601 date-time or an RFC 822 date",
        "no-date",
    )
    assert items[2] == DocumentError(
        str(path), None, "feed entry has no text: no content, summary or local page", "no-text"
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.rss", "this is not a feed <rss"),
        ("empty.atom", ""),
        ("sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>'),
    ],
)
def test_file_that_is_not_a_feed_is_one_error_and_reading_goes_on(tmp_path: Path, name: str, content: str) -> None:
    bad = tmp_path / name
    bad.write_text(content)
    good = tmp_path / "good.txt"
    good.write_text("Cuba protested.")

    items = read(bad, good)

    assert isinstance(items[0], DocumentError) and items[0].path == str(bad)
    assert items[0].reason.startswith("not an RSS or Atom feed")
    assert items[1:] == [Document("good", "Cuba protested.")]
