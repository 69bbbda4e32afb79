"""The words that attribute something to their subject, and what of theirs is attributed.

The vocabulary is data, one word per line with its class and the complements that carry
the attributed content: verbs (`quotes/data/cue_verbs.tsv`: "said that ...", "wants to
..."), adjectives after "to be" (`quotes/data/cue_adjectives.tsv`: "is worried about ..."),
nouns (`quotes/data/cue_nouns.tsv`: "the mayor's claim that ...") and reportive adverbs
(`quotes/data/cue_adverbs.tsv`: "allegedly", "reportedly").

    CUE_VERBS["call"].complements   # frozenset({"named", "for", "on"})
    CUE_ADJECTIVES["sure"]          # CueWord("sure", "cognition", frozenset({"clause", "of", "about"}))
    SPEECH_VERBS                    # the verbs that may also introduce a direct quote
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from newsevents.datafiles import data_lines

CLASSES = ("speech", "cognition", "knowledge", "intention", "judgment", "evidence", "issuing")
EVIDENCE = "evidence"
"""Words of seeming and being evident ("it seems that ...", "it is clear that ..."): what they
govern is attributed to nobody in particular, and only with an impersonal "it" subject."""
QUOTING_CLASSES = frozenset({"speech", "cognition"})
"""Classes whose verbs introduce direct quotes as well as what they govern."""
CLAUSE, OBJECT, NAMED, FAULTED, FEELING, DOCUMENT = "clause", "object", "named", "faulted", "feeling", "document"
PREPOSITIONS = frozenset({"about", "of", "for", "on", "against", "to", "at", "in", "over", "with", "by"})
COMPLEMENTS = frozenset({CLAUSE, OBJECT, NAMED, FAULTED, FEELING, DOCUMENT}) | PREPOSITIONS


@dataclass(frozen=True)
class CueWord:
    lemma: str
    word_class: str
    complements: frozenset[str]


def parse_cue_words(text: str, name: str) -> dict[str, CueWord]:
    """Lemma -> CueWord from the text of a cue_*.tsv file; a line that breaks the format names itself."""
    words: dict[str, CueWord] = {}
    for number, line in data_lines(text):
        fields = line.split("\t")
        complements = frozenset(fields[2].split(",")) if len(fields) == 3 else frozenset()
        if (len(fields) != 3 or not fields[0].isalpha() or not fields[0].islower() or fields[1] not in CLASSES
                or not complements or not complements <= COMPLEMENTS):
            raise ValueError(f"{name}:{number}: expected 'lemma<TAB>class<TAB>complements' with a class of "
                             f"{CLASSES} and complements of {sorted(COMPLEMENTS)}, got {line!r}")
        if fields[0] in words:
            raise ValueError(f"{name}:{number}: {fields[0]!r} is listed twice")
        words[fields[0]] = CueWord(fields[0], fields[1], complements)
    return words


def packaged_cue_words(name: str) -> dict[str, CueWord]:
    return parse_cue_words(resources.files("newsevents.quotes").joinpath(f"data/{name}").read_text("utf-8"), name)


CUE_VERBS = packaged_cue_words("cue_verbs.tsv")
CUE_ADJECTIVES = packaged_cue_words("cue_adjectives.tsv")
CUE_NOUNS = packaged_cue_words("cue_nouns.tsv")
CUE_ADVERBS = packaged_cue_words("cue_adverbs.tsv")
SPEECH_VERBS = frozenset(lemma for lemma, verb in CUE_VERBS.items() if verb.word_class in QUOTING_CLASSES)
"""Verbs of saying and believing: they introduce direct quotes as well as reported clauses.
PolNeAR, like most attribution schemes, counts beliefs and findings ("polls show that ...")
as attributions. events.extractor.SPEECH_VERBS is narrower: the verbs that make an event "reported"."""
