"""Tests for newsevents.readers: every input form, every bad input, ids, laziness."""

from __future__ import annotations

import gzip
import io
import json
import sys
import tracemalloc
import types
from importlib import resources
from pathlib import Path

import pytest

from newsevents.readers import read_documents
from newsevents.records import Document, DocumentError


def read(*paths: Path | str, default_date: str | None = None) -> list[Document | DocumentError]:
    return list(read_documents([str(path) for path in paths], default_date=default_date))


def write_jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def only_error(items: list[Document | DocumentError]) -> DocumentError:
    errors = [item for item in items if isinstance(item, DocumentError)]
    assert len(errors) == 1, items
    return errors[0]


# --- plain text and stdin -------------------------------------------------------------


def test_text_file_is_one_document_named_by_its_stem(tmp_path: Path) -> None:
    path = tmp_path / "ankara-talks.txt"
    path.write_text("Turkey hosted talks with Iran.\n", encoding="utf-8")

    assert read(path, default_date="2023-04-07") == [
        Document(id="ankara-talks", text="Turkey hosted talks with Iran.\n", date="2023-04-07")
    ]


def test_text_file_byte_order_mark_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffIran protested.".encode())

    assert read(path) == [Document(id="bom", text="Iran protested.")]


def test_stdin_is_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Israel struck Gaza.".encode())))

    assert read("-", default_date="2021-05-10") == [
        Document(id="stdin", text="Israel struck Gaza.", date="2021-05-10")
    ]


def test_empty_stdin_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))

    assert read("-") == [DocumentError("-", None, "empty document: no text", "stdin")]


def test_invalid_default_date_is_rejected_at_call() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        read_documents(["-"], default_date="07/04/2023")


# --- JSON Lines -----------------------------------------------------------------------


def test_jsonl_lines_become_documents_with_their_fields(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        {"id": "a1", "text": "Russia sanctioned Ukraine.", "date": "2022-03-01", "title": "T",
         "url": "https://x.org/a1", "source": "Wire", "license": "ignored"},
        {"text": "Egypt mediated.", "title": None},
        {"id": 7, "text": "Qatar hosted talks."},
    )

    assert read(path, default_date="2022-01-01") == [
        Document("a1", "Russia sanctioned Ukraine.", "2022-03-01", "T", "https://x.org/a1", "Wire"),
        Document("feed:2", "Egypt mediated.", "2022-01-01"),
        Document("7", "Qatar hosted talks.", "2022-01-01"),
    ]


def test_jsonl_date_time_is_normalised_to_its_day(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "times.jsonl", {"id": "t1", "text": "Mali protested.", "date": "2019-01-04T23:30:00-05:00"}
    )

    assert read(path) == [Document("t1", "Mali protested.", "2019-01-04")]


def test_jsonl_fields_are_read_under_their_usual_other_names(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "export.jsonl",
        {"article_id": "e1", "body": "Chad closed its border.", "published": "2021-06-02T08:00:00Z",
         "headline": "Border", "link": "https://x.org/e1", "publisher": "Wire"},
        {"id": "e2", "Text": "Niger reopened it.", "date": None, "publish_date": "2021-06-09"},
    )

    assert read(path) == [
        Document("e1", "Chad closed its border.", "2021-06-02", "Border", "https://x.org/e1", "Wire"),
        Document("e2", "Niger reopened it.", "2021-06-09"),
    ]


