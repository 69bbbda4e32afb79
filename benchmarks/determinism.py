"""Does a document's coding depend on the batch it is coded in, or on the run?

Codes the documents of JSON Lines files (`id`, `text`, optional `date`) in several ways
and counts the documents whose events differ from those of the document coded alone:

- alone: each document in its own `code_documents` call (a spaCy batch of one);
- batches of 32 (the default), of 7, and of 32 in reversed order;
- alone again, after all the others (state carried from one document to the next);
- optionally (`--dask`) through `code_batch` on a Dask LocalCluster of two processes.

It also counts the documents whose parse (tags, dependencies, heads, sentence starts)
differs between alone and the default batches, which tells spaCy's share from ours.

    python benchmarks/determinism.py /work/shared/data/corpus/wikinews_2019_2020.jsonl
    python benchmarks/determinism.py gold.jsonl --part dev
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsevents.coder import code_documents, load_package_data
from newsevents.evaluate import is_held_back
from newsevents.nlp import load_model, parse
from newsevents.records import CodedDocument, Document

Signature = tuple[str, ...]
QUOTES_MARK = "--quotes--"  # in a signature, between the events and the quotes


def read_documents(path: Path, part: str) -> list[Document]:
    """The documents of a JSON Lines file; `part` keeps all, the development records or the held-back ones."""
    documents = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        if part != "all" and is_held_back(raw["id"]) != (part == "held-back"):
            continue
        documents.append(Document(id=raw["id"], text=raw["text"], date=raw.get("date")))
    return documents


def signature(coded: CodedDocument) -> Signature:
    """Everything the coder says about a document: its events' JSON, its quotes, its error."""
    events = sorted(json.dumps(event.to_dict(), sort_keys=True) for event in coded.events)
    quotes = sorted(json.dumps(quote.to_dict(), sort_keys=True) for quote in coded.quotes)
    return (*events, QUOTES_MARK, *quotes, coded.error or "")


def code_in_batches(documents: Sequence[Document], batch_size: int) -> dict[str, Signature]:
    return {coded.document.id: signature(coded) for coded in code_documents(documents, batch_size=batch_size)}


def code_alone(documents: Iterable[Document]) -> dict[str, Signature]:
    return {document.id: signature(next(iter(code_documents([document], batch_size=1)))) for document in documents}


def code_on_dask(documents: Sequence[Document], chunk_size: int = 50) -> dict[str, Signature]:
    """Each chunk through `code_batch` as a Dask task on a two-process LocalCluster; the events
    come back as rows, so the signature is each event row's JSON."""
    from dask.distributed import Client, LocalCluster

    from newsevents.runner.batch import code_batch

    signatures: dict[str, list[str]] = {document.id: [] for document in documents}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster, Client(cluster) as client:
        chunks = [list(documents[start : start + chunk_size]) for start in range(0, len(documents), chunk_size)]
        for batch in client.gather(client.map(code_batch, chunks, pure=False)):
            for row in batch.events.to_pylist():
                row.pop("coded_at", None)
                signatures[row["doc_id"]].append(json.dumps(row, sort_keys=True, default=str))
    return {doc_id: tuple(sorted(rows)) for doc_id, rows in signatures.items()}


def code_on_dask_alone_reference(documents: Sequence[Document]) -> dict[str, Signature]:
    """The rows `code_batch` gives for each document alone, in this process: the reference for Dask."""
    from newsevents.runner.batch import code_batch

    signatures: dict[str, Signature] = {}
    for document in documents:
        rows = []
        for row in code_batch([document]).events.to_pylist():
            row.pop("coded_at", None)
            rows.append(json.dumps(row, sort_keys=True, default=str))
        signatures[document.id] = tuple(sorted(rows))
    return signatures


def parse_signatures(documents: Sequence[Document], batch_size: int) -> dict[str, Signature]:
    """Each document's parse as spaCy gives it in batches of `batch_size`."""
    parsed = parse(((document.text, document.id) for document in documents), batch_size=batch_size)
    return {doc_id: tuple(f"{t.i}/{t.tag_}/{t.dep_}/{t.head.i}/{t.ent_iob_}{t.ent_type_}/{t.is_sent_start}"
                          for t in doc) for doc, doc_id in parsed}


def code_in_another_process(path: Path, part: str, limit: int | None, hash_seed: int) -> dict[str, Signature]:
    """Batches of 32 coded by this script in a new process whose string hashes (and so the
    order of sets of strings) come from `hash_seed`."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "signatures.json"
        command = [sys.executable, __file__, str(path), "--part", part, "--write-signatures", str(out)]
        if limit is not None:
            command += ["--limit", str(limit)]
        subprocess.run(command, check=True, env={**os.environ, "PYTHONHASHSEED": str(hash_seed)})
        return {doc_id: tuple(rows) for doc_id, rows in json.loads(out.read_text("utf-8")).items()}


def count_differing(reference: dict[str, Signature], other: dict[str, Signature]) -> int:
    return sum(reference[doc_id] != other[doc_id] for doc_id in reference)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--part", choices=("all", "dev", "held-back"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="code only the first N documents of each file")
    parser.add_argument("--runs", type=int, default=2,
                        help="code in batches of 32 in this many other processes, each with another hash seed")
    parser.add_argument("--write-signatures", type=Path, help=argparse.SUPPRESS)  # used by those processes
    parser.add_argument("--dask", action="store_true", help="also code through code_batch on a Dask LocalCluster")
    args = parser.parse_args()
    load_package_data()
    for path in args.files:
        documents = read_documents(path, args.part)[: args.limit]
        if args.write_signatures:
            args.write_signatures.write_text(json.dumps(code_in_batches(documents, 32)), "utf-8")
            return
        alone = code_alone(documents)
        ways = {
            "batches of 32": code_in_batches(documents, 32),
            "batches of 7": code_in_batches(documents, 7),
            "reversed, batches of 32": code_in_batches(documents[::-1], 32),
            "alone, again": code_alone(documents),
        }
        for seed in range(1, args.runs + 1):
            ways[f"another process (seed {seed})"] = code_in_another_process(path, args.part, args.limit, seed)
        if args.dask:
            ways["dask code_batch"] = code_on_dask(documents)
            alone_rows = code_on_dask_alone_reference(documents)
        parses_alone, parses_batched = parse_signatures(documents, 1), parse_signatures(documents, 32)
        events = sum(sig.index(QUOTES_MARK) for sig in alone.values())
        print(f"{path.name} ({args.part}): {len(documents)} documents, {events} events coded alone")
        for way, result in ways.items():
            reference = alone_rows if way.startswith("dask") else alone
            print(f"  {way:26} documents coded differently from alone: {count_differing(reference, result)}")
        print(f"  {'parse, batches of 32':26} documents parsed differently from alone: "
              f"{count_differing(parses_alone, parses_batched)}")


if __name__ == "__main__":
    main()
