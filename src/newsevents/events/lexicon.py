"""The event lexicon: verb and noun patterns mapped to CAMEO codes.

The lexicon is data (`events/data/lexicon.tsv`), one pattern per line:

    cameo[:reverse] <TAB> pattern [<TAB> flags]

A pattern is a sequence of lemmas. The first is the trigger (a verb or noun);
the rest must appear, in order, among the trigger's syntactic dependents
(particles, prepositions and their objects, direct objects, infinitival
complements). Words that must come before the trigger are written before it,
followed by `*`: they must appear, in order, among the words before the trigger
in its own phrase (its subject, auxiliaries, negation, adverbs) or in the words
that govern it, with their auxiliaries, negation and adverbs ("not * allow":
"did not allow"; "say would * fight": "said it would fight"). Dictionaries
imported from PETRARCH need them; the package's own patterns do not use them.
`a|b` accepts either lemma, and `@kind` any word of that kind in word_kinds.tsv
("attack @idea": "attacked the plan", "attacked the proposal"). `TARGET` marks where the target actor
is: after a preposition it is that preposition's object, elsewhere the direct
object. Flags: `reciprocal` (coordinated subjects act on each other: "A and B
met"), `coordinated` (only coordinated subjects, who act on each other: "A and B agree"
but not "A agrees"), `noun` (the trigger must be a noun: "talks", not "talked"), `verb` (the trigger must be a
verb: PETRARCH's verb patterns code "attacked", not "an attack"), `actor` (TARGET must be there
and name an actor, known or a named person or organisation: "release TARGET" codes "released the
Peruvian sergeant", not "released its figures"), `object` (TARGET must be there, whatever it
names: a blocker "call TARGET for" keeps "called Ohio for the senator" from being the appeal "call
for"), `received` (the subject undergoes the act
and TARGET does it: "received assurances from X" is X assuring the subject), `thing` (the
verb's object names no actor and no people: "return to TARGET" codes "returned a bronze bell to
X", not "returned 300 refugees to X" nor "the envoy returned to X"), `crowd` (the doers are a
crowd, not one named person, a state body, armed forces or a party: "hold @protest" codes "teachers
held a rally", not "the president held a rally", his campaign's), `active` (the trigger is a verb in
the active voice: "admit" codes "admitted the mistake", not "was admitted to hospital"). The code `-` marks a blocker: a phrase that is not an event but would
otherwise match a shorter pattern ("survive attack" keeps "attack" from coding
an assault by the survivor). Lines starting with `#` are comments.

A lexicon imported from PETRARCH also reads targets as PETRARCH does
(`verb_phrase_targets`): where no pattern, object or directional phrase names one, the
first actor in the verb's phrase after it is the target.

A code `a:b` also codes the reverse event, from the target back to the source, as `b`
("032:033": "A arrived in B" is A visiting B and B hosting A); PETRARCH's dictionaries
write such paired codes.

Codes are CAMEO codes. A lexicon built from an imported dictionary may also use codes
of that dictionary's own (`own_codes`: PETRARCH's validation verbs define 901 and 174K);
they are known to that lexicon only, and its events carry no Goldstein value, QuadClass
or PLOVER type.

    042   visit TARGET
    041   speak by telephone|phone with TARGET   reciprocal
    1312  threaten to impose sanction on TARGET
    112   not * allow
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsevents.datafiles import data_lines
from newsevents.events.codes import CameoCode, cameo_code, cameo_codes

TARGET = "TARGET"
BLOCKER = "-"
BEFORE_TRIGGER = "*"
KIND_MARK = "@"
# The kinds of word_kinds.tsv that the extractor reads itself, beside those patterns name.
EXTRACTOR_KINDS = frozenset({"body", "foreseen"})
KNOWN_FLAGS = frozenset({"reciprocal", "coordinated", "noun", "verb", "actor", "object", "received", "thing", "crowd", "active"})


@dataclass(frozen=True)
class LexiconEntry:
    """One pattern of the lexicon. `words` follow the trigger, `before` precede it; TARGET is a marker."""

    cameo: str
    trigger: str
    words: tuple[frozenset[str] | str, ...]
    reciprocal: bool
    line: int
    noun_only: bool = False
    verb_only: bool = False
    coordinated: bool = False
    reverse: str | None = None  # the code of the event from the target back to the source
    before: tuple[frozenset[str], ...] = ()
    actor_target: bool = False  # TARGET must be an actor: "released the Peruvian sergeant", not "released its figures"
    object_target: bool = False  # TARGET must be there, whatever it names: "called Ohio for X", not "called for X"
    received: bool = False  # the subject undergoes the act, TARGET does it: "received assurances from X"
    thing_object: bool = False  # the verb acts on a thing, not people: "returned a bronze bell to X"
    crowd: bool = False  # only a crowd does it: "teachers held a rally", not "the president held a rally"
    active: bool = False  # the verb is active: "admitted the mistake", not "was admitted to hospital"

    @property
    def is_blocker(self) -> bool:
        return self.cameo == BLOCKER

    @property
    def is_object_pattern(self) -> bool:
        """The target is the direct object right after the trigger: only a verb takes one."""
        return bool(self.words) and self.words[0] == TARGET

    @property
    def has_target(self) -> bool:
        return TARGET in self.words

    @property
    def specificity(self) -> int:
        """How many words beyond the trigger, and conditions on its subject, must match: longer
        patterns are preferred."""
        return len(self.before) + sum(1 for word in self.words if word != TARGET) + self.coordinated


class Lexicon:
    """Patterns indexed by trigger lemma."""

    def __init__(self, entries: list[LexiconEntry], intents: dict[str, str] | None = None,
                 refusals: dict[str, str] | None = None, own_codes: frozenset[str] = frozenset(),
                 verb_phrase_targets: bool = False):
        self.entries = entries
        self.own_codes = own_codes
        # PETRARCH's dictionaries mark few targets: it takes the first actor anywhere in the
        # verb's phrase ("appealed for peace in X"), which is too loose for the package's patterns.
        self.verb_phrase_targets = verb_phrase_targets
        self.intents = intents if intents is not None else default_intents()
        self.refusals = refusals if refusals is not None else default_refusals()
        self._by_trigger: dict[str, list[LexiconEntry]] = {}
        for entry in entries:
            self._by_trigger.setdefault(entry.trigger, []).append(entry)

    @classmethod
    @functools.cache
    def default(cls) -> Lexicon:
        text = package_data("lexicon.tsv")
        return cls(parse_lexicon(text, "lexicon.tsv"))

    @classmethod
    def from_file(cls, path: str | Path) -> Lexicon:
        return cls(parse_lexicon(Path(path).read_text("utf-8"), str(path)))

    def announced_code(self, cameo: str) -> str:
        """The code of an action that is only announced ("will meet" -> 036), per intent_codes.tsv."""
        return longest_prefix(self.intents, cameo) or cameo

    def refused_code(self, cameo: str) -> str | None:
        """The code of an action announced as not going to happen ("will not release" -> 1243),
        per refusal_codes.tsv; None for actions whose refusal is no event of its own."""
        return longest_prefix(self.refusals, cameo)

    def cameo_code(self, code: str) -> CameoCode | None:
        """The CAMEO table's entry for an event code of this lexicon; None for one of its own
        codes, which has no Goldstein value, QuadClass or PLOVER type. KeyError for any other code."""
        if code in self.own_codes:
            return None
        return cameo_code(code)

    def for_trigger(self, lemma: str) -> list[LexiconEntry]:
        return self._by_trigger.get(lemma, [])

    def __len__(self) -> int:
        return len(self.entries)


def longest_prefix(table: dict[str, str], cameo: str) -> str | None:
    for length in range(len(cameo), 1, -1):
        if (code := table.get(cameo[:length])) is not None:
            return code
    return None


def package_data(name: str) -> str:
    """The text of one of the package's data files (events/data/NAME)."""
    return resources.files("newsevents.events").joinpath(f"data/{name}").read_text("utf-8")


