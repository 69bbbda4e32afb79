"""Score coded events against a gold standard: the engine behind `newsevents eval`.

Pure Python and independent of how predictions are made: `score` takes gold records
and a mapping from record id to the `Event`s coded from that record's text.

How events are matched (DESIGN.md, "Scoring"):

- Matching happens within one gold record: a sentence for sentence-level gold, the
  whole article for document-level gold (`seed_article`). Each gold event matches at
  most one prediction and each prediction at most one gold event; the pairing is a
  maximum bipartite matching, so one lucky early pairing cannot cost a later match.
- Levels: `type` (the gold PLOVER type, or the CAMEO root where the gold has no PLOVER
  type), `type+country` (also source and target country), `type+actor` (also the
  actor codes) and, when some gold event carries a CAMEO code, `cameo_root`.
- `symmetric` gold events match a prediction in either direction. A coder that follows
  CAMEO tells one reciprocal act as two records, one each way ("A and B met": A->B and
  B->A, from one trigger): a symmetric gold event tries such pairs first, and once one
  record of a pair is matched to it, the other is the same event told the other way and
  is not counted again as a prediction (neither hit nor false alarm).
- A gold actor that is null (no source/target annotated) constrains nothing: it
  matches any predicted actor on that side, or none. A gold actor with an unknown
  country (`---LEG`) matches any predicted country but needs a predicted actor.
- Actor codes compare as CAMEO role codes: after the 3-letter country, every 3-letter
  code the gold gives (`GOV`, `EUREEC`, the gold `sector` when there is no `code`)
  must appear in the predicted code, so gold `USA` accepts `USAGOV`, gold `IGO`+`MIL`
  accepts `IGONATMIL`, but gold `USAGOV` rejects `USA`. A gold `***` (`IRQ***`) gives
  the country only, as `---` leaves the country open.
- Gold quotes (`quotes`: `quote`, `speaker`, `speaker_code`, in the seed article) are found
  when a predicted quote's text holds the gold text or is held in it (case, quote marks and
  closing punctuation aside), and right when its speaker's code also matches the gold
  `speaker_code` as actor codes do; one-to-one, as events are.
- PLOVER does not type CAMEO 01x statements, so in records whose gold is PLOVER-typed,
  predictions without a PLOVER type are left out of the `type*` levels: there they
  are neither hits nor false alarms. They still count at `cameo_root`, and any
  prediction on a `no_events` record is a false alarm at every level.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsevents.records import ActorMention, Event, Quote

LEVELS = ("type", "type+country", "type+actor", "cameo_root")
PENTACLASSES = ("statement", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
NO_PREDICTION = "NONE"
"""The predicted label of a record with no (eligible) predicted event."""

_ERROR_LEVEL = "type+country"
UNKNOWN_ROLE = "***"
_UNCATEGORISED = "(no category)"


class GoldFormatError(ValueError):
    """A gold file line that is not one of the known gold shapes."""


@dataclass(frozen=True)
class GoldEvent:
    """One gold event. Actor fields are all None where the gold leaves that side open.

    `source_code`/`target_code` are the full gold actor codes where the gold gives
    them (petr2), else None; `evidence` is the text that carries a document-level
    event (seed article), shown in error listings; `date` and `date_granularity` are the
    event's date where the gold gives it (seed article).
    """

    source_country: str | None
    source_sector: str | None
    source_code: str | None
    target_country: str | None
    target_sector: str | None
    target_code: str | None
    plover: str | None
    cameo: str | None
    symmetric: bool = False
    evidence: str | None = None
    date: str | None = None
    date_granularity: str | None = None

    def __post_init__(self) -> None:
        if not self.plover and not self.cameo:
            raise ValueError("a gold event needs a 'plover' type or a 'cameo' code")

    @property
    def cameo_root(self) -> str | None:
        return self.cameo[:2] if self.cameo else None

    @property
    def type_label(self) -> str:
        """The type scored at the `type` levels: PLOVER where given, else the CAMEO root."""
        return self.plover or self.cameo[:2]


@dataclass(frozen=True)
class GoldQuote:
    """One gold quote: what was said and, where the gold names one, the speaker's actor code."""

    text: str
    speaker: str | None = None
    speaker_code: str | None = None


