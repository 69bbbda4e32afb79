"""The DuckDB schema of the event store and the mapping between Events and flat rows.

Tables (columns are VARCHAR unless typed below; `*_start`, `*_end`, `sentence_index` and
`quad_class` are INTEGER; all dates are ISO strings, all timestamps UTC):

documents: one row per coded document.
    id VARCHAR PRIMARY KEY, title, url, source, date (YYYY-MM-DD), text,
    text_hash (SHA-1 of text, hex: a resumed run skips a document stored with the same id
    and hash), n_events INTEGER (events stored for it), coded_at TIMESTAMP.

events: one row per Event, the Event JSON flattened (`source.code` -> `source_code`,
`trigger_span` -> `trigger_start`, `trigger_end`). `doc_id` refers to `documents.id`.
    id VARCHAR PRIMARY KEY, doc_id,
    sentence_index, sentence, sentence_start, sentence_end,
    source_text, source_start, source_end, source_code, source_country, source_sector,
    target_* (the same six columns, all NULL when the event has no target),
    trigger, trigger_start, trigger_end,
    cameo, cameo_root, goldstein DOUBLE, quad_class, plover, mode,
    negated, hypothetical, reported BOOLEAN,
    date (YYYY-MM-DD, YYYY-MM or YYYY), date_granularity, date_source,
    location_name, location_country, location_lat, location_lon (all NULL without location),
    confidence DOUBLE, coder_version.

errors: inputs that could not be read or coded, one row each, kept per run.
    run_id, path, line INTEGER, doc_id, reason, at TIMESTAMP.
    `at` is a keyword in DuckDB: write it "at" in SQL.

duplicates: documents not coded because they nearly repeat a document read before them.
    doc_id VARCHAR PRIMARY KEY, original_id, similarity DOUBLE (estimated Jaccard
    similarity of their word shingles).

event_clusters (a view): reports of the same event grouped into one row; see
`newsevents.store.clusters`.
"""

from __future__ import annotations

import pyarrow as pa

from newsevents.records import ActorMention, Event, Location


def _actor_column_specs(role: str) -> tuple[tuple[str, str], ...]:
    return (
        (f"{role}_text", "VARCHAR"),
        (f"{role}_start", "INTEGER"),
        (f"{role}_end", "INTEGER"),
        (f"{role}_code", "VARCHAR"),
        (f"{role}_country", "VARCHAR"),
        (f"{role}_sector", "VARCHAR"),
    )


# (column, SQL type) in table order; the events DDL and the Arrow batch schema come from here.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR PRIMARY KEY"),
    ("doc_id", "VARCHAR NOT NULL"),
    ("sentence_index", "INTEGER"),
    ("sentence", "VARCHAR"),
    ("sentence_start", "INTEGER"),
    ("sentence_end", "INTEGER"),
    *_actor_column_specs("source"),
    *_actor_column_specs("target"),
    ("trigger", "VARCHAR"),
    ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"),
    ("cameo", "VARCHAR"),
    ("cameo_root", "VARCHAR"),
    ("goldstein", "DOUBLE"),
    ("quad_class", "INTEGER"),
    ("plover", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("negated", "BOOLEAN"),
    ("hypothetical", "BOOLEAN"),
    ("reported", "BOOLEAN"),
    ("date", "VARCHAR"),
    ("date_granularity", "VARCHAR"),
    ("date_source", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_lat", "DOUBLE"),
    ("location_lon", "DOUBLE"),
    ("confidence", "DOUBLE"),
    ("coder_version", "VARCHAR"),
)

EVENT_COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in EVENT_COLUMNS)

# (column, SQL type) in table order, for the tables that chunks of coded documents fill;
# the DDL and the Arrow schemas of `CodedBatch` come from here.
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR PRIMARY KEY"),
    ("title", "VARCHAR"),
    ("url", "VARCHAR"),
    ("source", "VARCHAR"),
    ("date", "VARCHAR"),
    ("text", "VARCHAR NOT NULL"),
    ("text_hash", "VARCHAR"),
    ("n_events", "INTEGER NOT NULL"),
    ("coded_at", "TIMESTAMP NOT NULL"),
)

# The errors of one chunk; the store adds `run_id` and `at` when it writes them.
ERROR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("path", "VARCHAR NOT NULL"),
    ("line", "INTEGER"),
    ("doc_id", "VARCHAR"),
    ("reason", "VARCHAR NOT NULL"),
)

DUPLICATE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "VARCHAR PRIMARY KEY"),
    ("original_id", "VARCHAR NOT NULL"),
    ("similarity", "DOUBLE NOT NULL"),
)


def _column_list(columns: tuple[tuple[str, str], ...]) -> str:
    return ",\n    ".join(f"{name} {sql_type}" for name, sql_type in columns)