@functools.cache
def default_intents() -> dict[str, str]:
    text = package_data("intent_codes.tsv")
    return parse_intents(text, "intent_codes.tsv")


@functools.cache
def default_refusals() -> dict[str, str]:
    text = package_data("refusal_codes.tsv")
    return parse_intents(text, "refusal_codes.tsv")


@functools.cache
def default_reproaches() -> frozenset[str]:
    """The words a speaker reproaches something with by saying it is one ("was unacceptable",
    "was a sham"), from the package's reproaches.tsv."""
    text = package_data("reproaches.tsv")
    return frozenset(line.strip() for _, line in data_lines(text))


@functools.cache
def default_relatives() -> frozenset[str]:
    """The lemmas of kinship nouns ("daughter", "widow"), whose owner is not their doer, from relatives.tsv."""
    text = package_data("relatives.tsv")
    return frozenset(line.strip() for _, line in data_lines(text))


SPACE_KINDS = frozenset({"craft", "body", "place"})


@functools.cache
def default_space_words() -> dict[str, str]:
    """Lemma -> kind ("craft", "body", "place") of the words of spaceflight, whose launches and
    probes are no political acts, from space_words.tsv."""
    text = package_data("space_words.tsv")
    return parse_space_words(text, "space_words.tsv")


def parse_space_words(text: str, name: str) -> dict[str, str]:
    """Parse 'word<TAB>kind' lines (after a header); raise ValueError naming a bad line."""
    return parse_word_table(text, name, SPACE_KINDS)


