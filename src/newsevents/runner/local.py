"""Engines that run chunks on this machine: in the calling process, or in worker processes."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
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

    Up to four chunks per worker are in flight. Results are written in input order, so a
    worker that finishes its chunks while a long chunk ahead of them is still running must
    find more queued work; with two per worker they often found none and waited.
    """

    def __init__(self, workers: int, model: str | None = None, batch_size: int = 32) -> None:
        self.model, self.batch_size = model, batch_size
        self.window = 4 * workers
        # "spawn": the main process holds an open DuckDB connection and its threads, which
        # a forked child would inherit in whatever state they were.
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=exit_with_parent,
            initargs=(os.getpid(),),
        )

    def submit(self, chunk_number: int, documents: Sequence[Document]) -> PendingBatch:
        return self._executor.submit(code_batch, list(documents), self.model, self.batch_size).result

    def close(self) -> None:
        self._executor.shutdown(cancel_futures=True)


def exit_with_parent(parent_pid: int) -> None:
    """Make this pool worker exit when the main process is gone (killed, crashed).

    A worker waits on a task queue that it holds both ends of, so it would never notice on
    its own, and would keep its model's memory forever.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
