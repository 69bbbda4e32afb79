"""EventStore: the DuckDB file that coded documents, events, errors and duplicates are written to."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

import duckdb

from newsevents.records import Document, Event, LearnedActor
from newsevents.store.batch import CodedBatch, documents_table, errors_table
from newsevents.store.clusters import CLUSTER_COLUMN_NAMES, CREATE_CLUSTER_VIEW
from newsevents.store.schema import CREATE_TABLES, EVENT_COLUMN_NAMES, QUOTE_COLUMN_NAMES, event_from_row, events_table

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
        self._connection.execute(CREATE_CLUSTER_VIEW)

    def write_document(self, document: Document, events: list[Event]) -> None:
        """Store `document` and its events, replacing whatever was stored for its id
        (including a record of it as a duplicate).

        Runs in one transaction: a failed write leaves the previous rows in place.
        Events sharing an id (the same actors, code and sentence) are stored once.
        """
        unique_events: dict[str, Event] = {}
        for event in events:
            unique_events.setdefault(event.id, event)
        batch = CodedBatch(
            documents=documents_table([(document, len(unique_events))], _utc_now()),
            events=events_table(list(unique_events.values())),
            errors=errors_table([]),
        )
        self.write_batch(batch, run_id="")

    def write_batch(self, batch: CodedBatch, run_id: str) -> None:
        """Store one chunk's rows in one transaction: all of them, or none when it fails.

        Every document in `batch.documents` or `batch.duplicates` replaces whatever was
        stored for its id (its document row, events and duplicate record), so writing a
        batch twice leaves the same rows; errors are appended under `run_id`.
        """
        connection = self._connection
        tables = {"batch_documents": batch.documents, "batch_events": batch.events,
                  "batch_errors": batch.errors, "batch_duplicates": batch.duplicates,
                  "batch_quotes": batch.quotes, "batch_learned": batch.learned}
        for name, table in tables.items():
            connection.register(name, table)
        try:
            with _transaction(connection):
                batch_ids = "SELECT id FROM batch_documents UNION ALL SELECT doc_id FROM batch_duplicates"
                # Events have no index on doc_id: deleting by it scans the table, so it is done
                # only for documents that were stored before (none, in a first run).
                replaced = [doc_id for (doc_id,) in connection.execute(f"SELECT id FROM documents WHERE id IN ({batch_ids})").fetchall()]
                if replaced:
                    for table in ("events", "quotes", "learned_actors"):
                        connection.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [replaced])
                    connection.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?))", [replaced])
                connection.execute(f"DELETE FROM duplicates WHERE doc_id IN ({batch_ids})")
                connection.execute("INSERT INTO documents BY NAME SELECT * FROM batch_documents")
                connection.execute("INSERT INTO events BY NAME SELECT * FROM batch_events")
                connection.execute("INSERT INTO duplicates BY NAME SELECT * FROM batch_duplicates")
                connection.execute("INSERT INTO quotes BY NAME SELECT * FROM batch_quotes")
                connection.execute("INSERT INTO learned_actors BY NAME SELECT * FROM batch_learned")
                connection.execute(
                    'INSERT INTO errors BY NAME SELECT ? AS run_id, *, ? AS "at" FROM batch_errors', [run_id, _utc_now()]
                )
        finally:
            for name in tables:
                connection.unregister(name)

    def stored_hashes(self, doc_ids: Sequence[str]) -> dict[str, str | None]:
        """The stored `text_hash` of each of `doc_ids` that is stored (None for files written
        before hashes were kept)."""
        if not doc_ids:
            return {}
        rows = self._connection.execute(
            "SELECT id, text_hash FROM documents WHERE id IN (SELECT unnest(?))", [list(doc_ids)]
        ).fetchall()
        return dict(rows)

    def stored_documents(self, batch_size: int = 1000) -> Iterator[Document]:
        """Every stored document (id, text and metadata) in the order they were stored, streamed."""
        # A cursor of its own, so that the caller may write to the store while iterating.
        cursor = self._connection.cursor()
        try:
            cursor.execute("SELECT id, text, date, title, url, source FROM documents ORDER BY rowid")
            while rows := cursor.fetchmany(batch_size):
                for doc_id, text, date, title, url, source in rows:
                    yield Document(id=doc_id, text=text, date=date, title=title, url=url, source=source)
        finally:
            cursor.close()

    def events(
        self,
        actor: str | None = None,
        plover: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        min_confidence: float | None = None,
    ) -> list[dict]:
        """Stored events in Event JSON form, ordered by date, document and position.

        `actor` keeps events whose source or target code starts with it (`TUR`, `TURGOV`);
        `plover` keeps one PLOVER type. `since` and `until` (YYYY-MM-DD, YYYY-MM or YYYY,
        inclusive) keep events whose date falls in the range; an event dated to a month or
        a year counts as its first day, and undated events are left out. `min_confidence`
        keeps events whose confidence is at least that. Raises ValueError for a malformed
        date bound or a negative limit.
        """
        where, parameters = _filters(actor, plover, since, until, min_confidence)
        query = f"SELECT {', '.join(EVENT_COLUMN_NAMES)} FROM events{where}"
        query += " ORDER BY date NULLS LAST, doc_id, sentence_index, trigger_start, id"
        query, parameters = _limited(query, parameters, limit)
        rows = self._connection.execute(query, parameters).fetchall()
        return [event_from_row(dict(zip(EVENT_COLUMN_NAMES, row))).to_dict() for row in rows]

    def event_clusters(
        self,
        actor: str | None = None,
        plover: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        """Reports of the same event grouped into one row each, with their mentions.

        Rows of the `event_clusters` view (see `newsevents.store.clusters` for what makes
        two events one, and the columns), most mentioned first, then by date. The filters
        are those of `events`, applied to the cluster's codes and earliest date.
        """
        where, parameters = _filters(actor, plover, since, until)
        query = f"SELECT {', '.join(CLUSTER_COLUMN_NAMES)} FROM event_clusters{where}"
        query += " ORDER BY n_mentions DESC, date NULLS LAST, cluster_id"
        query, parameters = _limited(query, parameters, limit)
        rows = self._connection.execute(query, parameters).fetchall()
        return [dict(zip(CLUSTER_COLUMN_NAMES, row)) for row in rows]

    def quotes(self, speaker: str | None = None, limit: int | None = None) -> list[dict]:
        """Stored quotes with their speakers, in document order. `speaker` keeps quotes whose
        speaker phrase contains it (case-insensitive) or whose speaker code starts with it."""
        query = f"SELECT {', '.join(QUOTE_COLUMN_NAMES)} FROM quotes"
        parameters: list[object] = []
        if speaker:
            query += " WHERE contains(lower(speaker_text), lower(?)) OR starts_with(speaker_code, upper(?))"
            parameters += [speaker, speaker]
        query, parameters = _limited(query + " ORDER BY doc_id, text_start", parameters, limit)
        return [dict(zip(QUOTE_COLUMN_NAMES, row)) for row in self._connection.execute(query, parameters).fetchall()]

    def learned_actors(self) -> list[LearnedActor]:
        """Every observation of a person introduced with a title the actor base did not know."""
        rows = self._connection.execute(
            "SELECT name, code, country, sector, date, doc_id, evidence FROM learned_actors ORDER BY name, date, doc_id"
        ).fetchall()
        return [LearnedActor(*row) for row in rows]

    def summary(self) -> dict:
        """Counts: `documents`, `events`, `errors`, `duplicates`, `events_by_plover`, `events_by_cameo_root`.

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
            "duplicates": count("duplicates"),
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


def _filters(
    actor: str | None, plover: str | None, since: str | None, until: str | None, min_confidence: float | None = None
) -> tuple[str, list[object]]:
    """A WHERE clause (or "") over `source_code`, `target_code`, `plover`, `date` and
    `confidence`, and its parameters."""
    conditions: list[str] = []
    parameters: list[object] = []
    if min_confidence is not None:
        conditions.append("confidence >= ?")
        parameters.append(min_confidence)
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
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), parameters


def _limited(query: str, parameters: list[object], limit: int | None) -> tuple[str, list[object]]:
    if limit is None:
        return query, parameters
    if limit < 0:
        raise ValueError(f"limit must be zero or more, got {limit}")
    return query + " LIMIT ?", [*parameters, limit]


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
