"""Draw the events and the silent sentences that `benchmarks/precision_check.md` judges by hand.

    .venv/bin/python benchmarks/precision_sample.py
        [--corpus ../shared/data/corpus/wikinews_2019_2020.jsonl (the default, beside the repository)] [--seed 20261130] [--events 100] [--silent 40]

The corpus is coded afresh (`code_documents`, the package's own data) and the sample drawn
by a rule fixed before the output was read, so that it can be drawn again after a change:
- Every event gets a key that a change of its code or actors leaves alone: its article, the
  character offset of its trigger and its rank among the events of that trigger (coordinated
  actors give several). Events are ranked by the SHA-256 of "seed|key"; the first `--events`
  are the event sample. A later coder that keeps an event keeps its rank; an event it drops
  leaves the sample, and one it adds enters where its hash puts it.
- The sentences of the corpus (spaCy's, from a parse with the project's model) that yield no
  event are ranked the same way by "seed|article|sentence start"; the first `--silent` are
  the sample of silent sentences, read for missed events.
Prints both samples as Markdown, one numbered item per event (code, flags H hypothetical, N
negated, R reported; source and target as coded; trigger; date; sentence) for the verdicts to be added by reading.
Text: Wikinews contributors, CC BY 2.5; each item names its article, whose URL is in the corpus.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

from newsevents import code_documents
from newsevents.nlp import parse
from newsevents.places import without_dateline
from newsevents.readers import read_documents
from newsevents.records import Document, DocumentError, Event

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "wikinews_2019_2020.jsonl"


def rank(seed: int, key: str) -> str:
    """The sort key of an item: a hash of the seed and the item's stable key."""
    return hashlib.sha256(f"{seed}|{key}".encode("utf-8")).hexdigest()


def event_keys(events: list[Event]) -> list[tuple[str, Event]]:
    """Each event with its key: article, trigger offset and rank among that trigger's events."""
    seen: Counter[tuple[str, int]] = Counter()
    keyed = []
    for event in events:
        trigger = (event.doc_id, event.trigger_span[0])
        keyed.append((f"{event.doc_id}|{event.trigger_span[0]}|{seen[trigger]}", event))
        seen[trigger] += 1
    return keyed


def silent_sentences(documents: list[Document], events: list[Event]) -> list[tuple[str, str, str]]:
    """(key, article id, sentence) for every sentence holding no event's trigger."""
    triggers: dict[str, list[int]] = {}
    for event in events:
        triggers.setdefault(event.doc_id, []).append(event.trigger_span[0])
    silent = []
    for doc, document in parse((without_dateline(document.text), document) for document in documents):  # as the coder parses
        for sentence in doc.sents:
            text = sentence.text.strip()
            if not text or any(sentence.start_char <= start < sentence.end_char for start in triggers.get(document.id, [])):
                continue
            silent.append((f"{document.id}|{sentence.start_char}", document.id, text))
    return silent


def describe(event: Event) -> str:
    flags = "".join(flag for flag, on in (("H", event.hypothetical), ("N", event.negated), ("R", event.reported)) if on)
    target = f"{event.target.code} ({event.target.text!r})" if event.target else "none"
    return (f"{event.doc_id} — {event.cameo}{' ' + flags if flags else ''} — source {event.source.code} "
            f"({event.source.text!r}) — target {target} — trigger *{event.trigger}* — date {event.date}")


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--corpus", type=Path, default=CORPUS)
    arguments.add_argument("--seed", type=int, default=20261130)
    arguments.add_argument("--events", type=int, default=100)
    arguments.add_argument("--silent", type=int, default=40)
    options = arguments.parse_args()
    read = list(read_documents([str(options.corpus)]))
    errors = [item for item in read if isinstance(item, DocumentError)]
    documents = [item for item in read if isinstance(item, Document)]
    if errors or not documents:  # a sample of a corpus read in part would not be the sample judged
        raise SystemExit(f"{options.corpus}: {errors[0].reason if errors else 'no documents'}; pass --corpus PATH.jsonl")
    events = [event for coded in code_documents(documents) for event in coded.events]
    print(f"seed {options.seed}: {len(documents)} articles, {len(events)} events\n")
    print("## Events\n")
    drawn = sorted(event_keys(events), key=lambda item: rank(options.seed, item[0]))[: options.events]
    for number, (key, event) in enumerate(drawn, 1):
        print(f"{number}. {describe(event)} — key {key}")
        print(f"   > {event.sentence}")
    print("\n## Sentences without events\n")
    silent = sorted(silent_sentences(documents, events), key=lambda item: rank(options.seed, item[0]))[: options.silent]
    for number, (key, doc_id, sentence) in enumerate(silent, 1):
        print(f"{number}. {doc_id} — key {key}")
        print(f"   > {sentence}")


if __name__ == "__main__":
    main()
