"""Resolve when an event happened, as precisely as its sentence supports.

`resolve_event_date` picks the date expression that governs an event's trigger and
anchors it on the publication date when it is relative; `find_dateline` reads the
publication date from a dateline at the start of an article.

Which expression governs the trigger:
- the trigger's own clause first, then outward: conjuncts coordinated before it,
  then the clause that contains it ("broke down in 2018, after Turkey recalled its
  envoy"). Only past and untensed clauses take the time of the clause around them:
  present and future ones are anchored on now, and a relative clause describes a
  participant at a time of its own, unless it hangs on a date ("in 2014, when
  Russia annexed Crimea"). A date in a clause embedded under the trigger ("to
  schedule a call, which would take place on Saturday") dates another event.
- within a clause: dates attached to a verb before dates modifying a noun, then
  fewer dependency arcs to the trigger, then fewer words between them.
- skipped: expressions that name no calendar date (durations such as "11-day",
  "for three years", "decades", "over the past year"; ages such as "72-year-old";
  recurrences such as "every Friday"), years that name a thing ("the 1973
  building", "replaced the 1991 agreement"), and dates on another line (a title or
  dateline that the parser ran into the first sentence).

How expressions are anchored (never with more precision than the text gives):
- "today", "tonight", "this morning" -> publication day; "yesterday" -1 day;
  "tomorrow" +1 day; "N days ago" -> day.
- a weekday -> the most recent such day on or before publication, or the next one
  after it when the clause is future ("will", "would", "is to", "is scheduled to");
  "last Friday" is always before and "next Friday" always after publication.
- weeks ("last week", "this week", "two weeks ago") -> month of the anchored day:
  a week can straddle two months, and a day would be invented precision.
- "last/this/next month", "N months ago" -> month; "last/this/next year",
  "N years ago" -> year; "this summer" (spring, autumn, fall) -> the publication year,
  "last summer" -> the year before (winter, which spans two years, is left unread).
- a month without a year ("in March", "March 5") -> publication year, moved back a
  year when a past-tense clause names a later month, forward a year when a future
  clause names an earlier one ("since" always looks back); "March last year"
  takes the relative year.
- a bare year 1900-2099 ("in 2010", "since 2018") -> year; a range ("between 2010
  and 2018") -> its start, since the event began then.
- no expression: the publication day, or its month when the text places the event
  before now without saying when: told in the present perfect ("Hamas has fired
  rockets"), or named as what came before another happening ("violence sparked after
  clashes", "since the clashes", "earlier criticism").
- an undated act in the simple past, in a sentence naming no time, right after a
  sentence of the same paragraph whose main act is dated a month or more before
  publication, takes that date: a story of the past goes on at its time
  (`narrative_date`; the coder leaves statements, praise and quoted or reported
  words out).
- an undated statement told right after a sentence that names the same speaker's
  statement takes that statement's date ("X made the remarks on Sunday. '...,' X
  said." is said on Sunday); the coder applies this rule (`coder.dated_as_told_before`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

DAY, MONTH, YEAR = "day", "month", "year"
EXPLICIT, RELATIVE, PUBLICATION = "explicit", "relative", "publication"
PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclass(frozen=True)
class EventDate:
    """When an event happened.

    `value` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" to match `granularity` ("day",
    "month", "year"). Both are None only when there is no publication date to
    anchor on: no date expression at all, or one that needs the publication date
    (a weekday, "last year", a month without a year).
    `source` is "explicit" (a full or partial calendar date in the text),
    "relative" (an expression anchored on the publication date) or "publication"
    (no date expression: the publication date stands in).
    """

    value: str | None
    granularity: str | None
    source: str


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Loose (non-entity) month words: "May" is too often the modal or a surname.
_LOOSE_MONTH_WORDS = frozenset(
    "january february march april june july august september october november december".split()
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_SHIFTS = {"last": -1, "this": 0, "next": 1}
_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _alternatives(words: Iterable[str]) -> str:
    # Longest first, so "sept" wins over "sep" and "march" over "mar".
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = rf"\b(?P<month>{_alternatives(_MONTHS)})\b\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
_ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH}\s+{_DAY},?\s+(?P<year>\d{{4}})\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"{_MONTH},?\s+(?P<year>\d{{4}})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"{_MONTH}\s+{_DAY}", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}", re.IGNORECASE)
_MONTH_ALONE = re.compile(_MONTH, re.IGNORECASE)
# "1990s" and "1990's" are decades, not years.
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b(?!'s)")
_BARE_YEAR = re.compile(r"(?:the\s+)?(?:19|20)\d{2}", re.IGNORECASE)
_RELATIVE_DAY = re.compile(r"\b(?:(today|tonight|yesterday|tomorrow)|this (?:morning|afternoon|evening))\b")
# "the last year" and "the past year" are periods ending now, not calendar units.
_RELATIVE_PERIOD = re.compile(r"(?<!the )\b(last|this|next) (week|month|year)\b")
_SEASON = re.compile(r"\b(last|this) (spring|summer|autumn|fall)\b")
_AGO = re.compile(rf"(\d[\d,]*|\b(?:{_alternatives(_NUMBER_WORDS)})) (day|week|month|year)s? ago\b")
_WEEKDAY = re.compile(rf"\b(?:(last|next|this) )?({'|'.join(_WEEKDAYS)})\b")

_DATELINE_PREFIX = re.compile(
    r"\s*"
    r"(?:[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*(?: \([^)]*\))?\s*[,:—–-]\s*)?"  # "WASHINGTON, ", "GAZA CITY (AP) — "
    r"(?:(?i:published|updated|posted)(?i: on)?:?\s*)?"
    rf"(?:(?i:{_alternatives(_WEEKDAYS + _WEEKDAY_ABBREVIATIONS)})\.?,?\s+)?"
)
# A dateline ends its line or is set off from the text; a comma would make it a lede.
_DATELINE_END = re.compile(r"[^\S\n]*(?:\n|$|[—–|:(/-]|\d{1,2}:\d{2}|T\d{2})")

# Nouns a year can date when an event is placed in them ("in the 2010 election");
# otherwise a year modifying a noun names or counts a thing ("the 1973 building").
_EVENT_NOUNS = frozenset(
    "election vote referendum poll war conflict crisis coup revolution uprising invasion "
    "offensive attack bombing massacre riot protest summit talk meeting visit agreement "
    "accord deal treaty ceasefire truce campaign olympics cup championship earthquake "
    "flood tsunami hurricane trip tour ceremony debate primary hearing trial convention "
    "rally conference".split()
)
_NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis"})
_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "wo", "shall", "would", "'d"})
# Heads of "is to meet", "is scheduled to meet", "is set/due/expected/going to meet".
_FUTURE_FRAMES = frozenset({"be", "schedule", "set", "due", "expect", "plan", "go", "intend"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Prepositions that place the noun they govern before the happening they are attached to.
_EARLIER_THAN = frozenset({"after", "since", "following"})
# Modifiers that place an event noun before what the text tells, by an unstated span.
_EARLIER_MODIFIERS = frozenset({"earlier", "previous", "prior"})
# A paragraph break: a line with nothing on it but spaces.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# Days before publication from which a dated story is no longer the news of the article.
_STORY_DAYS = 28


def resolve_event_date(sentence: Span, trigger: Token, publication_date: str | None) -> EventDate:
    """The date of the event whose trigger word is `trigger`, in `sentence`.

    `publication_date` ("YYYY-MM-DD" or None) anchors relative expressions and is
    the fallback when no date expression governs the trigger. Raises ValueError
    for a publication date in any other form.
    """
    published = _parse_publication_date(publication_date)
    for expression in _governing_expressions(sentence, trigger):
        resolved = _interpret(expression.text, published, _tense(expression.root))
        if resolved is not None:
            return resolved
    if published is None:
        return EventDate(None, None, PUBLICATION)
    if _in_present_perfect(trigger) or _is_antecedent(trigger):
        return _in_month(published.year, published.month, PUBLICATION)
    return _on_day(published, PUBLICATION)


def narrative_date(previous: Span, trigger: Token, publication_date: str | None) -> EventDate | None:
    """The time an act told in the simple past with no date of its own takes from the sentence
    before it, when that sentence, in the same paragraph, dates its main act to an earlier month
    or year than the publication ("Robert was killed in June 1968. Sirhan shot him in the head."
    shot in June 1968): a story of the past goes on at its time until the text names another,
    and the article's date would tell the act as new. None otherwise: a sentence in the present
    or the present perfect ("has met", "says") is told from now, and a paragraph break or a
    main act of the publication's month ends nothing.

    `resolve_event_date` is taken first; this applies only to an act it dated at publication.
    """
    published = _parse_publication_date(publication_date)
    if (published is None or not _in_simple_past(trigger) or _names_a_time(trigger.sent)
            or _paragraph_between(previous, trigger)):
        return None
    told = resolve_event_date(previous, previous.root, publication_date)
    if told.source == PUBLICATION or told.value is None or not _a_month_before(told, published):
        return None
    return told


def _names_a_time(sentence: Span) -> bool:
    """True when the sentence names a time of its own, read or not ("a month later", "earlier
    in the month"): it sets its own time, and the sentence before does not."""
    return any(token.ent_type_ == "DATE" for token in sentence)


def _in_simple_past(trigger: Token) -> bool:
    """True when the first tensed verb from the trigger up is in the simple past ("shot",
    "was arrested"), not a present, a present perfect or a future."""
    for word in (trigger, *trigger.ancestors):
        tense = _finite_tense(word)
        if tense is not None:
            return tense == PAST
    return False


def _paragraph_between(previous: Span, trigger: Token) -> bool:
    """True when a blank line separates the sentence before from the trigger's sentence (the
    parser may count the blank line as part of either sentence)."""
    doc = trigger.doc
    last = next((token for token in reversed(previous) if not token.is_space), None)
    first = next((token for token in trigger.sent if not token.is_space), None)
    if last is None or first is None:
        return True
    gap = last.whitespace_ + "".join(token.text_with_ws for token in doc[last.i + 1 : first.i])
    return _BLANK_LINE.search(gap) is not None


def _a_month_before(told: EventDate, published: date) -> bool:
    """True when the date lies a month or more before the publication: a year before its year,
    a month before its month, or a day four weeks or more before it (a story of the last days
    is the news itself)."""
    if told.granularity == YEAR:
        return int(told.value) < published.year
    if told.granularity == MONTH:
        year, month = (int(part) for part in told.value.split("-"))
        return (year, month) < (published.year, published.month)
    return (published - date.fromisoformat(told.value)).days >= _STORY_DAYS


def _in_present_perfect(trigger: Token) -> bool:
    """True when the first tensed verb from the trigger up is a present perfect ("has fired",
    "have been killed"): it places the event before now without saying when, so the
    publication day would be invented precision; untensed words ("triggering airstrikes",
    "police beating protesters") take the tense of the clause they hang on."""
    for word in (trigger, *trigger.ancestors):
        if _finite_tense(word) is None:
            continue
        return word.tag_ == "VBN" and any(
            child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ in _PRESENT_TAGS for child in word.children
        )
    return False


def _is_antecedent(trigger: Token) -> bool:
    """True for an event noun named as what came before another happening ("sparked after
    clashes", "since the war", "following talks", "earlier criticism"): it is earlier than
    what the text tells, by an unstated span, so the publication day would be invented precision."""
    if trigger.pos_ != "NOUN":
        return False
    return (trigger.dep_ == "pobj" and trigger.head.lower_ in _EARLIER_THAN) or any(
        child.dep_ in ("amod", "advmod") and child.lower_ in _EARLIER_MODIFIERS for child in trigger.children)


def find_dateline(text: str) -> str | None:
    """The "YYYY-MM-DD" date of a dateline opening `text`, else None.

    Recognised: "Friday, January 4, 2019", "January 4, 2019", "4 January 2019",
    "2019-01-04", optionally after a place in capitals ("WASHINGTON, ") or a label
    ("Published:"), and ending the line or set off by a dash, bar or time. A date
    running on into a sentence ("January 4, 2019, police said") is not a dateline.
    """
    start = _DATELINE_PREFIX.match(text).end()  # type: ignore[union-attr]  # every part is optional
    for pattern in (_ISO_DATE, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        match = pattern.match(text, start)
        if match and _DATELINE_END.match(text, match.end()):
            day = _calendar_day(int(match["year"]), _month_number(match["month"]), int(match["day"]))
            return day.isoformat() if day else None
    return None


def _parse_publication_date(publication_date: str | None) -> date | None:
    if publication_date is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", publication_date):
        raise ValueError(f"publication_date must be 'YYYY-MM-DD' or None, not {publication_date!r}")
    return date.fromisoformat(publication_date)


# Choosing the expression -------------------------------------------------------


def _governing_expressions(sentence: Span, trigger: Token) -> list[Span]:
    """Date expressions of `sentence` that may date `trigger`, best first."""
    clause_ranks = _framing_clause_ranks(trigger)
    ranked: list[tuple[tuple[int, bool, int, int], Span]] = []
    for expression in _date_expressions(sentence):
        rank = clause_ranks.get(expression.root.i, clause_ranks.get(_clause_head(expression.root).i))
        if rank is None or not _may_date(expression, trigger):
            continue
        key = (
            rank,
            _modifies_noun(expression.root),
            _arc_distance(expression.root, trigger),
            min(abs(token.i - trigger.i) for token in expression),
        )
        ranked.append((key, expression))
    return [expression for _, expression in sorted(ranked, key=lambda item: item[0])]


def _may_date(expression: Span, trigger: Token) -> bool:
    return not (
        _recurs(expression) or _names_a_thing(expression, trigger) or _on_another_line(expression, trigger)
    )


def _recurs(expression: Span) -> bool:
    """"every Friday", "each year": a recurrence, not a date."""
    return any(child.lower_ in ("every", "each") for child in expression.root.children)


def _on_another_line(expression: Span, trigger: Token) -> bool:
    # A title or dateline runs into the first sentence when the parser misses the
    # line break; a date on another line does not date this event.
    # Token by token: Doc.text is rebuilt on every access, and this runs for every event.
    first = min(expression.start, trigger.i)
    last = max(expression.end - 1, trigger.i)
    between = trigger.doc[first:last]
    return any("\n" in token.text_with_ws for token in between) or "\n" in trigger.doc[last].text


def _date_expressions(sentence: Span) -> list[Span]:
    """spaCy's DATE and TIME entities, plus date words its NER left out."""
    expressions = [entity for token in sentence if token.ent_iob_ == "B" and token.ent_type_ in ("DATE", "TIME")
                   and (entity := _entity_from(token)).end <= sentence.end]
    expressions += [
        _with_modifier(token, sentence) for token in sentence if not token.ent_type_ and _is_date_word(token)
    ]
    return expressions


def _entity_from(first: Token) -> Span:
    """The entity whose first token is `first`. (`Span.ents` would build every entity of the
    whole document, and this runs for every event.)"""
    doc, end = first.doc, first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[first.i : end]


def _is_date_word(token: Token) -> bool:
    word = token.lower_
    if word in _DAY_OFFSETS:
        return True
    if token.is_title and token.pos_ in ("PROPN", "NOUN"):
        return word in _WEEKDAYS or word in _LOOSE_MONTH_WORDS
    # A year outside an entity counts only as the object of a preposition ("in 2010").
    return token.dep_ == "pobj" and bool(_YEAR.fullmatch(token.text))


def _with_modifier(token: Token, sentence: Span) -> Span:
    """The date word with a "last", "next" or "this" before it."""
    doc = token.doc
    start = token.i - 1 if token.i > sentence.start and doc[token.i - 1].lower_ in _SHIFTS else token.i
    return doc[start : token.i + 1]


def _names_a_thing(expression: Span, trigger: Token) -> bool:
    """A bare year that names a thing instead of dating the event.

    "the 1973 building", "replaced the 1991 agreement": the year belongs to the
    noun. It dates the event when it modifies the trigger itself, or an event noun
    the trigger is placed in: "won in the 2010 election".
    """
    root = expression.root
    if not _BARE_YEAR.fullmatch(expression.text) or not _modifies_noun(root):
        return False
    noun = root.head
    placed_in_event = noun.dep_ == "pobj" and noun.lemma_.lower() in _EVENT_NOUNS
    return noun.i != trigger.i and not placed_in_event


def _modifies_noun(token: Token) -> bool:
    return token.dep_ in _NOUN_MODIFIER_DEPS and token.head.pos_ in ("NOUN", "PROPN")


def _opens_clause(token: Token) -> bool:
    if token.head.i == token.i:
        return True
    if token.dep_ == "conj":
        return token.pos_ in ("VERB", "AUX")
    return token.dep_ in _CLAUSE_DEPS


def _clause_head(token: Token) -> Token:
    # xcomp does not open a clause: "is scheduled to meet" is one time frame.
    while not _opens_clause(token):
        token = token.head
    return token


def _framing_clause_ranks(trigger: Token) -> dict[int, int]:
    """Clause heads whose dates may date the trigger (by token index) -> rank, nearest 0.

    The trigger's own clause, then outward: the conjuncts coordinated before a
    conjunct (spaCy attaches "A, B and C" either as a chain or all to A), then the
    clause that contains it. Only past and untensed clauses take the time of the
    clause around them ("broke down in 2018, after Turkey recalled its envoy");
    present and future ones are anchored on now, and a relative clause describes a
    participant at a time of its own, unless it hangs on a date ("in 2010, when ...").
    """
    clause = _clause_head(trigger)
    framing = [clause]
    while clause.head.i != clause.i and clause.dep_ != "relcl" and _finite_tense(clause) in (PAST, None):
        if clause.dep_ == "conj":
            earlier = [c for c in clause.head.children if c.dep_ == "conj" and c.i < clause.i]
            framing += sorted(earlier, key=lambda conjunct: -conjunct.i)
        clause = _clause_head(clause.head)
        framing.append(clause)
    if clause.dep_ == "relcl":
        framing.append(clause.head)
    ranks: dict[int, int] = {}
    for rank, head in enumerate(framing):
        ranks.setdefault(head.i, rank)
    return ranks


def _arc_distance(first: Token, second: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    steps_up = {token.i: steps for steps, token in enumerate([first, *first.ancestors])}
    for steps, token in enumerate([second, *second.ancestors]):
        if token.i in steps_up:
            return steps + steps_up[token.i]
    raise ValueError("the expression and the trigger are not in one dependency tree")


# Tense of the clause an expression sits in -----------------------------------------


def _tense(token: Token) -> str:
    """The tense (FUTURE, PAST or PRESENT) in which a date expression is used.

    The first tensed word from the expression up to its clause head decides;
    "since" looks back whatever the tense ("have held the town since November").
    """
    if token.head.lower_ == "since":
        return PAST
    step = token
    clause = _clause_head(token)
    while True:
        tense = _finite_tense(step)
        if tense or step.i == clause.i:
            return tense or PRESENT
        step = step.head


def _finite_tense(word: Token) -> str | None:
    """FUTURE, PAST or PRESENT from a verb and its auxiliaries; None when untensed.

    Participles and infinitives are untensed. The present perfect is PRESENT: it
    places an event before now without saying when.
    """
    if _marks_future(word):
        return FUTURE
    auxiliaries = [child for child in word.children if child.dep_ in ("aux", "auxpass")]
    tags = {form.tag_ for form in (word, *auxiliaries)}
    if "VBD" in tags:
        return PAST
    if tags & _PRESENT_TAGS or "MD" in tags:
        return PRESENT
    return None


def _marks_future(token: Token) -> bool:
    if any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUXILIARIES for child in token.children):
        return True
    has_infinitive = any(child.dep_ == "xcomp" for child in token.children)
    return token.lemma_ in _FUTURE_FRAMES and has_infinitive and _is_present(token)


def _is_present(token: Token) -> bool:
    # "is scheduled": the tense is on the auxiliary; "is due": on the copula.
    if token.tag_ in _PRESENT_TAGS:
        return True
    if any(child.dep_ in ("aux", "auxpass") and child.tag_ in _PRESENT_TAGS for child in token.children):
        return True
    return token.dep_ == "acomp" and _is_present(token.head)


# Reading an expression ------------------------------------------------------------


def _interpret(text: str, published: date | None, tense: str) -> EventDate | None:
    """The date an expression names, or None if it names no calendar date."""
    text = " ".join(text.lower().split())
    readers = (
        _read_full_date,
        _read_month_of_year,
        _read_day_without_year,
        _read_month_without_year,
        _read_year,
        _read_relative_day,
        _read_relative_period,
        _read_season,
        _read_ago,
        _read_weekday,
    )
    for read in readers:
        resolved = read(text, published, tense)
        if resolved is not None:
            return resolved
    return None


def _read_full_date(text: str, published: date | None, tense: str) -> EventDate | None:
    for pattern in (_ISO_DATE, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        match = pattern.search(text)
        day = match and _calendar_day(int(match["year"]), _month_number(match["month"]), int(match["day"]))
        if day:
            return _on_day(day, EXPLICIT)
    return None


def _read_month_of_year(text: str, published: date | None, tense: str) -> EventDate | None:
    match = _MONTH_YEAR.search(text)
    return _in_month(int(match["year"]), _MONTHS[match["month"]], EXPLICIT) if match else None


def _read_day_without_year(text: str, published: date | None, tense: str) -> EventDate | None:
    match = _MONTH_DAY.search(text) or _DAY_MONTH.search(text)
    if not match:
        return None
    month, day_of_month = _MONTHS[match["month"]], int(match["day"])
    if published is None:
        return EventDate(None, None, EXPLICIT)
    year, source = _year_of(text, published, tense, (month, day_of_month), (published.month, published.day))
    day = _calendar_day(year, month, day_of_month)
    return _on_day(day, source) if day else None


def _read_month_without_year(text: str, published: date | None, tense: str) -> EventDate | None:
    match = _MONTH_ALONE.search(text)
    if not match:
        return None
    if published is None:
        return EventDate(None, None, EXPLICIT)
    month = _MONTHS[match["month"]]
    year, source = _year_of(text, published, tense, (month,), (published.month,))
    return _in_month(year, month, source)


def _year_of(
    text: str, published: date, tense: str, named: tuple[int, ...], publication: tuple[int, ...]
) -> tuple[int, str]:
    """The year of a month (and day) named without one, and the source of that year.

    `named` and `publication` are (month,) or (month, day) for comparison.
    """
    relative = _RELATIVE_PERIOD.search(text)
    if relative and relative[2] == "year":
        return published.year + _SHIFTS[relative[1]], RELATIVE
    if tense == PAST and named > publication:
        return published.year - 1, EXPLICIT
    if tense == FUTURE and named < publication:
        return published.year + 1, EXPLICIT
    return published.year, EXPLICIT


def _read_year(text: str, published: date | None, tense: str) -> EventDate | None:
    # The first year of a range: "between 2010 and 2018" dates the start.
    match = _YEAR.search(text)
    return _in_year(int(match["year"]), EXPLICIT) if match else None


def _read_relative_day(text: str, published: date | None, tense: str) -> EventDate | None:
    match = _RELATIVE_DAY.search(text)
    if not match:
        return None
    if published is None:
        return EventDate(None, None, RELATIVE)
    offset = _DAY_OFFSETS[match[1]] if match[1] else 0  # "this morning" is today
    return _on_day(published + timedelta(days=offset), RELATIVE)


def _read_relative_period(text: str, published: date | None, tense: str) -> EventDate | None:
    match = _RELATIVE_PERIOD.search(text)
    if not match:
        return None
    return _shifted(published, _SHIFTS[match[1]], match[2])


def _read_season(text: str, published: date | None, tense: str) -> EventDate | None:
    # "This summer" is this year's, said before it or after it; "last summer" is the year
    # before's, since this year's is "this summer" even once over. Winter spans two years: unread.
    match = _SEASON.search(text)
    if match is None or published is None:
        return None
    return _in_year(published.year + _SHIFTS[match[1]], RELATIVE)


def _read_ago(text: str, published: date | None, tense: str) -> EventDate | None:
    match = _AGO.search(text)
    if not match:
        return None
    count = _NUMBER_WORDS.get(match[1]) or int(match[1].replace(",", ""))
    return _shifted(published, -count, match[2])


def _shifted(published: date | None, count: int, unit: str) -> EventDate:
    """The publication date moved by `count` units, at the granularity the unit supports."""
    if published is None:
        return EventDate(None, None, RELATIVE)
    if unit == "day":
        return _on_day(published + timedelta(days=count), RELATIVE)
    if unit == "week":
        anchored = published + timedelta(weeks=count)
        return _in_month(anchored.year, anchored.month, RELATIVE)
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + count, 12)
        return _in_month(year, month + 1, RELATIVE)
    return _in_year(published.year + count, RELATIVE)


def _read_weekday(text: str, published: date | None, tense: str) -> EventDate | None:
    match = _WEEKDAY.search(text)
    if not match:
        return None
    if published is None:
        return EventDate(None, None, RELATIVE)
    modifier, weekday = match[1], _WEEKDAYS.index(match[2])
    if modifier == "next" or (modifier != "last" and tense == FUTURE):
        return _on_day(published + timedelta(days=(weekday - published.weekday()) % 7 or 7), RELATIVE)
    days_back = (published.weekday() - weekday) % 7
    if modifier == "last":
        days_back = days_back or 7
    return _on_day(published - timedelta(days=days_back), RELATIVE)


# Building values ---------------------------------------------------------------------


def _month_number(month: str) -> int:
    return int(month) if month.isdigit() else _MONTHS[month.lower()]


def _calendar_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _on_day(day: date, source: str) -> EventDate:
    return EventDate(day.isoformat(), DAY, source)


def _in_month(year: int, month: int, source: str) -> EventDate:
    return EventDate(f"{year:04d}-{month:02d}", MONTH, source)


def _in_year(year: int, source: str) -> EventDate:
    return EventDate(f"{year:04d}", YEAR, source)
