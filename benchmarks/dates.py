"""Score newsevents.dates against the gold time expressions of MEANTIME (English).

    .venv/bin/python benchmarks/dates.py [--meantime ../shared/data/raw/meantime_en] [--out benchmarks/results/dates.json] [--errors]

MEANTIME (NewsReader, CC BY 4.0) annotates 120 Wikinews articles in CAT XML: tokens
(with their sentence), TIMEX3 markables (type, ISO `value` normalised against the
document creation time, `functionInDocument="CREATION_TIME"` for the DCT), event mentions,
and TLINKs between events and timexes. Each article is rebuilt from its tokens, one gold
sentence per line (the title and the dateline are the first two lines), with ordinary
spacing around punctuation, and parsed whole with the project's spaCy model. Only the
title, the dateline and the first four sentences of the body (sentence numbers 0-5) are
annotated, so detections are scored there only. The DCT is the publication date; two
articles do not flag it (for them it is the DATE timex of the dateline) and one writes it
DD-MM-YYYY. Timexes without tokens (implicit anchors of TLINKs) are left out everywhere.

Measured:
1. Detection. newsevents.dates has no public "find all date expressions": its candidates
   are `_date_expressions(sentence)` (spaCy DATE and TIME entities plus date words its NER
   left out), and an expression dates an event only when `_interpret` reads a calendar
   date from it and it does not recur ("every Friday"). Detected expressions are those
   candidates; the raw candidates are scored too. Gold: TIMEX3 of type DATE, DCT excluded
   (and detections on the DCT with it).
   A detection matches a gold timex when their characters overlap; precision is the share
   of detections overlapping a gold DATE timex, recall the share of gold DATE timexes
   overlapped by a detection.
2. Value accuracy. For each detected gold DATE timex with a calendar value (YYYY, YYYY-MM,
   YYYY-MM-DD, a time of day dropped), the value `_interpret` gives the detection that
   overlaps it most, with the DCT as publication date and the tense `_tense` finds: strict
   (the same value at the same granularity), at gold granularity (ours cut to the gold's
   precision; a coarser value of ours is wrong) and at the coarser of the two granularities.
   Gold values that are not calendar dates (PRESENT_REF, durations, weeks, quarters,
   decades, unspecified XXXX) are excluded and counted by kind.
3. Event dates. A gold event mention is anchored on a timex by a TLINK "event IS_INCLUDED
   in / SIMULTANEOUS with timex" or "timex INCLUDES / SIMULTANEOUS with event". For events
   anchored on an in-text DATE timex with a calendar value, `resolve_event_date(sentence,
   trigger, dct)` (trigger: the root token of the mention, sentence: spaCy's) is right when
   it agrees with that value at the gold's granularity (with any of them, for the three
   events anchored on two). Events anchored only on the DCT are scored separately: the
   event happened on the publication day.
Gold files are for measuring only: no rule in newsevents.dates is fitted to them.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from newsevents.dates import EventDate, _date_expressions, _interpret, _recurs, _tense, resolve_event_date
from newsevents.nlp import parse
from newsevents.version import __version__

CharSpan = tuple[int, int]
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%", "...", "'s", "n't", "'re", "'ve",
                             "'ll", "'d", "'m", "'", "''", "”"})
NO_SPACE_AFTER = frozenset({"(", "[", "$", "US$", "CA$", "AU$", "£", "#", "``", "“"})
QUOTES = {"``": '"', "''": '"'}
CALENDAR_VALUE = re.compile(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?")
LAST_ANNOTATED_SENTENCE = 5
ANCHORING = {("event", "IS_INCLUDED"), ("event", "SIMULTANEOUS"), ("timex", "INCLUDES"), ("timex", "SIMULTANEOUS")}


@dataclass(frozen=True)
class Timex:
    id: str
    type: str
    value: str
    span: CharSpan  # characters of the rebuilt text


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    dct: str
    timexes: list[Timex]  # token-anchored, the DCT left out
    events: dict[str, CharSpan]  # event mention id -> characters
    anchors: dict[str, set[str]]  # event mention id -> ids of the timexes (DCT included) it is anchored on
    dct_id: str
    dct_span: CharSpan
    annotated_end: int  # end of the last annotated sentence


@dataclass(frozen=True)
class Detected:
    span: CharSpan
    text: str
    resolved: EventDate | None  # None: no calendar date, or a recurrence


# Reading MEANTIME --------------------------------------------------------------------


def rebuild_text(tokens: list[ET.Element]) -> tuple[str, dict[str, CharSpan]]:
    """The article as text, one gold sentence per line, and each token id's characters."""
    text, offsets = "", {}
    sentence, in_quote, glue = None, False, True
    for token in tokens:
        word = QUOTES.get(token.text, token.text)
        closing_quote = token.text == '"' and in_quote  # a plain quote mark opens and closes by turns
        if token.get("sentence") != sentence:
            text += "\n" if text else ""
            sentence, glue = token.get("sentence"), True
        elif not glue and token.text not in NO_SPACE_BEFORE and not closing_quote:
            text += " "
        offsets[token.get("t_id")] = (len(text), len(text) + len(word))
        text += word
        if token.text == '"':
            in_quote = not in_quote
        glue = token.text in NO_SPACE_AFTER or (token.text == '"' and in_quote)
    return text, offsets