@dataclass(frozen=True)
class GoldRecord:
    """One gold text (a sentence, or an article for document-level gold).

    A record takes part in event scoring when it has events or `no_events` is true;
    a record with only a `pentaclass` label takes part in pentaclass scoring only.
    `category` is the file's `category` field where present, else its `source_set`.
    """

    id: str
    text: str
    date: str | None = None
    events: Sequence[GoldEvent] = ()
    no_events: bool = False
    pentaclass: str | None = None
    category: str | None = None
    quotes: Sequence[GoldQuote] = ()

    def __post_init__(self) -> None:
        # Stored as tuples so a frozen record cannot change under a running score.
        object.__setattr__(self, "events", tuple(self.events))
        object.__setattr__(self, "quotes", tuple(self.quotes))
        if self.no_events and self.events:
            raise ValueError(f"record {self.id!r} has events but is marked no_events")
        if self.pentaclass is not None and self.pentaclass not in PENTACLASSES:
            raise ValueError(
                f"record {self.id!r}: pentaclass {self.pentaclass!r} is not one of {', '.join(PENTACLASSES)}"
            )

    @property
    def has_event_gold(self) -> bool:
        return bool(self.events) or self.no_events


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Read a gold JSON Lines file (DESIGN.md, "Data": `gold/*.jsonl`).

    Two shapes are accepted: event gold (`events` list and `no_events`, as in
    plover_gsr, petr2_gsr and seed_article) and sentence-class gold (`pentaclass`,
    as in conflibert_pentaclass). Raises GoldFormatError naming the file and line for
    anything else, and for duplicate ids, since predictions are keyed by id.
    """
    path = Path(path)
    records: list[GoldRecord] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldFormatError(f"{where}: not valid JSON ({error.msg})") from None
            try:
                record = _parse_record(raw)
            except ValueError as error:
                raise GoldFormatError(f"{where}: {error}") from None
            if record.id in seen:
                raise GoldFormatError(
                    f"{where}: duplicate id {record.id!r}; predictions are keyed by id, so give each record its own"
                )
            seen.add(record.id)
            records.append(record)
    return records


def _parse_record(raw: object) -> GoldRecord:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("text"), str):
        raise ValueError("expected a JSON object with string 'id' and 'text'")
    if "events" in raw:
        if not isinstance(raw["events"], list):
            raise ValueError("'events' must be a list")
        events = [_parse_event(event) for event in raw["events"]]
        no_events = bool(raw.get("no_events", not events))
    elif "pentaclass" in raw:
        events, no_events = [], False
    else:
        raise ValueError(
            "unknown gold shape: expected 'events' (event gold, like plover_gsr, petr2_gsr, seed_article) "
            "or 'pentaclass' (sentence classes, like conflibert_pentaclass)"
        )
    return GoldRecord(
        id=raw["id"],
        text=raw["text"],
        date=raw.get("date"),
        events=events,
        no_events=no_events,
        pentaclass=raw.get("pentaclass"),
        category=raw.get("category") or raw.get("source_set"),
        quotes=[_parse_quote(quote) for quote in raw.get("quotes") or []],
    )


def _parse_quote(raw: object) -> GoldQuote:
    if not isinstance(raw, dict) or not isinstance(raw.get("quote"), str) or not raw["quote"].strip():
        raise ValueError("each gold quote must be a JSON object with a non-empty string 'quote'")
    return GoldQuote(raw["quote"], raw.get("speaker") or None, raw.get("speaker_code") or None)


def _parse_event(raw: object) -> GoldEvent:
    if not isinstance(raw, dict):
        raise ValueError("each gold event must be a JSON object")
    source = _parse_actor(raw.get("source"), "source")
    target = _parse_actor(raw.get("target"), "target")
    plover = raw.get("plover")
    return GoldEvent(
        *source,
        *target,
        plover=plover.upper() if plover else None,
        cameo=raw.get("cameo") or None,
        symmetric=bool(raw.get("symmetric", False)),
        evidence=raw.get("evidence"),
        date=raw.get("date"),
        date_granularity=raw.get("date_granularity"),
    )


def _parse_actor(raw: object, role: str) -> tuple[str | None, str | None, str | None]:
    if raw is None:
        return None, None, None
    if not isinstance(raw, dict):
        raise ValueError(f"gold {role} must be null or an object with 'country' and 'sector'")
    return raw.get("country") or None, raw.get("sector") or None, raw.get("code") or None


@dataclass(frozen=True)
class DyadScore:
    """Counts at one matching level; rates are 0.0 where their denominator is 0."""

    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class ClassificationScore:
    """One label per record: `confusion[gold][predicted]` counts records.

    Macro-F1 averages the per-label F1 over the gold labels only, so a label that is
    predicted but never gold lowers precision elsewhere instead of adding a zero.
    """

    confusion: Mapping[str, Mapping[str, int]]

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]]) -> ClassificationScore:
        confusion: dict[str, Counter[str]] = defaultdict(Counter)
        for gold, predicted in pairs:
            confusion[gold][predicted] += 1
        return cls({gold: dict(row) for gold, row in sorted(confusion.items())})

    @property
    def total(self) -> int:
        return sum(sum(row.values()) for row in self.confusion.values())

    @property
    def correct(self) -> int:
        return sum(row.get(gold, 0) for gold, row in self.confusion.items())

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def macro_f1(self) -> float:
        scores = []
        for label, row in self.confusion.items():
            hits = row.get(label, 0)
            predicted = sum(other.get(label, 0) for other in self.confusion.values())
            gold = sum(row.values())
            scores.append(DyadScore(gold=gold, predicted=predicted, matched=hits).f1)
        return sum(scores) / len(scores) if scores else 0.0

    @property
    def labels(self) -> list[str]:
        """Gold and predicted labels, sorted, with NO_PREDICTION last."""
        seen = set(self.confusion) | {label for row in self.confusion.values() for label in row}
        return sorted(seen, key=lambda label: (label == NO_PREDICTION, label))


@dataclass(frozen=True)
class ScoringError:
    """A miss (gold event not matched) or false alarm (prediction not matched) at type+country."""

    kind: str  # "miss" | "false alarm"
    record_id: str
    sentence: str
    event: str  # readable summary: type, source -> target


@dataclass(frozen=True)
class EvalReport:
    """Everything `score` measures; `by_category` holds the same figures per category."""

    records: int
    event_records: int
    dyads: Mapping[str, DyadScore]
    event_type: ClassificationScore | None
    no_event_records: int
    no_event_records_with_predictions: int
    pentaclass: ClassificationScore | None
    errors: tuple[ScoringError, ...]
    unknown_prediction_ids: tuple[str, ...] = ()
    by_category: Mapping[str, EvalReport] = field(default_factory=dict)
    # On events matched by type: (gold countries, right; gold country+sector, right).
    actor_checks: tuple[int, int, int, int] = (0, 0, 0, 0)
    # (gold events with a date, found at type+country with that date and granularity).
    date_checks: tuple[int, int] = (0, 0)
    # (gold quotes, found, found with the right speaker).
    quote_checks: tuple[int, int, int] = (0, 0, 0)

    @property
    def actor_country_accuracy(self) -> float | None:
        checked, right, _, _ = self.actor_checks
        return right / checked if checked else None

    @property
    def actor_sector_accuracy(self) -> float | None:
        _, _, checked, right = self.actor_checks
        return right / checked if checked else None

    @property
    def null_false_positive_rate(self) -> float | None:
        """Share of `no_events` records with any prediction; None without such records."""
        if not self.no_event_records:
            return None
        return self.no_event_records_with_predictions / self.no_event_records


@dataclass(frozen=True)
class _RecordResult:
    category: str
    dyads: Mapping[str, tuple[int, int, int]]  # level -> (gold, predicted, matched)
    event_type: tuple[str, str] | None
    has_event_gold: bool
    no_event_with_prediction: bool | None  # None unless the record is marked no_events
    pentaclass: tuple[str, str] | None
    errors: tuple[ScoringError, ...]
    actors: tuple[int, int, int, int] = (0, 0, 0, 0)  # country checked, right; country+sector checked, right
    dates: tuple[int, int] = (0, 0)  # gold events with a date; found with the right date
    quotes: tuple[int, int, int] = (0, 0, 0)  # gold quotes; found; found with the right speaker


def score(
    gold: Sequence[GoldRecord], predictions: Mapping[str, Sequence[Event]], by_category: bool = False,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
) -> EvalReport:
    """Score `predictions` (record id -> events coded from that record) against `gold`.

    A gold record without a key in `predictions` predicted nothing. Keys that name no
    gold record are listed in `unknown_prediction_ids`, since they usually mean the
    ids did not survive coding. `quotes` (record id -> the quotes found in its text) is
    scored against the gold quotes; and a record with a quote of a coded speaker but no
    event has the pentaclass "statement", since "X said ..." is recorded as a quote, not
    as an event.
    """
    score_cameo = any(event.cameo for record in gold for event in record.events)
    quotes = quotes or {}
    results = [_score_record(record, predictions.get(record.id, ()), score_cameo, quotes.get(record.id, ()))
               for record in gold]
    gold_ids = {record.id for record in gold}
    unknown = tuple(sorted(key for key in predictions if key not in gold_ids))
    categories: dict[str, EvalReport] = {}
    if by_category:
        grouped: dict[str, list[_RecordResult]] = defaultdict(list)
        for result in results:
            grouped[result.category].append(result)
        categories = {name: _aggregate(group) for name, group in sorted(grouped.items())}
    return _aggregate(results, unknown, categories)


def _score_record(record: GoldRecord, predictions: Sequence[Event], score_cameo: bool,
                  quotes: Sequence[Quote] = ()) -> _RecordResult:
    # Highest confidence first: the matching tries likelier predictions first and the
    # record's predicted type is the first eligible event.
    ranked = sorted(predictions, key=lambda event: -event.confidence)
    plover_typed = any(event.plover for event in record.events)
    typed = [event for event in ranked if event.plover] if plover_typed else ranked
    dyads: dict[str, tuple[int, int, int]] = {}
    errors: tuple[ScoringError, ...] = ()
    event_type = None
    actors = (0, 0, 0, 0)
    dates = _date_checks(record.events, typed)
    if record.has_event_gold:
        for level in ("type", "type+country", "type+actor"):
            pairs = _maximum_matching(record.events, typed, level)
            mirrors = _mirrors(record.events, typed, pairs)
            dyads[level] = (len(record.events), len(typed) - len(mirrors), len(pairs))
            if level == "type":
                actors = _actor_checks(record.events, typed, _maximum_matching(record.events, typed, level, by_actors=True))
            if level == _ERROR_LEVEL:
                errors = _errors(record, typed, pairs, mirrors)
        if score_cameo and all(event.cameo for event in record.events):
            pairs = _maximum_matching(record.events, ranked, "cameo_root")
            mirrors = _mirrors(record.events, ranked, pairs)
            dyads["cameo_root"] = (len(record.events), len(ranked) - len(mirrors), len(pairs))
        gold_types = {event.type_label for event in record.events}
        if len(gold_types) == 1:
            predicted_type = NO_PREDICTION
            if typed:
                predicted_type = typed[0].plover if plover_typed else typed[0].cameo_root
            event_type = (gold_types.pop(), predicted_type)
    predicted_class = _predicted_pentaclass(ranked)
    if predicted_class == NO_PREDICTION and any(quote.speaker is not None for quote in quotes):
        predicted_class = "statement"
    pentaclass = (record.pentaclass, predicted_class) if record.pentaclass else None
    return _RecordResult(
        category=record.category or _UNCATEGORISED,
        dyads=dyads,
        event_type=event_type,
        has_event_gold=record.has_event_gold,
        no_event_with_prediction=bool(predictions) if record.no_events else None,
        pentaclass=pentaclass,
        errors=errors,
        actors=actors,
        dates=dates,
        quotes=_quote_checks(record.quotes, quotes),
    )


def _date_checks(gold: Sequence[GoldEvent], predictions: Sequence[Event]) -> tuple[int, int]:
    """(gold events with a date, those a prediction matches at type+country with the same
    date and granularity); each prediction dates at most one gold event."""
    dated = [event for event in gold if event.date]
    options = [
        [index for index, predicted in enumerate(predictions)
         if _matches(event, predicted, "type+country")
         and (predicted.date, predicted.date_granularity) == (event.date, event.date_granularity)]
        for event in dated
    ]
    return len(dated), len(maximum_matching(options))


def _quote_checks(gold: Sequence[GoldQuote], predictions: Sequence[Quote]) -> tuple[int, int, int]:
    """(gold quotes, those a predicted quote holds, those held by one with the right speaker)."""
    texts = [_quote_text(quote.text) for quote in predictions]
    found = [[index for index, text in enumerate(texts) if _quote_text(quote.text) in text or text in _quote_text(quote.text)]
             for quote in gold]
    right = [[index for index in options if _speaker_right(quote, predictions[index])] for quote, options in zip(gold, found)]
    return len(gold), len(maximum_matching(found)), len(maximum_matching(right))


def _quote_text(text: str) -> str:
    """Quote text as compared: lower case, straight quote marks, no closing punctuation."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip(" \"',.;:")


