"""Run PETRARCH2's unit-test suite through newsevents with PETRARCH's own validation dictionaries.

    .venv/bin/python benchmarks/petrarch_unittest.py [--shared ../shared] [--out benchmarks/results/petrarch_unittest.json]

The suite (`data/gold/petrarch2_unittest.jsonl`, 284 records, MIT) codes sentences about
fictional actors (Arnor, Gondor, Gollum, ...) with `PETR.Validate.actors.txt`,
`PETR.Validate.agents.txt` and `PETR.Validate.verbs.txt`. They are imported with
`newsevents.actors.petrarch.load_petrarch_actors` (without the package's actor data: the
world is fictional) and `newsevents.events.petrarch.load_petrarch_verbs`; each record's
text is coded with them, with its date (date restrictions of actors depend on it).

What is scored, per record (each line of the file is a record; two ids occur twice):
- expected: the set of (source code, target code, CAMEO code) of the record's events,
  a missing target being None; PETRARCH's codes are kept as written, including codes the
  CAMEO table lacks (901, 174K), actor "codes" that are quoted text ("INJURY TOLL") and
  records PETRARCH expects to reject (`expected_error`: parse errors, discards), whose
  expected set is empty;
- predicted: the same triples of every event newsevents returns (negated, hypothetical
  and reported ones included: PETRARCH has no such flags, its patterns code them);
- a record is exactly right when the two sets are equal (so a record with no expected
  event is right only when nothing is predicted: 27 records, 7 of them `expected_error`;
  the share among records with expected events is reported too); the root-level variant
  compares (source code, target code, CAMEO root);
- event precision and recall: matched triples (set intersection per record) over
  predicted and over expected triples, summed over all records.
The "attainable" subset leaves out records that no coder with these dictionaries can get
exactly right: expected event codes neither CAMEO nor defined by the verb dictionary,
quoted-text or `###` actors, `expected_error`. Exactly-right shares are also given for the
development records and the held-back fifth (`newsevents.evaluate.is_held_back`): read
errors from the development part only.
PETRARCH2's own figures on this suite: 31% of records exactly right, event precision
0.54, recall 0.33.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsevents.actors.petrarch import load_petrarch_actors, read_petrarch_dictionaries
from newsevents.coder import code_documents
from newsevents.evaluate import is_held_back
from newsevents.events.codes import cameo_codes
from newsevents.events.petrarch import convert_petrarch_verbs
from newsevents.records import Document, Event

PETRARCH2 = {"records_exactly_right": 0.31, "event_precision": 0.54, "event_recall": 0.33}
Triple = tuple[str | None, str | None, str]


def expected_triples(record: dict) -> set[Triple]:
    return {
        ((event["source"] or {}).get("code"), (event["target"] or {}).get("code"), event["cameo"])
        for event in record["events"]
    }


def predicted_triples(events: list[Event]) -> set[Triple]:
    return {(event.source.code, event.target.code if event.target else None, event.cameo) for event in events}


def at_root(triples: set[Triple]) -> set[Triple]:
    return {(source, target, cameo[:2]) for source, target, cameo in triples}


def is_attainable(record: dict, own_codes: frozenset[str]) -> bool:
    codes = cameo_codes().keys() | own_codes
    if record["expected_error"]:
        return False
    for source, target, cameo in expected_triples(record):
        if cameo not in codes or any(actor and not actor.replace("-", "").isalnum() for actor in (source, target)):
            return False
    return True


def failure_kind(expected: set[Triple], predicted: set[Triple], record: dict, attainable: bool) -> str:
    """The first reason, in this order, why a record is not exactly right."""
    if record["expected_error"]:
        return f"PETRARCH rejects the record ({record['expected_error']}); newsevents codes it"
    if not attainable:
        return "expected codes the dictionaries cannot give (undefined event codes, quoted-text actors)"
    if not predicted:
        return "no event found"
    if not expected:
        return "event found where none is expected"
    expected_codes = {cameo for _, _, cameo in expected}
    predicted_codes = {cameo for _, _, cameo in predicted}
    if not expected_codes & predicted_codes:
        same_root = {code[:2] for code in expected_codes} & {code[:2] for code in predicted_codes}
        return "event code wrong, root right" if same_root else "event code wrong"
    dyads = {(source, target) for source, target, _ in expected}
    found = {(source, target) for source, target, _ in predicted}
    if expected <= predicted:
        return "extra events beside the expected ones"
    if {source for source, _ in dyads} != {source for source, _ in found}:
        return "source actor wrong or missing"
    return "target actor wrong or missing"


def main() -> None:
    default_shared = Path(__file__).resolve().parents[1].parent / "shared"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/petrarch_unittest.json"))
    args = parser.parse_args()
    if not args.shared.is_dir():
        parser.error(f"no directory {args.shared}: give --shared, the folder of the shared data")
    reference = args.shared / "data" / "reference" / "petrarch2"
    actor_files = [reference / "PETR.Validate.actors.txt"]
    agent_files = [reference / "PETR.Validate.agents.txt"]
    base = load_petrarch_actors(actor_files, agent_files, package_data=False)
    verbs = convert_petrarch_verbs(reference / "PETR.Validate.verbs.txt")
    lexicon = verbs.to_lexicon("PETR.Validate.verbs.txt")

    lines = (args.shared / "data" / "gold" / "petrarch2_unittest.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    documents = [Document(id=f"{number}:{record['id']}", text=record["text"], date=record["date"])
                 for number, record in enumerate(records)]
    coded = list(code_documents(documents, actor_base=base, lexicon=lexicon))

    totals = Counter()
    kinds: Counter[str] = Counter()
    details = []
    for record, result in zip(records, coded):
        expected, predicted = expected_triples(record), predicted_triples(result.events)
        attainable = is_attainable(record, lexicon.own_codes)
        right, right_at_root = expected == predicted, at_root(expected) == at_root(predicted)
        totals.update(records=1, right=right, right_at_root=right_at_root, attainable=attainable,
                      with_events=bool(expected), with_events_right=bool(expected) and right,
                      attainable_right=attainable and right, expected=len(expected), predicted=len(predicted),
                      matched=len(expected & predicted), matched_at_root=len(at_root(expected) & at_root(predicted)),
                      expected_at_root=len(at_root(expected)), predicted_at_root=len(at_root(predicted)))
        part = "held_back" if is_held_back(record["id"]) else "dev"
        totals.update({f"{part}_records": 1, f"{part}_right": right})
        kind = None if right else failure_kind(expected, predicted, record, attainable)
        if kind:
            kinds[kind] += 1
        details.append({"id": record["id"], "part": part, "right": right, "right_at_root": right_at_root, "failure": kind,
                        "error": result.error, "expected": sorted(map(str, expected)),
                        "predicted": sorted(map(str, predicted))})

    figures = {
        "records": totals["records"],
        "records_exactly_right": round(totals["right"] / totals["records"], 3),
        "records_exactly_right_at_root": round(totals["right_at_root"] / totals["records"], 3),
        "dev_records_exactly_right": round(totals["dev_right"] / totals["dev_records"], 3),
        "held_back_records_exactly_right": round(totals["held_back_right"] / totals["held_back_records"], 3),
        "records_with_events": totals["with_events"],
        "records_with_events_exactly_right": round(totals["with_events_right"] / totals["with_events"], 3),
        "attainable_records": totals["attainable"],
        "attainable_records_exactly_right": round(totals["attainable_right"] / totals["attainable"], 3),
        "event_precision": round(totals["matched"] / max(totals["predicted"], 1), 3),
        "event_recall": round(totals["matched"] / max(totals["expected"], 1), 3),
        "event_precision_at_root": round(totals["matched_at_root"] / max(totals["predicted_at_root"], 1), 3),
        "event_recall_at_root": round(totals["matched_at_root"] / max(totals["expected_at_root"], 1), 3),
        "petrarch2": PETRARCH2,
        "failure_kinds": dict(kinds.most_common()),
        "import": {
            "actors_skipped": dict(read_petrarch_dictionaries(actor_files, agent_files).skipped),
            "verb_patterns_read": verbs.patterns_read,
            "verb_patterns_converted": verbs.patterns_converted,
            "lexicon_entries": len(lexicon),
            "verb_patterns_skipped": dict(verbs.skipped.most_common()),
        },
        "records_detail": details,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2))
    print(f"records exactly right: {figures['records_exactly_right']:.1%} "
          f"(root level {figures['records_exactly_right_at_root']:.1%}; "
          f"attainable {figures['attainable_records_exactly_right']:.1%} of {figures['attainable_records']}; "
          f"with expected events {figures['records_with_events_exactly_right']:.1%} of {figures['records_with_events']}); "
          f"PETRARCH2 {PETRARCH2['records_exactly_right']:.0%}")
    print(f"dev {figures['dev_records_exactly_right']:.1%} of {totals['dev_records']}, "
          f"held-back {figures['held_back_records_exactly_right']:.1%} of {totals['held_back_records']}")
    print(f"event precision {figures['event_precision']:.2f}, recall {figures['event_recall']:.2f} "
          f"(root level {figures['event_precision_at_root']:.2f} / {figures['event_recall_at_root']:.2f}); "
          f"PETRARCH2 {PETRARCH2['event_precision']:.2f} / {PETRARCH2['event_recall']:.2f}")
    for kind, count in kinds.most_common():
        print(f"  {count:4d}  {kind}")
    print(f"figures written to {args.out}")


if __name__ == "__main__":
    main()