def characters(markable: ET.Element, offsets: dict[str, CharSpan]) -> CharSpan | None:
    spans = [offsets[anchor.get("t_id")] for anchor in markable.findall("token_anchor")]
    return (min(start for start, _ in spans), max(end for _, end in spans)) if spans else None


def creation_time(timexes: list[ET.Element], tokens: dict[str, ET.Element]) -> ET.Element:
    """The DCT: flagged CREATION_TIME, else the DATE timex on the dateline (sentence 1)."""
    for timex in timexes:
        if timex.get("functionInDocument") == "CREATION_TIME":
            return timex
    for timex in timexes:
        anchors = timex.findall("token_anchor")
        if timex.get("type") == "DATE" and anchors and tokens[anchors[0].get("t_id")].get("sentence") == "1":
            return timex
    raise ValueError("no document creation time")


def anchors_of_events(root: ET.Element, event_ids: set[str], timex_ids: set[str]) -> dict[str, set[str]]:
    anchors: dict[str, set[str]] = {}
    for link in root.iter("TLINK"):
        source, target = link.find("source").get("m_id"), link.find("target").get("m_id")
        if source in event_ids and target in timex_ids and ("event", link.get("reltype")) in ANCHORING:
            anchors.setdefault(source, set()).add(target)
        elif source in timex_ids and target in event_ids and ("timex", link.get("reltype")) in ANCHORING:
            anchors.setdefault(target, set()).add(source)
    return anchors


def read_article(path: Path) -> Article:
    root = ET.parse(path).getroot()
    tokens = sorted(root.iter("token"), key=lambda token: int(token.get("number")))
    text, offsets = rebuild_text(tokens)
    timex_elements = list(root.iter("TIMEX3"))
    dct = creation_time(timex_elements, {token.get("t_id"): token for token in tokens})
    timexes = [Timex(timex.get("m_id"), timex.get("type"), timex.get("value"), span)
               for timex in timex_elements
               if timex is not dct and (span := characters(timex, offsets)) is not None]
    events = {mention.get("m_id"): span for mention in root.iter("EVENT_MENTION")
              if (span := characters(mention, offsets)) is not None}
    anchors = anchors_of_events(root, set(events), {timex.id for timex in timexes} | {dct.get("m_id")})
    annotated_end = max(offsets[token.get("t_id")][1] for token in tokens
                        if int(token.get("sentence")) <= LAST_ANNOTATED_SENTENCE)
    return Article(path.stem, text, iso_day(dct.get("value")), timexes, events, anchors, dct.get("m_id"),
                   characters(dct, offsets), annotated_end)


def iso_day(value: str) -> str:
    """The DCT as "YYYY-MM-DD"; one article writes it "DD-MM-YYYY" (its dateline: February 03, 2009)."""
    if match := re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value):
        return f"{match[3]}-{match[2]}-{match[1]}"
    return value[:10]


def read_articles(directory: Path) -> list[Article]:
    return [read_article(path) for path in sorted((directory / "intra-doc_annotation").glob("*/*.xml"))]


# Values ------------------------------------------------------------------------------


def calendar_value(value: str) -> str | None:
    """"YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time of day dropped), else None."""
    match = CALENDAR_VALUE.fullmatch(value)
    return match[1] if match else None


def value_kind(value: str) -> str:
    """Why a gold value is not a calendar date."""
    if value.endswith("_REF"):
        return "reference (PRESENT/PAST/FUTURE_REF)"
    if value.startswith("P"):
        return "duration"
    if re.fullmatch(r"\d{4}-W\d{2}(-WE)?", value):
        return "week"
    if re.fullmatch(r"\d{4}-(Q\d|H\d|SP|SU|FA|WI)|FY\d{4}", value):
        return "quarter, season or fiscal year"
    if re.fullmatch(r"\d{2,3}", value):
        return "decade or century"
    return "unspecified (X)"


