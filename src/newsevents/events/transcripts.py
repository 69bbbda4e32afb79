"""Interview transcripts: the turns of the one who asks.

An interview printed as a transcript opens each turn's paragraph with a speaker label:
"((Name)) ...", as Wikinews renders its interview template, or "Name: ...", "Q: ...". The
interviewer's turns are questions, often led in by a line of background ("The party won 2%
in 2016. How will you do better?"): the interviewer tells the guest what the readers already
know, to ask about it, and reports no new act. Which label asks is read from the text, not
from a list of names: it is the label whose turns mostly end with a question mark, whoever
the interviewer is ("WN", "Wikinews", a reporter's initials, "Q").
"""

from __future__ import annotations

import re
from collections import defaultdict

# A speaker label opening a paragraph: "((Name))", with or without a colon after it, or a
# name of up to four capitalised words (or initials) and a colon.
SPEAKER_LABEL = re.compile(
    r"[ \t]*(?:\(\((?P<wrapped>[^()\n]{1,40})\)\)[ \t]*:?|(?P<named>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})[ \t]*:)"
)
# What may follow a turn's final question mark: closing quote marks and brackets.
CLOSING_MARKS = " \t\"'”’)]"
# A label asks when it opens at least this many turns, and most of them are questions.
MIN_ASKING_TURNS = 2


def asking_turns(text: str) -> list[tuple[int, int]]:
    """The character spans of the paragraphs (one per line) that the interviewer's label opens.

    A turn runs to the end of its paragraph only: a transcript's unlabelled paragraphs after
    a question are the article's own text or the guest's answer, not the question.
    """
    turns: dict[str, list[tuple[int, int]]] = defaultdict(list)
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if (label := SPEAKER_LABEL.match(line)) is not None:
            name = (label.group("wrapped") or label.group("named")).strip()
            turns[name].append((start, end))
        start = end + 1
    return [span for spans in turns.values() if asks(text, spans) for span in spans]


def asks(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a label's turns are an interviewer's: at least two, and most end with a question."""
    questions = sum(text[start:end].rstrip(CLOSING_MARKS).endswith("?") for start, end in spans)
    return len(spans) >= MIN_ASKING_TURNS and 2 * questions > len(spans)


def in_spans(char: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the character offset falls inside one of the spans."""
    return any(start <= char < end for start, end in spans)