def _speaker_right(gold: GoldQuote, predicted: Quote) -> bool:
    if gold.speaker_code is None:
        return True
    return _actor_matches(gold.speaker_code[:3], None, gold.speaker_code, predicted.speaker, True)


def _actor_checks(gold: Sequence[GoldEvent], predictions: Sequence[Event], pairs: Mapping[int, int]) -> tuple[int, int, int, int]:
    """Actor coding on events matched by type: (actors with a gold country, their country
    right, actors with a gold sector or code, country and sector right). A symmetric gold
    event is read in the orientation that fits the prediction better."""
    totals = [0, 0, 0, 0]
    for prediction_index, gold_index in pairs.items():
        event, predicted = gold[gold_index], predictions[prediction_index]
        roles = [((event.source_country, event.source_sector, event.source_code), predicted.source),
                 ((event.target_country, event.target_sector, event.target_code), predicted.target)]
        if event.symmetric:
            swapped = [(roles[0][0], predicted.target), (roles[1][0], predicted.source)]
            roles = max(roles, swapped, key=lambda pairs_: sum(_actor_matches(*g, p, False) for g, p in pairs_))
        for (country, sector, code), actor in roles:
            if country is None:
                continue
            totals[0] += 1
            totals[1] += _actor_matches(country, None, None, actor, False)
            if _role_codes(code[3:] if code else sector or ""):
                totals[2] += 1
                totals[3] += _actor_matches(country, sector, code, actor, True)
    return tuple(totals)