def test_jsonl_error_names_the_field_as_the_record_names_it(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", {"id": "b1", "body": "Mali protested.", "published": "June 2"})

    assert "invalid 'published' 'June 2'" in only_error(read(path)).reason


def test_blank_jsonl_lines_are_skipped_and_line_numbers_kept(tmp_path: Path) -> None:
    path = tmp_path / "gaps.jsonl"
    path.write_text('\n   \n{"text": "Chad closed its border."}\n\n', encoding="utf-8")

    assert read(path) == [Document("gaps:3", "Chad closed its border.")]


@pytest.mark.parametrize(
    ("line", "reason", "doc_id"),
    [
        ("{not json", "malformed JSON", None),
        ('["a", "list"]', "not an object but list", None),
        ('"a string"', "not an object but str", None),
        ('{"id": "x1", "title": "no text"}', "missing 'text'", "x1"),
        ('{"id": "x2", "text": "   "}', "empty 'text'", "x2"),
        ('{"id": "x3", "text": 42}', "'text' must be a string", "x3"),
        ('{"id": "x4", "text": "Mali protested.", "date": "2019/01/04"}', "invalid 'date'", "x4"),
        ('{"id": "x5", "text": "Mali protested.", "date": "2019-02-30"}', "invalid 'date'", "x5"),
        ('{"id": "x6", "text": "Mali protested.", "date": "04/01/2019"}', "invalid 'date'", "x6"),
        ('{"id": "x7", "text": "Mali protested.", "date": 20190104}', "invalid 'date'", "x7"),
        ('{"id": "x8", "text": "Mali protested.", "url": ["u"]}', "'url' must be a string", "x8"),
        ('{"id": ["x9"], "text": "Mali protested."}', "'id' must be a string or an integer", None),
    ],
)
def test_bad_jsonl_line_is_reported_and_reading_goes_on(
    tmp_path: Path, line: str, reason: str, doc_id: str | None
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(f'{{"id": "ok1", "text": "Peru protested."}}\n{line}\n{{"id": "ok2", "text": "Chile agreed."}}\n')

    items = read(path)

    error = only_error(items)
    assert (error.path, error.line, error.doc_id) == (str(path), 2, doc_id)
    assert reason in error.reason
    assert [item.id for item in items if isinstance(item, Document)] == ["ok1", "ok2"]


def test_jsonl_line_with_nul_bytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "nul.jsonl"
    path.write_bytes(b'{"text": "a\x00b"}\n{"text": "Fiji agreed."}\n')

    items = read(path)

    error = only_error(items)
    assert (error.line, error.doc_id) == (1, None) and error.reason.startswith("binary content (NUL bytes)")
    assert items[1] == Document("nul:2", "Fiji agreed.")


def test_jsonl_line_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"text": "Bogotá"}\n'.encode("latin-1") + b'{"text": "Lima agreed."}\n')

    items = read(path)

    error = only_error(items)
    assert error.line == 1 and "not valid UTF-8" in error.reason and "0xe1" in error.reason
    assert items[1] == Document("latin1:2", "Lima agreed.")


# --- bad files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty document: no text"),
        (b" \n\t\n", "empty document: no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (NUL bytes)"),
        ("Bogotá".encode("cp1252"), "not valid UTF-8"),
    ],
)
def test_bad_text_file_is_reported_and_reading_goes_on(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Cuba protested.")

    items = read(bad, good)

    error = only_error(items)
    assert (error.path, error.line, error.doc_id) == (str(bad), None, "bad")
    assert reason in error.reason
    assert items[1] == Document("good", "Cuba protested.")


def test_missing_path_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Cuba protested.")

    assert read(tmp_path / "nowhere.jsonl", good) == [
        DocumentError(str(tmp_path / "nowhere.jsonl"), None, "no such file or directory"),
        Document("good", "Cuba protested."),
    ]


def test_unsupported_file_given_directly_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF-1.7")

    error = only_error(read(path))
    assert "unsupported file type" in error.reason and ".csv" in error.reason


# --- directories, gzip, ids -----------------------------------------------------------


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "z.txt").write_text("Zambia agreed.")
    (tmp_path / "b" / "deep" / "x.txt").write_text("Mexico agreed.")
    write_jsonl(
        tmp_path / "a" / "feed.jsonl", {"id": "f1", "text": "Oman mediated."}, {"id": "f2", "text": "Iran agreed."}
    )
    (tmp_path / "a" / "notes.md").write_text("not an article")
    (tmp_path / ".git" / "HEAD.txt").write_text("hidden")
    (tmp_path / "._z.txt").write_bytes(b"\x00\x05")

    assert [item.id for item in read(tmp_path)] == ["f1", "f2", "b/deep/x", "z"]


