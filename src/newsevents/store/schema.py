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
    location_name, location_country, location_lat, location_lon, location_feature (all NULL
    without location), confidence DOUBLE, coder_version, quote_id (statements: their quote).

errors: inputs that could not be read or coded, one row each, kept per run.
    run_id, path, line INTEGER, doc_id, reason, at TIMESTAMP.
    `at` is a keyword in DuckDB: write it "at" in SQL.

quotes: who said what, one row per Quote: id PRIMARY KEY, doc_id, sentence_index, text,
    text_start, text_end (the content's span), direct BOOLEAN, speaker_text, speaker_start,
    speaker_end, speaker_code, speaker_country, speaker_sector, cue. Statements (CAMEO
    01x) carry their quote's id in `events.quote_id`.

learned_actors: people an article introduced with a title that the actor base did not
    know: doc_id, name, code, country, sector, date, evidence (the phrase as written);
    one row per document, name and code. `newsevents actors learned` summarises them.

duplicates: documents not coded because they nearly repeat a document read before them.
    doc_id VARCHAR PRIMARY KEY, original_id, similarity DOUBLE (estimated Jaccard
    similarity of their word shingles).

event_clusters (a view): reports of the same event grouped into one row; see
`newsevents.store.clusters`.
"""

from __future__ import annotations

import pyarrow as pa

from newsevents.records import ActorMention, Event, LearnedActor, Location, Quote


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
    ("location_feature", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("coder_version", "VARCHAR"),
    ("quote_id", "VARCHAR"),
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

QUOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR PRIMARY KEY"),
    ("doc_id", "VARCHAR NOT NULL"),
    ("sentence_index", "INTEGER"),
    ("text", "VARCHAR NOT NULL"),
    ("text_start", "INTEGER"),
    ("text_end", "INTEGER"),
    ("direct", "BOOLEAN"),
    ("speaker_text", "VARCHAR"),
    ("speaker_start", "INTEGER"),
    ("speaker_end", "INTEGER"),
    ("speaker_code", "VARCHAR"),
    ("speaker_country", "VARCHAR"),
    ("speaker_sector", "VARCHAR"),
    ("cue", "VARCHAR"),
)

LEARNED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "VARCHAR NOT NULL"),
    ("name", "VARCHAR NOT NULL"),
    ("code", "VARCHAR NOT NULL"),
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("date", "VARCHAR"),
    ("evidence", "VARCHAR"),
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
-- Files written before locations had a feature class and statements a quote.
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_feature VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS quote_id VARCHAR;
CREATE TABLE IF NOT EXISTS quotes (
    {_column_list(QUOTE_COLUMNS)}
);
CREATE TABLE IF NOT EXISTS learned_actors (
    {_column_list(LEARNED_COLUMNS)},
    PRIMARY KEY (doc_id, name, code)
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
QUOTE_ARROW_SCHEMA = _arrow_schema(QUOTE_COLUMNS)
QUOTE_COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in QUOTE_COLUMNS)
LEARNED_ARROW_SCHEMA = _arrow_schema(LEARNED_COLUMNS)


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
        "quote_id": event.quote_id,
    }


def events_table(events: list[Event]) -> pa.Table:
    """The `events` rows of `events` as one Arrow table, ready for a batch insert."""
    rows = [event_to_row(event) for event in events]
    return pa.Table.from_pylist(rows, schema=EVENT_ARROW_SCHEMA)


def event_from_row(row: dict) -> Event:
    """The Event stored as `row` (a dict keyed by `events` column names)."""
    location = None
    if row["location_name"] is not None:
        location = Location(
            row["location_name"], row["location_country"], row["location_lat"], row["location_lon"], row["location_feature"]
        )
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
        quote_id=row["quote_id"],
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
        return {"location_name": None, "location_country": None, "location_lat": None, "location_lon": None, "location_feature": None}
    return {
        "location_name": location.name,
        "location_country": location.country,
        "location_lat": location.lat,
        "location_lon": location.lon,
        "location_feature": location.feature,
    }


def quotes_table(quotes: list[Quote]) -> pa.Table:
    """The `quotes` rows of `quotes` as one Arrow table."""
    rows = []
    for quote in quotes:
        speaker = quote.speaker
        rows.append({
            "id": quote.id,
            "doc_id": quote.doc_id,
            "sentence_index": quote.sentence_index,
            "text": quote.text,
            "text_start": quote.span[0],
            "text_end": quote.span[1],
            "direct": quote.direct,
            "speaker_text": quote.speaker_text,
            "speaker_start": quote.speaker_span[0] if quote.speaker_span else None,
            "speaker_end": quote.speaker_span[1] if quote.speaker_span else None,
            "speaker_code": speaker.code if speaker else None,
            "speaker_country": speaker.country if speaker else None,
            "speaker_sector": speaker.sector if speaker else None,
            "cue": quote.cue,
        })
    return pa.Table.from_pylist(rows, schema=QUOTE_ARROW_SCHEMA)


def learned_table(observations: list[LearnedActor]) -> pa.Table:
    """The `learned_actors` rows of `observations` (one per document, name and code)."""
    unique = {(o.doc_id, o.name, o.code): o for o in observations}
    rows = [
        {"doc_id": o.doc_id, "name": o.name, "code": o.code, "country": o.country, "sector": o.sector,
         "date": o.date, "evidence": o.evidence}
        for o in unique.values()
    ]
    return pa.Table.from_pylist(rows, schema=LEARNED_ARROW_SCHEMA)


def _actor_from_row(role: str, row: dict) -> ActorMention:
    return ActorMention(
        text=row[f"{role}_text"],
        span=(row[f"{role}_start"], row[f"{role}_end"]),
        code=row[f"{role}_code"],
        country=row[f"{role}_country"],
        sector=row[f"{role}_sector"],
    )
