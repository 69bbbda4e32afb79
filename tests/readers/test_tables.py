"""Tests for CSV and TSV input (newsevents.readers.tables) through read_documents."""

from __future__ import annotations

import csv
import gzip
import tracemalloc
from pathlib import Path

import pytest

from newsevents.readers import read_documents
from newsevents.records import Document, DocumentError


def read(*paths: Path, default_date: str | None = None) -> list[Document | DocumentError]:
    return list(read_documents([str(path) for path in paths], default_date=default_date))


def errors_and_ids(items: list[Document | DocumentError]) -> tuple[list[DocumentError], list[str]]:
    return (
        [item for item in items if isinstance(item, DocumentError)],
        [item.id for item in items if isinstance(item, Document)],
    )


def test_csv_rows_become_documents_with_their_fields(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_text(
        "ID,Date,Title,URL,Source,Text,Lang\n"
        "w1,2022-03-01,Sanctions,https://x.org/w1,Wire,Russia sanctioned Ukraine.,en\n"
        ',2022-03-02T23:30:00-05:00,,,,"Egypt mediated, again.",en\n'
        "w3,,,,,Qatar hosted talks.,en\n",
        encoding="utf-8",
    )

    assert read(path, default_date="2022-01-01") == [
        Document("w1", "Russia sanctioned Ukraine.", "2022-03-01", "Sanctions", "https://x.org/w1", "Wire"),
        Document("wire:3", "Egypt mediated, again.", "2022-03-02"),
        Document("w3", "Qatar hosted talks.", "2022-01-01"),
    ]


@pytest.mark.parametrize("text_column", ["text", "Body", "CONTENT", " article "])
def test_text_column_may_have_any_accepted_name(tmp_path: Path, text_column: str) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f"id,{text_column}\nr1,Chad closed its border.\n", encoding="utf-8")

    assert read(path) == [Document("r1", "Chad closed its border.")]


def test_date_and_other_columns_may_have_their_usual_other_names(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("Headline,Published,Content\nBorder,2021-06-02,Chad closed its border.\n", encoding="utf-8")

    assert read(path) == [Document("rows:2", "Chad closed its border.", "2021-06-02", "Border")]


def test_text_column_is_preferred_to_body(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("body,text\nA summary.,The full text.\n", encoding="utf-8")

    assert [item.text for item in read(path)] == ["The full text."]


def test_tsv_and_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "rows.tsv"
    path.write_bytes("\ufeffid\ttext\tdate\nt1\tPeru protested, Chile agreed.\t2020-05-01\n".encode())

    assert read(path) == [Document("t1", "Peru protested, Chile agreed.", "2020-05-01")]


def test_quoted_multiline_text_keeps_line_numbers_of_later_rows(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('text\n"First paragraph.\n\nSecond paragraph."\nNext row.\n\n,\nLast row.\n', encoding="utf-8")

    assert read(path) == [
        Document("multi:2", "First paragraph.\n\nSecond paragraph."),
        Document("multi:5", "Next row."),
        Document("multi:8", "Last row."),
    ]


def test_text_longer_than_csv_default_field_limit_is_read(tmp_path: Path) -> None:
    long_text = "Sudan protested. " * 20_000  # 340 kB, beyond csv's 128 KiB default
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows([["id", "text"], ["long1", long_text]])

    assert read(path) == [Document("long1", long_text)]


def test_gzipped_csv_is_read(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "rows.csv.gz", "wt", encoding="utf-8") as stream:
        stream.write("id,text\ng1,Kenya protested.\n")

    assert read(tmp_path / "rows.csv.gz") == [Document("g1", "Kenya protested.")]


# --- bad input ------------------------------------------------------------------------


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "notext.csv"
    path.write_text("id,headline\na,Peru protested.\nb,Chile agreed.\n", encoding="utf-8")

    [error] = read(path)

    assert (error.path, error.line) == (str(path), 1)
    assert "no text column" in error.reason and "'headline'" in error.reason


def test_empty_csv_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")

    assert read(path) == [DocumentError(str(path), None, "empty file: no header row")]


@pytest.mark.parametrize(
    ("row", "reason", "doc_id"),
    [
        ("x1,2019/01/04,Mali protested.", "invalid 'date' '2019/01/04'", "x1"),
        ("x2,2019-02-30,Mali protested.", "invalid 'date'", "x2"),
        ("x3,2019-01-04,  ", "empty 'text'", "x3"),
        ("x4,2019-01-04,Mali protested.,extra", "row has 4 fields but the header has 3", None),
        ("x5,2019-01-04", "row has 2 fields but the header has 3", None),
    ],
)
def test_bad_row_is_an_error_for_that_row_only(tmp_path: Path, row: str, reason: str, doc_id: str | None) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"id,date,text\nok1,2019-01-03,Peru protested.\n{row}\nok2,,Chile agreed.\n", encoding="utf-8")

    errors, ids = errors_and_ids(read(path))

    assert [(error.line, error.doc_id) for error in errors] == [(3, doc_id)]
    assert reason in errors[0].reason
    assert ids == ["ok1", "ok2"]


def test_line_that_is_not_utf8_ends_the_file_with_an_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"id,text\nok1,Lima agreed.\nx,Bogot\xe1 protested.\nok2,Quito agreed.\n")

    errors, ids = errors_and_ids(read(path))

    assert [(error.line, "not valid UTF-8" in error.reason) for error in errors] == [(3, True)]
    assert ids == ["ok1"]


def test_unclosed_quote_is_an_error_not_a_swallowed_file(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text('id,text\nok1,Lima agreed.\nx,"Bogota protested.\nok2,Quito agreed.\n', encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("id,text\nok3,Cuba agreed.\n", encoding="utf-8")

    errors, ids = errors_and_ids(read(path, good))

    assert [(error.path, error.line) for error in errors] == [(str(path), 3)]
    assert "malformed CSV" in errors[0].reason
    assert ids == ["ok1", "ok3"]


def test_csv_is_streamed_not_loaded_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    row = "Sudan protested. " * 600  # about 10 kB
    path.write_text("text\n" + (row + "\n") * 2000, encoding="utf-8")  # about 20 MB

    tracemalloc.start()
    try:
        count = sum(1 for _ in read_documents([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == 2000
    assert peak < path.stat().st_size / 10