def _mirrors(gold: Sequence[GoldEvent], predictions: Sequence[Event], pairs: Mapping[int, int]) -> set[int]:
    """The unmatched predictions whose mirror (`_mirror_of`) is matched to a symmetric gold event."""
    return {index for index in range(len(predictions)) if index not in pairs
            and (mirror := _mirror_of(index, predictions)) in pairs and gold[pairs[mirror]].symmetric}


def _mirror_of(index: int, predictions: Sequence[Event]) -> int | None:
    """The other record of the reciprocal act that prediction `index` tells: the same trigger and
    code with source and target swapped; None if there is none."""
    event = predictions[index]
    if event.target is None:
        return None
    return next((other_index for other_index, other in enumerate(predictions)
                 if other.trigger_span == event.trigger_span and other.cameo == event.cameo and other.target is not None
                 and (other.source.code, other.target.code) == (event.target.code, event.source.code)), None)


def _maximum_matching(
    gold: Sequence[GoldEvent], predictions: Sequence[Event], level: str, by_actors: bool = False
) -> dict[int, int]:
    """Prediction index -> gold index for a maximum matching (Kuhn's augmenting paths).

    `by_actors` tries, for each gold event, the predictions with its actors first, so that
    actor accuracy is read on the pairs a reader would make. Records hold a handful of
    events, so the O(V·E) search costs nothing.
    """
    candidates = [
        [index for index, event in enumerate(predictions) if _matches(gold_event, event, level)] for gold_event in gold
    ]
    for gold_event, options in zip(gold, candidates):
        if gold_event.symmetric:  # a reciprocal act told both ways is likelier this event than a one-way one
            options.sort(key=lambda i: (_mirror_of(i, predictions) is None,
                                        not _matches(gold_event, predictions[i], "type+actor")))
    if by_actors:
        for gold_event, options in zip(gold, candidates):
            options.sort(key=lambda i: (not _matches(gold_event, predictions[i], "type+actor"),
                                        not _matches(gold_event, predictions[i], "type+country"),
                                        -_countries_right(gold_event, predictions[i])))
    return maximum_matching(candidates)


