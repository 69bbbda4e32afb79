"""Tests for HTML page input (newsevents.readers.pages) through read_documents."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsevents.readers import read_documents
from newsevents.records import Document, DocumentError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"


def read(*paths: Path, default_date: str | None = None) -> list[Document | DocumentError]:
    return list(read_documents([str(path) for path in paths], default_date=default_date))


def test_html_page_gives_main_text_and_metadata() -> None:
    [document] = read(FIXTURES / "article.html", default_date="2000-01-01")

    assert document == Document(
        id="article",
        text=(
            "Turkey hosts talks with Iran\n"
            "Turkish President Recep Tayyip Erdogan assured Iranian President Ebrahim Raisi on Friday "
            "that Ankara wanted closer trade ties with Tehran.\n"
            "The two leaders spoke by phone for an hour, officials in Ankara said, and agreed to meet in the summer."
        ),
        date="2023-04-07",  # the local publication day, not 2023-04-08 in UTC
        title="Turkey hosts talks with Iran",
        url="https://courier.example.org/world/2023/04/turkey-iran-talks",
        source="The Daily Courier",
    )


def test_page_without_metadata_gets_default_date_and_no_url(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text("<html><body><p>Cuba protested against the embargo, the ministry said.</p></body></html>")

    assert read(path, default_date="2021-06-01") == [
        Document("plain", "Cuba protested against the embargo, the ministry said.", "2021-06-01")
    ]


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    page = "<html><head><meta charset='windows-1252'></head><body><p>Bogotá protested to Lima.</p></body></html>"
    path.write_bytes(page.encode("cp1252"))

    assert [item.text for item in read(path)] == ["Bogotá protested to Lima."]


def test_gzipped_html_is_read(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "saved.html.gz", "wb") as stream:
        stream.write((FIXTURES / "article.html").read_bytes())

    [document] = read(tmp_path / "saved.html.gz")

    assert (document.id, document.title) == ("saved", "Turkey hosts talks with Iran")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"<html><head><title>Only a title</title><script>render()</script></head><body></body></html>",
        b"<div><p",  # broken markup with no text
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
)
def test_page_without_text_is_an_error_and_reading_goes_on(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Cuba protested.")

    assert read(bad, good) == [
        DocumentError(str(bad), None, "no article text found in the HTML page", "bad"),
        Document("good", "Cuba protested."),
    ]
