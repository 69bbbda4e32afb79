"""Where an event happened: the places of one spaCy Doc, resolved against the gazetteer.

`DocumentPlaces(doc, gazetteer, dateline).event_location(sentence, trigger)` gives the
Location of the event whose trigger word is `trigger`, or None. It takes, in order:
1. a location phrase attached to the trigger or to its object ("clashed with police in
   Hebron", "arrested protesters outside parliament in Tbilisi");
2. else the location phrase nearest the trigger elsewhere in the sentence ("Protesters in
   Hong Kong clashed with police"), leaving out relative clauses, appositions and
   complement clauses that do not hold the trigger ("Walker, who lives in Ohio, met her":
   Ohio places Walker, not the meeting);
3. else the dateline's place ("BEIRUT, Lebanon —");
4. else None.

A location phrase is a place after a locative preposition (in, at, near, outside, inside,
around, across, within, throughout, into, off, along); after "on" only a site that is not a
country ("on the Temple Mount", while "sanctions on Iran" names a target); after "to" only
when a word of travel governs it ("flew to Riyadh"); or the object of a verb whose object
is where it happens ("visited California"). Prepositions of several words are no places
("in honor of Lewis"), and neither is a country that only modifies a noun: it names an
owner ("killed in a US operation"; "outside the US embassy in Baghdad" -> Baghdad). Within
the chosen phrases the most specific place wins: landmark, city, admin region, region,
country ("in Aleppo, Syria" -> Aleppo; "in Syria's Idlib province" -> Idlib).

A place name is a capitalised span the gazetteer knows that is not part of a longer name
("Windsor" in "Windsor Locks") or of a person's, date's or organisation's name; an ordinary
word that also names a town ("Police", "Union") is one only inside the place that holds it
("Union, New Jersey").

A name with several readings ("Paris", "Georgia", "Tripoli") takes a reading that lies
inside the place that holds it in the text, after a comma or as its possessor ("Paris,
Texas"; "London's Hyde Park"); with none there, as for "Randolph, New Hampshire", a town
the gazetteer lacks, the name is dropped and the holder stands. Among those it prefers, in
order: a division when the name itself holds another ("Portland, Oregon" is the state); a
reading in a country or admin region named beside it in the phrase ("the Syrian city of
Aleppo"); one no namesake dwarfs in a country named elsewhere in its sentence ("Riyadh
ordered a curfew in Medina", in an article about Ohio); one that is not a small town called
so only by an alternate name beside a far bigger reading (`is_minor_alias`: "Portland" is
not Blue Island, Illinois); one in an admin region the document names ("Paris" in an
article that names Texas); one not dwarfed by a far bigger namesake (`is_dwarfed`:
"Lebanon" the country, not Lebanon, Tennessee); one in the country the document talks
about most (its focus: country names, adjectives and unambiguous places of the document
and its dateline); a country before a city, admin region, region or landmark ("Mexico";
"Washington" the city); the most populous.

This module only reads places. Whether a place in a sentence is also an actor ("fired
rockets at Israel") is the actor coder's business.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.actors.mentions import LOCATIVE_PREPOSITIONS, names_origin
from newsevents.places.gazetteer import Gazetteer, Place, name_key
from newsevents.records import Location

SITE_PREPOSITIONS = frozenset({"on"})
"""Locative only before a site: "clashes on the Temple Mount", not "sanctions on Iran"."""
EXTRA_LOCATIVE_PREPOSITIONS = frozenset({"into", "off", "along"})
TRAVEL_WORDS = frozenset({
    "travel", "fly", "arrive", "go", "come", "return", "head", "visit", "trip", "journey", "tour",
    "deploy", "send", "dispatch", "move", "march", "sail",
})
"""Words after which "to X" is where the next events happen: "flew to Riyadh to meet the king"."""
DESTINATION_VERBS = frozenset({"visit", "tour", "enter", "reach", "invade"})
"""Verbs whose object, when a place, is where they happen: "visited California"."""
PHRASE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | SITE_PREPOSITIONS | EXTRA_LOCATIVE_PREPOSITIONS | {"of"}
"""Prepositions inside a location phrase that keep to the place: "in the outskirts of Kabul"."""
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "pcomp"})
SPATIAL_NOUNS = frozenset({
    "front", "middle", "centre", "center", "heart", "vicinity", "outskirts", "suburbs", "part", "parts",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
})
"""Nouns of place that "in ... of" keeps locative: "in front of the embassy", "in parts of Kabul"."""
DESCRIPTION_DEPS = frozenset({"relcl", "acl", "appos", "ccomp"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nn"})
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "dative"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
FOCUS_LABELS = PLACE_LABELS | {"NORP"}
MISLABELLED_PLACE_LABELS = frozenset({"ORG", "NORP"})
"""Labels the parser gives places as a whole often enough ("the Gaza Strip" ORG, "Punjab" NORP)."""
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater",
})
"""Words before a place that describe part of it, not a longer name: "Northern Syria"."""
MAX_NAME_TOKENS = 7  # "Autonomous Administration of North and East Syria"
DWARF_RATIO = 10
"""A namesake abroad this many times more populous is what a name means unless the text places it."""
TOWN_RATIO = 20
"""A city outranks the division of its name unless that division is this many times bigger:
"Washington" is the capital (a state 11 times bigger), "Delaware" the state (24 times)."""
CONTAINING_FEATURES = frozenset({"country", "admin", "region"})
READING_PRIORITY = {"country": 4, "city": 3, "admin": 2, "region": 1, "landmark": 0}
"""For one name with readings of several kinds: "Mexico" is the country, "Washington" the city."""

_DATELINE_PLACE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)?)"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s"
)


def find_dateline_place(text: str) -> str | None:
    """The place of a dateline opening `text`: "BEIRUT, Lebanon" from "BEIRUT, Lebanon — ...".

    A dateline is a place in capitals, optionally followed by its country or state, an
    agency in brackets and a dash: "KABUL (Reuters) - ", "GAZA CITY, Gaza Strip (AP) — ".
    """
    match = _DATELINE_PLACE.match(text)
    return match["place"] if match else None


def without_dateline(text: str) -> str:
    """`text` with its opening dateline ("KABUL, Afghanistan (AP) — ") blanked out, character
    for character, so that the parser does not read the place as the first sentence's subject
    while every offset still points into the original text."""
    match = _DATELINE_PLACE.match(text)
    return " " * match.end() + text[match.end():] if match else text


def specificity(place: Place) -> int:
    """Lower is narrower: landmark, city, admin region, region within a country, country, wider region."""
    if place.feature == "region":
        return 3 if place.country else 5
    return {"landmark": 0, "city": 1, "admin": 2, "country": 4}[place.feature]


# A town that places an actor ("Karachi police") is a sizeable one: "West" or "Chief" name
# villages somewhere, never an actor's home; unless the document names its region ("Paris"
# in an article about Texas).
ACTOR_PLACE_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class PlaceMention:
    """A name in the text that the gazetteer knows: token range [start, end) and its readings."""

    start: int
    end: int
    candidates: tuple[Place, ...]
    name: str = ""  # as written

    @property
    def country(self) -> str | None:
        """The country every reading is in, if they agree."""
        countries = {place.country for place in self.candidates}
        return countries.pop() if len(countries) == 1 else None

    @property
    def leading_country(self) -> str | None:
        """The country of the readings that no namesake abroad dwarfs, if they agree: "Lagos"
        is Nigeria's city, not the small town in Portugal; None when no reading stands out."""
        countries = {place.country for place in self.candidates if not is_dwarfed(place, self.candidates)}
        return countries.pop() if len(countries) == 1 else None

    @property
    def region(self) -> tuple[str, str] | None:
        """The admin region every reading is in, if they agree."""
        regions = {place.region for place in self.candidates}
        return regions.pop() if len(regions) == 1 else None