def maximum_matching(options: Sequence[Sequence[int]]) -> dict[int, int]:
    """A maximum one-to-one matching by augmenting paths: `options[left]` lists the right
    items `left` may pair with, in order of preference; returns right -> left."""
    left_of: dict[int, int] = {}

    def augment(left: int, visited: set[int]) -> bool:
        for right in options[left]:
            if right in visited:
                continue
            visited.add(right)
            if right not in left_of or augment(left_of[right], visited):
                left_of[right] = left
                return True
        return False

    for left in range(len(options)):
        augment(left, set())
    return left_of


def _matches(gold: GoldEvent, predicted: Event, level: str) -> bool:
    if level == "cameo_root":
        return predicted.cameo_root == gold.cameo_root
    same_type = predicted.plover == gold.plover if gold.plover else predicted.cameo_root == gold.cameo_root
    if not same_type:
        return False
    if level == "type":
        return True
    by_code = level == "type+actor"
    source = (gold.source_country, gold.source_sector, gold.source_code)
    target = (gold.target_country, gold.target_sector, gold.target_code)
    if _actor_matches(*source, predicted.source, by_code) and _actor_matches(*target, predicted.target, by_code):
        return True
    return (
        gold.symmetric
        and _actor_matches(*source, predicted.target, by_code)
        and _actor_matches(*target, predicted.source, by_code)
    )


def _countries_right(gold: GoldEvent, predicted: Event) -> int:
    """How many of the gold event's source and target countries the prediction has (the better
    orientation of a symmetric gold event); a side the gold leaves open counts for every prediction."""
    orientations = [(predicted.source, predicted.target)]
    if gold.symmetric:
        orientations.append((predicted.target, predicted.source))
    return max(_actor_matches(gold.source_country, None, None, source, False)
               + _actor_matches(gold.target_country, None, None, target, False) for source, target in orientations)


