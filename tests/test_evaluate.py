"""Tests for newsevents.evaluate: gold loading, matching levels and the report."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from newsevents.evaluate import (
    GoldEvent,
    GoldFormatError,
    GoldQuote,
    GoldRecord,
    format_report,
    load_gold,
    report_to_dict,
    score,
)
from newsevents.records import ActorMention, Event, Quote

SENTENCE = "Russia's foreign minister met US officials in Geneva."


def actor(code: str) -> ActorMention:
    country = None if code.startswith("---") else code[:3]
    return ActorMention(text=code, span=(0, 3), code=code, country=country, sector=code[3:6] or None)


def event(
    source: str,
    target: str | None,
    cameo: str,
    plover: str | None,
    confidence: float = 0.5,
    doc_id: str = "s1",
) -> Event:
    return Event(
        doc_id=doc_id,
        sentence_index=0,
        sentence=SENTENCE,
        sentence_span=(0, len(SENTENCE)),
        source=actor(source),
        target=actor(target) if target else None,
        trigger="met",
        trigger_span=(25, 28),
        cameo=cameo,
        cameo_root=cameo[:2],
        goldstein=1.0,
        quad_class=1,
        plover=plover,
        mode=None,
        confidence=confidence,
    )


def gold_event(
    source: tuple[str | None, str | None] | None,
    target: tuple[str | None, str | None] | None,
    plover: str | None = "CONSULT",
    cameo: str | None = None,
    symmetric: bool = False,
    source_code: str | None = None,
    target_code: str | None = None,
) -> GoldEvent:
    source_country, source_sector = source or (None, None)
    target_country, target_sector = target or (None, None)
    return GoldEvent(
        source_country, source_sector, source_code, target_country, target_sector, target_code,
        plover=plover, cameo=cameo, symmetric=symmetric,
    )


def record(*events: GoldEvent, id: str = "s1", **fields) -> GoldRecord:
    return GoldRecord(id=id, text=SENTENCE, events=events, **fields)


def counts(report, level: str) -> tuple[int, int, int]:
    dyad = report.dyads[level]
    return dyad.gold, dyad.predicted, dyad.matched


def test_exact_match_scores_one_at_every_level():
    gold = [record(gold_event(("RUS", "GOV"), ("USA", "GOV")))]
    report = score(gold, {"s1": [event("RUSGOV", "USAGOV", "042", "CONSULT")]})
    for level in ("type", "type+country", "type+actor"):
        assert report.dyads[level].f1 == 1.0
    assert "cameo_root" not in report.dyads  # PLOVER-only gold has no CAMEO level
    assert report.event_type.accuracy == 1.0
    assert report.errors == ()


def test_reversed_dyad_matches_only_when_gold_is_symmetric():
    reversed_prediction = {"s1": [event("USAGOV", "RUSGOV", "042", "CONSULT")]}
    one_way = score([record(gold_event(("RUS", "GOV"), ("USA", "GOV")))], reversed_prediction)
    either_way = score([record(gold_event(("RUS", "GOV"), ("USA", "GOV"), symmetric=True))], reversed_prediction)
    assert counts(one_way, "type") == (1, 1, 1)
    assert counts(one_way, "type+country") == (1, 1, 0)
    assert counts(either_way, "type+country") == (1, 1, 1)
    assert counts(either_way, "type+actor") == (1, 1, 1)


def test_country_level_ignores_sector_but_actor_level_does_not():
    gold = [record(gold_event(("RUS", "GOV"), ("USA", "MIL")))]
    report = score(gold, {"s1": [event("RUSGOV", "USAGOV", "042", "CONSULT")]})
    assert counts(report, "type+country") == (1, 1, 1)
    assert counts(report, "type+actor") == (1, 1, 0)


def test_gold_without_sector_accepts_any_sector_of_that_country():
    gold = [record(gold_event(("RUS", None), ("USA", "GOV")))]
    report = score(gold, {"s1": [event("RUSMIL", "USAGOV", "042", "CONSULT")]})
    assert counts(report, "type+actor") == (1, 1, 1)


def test_gold_code_is_compared_by_role_codes():
    """petr2 gold carries full codes: `USA` accepts `USAGOV`, `USAGOV` rejects `USA`."""
    gold = [
        record(
            gold_event(("USA", None), ("CHN", "GOV"), plover=None, cameo="042", source_code="USA", target_code="CHNGOV")
        )
    ]
    assert counts(score(gold, {"s1": [event("USAGOV", "CHNGOV", "042", "CONSULT")]}), "type+actor") == (1, 1, 1)
    assert counts(score(gold, {"s1": [event("USAGOV", "CHN", "042", "CONSULT")]}), "type+actor") == (1, 1, 0)


def test_unknown_gold_country_matches_any_country_with_the_same_sector():
    gold = [record(gold_event((None, "LEG"), ("USA", None), plover=None, cameo="111", source_code="---LEG"))]
    assert counts(score(gold, {"s1": [event("RUSLEG", "USA", "111", "ACCUSE")]}), "type+actor") == (1, 1, 1)
    assert counts(score(gold, {"s1": [event("RUSGOV", "USA", "111", "ACCUSE")]}), "type+actor") == (1, 1, 0)


def test_unknown_gold_sector_gives_the_country_only():
    gold = [record(gold_event(("IRQ", None), ("USA", None), plover=None, cameo="141", source_code="IRQ***"))]
    report = score(gold, {"s1": [event("IRQOPP", "USA", "141", "PROTEST")]})
    assert counts(report, "type+actor") == (1, 1, 1)
    assert report.actor_checks == (2, 2, 0, 0)  # both countries checked; no sector to check


def test_null_gold_target_matches_any_predicted_target_or_none():
    gold = [record(gold_event(("RUS", None), None))]
    with_target = score(gold, {"s1": [event("RUSGOV", "USAGOV", "042", "CONSULT")]})
    without_target = score(gold, {"s1": [event("RUSGOV", None, "042", "CONSULT")]})
    assert counts(with_target, "type+actor") == (1, 1, 1)
    assert counts(without_target, "type+actor") == (1, 1, 1)


def test_missing_predicted_target_misses_a_named_gold_target():
    gold = [record(gold_event(("RUS", None), ("USA", None)))]
    report = score(gold, {"s1": [event("RUSGOV", None, "042", "CONSULT")]})
    assert counts(report, "type") == (1, 1, 1)
    assert counts(report, "type+country") == (1, 1, 0)


def test_each_gold_event_matches_one_prediction_only():
    gold = [record(gold_event(("RUS", "GOV"), ("USA", "GOV")))]
    duplicate = [event("RUSGOV", "USAGOV", "042", "CONSULT"), event("RUSGOV", "USAGOV", "043", "CONSULT")]
    report = score(gold, {"s1": duplicate})
    assert counts(report, "type+actor") == (1, 2, 1)
    assert report.dyads["type+actor"].precision == 0.5
    assert report.dyads["type+actor"].recall == 1.0


def test_matching_is_maximum_not_first_come():
    """A symmetric gold event that could take either prediction must leave one for its neighbour."""
    gold = [
        record(
            gold_event(("RUS", None), ("USA", None), symmetric=True),
            gold_event(("RUS", None), ("USA", None)),
        )
    ]
    predictions = [event("RUSGOV", "USAGOV", "042", "CONSULT", 0.9), event("USAGOV", "RUSGOV", "042", "CONSULT", 0.5)]
    assert counts(score(gold, {"s1": predictions}), "type+country") == (2, 2, 2)


def test_reciprocal_act_told_both_ways_is_one_prediction_of_a_symmetric_gold_event():
    """CAMEO codes "A and B met" as A->B and B->A from one trigger: against a symmetric gold
    event that pair is one event, while the same dyads from two triggers are two."""
    gold = [record(gold_event(("RUS", None), ("USA", None), symmetric=True))]
    both_ways = [event("RUSGOV", "USAGOV", "042", "CONSULT"), event("USAGOV", "RUSGOV", "042", "CONSULT")]
    report = score(gold, {"s1": both_ways})
    assert counts(report, "type+country") == (1, 1, 1)
    assert report.errors == ()
    second_mention = replace(both_ways[1], trigger_span=(40, 45))
    assert counts(score(gold, {"s1": [both_ways[0], second_mention]}), "type+country") == (1, 2, 1)
    one_way_gold = [record(gold_event(("RUS", None), ("USA", None)))]
    assert counts(score(one_way_gold, {"s1": both_ways}), "type+country") == (1, 2, 1)


def test_symmetric_gold_event_takes_a_reciprocal_pair_before_a_one_way_record():
    gold = [record(gold_event(("RUS", None), ("USA", None), symmetric=True))]
    one_way = replace(event("RUSGOV", "USAGOV", "042", "CONSULT", 0.9), trigger_span=(40, 45))
    both_ways = [event("RUSGOV", "USAGOV", "042", "CONSULT"), event("USAGOV", "RUSGOV", "042", "CONSULT")]
    assert counts(score(gold, {"s1": [one_way, *both_ways]}), "type+country") == (1, 2, 1)


def test_cameo_gold_is_scored_by_root_and_gets_a_cameo_level():
    gold = [record(gold_event(("RUS", None), ("USA", None), plover=None, cameo="0421"))]
    report = score(gold, {"s1": [event("RUS", "USA", "040", "CONSULT")]})
    assert counts(report, "type") == (1, 1, 1)
    assert counts(report, "cameo_root") == (1, 1, 1)
    assert report.event_type.confusion == {"04": {"04": 1}}


def test_statements_are_left_out_of_plover_levels_but_counted_at_cameo_root():
    gold = [record(gold_event(("TUR", "GOV"), ("IRN", "GOV"), plover="CONSULT", cameo="041"))]
    predictions = [event("TURGOV", "IRNGOV", "041", "CONSULT", 0.4), event("TURGOV", None, "010", None, 0.9)]
    report = score(gold, {"s1": predictions})
    assert counts(report, "type") == (1, 1, 1)
    assert counts(report, "cameo_root") == (1, 2, 1)
    assert report.event_type.confusion == {"CONSULT": {"CONSULT": 1}}


def test_event_type_uses_most_confident_prediction_and_none():
    gold = [
        record(gold_event(("RUS", None), ("USA", None), plover="CONSULT"), id="s1"),
        record(gold_event(("RUS", None), ("USA", None), plover="ACCUSE"), id="s2"),
        record(gold_event(("RUS", None), ("USA", None), plover="ACCUSE"), id="s3"),
        record(
            gold_event(("RUS", None), ("USA", None), plover="ACCUSE"),
            gold_event(None, None, plover="REJECT"),
            id="two-types",
        ),
    ]
    predictions = {
        "s1": [event("RUS", "USA", "112", "ACCUSE", 0.3), event("RUS", "USA", "042", "CONSULT", 0.8)],
        "s2": [event("RUS", "USA", "111", "ACCUSE", 0.6)],
    }
    report = score(gold, predictions)
    assert report.event_type.confusion == {"ACCUSE": {"ACCUSE": 1, "NONE": 1}, "CONSULT": {"CONSULT": 1}}
    assert report.event_type.accuracy == pytest.approx(2 / 3)
    # ACCUSE: precision 1, recall 1/2 -> F1 2/3; CONSULT: F1 1.
    assert report.event_type.macro_f1 == pytest.approx((2 / 3 + 1) / 2)


def test_null_false_positive_rate_counts_records_with_any_prediction():
    gold = [
        record(id="quiet1", no_events=True),
        record(id="quiet2", no_events=True),
        record(gold_event(("RUS", None), ("USA", None))),
    ]
    report = score(gold, {"quiet1": [event("RUS", None, "010", None), event("RUS", "USA", "042", "CONSULT")], "s1": []})
    assert report.no_event_records == 2
    assert report.null_false_positive_rate == 0.5
    # Predictions on a no-event record are false alarms, statements included.
    assert counts(report, "type") == (1, 2, 0)


def test_records_without_a_prediction_key_predict_nothing():
    gold = [record(gold_event(("RUS", None), ("USA", None)))]
    report = score(gold, {"elsewhere": [event("RUS", "USA", "042", "CONSULT")]})
    assert counts(report, "type") == (1, 0, 0)
    assert report.unknown_prediction_ids == ("elsewhere",)
    assert "match no gold record" in format_report(report)


def test_pentaclass_takes_the_most_confident_event_and_counts_no_prediction_wrong():
    gold = [
        record(id="attack", pentaclass="material_conflict"),
        record(id="told", pentaclass="statement"),
        record(id="said", pentaclass="statement"),
        record(id="silent", pentaclass="verbal_cooperation"),
        record(id="talks", pentaclass="verbal_cooperation"),
    ]
    predictions = {
        "attack": [event("RUS", None, "010", None, 0.3), event("RUS", "UKR", "190", "ASSAULT", 0.4)],
        "told": [event("RUS", "UKR", "010", None, 0.7), event("UKR", "RUS", "190", "ASSAULT", 0.4)],
        "said": [event("RUS", None, "012", None, 0.7)],
        "talks": [event("RUS", "USA", "111", "ACCUSE", 0.2), event("RUS", "USA", "036", "AGREE", 0.6)],
    }
    report = score(gold, predictions)
    assert report.pentaclass.confusion == {
        "material_conflict": {"material_conflict": 1},
        "statement": {"statement": 2},
        "verbal_cooperation": {"NONE": 1, "verbal_cooperation": 1},
    }
    assert report.pentaclass.accuracy == 0.8
    # Pentaclass-only records are not event gold: their events are not false alarms.
    assert report.dyads == {}


def test_errors_list_misses_and_false_alarms_with_sentences():
    gold = [record(gold_event(("RUS", "GOV"), ("USA", "GOV"), plover="CONSULT"))]
    report = score(gold, {"s1": [event("RUSGOV", "FRAGOV", "042", "CONSULT")]})
    assert [error.kind for error in report.errors] == ["miss", "false alarm"]
    text = format_report(report, errors=True)
    assert "Misses (gold events not matched at type+country): 1" in text
    assert "s1  CONSULT RUSGOV -> USAGOV" in text
    assert 'CONSULT/042 RUSGOV -> FRAGOV "met"' in text
    assert SENTENCE in text
    assert "Misses" not in format_report(report)


def test_by_category_gives_the_same_figures_per_category():
    gold = [
        record(gold_event(("RUS", None), ("USA", None)), id="a", category="AFP"),
        record(id="b", no_events=True, category="OTHER"),
    ]
    consult = [event("RUS", "USA", "042", "CONSULT")]
    report = score(gold, {"a": consult, "b": consult}, by_category=True)
    assert set(report.by_category) == {"AFP", "OTHER"}
    assert report.by_category["AFP"].dyads["type"].f1 == 1.0
    assert report.by_category["OTHER"].null_false_positive_rate == 1.0
    text = format_report(report)
    assert "By category" in text and "AFP" in text


def test_report_text_and_dict():
    gold = [record(gold_event(("RUS", None), ("USA", None)))]
    report = score(gold, {"s1": [event("RUS", "USA", "042", "CONSULT")]}, by_category=True)
    text = format_report(report)
    assert "type+country" in text and "1.000" in text
    data = report_to_dict(report)
    json.dumps(data)
    assert data["dyads"]["type"] == {"gold": 1, "predicted": 1, "matched": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert data["no_events"]["false_positive_rate"] is None
    assert "(no category)" in data["by_category"]


# --- load_gold ---------------------------------------------------------------


def write_lines(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_load_plover_shape(tmp_path):
    path = write_lines(
        tmp_path / "plover.jsonl",
        {
            "id": "P1", "text": "Albania denounced Serbia.", "date": None, "source_set": "PLOVER-GSR",
            "events": [
                {"source": {"country": "ALB", "sector": None, "text": "Albania"}, "target": None, "plover": "ACCUSE", "cameo": None}
            ],
            "no_events": False, "mode": None,
        },
    )
    [loaded] = load_gold(path)
    assert loaded.category == "PLOVER-GSR"
    assert loaded.events == (GoldEvent("ALB", None, None, None, None, None, plover="ACCUSE", cameo=None),)
    assert loaded.has_event_gold and not loaded.no_events


def test_load_petr2_shape(tmp_path):
    path = write_lines(
        tmp_path / "petr2.jsonl",
        {
            "id": "AFP1", "text": "The US leader went to Beijing.", "date": "2008-08-04", "source_set": "PETR-2 GSR",
            "events": [{
                "source": {"country": "USA", "sector": None, "code": "USA"},
                "target": {"country": "IGO", "sector": "EUR", "code": "IGOEUREEC"},
                "plover": None, "cameo": "042",
            }],
            "no_events": False, "category": "AFP",
        },
        {
            "id": "AFP2", "text": "Nothing happened.", "date": None, "source_set": "PETR-2 GSR",
            "events": [], "no_events": True, "category": "OTHER",
        },
    )
    first, second = load_gold(path)
    assert first.category == "AFP" and first.date == "2008-08-04"
    assert first.events[0].source_code == "USA" and first.events[0].target_code == "IGOEUREEC"
    assert first.events[0].type_label == "04"
    assert second.no_events and second.has_event_gold


def test_load_pentaclass_shape(tmp_path):
    path = write_lines(
        tmp_path / "penta.jsonl",
        {
            "id": "CB1", "text": "A car bomb killed a man.", "date": None, "source_set": "ConfliBERT",
            "pentaclass": "material_conflict",
        },
    )
    [loaded] = load_gold(path)
    assert loaded.pentaclass == "material_conflict"
    assert loaded.events == () and not loaded.has_event_gold


def test_load_seed_shape(tmp_path):
    path = write_lines(
        tmp_path / "seed.jsonl",
        {
            "id": "seed", "text": "Erdogan told Raisi ...", "date": "2023-04-07", "source_set": "seed article",
            "events": [{
                "source": {"country": "TUR", "sector": "GOV"}, "target": {"country": "IRN", "sector": "GOV"},
                "cameo": "041", "plover": "CONSULT", "date": "2023-04-07", "date_granularity": "day",
                "evidence": "told Raisi", "symmetric": True,
            }],
            "quotes": [], "notes": "document-level",
        },
    )
    [loaded] = load_gold(path)
    assert not loaded.no_events
    assert loaded.events[0].symmetric and loaded.events[0].evidence == "told Raisi"
    assert loaded.events[0].cameo_root == "04"
    assert (loaded.events[0].date, loaded.events[0].date_granularity) == ("2023-04-07", "day")


def test_dated_gold_events_count_as_dated_right_only_with_the_same_date_and_granularity():
    def dated(value: str, granularity: str, source: str = "TURGOV") -> Event:
        return replace(event(source, "IRNGOV", "041", "CONSULT"), date=value, date_granularity=granularity)

    gold = record(
        replace(gold_event(("TUR", "GOV"), ("IRN", "GOV")), date="2023-04-07", date_granularity="day"),
        replace(gold_event(("TUR", "GOV"), ("IRN", "GOV")), date="2010", date_granularity="year"),
        replace(gold_event(("ISR", None), ("IRN", "GOV")), date="2023-04", date_granularity="month"),
        gold_event(("ISR", None), ("IRN", None)),
    )
    predictions = [dated("2010", "year"), dated("2023-04-07", "day"), dated("2023-04-07", "day", "ISRGOV")]
    report = score([gold], {"s1": predictions})
    assert report.date_checks == (3, 2)
    assert "Event dates: 2 of 3 dated gold events" in format_report(report)
    assert report_to_dict(report)["dates"] == {"gold_with_date": 3, "found_with_right_date": 2}


def test_gold_quotes_are_found_by_their_text_and_right_by_their_speakers_code():
    def said(text: str, speaker: str | None) -> Quote:
        return Quote("s1", text, (0, len(text)), True, actor(speaker) if speaker else None, speaker, None, "said", 0)

    gold = record(quotes=[GoldQuote("We will not back down,", "Ana Verdi", "MDAGOV"),
                          GoldQuote("The talks are over.", "Ion Rusu", "MDAGOV"),
                          GoldQuote("Nobody said this", None, None)])
    predictions = [said("“We will NOT back down”", "MDAGOV"), said("the talks are over", "ROU"), said("Something else.", None)]
    report = score([gold], {}, quotes={"s1": predictions})
    assert report.quote_checks == (3, 2, 1)
    assert "Quotes: 2 of 3 gold quotes found, 1 with the right speaker" in format_report(report)
    assert report_to_dict(report)["quotes"] == {"gold": 3, "found": 2, "right_speaker": 1}


def test_load_gold_quotes(tmp_path):
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "d", "text": "t", "events": [], "quotes": [
        {"speaker": "Ana Verdi", "speaker_code": "MDAGOV", "quote": "We will not back down,"}]}) + "\n")
    [loaded] = load_gold(path)
    assert loaded.quotes == (GoldQuote("We will not back down,", "Ana Verdi", "MDAGOV"),)
    path.write_text(json.dumps({"id": "d", "text": "t", "events": [], "quotes": [{"speaker": "Ana Verdi"}]}) + "\n")
    with pytest.raises(GoldFormatError, match="non-empty string 'quote'"):
        load_gold(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "text": "t", "label": "ACCUSE"}', "unknown gold shape"),
        ('{"id": "x", "text": "t", "pentaclass": "anger"}', "pentaclass 'anger' is not one of"),
        ('{"id": "x", "text": "t", "events": [{"source": null, "target": null}]}', "needs a 'plover' type or a 'cameo' code"),
        ('{"text": "t", "events": []}', "string 'id' and 'text'"),
        ("{not json", "not valid JSON"),
        (
            '{"id": "x", "text": "t", "pentaclass": "statement"}\n{"id": "x", "text": "u", "pentaclass": "statement"}',
            "duplicate id 'x'",
        ),
    ],
)
def test_load_rejects_unknown_shapes_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="bad.jsonl:[12]: ") as raised:
        load_gold(path)
    assert message in str(raised.value)


def test_load_every_shared_gold_file(shared_dir):
    gold_dir = shared_dir / "data" / "gold"
    paths = sorted(path for path in gold_dir.glob("*.jsonl") if not path.name.startswith("petrarch2_unittest"))
    if not paths:
        pytest.skip(f"no gold files in {gold_dir}")
    for path in paths:
        records = load_gold(path)
        assert records, path.name
        assert all(record.has_event_gold or record.pentaclass for record in records), path.name
        # Scoring nothing against real gold must work and score zero.
        report = score(records, {})
        assert all(dyad.matched == 0 for dyad in report.dyads.values())
        format_report(score(records, {}, by_category=True), errors=True)


def test_actor_accuracy_on_events_matched_by_type():
    from newsevents.evaluate import GoldEvent, GoldRecord, score

    gold = GoldRecord(id="r", text="x", events=(GoldEvent("TUR", "GOV", None, "ISR", None, None, "ACCUSE", None),))
    right = _actor_accuracy_event("TURGOV", "TUR", "GOV", "ISR")
    wrong_sector = _actor_accuracy_event("TURMIL", "TUR", "MIL", "ISR")
    assert score([gold], {"r": [right]}).actor_checks == (2, 2, 1, 1)
    assert score([gold], {"r": [wrong_sector]}).actor_checks == (2, 2, 1, 0)


def test_actor_accuracy_pairs_each_gold_event_with_the_prediction_sharing_its_countries():
    gold = record(gold_event(("QAT", "GOV"), ("ARE", None)), gold_event(("QAT", "GOV"), ("SAU", None)))
    for predictions in ([event("---", "SAUGOV", "045", "CONSULT"), event("---", "AREGOV", "045", "CONSULT")],
                        [event("---", "AREGOV", "045", "CONSULT"), event("---", "SAUGOV", "045", "CONSULT")]):
        assert score([gold], {"s1": predictions}).actor_checks[:2] == (4, 2)


def _actor_accuracy_event(code, country, sector, target_country):
    from newsevents.records import ActorMention, Event

    return Event(
        doc_id="r", sentence_index=0, sentence="x", sentence_span=(0, 1),
        source=ActorMention("a", (0, 1), code, country, sector),
        target=ActorMention("b", (2, 3), target_country, target_country, None),
        trigger="t", trigger_span=(0, 1), cameo="111", cameo_root="11", goldstein=-2.0, quad_class=3,
        plover="ACCUSE", mode=None, confidence=0.5,
    )


@pytest.mark.parametrize(
    ("cameo", "pentaclass"),
    [("020", "statement"), ("036", "verbal_cooperation"), ("090", "verbal_conflict"), ("163", "verbal_conflict"),
     ("141", "material_conflict"), ("154", "material_conflict"), ("173", "material_conflict"), ("071", "material_cooperation")],
)
def test_pentaclass_follows_schrodts_scheme_not_the_quad_classes(cameo, pentaclass):
    report = score([record(id="s", pentaclass=pentaclass)], {"s": [event("RUS", "UKR", cameo, None, 0.9)]})
    assert report.pentaclass.accuracy == 1.0


def test_the_held_back_part_is_a_stable_fifth_of_the_records():
    from newsevents.evaluate import is_held_back

    ids = [f"record-{number}" for number in range(2000)]
    held = [record_id for record_id in ids if is_held_back(record_id)]
    assert 0.17 < len(held) / len(ids) < 0.23
    assert held == [record_id for record_id in ids if is_held_back(record_id)]


def test_evaluate_file_scores_only_the_part_asked_for(tmp_path):
    from newsevents.evaluate import evaluate_file, is_held_back

    ids = [f"r{number}" for number in range(12)]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "Nothing happened.", "events": [], "no_events": True}) + "\n" for i in ids))
    held = sum(is_held_back(i) for i in ids)
    assert evaluate_file(path, part="held-back").records == held
    assert evaluate_file(path, part="dev").records == len(ids) - held
    with pytest.raises(ValueError, match="part must be one of"):
        evaluate_file(path, part="test")


def test_a_quote_without_events_makes_the_pentaclass_a_statement():
    gold = [record(id="said", pentaclass="statement"), record(id="silent", pentaclass="statement")]
    said = Quote("said", "We are ready.", (0, 13), True, actor("MDAGOV"), "Ana Verdi", None, "said", 0)
    report = score(gold, {}, quotes={"said": [said]})
    assert report.pentaclass.confusion == {"statement": {"statement": 1, "NONE": 1}}