@dataclass(frozen=True)
class Context:
    """What the names beside a mention say about where it is.

    `container` is the name the mention lies inside: after it and a comma ("Paris, Texas";
    "BEIRUT, Lebanon") or its possessor ("London's Hyde Park"). `holds_another` says the
    mention is itself such a container, so a division rather than a town ("Portland,
    Oregon"). `countries` and `regions` are named elsewhere in its conjunct and only suggest
    where it lies: in "the US embassy in Baghdad" the US owns, not contains. `sentence_countries`
    are named anywhere else in its sentence, and vouch only for a reading no namesake dwarfs:
    "Riyadh extended curfews in Mecca" is the Saudi city, whatever town the document's focus
    country has of that name.
    """

    container: PlaceMention | None
    holds_another: bool
    countries: frozenset[str]
    regions: frozenset[tuple[str, str]]
    sentence_countries: frozenset[str] = frozenset()

    def contains(self, place: Place) -> bool:
        """True when the place may lie inside some reading of the container (always, without one)."""
        return self.container is None or any(encloses(outer, place) for outer in self.container.candidates)


def encloses(outer: Place, inner: Place) -> bool:
    """Whether `inner` may lie inside `outer`, as far as kinds, countries and admin regions tell.

    A city holds only landmarks: "Portland, Oregon" is in the state, not in Oregon, Ohio.
    """
    if outer.feature in ("city", "landmark") and inner.feature != "landmark":
        return False
    if outer.country is None or inner.country is None:
        return True  # seas and continents: nothing to check against
    if outer.feature != "country" and outer.region:
        return inner.region == outer.region
    return inner.country == outer.country