def _actor_matches(
    country: str | None, sector: str | None, code: str | None, predicted: ActorMention | None, by_code: bool
) -> bool:
    if country is None and sector is None and code is None:
        return True
    if predicted is None:
        return False
    if country is not None and predicted.country != country:
        return False
    if not by_code:
        return True
    gold_roles = _role_codes(code[3:] if code else sector or "")
    return gold_roles <= _role_codes(predicted.code[3:])


def _role_codes(codes: str) -> set[str]:
    """The 3-letter CAMEO role codes in the part of an actor code after the country; `***`
    (a sector the annotator left unknown, as `---` is an unknown country) is none."""
    return {codes[start : start + 3] for start in range(0, len(codes), 3)} - {UNKNOWN_ROLE}


def _predicted_pentaclass(ranked: Sequence[Event]) -> str:
    """The class of the most confident event, as the pentaclass task defines it; "statement"
    when the sentence yields only statements. Ties keep the events' order in the sentence."""
    if not ranked:
        return NO_PREDICTION
    return _pentaclass_of(ranked[0].cameo_root)


def _pentaclass_of(cameo_root: str) -> str:
    """Schrodt's CAMEO PentaClass, the scheme of the ConfliBERT labels. It is not the QuadClass
    split: appeals (02) are statements, investigations (09) and reduced relations (16) verbal
    conflict, protests (14) and shows of force (15) material conflict."""
    root = int(cameo_root)
    if root <= 2:
        return "statement"
    if root <= 5:
        return "verbal_cooperation"
    if root <= 8:
        return "material_cooperation"
    if root <= 13 or root == 16:
        return "verbal_conflict"
    return "material_conflict"


def _errors(record: GoldRecord, predictions: Sequence[Event], gold_of: Mapping[int, int],
            mirrors: set[int]) -> tuple[ScoringError, ...]:
    matched_gold = set(gold_of.values())
    misses = [
        ScoringError("miss", record.id, event.evidence or record.text, _describe_gold(event))
        for index, event in enumerate(record.events)
        if index not in matched_gold
    ]
    false_alarms = [
        ScoringError("false alarm", record.id, event.sentence, _describe_prediction(event))
        for index, event in enumerate(predictions)
        if index not in gold_of and index not in mirrors
    ]
    return tuple(misses + false_alarms)


def _describe_gold(event: GoldEvent) -> str:
    kind = "/".join(label for label in (event.plover, event.cameo) if label)
    arrow = "<->" if event.symmetric else "->"
    source = _describe_gold_actor(event.source_country, event.source_sector, event.source_code)
    target = _describe_gold_actor(event.target_country, event.target_sector, event.target_code)
    return f"{kind} {source} {arrow} {target}"


def _describe_gold_actor(country: str | None, sector: str | None, code: str | None) -> str:
    if country is None and sector is None and code is None:
        return "*"
    return code or f"{country or '---'}{sector or ''}"


def _describe_prediction(event: Event) -> str:
    kind = "/".join(label for label in (event.plover, event.cameo) if label)
    target = event.target.code if event.target else "(none)"
    return f'{kind} {event.source.code} -> {target} "{event.trigger}" ({event.confidence:.2f})'


def _aggregate(
    results: Sequence[_RecordResult],
    unknown_prediction_ids: tuple[str, ...] = (),
    by_category: Mapping[str, EvalReport] | None = None,
) -> EvalReport:
    dyads = {}
    for level in LEVELS:
        counts = [result.dyads[level] for result in results if level in result.dyads]
        if counts:
            gold, predicted, matched = (sum(column) for column in zip(*counts))
            dyads[level] = DyadScore(gold=gold, predicted=predicted, matched=matched)
    event_types = [result.event_type for result in results if result.event_type]
    pentaclasses = [result.pentaclass for result in results if result.pentaclass]
    nulls = [result.no_event_with_prediction for result in results if result.no_event_with_prediction is not None]
    actor_checks = tuple(sum(column) for column in zip(*(result.actors for result in results))) if results else (0, 0, 0, 0)
    date_checks = tuple(sum(column) for column in zip(*(result.dates for result in results))) if results else (0, 0)
    quote_checks = tuple(sum(column) for column in zip(*(result.quotes for result in results))) if results else (0, 0, 0)
    return EvalReport(
        records=len(results),
        event_records=sum(result.has_event_gold for result in results),
        dyads=dyads,
        event_type=ClassificationScore.from_pairs(event_types) if event_types else None,
        no_event_records=len(nulls),
        no_event_records_with_predictions=sum(nulls),
        pentaclass=ClassificationScore.from_pairs(pentaclasses) if pentaclasses else None,
        errors=tuple(error for result in results for error in result.errors),
        unknown_prediction_ids=unknown_prediction_ids,
        by_category=by_category or {},
        actor_checks=actor_checks,
        date_checks=date_checks,
        quote_checks=quote_checks,
    )


