"""Runners: code a corpus of any size into the store, on local processes or Dask.

`code_batch` is the unit of work every engine runs: a list of Documents in, a CodedBatch
of Arrow tables out (engine-neutral; docs/scaling.md shows a Spark or Ray adapter).
`code_into_store` drives a whole run: lazy reading, skipping what is stored, setting
aside duplicates, a bounded number of chunks in flight, one transaction per chunk.

Example::

    from newsevents.readers import read_documents
    from newsevents.runner import code_into_store, open_engine
    from newsevents.store import EventStore

    with EventStore("events.duckdb") as store, open_engine(workers=4) as engine:
        summary = code_into_store(read_documents(["corpus/"]), store, engine)
    print(summary.coded, summary.duplicates, summary.errors)
"""

from newsevents.runner.batch import code_batch
from newsevents.runner.run import DEFAULT_CHUNK_SIZE, RunSummary, code_into_store, open_engine
from newsevents.store.batch import CodedBatch

__all__ = ["DEFAULT_CHUNK_SIZE", "CodedBatch", "RunSummary", "code_batch", "code_into_store", "open_engine"]
