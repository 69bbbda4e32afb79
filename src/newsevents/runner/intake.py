"""What happens to each input before dispatch: skip what is stored, set aside duplicates.

Runs in the main process, which alone reads the store and sees every document in input
order. Input is cut into chunks of consecutive read items (documents and read errors), so
a chunk's number depends only on the input: a resumed run gives a re-coded chunk the
number (and so the Parquet file names) it had before.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.dedup import DuplicateFinder, DuplicateLink
from newsevents.records import Document, DocumentError
from newsevents.store import EventStore
from newsevents.store.batch import text_hash

# Counting the inputs' lines first doubles the reading; worth it only for small inputs.
MAX_BYTES_TO_COUNT = 64 * 1024 * 1024


@dataclass
class Chunk:
    """The fate of `read` consecutive input items: to code, read errors, duplicates, stored."""

    number: int
    read: int = 0
    to_code: list[Document] = field(default_factory=list)
    read_errors: list[DocumentError] = field(default_factory=list)
    duplicates: list[DuplicateLink] = field(default_factory=list)
    already_stored: int = 0


def plan_chunks(
    items: Iterable[Document | DocumentError], store: EventStore, finder: DuplicateFinder | None, chunk_size: int
) -> Iterator[Chunk]:
    """Cut `items` into chunks of `chunk_size`, lazily, deciding each document's fate in order.

    A document stored with the same id and text hash is skipped. Otherwise, when `finder`
    is given, a near-duplicate of a document seen before (stored, or earlier in this run)
    is set aside; every other document goes to coding (and `finder` remembers it). A
    stored document whose text changed is coded again: the finder never links an id to
    itself.
    """
    iterator = iter(items)
    for number in itertools.count():
        block = list(itertools.islice(iterator, chunk_size))
        if not block:
            return
        stored = store.stored_hashes([item.id for item in block if isinstance(item, Document)])
        chunk = Chunk(number, read=len(block))
        for item in block:
            if isinstance(item, DocumentError):
                chunk.read_errors.append(item)
            elif stored.get(item.id) == text_hash(item.text):
                chunk.already_stored += 1
            elif finder is not None and (link := finder.check(item)) is not None:
                chunk.duplicates.append(link)
            else:
                chunk.to_code.append(item)
        yield chunk


def duplicate_finder(store: EventStore) -> DuplicateFinder:
    """A DuplicateFinder that remembers every document already in `store`, so that a resumed
    run finds the same duplicates an uninterrupted run would."""
    finder = DuplicateFinder()
    for document in store.stored_documents():
        finder.remember(document)
    return finder


def estimate_document_count(paths: Sequence[str]) -> int | None:
    """The number of items the inputs will yield, when that is cheap to know; else None.

    Known when every input is a plain `.jsonl` file (one item per non-blank line) or `.txt`
    file (one document) and together they hold at most MAX_BYTES_TO_COUNT; other forms
    (directories, standard input, gzip, CSV, feeds) are not counted, to keep a run's start
    instant.
    """
    files = [Path(path) for path in paths]
    if not all(path.is_file() and path.suffix in (".jsonl", ".txt") for path in files):
        return None
    if sum(path.stat().st_size for path in files) > MAX_BYTES_TO_COUNT:
        return None
    count = 0
    for path in files:
        if path.suffix == ".jsonl":
            with path.open("rb") as lines:
                count += sum(1 for line in lines if line.strip())
        else:
            count += 1
    return count
