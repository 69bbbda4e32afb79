"""CodedBatch: what coding one chunk of documents produced, as Arrow tables.

A CodedBatch is the unit that crosses process and machine boundaries (a process pool,
Dask, Spark or Ray worker returns one) and the unit the store writes in one transaction.
Its tables have the columns of the store's tables (`newsevents.store.schema`), so an
engine only moves Arrow data and never needs to know the Event record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

import pyarrow as pa

from newsevents.records import Document, DocumentError
from newsevents.store.schema import (
    DOCUMENT_ARROW_SCHEMA,
    DUPLICATE_ARROW_SCHEMA,
    ERROR_ARROW_SCHEMA,
    EVENT_ARROW_SCHEMA,
    LEARNED_ARROW_SCHEMA,
    QUOTE_ARROW_SCHEMA,
)


def text_hash(text: str) -> str:
    """The content hash stored in `documents.text_hash` (SHA-1 of the UTF-8 text, hex)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CodedBatch:
    """Rows for the `documents`, `events`, `errors`, `duplicates`, `quotes` and
    `learned_actors` tables from one chunk.

    `errors` has no `run_id` or `at` (the store adds them when writing). Document ids are
    unique within `documents`, event ids within `events`.
    """

    documents: pa.Table
    events: pa.Table
    errors: pa.Table
    duplicates: pa.Table = field(default_factory=DUPLICATE_ARROW_SCHEMA.empty_table)
    quotes: pa.Table = field(default_factory=QUOTE_ARROW_SCHEMA.empty_table)
    learned: pa.Table = field(default_factory=LEARNED_ARROW_SCHEMA.empty_table)

    @classmethod
    def empty(cls) -> CodedBatch:
        return cls(DOCUMENT_ARROW_SCHEMA.empty_table(), EVENT_ARROW_SCHEMA.empty_table(), ERROR_ARROW_SCHEMA.empty_table())

    def adding(
        self, errors: Sequence[DocumentError] = (), duplicates: Sequence[tuple[str, str, float]] = ()
    ) -> CodedBatch:
        """This batch with more `errors` rows (input that could not be read) and `duplicates`
        rows, given as (doc_id, original_id, similarity) triples."""
        return replace(
            self,
            errors=pa.concat_tables([self.errors, errors_table(errors)]) if errors else self.errors,
            duplicates=pa.concat_tables([self.duplicates, duplicates_table(duplicates)]) if duplicates else self.duplicates,
        )


def documents_table(coded: Iterable[tuple[Document, int]], coded_at: datetime) -> pa.Table:
    """`documents` rows for (document, number of stored events) pairs coded at `coded_at` (naive UTC)."""
    rows = [
        {
            "id": document.id,
            "title": document.title,
            "url": document.url,
            "source": document.source,
            "date": document.date,
            "text": document.text,
            "text_hash": text_hash(document.text),
            "n_events": n_events,
            "coded_at": coded_at,
        }
        for document, n_events in coded
    ]
    return pa.Table.from_pylist(rows, schema=DOCUMENT_ARROW_SCHEMA)


def errors_table(errors: Iterable[DocumentError]) -> pa.Table:
    """`errors` rows (without run and time) for `errors`."""
    rows = [{"path": error.path, "line": error.line, "doc_id": error.doc_id, "reason": error.reason} for error in errors]
    return pa.Table.from_pylist(rows, schema=ERROR_ARROW_SCHEMA)


def duplicates_table(links: Iterable[tuple[str, str, float]]) -> pa.Table:
    """`duplicates` rows for (doc_id, original_id, similarity) triples."""
    rows = [{"doc_id": doc_id, "original_id": original_id, "similarity": similarity} for doc_id, original_id, similarity in links]
    return pa.Table.from_pylist(rows, schema=DUPLICATE_ARROW_SCHEMA)
