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
guest's own story told to the medium, not an act between political actors.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Token

from newsevents.actors.mentions import FIRST_PERSON_PRONOUNS

# A speaker label opening a paragraph: "((Name))", with or without a colon after it, or a
# name of up to four capitalised words (or initials) and a colon.
SPEAKER_LABEL = re.compile(
    r"[ \t]*(?:\(\((?P<wrapped>[^()\n]{1,40})\)\)[ \t]*:?|(?P<named>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})[ \t]*:)"
)
# What may follow a turn's final question mark: closing quote marks and brackets.
CLOSING_MARKS = " \t\"'”’)]"
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
