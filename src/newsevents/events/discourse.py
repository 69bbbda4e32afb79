"""What one document tells across its sentences: acts that refer to acts told before them,
and the same act told more than once.

`DocumentActs` follows a document's events in order and gives an event without a target the
one an earlier act implies: words about an act ("Poland condemned the attack") are aimed at
whoever did it, a retaliation at the latest attacker. It also finds acts told only as a
repeat of the one before ("prompting Peru to return the favour", "Moscow followed suit").
`without_restatements` keeps one event per happening. Both work on coded actors, not on
text, and stay within one document.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.datafiles import data_lines
from newsevents.dates import PUBLICATION
from newsevents.events.extractor import (
    STATEMENT_ROOT, FoundEvent, Match, is_hypothetical, is_negated, is_reported, lemma, object_head, source_head,
)
from newsevents.events.lexicon import Lexicon, package_data
from newsevents.records import ActorMention, Event

if TYPE_CHECKING:
    from newsevents.actors import DocumentActors

# CAMEO roots of words said about an act: deny, praise, disapprove, reject ("condemned the attack").
JUDGING_ROOTS = frozenset({"01", "05", "11", "12"})
# Uses of force a retaliation answers: coerce, assault, fight, mass violence.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
RETALIATION_WORDS = frozenset({"retaliatory", "retaliation", "retaliate", "reprisal"})
# Determiners that point back at something already told.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Lower-case words inside a proper name: "Ministry of Defence", "Bureau for Democracy".
NAME_LINKS = frozenset({"of", "and", "for", "the", "on", "de"})
# Whom a repeated act is aimed at (repetitions.tsv): the earlier doer, or the earlier target.
BACK, SAME = "back", "same"
NO_WORD = "-"


class DocumentActs:
    """Who did the acts told so far in a document, latest last, by CAMEO root."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.doers: dict[str, FoundEvent] = {}  # the latest act done, by CAMEO root
        self.told: list[FoundEvent] = []

    def tell(self, found: FoundEvent) -> None:
        """Remember the event, and the doer of an act the document tells as done."""
        self.told.append(found)
        if found.source.country is not None and not found.negated:
            self.doers.pop(found.cameo[:2], None)
            self.doers[found.cameo[:2]] = found

    def repetitions(self, sentence: Span, actors: "DocumentActors") -> Iterator[FoundEvent]:
        """Acts the sentence tells as a repeat of the latest act done in it or the sentence
        before (repetitions.tsv): the same code, done by the repeating phrase's subject, aimed
        back at the earlier doer or at the earlier target. A phrase whose own words hold an
        event ("reciprocated by expelling ...") is that event, not a repeat."""
        earlier = self.latest_act(sentence)
        if earlier is None:
            return
        for verb in sentence:
            if (repeat := repetition_at(verb)) is None or any(
                    verb.left_edge.i <= found.match.trigger.i <= verb.right_edge.i
                    for found in self.told if found.sentence == sentence):
                continue
            aim, word = repeat
            head = source_head(verb)
            source = next((mention for mention in actors.code_mentions(head) if mention.country), None) if head else None
            target = earlier.source if aim == BACK else earlier.target
            if source is None or target is None or compatible_codes(source, earlier.source):
                continue
            yield FoundEvent(Match(earlier.match.entry, verb, (word,), None), earlier.cameo, sentence, source, target,
                             negated=is_negated(verb), hypothetical=is_hypothetical(verb), reported=is_reported(verb))

    def latest_act(self, sentence: Span) -> FoundEvent | None:
        """The latest act told as done, with a known doer, in `sentence` or the one before it."""
        for found in reversed(self.told):
            if found.sentence.end < sentence.start:
                return None  # told before the sentence before (which ends where this one starts)
            if not (found.cameo.startswith("01") or found.negated or found.hypothetical) and found.source.country:
                return found
        return None

    def with_target(self, found: FoundEvent) -> FoundEvent:
        """The event, with the target an earlier act implies when it names none."""
        if found.target is None:
            found = self.with_doer_target(found)
        if found.target is None and is_retaliation(found.match.trigger):
            found = self.with_attacker_target(found)
        return found

    def with_doer_target(self, found: FoundEvent) -> FoundEvent:
        """An act done to an act told earlier ("Russian forces shelled Kharkiv ... Poland
        condemned the attack", "rejected the accusation") is aimed at whoever did the latest
        act of that kind (CAMEO root), when it names no actor of its own."""
        act = object_head(found.match)
        if act is None or act.pos_ != "NOUN" or found.cameo[:2] not in JUDGING_ROOTS or not is_definite(act):
            return found
        kinds = {entry.cameo[:2] for entry in self.lexicon.for_trigger(lemma(act)) if not entry.is_blocker} - {"01"}
        doer = self.latest_doer(kinds, found)
        if doer is None:
            return found
        return replace(found, target=ActorMention(act.text, (act.idx, act.idx + len(act.text)), doer.code, doer.country, doer.sector))

    def with_attacker_target(self, found: FoundEvent) -> FoundEvent:
        """A retaliation without a target is aimed at whoever did the latest use of force told
        before it ("Hamas fired rockets at Israel, triggering retaliatory airstrikes by Israel")."""
        doer = self.latest_doer(FORCE_ROOTS, found)
        return found if doer is None else replace(found, target=doer)

    def latest_doer(self, kinds: frozenset[str] | set[str], found: FoundEvent) -> ActorMention | None:
        """The doer of the latest act of these kinds, not on the source's own side, nor a fellow
        doer of the same act ("France and Germany condemned the attack": not France's attack)."""
        doers = [act.source for kind, act in self.doers.items() if kind in kinds
                 and act.match.trigger != found.match.trigger and not compatible_codes(act.source, found.source)]
        return doers[-1] if doers else None


