"""Code documents into events: parse, find events, resolve actors and dates.

`code_documents` is the batch entry point shared by the CLI, the Python API and
the runners; `code_text` codes one string.
"""

from __future__ import annotations

import functools
import gc
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.version import __version__
from newsevents.actors import ActorBase, DocumentActors
from newsevents.actors.knowledge import NON_STATE_COUNTRIES, ActorCode
from newsevents.actors.learned import observe_people
from newsevents.actors.mentions import FIRST_PERSON_PRONOUNS, PERSONAL_PRONOUNS, THING_PRONOUNS
from newsevents.dates import PUBLICATION, find_dateline, narrative_date, resolve_event_date
from newsevents.events.discourse import DocumentActs, without_restatements
from newsevents.events.extractor import (
    PROTEST_ROOT, UNKNOWN_CODE, VIOLENCE_ROOTS, FoundEvent, find_events, first_conjunct_verb, is_foreign_script,
    is_question, is_told_as_earlier)
from newsevents.events.lexicon import Lexicon
from newsevents.events.transcripts import aimed_at_speaker, answering_turns, asking_turns, in_spans, is_general_talk
from newsevents.casing import Recaser
from newsevents.nlp import english_words, load_model, parse, split_long_text
from newsevents.quotes import find_quotes
from newsevents.places import DocumentPlaces, Gazetteer, find_dateline_place, without_dateline
from newsevents.records import ActorMention, CodedDocument, Document, Event, LearnedActor, Location, Quote

CODER_VERSION = f"newsevents-{__version__}"
# Nouns that name what someone said ("Erdogan's comments", "earlier criticism from X").
SPEECH_NOUNS = frozenset({"comment", "remark", "criticism", "statement", "speech", "interview", "warning",
                          "condemnation", "address", "declaration", "announcement"})
# CAMEO's sector of unidentified armed forces, the doers of violence known only by where it happened.
UNIDENTIFIED_FORCES = "UAF"
# An arrest or detention (CAMEO 173, told by these verbs: not a charge or an impeachment, which
# prosecutors and legislatures make) whose doer the sentence does not name was made by the
# police of the country where it happened: only its authorities arrest there.
ARREST = "173"
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "nab"})
POLICE = "COP"
PRONOUNS = PERSONAL_PRONOUNS | FIRST_PERSON_PRONOUNS | THING_PRONOUNS | {"they", "them"}
# CAMEO roots whose action may be aimed at a place: investigate (an inquiry or inspection
# in a country concerns that country), threaten, protest, mobilise, coerce, assault, fight,
# mass violence.
PLACE_TARGET_ROOTS = frozenset({"09", "13", "14", "15", "17", "18", "19", "20"})
# CAMEO roots of material acts on what is kept in a place, which concern the place's country:
# cooperation, aid, yielding, cutting ties ("lifted the curfew in X", "closed its embassy in X");
# also when only announced ("will evacuate its bases in X"), so read from the pattern's code.
PLACED_THING_ROOTS = frozenset({"06", "07", "08", "16"})
# Sectors of people within a state who protest against its authorities: their march or strike
# with no named target is aimed at their own government (PLOVER's PROTEST is "against the
# recipient", in its modes mostly "government authorities"). State organs and armed groups are
# left out: a government's protest is diplomatic and names whom it is addressed to.
DOMESTIC_PROTESTER_SECTORS = frozenset({"CVL", "OPP", "PTY", "LAB", "EDU", "REL", "BUS", "AGR", "MED", "HLH", "REF", "ELI"})
# Sectors of private people: civilians, and no sector (a person or group the data does not know).
PRIVATE_SECTORS = frozenset({"CVL", None})
# Codes of how an article tells its news rather than of the story it tells: statements and
# praise ("X told the press", "Y praised Mendez on Twitter").
TELLING_CODES = ("01", "051")


