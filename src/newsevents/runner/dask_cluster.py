"""An engine that runs chunks as Dask tasks, on a scheduler's workers or a LocalCluster.

Each task runs `code_batch` on one chunk and writes the result as Parquet under the
Parquet directory (`newsevents.runner.parquet`); the client then loads the chunk's files
into DuckDB. With a remote scheduler, the Parquet directory must be a path that the
workers and the client both see (a shared file system), and newsevents and its spaCy
model must be installed on every worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from distributed import Client, LocalCluster

from newsevents.records import Document
from newsevents.runner.engine import PendingBatch
from newsevents.runner.parquet import code_chunk_to_parquet, read_chunk

LOCAL = "local"
# A task lost with its worker (killed, out of memory) is tried again on another.
TASK_RETRIES = 2


class DaskCluster:
    """Runs chunks on the Dask scheduler at `address`, or on a new LocalCluster for "local".

    The LocalCluster has `workers` processes of one thread each (spaCy parsing holds the
    GIL); every worker process loads the model once, through the cached loader.
    """

    def __init__(self, address: str, workers: int, parquet_dir: Path, model: str | None = None, batch_size: int = 32) -> None:
        self.parquet_dir, self.model, self.batch_size = parquet_dir, model, batch_size
        self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) if address == LOCAL else None
        self._client = Client(self._cluster if self._cluster is not None else address)
        # Four chunks per worker thread, as for local runs (`ProcessPool`): results are
        # written in input order, so a worker done with its chunks while a long one ahead still
        # runs must find more queued; with two it often found none and waited.
        self.window = 4 * max(sum(self._client.nthreads().values()), 1)

    def submit(self, chunk_number: int, documents: Sequence[Document]) -> PendingBatch:
        future = self._client.submit(
            code_chunk_to_parquet, list(documents), chunk_number, str(self.parquet_dir), self.model, self.batch_size,
            retries=TASK_RETRIES, pure=False,
        )
        return lambda: read_chunk(future.result())

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
