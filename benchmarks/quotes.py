"""Score newsevents quotes against the gold attributions of PolNeAR dev.

    .venv/bin/python benchmarks/quotes.py [--polnear ../shared/data/raw/polnear_dev] [--out benchmarks/results/quotes.json]
        [--part all|dev|held-back] [--errors errors.txt]

A fifth of the articles, chosen by a hash of the text file's name
(`newsevents.evaluate.is_held_back`), is held back: read errors on `--part dev` only, and
check that a change carries over with `--part held-back`.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution in 84 US
election articles as brat standoff: `text/<name>.txt` and `attributions/<name>_<annotator>.ann`,
where T lines are Source / Cue / Content spans (character offsets, `;` between the pieces of
a discontinuous span) and E lines link one Content to its Cue and Source (some have no
Source). Two articles were annotated by six annotators; the first annotator file in name
order is the gold for them.

How a prediction matches a gold attribution:
- content: the predicted quote's span overlaps a piece of the gold Content span;
- speaker: the predicted speaker span overlaps the gold Source span, or the predicted
  speaker is the same person, meaning a surname of the predicted speaker phrase (the
  last capitalised word of the phrase or of one of its comma-separated parts, brackets
  left out: "Flynn" of "Retired Lt. Gen. Michael Flynn") is a word of the gold Source
  text. A pronoun speaker counts only by span overlap: a Quote keeps the
  pronoun's code, not the name it resolves to. PolNeAR marks the relative pronoun as the
  Source of "Trump, who says ..."; newsevents names the noun it stands for, which counts
  when its span ends right before the pronoun (only spaces and commas between). A gold
  attribution without a Source matches a prediction without a speaker.
Each gold attribution matches at most one prediction and each prediction at most one gold
attribution (a maximum one-to-one matching). Reported:
- attribution precision, recall and F1 (content and speaker both right);
- direct-quote precision: the share of predicted direct quotes matched that way;
- content-only precision and recall (content overlap, any speaker) as a diagnostic,
  recall on gold contents that are direct quotes (they start with a quote mark), and
  recall on gold attributions whose Cue holds a verb of newsevents.quotes.SPEECH_VERBS
  (speech and cognition verbs) or "according to" (the rest is cued by nouns, adjectives,
  and verbs of intention, judgment or action: "a statement", "is worried", "attacked").
`--errors FILE` lists, per article, each gold attribution left unmatched (with the
predictions whose content overlaps it) and each prediction that matched nothing.
Gold files are for measuring only: no rule in newsevents.quotes is fitted to them.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from newsevents.actors import ActorBase, DocumentActors
from newsevents.evaluate import PARTS, is_held_back, maximum_matching
from newsevents.nlp import parse, split_long_text
from newsevents.quotes import SPEECH_VERBS, Quote, find_quotes
from newsevents.version import __version__

Spans = tuple[tuple[int, int], ...]
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "who", "him", "her", "them"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


@dataclass(frozen=True)
class GoldAttribution:
    content: Spans
    source: Spans | None
    source_text: str | None
    cue: Spans | None
    direct: bool  # the content opens with a quote mark


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    date: str | None
    gold: list[GoldAttribution]


def read_articles(directory: Path) -> list[Article]:
    """Every article with the attributions of its first annotator file."""
    articles = []
    for text_path in sorted((directory / "text").glob("*.txt")):
        annotations = sorted((directory / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        date = re.search(r"_(\d{4}-\d{2}-\d{2})_", text_path.name)
        articles.append(Article(text_path.stem, text, date.group(1) if date else None, read_ann(annotations[0], text)))
    return articles


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    spans: dict[str, Spans] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T"):
            _, offsets = fields[1].split(" ", 1)
            spans[fields[0]] = tuple(tuple(map(int, piece.split())) for piece in offsets.split(";"))
        elif line.startswith("E"):
            links.append(dict(role.split(":") for role in fields[1].split()))
    gold = []
    for link in links:
        if "Content" not in link:
            continue
        content = spans[link["Content"]]
        source = spans.get(link.get("Source", ""))
        source_text = " ".join(text[start:end] for start, end in source) if source else None
        direct = text[content[0][0] : content[-1][1]].lstrip()[:1] in "\"“"
        gold.append(GoldAttribution(content, source, source_text, spans.get(link.get("Cue", "")), direct))
    return gold


@dataclass(frozen=True)
class Predicted:
    article: Article
    quotes: list[Quote]
    speech_cued: set[int]  # indexes of gold attributions whose cue is a speech verb or "according to"


def predict(articles: list[Article]) -> Iterator[Predicted]:
    """Quotes per article, wired the way the coder wires them (pieces, offsets, sentence indexes)."""
    base = ActorBase.default()
    pieces = ((piece, (number, offset)) for number, article in enumerate(articles)
              for offset, piece in split_long_text(article.text))
    quotes: dict[int, list[Quote]] = {}
    speech_cued: dict[int, set[int]] = {}
    sentences: dict[int, int] = {}
    for doc, (number, offset) in parse(pieces):
        actors = DocumentActors(doc, base, articles[number].date)
        first = sentences.get(number, 0)
        quotes.setdefault(number, []).extend(find_quotes(doc, actors, articles[number].name, offset, first))
        sentences[number] = first + len(list(doc.sents))
        speech_cued.setdefault(number, set()).update(speech_cued_gold(doc, offset, articles[number].gold))
    for number, article in enumerate(articles):
        yield Predicted(article, quotes.get(number, []), speech_cued.get(number, set()))


def speech_cued_gold(doc: Doc, offset: int, gold: list[GoldAttribution]) -> Iterator[int]:
    """Gold attributions cued by a speech verb (newsevents.quotes.SPEECH_VERBS) or "according to".

    The rest of PolNeAR's attributions are cued by nouns, stance and intention verbs
    ("has proposed", "is defending", "a statement"), which a quote finder does not claim.
    """
    for index, attribution in enumerate(gold):
        for start, end in attribution.cue or ():
            span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
            if span is not None and any(
                token.lower_ == "according" or (token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_VERBS)
                for token in span
            ):
                yield index
                break


def overlap(span: tuple[int, int], pieces: Spans) -> bool:
    return any(span[0] < end and start < span[1] for start, end in pieces)


def surnames(phrase: str) -> set[str]:
    """The last capitalised word of each comma-separated part, brackets and possessives left out.

    "Clinton, the former secretary of State" -> {"Clinton", "State"}; "Rep. Elijah E.
    Cummings (D-Md.)" -> {"Cummings"}.
    """
    plain = re.sub(r"\([^)]*\)", "", phrase).replace("’s", "").replace("'s", "")
    names = set()
    for part in plain.split(","):
        words = [word for word in re.findall(r"[A-Za-z][\w.-]*", part) if word[0].isupper()]
        if words:
            names.add(words[-1])
    return names


def antecedent_of(span: tuple[int, int], pronoun_start: int, text: str) -> bool:
    """True when the span ends right before the relative pronoun ("Trump, who says ...")."""
    return span[1] <= pronoun_start and not text[span[1] : pronoun_start].strip(" ,")


def speaker_right(quote: Quote, gold: GoldAttribution, text: str) -> bool:
    if gold.source is None:
        return quote.speaker_span is None
    if quote.speaker_span is None:
        return False
    if overlap(quote.speaker_span, gold.source):
        return True
    if gold.source_text.lower() in RELATIVE_PRONOUNS and antecedent_of(quote.speaker_span, gold.source[0][0], text):
        return True
    if quote.speaker_text is None or quote.speaker_text.lower() in PRONOUNS:
        return False
    return bool(surnames(quote.speaker_text) & set(re.findall(r"[\w.-]+", gold.source_text or "")))


def content_right(quote: Quote, gold: GoldAttribution) -> bool:
    return overlap(quote.span, gold.content)


def max_matching(quotes: list[Quote], gold: list[GoldAttribution],
                 matches: Callable[[Quote, GoldAttribution], bool]) -> dict[int, int]:
    """A maximum one-to-one matching: prediction index -> gold index."""
    options = [[g for g, attribution in enumerate(gold) if matches(quote, attribution)] for quote in quotes]
    return {prediction: g for g, prediction in maximum_matching(options).items()}


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return round(2 * precision * recall / (precision + recall), 3)


def score(results: list[Predicted]) -> dict:
    counts = dict.fromkeys(("predicted", "gold", "matched", "direct_predicted", "direct_matched",
                            "content_matched", "gold_direct", "gold_direct_matched",
                            "gold_speech_cued", "gold_speech_cued_matched"), 0)
    for result in results:
        article, quotes = result.article, result.quotes
        full = max_matching(quotes, article.gold,
                            lambda quote, gold: content_right(quote, gold) and speaker_right(quote, gold, article.text))
        content = max_matching(quotes, article.gold, content_right)
        counts["predicted"] += len(quotes)
        counts["gold"] += len(article.gold)
        counts["matched"] += len(full)
        counts["direct_predicted"] += sum(quote.direct for quote in quotes)
        counts["direct_matched"] += sum(quotes[p].direct for p in full)
        counts["content_matched"] += len(content)
        counts["gold_direct"] += sum(gold.direct for gold in article.gold)
        counts["gold_direct_matched"] += sum(article.gold[g].direct for g in full.values())
        counts["gold_speech_cued"] += len(result.speech_cued)
        counts["gold_speech_cued_matched"] += len(result.speech_cued & set(full.values()))
    precision, recall = ratio(counts["matched"], counts["predicted"]), ratio(counts["matched"], counts["gold"])
    return {
        "attribution": {"precision": precision, "recall": recall, "f1": f1(precision, recall)},
        "direct_quotes": {"precision": ratio(counts["direct_matched"], counts["direct_predicted"]),
                          "recall_of_gold_direct": ratio(counts["gold_direct_matched"], counts["gold_direct"])},
        "content_only": {"precision": ratio(counts["content_matched"], counts["predicted"]),
                         "recall": ratio(counts["content_matched"], counts["gold"])},
        "recall_of_speech_cued_gold": ratio(counts["gold_speech_cued_matched"], counts["gold_speech_cued"]),
        "counts": counts,
    }


def error_listing(results: list[Predicted]) -> Iterator[str]:
    """Lines naming each unmatched gold attribution and each unmatched prediction."""
    for result in results:
        article, quotes = result.article, result.quotes
        text = article.text
        full = max_matching(quotes, article.gold,
                            lambda quote, gold: content_right(quote, gold) and speaker_right(quote, gold, text))
        matched_gold = set(full.values())
        yield f"## {article.name}"
        for g, gold in enumerate(article.gold):
            if g in matched_gold:
                continue
            cue = " ".join(text[start:end] for start, end in gold.cue or ())
            content = " ".join(text[start:end] for start, end in gold.content)
            yield f"MISS cue={cue!r} source={gold.source_text!r} content={content[:160]!r}"
            for quote in quotes:
                if content_right(quote, gold):
                    yield f"    near: speaker={quote.speaker_text!r} cue={quote.cue!r} text={quote.text[:100]!r}"
        for p, quote in enumerate(quotes):
            if p not in full:
                yield (f"FALSE speaker={quote.speaker_text!r} cue={quote.cue!r} direct={quote.direct} "
                       f"text={quote.text[:160]!r}")


def in_part(article: Article, part: str) -> bool:
    """Whether the article belongs to the part scored: all, dev, or the held-back fifth."""
    return part == "all" or is_held_back(article.name + ".txt") == (part == "held-back")


def main() -> None:
    default_polnear = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "raw" / "polnear_dev"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=default_polnear)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/quotes.json"))
    parser.add_argument("--part", choices=PARTS, default="all", help="all articles, or the dev or held-back part")
    parser.add_argument("--errors", type=Path, help="write the unmatched gold and predictions here")
    args = parser.parse_args()
    if not args.polnear.is_dir():
        parser.error(f"no directory {args.polnear}: give --polnear, the folder of the PolNeAR dev articles")
    started = time.perf_counter()
    articles = [article for article in read_articles(args.polnear) if in_part(article, args.part)]
    results = list(predict(articles))
    figures = score(results)
    if args.errors:
        args.errors.write_text("\n".join(error_listing(results)) + "\n")
    figures.update(coder_version=__version__, part=args.part, articles=len(articles),
                   seconds=round(time.perf_counter() - started, 1))
    attribution, direct, content = figures["attribution"], figures["direct_quotes"], figures["content_only"]
    print(f"PolNeAR dev ({args.part}), {len(articles)} articles, {figures['counts']['gold']} gold attributions, "
          f"{figures['counts']['predicted']} predicted quotes")
    print(f"attribution P {attribution['precision']:.3f} R {attribution['recall']:.3f} F1 {attribution['f1']:.3f}")
    print(f"direct quotes P {direct['precision']:.3f} (recall of gold direct quotes {direct['recall_of_gold_direct']:.3f})")
    print(f"content only P {content['precision']:.3f} R {content['recall']:.3f}")
    print(f"recall of gold attributions cued by a speech verb or 'according to' "
          f"({figures['counts']['gold_speech_cued']} of {figures['counts']['gold']}): "
          f"{figures['recall_of_speech_cued_gold']:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2))
    print(f"figures written to {args.out}")


if __name__ == "__main__":
    main()