def code_text(
    text: str,
    date: str | None = None,
    doc_id: str = "text",
    model: str | None = None,
    *,
    actor_base: ActorBase | None = None,
    lexicon: Lexicon | None = None,
) -> list[Event]:
    """Code one text; `date` (YYYY-MM-DD) anchors relative dates such as "on Friday".

    `actor_base` and `lexicon` replace the package's actor data and event lexicon
    (see `code_documents`).
    """
    [coded] = code_documents(
        [Document(id=doc_id, text=text, date=date)], model=model, actor_base=actor_base, lexicon=lexicon
    )
    if coded.error:
        raise RuntimeError(coded.error)
    return coded.events


def code_documents(
    documents: Iterable[Document],
    model: str | None = None,
    batch_size: int = 32,
    *,
    actor_base: ActorBase | None = None,
    lexicon: Lexicon | None = None,
) -> Iterator[CodedDocument]:
    """Code documents in order, parsing in batches; yields each document with its events.

    `actor_base` (e.g. `ActorBase.from_files(...)` or an imported PETRARCH dictionary)
    and `lexicon` (e.g. `Lexicon.from_file(...)`) replace `ActorBase.default()` and
    `Lexicon.default()` when given.

    A failure inside one document is reported on its CodedDocument and the run goes on.
    A document longer than the parser's limit is cut at paragraph boundaries and its
    pieces coded in turn, with spans and sentence indexes relative to the whole text.
    """
    load_package_data(model)
    base = actor_base if actor_base is not None else ActorBase.default()
    lexicon = lexicon if lexicon is not None else Lexicon.default()
    recaser = Recaser(base, english_words(model))
    pieces = (
        (recaser.recased(without_dateline(text) if offset == 0 else text), (number, document, offset))
        for number, document in enumerate(map(with_publication_date, documents))
        for offset, text in split_long_text(document.text)
    )
    parsed = parse(pieces, model, batch_size)
    for _, group in itertools.groupby(parsed, key=lambda item: item[1][0]):
        pieces_of_document = list(group)
        document = pieces_of_document[0][1][1]
        try:
            coded = code_parsed(document, [(doc, offset) for doc, (_, _, offset) in pieces_of_document], base, lexicon)
            if any(doc.text != document.text[offset:offset + len(doc.text)] for doc, (_, _, offset) in pieces_of_document):
                coded = as_written(coded)
        except Exception as error:  # one bad document must not stop a corpus run
            yield CodedDocument(document, [], f"coding failed: {type(error).__name__}: {error}")
        else:
            yield coded


