"""`code_batch`: the engine-neutral unit of work — Documents in, Arrow tables out.

Every runner (the local process pool, Dask, or a few lines of Spark or Ray; see
docs/scaling.md) calls this function on a chunk of documents in a worker and hands the
resulting CodedBatch to `EventStore.write_batch`. The spaCy model and the package data
are loaded through the cached `coder.load_package_data`, so a worker process loads them
once, on its first chunk.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timezone

from newsevents.coder import code_documents
from newsevents.records import CodedDocument, Document, DocumentError, Event
from newsevents.store.batch import CodedBatch, documents_table, errors_table
from newsevents.store.schema import events_table, learned_table, quotes_table

# Parsing memory grows with the text in one spaCy batch: on Wikinews, batches of 32
# articles that held a few long ones peaked at 1.4 GB per process, batches capped at this
# many characters at 0.6 GB, at the same speed. So batches are cut by size as well as count.
MAX_BATCH_CHARS = 100_000


def code_batch(documents: Sequence[Document], model: str | None = None, batch_size: int = 32) -> CodedBatch:
    """Code `documents` and return their rows for the store as Arrow tables.

    The result has one `documents` row per coded document and its `events` rows (events
    that share an id are kept once, as `EventStore.write_document` does). A document whose
    coding fails gets an `errors` row naming its id and the reason instead, and the other
    documents are still coded. When an id occurs more than once, the last occurrence wins,
    as writing the documents one after the other would leave. `duplicates` is empty: finding
    near-duplicates needs every earlier document, so it is done before dispatch.
    spaCy parses at most `batch_size` documents and MAX_BATCH_CHARS characters at once.
    """
    coded: dict[str, CodedDocument] = {}
    failures: list[DocumentError] = []
    results = (
        result
        for parse_batch in parse_batches(documents, batch_size)
        for result in code_documents(parse_batch, model=model, batch_size=len(parse_batch))
    )
    for result in results:
        if result.error:
            # Documents carry no file and line; the id (for JSON Lines without ids it is
            # "file:line") is what locates the input.
            failures.append(DocumentError(path="", line=None, reason=result.error, doc_id=result.document.id))
            continue
        unique_events: dict[str, Event] = {}
        for event in result.events:
            unique_events.setdefault(event.id, event)
        coded.pop(result.document.id, None)
        coded[result.document.id] = replace(result, events=list(unique_events.values()))
    coded_at = datetime.now(timezone.utc).replace(tzinfo=None)  # naive UTC, as the store keeps it
    return CodedBatch(
        documents=documents_table(((result.document, len(result.events)) for result in coded.values()), coded_at),
        events=events_table([event for result in coded.values() for event in result.events]),
        errors=errors_table(failures),
        quotes=quotes_table([quote for result in coded.values() for quote in result.quotes]),
        learned=learned_table([person for result in coded.values() for person in result.learned]),
    )


def parse_batches(documents: Sequence[Document], batch_size: int) -> Iterator[list[Document]]:
    """`documents` in order, in batches of at most `batch_size` documents and MAX_BATCH_CHARS
    characters (a longer document is a batch of its own)."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        if batch and (len(batch) == batch_size or size + len(document.text) > MAX_BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(document)
        size += len(document.text)
    if batch:
        yield batch