def is_definite(noun: Token) -> bool:
    """The noun points back at an act already told ("the attack", "these attacks"); a bare or
    indefinite one names a kind of act in general ("attacked war as a crime", "supports changes")."""
    return any(child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS for child in noun.children)


def without_restatements(events: list[Event], coordinated: Mapping[int, int] | None = None) -> list[Event]:
    """One event per happening: an article retells its news ("Cohen spoke with Cavusoglu" in
    the lead, "spoke by telephone with" further down), and each retelling would count the
    same act again. Events with the same actors, CAMEO root (for statements, CAMEO code), date
    and flags are one, an actor
    named by its country alone ("Turkey warned") being the same as one with a sector ("Turkish
    officials warned"), a telling without a target the same as one with ("Turkey warned",
    "Turkey warned Israel"), and all tellings the text gives no date for having the same date
    (whether the fallback is the publication day or its month). The most specific telling is
    kept (code, then actor codes, then confidence, then the first told), with its own sentence.
    Tellings are apart, though, that name different actors of one code by name ("Fox News",
    "CNN"), and acts of different codes told by coordinated verbs ("arrested and beat
    protesters"; `coordinated`: the events told by a coordinated verb, by id, and the token index
    of the first verb of the coordination)."""
    coordinated = coordinated or {}
    told: dict[tuple, list[list[Event]]] = {}  # the tellings of each happening, by key
    for event in events:
        told_date = None if event.date_source == PUBLICATION else event.date
        # Kinds of statement are acts of their own ("denied the claims" is no retelling of
        # "spoke to the BBC"); other roots are told at several levels of detail.
        kind = event.cameo if event.cameo_root == STATEMENT_ROOT else event.cameo_root
        key = (country_of(event.source), kind, told_date, event.negated, event.hypothetical)
        happenings = told.setdefault(key, [])
        retold = [tellings for tellings in happenings if same_actors(kept(tellings), event) and not any(
            other_verb_act(telling, event, coordinated) for telling in tellings)]
        # A happening told with the same code is the likeliest retold ("arrested and beat", then "beat").
        same = next((tellings for tellings in retold if any(telling.cameo == event.cameo for telling in tellings)),
                    retold[0] if retold else None)
        if same is None:
            happenings.append([event])
        else:
            same.append(event)
    chosen = {id(kept(tellings)) for happenings in told.values() for tellings in happenings}
    return [event for event in events if id(event) in chosen]


def kept(tellings: list[Event]) -> Event:
    """The most specific telling of a happening, the first told among equals."""
    return max(tellings, key=specificity)


def country_of(actor: ActorMention | None) -> str | None:
    return None if actor is None else actor.country or actor.code


def other_verb_act(first: Event, second: Event, coordinated: Mapping[int, int]) -> bool:
    """Another act, of another code, told by another verb of the same coordination: "arrested
    and beat protesters" (173, 175). Patterns of one trigger give it one event already; a
    participle of what an act brought about tells no act of its own ("bombarded the city,
    killing eight people")."""
    coordination = coordinated.get(id(first))
    return (coordination is not None and coordination == coordinated.get(id(second))
            and first.sentence_index == second.sentence_index and first.trigger_span != second.trigger_span
            and first.cameo != second.cameo)