@functools.cache
def load_package_data(model: str | None = None) -> None:
    """Load the spaCy model, the actor data, the lexicon and the gazetteer, once per process,
    and exempt them (with whatever else is alive then) from garbage collection.

    They live as long as the process, yet each full collection would walk their ~300,000
    objects again: that cost a third of their load time and about 3% of coding time. So
    they are loaded with the collector off, then frozen (`gc.freeze`). Frozen objects are
    still freed when their last reference goes; only reference cycles among them are not.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        load_model(model)
        ActorBase.default()
        Lexicon.default()
        Gazetteer.default()
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def code_parsed(document: Document, pieces: list[tuple[Doc, int]], base: ActorBase, lexicon: Lexicon) -> CodedDocument:
    """The events, quotes and newly met people of one document from its parsed pieces
    (one piece unless the text was cut)."""
    events: list[Event] = []
    coordinated: dict[int, int] = {}  # events told by coordinated verbs (by id): the first verb's token index
    quotes: list[Quote] = []
    learned: list[LearnedActor] = []
    sentence_index = 0
    dateline_place = find_dateline_place(document.text)
    for doc, offset in pieces:
        places = DocumentPlaces(doc, Gazetteer.default(), dateline=dateline_place)
        actors = DocumentActors(doc, base, date=document.date, focus=places.focus_country, place_country=places.country_of,
                                focus_named_at=places.focus_named_at)
        first_sentence = sentence_index
        # Quotes first: inside a direct quote, "we" and "I" are its speaker ("We condemn these attacks").
        piece_quotes = find_quotes(doc, actors, document.id, offset, first_sentence)
        actors.quote_speakers = [(q.span[0] - offset, q.span[1] - offset, q.speaker)
                                 for q in piece_quotes if q.direct and q.speaker is not None]
        quotes.extend(piece_quotes)
        acts = DocumentActs(lexicon)
        asked = asking_turns(doc.text)
        answered = answering_turns(doc.text, asked)
        previous: Span | None = None
        for sentence in doc.sents:
            # A question asks and tells no act ("Did the envoys meet?", an interviewer's "Would
            # you support sanctions?"), nor does the background an interviewer's turn leads in
            # with, nor a sentence in another script, which the English parser cannot read. Repeats
            # ("prompting Peru to return the favour") come after the acts they repeat.
            silent = is_question(sentence) or in_spans(sentence.start_char, asked) or is_foreign_script(sentence)
            told = () if silent else itertools.chain(find_events(sentence, actors, lexicon),
                                                                     acts.repetitions(sentence, actors))
            for found in told:
                if is_guests_own_story(found, answered) or is_guests_general_talk(found, answered):
                    continue
                location = places.event_location(sentence, found.match.trigger)
                found = with_located_doer(found, location)  # "three soldiers were killed in Basra"
                found = acts.with_target(found)  # "condemned the attack", "retaliatory strikes"
                if found.target is None and found.cameo[:2] in PLACE_TARGET_ROOTS:
                    found = with_place_target(found, places.place_acted_on(sentence, found.match.trigger),
                                              abroad_only=found.cameo[:2] == PROTEST_ROOT)
                elif (found.target is None and found.match.entry.cameo[:2] in PLACED_THING_ROOTS
                      and not names_recipient(found.match.trigger)):
                    found = with_place_target(found, places.place_at(sentence, found.match.trigger))
                if found.target is None and found.cameo[:2] == PROTEST_ROOT:
                    found = with_government_target(found)
                acts.tell(found)
                if not is_placed(found):
                    # "A protester demolished the building", "Ford is investigating": no actor of a
                    # known country, so nowhere to place the event in a dataset of states and groups.
                    continue
                event = build_event(found, lexicon, document, sentence_index, offset, location)
                if event.date_source == PUBLICATION and document.date is not None and is_told_as_earlier(found.match.trigger):
                    # "X, who had criticized Y, resigned", "At the time, X criticized Y", "jailed for
                    # refusing to X", "the ongoing repression of Y": an earlier act or a standing
                    # state, which the article's date would tell as new (a text without a date dates
                    # none of its acts).
                    continue
                if (event.date_source == PUBLICATION and previous is not None and continues_story(event, piece_quotes)
                        and (told := narrative_date(previous, found.match.trigger, document.date)) is not None):
                    # "Robert was killed in June 1968. Sirhan shot him in the head.": a story of the
                    # past goes on at its time; the article's date would tell the act as new.
                    event = replace(event, date=told.value, date_granularity=told.granularity, date_source=told.source)
                if event.date_source == PUBLICATION and previous is not None and (
                        speaker := speaker_name(event, piece_quotes)) is not None:
                    event = dated_as_told_before(event, speaker, previous, actors, document.date)
                events.append(event)
                if (first := first_conjunct_verb(found.match.trigger)) is not None:
                    coordinated[id(event)] = first
            sentence_index += 1
            previous = sentence
        learned.extend(observe_people(doc, actors, base, document.id, document.date))
    events = [link_statement(event, quotes) for event in without_restatements(events, coordinated)]
    return CodedDocument(document, events, quotes=quotes, learned=learned)


def is_placed(found: FoundEvent) -> bool:
    """At least one of the event's actors has a known country (or an organisation's code for
    one: IGO, NGO, ...)."""
    return found.source.country is not None or (found.target is not None and found.target.country is not None)


def continues_story(event: Event, quotes: list[Quote]) -> bool:
    """Whether an undated act may take the time of a story of the past told in the sentence
    before (`dates.narrative_date`). A statement or praise (CAMEO 01, 051) is how the article
    tells its news ("X told the press", "Y praised Mendez on Twitter" after his life story), and
    reported or quoted words keep the time of their saying."""
    if event.cameo.startswith(TELLING_CODES) or event.reported:
        return False
    start = event.trigger_span[0]
    return not any(quote.direct and quote.span[0] <= start < quote.span[1] for quote in quotes)


def is_guests_own_story(found: FoundEvent, answered: list[tuple[int, int]]) -> bool:
    """Whether an interview guest tells, in an answer, what private people did to the guest
    ("my family rejected me", "people often come to me"): the guest's own story told to the
    medium, no act between political actors. What the police or a state did to the guest is
    still told."""
    return (in_spans(found.sentence.start_char, answered) and found.source.sector in PRIVATE_SECTORS
            and aimed_at_speaker(found.match.trigger))


def is_guests_general_talk(found: FoundEvent, answered: list[tuple[int, int]]) -> bool:
    """Whether an interview guest tells, in an answer, what others do in the present or by
    habit ("the teachers do their best to cooperate", "they would discuss it with the doctor"):
    the guest's talk of how things are, told to the medium, not news (`is_general_talk`)."""
    return in_spans(found.sentence.start_char, answered) and is_general_talk(found.match.trigger)