def format_report(report: EvalReport, errors: bool = False) -> str:
    """The report as plain text (no terminal markup); `errors=True` lists every miss and false alarm."""
    pentaclass_records = report.pentaclass.total if report.pentaclass else 0
    lines = [
        f"Records: {report.records} ({report.event_records} with event gold, "
        f"{report.no_event_records} marked no-event, {pentaclass_records} with a pentaclass label)"
    ]
    if report.unknown_prediction_ids:
        shown = ", ".join(repr(key) for key in report.unknown_prediction_ids[:3])
        lines.append(
            f"Warning: {len(report.unknown_prediction_ids)} prediction keys match no gold record id (e.g. {shown})"
        )
    if report.dyads:
        lines += ["", f"{'Dyads':<14}{'gold':>6}{'predicted':>11}{'matched':>9}{'precision':>11}{'recall':>8}{'F1':>7}"]
        for level, dyad in report.dyads.items():
            lines.append(
                f"{level:<14}{dyad.gold:>6}{dyad.predicted:>11}{dyad.matched:>9}"
                f"{dyad.precision:>11.3f}{dyad.recall:>8.3f}{dyad.f1:>7.3f}"
            )
    if report.actor_country_accuracy is not None:
        country_checked, country_right, sector_checked, sector_right = report.actor_checks
        line = f"Actors on events matched by type: country {report.actor_country_accuracy:.3f} ({country_right}/{country_checked})"
        if report.actor_sector_accuracy is not None:
            line += f", country+sector {report.actor_sector_accuracy:.3f} ({sector_right}/{sector_checked})"
        lines += ["", line]
    dated, dated_right = report.date_checks
    if dated:
        lines += ["", f"Event dates: {dated_right} of {dated} dated gold events found (type+country) "
                      "with the right date and granularity"]
    gold_quotes, quotes_found, quotes_right = report.quote_checks
    if gold_quotes:
        lines += ["", f"Quotes: {quotes_found} of {gold_quotes} gold quotes found, {quotes_right} with the right speaker"]
    if report.event_type:
        lines += ["", _format_classification("Event type (records with one gold type)", report.event_type)]
    if report.null_false_positive_rate is not None:
        lines += [
            "",
            f"No-event records: {report.no_event_records}, {report.no_event_records_with_predictions} with predictions "
            f"(false-positive rate {report.null_false_positive_rate:.3f})",
        ]
    if report.pentaclass:
        lines += ["", _format_classification("Pentaclass", report.pentaclass)]
    if report.by_category:
        lines += ["", _format_categories(report.by_category)]
    if errors:
        lines += ["", _format_errors(report.errors)]
    return "\n".join(lines) + "\n"


def _format_classification(title: str, scores: ClassificationScore) -> str:
    labels = scores.labels
    number_width = len(str(len(labels)))
    label_width = max(len(label) for label in labels)
    cell = max(number_width, len(str(max(max(row.values()) for row in scores.confusion.values())))) + 2
    lines = [
        f"{title}: {scores.total} records, accuracy {scores.accuracy:.3f}, macro-F1 {scores.macro_f1:.3f}",
        "Confusion (rows gold, columns predicted, numbered as the rows; . is 0):",
        " " * (number_width + label_width + 2) + "".join(f"{number:>{cell}}" for number in range(1, len(labels) + 1)),
    ]
    for number, gold in enumerate(labels, start=1):
        row = scores.confusion.get(gold, {})
        cells = "".join(f"{row.get(predicted) or '.':>{cell}}" for predicted in labels)
        lines.append(f"{number:>{number_width}} {gold:<{label_width}} {cells}")
    return "\n".join(lines)


def _format_categories(categories: Mapping[str, EvalReport]) -> str:
    width = max(len("By category"), *(len(name) for name in categories))
    columns = ("records", "type F1", "country F1", "actor F1", "type acc", "null FP", "penta acc")
    lines = [f"{'By category':<{width}}" + "".join(f"{column:>12}" for column in columns)]
    for name, report in categories.items():
        figures = [
            report.dyads["type"].f1 if "type" in report.dyads else None,
            report.dyads["type+country"].f1 if "type+country" in report.dyads else None,
            report.dyads["type+actor"].f1 if "type+actor" in report.dyads else None,
            report.event_type.accuracy if report.event_type else None,
            report.null_false_positive_rate,
            report.pentaclass.accuracy if report.pentaclass else None,
        ]
        cells = "".join(f"{'-' if figure is None else format(figure, '.3f'):>12}" for figure in figures)
        lines.append(f"{name:<{width}}{report.records:>12}{cells}")
    return "\n".join(lines)