def parse_word_table(text: str, name: str, kinds: frozenset[str]) -> dict[str, str]:
    """Word -> kind from 'word<TAB>kind' lines (after a header), each word in lower case and
    listed once, each kind one of `kinds`; raise ValueError naming a bad line."""
    words: dict[str, str] = {}
    for number, line in data_lines(text):
        fields = line.split("\t")
        if len(fields) != 2 or fields[1] not in kinds or not fields[0] or fields[0] != fields[0].lower() \
                or fields[0] in words:
            raise ValueError(f"{name}:{number}: expected 'word<TAB>kind' with a new word in lower case "
                             f"and a kind of {sorted(kinds)}, got {line!r}")
        words[fields[0]] = fields[1]
    return words


VEHICLE_KINDS = frozenset({"vehicle", "driver"})


@functools.cache
def default_road_vehicles() -> dict[str, str]:
    """Lemma -> kind ("vehicle", "driver") of road and rail vehicles and their drivers, whose
    impacts are collisions, from road_vehicles.tsv."""
    text = package_data("road_vehicles.tsv")
    return parse_road_vehicles(text, "road_vehicles.tsv")


def parse_road_vehicles(text: str, name: str) -> dict[str, str]:
    """Parse 'word<TAB>kind' lines (after a header); raise ValueError naming a bad line."""
    return parse_word_table(text, name, VEHICLE_KINDS)


PRIVATE_KINDS = frozenset({"company", "person", "medium"})


@functools.cache
def default_private_sectors() -> dict[str, str]:
    """Sector -> kind ("company", "person", "medium") of the actors with no political standing
    of their own, from private_sectors.tsv."""
    text = package_data("private_sectors.tsv")
    return parse_private_sectors(text, "private_sectors.tsv")


def parse_private_sectors(text: str, name: str) -> dict[str, str]:
    """Parse 'sector<TAB>kind' lines (after a header); raise ValueError naming a bad line."""
    sectors: dict[str, str] = {}
    for number, line in data_lines(text):
        fields = line.split("\t")
        if len(fields) != 2 or fields[1] not in PRIVATE_KINDS or not re.fullmatch(r"[A-Z]{3}", fields[0]) \
                or fields[0] in sectors:
            raise ValueError(f"{name}:{number}: expected 'sector<TAB>kind' with a new three-letter sector "
                             f"and a kind of {sorted(PRIVATE_KINDS)}, got {line!r}")
        sectors[fields[0]] = fields[1]
    return sectors


STANDING_KINDS = frozenset({"punishment", "ongoing", "span", "war", "record", "opinion", "tenure", "rule", "enact",
                            "measure", "state"})


@functools.cache
def default_standing_words() -> dict[str, frozenset[str]]:
    """Kind -> the words that tell an act as background or a standing state (a punishment's
    "for", "ongoing", "years of", a war's toll, a record, a view, a measure one is under, a
    state held), or as a rule's words (a legal text, a verb making one), from standing_words.tsv."""
    text = package_data("standing_words.tsv")
    return parse_standing_words(text, "standing_words.tsv")


def parse_standing_words(text: str, name: str) -> dict[str, frozenset[str]]:
    """Parse 'kind<TAB>word' lines (after a header), each kind one of `STANDING_KINDS`; raise
    ValueError naming a bad line."""
    return parse_word_kinds(text, name, STANDING_KINDS)


def parse_intents(text: str, name: str) -> dict[str, str]:
    """Prefix -> code (intent_codes.tsv, refusal_codes.tsv); both must be CAMEO codes."""
    codes = cameo_codes()
    intents = {}
    for number, line in data_lines(text):
        fields = line.split("\t")
        if len(fields) != 2 or fields[0] not in codes or fields[1] not in codes:
            raise ValueError(f"{name}:{number}: expected 'prefix<TAB>code' with CAMEO codes, got {line!r}")
        intents[fields[0]] = fields[1]
    return intents


@functools.cache
def default_word_kinds() -> dict[str, frozenset[str]]:
    """Kind -> its words ("idea": plan, proposal, notion, ...), from the package's word_kinds.tsv."""
    text = package_data("word_kinds.tsv")
    return parse_word_kinds(text, "word_kinds.tsv")


