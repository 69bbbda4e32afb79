"""Write a line in capitals, or a text all in lower case, as ordinary news text before it is parsed.

Feeds carry headlines and wire slugs in capitals ("IRAN SAYS IT WILL RESUME ENRICHMENT") and
careless text in lower case ("president obama met netanyahu"). The parser reads every
capitalised word as a name and every lower-case word as a common one, and the actor tables
want names capitalised, so such text loses its events. `Recaser.recased` rewrites it the way
news is written, letter for letter (only the case changes, so every offset into the parsed
text is an offset into the original): names of the actor tables as the tables write them
("Iran", "UN", "Netanyahu"), ordinary English words in lower case, other words in capitals
capitalised as names, and the first word of a sentence capitalised. Ordinary text is returned
as it is, after one regular-expression search per line and a look at its words up to the first
one in lower case.

A line in Title Case ("Russia Accuses Ukraine Of Shelling Border Village") is rewritten the same
way, except that a word it writes in capitals ("NATO") or a word no list knows ("McCain") stays as
written. It is told from a caption of names ("Susan Rice Image: White House.", whose given names and
surnames the word lists often hold: "rice", "warren") and from a sentence rich in names ("The
United Nations Security Council met ...") by its stop words: a Title Case line capitalises one
inside a sentence ("Of", "Will"), and writes no other word in lower case.
"""

from __future__ import annotations

import re

from newsevents.actors.knowledge import DATA_DIR, ActorBase, AliasEntry, AliasIndex
from newsevents.nlp import EnglishWords

# Three words in capitals in a row: the cheap test before counting a line's words in capitals.
_CAPITALS_RUN = re.compile(r"\b[^\W\d_a-z]{2,}\W+[^\W\d_a-z]{2,}\W+[^\W\d_a-z]{2,}\b")
# A word: letters and digits, or an acronym written with periods ("U.S.").
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+")
# Of the words of two letters or more, the share in capitals that makes a line a shouted one;
# a line of normal text naming several acronyms ("NATO, EU and UN envoys") stays below it.
SHOUTED_SHARE = 0.8
# Fewest words for a line to be recased: one or two words are a label or an acronym ("SHORT SLUG").
MIN_WORDS = 3
# How a line is written, where case does not tell names from words.
CAPITALS, LOWER, TITLE = "capitals", "lower", "title"
# Names that are also ordinary words ("chad", "car"): the word where case cannot tell.
NAME_WORDS = frozenset(line.strip() for line in (DATA_DIR / "name_words.txt").read_text(encoding="utf-8").splitlines()
                       if line.strip() and not line.startswith("#"))
# Before these a stop word is no pronoun: "the Us" is the country.
ARTICLES = frozenset({"the", "a", "an"})
# Words that end a sentence: the next word starts one and is capitalised.
_SENTENCE_END = re.compile(r"[.!?]\W*$")