def _format_errors(errors: Sequence[ScoringError]) -> str:
    lines = []
    headings = {
        "miss": f"Misses (gold events not matched at {_ERROR_LEVEL})",
        "false alarm": f"False alarms (predictions not matched at {_ERROR_LEVEL})",
    }
    for kind, heading in headings.items():
        listed = [error for error in errors if error.kind == kind]
        lines.append(f"{heading}: {len(listed)}")
        for error in listed:
            lines += [f"  {error.record_id}  {error.event}", f"      {error.sentence}"]
    return "\n".join(lines)


def report_to_dict(report: EvalReport) -> dict:
    """The report as JSON-serialisable data, rates included, for benchmarks."""
    return {
        "records": report.records,
        "event_records": report.event_records,
        "dyads": {
            level: {**asdict(dyad), "precision": dyad.precision, "recall": dyad.recall, "f1": dyad.f1}
            for level, dyad in report.dyads.items()
        },
        "event_type": _classification_to_dict(report.event_type),
        "no_events": {
            "records": report.no_event_records,
            "records_with_predictions": report.no_event_records_with_predictions,
            "false_positive_rate": report.null_false_positive_rate,
        },
        "pentaclass": _classification_to_dict(report.pentaclass),
        "errors": [asdict(error) for error in report.errors],
        "unknown_prediction_ids": list(report.unknown_prediction_ids),
        "actors": {
            "checks": list(report.actor_checks),
            "country_accuracy": report.actor_country_accuracy,
            "country_sector_accuracy": report.actor_sector_accuracy,
        },
        "dates": {"gold_with_date": report.date_checks[0], "found_with_right_date": report.date_checks[1]},
        "quotes": dict(zip(("gold", "found", "right_speaker"), report.quote_checks)),
        "by_category": {name: report_to_dict(category) for name, category in report.by_category.items()},
    }


def _classification_to_dict(scores: ClassificationScore | None) -> dict | None:
    if scores is None:
        return None
    return {
        "records": scores.total,
        "accuracy": scores.accuracy,
        "macro_f1": scores.macro_f1,
        "confusion": {gold: dict(row) for gold, row in scores.confusion.items()},
    }


def code_gold(records: Sequence[GoldRecord], model: str | None = None) -> tuple[dict[str, list[Event]], frozenset[str]]:
    """Code each gold record's text: its factual events (negated and hypothetical ones
    report no event as fact), and the ids of the records with a quote of a coded speaker."""
    events, quotes = code_gold_with_quotes(records, model)
    return events, _quoted(quotes)


def _quoted(quotes: Mapping[str, Sequence[Quote]]) -> frozenset[str]:
    """The ids of the records with a quote of a coded speaker."""
    return frozenset(key for key, found in quotes.items() if any(quote.speaker is not None for quote in found))


def code_gold_with_quotes(records: Sequence[GoldRecord], model: str | None = None) -> tuple[dict[str, list[Event]], dict[str, list[Quote]]]:
    """Code each gold record's text: its factual events and all its quotes, by record id."""
    from newsevents.coder import code_documents
    from newsevents.records import Document

    documents = (Document(id=record.id, text=record.text, date=record.date) for record in records)
    events: dict[str, list[Event]] = {}
    quotes: dict[str, list[Quote]] = {}
    for coded in code_documents(documents, model=model):
        events[coded.document.id] = [e for e in coded.events if not (e.negated or e.hypothetical)]
        quotes[coded.document.id] = list(coded.quotes)
    return events, quotes


PARTS = ("all", "dev", "held-back")


def is_held_back(record_id: str) -> bool:
    """One record in five, chosen by a hash of its id: kept for checking changes, never for
    reading errors while making them (`newsevents eval --part dev --errors`)."""
    return hashlib.sha1(record_id.encode("utf-8")).digest()[0] % 5 == 0


def evaluate_file(path: str | Path, by_category: bool = False, model: str | None = None, part: str = "all") -> EvalReport:
    """Code a gold file's texts with newsevents and score the events against its gold;
    `part` scores only the development records or only the held-back ones (`is_held_back`)."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    gold = load_gold(path)
    if part != "all":
        gold = [record for record in gold if is_held_back(record.id) == (part == "held-back")]
    events, quotes = code_gold_with_quotes(gold, model=model)
    return score(gold, events, by_category=by_category, quotes=quotes)
