"""Interview transcripts: the turns of the one who asks.

An interview printed as a transcript opens each turn's paragraph with a speaker label:
"((Name)) ...", as Wikinews renders its interview template, or "Name: ...", "Q: ...". The
interviewer's turns are questions, often led in by a line of background ("The party won 2%
in 2016. How will you do better?"): the interviewer tells the guest what the readers already
know, to ask about it, and reports no new act. Which label asks is read from the text, not
from a list of names: it is the label whose turns mostly end with a question mark, whoever
the interviewer is ("WN", "Wikinews", a reporter's initials, "Q").

The other labels' turns are the guests' answers: there "me" and "us" are the guest, and what
private people did to the guest ("my family rejected me", "people often come to me") is the
guest's own story told to the medium, not an act between political actors. What others do
told in the present or as a habit ("the teachers do their best to cooperate", "they would
discuss it with the doctor", "these women are being helped") is the guest's talk of how things
are, not news.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Token

from newsevents.actors.mentions import FIRST_PERSON_PRONOUNS
from newsevents.events.extractor import PRESENT_TAGS, lemma

# A speaker label opening a paragraph: "((Name))", with or without a colon after it, or a
# name of up to four capitalised words (or initials) and a colon.
SPEAKER_LABEL = re.compile(
    r"[ \t]*(?:\(\((?P<wrapped>[^()\n]{1,40})\)\)[ \t]*:?|(?P<named>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})[ \t]*:)"
)
# What may follow a turn's final question mark: closing quote marks and brackets.
CLOSING_MARKS = " \t\"'”’)]"
# Auxiliaries that tell a habit: "they would call the doctor", "they used to demand everything".
HABIT_AUXILIARIES = frozenset({"would", "'d"})
HABIT_VERB = "use"  # "used to"
# Words opening a time that tells how often, not when: "every week", "each day".
FREQUENCY_WORDS = frozenset({"every", "each"})
# Auxiliaries of another time or of a mood: "have travelled", "will talk", "can meet".
OTHER_AUXILIARIES = frozenset({"has", "have", "'ve", "'s", "had", "'d", "did", "will", "'ll", "shall", "can",
                               "could", "may", "might", "must", "should", "was", "were"})
# A label asks when it opens at least this many turns, and most of them are questions.
MIN_ASKING_TURNS = 2


def labelled_paragraphs(text: str) -> list[tuple[str, int, int]]:
    """The paragraphs (one per line) that open with a speaker label: (label, start, end)."""
    paragraphs = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if (label := SPEAKER_LABEL.match(line)) is not None:
            paragraphs.append(((label.group("wrapped") or label.group("named")).strip(), start, end))
        start = end + 1
    return paragraphs


def asking_turns(text: str) -> list[tuple[int, int]]:
    """The character spans of the paragraphs (one per line) that the interviewer's label opens.

    A turn runs to the end of its paragraph only: a transcript's unlabelled paragraphs after
    a question are the article's own text or the guest's answer, not the question.
    """
    turns: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for name, start, end in labelled_paragraphs(text):
        turns[name].append((start, end))
    return [span for spans in turns.values() if asks(text, spans) for span in spans]


def answering_turns(text: str, asked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The character spans of the guests' turns in a transcript whose interviewer's turns are
    `asked` (`asking_turns`): each runs from a paragraph that another label opens to the next
    labelled paragraph, as an answer may go on over several paragraphs. [] when no label asks
    (no interview transcript)."""
    if not asked:
        return []
    # (paragraph start, whether the interviewer's)
    labelled = [(start, in_spans(start, asked)) for _, start, _ in labelled_paragraphs(text)]
    ends = [turn_start for turn_start, _ in labelled[1:]] + [len(text)]
    return [(turn_start, end) for (turn_start, asking), end in zip(labelled, ends) if not asking]


def aimed_at_speaker(trigger: Token) -> bool:
    """Whether the act's verb is aimed at whoever speaks: "me" or "us" as its object, or as the
    object of its preposition ("came to me"), or "I" or "we" as the subject of its passive
    ("I was supported by ...")."""
    for child in trigger.children:
        if child.dep_ in ("dobj", "dative") and child.lower_ in FIRST_PERSON_PRONOUNS:
            return True
        if child.dep_ == "nsubjpass" and child.lower_ in FIRST_PERSON_PRONOUNS:
            return True
        if child.dep_ == "prep" and any(grandchild.dep_ == "pobj" and grandchild.lower_ in FIRST_PERSON_PRONOUNS
                                        for grandchild in child.children):
            return True
    return False


def asks(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a label's turns are an interviewer's: at least two, and most end with a question."""
    questions = sum(text[start:end].rstrip(CLOSING_MARKS).endswith("?") for start, end in spans)
    return len(spans) >= MIN_ASKING_TURNS and 2 * questions > len(spans)


def in_spans(char: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the character offset falls inside one of the spans."""
    return any(start <= char < end for start, end in spans)


def is_general_talk(trigger: Token) -> bool:
    """Whether the act's verb tells what others do in the present or by habit, with no time of
    its own: the simple present ("they find comfort in talking to volunteers"), the present
    progressive ("these women are being helped"), a verb the act complements in either ("the
    teachers do their best to cooperate"), or a habit ("they would discuss it with the
    doctor", "they used to demand everything"). Not the speaker's own act, which it does in
    speaking ("I call on the council to act", "we demand a recount"), nor one in the past or
    the perfect ("the police arrested us", "have travelled")."""
    if trigger.pos_ != "VERB":
        return False
    clause = [trigger]
    while is_tenseless_part(clause[-1]):
        clause.append(clause[-1].head)  # "do their best to cooperate": "do" carries the tense
    if any(child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in FIRST_PERSON_PRONOUNS
           for verb in clause for child in verb.children):
        return False
    if any(is_dated(verb) for verb in clause):
        return False  # "complained last June", "meet the mayor on Monday"
    # In a clause of saying, "would" is the future of the past: "the police told me they would file a case".
    said = clause[-1].dep_ == "ccomp"
    return any(is_present_or_habit(verb, habit_told=not said) for verb in clause)


def is_tenseless_part(verb: Token) -> bool:
    """The verb takes its tense from the verb it hangs on: an infinitive or a participle it
    complements ("wants to meet", "to cooperate" after "do their best"), or a verb joined to it
    ("meet and discuss")."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    infinitive = verb.dep_ == "advcl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    return verb.dep_ in ("xcomp", "conj") or infinitive


def is_dated(verb: Token) -> bool:
    """The verb's clause names a time of its own ("last June", "on Monday"), not a frequency,
    which tells a habit ("every week", "each day")."""
    starts = [token for token in verb.subtree if token.ent_type_ in ("DATE", "TIME") and token.ent_iob_ == "B"]
    return any(start.lower_ not in FREQUENCY_WORDS for start in starts)


def is_present_or_habit(verb: Token, habit_told: bool = True) -> bool:
    """The verb is in the simple present or the present progressive, active or passive, or
    (with `habit_told`) told as a habit ("would discuss", "used to demand")."""
    if lemma(verb) == HABIT_VERB and any(child.dep_ == "xcomp" for child in verb.children) and verb.tag_ == "VBD":
        return True  # "used to demand"
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if habit_told and any(child.lower_ in HABIT_AUXILIARIES and child.tag_ == "MD" for child in auxiliaries):
        return True
    if any(child.lower_ in OTHER_AUXILIARIES for child in auxiliaries):
        return False
    return verb.tag_ in PRESENT_TAGS or any(child.tag_ in PRESENT_TAGS for child in auxiliaries)
