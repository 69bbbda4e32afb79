"""Tests for EventStore.write_batch and the reads that resumable runs rely on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from newsevents.records import ActorMention, Document, DocumentError, Event
from newsevents.store import CodedBatch, EventStore
from newsevents.store.batch import documents_table, errors_table, text_hash
from newsevents.store.schema import events_table

CODED_AT = datetime(2024, 1, 1, 12, 0)
SENTENCE = "Turkey's president met Iran's president."


def document(doc_id: str) -> Document:
    return Document(id=doc_id, text=f"{SENTENCE} ({doc_id})", date="2023-04-07", source="Wire")


def make_event(doc_id: str, cameo: str = "040") -> Event:
    return Event(
        doc_id=doc_id, sentence_index=0, sentence=SENTENCE, sentence_span=(0, len(SENTENCE)),
        source=ActorMention("Turkey", (0, 6), "TURGOV", "TUR", "GOV"),
        target=ActorMention("Iran", (24, 28), "IRNGOV", "IRN", "GOV"),
        trigger="met", trigger_span=(17, 20), cameo=cameo, cameo_root=cameo[:2], goldstein=1.0, quad_class=1,
        plover="CONSULT", mode=None, date="2023-04-07", coder_version="test",
    )


def row_counts(store: EventStore) -> dict[str, int]:
    return {key: store.summary()[key] for key in ("documents", "events", "errors")}


def batch(*doc_ids: str, cameo: str = "040") -> CodedBatch:
    """A batch with one event per document."""
    events = [make_event(doc_id, cameo=cameo) for doc_id in doc_ids]
    return CodedBatch(
        documents=documents_table([(document(doc_id), 1) for doc_id in doc_ids], CODED_AT),
        events=events_table(events),
        errors=errors_table([]),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    with EventStore(tmp_path / "events.duckdb") as event_store:
        yield event_store


def test_a_batch_is_stored_with_hashes_errors_and_duplicates(store: EventStore) -> None:
    written = batch("d1", "d2").adding([DocumentError("feed.jsonl", 4, "malformed JSON: x")], [("d3", "d1", 0.9)])

    store.write_batch(written, "run1")

    assert row_counts(store) == {"documents": 2, "events": 2, "errors": 1}
    assert store.stored_hashes(["d1", "d2", "d3"]) == {"d1": text_hash(document("d1").text), "d2": text_hash(document("d2").text)}
    assert store.summary()["duplicates"] == 1


def test_writing_a_batch_again_replaces_its_rows(store: EventStore) -> None:
    store.write_batch(batch("d1", "d2"), "run1")
    store.write_batch(batch("d2", "d3", cameo="190"), "run2")

    assert sorted((event["doc_id"], event["cameo"]) for event in store.events()) == [("d1", "040"), ("d2", "190"), ("d3", "190")]
    assert row_counts(store)["documents"] == 3


def test_a_duplicate_replaces_the_document_stored_under_its_id(store: EventStore) -> None:
    store.write_batch(batch("d1", "d2"), "run1")

    store.write_batch(CodedBatch.empty().adding(duplicates=[("d2", "d1", 0.7)]), "run2")

    assert [event["doc_id"] for event in store.events()] == ["d1"]
    assert set(store.stored_hashes(["d1", "d2"])) == {"d1"}

    store.write_batch(batch("d2"), "run3")  # coded after all: no longer a duplicate
    assert store.summary()["duplicates"] == 0


def test_a_failed_batch_stores_nothing(store: EventStore) -> None:
    store.write_batch(batch("d1"), "run1")
    before = (row_counts(store), store.events())
    broken = CodedBatch(
        documents=documents_table([(document("d2"), 1), (document("d2"), 1)], CODED_AT),  # the id twice
        events=events_table([make_event("d2")]),
        errors=errors_table([DocumentError("x", 1, "bad")]),
    )

    with pytest.raises(Exception):
        store.write_batch(broken, "run2")

    assert (row_counts(store), store.events()) == before


def test_stored_documents_come_back_in_storing_order(store: EventStore) -> None:
    store.write_batch(batch("b", "a"), "run1")
    store.write_batch(batch("c"), "run2")

    assert [stored.id for stored in store.stored_documents(batch_size=2)] == ["b", "a", "c"]
    assert next(store.stored_documents()) == document("b")


def test_a_file_from_before_text_hashes_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as connection:
        connection.execute(
            "CREATE TABLE documents (id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, source VARCHAR, date VARCHAR, "
            "text VARCHAR NOT NULL, n_events INTEGER NOT NULL, coded_at TIMESTAMP NOT NULL)"
        )
        connection.execute("INSERT INTO documents VALUES ('old', NULL, NULL, NULL, NULL, 'Text.', 0, now())")

    with EventStore(path) as store:
        assert store.stored_hashes(["old"]) == {"old": None}  # so a resumed run codes it again
        store.write_batch(batch("d1"), "run1")
        assert row_counts(store)["documents"] == 2
