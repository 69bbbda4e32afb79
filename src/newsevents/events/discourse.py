"""What one document tells across its sentences: acts that refer to acts told before them,
and the same act told more than once.

`DocumentActs` follows a document's events in order and gives an event without a target the
one an earlier act implies: words about an act ("Poland condemned the attack") are aimed at
whoever did it, a retaliation at the latest attacker. `without_restatements` keeps one event
per happening. Both work on coded actors, not on text, and stay within one document.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.dates import PUBLICATION
from newsevents.events.extractor import FoundEvent, lemma, object_head
from newsevents.events.lexicon import Lexicon
from newsevents.records import ActorMention, Event

# CAMEO roots of words said about an act: deny, praise, disapprove, reject ("condemned the attack").
JUDGING_ROOTS = frozenset({"01", "05", "11", "12"})
# Uses of force a retaliation answers: coerce, assault, fight, mass violence.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
RETALIATION_WORDS = frozenset({"retaliatory", "retaliation", "retaliate", "reprisal"})


class DocumentActs:
    """Who did the acts told so far in a document, latest last, by CAMEO root."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.doers: dict[str, ActorMention] = {}

    def tell(self, found: FoundEvent) -> None:
        """Remember the doer of an act the document tells as done."""
        if found.source.country is not None and not found.negated:
            self.doers.pop(found.cameo[:2], None)
            self.doers[found.cameo[:2]] = found.source

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
        if act is None or act.pos_ != "NOUN" or found.cameo[:2] not in JUDGING_ROOTS:
            return found
        kinds = {entry.cameo[:2] for entry in self.lexicon.for_trigger(lemma(act)) if not entry.is_blocker} - {"01"}
        doer = self.latest_doer(kinds, found.source)
        if doer is None:
            return found
        return replace(found, target=ActorMention(act.text, (act.idx, act.idx + len(act.text)), doer.code, doer.country, doer.sector))

    def with_attacker_target(self, found: FoundEvent) -> FoundEvent:
        """A retaliation without a target is aimed at whoever did the latest use of force told
        before it ("Hamas fired rockets at Israel, triggering retaliatory airstrikes by Israel")."""
        doer = self.latest_doer(FORCE_ROOTS, found.source)
        return found if doer is None else replace(found, target=doer)

    def latest_doer(self, kinds: frozenset[str] | set[str], source: ActorMention) -> ActorMention | None:
        """The doer of the latest act of these kinds, not on the source's own side."""
        doers = [doer for kind, doer in self.doers.items() if kind in kinds and not compatible_codes(doer, source)]
        return doers[-1] if doers else None


def without_restatements(events: list[Event]) -> list[Event]:
    """One event per happening: an article retells its news ("Cohen spoke with Cavusoglu" in
    the lead, "spoke by telephone with" further down), and each retelling would count the
    same act again. Events with the same actors, CAMEO root, date and flags are one, an actor
    named by its country alone ("Turkey warned") being the same as one with a sector ("Turkish
    officials warned"), a telling without a target the same as one with ("Turkey warned",
    "Turkey warned Israel"), and all tellings the text gives no date for having the same date
    (whether the fallback is the publication day or its month). The most specific telling is
    kept (code, then actor codes, then confidence, then the first told), with its own sentence."""
    told: dict[tuple, list[Event]] = {}
    for event in events:
        told_date = None if event.date_source == PUBLICATION else event.date
        key = (country_of(event.source), event.cameo_root, told_date, event.negated, event.hypothetical)
        tellings = told.setdefault(key, [])
        same = next((held for held in tellings if same_actors(held, event)), None)
        if same is None:
            tellings.append(event)
        elif specificity(event) > specificity(same):
            tellings[tellings.index(same)] = event
    chosen = {id(event) for tellings in told.values() for event in tellings}
    return [event for event in events if id(event) in chosen]


def country_of(actor: ActorMention | None) -> str | None:
    return None if actor is None else actor.country or actor.code


def same_actors(first: Event, second: Event) -> bool:
    """The same source and target, but for a bare country code on either side or a target
    only one of the two names."""
    if not compatible_codes(first.source, second.source):
        return False
    return first.target is None or second.target is None or compatible_codes(first.target, second.target)


def compatible_codes(first: ActorMention, second: ActorMention) -> bool:
    """The same actor, or the same country, one of the two named by the country alone."""
    if first.code == second.code:
        return True
    return first.country is not None and first.country == second.country and first.country in (first.code, second.code)


def specificity(event: Event) -> tuple[int, int, float]:
    actor_codes = [actor.code or "" for actor in (event.source, event.target) if actor is not None]
    return len(event.cameo), sum(map(len, actor_codes)), event.confidence




def is_retaliation(trigger: Token) -> bool:
    """An act told as an answer to another: "retaliatory airstrikes", "retaliated", "carried
    out retaliatory strikes", "in reprisal for the attack"."""
    words = [trigger, *trigger.children, *(grandchild for child in trigger.children for grandchild in child.children)]
    return any(lemma(word) in RETALIATION_WORDS for word in words)
