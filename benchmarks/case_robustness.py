"""How many events newsevents keeps when a sentence is written in unusual case.

    .venv/bin/python benchmarks/case_robustness.py [--corpus ../shared/data/corpus/wikinews_2019_2020.jsonl]
        [--sentences 300] [--out case.json]

News feeds carry headlines and wire slugs in capitals ("IRAN SAYS IT WILL RESUME ENRICHMENT"),
headline-style Title Case, and careless text in lower case ("president obama met netanyahu").
The same events should come out of them as out of the sentence written normally.

The measure: code every article of the corpus (real news the coder was not tuned on), take the
first `--sentences` distinct sentences that give at least one event, in corpus order, and code
each sentence alone, as written and in three variants made by program: UPPER CASE, lower case
and Title Case. For each variant it prints the share of the original events (keys: CAMEO code,
source code, target code; each original event matches at most one) that the variant keeps, and
how many events it gives that the original does not.

It also counts the lines of the corpus as written that the recaser (`newsevents.casing`) would
rewrite, by how it reads them (capitals, Title Case): ordinary news should give none, and every
one counted is listed in `--out`.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsevents.actors import ActorBase
from newsevents.casing import CAPITALS, TITLE, Recaser
from newsevents.coder import code_documents
from newsevents.nlp import english_words
from newsevents.records import Document, Event

DEFAULT_CORPUS = Path("../shared/data/corpus/wikinews_2019_2020.jsonl")
VARIANTS: dict[str, Callable[[str], str]] = {
    "original": lambda text: text,
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
}


def event_key(event: Event) -> tuple[str, str, str]:
    return event.cameo, event.source.code, event.target.code if event.target else "-"


def corpus_documents(corpus: Path) -> list[Document]:
    with corpus.open(encoding="utf-8") as lines:
        return [Document(id=record["id"], text=record["text"], date=record.get("date")) for record in map(json.loads, lines)]


def recased_lines(documents: list[Document]) -> dict[str, list[str]]:
    """The lines of the documents, as written, that the recaser rewrites, by how it reads them."""
    recaser = Recaser(ActorBase.default(), english_words())
    recased: dict[str, list[str]] = {}
    for document in documents:
        for line in document.text.split("\n"):
            mode = recaser.line_case(line)
            if mode and recaser.recased_line(line, mode) != line:
                recased.setdefault(mode, []).append(line)
    return recased


def event_sentences(documents: list[Document], limit: int) -> list[tuple[str, str | None]]:
    """The first `limit` distinct sentences (with their article's date) that give an event."""
    sentences: dict[str, str | None] = {}
    for coded in code_documents(documents):
        for event in coded.events:
            sentences.setdefault(event.sentence, coded.document.date)
            if len(sentences) == limit:
                return list(sentences.items())
    return list(sentences.items())


def coded_keys(sentences: list[tuple[str, str | None]], variant: Callable[[str], str]) -> list[Counter]:
    """Per sentence, the event keys of its variant coded alone."""
    documents = [Document(id=f"s{number}", text=variant(text), date=date) for number, (text, date) in enumerate(sentences)]
    return [Counter(map(event_key, coded.events)) for coded in code_documents(documents)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sentences", type=int, default=300)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    documents = corpus_documents(args.corpus)
    recased = recased_lines(documents)
    lines = sum(document.text.count("\n") + 1 for document in documents)
    print(f"{lines} lines of the corpus as written: recased "
          + ", ".join(f"{len(recased.get(mode, []))} as {mode}" for mode in (CAPITALS, TITLE)))
    sentences = event_sentences(documents, args.sentences)
    original = coded_keys(sentences, VARIANTS["original"])
    total = sum(sum(keys.values()) for keys in original)
    results = {"corpus_lines": lines, "recased_lines": recased, "sentences": len(sentences), "events": total}
    print(f"{len(sentences)} sentences, {total} events when each is coded alone as written")
    for name, variant in VARIANTS.items():
        if name == "original":
            continue
        keys = coded_keys(sentences, variant)
        kept = sum(sum((before & after).values()) for before, after in zip(original, keys))
        extra = sum(sum((after - before).values()) for before, after in zip(original, keys))
        results[name] = {"kept": kept, "extra": extra}
        print(f"{name:6}  kept {kept}/{total} = {kept / max(total, 1):.3f}   extra {extra}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