def with_located_doer(found: FoundEvent, location: Location | None) -> FoundEvent:
    """Violence (CAMEO roots 18-20) whose doer the sentence does not name was done by
    unidentified armed forces of the country where it happened ("three soldiers were killed in
    Basra" -> IRQUAF), as CAMEO's UAF code and ICEWS's "unidentified gunmen" of a country code
    it: the place is what the text tells of the doer; an arrest so told was made by the
    country's police ("twelve students were arrested in Lima" -> PERCOP). A crowd of no country that protests
    ("thousands of people blocked streets in Hong Kong", "students protested in Sivas") is of
    the country where it protests, as ICEWS's "Protester (country)" is. With no place, or a
    place of no country, the doer stays as it was."""
    source = found.source
    if location is None or location.country is None:
        return found
    if found.cameo[:2] == PROTEST_ROOT and source.country is None and source.sector is not None:
        crowd = ActorCode.of(location.country, source.sector)
        return replace(found, source=ActorMention(source.text, source.span, crowd.code, crowd.country, source.sector))
    if source.code != UNKNOWN_CODE or source.text:
        return found
    if found.cameo[:2] in VIOLENCE_ROOTS:
        doer = ActorCode.of(location.country, UNIDENTIFIED_FORCES)
    elif found.cameo.startswith(ARREST) and found.match.trigger.lemma_.lower() in ARREST_VERBS:
        doer = ActorCode.of(location.country, POLICE)
    else:
        return found
    return replace(found, source=ActorMention("", source.span, doer.code, doer.country, doer.sector))


def with_place_target(found: FoundEvent, place: tuple[Location, Span] | None, abroad_only: bool = False) -> FoundEvent:
    """An untargeted use of force, coercion, threat or protest aimed at a place ("shelled
    Juba", "imposed a curfew in Cizre") targets the place's country, as ICEWS and PLOVER code it.
    With `abroad_only` (protests), a place in the source's own country is only where it acts:
    "Kenyan teachers protested in Mombasa" protest against their government, not Mombasa's people."""
    if place is None or place[0].country is None or (abroad_only and not is_abroad(place[0], found.source)):
        return found
    location, words = place
    # Acts on a town or a site within a country fall on the people there ("a curfew in Cizre");
    # a capital stands for its country ("fired shells at Seoul"), as in actor names.
    capital = Gazetteer.default().capital(location.country)
    is_capital = capital is not None and capital.name == location.name
    sector = "CVL" if location.feature in ("city", "admin", "landmark") and not is_capital else None
    actor = ActorCode.of(location.country, sector)
    if actor.code == found.source.code:
        return found  # an actor does not act on itself: "A and B will return the boats to B"
    return replace(found, target=ActorMention(words.text, (words.start_char, words.end_char), actor.code, actor.country, sector))


def is_abroad(place: Location, source: ActorMention) -> bool:
    """Whether the place is known to lie outside the source's country. For people of no known
    country ("several thousand people rallied in Washington") it is not: most people march where
    they live, so the place is where they act, not whom they protest against."""
    return source.country is not None and place.country != source.country