def test_directory_includes_every_format_and_their_gzip(tmp_path: Path) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "rows.csv").write_text("id,text\nc1,Chad protested.\n")
    with gzip.open(tmp_path / "rows.tsv.gz", "wt", encoding="utf-8") as stream:
        stream.write("id\ttext\nt1\tTogo agreed.\n")
    (tmp_path / "web" / "page.htm").write_text("<html><body><p>Niger protested.</p></body></html>")
    with gzip.open(tmp_path / "web" / "page2.html.gz", "wt", encoding="utf-8") as stream:
        stream.write("<html><body><p>Benin agreed.</p></body></html>")
    (tmp_path / "wire.rss").write_text(
        '<rss version="2.0"><channel><title>W</title><item><guid>r1</guid><description>Mali agreed.</description>'
        "</item></channel></rss>"
    )
    (tmp_path / "wire.atom").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>a1</id>'
        "<summary>Ghana agreed.</summary></entry></feed>"
    )
    with gzip.open(tmp_path / "wire.xml.gz", "wt", encoding="utf-8") as stream:
        stream.write(
            '<rss version="2.0"><channel><item><guid>x1</guid><description>Gabon agreed.</description></item>'
            "</channel></rss>"
        )

    assert [item.id for item in read(tmp_path)] == ["c1", "t1", "web/page", "web/page2", "a1", "r1", "x1"]


def test_same_stem_in_subdirectories_gets_relative_path_ids(tmp_path: Path) -> None:
    for year in ("2019", "2020"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "report.txt").write_text(f"Report of {year}.")
        (tmp_path / year / "feed.jsonl").write_text('{"text": "No id."}\n')

    assert [item.id for item in read(tmp_path)] == ["2019/feed:1", "2019/report", "2020/feed:1", "2020/report"]


def test_same_stem_in_two_arguments_gets_unique_ids(tmp_path: Path) -> None:
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(f"Text {name}.")

    ids = [item.id for item in read(tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt")]

    assert ids == ["a", (tmp_path / "y" / "a").as_posix()]


def test_gzipped_text_and_jsonl_are_read(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "brief.txt.gz", "wt", encoding="utf-8") as stream:
        stream.write("Kenya protested.")
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write('{"text": "Uganda agreed."}\n{"id": "g2", "text": "Rwanda agreed."}\n')

    assert read(tmp_path) == [
        Document("brief", "Kenya protested."),
        Document("feed:1", "Uganda agreed."),
        Document("g2", "Rwanda agreed."),
    ]


def test_corrupt_gzip_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(b"this is not gzip data")
    (tmp_path / "b.txt").write_text("Peru agreed.")

    items = read(tmp_path)

    error = only_error(items)
    assert error.path == str(tmp_path / "a.jsonl.gz") and "cannot read file" in error.reason
    assert items[1] == Document("b", "Peru agreed.")


# --- streaming ------------------------------------------------------------------------


def test_reader_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "later.txt"
    items = read_documents([str(path)])  # nothing is opened before iteration starts
    path.write_text("Written after the call.")

    assert isinstance(items, types.GeneratorType)
    assert next(items) == Document("later", "Written after the call.")


def test_jsonl_is_streamed_not_loaded_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "Sudan protested. " * 600}) + "\n"  # about 10 kB
    path.write_text(line * 2000, encoding="utf-8")  # about 20 MB

    tracemalloc.start()
    try:
        count = sum(1 for _ in read_documents([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 2000
    assert peak < path.stat().st_size / 10


def test_shipped_sample_reads_without_errors() -> None:
    sample = resources.files("newsevents") / "samples" / "wikinews_sample.jsonl"

    items = read(str(sample))

    assert len(items) == 8
    assert all(isinstance(item, Document) and item.date and item.url and item.source == "Wikinews" for item in items)