@dataclass(frozen=True)
class LocationPhrase:
    """A location phrase and the places it names.

    `anchor` hangs the phrase on the rest of the sentence: the preposition ("in" of "in
    Gaza"), or the place itself when it is a verb's object ("visited Gaza").
    """

    anchor: Token
    places: tuple[tuple[Place, int], ...]  # (reading, token index), in document order


class DocumentPlaces:
    """The places of one document, and the place of each of its events.

    `dateline` is the dateline's place as written ("BEIRUT, Lebanon", "KABUL"), such as
    `find_dateline_place(document.text)` returns; it counts toward the document's focus
    and is the last resort for events whose sentences name no place.
    """

    def __init__(self, doc: Doc, gazetteer: Gazetteer, dateline: str | None = None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self._entities = {index: entity for entity in map(without_determiner, doc.ents)
                          for index in range(entity.start, entity.end)}
        self.country_focus: Counter[str] = Counter()
        self.region_focus: Counter[tuple[str, str]] = Counter()
        # Where each counted country is named: the first token of each naming, -1 for the dateline.
        self._country_named_at: dict[str, list[int]] = {}
        for entity in doc.ents:
            if entity.label_ in FOCUS_LABELS and names_origin(entity.root):
                continue  # "born in Taiwan": where a person comes from, not what the document is about
            if entity.label_ in FOCUS_LABELS:
                self._count_focus(entity.text, entity.start)
            elif entity.label_ == "ORG" and (country := self._organisation_country(entity)):
                self._count_country(country, entity.start)  # "the Nigerian Interior Ministry"
        for part in dateline_parts(dateline):
            self._count_focus(part, -1)
        self.dateline_place = self._dateline_place(dateline)
        # By sentence start: a sentence may hold several events.
        self._phrases: dict[int, list[LocationPhrase]] = {}

    def event_location(self, sentence: Span, trigger: Token) -> Location | None:
        """Where the event of `trigger` in `sentence` happened, as precisely as the text says; None if nowhere."""
        phrases = self._sentence_phrases(sentence)
        attached = [phrase for phrase in phrases if is_attached(phrase.anchor, trigger)]
        if attached:
            return as_location(most_specific(place for phrase in attached for place in phrase.places)[0])
        # A relative clause or an apposition places a participant, not the event, and what is
        # said places what is said: "Walker, who lives in Ohio, met her", "the governor of
        # Louisiana, a state on the Gulf of Mexico, declared", "told Raisi that attacks in Gaza ...".
        phrases = [phrase for phrase in phrases if not in_other_description(phrase.anchor, trigger)]
        if phrases:
            nearest = min(phrases, key=lambda phrase: (arc_distance(phrase.anchor, trigger),
                                                       abs(phrase.anchor.i - trigger.i)))
            return as_location(most_specific(nearest.places)[0])
        return as_location(self.dateline_place) if self.dateline_place else None

    @property
    def focus_country(self) -> str | None:
        """The country the document names most often, if one leads (a tie says nothing)."""
        ranked = self.country_focus.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    @property
    def focus_named_at(self) -> tuple[int, ...]:
        """Where the document names its focus country: the first token of each naming, -1
        for the dateline; empty without a focus."""
        focus = self.focus_country
        return tuple(self._country_named_at[focus]) if focus is not None else ()

    def place_acted_on(self, sentence: Span, trigger: Token) -> tuple[Location, Span] | None:
        """The place an action is aimed at, with its words: a location phrase on the trigger,
        its object or the object of one of its prepositions ("shelled the airport in Juba",
        "fired at targets in Jericho", "imposed a curfew in Cizre"), or its object when that is
        a place ("shelled Kharkiv"); None if there is none."""
        aimed = [phrase for phrase in self._sentence_phrases(sentence) if is_aimed_at(phrase.anchor, trigger)]
        if not aimed:
            # Not among the sentence's location phrases: "recognised Kosovo" does not happen there.
            aimed = [phrase for obj in trigger.children if obj.dep_ == "dobj" and obj.ent_type_ in PLACE_LABELS
                     and (phrase := self._phrase(obj)).places]
        if not aimed:
            return None
        place, index = most_specific(place for phrase in aimed for place in phrase.places)
        words = self._entities.get(index) or self.doc[index : index + 1]
        return as_location(place), words

    def place_at(self, sentence: Span, trigger: Token) -> tuple[Location, Span] | None:
        """The place a location phrase on the trigger or its object names, with its words
        ("lifted the curfew in Tanzania", "closed its embassy in Lima"); None if there is none."""
        on_word = [phrase for phrase in self._sentence_phrases(sentence) if is_attached(phrase.anchor, trigger)]
        if not on_word:
            return None
        place, index = most_specific(place for phrase in on_word for place in phrase.places)
        return as_location(place), self._entities.get(index) or self.doc[index : index + 1]

    def country_of(self, name: str) -> str | None:
        """The country of a town or region named in an actor's phrase ("Dubai's ruler", "police
        in Karachi"), read as the document's places are; None for names of no sizeable place."""
        candidates = tuple(self.gazetteer.candidates(name))
        if not candidates:
            return None
        place = self._resolve(PlaceMention(0, 0, candidates, name), Context(None, False, frozenset(), frozenset()))
        if place is None:
            return None
        small = place.feature == "city" and place.population < ACTOR_PLACE_MIN_POPULATION
        if small and not (place.region is not None and self.region_focus[place.region] > 0):
            return None
        return place.country

    # Focus ----------------------------------------------------------------------

    def _count_focus(self, text: str, index: int) -> None:
        """Count the country (and admin region) a name at token `index` points to, when it
        points to only one or its other readings are small namesakes abroad ("Lagos")."""
        country = self.gazetteer.country_named(text)
        candidates = self.gazetteer.candidates(text)
        mention = PlaceMention(0, 0, tuple(candidates))
        country = country or mention.country or mention.leading_country
        if country:
            self._count_country(country, index)
        # Only a named division counts ("Texas"): its towns' namesakes abroad are too many to trust.
        if candidates and all(place.feature == "admin" for place in candidates) and mention.region:
            self.region_focus[mention.region] += 1

    def _count_country(self, country: str, index: int) -> None:
        self.country_focus[country] += 1
        self._country_named_at.setdefault(country, []).append(index)

    def _organisation_country(self, organisation: Span) -> str | None:
        """The country named by a word before the last of an organisation's name ("the Kenyan
        Senate"); a name that is only a nationality ("Ugandan", which the parser sometimes
        labels ORG) is no organisation's."""
        return next((country for token in organisation[:-1] if token.pos_ in ("PROPN", "ADJ")
                     and (country := self.gazetteer.country_named(token.text))), None)

    def _dateline_place(self, dateline: str | None) -> Place | None:
        parts = dateline_parts(dateline)
        mentions = [PlaceMention(number, number + 1, tuple(self.gazetteer.candidates(part)), part)
                    for number, part in enumerate(parts)]
        mentions = [mention for mention in mentions if mention.candidates]
        if not mentions:
            return None
        places = []
        for number, (mention, container) in enumerate(zip(mentions, [*mentions[1:], None])):
            context = Context(container, number > 0, frozenset(), frozenset())
            if (place := self._resolve(mention, context)) is not None:
                places.append((place, mention.start))
        return most_specific(places)[0] if places else None

    # Phrases --------------------------------------------------------------------

    def _sentence_phrases(self, sentence: Span) -> list[LocationPhrase]:
        """The location phrases of a sentence that name places."""
        if sentence.start not in self._phrases:
            phrases = (self._phrase(head) for head in self._location_heads(sentence))
            self._phrases[sentence.start] = [phrase for phrase in phrases if phrase.places]
        return self._phrases[sentence.start]

    def _location_heads(self, sentence: Span) -> list[Token]:
        """Objects of prepositions and of destination verbs in `sentence` that may say where something is.

        Whether they do is the gazetteer's call: "at the police" names no place, "in the West
        Bank" does, though "Bank" alone would be a sector noun to the actor coder.
        """
        return [
            token for token in sentence
            if (token.dep_ == "pobj" and token.head.dep_ == "prep" and is_locative(token.head)
                and not is_complex_preposition(token))
            or (token.dep_ == "dobj" and token.head.lemma_.lower() in DESTINATION_VERBS)
        ]

    def _phrase(self, head: Token) -> LocationPhrase:
        """The places named in the phrase around `head`.

        Each name is read in the context of the names of its own conjunct: in "in Paris,
        Texas and Berlin", Texas places Paris but Berlin does not.
        """
        tokens = phrase_tokens(head)
        mentions = self._mentions(tokens)
        places: list[tuple[Place, int]] = []
        for key, group_tokens in conjunct_groups(tokens, head).items():
            group = [mention for mention in mentions if conjunct_key(self._root(mention), head) == key]
            named_countries = self._named_countries(group_tokens)
            for mention in group:
                place = self._resolve(mention, self._context(mention, group, named_countries))
                if place is not None and not self._names_owner(mention, place):
                    places.append((place, mention.start))
            capital = self._capital(group_tokens, named_countries)
            if capital is not None:
                places.append(capital)
        anchor = head if head.dep_ == "dobj" else head.head
        if anchor.lower_ in SITE_PREPOSITIONS:
            places = [(place, index) for place, index in places if place.feature != "country"]
        return LocationPhrase(anchor, tuple(places))

    def _names_owner(self, mention: PlaceMention, place: Place) -> bool:
        """A country modifying a noun says whose it is, not where: "in a US operation", "at the
        US embassy in Baghdad". A city or state doing so is where: "on a Florida highway"."""
        return place.feature == "country" and self._root(mention).dep_ in MODIFIER_DEPS

    def _root(self, mention: PlaceMention) -> Token:
        return self.doc[mention.start : mention.end].root

    def _mentions(self, tokens: list[Token]) -> list[PlaceMention]:
        """Place names in the tokens, leftmost-longest, never across a token gap."""
        mentions: list[PlaceMention] = []
        for run in contiguous_runs(tokens):
            position = 0
            while position < len(run):
                mention = self._longest_mention(run, position)
                if mention is None:
                    position += 1
                else:
                    mentions.append(mention)
                    position += mention.end - mention.start
        return mentions

    def _longest_mention(self, run: list[Token], position: int) -> PlaceMention | None:
        for end in range(min(len(run), position + MAX_NAME_TOKENS), position, -1):
            span = self.doc[run[position].i : run[end - 1].i + 1]
            if self._may_name_place(span):
                candidates = self.gazetteer.candidates(span.text)
                if candidates:
                    return PlaceMention(span.start, span.end, tuple(candidates), span.text)
        return None

    def _may_name_place(self, span: Span) -> bool:
        """A span is a place name if it is a proper name and no person's name or part of another name.

        "Lewis" the congressman and "March" the month are no places; "Georgetown" in
        "Georgetown University" is none either; "the Gaza Strip" labelled as an organisation
        is one as a whole, and so is a country's name the parser labels anything but a person
        ("in Niger" read as a date).
        """
        if not (is_name_word(span[0]) and is_name_word(span[-1]) and any(token.pos_ == "PROPN" for token in span)):
            return False
        if self._continues_name(span.start - 1, span) or self._continues_name(span.end, span):
            return False  # part of a longer name: "Windsor" in "Windsor Locks", "Bay" in "Jakarta Bay"
        for token in span:
            entity = self._entities.get(token.i)
            if entity is None or entity.label_ in PLACE_LABELS:
                continue
            # A country's name is one whatever else but a person the parser takes it for ("in Niger" as a date).
            mislabelled = entity.label_ in MISLABELLED_PLACE_LABELS or (
                entity.label_ != "PERSON" and self.gazetteer.country_named(span.text) is not None)
            if not mislabelled or (entity.start, entity.end) != (span.start, span.end):
                return False
        return True

    def _continues_name(self, index: int, span: Span) -> bool:
        """True when the token at `index`, next to the span in its sentence, is part of the same name."""
        if not span.sent.start <= index < span.sent.end:
            return False
        token = self.doc[index]
        return token.pos_ == "PROPN" and not (index < span.start and token.lower_ in COMPASS_WORDS)

    def _named_countries(self, tokens: list[Token]) -> dict[str, tuple[int, int]]:
        """Countries named by country words in the tokens ("Syrian", "Syria's"), with their token ranges."""
        named: dict[str, tuple[int, int]] = {}
        for run in contiguous_runs(tokens):
            for start in (start for start, token in enumerate(run) if is_name_word(token)):
                for end in range(start + 1, min(len(run), start + 3) + 1):
                    country = self.gazetteer.country_named(self.doc[run[start].i : run[end - 1].i + 1].text)
                    if country:
                        named.setdefault(country, (run[start].i, run[end - 1].i + 1))
        return named

    def _capital(self, tokens: list[Token], named_countries: dict[str, tuple[int, int]]) -> tuple[Place, int] | None:
        """ "in the Syrian capital" -> Damascus: the capital of the one country the phrase names."""
        capital_word = next((token for token in tokens if token.lemma_.lower() == "capital" and token.pos_ == "NOUN"),
                            None)
        if capital_word is None or len(named_countries) != 1:
            return None
        capital = self.gazetteer.capital(next(iter(named_countries)))
        return (capital, capital_word.i) if capital else None

    # Readings -------------------------------------------------------------------

    def _context(self, mention: PlaceMention, mentions: list[PlaceMention],
                 named_countries: dict[str, tuple[int, int]]) -> Context:
        """What the other names of the conjunct say about where `mention` is."""
        others = [other for other in mentions if other is not mention]
        container = next((other for other in others if self._holds(other, mention)), None)
        holds_another = any(self._holds(mention, other) for other in others)
        countries = {country for other in others if (country := other.country)}
        countries |= {country for country, (start, end) in named_countries.items()
                      if end <= mention.start or start >= mention.end}
        regions = {region for other in others if (region := other.region)}
        return Context(container, holds_another, frozenset(countries), frozenset(regions),
                       self._sentence_countries(mention))

    def _sentence_countries(self, mention: PlaceMention) -> frozenset[str]:
        """The countries the focus count met in the mention's sentence, outside the mention
        itself: a name does not vouch for its own reading."""
        sentence = self.doc[mention.start].sent
        return frozenset(country for country, named_at in self._country_named_at.items()
                         if any(sentence.start <= index < sentence.end and not mention.start <= index < mention.end
                                for index in named_at))

    def _holds(self, outer: PlaceMention, inner: PlaceMention) -> bool:
        """True when the text puts `inner` inside `outer`: "Paris, Texas", "Syria's Idlib province"."""
        if outer.start == inner.end + 1 and self.doc[inner.end].text == ",":
            return True
        outer_root, inner_root = self._root(outer), self._root(inner)
        owned = {inner_root.i, inner_root.head.i} if inner_root.dep_ == "compound" else {inner_root.i}
        return outer_root.dep_ == "poss" and outer_root.head.i in owned

    def _resolve(self, mention: PlaceMention, context: Context) -> Place | None:
        """The reading of a name best supported by its context, the document and its size.

        None when no reading lies inside its container: "Randolph, New Hampshire" is a town
        too small for the gazetteer, not Randolph, Massachusetts, and the phrase is left to
        New Hampshire; and for an ordinary word no container places (`Gazetteer.is_common_word`).
        """
        readings = [place for place in mention.candidates if context.contains(place)]
        if not readings or context.container is None and self.gazetteer.is_common_word(mention.name):
            return None  # "On Police reform" names no town in Poland; "Police, Poland" does
        return max(readings, key=lambda place: self._evidence(place, mention, context))

    def _evidence(self, place: Place, mention: PlaceMention, context: Context) -> tuple:
        candidates = mention.candidates
        return (
            context.holds_another and place.feature in CONTAINING_FEATURES,
            place.region is not None and place.region in context.regions,
            place.country in context.countries,
            # Before the document's regions and focus, which speak for the document, not the sentence.
            place.country in context.sentence_countries and not is_dwarfed(place, candidates),
            not is_minor_alias(place, mention),
            place.region is not None and self.region_focus[place.region] > 0,
            not is_dwarfed(place, candidates),
            self.country_focus[place.country] if place.country else 0,
            READING_PRIORITY[place.feature],
            place.population,
        )


def is_dwarfed(place: Place, candidates: tuple[Place, ...]) -> bool:
    """True for a small namesake: of a place abroad DWARF_RATIO times bigger ("Paris, Texas"),
    or a town named after its own country's division, TOWN_RATIO times bigger ("Delaware, Ohio")."""
    for other in candidates:
        if other.country != place.country and other.population > DWARF_RATIO * place.population:
            return True
        if (other.country == place.country and place.feature == "city" and other.feature == "admin"
                and other.population > TOWN_RATIO * place.population):
            return True
    return False


def is_minor_alias(place: Place, mention: PlaceMention) -> bool:
    """True for a town the name calls only by one of its alternate names, beside a reading
    DWARF_RATIO times bigger: geonames lists old names and nicknames of small towns that
    are other places' names ("Portland" for Blue Island, Illinois), while a big city's
    alternate names are what the news calls it ("Mecca" for Makkah)."""
    if place.feature != "city" or name_key(place.name) == name_key(mention.name):
        return False
    return any(other.population > DWARF_RATIO * place.population for other in mention.candidates)


def is_locative(preposition: Token) -> bool:
    word = preposition.lower_
    if word in LOCATIVE_PREPOSITIONS | SITE_PREPOSITIONS | EXTRA_LOCATIVE_PREPOSITIONS:
        return True
    return word == "to" and preposition.head.lemma_.lower() in TRAVEL_WORDS


def is_complex_preposition(noun: Token) -> bool:
    """True for the noun of "in honor of X", "in support of X", "on behalf of X": a preposition
    of several words, whose object is no place of the event. "in front of" stays a place."""
    bare = not any(child.dep_ in ("det", "poss") for child in noun.children)
    has_of = any(child.dep_ == "prep" and child.lower_ == "of" for child in noun.children)
    return noun.pos_ == "NOUN" and bare and has_of and noun.lemma_.lower() not in SPATIAL_NOUNS


def without_determiner(entity: Span) -> Span:
    """The entity without a leading "the", which names do not include ("the Al-Aqsa Mosque")."""
    start = entity.start
    while start < entity.end - 1 and entity.doc[start].pos_ == "DET":
        start += 1
    return Span(entity.doc, start, entity.end, label=entity.label)


def dateline_parts(dateline: str | None) -> list[str]:
    """ "BEIRUT, Lebanon" -> ["BEIRUT", "Lebanon"]."""
    return [part.strip() for part in (dateline or "").split(",") if part.strip()]


def phrase_tokens(head: Token) -> list[Token]:
    """The head with its modifiers, appositions, conjuncts and "of" or locative phrases; no clauses."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ not in PHRASE_PREPOSITIONS):
            continue
        tokens.extend(phrase_tokens(child))
    return sorted(tokens, key=lambda token: token.i)


def conjunct_key(token: Token, head: Token) -> int:
    """Which conjunct of the phrase headed by `head` a token belongs to (by its conjunct's index).

    Only coordination with "and"/"or" separates places; "Aleppo, Syria", which the parser
    may also attach as a conjunct, describes one place.
    """
    key = head.i
    while token != head and token.i != token.head.i:
        if token.dep_ == "conj" and any(child.dep_ == "cc" for child in token.head.children):
            key = token.i
        token = token.head
    return key


def conjunct_groups(tokens: list[Token], head: Token) -> dict[int, list[Token]]:
    groups: dict[int, list[Token]] = {}
    for token in tokens:
        groups.setdefault(conjunct_key(token, head), []).append(token)
    return groups


def contiguous_runs(tokens: list[Token]) -> list[list[Token]]:
    """Sorted tokens cut where a token is missing."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def is_name_word(token: Token) -> bool:
    """A capitalised word that may start or end a place name ("Gaza", "U.S."), not punctuation."""
    capitalised = token.is_title or token.is_upper or token.pos_ == "PROPN"
    return capitalised and not token.is_punct and token.text[:1].isalpha()


def in_other_description(token: Token, trigger: Token) -> bool:
    """True when the token lies in a relative clause, an apposition or a complement clause that
    does not hold the trigger."""
    clause = next((ancestor for ancestor in token.ancestors if ancestor.dep_ in DESCRIPTION_DEPS), None)
    return clause is not None and trigger not in clause.subtree


def is_attached(anchor: Token, trigger: Token) -> bool:
    """True when the phrase's anchor hangs on the trigger or on the trigger's object."""
    holder = anchor.head
    return holder == trigger or (holder.dep_ in OBJECT_DEPS and holder.head == trigger)


def is_aimed_at(anchor: Token, trigger: Token) -> bool:
    """True when the phrase hangs on the trigger, its object or its prepositional object."""
    holder = anchor.head
    if holder.dep_ == "pobj" and holder.head.head == trigger:
        return True
    return is_attached(anchor, trigger)


def arc_distance(first: Token, second: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    first_path = [first, *first.ancestors]
    second_steps = {token.i: steps for steps, token in enumerate([second, *second.ancestors])}
    for steps, token in enumerate(first_path):
        if token.i in second_steps:
            return steps + second_steps[token.i]
    return len(first_path) + len(second_steps)


def most_specific(places: Iterable[tuple[Place, int]]) -> tuple[Place, int]:
    """The narrowest place, the earliest in the text among equals."""
    return min(places, key=lambda item: (specificity(item[0]), item[1]))


def as_location(place: Place) -> Location:
    return Location(name=place.name, country=place.country, lat=place.lat, lon=place.lon, feature=place.feature)