CREATE_TABLES = f"""
CREATE TABLE IF NOT EXISTS documents (
    {_column_list(DOCUMENT_COLUMNS)}
);
-- Files written before resumable runs lack the hash; their documents are coded again once.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS text_hash VARCHAR;
CREATE TABLE IF NOT EXISTS events (
    {_column_list(EVENT_COLUMNS)}
);
CREATE TABLE IF NOT EXISTS errors (
    run_id VARCHAR NOT NULL,
    {_column_list(ERROR_COLUMNS)},
    "at" TIMESTAMP NOT NULL  -- quoted: AT is a keyword in DuckDB 2
);
CREATE TABLE IF NOT EXISTS duplicates (
    {_column_list(DUPLICATE_COLUMNS)}
);
"""

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us"),
}


def _arrow_schema(columns: tuple[tuple[str, str], ...]) -> pa.Schema:
    # Every field nullable: the database, not the Arrow schema, enforces NOT NULL.
    return pa.schema([(name, _ARROW_TYPES[sql_type.split()[0]]) for name, sql_type in columns])


EVENT_ARROW_SCHEMA = _arrow_schema(EVENT_COLUMNS)
DOCUMENT_ARROW_SCHEMA = _arrow_schema(DOCUMENT_COLUMNS)
ERROR_ARROW_SCHEMA = _arrow_schema(ERROR_COLUMNS)
DUPLICATE_ARROW_SCHEMA = _arrow_schema(DUPLICATE_COLUMNS)


def event_to_row(event: Event) -> dict:
    """The flat `events` row of `event`."""
    return {
        "id": event.id,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        "sentence_start": event.sentence_span[0],
        "sentence_end": event.sentence_span[1],
        **_actor_columns("source", event.source),
        **_actor_columns("target", event.target),
        "trigger": event.trigger,
        "trigger_start": event.trigger_span[0],
        "trigger_end": event.trigger_span[1],
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "plover": event.plover,
        "mode": event.mode,
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "reported": event.reported,
        "date": event.date,
        "date_granularity": event.date_granularity,
        "date_source": event.date_source,
        **_location_columns(event.location),
        "confidence": event.confidence,
        "coder_version": event.coder_version,
    }


def events_table(events: list[Event]) -> pa.Table:
    """The `events` rows of `events` as one Arrow table, ready for a batch insert."""
    rows = [event_to_row(event) for event in events]
    return pa.Table.from_pylist(rows, schema=EVENT_ARROW_SCHEMA)


def event_from_row(row: dict) -> Event:
    """The Event stored as `row` (a dict keyed by `events` column names)."""
    location = None
    if row["location_name"] is not None:
        location = Location(row["location_name"], row["location_country"], row["location_lat"], row["location_lon"])
    return Event(
        id=row["id"],
        doc_id=row["doc_id"],
        sentence_index=row["sentence_index"],
        sentence=row["sentence"],
        sentence_span=(row["sentence_start"], row["sentence_end"]),
        source=_actor_from_row("source", row),
        target=_actor_from_row("target", row) if row["target_code"] is not None else None,
        trigger=row["trigger"],
        trigger_span=(row["trigger_start"], row["trigger_end"]),
        cameo=row["cameo"],
        cameo_root=row["cameo_root"],
        goldstein=row["goldstein"],
        quad_class=row["quad_class"],
        plover=row["plover"],
        mode=row["mode"],
        negated=row["negated"],
        hypothetical=row["hypothetical"],
        reported=row["reported"],
        date=row["date"],
        date_granularity=row["date_granularity"],
        date_source=row["date_source"],
        location=location,
        confidence=row["confidence"],
        coder_version=row["coder_version"],
    )


def _actor_columns(role: str, actor: ActorMention | None) -> dict:
    if actor is None:
        return {name: None for name, _ in _actor_column_specs(role)}
    return {
        f"{role}_text": actor.text,
        f"{role}_start": actor.span[0],
        f"{role}_end": actor.span[1],
        f"{role}_code": actor.code,
        f"{role}_country": actor.country,
        f"{role}_sector": actor.sector,
    }


def _location_columns(location: Location | None) -> dict:
    if location is None:
        return {"location_name": None, "location_country": None, "location_lat": None, "location_lon": None}
    return {
        "location_name": location.name,
        "location_country": location.country,
        "location_lat": location.lat,
        "location_lon": location.lon,
    }


def _actor_from_row(role: str, row: dict) -> ActorMention:
    return ActorMention(
        text=row[f"{role}_text"],
        span=(row[f"{role}_start"], row[f"{role}_end"]),
        code=row[f"{role}_code"],
        country=row[f"{role}_country"],
        sector=row[f"{role}_sector"],
    )