class Recaser:
    """Recases the lines in capitals or in Title Case of a text, or a text all in lower case, by the
    actor tables' names and the model's ordinary English words (`newsevents.nlp.EnglishWords`)."""

    def __init__(self, base: ActorBase, words: EnglishWords) -> None:
        self.base = base
        self.words = words

    def recased(self, text: str) -> str:
        """`text` with each line in capitals or in Title Case written as ordinary text, or the whole
        text when it has no capital letter at all."""
        if not any(char.isupper() for char in text):
            return "\n".join(self.recased_line(line, LOWER) for line in text.split("\n"))
        return "\n".join(self.recased_line(line, mode) if (mode := self.line_case(line)) else line for line in text.split("\n"))

    def line_case(self, line: str) -> str | None:
        """CAPITALS or TITLE for a line written so, else None."""
        if in_capitals(line):
            return CAPITALS
        return TITLE if self.in_title_case(line) else None

    def in_title_case(self, line: str) -> bool:
        """A line that capitalises every word of two letters or more but its stop words, and at
        least as many of its stop words as it writes in lower case, counting only those right after
        another word. Ordinary text writes its verbs and common nouns in lower case, and its stop
        words too, even in a line of names and titles ("Anna Berg in Night of the Long Rain", "Senator
        Grace Wood Image: Office of the Senate"); a word after punctuation may start a sentence or
        a quotation ("Image: The Senate")."""
        capitalised = lower = 0
        previous_end = None
        for match in _WORD.finditer(line):
            word = match.group()
            follows_word = previous_end is not None and line[previous_end:match.start()].isspace()
            previous_end = match.end()
            if len(word) < 2 or not word[0].isalpha():
                continue
            if word.lower() not in self.words.stop_words:
                if word[0].islower():
                    return False
            elif word[0].islower():
                lower += 1
            elif word[1:].islower() and follows_word:
                capitalised += 1
        return capitalised > 0 and capitalised >= lower

    def recased_line(self, line: str, mode: str) -> str:
        words = [match for match in _WORD.finditer(line) if any(char.isalpha() for char in match.group())]
        if len(words) < MIN_WORDS:
            return line
        forms = self.written_forms(line, words, mode)
        characters = list(line)
        for match, form in zip(words, forms):
            if len(form) == len(match.group()):  # a letter whose other case is longer ("İ") stays
                characters[match.start():match.end()] = form
        return "".join(characters)

    def written_forms(self, line: str, words: list[re.Match], mode: str) -> list[str]:
        """Each word as ordinary text writes it: names first (the longest alias of the actor
        tables from each word on), then ordinary words in lower case, then the rest."""
        keys = [match.group().replace(".", "").lower() for match in words]
        forms: list[str | None] = [None] * len(words)
        start = 0
        while start < len(words):
            alias = self.alias_at(words, keys, start, mode)
            if alias is None:
                start += 1
                continue
            for offset, alias_word in enumerate(alias.words):
                forms[start + offset] = name_form(words[start + offset].group(), alias_word)
            start += len(alias.words)
        for number, match in enumerate(words):
            if forms[number] is None:
                forms[number] = self.word_form(match.group(), keys[number], mode, after_apostrophe(line, match))
            if starts_sentence(line, words, number):
                forms[number] = forms[number][:1].upper() + forms[number][1:]
        return forms

    def alias_at(self, words: list[re.Match], keys: list[str], start: int, mode: str) -> AliasEntry | None:
        """The longest name of the actor tables written by the words from `start` on.

        A one-word name that is a stop word is the word ("WHO", "us", "Us"), except a country's
        abbreviation where the pronoun cannot stand (`abbreviation_at`: "US", "the us"). A one-word
        name that is also an ordinary word (`name_words.txt`) is the word in lower case ("a car
        bomb", "tusk"); in capitals or Title Case it is the name when the tables write it as one
        ("TURKEY", "Turkey"), the word when they write it as an acronym ("CAR BOMB", "Car Bomb")."""
        for index in (self.base.names, self.base.people):
            alias = longest_alias(index, keys, start)
            if alias is None:
                continue
            if len(alias.words) > 1:
                return alias
            acronym = alias.words[0].isupper()
            if keys[start] in self.words.stop_words and not (alias.kind == "country" and acronym and abbreviation_at(words, start)):
                continue
            if keys[start] in NAME_WORDS and (mode == LOWER or acronym):
                continue
            return alias
        return None

    def word_form(self, word: str, key: str, mode: str, after_apostrophe: bool) -> str:
        """A word no name claims. "I" is itself. In lower case any other stays, and so does a word
        in capitals in Title Case (an acronym: "WHO"). Otherwise an ordinary word (or the end of
        a contraction, "DON'T", "Don'T", or its first half, a word known once its last "n" goes:
        "DOESN'T") is written in lower case; any other word of a Title Case line stays as
        written (a name: "Zakholivka", "McCain"); in capitals a word with digits or of up to three
        letters stays as written (an acronym: "G20", "PKK"); any other is capitalised as a name."""
        if key == "i":
            return "I"
        if mode == LOWER or (mode == TITLE and len(word) > 1 and word.isupper()):
            return word
        if after_apostrophe or self.words.knows(key) or self.words.knows(key.removesuffix("n")):
            return word.lower()
        if mode == TITLE or any(char.isdigit() for char in word) or len(word) <= 3:
            return word
        return word[:1] + word[1:].lower()


def in_capitals(line: str) -> bool:
    """A line of at least `MIN_WORDS` words of two letters or more nearly all in capitals (after a
    search for three such words in a row, which ordinary text rarely has)."""
    if not _CAPITALS_RUN.search(line):
        return False
    words = [word for word in _WORD.findall(line) if len(word) >= 2 and any(char.isalpha() for char in word)]
    return len(words) >= MIN_WORDS and sum(word.isupper() for word in words) >= SHOUTED_SHARE * len(words)


def longest_alias(index: AliasIndex, keys: list[str], start: int) -> AliasEntry | None:
    """The longest alias of `index` whose lower-case words are `keys[start:...]`."""
    for length in index.lengths_from(keys[start]):
        if start + length <= len(keys):
            entries = index.entries(tuple(keys[start:start + length]))
            if entries:
                return entries[0]
    return None


def name_form(written: str, alias_word: str) -> str:
    """A word of a name as the actor table writes it; an acronym keeps its periods ("u.s." is
    "U.S." for the alias "US")."""
    if alias_word.isupper():
        return written.upper()
    if len(alias_word) != len(written):
        return written[:1].upper() + written[1:].lower()
    return alias_word


def abbreviation_at(words: list[re.Match], start: int) -> bool:
    """Whether a stop word may be an abbreviation: written in capitals ("US"), or where the
    pronoun cannot stand, after an article or with no word right before it ("the us government",
    "Us Envoy Meets Taliban"; `str.title` writes "US" as "Us")."""
    word = words[start]
    if word.group().isupper() or start == 0:
        return True
    previous = words[start - 1]
    return previous.group().lower() in ARTICLES or not word.string[previous.end():word.start()].isspace()


def after_apostrophe(line: str, match: re.Match) -> bool:
    return match.start() > 0 and line[match.start() - 1] in "'’"


def starts_sentence(line: str, words: list[re.Match], number: int) -> bool:
    """The line's first word, or a word after a full stop, a question or an exclamation mark."""
    if number == 0:
        return True
    return bool(_SENTENCE_END.search(line[words[number - 1].end():words[number].start()]))
