"""`code_into_store`: a corpus run from input items to the store, in bounded memory.

The main process reads the input lazily, decides each document's fate (`intake`), keeps
at most `engine.window` chunks in flight, and writes each chunk's results in one
transaction, in input order. A run killed at any point has stored whole chunks only, a
prefix of the input's chunks; the same command run again skips what is stored and codes
the rest, and ends with the database an uninterrupted run would have left.
"""

from __future__ import annotations

import os
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.records import Document, DocumentError
from newsevents.runner.engine import Engine, PendingBatch
from newsevents.runner.intake import Chunk, duplicate_finder, plan_chunks
from newsevents.runner.local import InProcess, ProcessPool
from newsevents.store import EventStore
from newsevents.store.batch import CodedBatch

DEFAULT_CHUNK_SIZE = 64
# The run summary lists this many errors; the errors table has them all.
MAX_LISTED_ERRORS = 20


@dataclass
class RunSummary:
    """Where every read item went: `read == coded + already_stored + duplicates + errors`.

    `errors` counts inputs that could not be read and documents whose coding failed;
    `listed_errors` holds the first MAX_LISTED_ERRORS of them.
    """

    read: int = 0
    coded: int = 0
    already_stored: int = 0
    duplicates: int = 0
    errors: int = 0
    events: int = 0
    listed_errors: list[DocumentError] = field(default_factory=list)

    def add(self, chunk: Chunk, coded: CodedBatch) -> None:
        """Count `chunk`, whose documents to code gave `coded`."""
        failures = [DocumentError(**row) for row in coded.errors.to_pylist()]
        self.read += chunk.read
        self.coded += len(chunk.to_code) - len(failures)
        self.already_stored += chunk.already_stored
        self.duplicates += len(chunk.duplicates)
        self.errors += len(chunk.read_errors) + len(failures)
        self.events += coded.events.num_rows
        room = MAX_LISTED_ERRORS - len(self.listed_errors)
        self.listed_errors += [*chunk.read_errors, *failures][:room]


def code_into_store(
    items: Iterable[Document | DocumentError],
    store: EventStore,
    engine: Engine,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    dedup: bool = True,
    on_chunk: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Code `items` (as `readers.read_documents` yields them) into `store` on `engine`.

    Documents stored before with the same id and text are skipped. With `dedup`, a
    near-duplicate of a stored or earlier document is recorded in `duplicates` instead of
    being coded. Read errors and coding failures go to the `errors` table under one run id.
    `on_chunk` is called with the running summary after each chunk is written.
    """
    finder = duplicate_finder(store) if dedup else None
    run_id = uuid.uuid4().hex[:12]
    summary = RunSummary()
    pending: deque[tuple[Chunk, PendingBatch]] = deque()

    def write_oldest() -> None:
        chunk, result = pending.popleft()
        coded = result()
        links = [(link.doc_id, link.original_id, link.similarity) for link in chunk.duplicates]
        store.write_batch(coded.adding(chunk.read_errors, links), run_id)
        summary.add(chunk, coded)
        if on_chunk is not None:
            on_chunk(summary)

    for chunk in plan_chunks(items, store, finder, chunk_size):
        # Waiting for the oldest chunk keeps writes in input order, so that whatever a kill
        # leaves stored is a prefix of the input and a resumed run meets the same duplicates.
        while len(pending) >= engine.window:
            write_oldest()
        pending.append((chunk, engine.submit(chunk.number, chunk.to_code) if chunk.to_code else CodedBatch.empty))
    while pending:
        write_oldest()
    return summary


@contextmanager
def open_engine(
    workers: int | None = None,
    dask: str | None = None,
    parquet_dir: Path | None = None,
    model: str | None = None,
    batch_size: int = 32,
) -> Iterator[Engine]:
    """The engine for `workers` processes (default: all cores; 1 runs in this process), or
    for the Dask scheduler at `dask` ("local" starts a LocalCluster of `workers` processes)
    writing Parquet under `parquet_dir`; stopped when the block ends."""
    workers = workers or os.cpu_count() or 1
    if dask is not None:
        if parquet_dir is None:
            raise ValueError("a Dask run needs a Parquet directory for its chunks' results")
        from newsevents.runner.dask_cluster import DaskCluster  # imports distributed: only for Dask runs

        engine: Engine = DaskCluster(dask, workers, parquet_dir, model, batch_size)
    elif workers == 1:
        engine = InProcess(model, batch_size)
    else:
        engine = ProcessPool(workers, model, batch_size)
    try:
        yield engine
    finally:
        engine.close()
