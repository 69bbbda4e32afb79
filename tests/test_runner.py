"""Tests for newsevents.runner: the batch function, local and Dask runs, resume, duplicates."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

import duckdb
import psutil
import pyarrow as pa
import pytest
from typer.testing import CliRunner

import newsevents.coder
from newsevents.cli import app
from newsevents.readers import read_documents
from newsevents.records import Document, DocumentError
from newsevents.runner import CodedBatch, code_batch, code_into_store, open_engine
from newsevents.runner.batch import MAX_BATCH_CHARS, parse_batches
from newsevents.runner.local import InProcess
from newsevents.runner.parquet import read_chunk, write_chunk
from newsevents.store import EventStore
from newsevents.store.batch import text_hash
from newsevents.store.schema import DOCUMENT_ARROW_SCHEMA, ERROR_ARROW_SCHEMA, EVENT_ARROW_SCHEMA

cli = CliRunner()


def sample_documents() -> list[dict]:
    """The bundled Wikinews sample: eight real, distinct articles with events."""
    lines = resources.files("newsevents.samples").joinpath("wikinews_sample.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def near_duplicate(record: dict, doc_id: str) -> dict:
    """`record` as a second outlet would run it: a new id and a reworded last sentence."""
    return {**record, "id": doc_id, "text": record["text"].rstrip() + " Reporters added no further details."}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Eight articles, a near-duplicate of the second, and a malformed line."""
    records = sample_documents()
    lines = [json.dumps(record) for record in records]
    lines.insert(5, json.dumps(near_duplicate(records[1], "copy-of-2")))
    lines.insert(7, "{not json")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def database_content(db: Path) -> dict[str, list[tuple]]:
    """Every row a run leaves, except times and run ids, in a stable order."""
    queries = {
        "documents": "SELECT id, title, url, source, date, text, text_hash, n_events FROM documents ORDER BY id",
        "events": "SELECT * FROM events ORDER BY id",
        "duplicates": "SELECT * FROM duplicates ORDER BY doc_id",
        "errors": "SELECT path, line, doc_id, reason FROM errors ORDER BY path, line",
    }
    with duckdb.connect(str(db), read_only=True) as connection:
        return {table: connection.execute(query).fetchall() for table, query in queries.items()}


def run_code(*arguments: str) -> str:
    result = cli.invoke(app, ["code", *arguments])
    assert result.exit_code == 0, result.output
    return result.output


# --- the batch function ---------------------------------------------------------------


def test_code_batch_returns_store_rows_as_arrow_tables() -> None:
    documents = [Document(id=record["id"], text=record["text"], date=record["date"]) for record in sample_documents()[:3]]

    batch = code_batch(documents)

    assert isinstance(batch, CodedBatch)
    assert batch.documents.schema == DOCUMENT_ARROW_SCHEMA and batch.events.schema == EVENT_ARROW_SCHEMA
    assert batch.errors.schema == ERROR_ARROW_SCHEMA and batch.errors.num_rows == 0 and batch.duplicates.num_rows == 0
    rows = batch.documents.to_pylist()
    assert [row["id"] for row in rows] == [document.id for document in documents]
    assert [row["text_hash"] for row in rows] == [text_hash(document.text) for document in documents]
    assert sum(row["n_events"] for row in rows) == batch.events.num_rows > 0
    assert set(batch.events.column("doc_id").to_pylist()) <= {document.id for document in documents}
    assert len(set(batch.events.column("id").to_pylist())) == batch.events.num_rows


def test_code_batch_reports_a_failing_document_and_codes_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    real_code_parsed = newsevents.coder.code_parsed

    def failing_on_bad(document, *rest):
        if document.id == "bad":
            raise ValueError("broken parse")
        return real_code_parsed(document, *rest)

    monkeypatch.setattr(newsevents.coder, "code_parsed", failing_on_bad)
    documents = [Document("good", "Russia condemned Ukraine."), Document("bad", "Police arrested two protesters.")]

    batch = code_batch(documents)

    assert batch.documents.column("id").to_pylist() == ["good"]
    [error] = batch.errors.to_pylist()
    assert error["doc_id"] == "bad" and "broken parse" in error["reason"]


def test_code_batch_keeps_the_last_of_repeated_ids() -> None:
    batch = code_batch([Document("a", "Russia condemned Ukraine."), Document("a", "Bolivian police arrested two protesters.")])

    assert batch.documents.column("text").to_pylist() == ["Bolivian police arrested two protesters."]
    assert set(batch.events.column("sentence").to_pylist()) == {"Bolivian police arrested two protesters."}