def parse_word_kinds(text: str, name: str, kinds: frozenset[str] | None = None) -> dict[str, frozenset[str]]:
    """Kind -> its words from 'kind<TAB>word' lines (after a header), kinds and words single
    words in lower case, each kind one of `kinds` when given (each of them then in the result,
    if with no word); raise ValueError naming a bad line."""
    words: dict[str, set[str]] = {kind: set() for kind in kinds or ()}
    for number, line in data_lines(text):
        fields = line.split("\t")
        if (len(fields) != 2 or not all(field and field == field.lower() and " " not in field for field in fields)
                or (kinds is not None and fields[0] not in kinds)):
            allowed = f" with a kind of {sorted(kinds)}" if kinds is not None else ""
            raise ValueError(f"{name}:{number}: expected 'kind<TAB>word' in lower case{allowed}, got {line!r}")
        words.setdefault(fields[0], set()).add(fields[1])
    return {kind: frozenset(found) for kind, found in words.items()}


def parse_lexicon(text: str, name: str, own_codes: frozenset[str] = frozenset(),
                  kinds: dict[str, frozenset[str]] | None = None) -> list[LexiconEntry]:
    """Parse lexicon lines, whose codes are CAMEO codes or among `own_codes` and whose `@kind`
    words name kinds of `kinds` (by default the package's word_kinds.tsv); raise ValueError
    naming the file and line of a bad entry."""
    codes = cameo_codes()
    entries = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = raw.rstrip("\n").split("\t")
        if len(fields) not in (2, 3):
            raise ValueError(f"{name}:{number}: expected 'cameo<TAB>pattern[<TAB>flags]', got {raw!r}")
        cameo, _, reverse = fields[0].strip().partition(":")
        pattern = fields[1].strip()
        flags = {flag.strip() for flag in fields[2].split(",") if flag.strip()} if len(fields) == 3 else set()
        if cameo not in codes and cameo not in own_codes and cameo != BLOCKER:
            raise ValueError(f"{name}:{number}: unknown CAMEO code {cameo!r}")
        if reverse and (reverse not in codes and reverse not in own_codes or cameo == BLOCKER):
            raise ValueError(f"{name}:{number}: unknown CAMEO code {reverse!r} for the reverse event")
        if unknown := flags - KNOWN_FLAGS:
            raise ValueError(f"{name}:{number}: unknown flag(s) {sorted(unknown)}; known: {sorted(KNOWN_FLAGS)}")
        before, words = split_pattern(pattern, f"{name}:{number}")
        if KIND_MARK in pattern:
            kinds = default_word_kinds() if kinds is None else kinds
            if unknown := sorted(set(pattern_kinds(pattern)) - set(kinds)):
                raise ValueError(f"{name}:{number}: unknown word kind(s) {unknown}; known: {sorted(kinds)}")
        entries.append(
            LexiconEntry(
                cameo=cameo,
                trigger=words[0].lower(),
                words=tuple(word if word == TARGET else alternatives(word, kinds) for word in words[1:]),
                reciprocal=bool({"reciprocal", "coordinated"} & flags),
                line=number,
                noun_only="noun" in flags,
                verb_only="verb" in flags,
                coordinated="coordinated" in flags,
                reverse=reverse or None,
                before=tuple(alternatives(word, kinds) for word in before),
                actor_target="actor" in flags,
                object_target="object" in flags,
                received="received" in flags,
                thing_object="thing" in flags,
                crowd="crowd" in flags,
                active="active" in flags,
            )
        )
    return entries


def split_pattern(pattern: str, where: str) -> tuple[list[str], list[str]]:
    """The words before the trigger (those before `*`) and the trigger with the words after it."""
    words = pattern.split()
    before: list[str] = []
    if BEFORE_TRIGGER in words:
        star = words.index(BEFORE_TRIGGER)
        before, words = words[:star], words[star + 1 :]
        if not before or TARGET in before or BEFORE_TRIGGER in words:
            raise ValueError(f"{where}: words before `*` precede the trigger once, without TARGET, got {pattern!r}")
    if not words or words[0] == TARGET or "|" in words[0] or words[0].startswith(KIND_MARK):
        raise ValueError(f"{where}: a pattern has one trigger lemma (first, or right after `*`), got {pattern!r}")
    if words.count(TARGET) > 1:
        raise ValueError(f"{where}: TARGET may appear once, got {pattern!r}")
    return before, words


def alternatives(word: str, kinds: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """The lemmas a pattern word accepts: `a|b` accepts either, `@kind` every word of the kind."""
    accepted: set[str] = set()
    for choice in word.lower().split("|"):
        accepted |= kinds[choice[1:]] if kinds is not None and choice.startswith(KIND_MARK) else {choice}
    return frozenset(accepted)


def pattern_kinds(pattern: str) -> list[str]:
    """The kinds a pattern names with `@kind`, in order."""
    return [choice[1:].lower() for word in pattern.split() for choice in word.split("|") if choice.startswith(KIND_MARK)]