def agrees(ours: str, gold: str, level: str) -> bool:
    """Whether two "YYYY[-MM[-DD]]" values agree: "strict", at "gold" granularity or at the "coarser" one."""
    if level == "strict":
        return ours == gold
    if level == "gold":
        return len(ours) >= len(gold) and ours[: len(gold)] == gold
    shared = min(len(ours), len(gold))
    return ours[:shared] == gold[:shared]


# Detection ---------------------------------------------------------------------------


def detect(doc: Doc, published: date) -> Iterator[Detected]:
    """Every candidate date expression of newsevents.dates, with what it reads as."""
    for sentence in doc.sents:
        for expression in _date_expressions(sentence):
            resolved = None if _recurs(expression) else _interpret(expression.text, published, _tense(expression.root))
            yield Detected((expression.start_char, expression.end_char), expression.text, resolved)


def in_scored_part(detected: Detected, article: Article) -> bool:
    """In the annotated sentences and not on the DCT."""
    return detected.span[0] < article.annotated_end and not overlap(detected.span, article.dct_span)


def overlap(first: CharSpan, second: CharSpan) -> int:
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def best_detection(timex: Timex, detections: list[Detected]) -> Detected | None:
    overlapping = [detected for detected in detections if overlap(detected.span, timex.span)]
    return max(overlapping, key=lambda detected: overlap(detected.span, timex.span), default=None)


# Scoring -----------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts kept while scoring, and the mismatches for --errors."""

    counts: Counter[str] = field(default_factory=Counter)
    excluded: Counter[str] = field(default_factory=Counter)  # gold values that are not calendar dates, by kind
    by_source: Counter[str] = field(default_factory=Counter)  # values by EventDate.source, and how many right
    errors: list[str] = field(default_factory=list)


def score_detection(article: Article, detections: list[Detected], tally: Tally) -> None:
    gold = [timex for timex in article.timexes if timex.type == "DATE"]
    for name, found in (("candidate", detections), ("detected", [d for d in detections if d.resolved])):
        tally.counts[f"{name}_expressions"] += len(found)
        tally.counts[f"{name}_matched"] += sum(any(overlap(d.span, t.span) for t in gold) for d in found)
        tally.counts[f"gold_{name}"] += sum(any(overlap(d.span, t.span) for d in found) for t in gold)
    others = [timex for timex in article.timexes if timex.type != "DATE"]
    tally.counts["detected_on_other_timex_types"] += sum(
        d.resolved is not None and not any(overlap(d.span, t.span) for t in gold)
        and any(overlap(d.span, t.span) for t in others) for d in detections)
    tally.counts["gold_dates"] += len(gold)


def score_values(article: Article, detections: list[Detected], tally: Tally) -> None:
    for timex in article.timexes:
        detected = best_detection(timex, [d for d in detections if d.resolved]) if timex.type == "DATE" else None
        if detected is None:
            continue
        gold = calendar_value(timex.value)
        if gold is None:
            tally.excluded[value_kind(timex.value)] += 1
            continue
        ours = detected.resolved.value
        tally.counts["values"] += 1
        for level in ("strict", "gold", "coarser"):
            tally.counts[f"values_{level}"] += agrees(ours, gold, level)
        tally.counts["values_ours_finer"] += len(ours) > len(gold)
        tally.counts["values_ours_coarser"] += len(ours) < len(gold)
        tally.by_source[f"{detected.resolved.source}"] += 1
        tally.by_source[f"{detected.resolved.source}_right"] += agrees(ours, gold, "gold")
        if not agrees(ours, gold, "gold"):
            tally.errors.append(f"value  {article.name}: {detected.text!r} -> {ours} "
                                f"({detected.resolved.source}), gold {timex.value} (DCT {article.dct})")


def score_events(article: Article, doc: Doc, tally: Tally) -> None:
    values = {timex.id: timex.value for timex in article.timexes if timex.type == "DATE"}
    for event_id, anchors in article.anchors.items():
        in_text = {calendar_value(values[a]) for a in anchors if a in values and calendar_value(values[a])}
        on_dct = article.dct_id in anchors
        if not in_text and not on_dct:
            continue
        group = "event_in_text" if in_text else "event_dct"
        gold = in_text or {article.dct}
        span = doc.char_span(*article.events[event_id], alignment_mode="expand")
        trigger = span.root
        resolved = resolve_event_date(trigger.sent, trigger, article.dct)
        right = any(agrees(resolved.value, value, "gold") for value in gold)
        tally.counts[group] += 1
        tally.counts[f"{group}_right"] += right
        tally.counts[f"{group}_{resolved.source}"] += 1
        tally.counts[f"{group}_{resolved.source}_right"] += right
        if not right:
            tally.errors.append(f"event  {article.name}: {trigger.text!r} in {trigger.sent.text!r} -> "
                                f"{resolved.value} ({resolved.source}), gold {sorted(gold)}")


