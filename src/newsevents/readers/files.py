"""Read documents from files, directories and standard input: dispatch by file type,
plus the plain-text and JSON Lines forms.

Input forms (each file may also be gzipped: `name.txt.gz`, `name.csv.gz`, ...):

- `-`: standard input, one plain-text document with id `stdin`.
- `name.txt`: one document, id = its file id (below), dated `default_date`.
- `name.jsonl`: one document per non-blank line, an object with `id` (string or integer),
  `text` and optional `date`, `title`, `url`, `source`, each also under the other names of
  `newsevents.readers.common.FIELD_NAMES` ("published", "body", "headline", ...); other keys
  are ignored. A line without `id` gets `{file id}:{line number}`.
- `name.csv`, `name.tsv`: one document per row, see `newsevents.readers.tables`.
- `name.html`, `name.htm`: one document, see `newsevents.readers.pages`.
- `name.rss`, `name.atom`, `name.xml`: one document per feed entry, see
  `newsevents.readers.feeds`.
- a directory: walked recursively in sorted path order for the files above; other files,
  hidden entries and symbolic links to directories are skipped. A directory holding a
  feed and the pages it links to yields each article twice (entry and page); give the
  feed alone, or let `newsevents.dedup` link the copies.

Dates, in every format, are normalised to YYYY-MM-DD by
`newsevents.readers.common.normalise_date`; records without one get `default_date`.

A file id is the file's path relative to the argument that named it, without extension:
the stem for a file given directly, `2020/report` for `corpus/2020/report.txt` under
`corpus`. When an earlier file in the same call already has that id, the path as given
(without extension) is used instead, so ids are unique and depend only on paths.

Every input that cannot become a Document yields a DocumentError instead, and reading
goes on with the next line, row, entry or file.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsevents.readers.common import (
    FIELD_NAMES,
    FormatReader,
    ReadResult,
    decode_utf8,
    field_name,
    format_suffix,
    invalid_date_reason,
    normalise_date,
    open_binary,
    strip_format_suffix,
)
from newsevents.readers.feeds import read_feed
from newsevents.readers.pages import read_html
from newsevents.readers.tables import read_table
from newsevents.records import Document, DocumentError

STDIN = "-"
STDIN_ID = "stdin"

_OPTIONAL_FIELDS = ("title", "url", "source")


def read_documents(paths: Iterable[str], default_date: str | None = None) -> Iterator[ReadResult]:
    """Yield a Document or a DocumentError for every input found under `paths`, lazily.

    `default_date` (YYYY-MM-DD) dates documents whose input gives no date. Files are
    opened only as the iterator advances; JSONL and CSV are read record by record.
    Raises ValueError at once when `default_date` is not a valid YYYY-MM-DD date.
    """
    if default_date is not None and normalise_date(default_date) != default_date:
        raise ValueError(f"default_date must be a date in YYYY-MM-DD form, got {default_date!r}")
    return _read_all(paths, default_date)


def _read_all(paths: Iterable[str], default_date: str | None) -> Iterator[ReadResult]:
    used_ids: set[str] = set()
    for argument in paths:
        if argument == STDIN:
            yield _read_stdin(default_date)
            continue
        root = Path(argument)
        if root.is_dir():
            for found in _walk(root):
                if isinstance(found, DocumentError):
                    yield found
                else:
                    yield from _read_file(found, _unique_file_id(found, root, used_ids), default_date)
        elif root.is_file():
            if not _is_supported(root):
                yield DocumentError(argument, None, f"unsupported file type: expected {_SUPPORTED} (optionally .gz)")
                continue
            yield from _read_file(root, _unique_file_id(root, root.parent, used_ids), default_date)
        else:
            yield DocumentError(argument, None, "no such file or directory")


def _walk(directory: Path) -> Iterator[Path | DocumentError]:
    """Supported files under `directory` in sorted path order; unreadable directories as errors.

    Symbolic links to directories are not followed, so a link cycle cannot loop forever.
    """
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield DocumentError(str(directory), None, f"cannot read directory: {error.strerror}")
        return
    for entry in entries:
        # Hidden entries are editor, VCS and OS artefacts (.git, ._name.txt), never articles.
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file() and _is_supported(path):
            yield path


def _is_supported(path: Path) -> bool:
    return format_suffix(path) in _READERS


def _unique_file_id(path: Path, root: Path, used_ids: set[str]) -> str:
    """The file id of `path` found under `root` (see the module docstring).

    Ids come from paths alone so that re-reading the same inputs gives the same ids, and
    the store replaces documents instead of duplicating them.
    """
    file_id = strip_format_suffix(path.relative_to(root).as_posix())
    if file_id in used_ids:
        file_id = strip_format_suffix(path.as_posix())
    used_ids.add(file_id)
    return file_id


def _read_stdin(default_date: str | None) -> ReadResult:
    data = sys.stdin.buffer.read()
    return _text_document(data, STDIN, STDIN_ID, default_date)


def _read_file(path: Path, file_id: str, default_date: str | None) -> Iterator[ReadResult]:
    read_format = _READERS[format_suffix(path)]
    try:
        with open_binary(path) as stream:
            yield from read_format(stream, path, file_id, default_date)
    except (OSError, EOFError, zlib.error) as error:
        # gzip raises these for truncated, corrupt or non-gzip data, possibly mid-file.
        yield DocumentError(str(path), None, f"cannot read file: {error}")


def _read_text(stream: BinaryIO, path: Path, file_id: str, default_date: str | None) -> Iterator[ReadResult]:
    yield _text_document(stream.read(), str(path), file_id, default_date)


def _text_document(data: bytes, path: str, doc_id: str, default_date: str | None) -> ReadResult:
    text, problem = decode_utf8(data)
    if problem:
        return DocumentError(path, None, problem, doc_id)
    if not text.strip():
        return DocumentError(path, None, "empty document: no text", doc_id)
    return Document(id=doc_id, text=text, date=default_date)


def _read_jsonl(stream: BinaryIO, path: Path, file_id: str, default_date: str | None) -> Iterator[ReadResult]:
    for line_number, raw_line in enumerate(stream, start=1):
        if not raw_line.strip():
            continue
        line, problem = decode_utf8(raw_line)
        if problem:
            yield DocumentError(str(path), line_number, problem)
            continue
        yield _record_document(line, str(path), line_number, f"{file_id}:{line_number}", default_date)


def _record_document(line: str, path: str, line_number: int, fallback_id: str, default_date: str | None) -> ReadResult:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return DocumentError(path, line_number, f"malformed JSON: {error}")
    if not isinstance(record, dict):
        return DocumentError(path, line_number, f"JSON line is not an object but {type(record).__name__}")

    given = [key for key, value in record.items() if value is not None]

    def get(role: str) -> tuple[str, object]:
        """The name the record gives the role's field (`FIELD_NAMES`) and its value, None if absent."""
        name = field_name(role, given)
        return (name or role), (record[name] if name is not None else None)

    id_name, raw_id = get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        return DocumentError(path, line_number, f"{id_name!r} must be a string or an integer")
    doc_id = str(raw_id) if raw_id not in (None, "") else fallback_id

    def error(reason: str) -> DocumentError:
        return DocumentError(path, line_number, reason, doc_id)

    text_name, text = get("text")
    if text is None:
        return error(f"missing 'text' (or one of {', '.join(FIELD_NAMES['text'][1:])})")
    if not isinstance(text, str):
        return error(f"{text_name!r} must be a string")
    if not text.strip():
        return error(f"empty {text_name!r}")
    date_name, raw_date = get("date")
    doc_date = default_date if raw_date is None else normalise_date(raw_date)
    if doc_date is None and raw_date is not None:
        return error(invalid_date_reason(raw_date, date_name))
    optional = {role: get(role) for role in _OPTIONAL_FIELDS}
    for name, value in optional.values():
        if value is not None and not isinstance(value, str):
            return error(f"{name!r} must be a string")

    return Document(
        id=doc_id,
        text=text,
        date=doc_date,
        title=optional["title"][1],
        url=optional["url"][1],
        source=optional["source"][1],
    )

# Keyed by format suffix; `.gz` is looked through by `format_suffix`.
_READERS: dict[str, FormatReader] = {
    ".txt": _read_text,
    ".jsonl": _read_jsonl,
    ".csv": read_table,
    ".tsv": read_table,
    ".html": read_html,
    ".htm": read_html,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}
_SUPPORTED = ", ".join(_READERS)