def test_parse_batches_are_cut_by_count_and_by_characters() -> None:
    documents = [Document(str(number), "x" * size) for number, size in enumerate([10, 10, 10, MAX_BATCH_CHARS, 10])]

    batches = [[document.id for document in batch] for batch in parse_batches(documents, batch_size=2)]

    assert batches == [["0", "1"], ["2"], ["3"], ["4"]]


# --- runs into the store --------------------------------------------------------------


def test_every_read_item_is_accounted_for(corpus: Path, tmp_path: Path) -> None:
    with EventStore(tmp_path / "events.duckdb") as store, open_engine(workers=1) as engine:
        summary = code_into_store(read_documents([str(corpus)]), store, engine, chunk_size=3)
        stored = store.summary()

    assert summary.read == 10
    assert (summary.coded, summary.duplicates, summary.errors, summary.already_stored) == (8, 1, 1, 0)
    assert summary.coded + summary.already_stored + summary.duplicates + summary.errors == summary.read
    assert [(error.path, error.line) for error in summary.listed_errors] == [(str(corpus), 8)]
    assert (stored["documents"], stored["events"], stored["errors"]) == (8, summary.events, 1)


def test_a_near_duplicate_is_recorded_and_not_coded(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    output = run_code(str(corpus), "--db", str(db), "--workers", "1")

    content = database_content(db)
    [(doc_id, original_id, similarity)] = content["duplicates"]
    assert (doc_id, original_id) == ("copy-of-2", sample_documents()[1]["id"]) and 0.5 <= similarity <= 1.0
    assert "copy-of-2" not in [row[0] for row in content["documents"]]
    assert "1 duplicates" in output


def test_no_dedup_codes_near_duplicates(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    run_code(str(corpus), "--db", str(db), "--workers", "1", "--no-dedup")

    content = database_content(db)
    assert content["duplicates"] == [] and "copy-of-2" in [row[0] for row in content["documents"]]


def test_a_rerun_dedups_against_what_is_stored(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    originals = tmp_path / "originals.jsonl"
    originals.write_text("".join(json.dumps(record) + "\n" for record in sample_documents()), encoding="utf-8")
    run_code(str(originals), "--db", str(db), "--workers", "1")

    output = run_code(str(corpus), "--db", str(db), "--workers", "1")

    assert "8 already stored, 1 duplicates" in output
    assert [row[:2] for row in database_content(db)["duplicates"]] == [("copy-of-2", sample_documents()[1]["id"])]


def test_changed_text_is_coded_again(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Russia condemned Ukraine."}) + "\n", encoding="utf-8")
    run_code(str(source), "--db", str(db), "--workers", "1")
    source.write_text(json.dumps({"id": "a", "text": "Police arrested two protesters in Moscow."}) + "\n", encoding="utf-8")

    output = run_code(str(source), "--db", str(db), "--workers", "1")

    assert "coded 1 documents" in output
    [document] = database_content(db)["documents"]
    assert document[5] == "Police arrested two protesters in Moscow."


def test_two_workers_store_what_one_worker_stores(corpus: Path, tmp_path: Path) -> None:
    run_code(str(corpus), "--db", str(tmp_path / "one.duckdb"), "--workers", "1", "--chunk-size", "2")
    run_code(str(corpus), "--db", str(tmp_path / "two.duckdb"), "--workers", "2", "--chunk-size", "2")

    assert database_content(tmp_path / "two.duckdb") == database_content(tmp_path / "one.duckdb")


def test_dask_local_cluster_stores_what_one_worker_stores(corpus: Path, tmp_path: Path) -> None:
    run_code(str(corpus), "--db", str(tmp_path / "one.duckdb"), "--workers", "1", "--chunk-size", "2")
    parquet = tmp_path / "parquet"
    run_code(str(corpus), "--db", str(tmp_path / "dask.duckdb"), "--dask", "local", "--workers", "2",
             "--chunk-size", "2", "--parquet-dir", str(parquet))

    assert database_content(tmp_path / "dask.duckdb") == database_content(tmp_path / "one.duckdb")
    months = sorted(path.name for path in (parquet / "events").iterdir())
    assert months and all(month.startswith("date_month=") for month in months)
    with duckdb.connect() as connection:
        from_parquet = connection.execute(f"SELECT count(*) FROM read_parquet('{parquet}/events/*/*.parquet')").fetchone()[0]
    assert from_parquet == len(database_content(tmp_path / "one.duckdb")["events"])


# The resumable run as its own process, with a pool of workers, saying when each chunk is
# stored, so that the test can kill it at a known point rather than after a guessed time.
RUN_AND_REPORT = """
import sys
from newsevents.readers import read_documents
from newsevents.runner import code_into_store, open_engine
from newsevents.store import EventStore

db, corpus = sys.argv[1], sys.argv[2]
with EventStore(db) as store, open_engine(workers=2) as engine:
    code_into_store(read_documents([corpus]), store, engine, chunk_size=1,
                    on_chunk=lambda summary: print("stored", summary.read, flush=True))
"""


def test_a_run_killed_mid_way_resumes_to_the_same_database(corpus: Path, tmp_path: Path) -> None:
    killed_db, whole_db = tmp_path / "killed.duckdb", tmp_path / "whole.duckdb"
    run = subprocess.Popen([sys.executable, "-c", RUN_AND_REPORT, str(killed_db), str(corpus)], stdout=subprocess.PIPE, text=True)
    for _ in range(3):
        assert run.stdout.readline().startswith("stored"), "the run ended before it could be killed"
    workers = psutil.Process(run.pid).children(recursive=True)
    run.send_signal(signal.SIGKILL)
    run.wait()
    run.stdout.close()
    _, left_running = psutil.wait_procs(workers, timeout=30)
    for process in left_running:
        process.kill()
    assert not left_running, "pool workers outlived the killed run"
    with duckdb.connect(str(killed_db), read_only=True) as connection:
        stored_before = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < stored_before < 8

    output = run_code(str(corpus), "--db", str(killed_db), "--workers", "1", "--chunk-size", "1")
    run_code(str(corpus), "--db", str(whole_db), "--workers", "1", "--chunk-size", "1")

    assert f"{stored_before} already stored" in output
    resumed, whole = database_content(killed_db), database_content(whole_db)
    for table in ("documents", "events", "duplicates"):
        assert resumed[table] == whole[table], table
    assert len(resumed["documents"]) == 8 and len({row[0] for row in resumed["events"]}) == len(resumed["events"])


# --- bounded memory -------------------------------------------------------------------


class RecordingEngine(InProcess):
    """Codes nothing; records the most chunks it had in flight."""

    def __init__(self, window: int) -> None:
        super().__init__()
        self.window, self.in_flight, self.most_in_flight = window, 0, 0

    def submit(self, chunk_number: int, documents: Sequence[Document]):
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)

        def result() -> CodedBatch:
            self.in_flight -= 1
            return CodedBatch.empty()

        return result


def test_reading_runs_at_most_a_window_of_chunks_ahead(tmp_path: Path) -> None:
    read_count = [0]

    def endless_input() -> Iterator[Document | DocumentError]:
        for number in range(2_000):
            read_count[0] += 1
            yield Document(f"d{number}", f"Text number {number}.")

    engine = RecordingEngine(window=3)
    written: list[int] = []
    with EventStore(tmp_path / "events.duckdb") as store:
        summary = code_into_store(endless_input(), store, engine, chunk_size=10, dedup=False,
                                  on_chunk=lambda progress: written.append(read_count[0] - progress.read))

    assert summary.read == 2_000
    assert engine.most_in_flight == 3
    # Before each write, reading is at most the window (plus the chunk being filled) ahead.
    assert max(written) <= (3 + 1) * 10


# --- Parquet output -------------------------------------------------------------------


def test_chunk_files_are_partitioned_by_month_and_rewritten_in_place(tmp_path: Path) -> None:
    documents = [Document(record["id"], record["text"], record["date"]) for record in sample_documents()[:4]]
    batch = code_batch(documents)

    first = write_chunk(batch, tmp_path, 7)
    again = write_chunk(batch, tmp_path, 7)

    assert first == again
    assert all(Path(path).name == "chunk-000007.parquet" for paths in first.values() for path in paths)
    assert {Path(path).parent.name for path in first["documents"]} == {"date_month=2019-01", "date_month=2019-07"}
    read_back = read_chunk(first)
    assert read_back.documents.sort_by("id").equals(batch.documents.sort_by("id"))
    assert read_back.events.sort_by("id").equals(batch.events.sort_by("id"))
    # Nothing but the chunk's files: no copies, no partial files left behind.
    assert sorted(str(path) for path in tmp_path.rglob("*") if path.is_file()) == sorted(
        path for paths in first.values() for path in paths
    )


def test_empty_batch_writes_no_files(tmp_path: Path) -> None:
    assert write_chunk(CodedBatch.empty(), tmp_path, 0) == {"documents": [], "events": [], "errors": []}
    assert read_chunk({"documents": [], "events": [], "errors": []}).documents.num_rows == 0
    assert isinstance(CodedBatch.empty().events, pa.Table)
