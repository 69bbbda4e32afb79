"""Throughput and memory of corpus runs: bare spaCy parsing vs full coding, local and Dask.

    .venv/bin/python benchmarks/throughput.py                       # the full measure
    .venv/bin/python benchmarks/throughput.py --documents 300 --sizes 200,1000 --dask-documents 100   # a quick look

On the Wikinews corpus replicated to `--documents` (each copy with its own id; duplicate
detection is off, since the copies are duplicates) it measures in one run:

- (a) bare parsing: `nlp.pipe` with the same model, in the same number of processes, on
  the same chunks and spaCy batches, and (b) full coding into DuckDB with `newsevents.runner`; documents/s,
  words/s and their ratio (target: full >= 0.85 x bare);
- peak resident memory of each worker process (psutil, sampled; target <= 1 GB) and of
  the main process, for runs of each of `--sizes` documents (target: no growth); these
  runs use the first `--memory-text-chars` characters of each article so that 10,000
  documents take minutes, not an hour: memory per document in flight, not per character,
  is what could grow;
- a Dask LocalCluster of 1 worker vs 2 workers on `--dask-documents` (target: 2 workers
  >= 1.6 x 1 worker).

Times include starting the worker processes and loading the model in each, as a user's
run does. The machine may be shared: compare the ratios, not the times. The parse vs
coding ratio is also given by CPU seconds (workers' and main process's), which other
processes on the machine disturb much less than wall time.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from newsevents.nlp import load_model, model_name
from newsevents.readers import read_documents
from newsevents.records import Document
from newsevents.runner import DEFAULT_CHUNK_SIZE, code_into_store, open_engine
from newsevents.runner.batch import parse_batches
from newsevents.store import EventStore

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "wikinews_2019_2020.jsonl"
MB = 1024 * 1024


@dataclass
class MemoryPeaks:
    """Peak resident set sizes seen while sampling: of this process and of each descendant."""

    main: int = 0
    workers: dict[int, int] = field(default_factory=dict)

    @property
    def worker_peak(self) -> int:
        return max(self.workers.values(), default=0)


@contextmanager
def sampled_memory(every: float = 0.2) -> Iterator[MemoryPeaks]:
    """Sample the RSS of this process and all its descendants (pool workers, Dask nannies and
    workers) until the block ends."""
    peaks = MemoryPeaks()
    stop = threading.Event()
    main = psutil.Process()

    def sample() -> None:
        while not stop.is_set():
            peaks.main = max(peaks.main, main.memory_info().rss)
            for child in main.children(recursive=True):
                try:
                    peaks.workers[child.pid] = max(peaks.workers.get(child.pid, 0), child.memory_info().rss)
                except psutil.NoSuchProcess:
                    pass
            stop.wait(every)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield peaks
    finally:
        stop.set()
        sampler.join()


def replicated_corpus(source: Path, documents: int, directory: Path, text_chars: int | None = None) -> tuple[Path, int]:
    """A JSONL file of `documents` articles, copies of `source`'s with distinct ids; and its word count."""
    records = [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]
    path = directory / f"corpus-{documents}-{text_chars or 'full'}.jsonl"
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for number in range(documents):
            record = dict(records[number % len(records)])
            record["id"] = f"{record['id']}#{number // len(records)}"
            if text_chars:
                record["text"] = record["text"][:text_chars]
            words += len(record["text"].split())
            out.write(json.dumps(record) + "\n")
    return path, words


def parse_chunk(documents: list[Document], model: str | None, batch_size: int) -> int:
    """Parse `documents` in the spaCy batches `code_batch` uses, keeping nothing (the
    bare-parse baseline); returns the token count."""
    nlp = load_model(model)
    return sum(
        len(doc)
        for batch in parse_batches(documents, batch_size)
        for doc in nlp.pipe([document.text for document in batch], batch_size=len(batch))
    )


def bare_parse(corpus: Path, workers: int, model: str | None, batch_size: int) -> float:
    """Seconds to parse the corpus with `nlp.pipe` in `workers` processes, chunked as runs are."""
    documents = [item for item in read_documents([str(corpus)]) if isinstance(item, Document)]
    chunks = [documents[start : start + DEFAULT_CHUNK_SIZE] for start in range(0, len(documents), DEFAULT_CHUNK_SIZE)]
    started = time.perf_counter()
    if workers == 1:
        for chunk in chunks:
            parse_chunk(chunk, model, batch_size)
    else:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            list(pool.map(parse_chunk, chunks, [model] * len(chunks), [batch_size] * len(chunks)))
    return time.perf_counter() - started


def full_coding(corpus: Path, db: Path, workers: int, model: str | None, batch_size: int, dask: str | None = None) -> float:
    """Seconds for a whole `newsevents code --db` run of the corpus (dedup off)."""
    started = time.perf_counter()
    parquet_dir = db.with_suffix(".parquet") if dask else None
    with EventStore(db) as store, open_engine(workers, dask, parquet_dir, model, batch_size) as engine:
        summary = code_into_store(read_documents([str(corpus)]), store, engine, dedup=False)
    seconds = time.perf_counter() - started
    if summary.coded != summary.read:
        raise RuntimeError(f"expected every document coded, got {summary}")
    return seconds