def names_recipient(trigger: Token) -> bool:
    """Whether a material act names whom it is given to or done to, someone the actor data
    may not know: a recipient ("granted him access in Florida") or an object that is a pronoun or
    a person's name ("released them in Kabul", "freed John Mwangi in Nairobi"). The act is then
    done to them, and a place on it is only where it happens. Not "it": "lifted it in Tanzania"
    is a thing kept there."""
    for child in trigger.children:
        if child.dep_ == "dative" and child.pos_ != "ADP":
            return True
        people = child.pos_ == "PRON" and child.lower_ not in THING_PRONOUNS
        if child.dep_ == "dobj" and (people or child.ent_type_ == "PERSON"):
            return True
    return False


def with_government_target(found: FoundEvent) -> FoundEvent:
    """An untargeted protest by people of a country ("Kenyan teachers went on strike") is
    aimed at its government: the target is that government, with no text (the sentence does
    not name it), as `unknown_actor` names an unnamed doer. Other protests are unchanged."""
    source = found.source
    if source.sector not in DOMESTIC_PROTESTER_SECTORS or source.country in (None, *NON_STATE_COUNTRIES):
        return found
    trigger = found.match.trigger
    government = ActorCode.of(source.country, "GOV")
    return replace(found, target=ActorMention("", (trigger.idx, trigger.idx), government.code, source.country, "GOV"))


def speaker_name(event: Event, quotes: list[Quote]) -> str | None:
    """How the text names who said the event: its source, for a statement (CAMEO 01x), or the
    speaker of its source's own direct quote it is told in; None for an event not said."""
    if event.cameo.startswith("01"):
        return event.source.text
    for quote in quotes:
        if (quote.direct and quote.speaker is not None and quote.speaker.code == event.source.code
                and quote.span[0] <= event.trigger_span[0] < quote.span[1]):
            return quote.speaker_text
    return None


def dated_as_told_before(event: Event, speaker: str, previous: Span, actors: DocumentActors, published: str | None) -> Event:
    """An undated statement takes the date of the same speaker's statement named in the sentence
    before it: "Erdogan made the comments on Sunday. 'We will not back down,' he said." is said
    on Sunday; after "... followed earlier criticism from Cavusoglu", his words are of some
    earlier day. A speaker named by name must be named so there too (two ministers share a
    code). Unchanged when the sentence before names no statement of the speaker."""
    last = speaker.split()[-1] if speaker.strip() else ""
    surname = last if last[:1].isupper() and last.lower() not in PRONOUNS else None  # not "He", "We"
    for noun in previous:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
            continue
        # Who made them: "X's comments", "criticism from X", "X made the remarks on Sunday" (the
        # verb then carries the date).
        speakers = [(child, noun) for child in noun.children if child.dep_ == "poss"]
        speakers += [(obj, noun) for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
                     for obj in prep.children if obj.dep_ == "pobj"]
        if noun.dep_ == "dobj":
            speakers += [(child, noun.head) for child in noun.head.children if child.dep_ == "nsubj"]
        for phrase, dated in speakers:
            mention = actors.code_mention(phrase)
            if mention is None or mention.code != event.source.code or (surname and surname not in mention.text.split()):
                continue
            told = resolve_event_date(previous, dated, published)
            return replace(event, date=told.value, date_granularity=told.granularity, date_source=told.source)
    return event


def link_statement(event: Event, quotes: list[Quote]) -> Event:
    """A statement (CAMEO 01x) carries the quote its speaker made in the same sentence."""
    if not event.cameo.startswith("01"):
        return event
    for quote in quotes:
        said_here = quote.sentence_index == event.sentence_index or (
            quote.speaker_span is not None and overlaps(quote.speaker_span, event.source.span)
        )
        if said_here and quote.speaker is not None and quote.speaker.code == event.source.code:
            return replace(event, quote_id=quote.id)
    return event


def overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return first[0] < second[1] and second[0] < first[1]


def with_publication_date(document: Document) -> Document:
    """Take the publication date from a dateline in the text when the metadata has none."""
    if document.date:
        return document
    dateline = find_dateline(document.text)
    if dateline is None:
        return document
    return replace(document, date=dateline)


