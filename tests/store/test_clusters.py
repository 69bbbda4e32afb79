"""Tests for event clusters: reports of the same event grouped, with their mentions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.records import ActorMention, Document, Event, Location
from newsevents.store import EventStore

SENTENCE = "Israeli forces struck Gaza."


def report(doc_id: str, date: str | None, cameo: str = "190", target: str | None = "PSE",
           location: str | None = "Gaza", sentence_index: int = 0) -> Event:
    return Event(
        doc_id=doc_id, sentence_index=sentence_index, sentence=SENTENCE, sentence_span=(0, len(SENTENCE)),
        source=ActorMention("Israeli forces", (0, 14), "ISRMIL", "ISR", "MIL"),
        target=ActorMention("Gaza", (22, 26), target, target, None) if target else None,
        trigger="struck", trigger_span=(15, 21), cameo=cameo, cameo_root=cameo[:2], goldstein=-10.0, quad_class=4,
        plover="ASSAULT", mode=None, date=date,
        location=Location(location, "PSE", None, None) if location else None, coder_version="test",
    )


def store_reports(store: EventStore, *events: Event) -> None:
    by_document: dict[str, list[Event]] = {}
    for event in events:
        by_document.setdefault(event.doc_id, []).append(event)
    for doc_id, reports in by_document.items():
        store.write_document(Document(doc_id, SENTENCE, source=f"outlet-{doc_id}", url=f"https://x.org/{doc_id}"), reports)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    with EventStore(tmp_path / "events.duckdb") as event_store:
        yield event_store


def mention_documents(cluster: dict) -> list[str]:
    return [mention["doc_id"] for mention in cluster["mentions"]]


def test_reports_a_day_apart_are_one_event_with_its_mentions(store: EventStore) -> None:
    store_reports(store, report("a", "2023-10-09"), report("b", "2023-10-10"), report("c", "2023-10-09"))

    [cluster] = store.event_clusters()

    assert (cluster["source_code"], cluster["target_code"], cluster["cameo"], cluster["location_name"]) == ("ISRMIL", "PSE", "190", "Gaza")
    assert (cluster["date"], cluster["last_date"], cluster["n_mentions"], cluster["n_documents"]) == ("2023-10-09", "2023-10-10", 3, 3)
    assert mention_documents(cluster) == ["a", "c", "b"]
    assert cluster["sources"] == ["outlet-a", "outlet-b", "outlet-c"]
    assert cluster["mentions"][0] == {"event_id": report("a", "2023-10-09").id, "doc_id": "a", "sentence_index": 0,
                                      "date": "2023-10-09", "source": "outlet-a", "url": "https://x.org/a"}


def test_mentions_chain_but_a_gap_of_two_days_starts_a_new_event(store: EventStore) -> None:
    store_reports(store, report("a", "2023-10-09"), report("b", "2023-10-10"), report("c", "2023-10-11"),
                  report("d", "2023-10-13"))

    clusters = store.event_clusters()

    assert [mention_documents(cluster) for cluster in clusters] == [["a", "b", "c"], ["d"]]


def test_other_codes_targets_or_places_are_other_events(store: EventStore) -> None:
    store_reports(store, report("a", "2023-10-09"), report("b", "2023-10-09", cameo="173"),
                  report("c", "2023-10-09", target=None), report("d", "2023-10-09", location="Rafah"),
                  report("e", "2023-10-09", location=None), report("f", "2023-10-09", target=None, sentence_index=1))

    clusters = store.event_clusters()

    assert sorted(mention_documents(cluster) for cluster in clusters) == [["a"], ["b"], ["c", "f"], ["d"], ["e"]]


def test_coarse_dates_group_by_period_and_undated_reports_stay_apart(store: EventStore) -> None:
    store_reports(store, report("a", "2023-10"), report("b", "2023-10"), report("c", "2023-11"),
                  report("d", None), report("e", None))

    clusters = store.event_clusters()

    assert sorted(mention_documents(cluster) for cluster in clusters) == [["a", "b"], ["c"], ["d"], ["e"]]


def test_cluster_filters_and_limit(store: EventStore) -> None:
    store_reports(store, report("a", "2023-10-09"), report("b", "2023-10-10"), report("c", "2023-12-01", cameo="173"))

    assert [cluster["n_mentions"] for cluster in store.event_clusters()] == [2, 1]
    assert [cluster["cameo"] for cluster in store.event_clusters(since="2023-11")] == ["173"]
    assert [cluster["cameo"] for cluster in store.event_clusters(actor="ISR", limit=1)] == ["190"]
    assert store.event_clusters(actor="USA") == []


def test_events_command_lists_clusters(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    with EventStore(db) as store:
        store_reports(store, report("a", "2023-10-09"), report("b", "2023-10-10"))

    as_jsonl = CliRunner().invoke(app, ["events", "--db", str(db), "--clusters", "--format", "jsonl"])
    as_csv = CliRunner().invoke(app, ["events", "--db", str(db), "--clusters", "--format", "csv"])

    [cluster] = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert cluster["n_mentions"] == 2 and [mention["doc_id"] for mention in cluster["mentions"]] == ["a", "b"]
    header, row = as_csv.stdout.splitlines()
    assert header.startswith("date,last_date,source,cameo") and row.startswith("2023-10-09,2023-10-10,ISRMIL,190")