def same_actors(first: Event, second: Event) -> bool:
    """The same source and target, but for a bare country code on either side or a target
    only one of the two names, and not two actors of one code named apart ("Fox News", "CNN")."""
    if not compatible_codes(first.source, second.source) or named_apart(first, second, "source"):
        return False
    return first.target is None or second.target is None or (
        compatible_codes(first.target, second.target) and not named_apart(first, second, "target"))


def named_apart(first: Event, second: Event, role: str) -> bool:
    """The two events' actors in `role` are named by two names of different heads ("Fox News",
    "CNN"; "the Peruvian Foreign Ministry", "Peruvian President Martin Vizcarra"): different
    actors of one code. A name whose last word (its head) is in the other ("Trump", "President
    Donald Trump") or which is the other's initials ("IDF") is the same name; a pronoun, a
    common noun ("the network") or a bare country ("Washington", "the United States") may be
    the same actor as any name."""
    one, other = (name_words(event, getattr(event, role)) for event in (first, second))
    if one is None or other is None:
        return False
    return not (one[-1] in other or other[-1] in one or initials(one) in other or initials(other) in one)


def name_words(event: Event, actor: ActorMention) -> tuple[str, ...] | None:
    """The words of the actor's name, if its text is a proper name of an actor of a sector:
    every word capitalised but "of", "and", "for", "the" ("Fox News", "Ministry of Defence");
    None for a pronoun, a common noun ("the network", "Israeli police") or a country. A single
    title-case word opening the sentence may be a common noun ("Police") and is none."""
    words = tuple(word for word in actor.text.replace("'s", "").replace("’s", "").split() if word.lower() not in NAME_LINKS)
    if actor.sector is None or not words or not all(word[0].isupper() for word in words):
        return None
    if len(words) == 1 and actor.span[0] == event.sentence_span[0] and not words[0].isupper():
        return None
    return words


def initials(words: tuple[str, ...]) -> str:
    return "".join(word[0] for word in words)


def compatible_codes(first: ActorMention, second: ActorMention) -> bool:
    """The same actor, or the same country, one of the two named by the country alone."""
    if first.code == second.code:
        return True
    return first.country is not None and first.country == second.country and first.country in (first.code, second.code)


def specificity(event: Event) -> tuple[int, int, float]:
    actor_codes = [actor.code or "" for actor in (event.source, event.target) if actor is not None]
    return len(event.cameo), sum(map(len, actor_codes)), event.confidence




def repetition_at(verb: Token) -> tuple[str, Token] | None:
    """(aim, word) when the verb and a word of its phrase say "do the same act again"."""
    phrases = default_repetitions().get(lemma(verb))
    if not phrases or verb.pos_ not in ("VERB", "AUX"):
        return None
    near = [*verb.children, *(grandchild for child in verb.children if child.dep_ == "prep" for grandchild in child.children)]
    for word, aim in phrases:
        if word == NO_WORD:
            return aim, verb
        if (found := next((token for token in near if lemma(token) == word), None)) is not None:
            return aim, found
    return None


@functools.cache
def default_repetitions() -> dict[str, list[tuple[str, str]]]:
    """Verb lemma -> its (word, aim) pairs, from the package's repetitions.tsv."""
    text = package_data("repetitions.tsv")
    return parse_repetitions(text, "repetitions.tsv")


def parse_repetitions(text: str, name: str) -> dict[str, list[tuple[str, str]]]:
    """Parse 'verb<TAB>word<TAB>aim' lines (after a header); raise ValueError naming the bad line."""
    phrases: dict[str, list[tuple[str, str]]] = {}
    for number, line in data_lines(text):
        fields = line.split("\t")
        if len(fields) != 3 or fields[2] not in (BACK, SAME) or not all(fields[:2]):
            raise ValueError(f"{name}:{number}: expected 'verb<TAB>word<TAB>back|same', got {line!r}")
        phrases.setdefault(fields[0], []).append((fields[1], fields[2]))
    return phrases


def is_retaliation(trigger: Token) -> bool:
    """An act told as an answer to another: "retaliatory airstrikes", "retaliated", "carried
    out retaliatory strikes", "in reprisal for the attack"."""
    words = [trigger, *trigger.children, *(grandchild for child in trigger.children for grandchild in child.children)]
    return any(lemma(word) in RETALIATION_WORDS for word in words)
