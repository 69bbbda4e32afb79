"""Tests for newsevents.store: idempotent writes, filters, errors, summary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from newsevents.records import ActorMention, Document, DocumentError, Event, Location
from newsevents.store import CodedBatch, EventStore

SENTENCE = "Turkey's president met Iran's president in Ankara."


def actor(code: str, start: int = 0) -> ActorMention:
    return ActorMention(text=code, span=(start, start + 6), code=code, country=code[:3], sector=code[3:] or None)


def make_event(
    doc_id: str = "doc1",
    source: str = "TURGOV",
    target: str | None = "IRNGOV",
    cameo: str = "040",
    plover: str | None = "CONSULT",
    date: str | None = "2023-04-07",
    sentence_index: int = 0,
    location: Location | None = None,
    trigger_span: tuple[int, int] = (17, 20),
) -> Event:
    return Event(
        doc_id=doc_id,
        sentence_index=sentence_index,
        sentence=SENTENCE,
        sentence_span=(0, len(SENTENCE)),
        source=actor(source),
        target=actor(target, start=24) if target else None,
        trigger="met",
        trigger_span=trigger_span,
        cameo=cameo,
        cameo_root=cameo[:2],
        goldstein=1.0,
        quad_class=1,
        plover=plover,
        mode=None,
        date=date,
        date_granularity={10: "day", 7: "month", 4: "year"}.get(len(date)) if date else None,
        date_source="publication" if date else None,
        location=location,
        confidence=0.8,
        coder_version="test",
    )


def document(doc_id: str = "doc1") -> Document:
    return Document(
        id=doc_id, text=SENTENCE, date="2023-04-07", title="Talks", url=f"https://x.org/{doc_id}", source="Wire"
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    with EventStore(tmp_path / "events.duckdb") as event_store:
        yield event_store


def row_counts(store: EventStore) -> dict[str, int]:
    return {key: store.summary()[key] for key in ("documents", "events", "errors")}


# --- writing --------------------------------------------------------------------------


def test_events_read_back_in_event_json_form(store: EventStore) -> None:
    with_all = make_event(location=Location("Ankara", "TUR", 39.93, 32.86))
    without_target = make_event(target=None, cameo="010", plover=None, sentence_index=1)

    store.write_document(document(), [with_all, without_target])

    assert store.events() == [with_all.to_dict(), without_target.to_dict()]


def test_rewriting_a_document_is_idempotent(store: EventStore) -> None:
    events = [make_event(), make_event(cameo="190", plover="ASSAULT")]
    store.write_document(document(), events)
    first = (row_counts(store), store.events())

    store.write_document(document(), events)

    assert (row_counts(store), store.events()) == first
    assert row_counts(store) == {"documents": 1, "events": 2, "errors": 0}


def test_rewriting_replaces_the_previous_events(store: EventStore) -> None:
    store.write_document(document(), [make_event(), make_event(cameo="190", plover="ASSAULT")])
    store.write_document(document(), [make_event(cameo="111", plover="ACCUSE")])

    assert [event["cameo"] for event in store.events()] == ["111"]


def test_rewriting_one_document_keeps_the_others(store: EventStore) -> None:
    store.write_document(document("doc1"), [make_event("doc1")])
    store.write_document(document("doc2"), [make_event("doc2")])
    store.write_document(document("doc1"), [])

    assert [event["doc_id"] for event in store.events()] == ["doc2"]
    assert set(store.stored_hashes(["doc1", "doc2", "doc3"])) == {"doc1", "doc2"}


def test_events_with_the_same_id_are_stored_once(store: EventStore) -> None:
    store.write_document(document(), [make_event(), make_event()])

    assert store.summary()["events"] == 1


def test_failed_write_leaves_the_previous_rows(store: EventStore) -> None:
    store.write_document(document(), [make_event()])
    before = store.events()
    out_of_range = make_event(cameo="190", trigger_span=(2**40, 2**40 + 3))

    with pytest.raises(Exception):
        store.write_document(document(), [out_of_range])

    assert store.events() == before


def test_document_row_counts_its_events(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with EventStore(path) as store:
        store.write_document(document(), [make_event(), make_event(cameo="190", plover="ASSAULT")])

    with duckdb.connect(str(path), read_only=True) as connection:
        row = connection.execute("SELECT id, title, url, source, date, text, n_events FROM documents").fetchone()

    assert row == ("doc1", "Talks", "https://x.org/doc1", "Wire", "2023-04-07", SENTENCE, 2)


def test_store_reopens_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with EventStore(path) as store:
        store.write_document(document(), [make_event()])

    with EventStore(path) as reopened:
        assert set(reopened.stored_hashes(["doc1"])) == {"doc1"}
        assert len(reopened.events()) == 1


# --- reading with filters -------------------------------------------------------------


@pytest.fixture
def filled(store: EventStore) -> EventStore:
    store.write_document(document("d1"), [
        make_event("d1", "TURGOV", "IRNGOV", "040", "CONSULT", "2023-04-07"),
        make_event("d1", "ISRMIL", "PSEREB", "190", "ASSAULT", "2023-05", sentence_index=1),
    ])
    store.write_document(document("d2"), [
        make_event("d2", "USAGOV", "TURBUS", "163", "SANCTION", "2023"),
        make_event("d2", "IRNGOV", None, "010", None, None, sentence_index=1),
    ])
    return store


def cameos(events: list[dict]) -> list[str]:
    return [event["cameo"] for event in events]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [("TUR", ["163", "040"]), ("TURGOV", ["040"]), ("turbus", ["163"]), ("PSE", ["190"]), ("CHN", [])],
)
def test_actor_filter_matches_a_prefix_of_source_or_target(filled: EventStore, actor: str, expected: list[str]) -> None:
    assert cameos(filled.events(actor=actor)) == expected


def test_plover_filter(filled: EventStore) -> None:
    assert cameos(filled.events(plover="ASSAULT")) == ["190"]
    assert cameos(filled.events(plover="sanction")) == ["163"]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2023-04-01", None, ["040", "190"]),
        ("2023-04-08", None, ["190"]),
        ("2023-05", None, ["190"]),
        (None, "2023-04-30", ["163", "040"]),
        (None, "2023-05", ["163", "040", "190"]),
        ("2023", "2023", ["163", "040", "190"]),
        ("2023-02-01", "2023-04-30", ["040"]),
        ("2024", None, []),
    ],
)
def test_since_until_compare_the_event_date(
    filled: EventStore, since: str | None, until: str | None, expected: list[str]
) -> None:
    assert cameos(filled.events(since=since, until=until)) == expected


def test_without_filters_all_events_come_ordered_by_date_undated_last(filled: EventStore) -> None:
    assert cameos(filled.events()) == ["163", "040", "190", "010"]


def test_filters_combine_and_limit_caps(filled: EventStore) -> None:
    assert cameos(filled.events(actor="TUR", since="2023-02")) == ["040"]
    assert cameos(filled.events(limit=2)) == ["163", "040"]
    assert filled.events(limit=0) == []


@pytest.mark.parametrize("bound", ["2023-4-7", "April 2023", "2023-04-07T00:00"])
def test_malformed_date_bound_is_rejected(filled: EventStore, bound: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        filled.events(since=bound)


def test_negative_limit_is_rejected(filled: EventStore) -> None:
    with pytest.raises(ValueError, match="limit"):
        filled.events(limit=-1)


# --- errors and summary ---------------------------------------------------------------


def errors_only(*errors: DocumentError) -> CodedBatch:
    return CodedBatch.empty().adding(errors=errors)


def test_errors_are_appended_per_run(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with EventStore(path) as store:
        store.write_batch(errors_only(DocumentError("feed.jsonl", 3, "malformed JSON: x"), DocumentError("a.txt", None, "empty", "a")), "run1")
        store.write_batch(errors_only(DocumentError("feed.jsonl", 3, "malformed JSON: x")), "run2")
        store.write_batch(errors_only(), "run3")

    with duckdb.connect(str(path), read_only=True) as connection:
        query = "SELECT run_id, path, line, doc_id, reason FROM errors ORDER BY run_id, path"
        rows = connection.execute(query).fetchall()
        stamped = connection.execute('SELECT count(*) FROM errors WHERE "at" IS NOT NULL').fetchone()[0]

    assert rows == [
        ("run1", "a.txt", None, "a", "empty"),
        ("run1", "feed.jsonl", 3, None, "malformed JSON: x"),
        ("run2", "feed.jsonl", 3, None, "malformed JSON: x"),
    ]
    assert stamped == 3


def test_summary_counts(filled: EventStore) -> None:
    filled.write_batch(errors_only(DocumentError("x.txt", None, "empty")), "run1")

    assert filled.summary() == {
        "documents": 2,
        "events": 4,
        "errors": 1,
        "duplicates": 0,
        "events_by_plover": {"ASSAULT": 1, "CONSULT": 1, "SANCTION": 1},
        "events_by_cameo_root": {"01": 1, "04": 1, "16": 1, "19": 1},
    }


def test_empty_store_summary(store: EventStore) -> None:
    assert store.summary() == {
        "documents": 0, "events": 0, "errors": 0, "duplicates": 0, "events_by_plover": {}, "events_by_cameo_root": {}
    }
    assert store.stored_hashes(["doc1"]) == {}
    assert store.events() == []
