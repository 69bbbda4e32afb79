"""A chunk's CodedBatch as Parquet files, partitioned by month, named by chunk number.

Layout under the Parquet directory (Hive-style, readable as one dataset by DuckDB,
pyarrow, Spark or pandas)::

    events/date_month=2019-01/chunk-000042.parquet     by the event's date
    documents/date_month=2019-01/chunk-000042.parquet  by the publication date
    errors/chunk-000042.parquet

`date_month` is `YYYY-MM`, `YYYY` for dates known only to the year, or `undated`. Names
depend only on the chunk number, so a chunk coded again (a retried task, a resumed run)
overwrites its files instead of adding copies. Files are written under a temporary name
and renamed, so no reader ever sees half a file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsevents.records import Document
from newsevents.runner.batch import code_batch
from newsevents.store.batch import CodedBatch

PARTITIONED_TABLES = ("documents", "events")
UNDATED = "undated"


def code_chunk_to_parquet(
    documents: Sequence[Document], chunk_number: int, directory: str, model: str | None = None, batch_size: int = 32
) -> dict[str, list[str]]:
    """Code a chunk with `code_batch` and write it under `directory`; the task a Dask worker runs.

    Returns the files written, by table name (`documents`, `events`, `errors`).
    """
    return write_chunk(code_batch(documents, model, batch_size), Path(directory), chunk_number)


def write_chunk(batch: CodedBatch, directory: Path, chunk_number: int) -> dict[str, list[str]]:
    """Write `batch` as the Parquet files of chunk `chunk_number`; returns them by table name."""
    name = f"chunk-{chunk_number:06d}.parquet"
    written: dict[str, list[str]] = {"documents": [], "events": [], "errors": []}
    for table_name in PARTITIONED_TABLES:
        table = getattr(batch, table_name)
        for month, rows in _by_month(table):
            written[table_name].append(_write(rows, directory / table_name / f"date_month={month}" / name))
    if batch.errors.num_rows:
        written["errors"].append(_write(batch.errors, directory / "errors" / name))
    return written


def read_chunk(files: dict[str, list[str]]) -> CodedBatch:
    """The CodedBatch whose files `write_chunk` returned."""
    empty = CodedBatch.empty()

    def read(table_name: str) -> pa.Table:
        schema = getattr(empty, table_name).schema
        return pa.concat_tables([schema.empty_table(), *(pq.read_table(path).cast(schema) for path in files[table_name])])

    return CodedBatch(documents=read("documents"), events=read("events"), errors=read("errors"))


def _by_month(table: pa.Table) -> list[tuple[str, pa.Table]]:
    months = pc.fill_null(pc.utf8_slice_codeunits(table["date"], 0, 7), UNDATED)
    return [(month, table.filter(pc.equal(months, month))) for month in sorted(set(months.to_pylist()))]


def _write(table: pa.Table, path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    pq.write_table(table, partial)
    os.replace(partial, path)
    return str(path)