@dataclass
class Measure:
    """Wall seconds, CPU seconds of the worker processes and of the main process, memory peaks."""

    seconds: float
    worker_cpu: float
    main_cpu: float
    peaks: MemoryPeaks


def measured(run: Callable[[], float]) -> Measure:
    # Workers are reaped when their pool or cluster closes, so RUSAGE_CHILDREN has their CPU time.
    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    workers_before, main_before = children_cpu(), time.process_time()
    with sampled_memory() as peaks:
        seconds = run()
    return Measure(seconds, children_cpu() - workers_before, time.process_time() - main_before, peaks)


def rate_line(label: str, documents: int, words: int, measure: Measure) -> str:
    return (
        f"{label:<28} {measure.seconds:7.1f} s {documents / measure.seconds:7.2f} docs/s "
        f"{words / measure.seconds:6.0f} words/s | CPU s: workers {measure.worker_cpu:6.1f}, main {measure.main_cpu:5.1f} "
        f"| peak RSS: worker {measure.peaks.worker_peak / MB:4.0f} MB, main {measure.peaks.main / MB:4.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--documents", type=int, default=2000, help="documents for the parse vs coding measure")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sizes", default="1000,10000", help="document counts for the memory measure")
    parser.add_argument("--memory-text-chars", type=int, default=600, help="characters kept of each article in memory runs")
    # Enough chunks (16 of 64) that the last ones barely leave a worker idle.
    parser.add_argument("--dask-documents", type=int, default=1000, help="documents for Dask 1 vs 2 workers")
    parser.add_argument("--model", default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    options = parser.parse_args()
    if not options.corpus.is_file():
        raise SystemExit(f"corpus {options.corpus} not found; pass --corpus PATH.jsonl")
    model, batch_size, workers = options.model, options.batch_size, options.workers

    with tempfile.TemporaryDirectory(prefix="newsevents-throughput-") as scratch:
        directory = Path(scratch)
        corpus, words = replicated_corpus(options.corpus, options.documents, directory)
        print(f"corpus: {options.documents} documents ({options.corpus.name} replicated), {words:,} words; "
              f"{workers} worker processes; model {model_name(model)}; {os.cpu_count()} cores")

        parse = measured(lambda: bare_parse(corpus, workers, model, batch_size))
        print(rate_line("(a) bare spaCy parse", options.documents, words, parse), flush=True)
        full = measured(lambda: full_coding(corpus, directory / "full.duckdb", workers, model, batch_size))
        print(rate_line("(b) full coding to DuckDB", options.documents, words, full), flush=True)
        # CPU seconds are what other users of a shared machine disturb least.
        print(f"ratio full / bare parse: {parse.seconds / full.seconds:.2f} by wall time, "
              f"{(parse.worker_cpu + parse.main_cpu) / (full.worker_cpu + full.main_cpu):.2f} by CPU time "
              "(target >= 0.85)", flush=True)

        sizes = [int(size) for size in options.sizes.split(",")]
        print(f"memory: full coding, {workers} workers, first {options.memory_text_chars} characters of each article")
        memory: list[MemoryPeaks] = []
        for size in sizes:
            sized, sized_words = replicated_corpus(options.corpus, size, directory, options.memory_text_chars)
            measure = measured(lambda: full_coding(sized, directory / f"memory-{size}.duckdb", workers, model, batch_size))
            memory.append(measure.peaks)
            print(rate_line(f"  {size} documents", size, sized_words, measure), flush=True)
        worker_growth = memory[-1].worker_peak / memory[0].worker_peak - 1
        main_growth = memory[-1].main / memory[0].main - 1
        print(f"peak memory growth {sizes[0]} -> {sizes[-1]} documents: workers {worker_growth:+.1%}, main {main_growth:+.1%}; "
              f"largest worker {max(peaks.worker_peak for peaks in memory) / MB:.0f} MB (target <= 1024 MB, no growth)", flush=True)

        dask_corpus, dask_words = replicated_corpus(options.corpus, options.dask_documents, directory)
        dask_rates = []
        for dask_workers in (1, 2):
            db = directory / f"dask-{dask_workers}.duckdb"
            measure = measured(lambda: full_coding(dask_corpus, db, dask_workers, model, batch_size, dask="local"))
            dask_rates.append(options.dask_documents / measure.seconds)
            print(rate_line(f"Dask LocalCluster {dask_workers} worker(s)", options.dask_documents, dask_words, measure), flush=True)
        print(f"ratio Dask 2 workers / 1 worker: {dask_rates[1] / dask_rates[0]:.2f} (target >= 1.6)")


if __name__ == "__main__":
    main()
