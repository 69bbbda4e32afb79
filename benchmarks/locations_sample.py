"""Draw the events whose locations `benchmarks/locations_check.md` judges by hand.

    .venv/bin/newsevents code ../shared/data/corpus/wikinews_2019_2020.jsonl --db /tmp/loc.duckdb
    .venv/bin/python benchmarks/locations_sample.py --db /tmp/loc.duckdb
        [--corpus ../shared/data/corpus/wikinews_2019_2020.jsonl] [--with-place 30] [--without-place 10]

The events are those `newsevents code` stored. The rule, fixed before the output was read:
- Articles are walked in the order of the corpus file; an article the store lacks (a
  near-duplicate, or one whose coding failed) is skipped.
- An article's candidates are its factual events (neither negated nor hypothetical; reported
  ones count), any CAMEO code, in text order of their trigger.
- Sample "with place": of each article, the first candidate whose sentence holds a spaCy
  entity labelled GPE, LOC or FAC (from a parse of the whole article with the project's
  model, as the coder parses it); until `--with-place` events.
- Sample "without place": of each article, the first candidate whose sentence holds no
  such entity; until `--without-place` events. The no-place sample checks that None comes
  back rather than an invented place (Wikinews articles have no datelines to fall back on).
Prints both samples as Markdown, one numbered item per event with its location as
returned, for the verdicts to be added by reading.
Text: Wikinews contributors, CC BY 2.5; each item links its article.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc

from newsevents.nlp import parse
from newsevents.store.duckdb_store import EventStore

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def corpus_articles(path: Path) -> list[dict]:
    """The corpus's articles in file order (JSON Lines with `id`, `text`, `url`)."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def place_entities(doc: Doc, span: tuple[int, int]) -> list[str]:
    """The GPE, LOC and FAC entities of `doc` lying within the character span."""
    return [entity.text for entity in doc.ents
            if entity.label_ in PLACE_LABELS and span[0] <= entity.start_char and entity.end_char <= span[1]]


def draw(articles: list[dict], events: list[dict], with_place: int, without_place: int) -> Iterator[tuple[str, dict, dict, list[str]]]:
    """Yield (sample name, article, event, place entities of its sentence) by the module's rule."""
    by_document: dict[str, list[dict]] = {}
    for event in events:
        if not (event["negated"] or event["hypothetical"]):
            by_document.setdefault(event["doc_id"], []).append(event)
    stored = [article for article in articles if article["id"] in by_document]
    wanted = {"with place": with_place, "without place": without_place}
    for doc, article in parse((article["text"], article) for article in stored):
        candidates = sorted(by_document[article["id"]], key=lambda event: event["trigger_span"][0])
        for sample in ("with place", "without place"):
            if wanted[sample] == 0:
                continue
            for event in candidates:
                places = place_entities(doc, tuple(event["sentence_span"]))
                if bool(places) == (sample == "with place"):
                    wanted[sample] -= 1
                    yield sample, article, event, places
                    break
        if not any(wanted.values()):
            return


def describe_location(location: dict | None) -> str:
    if location is None:
        return "None"
    return f"{location['name']} ({location['country']}, {location['feature']}, {location['lat']:.2f}, {location['lon']:.2f})"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--db", type=Path, required=True, help="DuckDB file written by `newsevents code --db`")
    arguments.add_argument("--corpus", type=Path, default=Path("../shared/data/corpus/wikinews_2019_2020.jsonl"))
    arguments.add_argument("--with-place", type=int, default=30)
    arguments.add_argument("--without-place", type=int, default=10)
    options = arguments.parse_args()
    with EventStore(options.db) as store:
        events = store.events()
    drawn = list(draw(corpus_articles(options.corpus), events, options.with_place, options.without_place))
    for sample in ("with place", "without place"):
        print(f"## Sample {sample}\n")
        chosen = [(article, event, places) for name, article, event, places in drawn if name == sample]
        for number, (article, event, places) in enumerate(chosen, 1):
            print(f"{number}. {article['id']} — trigger *{event['trigger']}* ({event['cameo']}) — "
                  f"location: {describe_location(event['location'])} — place entities: {places or 'none'}")
            print(f"   > {event['sentence']}")
            print(f"   > ([{article['id']}]({article['url']}))")
        print()


if __name__ == "__main__":
    main()
