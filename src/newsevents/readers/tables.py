"""Read CSV and TSV files (`.csv`, `.tsv`, optionally gzipped): one document per row.

The first row is the header. Column names are matched case-insensitively, under the names
of `newsevents.readers.common.FIELD_NAMES`: the text is in `text`, else `body`, `content`, ...;
`id`, `date` (or `published`, `publish_date`, ...), `title`, `url` and `source` are optional. A row without an `id` gets `{file id}:{line number}`; an empty `date` gets
`default_date`. The file is UTF-8 (a byte-order mark is ignored) with quoting as written
by spreadsheets and pandas; fields may span lines and be up to 16 MiB long.

Errors: a file without a header or without a text column yields one DocumentError; a row
with a wrong field count, empty text or an invalid date yields one for that row, and
reading goes on. A line that is not UTF-8, or a record with broken quoting, ends the file
with an error at that line, since the rows after it cannot be told apart reliably.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from newsevents.readers.common import (
    FIELD_NAMES,
    ReadResult,
    decode_utf8,
    field_name,
    format_suffix,
    invalid_date_reason,
    normalise_date,
)
from newsevents.records import Document, DocumentError

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

OPTIONAL_COLUMNS = ("id", "date", "title", "url", "source")

# Long articles exceed csv's default 128 KiB field limit, but a limit is still needed: a
# stray unclosed quote turns the rest of a file into one field, which is read into memory.
MAX_FIELD_CHARS = 16 * 1024 * 1024


class _BrokenTable(Exception):
    """The rest of the file cannot be read as rows: text that is not UTF-8, broken quoting."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def read_table(stream: BinaryIO, path: Path, file_id: str, default_date: str | None) -> Iterator[ReadResult]:
    """Yield a Document or a DocumentError per data row of the CSV or TSV file in `stream`."""
    _allow_long_fields()
    delimiter = "\t" if format_suffix(path) == ".tsv" else ","
    # strict: broken quoting is an error, not a field that silently swallows the next rows.
    reader = csv.reader(_decoded_lines(stream), delimiter=delimiter, strict=True)
    try:
        yield from _read_rows(_records(reader), str(path), file_id, default_date)
    except _BrokenTable as error:
        yield DocumentError(str(path), error.line, error.reason)


def _allow_long_fields() -> None:
    # The limit is process-wide: only ever raise it, so other users of csv keep theirs.
    if csv.field_size_limit() < MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)


def _decoded_lines(stream: BinaryIO) -> Iterator[str]:
    """The lines of `stream` as text, decoded one by one so that an error names its line."""
    for line_number, raw_line in enumerate(stream, start=1):
        line, problem = decode_utf8(raw_line)
        if problem:
            raise _BrokenTable(line_number, problem)
        yield line


def _records(reader: CsvReader) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on (a quoted field may span lines)."""
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise _BrokenTable(first_line, f"malformed CSV: {error}") from error
        yield first_line, row


def _read_rows(
    records: Iterator[tuple[int, list[str]]], path: str, file_id: str, default_date: str | None
) -> Iterator[ReadResult]:
    first = next(records, None)
    if first is None:
        yield DocumentError(path, None, "empty file: no header row")
        return
    header = first[1]
    columns = _column_indexes(header)
    if "text" not in columns:
        found = ", ".join(repr(name) for name in header)
        yield DocumentError(path, 1, f"no text column: expected one of {', '.join(FIELD_NAMES['text'])}; found {found}")
        return
    for line, row in records:
        if any(field.strip() for field in row):
            yield _row_document(row, header, columns, path, line, f"{file_id}:{line}", default_date)


def _column_indexes(header: list[str]) -> dict[str, int]:
    """Index of each known column by its role (`text`, `id`, ...), by the names in `FIELD_NAMES`;
    the first column of a name wins."""
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        positions.setdefault(name.strip().lower(), index)
    columns = {}
    for role in ("text", *OPTIONAL_COLUMNS):
        if (name := field_name(role, positions)) is not None:
            columns[role] = positions[name]
    return columns


def _row_document(
    row: list[str],
    header: list[str],
    columns: dict[str, int],
    path: str,
    line: int,
    fallback_id: str,
    default_date: str | None,
) -> ReadResult:
    if len(row) != len(header):
        # A shifted row would put the text or the date in the wrong field; refuse it.
        return DocumentError(path, line, f"row has {len(row)} fields but the header has {len(header)}")

    def field(role: str) -> str:
        return row[columns[role]].strip() if role in columns else ""

    doc_id = field("id") or fallback_id
    text = row[columns["text"]]
    if not text.strip():
        return DocumentError(path, line, f"empty {header[columns['text']].strip()!r}", doc_id)
    raw_date = field("date")
    doc_date = normalise_date(raw_date) if raw_date else default_date
    if raw_date and doc_date is None:
        return DocumentError(path, line, invalid_date_reason(raw_date, header[columns["date"]].strip()), doc_id)
    return Document(
        id=doc_id,
        text=text,
        date=doc_date,
        title=field("title") or None,
        url=field("url") or None,
        source=field("source") or None,
    )
