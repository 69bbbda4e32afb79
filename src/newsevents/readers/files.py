"""Read documents from plain-text and JSON Lines files, directories and standard input.

Input forms:

- `-`: standard input, one plain-text document with id `stdin`.
- `name.txt` (or `name.txt.gz`): one document, id = its file id (below), dated `default_date`.
- `name.jsonl` (or `name.jsonl.gz`): one document per non-blank line, an object with
  `id` (string or integer), `text` and optional `date` (YYYY-MM-DD), `title`, `url`,
  `source`; other keys are ignored. A line without `id` gets `{file id}:{line number}`.
- a directory: walked recursively in sorted path order for the files above; other files,
  hidden entries and symbolic links to directories are skipped.

A file id is the file's path relative to the argument that named it, without extension:
the stem for a file given directly, `2020/report` for `corpus/2020/report.txt` under
`corpus`. When an earlier file in the same call already has that id, the path as given
(without extension) is used instead, so ids are unique and depend only on paths.

Every input that cannot become a Document yields a DocumentError instead, and reading
goes on with the next line or file.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from datetime import date as calendar_date
from pathlib import Path
from typing import BinaryIO

from newsevents.records import Document, DocumentError

TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
STDIN = "-"
STDIN_ID = "stdin"

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_OPTIONAL_FIELDS = ("title", "url", "source")

ReadResult = Document | DocumentError


def read_documents(paths: Iterable[str], default_date: str | None = None) -> Iterator[ReadResult]:
    """Yield a Document or a DocumentError for every input found under `paths`, lazily.

    `default_date` (YYYY-MM-DD) dates plain-text documents and JSONL records without a
    `date`. Files are opened only as the iterator advances and JSONL is read line by line.
    Raises ValueError at once when `default_date` is not a valid YYYY-MM-DD date.
    """
    if default_date is not None and not _is_iso_day(default_date):
        raise ValueError(f"default_date must be a date in YYYY-MM-DD form, got {default_date!r}")
    return _read_all(paths, default_date)


def _is_iso_day(value: object) -> bool:
    """True when `value` is a string naming a real calendar day as YYYY-MM-DD."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        return False
    try:
        calendar_date.fromisoformat(value)
    except ValueError:
        return False
    return True


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
                reason = "unsupported file type: expected .txt, .jsonl, .txt.gz or .jsonl.gz"
                yield DocumentError(argument, None, reason)
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
    return path.name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES)


def _unique_file_id(path: Path, root: Path, used_ids: set[str]) -> str:
    """The file id of `path` found under `root` (see the module docstring).

    Ids come from paths alone so that re-reading the same inputs gives the same ids, and
    the store replaces documents instead of duplicating them.
    """
    file_id = _strip_suffix(path.relative_to(root).as_posix())
    if file_id in used_ids:
        file_id = _strip_suffix(path.as_posix())
    used_ids.add(file_id)
    return file_id


def _strip_suffix(name: str) -> str:
    for suffix in TEXT_SUFFIXES + JSONL_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _read_stdin(default_date: str | None) -> ReadResult:
    data = sys.stdin.buffer.read()
    return _text_document(data, STDIN, STDIN_ID, default_date)


def _read_file(path: Path, file_id: str, default_date: str | None) -> Iterator[ReadResult]:
    try:
        with _open_binary(path) as stream:
            if path.name.endswith(TEXT_SUFFIXES):
                yield _text_document(stream.read(), str(path), file_id, default_date)
            else:
                yield from _read_jsonl(stream, str(path), file_id, default_date)
    except (OSError, EOFError, zlib.error) as error:
        # gzip raises these for truncated, corrupt or non-gzip data, possibly mid-file.
        yield DocumentError(str(path), None, f"cannot read file: {error}")


def _open_binary(path: Path) -> BinaryIO:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _text_document(data: bytes, path: str, doc_id: str, default_date: str | None) -> ReadResult:
    text, problem = _decode(data)
    if problem:
        return DocumentError(path, None, problem, doc_id)
    if not text.strip():
        return DocumentError(path, None, "empty document: no text", doc_id)
    return Document(id=doc_id, text=text, date=default_date)


def _decode(data: bytes) -> tuple[str, str | None]:
    """UTF-8 text, or an empty string and the reason it is not text."""
    if b"\x00" in data:
        return "", "binary content (NUL bytes): expected UTF-8 text (re-encode UTF-16 files as UTF-8)"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad_byte = data[error.start]
        return "", f"not valid UTF-8 (byte 0x{bad_byte:02x} at offset {error.start}): re-encode the file as UTF-8"
    # Editors on Windows often prefix UTF-8 files with a byte-order mark; it is not content.
    return text.removeprefix("\ufeff"), None


def _read_jsonl(stream: BinaryIO, path: str, file_id: str, default_date: str | None) -> Iterator[ReadResult]:
    for line_number, raw_line in enumerate(stream, start=1):
        if not raw_line.strip():
            continue
        line, problem = _decode(raw_line)
        if problem:
            yield DocumentError(path, line_number, problem)
            continue
        yield _record_document(line, path, line_number, f"{file_id}:{line_number}", default_date)


def _record_document(line: str, path: str, line_number: int, fallback_id: str, default_date: str | None) -> ReadResult:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return DocumentError(path, line_number, f"malformed JSON: {error}")
    if not isinstance(record, dict):
        return DocumentError(path, line_number, f"JSON line is not an object but {type(record).__name__}")

    raw_id = record.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        return DocumentError(path, line_number, "'id' must be a string or an integer")
    doc_id = str(raw_id) if raw_id not in (None, "") else fallback_id

    def error(reason: str) -> DocumentError:
        return DocumentError(path, line_number, reason, doc_id)

    text = record.get("text")
    if text is None:
        return error("missing 'text'")
    if not isinstance(text, str):
        return error("'text' must be a string")
    if not text.strip():
        return error("empty 'text'")
    doc_date = record.get("date")
    if doc_date is None:
        doc_date = default_date
    elif not _is_iso_day(doc_date):
        return error(f"invalid 'date' {doc_date!r}: expected YYYY-MM-DD")
    for name in _OPTIONAL_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            return error(f"'{name}' must be a string")

    return Document(
        id=doc_id,
        text=text,
        date=doc_date,
        title=record.get("title"),
        url=record.get("url"),
        source=record.get("source"),
    )