def score(articles: list[Article]) -> Tally:
    tally = Tally()
    for doc, article in parse((article.text, article) for article in articles):
        detections = [d for d in detect(doc, date.fromisoformat(article.dct)) if in_scored_part(d, article)]
        score_detection(article, detections, tally)
        score_values(article, detections, tally)
        score_events(article, doc, tally)
    return tally


# Report ------------------------------------------------------------------------------


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0


def detection_figures(counts: Counter[str], name: str) -> dict:
    precision = ratio(counts[f"{name}_matched"], counts[f"{name}_expressions"])
    recall = ratio(counts[f"gold_{name}"], counts["gold_dates"])
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall),
            "n_predicted": counts[f"{name}_expressions"], "n_gold": counts["gold_dates"]}


def event_figures(counts: Counter[str], group: str) -> dict:
    sources = {source: {"n": counts[f"{group}_{source}"],
                        "accuracy": ratio(counts[f"{group}_{source}_right"], counts[f"{group}_{source}"])}
               for source in ("explicit", "relative", "publication")}
    return {"n": counts[group], "accuracy": ratio(counts[f"{group}_right"], counts[group]), "by_source": sources}


def figures_of(tally: Tally) -> dict:
    counts = tally.counts
    return {
        "detection": detection_figures(counts, "detected"),
        "detection_candidates": detection_figures(counts, "candidate"),
        "detected_overlapping_only_time_duration_or_set_timexes": counts["detected_on_other_timex_types"],
        "value_accuracy": {
            "n": counts["values"],
            "strict": ratio(counts["values_strict"], counts["values"]),
            "at_gold_granularity": ratio(counts["values_gold"], counts["values"]),
            "at_coarser_granularity": ratio(counts["values_coarser"], counts["values"]),
            "n_ours_finer_than_gold": counts["values_ours_finer"],
            "n_ours_coarser_than_gold": counts["values_ours_coarser"],
            "by_source": {source: {"n": tally.by_source[source],
                                   "at_gold_granularity": ratio(tally.by_source[f"{source}_right"],
                                                                tally.by_source[source])}
                          for source in ("explicit", "relative")},
            "excluded_not_calendar": dict(tally.excluded),
            "n_excluded": sum(tally.excluded.values()),
        },
        "event_dates": {
            "anchored_on_in_text_date": event_figures(counts, "event_in_text"),
            "anchored_on_dct_only": event_figures(counts, "event_dct"),
        },
    }


def print_table(figures: dict, articles: int) -> None:
    values, events = figures["value_accuracy"], figures["event_dates"]
    print(f"MEANTIME English, {articles} articles (DCT excluded)")
    print(f"{'measure':<44} {'value':>7} {'n':>6}")
    for name, key in (("detection", "detection"), ("detection, raw candidates", "detection_candidates")):
        figure = figures[key]
        print(f"{name + ' precision':<44} {figure['precision']:>7.3f} {figure['n_predicted']:>6}")
        print(f"{name + ' recall':<44} {figure['recall']:>7.3f} {figure['n_gold']:>6}")
    for level in ("strict", "at_gold_granularity", "at_coarser_granularity"):
        print(f"{'value accuracy, ' + level.replace('_', ' '):<44} {values[level]:>7.3f} {values['n']:>6}")
    print(f"{'  excluded (not calendar dates)':<44} {'':>7} {values['n_excluded']:>6}")
    for name, key in (("event date, anchored on an in-text date", "anchored_on_in_text_date"),
                      ("event date, anchored on the DCT only", "anchored_on_dct_only")):
        print(f"{name:<44} {events[key]['accuracy']:>7.3f} {events[key]['n']:>6}")


def main() -> None:
    default_meantime = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "raw" / "meantime_en"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meantime", type=Path, default=default_meantime)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/dates.json"))
    parser.add_argument("--errors", action="store_true", help="print every wrong value and event date")
    args = parser.parse_args()
    if not args.meantime.is_dir():
        parser.error(f"no directory {args.meantime}: give --meantime, the folder of the MEANTIME English articles")
    started = time.perf_counter()
    articles = read_articles(args.meantime)
    tally = score(articles)
    figures = figures_of(tally)
    figures.update(coder_version=__version__, articles=len(articles), seconds=round(time.perf_counter() - started, 1))
    if args.errors:
        print("\n".join(tally.errors))
    print_table(figures, len(articles))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2))
    print(f"figures written to {args.out}")


if __name__ == "__main__":
    main()
