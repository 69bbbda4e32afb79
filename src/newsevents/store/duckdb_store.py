"""EventStore: the DuckDB file that coded documents, events and input errors are written to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

import duckdb

from newsevents.records import Document, DocumentError, Event
from newsevents.store.schema import CREATE_TABLES, EVENT_COLUMN_NAMES, event_from_row, events_table

_DATE_BOUND = re.compile(r"[0-9]{4}(-[0-9]{2}){0,2}")

# An event dated only to a month or year is placed at the first day of that period, so
# that consecutive since/until windows put every event in exactly one window.
_EVENT_PERIOD_START = "CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END"


class EventStore:
    """A DuckDB event store at `path`, created with its tables when missing.

    One EventStore writes to a file at a time (DuckDB allows a single writing process).
    Use it as a context manager, or call `close()`.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._connection = duckdb.connect(str(self.path))
        self._connection.execute(CREATE_TABLES)

    def write_document(self, document: Document, events: list[Event]) -> None:
        """Store `document` and its events, replacing whatever was stored for its id.

        Runs in one transaction: a failed write leaves the previous rows in place.
        Events sharing an id (the same actors, code and sentence) are stored once.
        """
        unique_events: dict[str, Event] = {}
        for event in events:
            unique_events.setdefault(event.id, event)
        with _transaction(self._connection):
            self._connection.execute("DELETE FROM events WHERE doc_id = ?", [document.id])
            self._connection.execute("DELETE FROM documents WHERE id = ?", [document.id])
            self._connection.execute(
                "INSERT INTO documents (id, title, url, source, date, text, n_events, coded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [document.id, document.title, document.url, document.source, document.date, document.text,
                 len(unique_events), _utc_now()],
            )
            if unique_events:
                self._connection.register("event_batch", events_table(list(unique_events.values())))
                self._connection.execute("INSERT INTO events BY NAME SELECT * FROM event_batch")
                self._connection.unregister("event_batch")

    def write_errors(self, errors: Iterable[DocumentError], run_id: str) -> None:
        """Append `errors` to the errors table under `run_id`."""
        at = _utc_now()
        rows = [[run_id, error.path, error.line, error.doc_id, error.reason, at] for error in errors]
        if rows:
            with _transaction(self._connection):
                self._connection.executemany(
                    'INSERT INTO errors (run_id, path, line, doc_id, reason, "at") VALUES (?, ?, ?, ?, ?, ?)', rows
                )

    def coded_document_ids(self) -> set[str]:
        """Ids of every stored document, to skip them when resuming a run."""
        return {doc_id for (doc_id,) in self._connection.execute("SELECT id FROM documents").fetchall()}

    def events(
        self,
        actor: str | None = None,
        plover: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        """Stored events in Event JSON form, ordered by date, document and position.

        `actor` keeps events whose source or target code starts with it (`TUR`, `TURGOV`);
        `plover` keeps one PLOVER type. `since` and `until` (YYYY-MM-DD, YYYY-MM or YYYY,
        inclusive) keep events whose date falls in the range; an event dated to a month or
        a year counts as its first day, and undated events are left out. Raises ValueError
        for a malformed date bound or a negative limit.
        """
        conditions: list[str] = []
        parameters: list[object] = []
        if actor:
            conditions.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            parameters += [actor.upper(), actor.upper()]
        if plover:
            conditions.append("plover = ?")
            parameters.append(plover.upper())
        if since:
            conditions.append(f"{_EVENT_PERIOD_START} >= ?")
            parameters.append(_first_day(since))
        if until:
            conditions.append(f"{_EVENT_PERIOD_START} <= ?")
            parameters.append(_last_day(until))
        query = f"SELECT {', '.join(EVENT_COLUMN_NAMES)} FROM events"
        if conditions:
            query += " WHERE " + " AND ".join(conditions)
        query += " ORDER BY date NULLS LAST, doc_id, sentence_index, trigger_start, id"
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit must be zero or more, got {limit}")
            query += " LIMIT ?"
            parameters.append(limit)
        rows = self._connection.execute(query, parameters).fetchall()
        return [event_from_row(dict(zip(EVENT_COLUMN_NAMES, row))).to_dict() for row in rows]

    def summary(self) -> dict:
        """Counts: `documents`, `events`, `errors`, `events_by_plover`, `events_by_cameo_root`.

        The two breakdowns map a code to its event count, largest first; events without a
        PLOVER type (CAMEO 01x statements) are counted in `events` but not by PLOVER type.
        """
        def count(table: str) -> int:
            return self._connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

        def breakdown(column: str) -> dict[str, int]:
            rows = self._connection.execute(
                f"SELECT {column}, count(*) AS n FROM events WHERE {column} IS NOT NULL "
                f"GROUP BY {column} ORDER BY n DESC, {column}"
            ).fetchall()
            return dict(rows)

        return {
            "documents": count("documents"),
            "events": count("events"),
            "errors": count("errors"),
            "events_by_plover": breakdown("plover"),
            "events_by_cameo_root": breakdown("cameo_root"),
        }

    def close(self) -> None:
        """Close the database file; the store cannot be used afterwards."""
        self._connection.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


@contextmanager
def _transaction(connection: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Commit when the block succeeds, roll back when it raises."""
    connection.begin()
    try:
        yield
    except BaseException:
        connection.rollback()
        raise
    connection.commit()


def _first_day(bound: str) -> str:
    _check_date_bound(bound)
    return {4: f"{bound}-01-01", 7: f"{bound}-01"}.get(len(bound), bound)


def _last_day(bound: str) -> str:
    _check_date_bound(bound)
    # Compared as strings, so the 31st closes every month and year.
    return {4: f"{bound}-12-31", 7: f"{bound}-31"}.get(len(bound), bound)


def _check_date_bound(bound: str) -> None:
    if not _DATE_BOUND.fullmatch(bound):
        raise ValueError(f"date bounds must be YYYY-MM-DD, YYYY-MM or YYYY, got {bound!r}")


def _utc_now() -> datetime:
    # TIMESTAMP columns hold naive UTC; a naive local time would depend on the machine.
    return datetime.now(timezone.utc).replace(tzinfo=None)
