"""The event store: one DuckDB file holding documents, events, errors and duplicates.

This is the only package that writes SQL; `analysis`, `web` and `export` read the same
file. The tables and their columns are documented in `newsevents.store.schema`.

Example::

    from newsevents.store import EventStore

    with EventStore("events.duckdb") as store:
        store.write_document(document, events)   # replaces earlier rows of document.id
        store.write_batch(coded_batch, run_id)   # a chunk from newsevents.runner, in one transaction
        store.events(actor="TUR", plover="ASSAULT", since="2019-01")
        store.event_clusters(actor="TUR")        # reports of the same event, grouped
        store.summary()
"""

from newsevents.store.batch import CodedBatch
from newsevents.store.duckdb_store import EventStore

__all__ = ["CodedBatch", "EventStore"]