def build_event(
    found: FoundEvent, lexicon: Lexicon, document: Document, sentence_index: int, offset: int,
    location: Location | None = None,
) -> Event:
    """Turn a found event into the public Event record, with codes, date and offsets; a code of
    the lexicon's own (not CAMEO) has no Goldstein value, QuadClass or PLOVER type."""
    code = lexicon.cameo_code(found.cameo)
    trigger, sentence = found.match.trigger, found.sentence
    date = resolve_event_date(sentence, trigger, document.date)
    return Event(
        doc_id=document.id,
        sentence_index=sentence_index,
        sentence=sentence.text.strip(),
        sentence_span=stripped_span(sentence.text, offset + sentence.start_char),
        source=shifted(found.source, offset),
        target=shifted(found.target, offset) if found.target else None,
        trigger=trigger.text,
        trigger_span=(offset + trigger.idx, offset + trigger.idx + len(trigger.text)),
        cameo=found.cameo,
        cameo_root=found.cameo[:2],
        goldstein=code.goldstein if code else None,
        quad_class=code.quad_class if code else None,
        plover=code.plover if code else None,
        mode=code.mode if code else None,
        negated=found.negated,
        hypothetical=found.hypothetical,
        reported=found.reported,
        date=date.value,
        date_granularity=date.granularity,
        date_source=date.source,
        location=location,
        confidence=confidence(found),
        coder_version=CODER_VERSION,
    )


def stripped_span(text: str, start: int) -> tuple[int, int]:
    """The span of `text` (found at `start`) without its leading and trailing white space."""
    lead = len(text) - len(text.lstrip())
    return start + lead, start + len(text.rstrip())


def as_written(coded: CodedDocument) -> CodedDocument:
    """The coded document with the text of its events and quotes as the document writes it,
    where the coder parsed a recased line (`newsevents.casing`): a letter changed only in case
    is given back; a blanked dateline stays blank."""
    text = coded.document.text

    def written(part: str, start: int) -> str:
        return "".join(original if original.lower() == char.lower() else char
                       for char, original in zip(part, text[start:start + len(part)]))

    def mention(found: ActorMention) -> ActorMention:
        return replace(found, text=written(found.text, found.span[0]))

    events = [replace(event, sentence=written(event.sentence, event.sentence_span[0]), source=mention(event.source),
                      target=mention(event.target) if event.target else None,
                      trigger=written(event.trigger, event.trigger_span[0])) for event in coded.events]
    quotes = [replace(quote, speaker=mention(quote.speaker) if quote.speaker else None,
                      speaker_text=written(quote.speaker_text, quote.speaker_span[0]) if quote.speaker_text and quote.speaker_span else quote.speaker_text)
              for quote in coded.quotes]
    return replace(coded, events=events, quotes=quotes)


def shifted(mention: ActorMention, offset: int) -> ActorMention:
    """The mention with its span moved from piece to document coordinates."""
    return mention if offset == 0 else replace(mention, span=(mention.span[0] + offset, mention.span[1] + offset))


def confidence(found: FoundEvent) -> float:
    """Evidence-based confidence in [0.1, 0.95].

    More specific patterns, a coded target and a known source country raise it;
    reported, hypothetical or negated events, statements without an addressee and event nouns a
    statement is about lower it. An act told in passing (a statement's topic, a relative clause,
    a clause of time) ranks below the sentence's news, and one told by a verb joined to or
    following an earlier verb no higher than that verb's act.
    """
    score = 0.45 + 0.1 * min(found.match.entry.specificity, 3)
    if found.target is not None:
        score += 0.1
    if found.source.country is None:
        score -= 0.15
    if found.hypothetical or found.negated:
        score -= 0.2
    if found.reported:
        score -= 0.05
    if found.topic or found.background:
        score = min(score, 0.25)  # told in passing, below the statement or the main clause
    if found.cameo.startswith("01") and found.target is None:
        score = min(score, 0.3)  # "X said" alone: the weakest evidence of an interaction
    if found.follows is not None:
        score = min(score, confidence(found.follows))  # a further act of the same telling ranks after the first
    if found.told_by is not None:
        score = min(score, confidence(found.told_by) - 0.05)  # the violence told is the news, not the accusation
    return round(min(0.95, max(0.1, score)), 2)
