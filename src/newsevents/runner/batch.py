"""`code_batch`: the engine-neutral unit of work — Documents in, Arrow tables out.

Every runner (the local process pool, Dask, or a few lines of Spark or Ray; see
docs/scaling.md) calls this function on a chunk of documents in a worker and hands the
resulting CodedBatch to `EventStore.write_batch`. It loads the spaCy model through the
cached `nlp.load_model`, so a worker process loads it once, on its first chunk.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone

from newsevents.coder import code_documents
from newsevents.records import Document, DocumentError, Event
from newsevents.store.batch import CodedBatch, documents_table, errors_table
from newsevents.store.schema import events_table


def code_batch(documents: Sequence[Document], model: str | None = None, batch_size: int = 32) -> CodedBatch:
    """Code `documents` and return their rows for the store as Arrow tables.

    The result has one `documents` row per coded document and its `events` rows (events
    that share an id are kept once, as `EventStore.write_document` does). A document whose
    coding fails gets an `errors` row naming its id and the reason instead, and the other
    documents are still coded. When an id occurs more than once, the last occurrence wins,
    as writing the documents one after the other would leave. `duplicates` is empty: finding
    near-duplicates needs every earlier document, so it is done before dispatch.
    """
    coded: dict[str, tuple[Document, list[Event]]] = {}
    failures: list[DocumentError] = []
    for result in code_documents(documents, model=model, batch_size=batch_size):
        if result.error:
            # Documents carry no file and line; the id (for JSON Lines without ids it is
            # "file:line") is what locates the input.
            failures.append(DocumentError(path="", line=None, reason=result.error, doc_id=result.document.id))
            continue
        unique_events: dict[str, Event] = {}
        for event in result.events:
            unique_events.setdefault(event.id, event)
        coded.pop(result.document.id, None)
        coded[result.document.id] = (result.document, list(unique_events.values()))
    coded_at = datetime.now(timezone.utc).replace(tzinfo=None)  # naive UTC, as the store keeps it
    return CodedBatch(
        documents=documents_table(((document, len(events)) for document, events in coded.values()), coded_at),
        events=events_table([event for _, events in coded.values() for event in events]),
        errors=errors_table(failures),
    )
