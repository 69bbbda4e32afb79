"""Engines that run chunks on this machine: in the calling process, or in worker processes."""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from newsevents.records import Document
from newsevents.runner.batch import code_batch
from newsevents.runner.engine import PendingBatch


class InProcess:
    """Codes each chunk as it is submitted, in the calling process (`--workers 1`, debugging)."""

    window = 1

    def __init__(self, model: str | None = None, batch_size: int = 32) -> None:
        self.model, self.batch_size = model, batch_size

    def submit(self, chunk_number: int, documents: Sequence[Document]) -> PendingBatch:
        batch = code_batch(documents, self.model, self.batch_size)
        return lambda: batch

    def close(self) -> None:
        """Nothing to release."""


class ProcessPool:
    """`workers` processes running `code_batch`; each loads the model once, on its first chunk.

    Up to two chunks per worker are in flight, so a worker never waits for the main
    process to write a result before it gets its next chunk.
    """

    def __init__(self, workers: int, model: str | None = None, batch_size: int = 32) -> None:
        self.model, self.batch_size = model, batch_size
        self.window = 2 * workers
        # "spawn": the main process holds an open DuckDB connection and its threads, which
        # a forked child would inherit in whatever state they were.
        self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, chunk_number: int, documents: Sequence[Document]) -> PendingBatch:
        return self._executor.submit(code_batch, list(documents), self.model, self.batch_size).result

    def close(self) -> None:
        self._executor.shutdown(cancel_futures=True)
