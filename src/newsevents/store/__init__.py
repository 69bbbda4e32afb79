"""The event store: one DuckDB file holding documents, events and input errors.

This is the only package that writes SQL; `analysis`, `web` and `export` read the same
file. The tables and their columns are documented in `newsevents.store.schema`.

Example::

    from newsevents.store import EventStore

    with EventStore("events.duckdb") as store:
        store.write_document(document, events)   # replaces earlier rows of document.id
        store.events(actor="TUR", plover="ASSAULT", since="2019-01")
        store.summary()
"""

from newsevents.store.duckdb_store import EventStore

__all__ = ["EventStore"]
