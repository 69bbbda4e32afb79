"""The actor knowledge base: countries, organisations, people and sector nouns.

`ActorBase` loads the tab-separated data files in `actors/data/` (each explains its
columns in its header comments) and codes a phrase, given as a list of `Word`s and the
index of its head word, into a CAMEO-style `ActorCode`. Parsing a spaCy Doc into words,
and remembering people within a document, is `actors.mentions`' job.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
PACKAGE_FILES = (
    "countries.tsv", "organisations.tsv", "sectors.tsv", "context_sectors.tsv", "religions.tsv", "ethnic_groups.tsv",
    "people.tsv", "sport_words.tsv",
)
ACTORS_SETTING = "NEWSEVENTS_ACTORS"

SECTORS = frozenset(
    "GOV MIL COP SPY JUD LEG OPP PTY REB INS CVL MED BUS EDU REL REF LAB HLH AGR CRM ELI NGO".split()
)
"""Sector codes allowed in the data files (the CAMEO/PLOVER sector set)."""

NON_STATE_COUNTRIES = {
    "IGO": "international organisation",
    "NGO": "non-governmental organisation",
    "IMG": "international militant group without a home state",
    "AFR": "Africa", "ASA": "Asia", "EUR": "Europe", "LAM": "Latin America",
    "MEA": "Middle East", "WST": "the West", "ARB": "Arabs", "KUR": "Kurds",
}
"""Country codes that are not states: CAMEO's codes for organisations, regions and peoples."""

# A country or group named in "Iranian-backed militias" or "al-Qaeda-linked rebels" sponsors
# the group rather than being it.
SPONSOR_WORDS = frozenset({"backed", "based", "funded", "sponsored", "supported", "allied", "aligned", "linked"})
# A status before a role replaces the role's sector, as CAMEO's agents dictionary codes it:
# former officials are elites ("former President X" -> ELI), ousted or exiled ones opposition
# ("the ousted prime minister" -> OPP).
STATUS_SECTORS = {
    "former": "ELI", "ex": "ELI", "retired": "ELI",
    "ousted": "OPP", "deposed": "OPP", "toppled": "OPP", "overthrown": "OPP", "exiled": "OPP",
}
# State bodies more specific than the government as a whole: a government body named inside
# one of them is a part of it ("the Navy Information Agency" is the navy's agency).
STATE_ORGAN_SECTORS = frozenset({"MIL", "COP", "SPY", "JUD", "LEG"})
# A body named by a sport (`sport_words.tsv`) is civil society, not its country's state.
SPORTS_BODY_SECTOR = "CVL"
# A suffix that follows a surname: a title word before it is the surname ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Aliases are matched longest first; the kind breaks ties for one code ("Myanmar" is name and adjective).
KIND_PRIORITY = ("organisation", "country", "capital", "demonym", "adjective", "region", "person")
# Nationality adjectives that are also common lower-case English words: only capitalised
# are they a nation's ("polish the shoes").
COMMON_WORD_ADJECTIVES = frozenset({"polish"})
# Shorter names are too close to other words for a missing or extra letter to mean a country
# ("Ghani" is not Ghana, "Osman" not Oman).
MISSPELLING_MIN_LENGTH = 6


@dataclass(frozen=True)
class ActorCode:
    """A CAMEO-style actor code: `code` is country + sector unless it is an organisation's code."""

    code: str
    country: str | None
    sector: str | None

    def placed(self, country: str) -> ActorCode:
        """The code given a country it lacked, keeping its roles ("---REBMOS" -> "SYRREBMOS")."""
        return ActorCode(country + self.code[3:], country, self.sector) if self.country is None else self

    @property
    def roles(self) -> list[str]:
        """The role codes after the country and the sector ("BDIREBHUT" -> ["HUT"])."""
        start = 6 if self.sector is not None and self.code[3:6] == self.sector else 3
        return [self.code[index : index + 3] for index in range(start, len(self.code), 3)]

    def with_roles(self, roles: list[str]) -> ActorCode:
        """The code with further CAMEO role codes (a religion, an ethnic group) appended, each once."""
        present = {self.code[start : start + 3] for start in range(3, len(self.code), 3)}
        return replace(self, code=self.code + "".join(dict.fromkeys(r for r in roles if r not in present)))

    @classmethod
    def of(cls, country: str | None, sector: str | None) -> ActorCode | None:
        """Country + sector, `---` + sector without a country, None when both are missing."""
        if country is None and sector is None:
            return None
        if sector == "NGO" and country is None:
            return cls("NGO", "NGO", None)
        return cls((country or "---") + (sector or ""), country, sector)


@dataclass(frozen=True)
class PersonRole:
    """One row of people.tsv: a person's code during [start, end] (ISO dates, None when open)."""

    name: str
    code: ActorCode
    start: str | None
    end: str | None
    role: str

    def valid_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class AliasEntry:
    """What one alias means. `words` keep the alias' case for the capitalisation check."""

    kind: str  # one of KIND_PRIORITY
    code: ActorCode | None  # None for people: their code depends on the date
    words: tuple[str, ...]
    roles: tuple[PersonRole, ...] = ()

    def accepts(self, text_words: list[str]) -> bool:
        """All-capital aliases (UN, IS) match exactly, or title-cased from four letters on (British
        style "Nato", "Farc"); a capitalised alias word needs a capitalised text word, except
        a nationality adjective written all in lower case, as careless text does ("iraqi police")."""
        if not any(char.islower() for word in self.words for char in word):
            return tuple(text_words) == self.words or tuple(text_words) == tuple(
                word.title() if len(word) >= 4 else word for word in self.words)
        if self.kind == "adjective" and all(word.islower() for word in text_words):
            return " ".join(text_words) not in COMMON_WORD_ADJECTIVES
        return all(not a[:1].isupper() or t[:1].isupper() for a, t in zip(self.words, text_words))

    def person_code(self, date: str | None) -> ActorCode | None:
        """The role valid on `date` (the latest role when no date); only the country when out of office."""
        if not self.roles:
            return self.code  # a person remembered from this document
        if date is None:
            return max(self.roles, key=lambda role: role.start or "").code
        valid = [role for role in self.roles if role.valid_on(date)]
        if valid:
            return max(valid, key=lambda role: role.start or "").code
        return ActorCode.of(self.roles[0].code.country, None)


@dataclass(frozen=True)
class SectorNoun:
    words: tuple[str, ...]
    sector: str | None  # None: the noun only carries its modifiers' sector ("group", "member")
    kind: str  # "group" always gives its sector; a "role" or a named "institution" yields to its modifiers';
    # a "masthead" gives its sector to a name it ends, and names nothing in lower case


@dataclass(frozen=True)
class Word:
    """One word of a phrase: `text` as written, `lemma` lower-case ('' if unknown), `token` its source token."""

    text: str
    lemma: str
    token: int
    is_name: bool
    in_person_name: bool = False  # inside what the parser's entity recogniser calls a PERSON

    @property
    def forms(self) -> set[str]:
        lower = self.text.lower()
        return {lower, singular(lower)} | ({self.lemma} if self.lemma else set())


@dataclass(frozen=True)
class Match:
    start: int
    end: int  # exclusive word index
    entry: AliasEntry | SectorNoun


@dataclass(frozen=True)
class PhraseCode:
    """The code of a phrase (None: no political actor), and the name words it did not explain."""

    code: ActorCode | None
    name_words: tuple[Word, ...]


def alias_words(text: str) -> list[str]:
    """Split text the way aliases are matched: no accents, periods of acronyms or possessive 's."""
    return list(_alias_words(text))


@lru_cache(maxsize=1 << 16)
def _alias_words(text: str) -> tuple[str, ...]:
    # Cached: every token of every actor phrase goes through here, most of them many times.
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"(?<=\b[A-Z])\.", "", text)  # U.S. -> US, U.N. -> UN
    text = re.sub(r"'s?\b", "", text)
    return tuple(re.findall(r"[^\W_]+", text))


def singular(word: str) -> str:
    """A naive singular for words without a lemma (plain strings): troops -> troop, militias -> militia."""
    for plural, single in (("ies", "y"), ("men", "man"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2 and not word.endswith("ss"):
            return word[: -len(plural)] + single
    return word


class AliasIndex:
    """Aliases keyed by their lower-case words; matches the longest acceptable alias at a position."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], list[tuple[AliasEntry, str]]] = {}
        self._lengths: dict[str, list[int]] = {}  # first word -> its aliases' lengths, longest first

    def add(self, alias: str, entry: AliasEntry, source: str) -> None:
        """Add an alias; an alias of another code from the same file is an error, a later file overrides."""
        words = tuple(alias_words(alias))
        if not words:
            return
        entry = replace(entry, words=words)
        key = tuple(word.lower() for word in words)
        kept = []
        for other, other_source in self._entries.get(key, []):
            same_text = other.accepts(list(words)) or entry.accepts(list(other.words))
            if other.code == entry.code and other.kind == "person" == entry.kind:
                # One person's several roles, or one name's spellings that differ in case only
                # ("Lee Tae-yang", "Lee Tae-Yang"): each spelling is kept, for `accepts` to read
                # the text by it, and each carries every role.
                roles = other.roles + tuple(role for role in entry.roles if role not in other.roles)
                entry = replace(entry, roles=roles)
                if other.words != entry.words:
                    kept.append((replace(other, roles=roles), other_source))
                continue
            if other.code != entry.code and same_text:
                if other_source == source:
                    raise ValueError(f"{source}: alias {alias!r} means both {other.code} and {entry.code}; keep one")
                continue
            if other.code == entry.code and same_text:
                if KIND_PRIORITY.index(other.kind) <= KIND_PRIORITY.index(entry.kind):
                    return
                continue
            kept.append((other, other_source))
        self._entries[key] = [*kept, (entry, source)]
        lengths = self._lengths.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)

    def starts(self, lower_word: str) -> bool:
        """True when some alias begins with this (lower-case) word."""
        return lower_word in self._lengths

    def lengths_from(self, lower_word: str) -> list[int]:
        """The word counts of the aliases that begin with this (lower-case) word, longest first."""
        return self._lengths.get(lower_word, [])

    def entries(self, lower_words: tuple[str, ...]) -> list[AliasEntry]:
        """The entries of the alias written with these lower-case words, whatever their case."""
        return [entry for entry, _ in self._entries.get(lower_words, [])]

    def match_at(self, words: list[Word], start: int) -> Match | None:
        if start > 0 and words[start - 1].text == "New":
            return None  # "New Mexico", "New Jersey", "New South Wales" are other places
        for length in self._lengths.get(words[start].text.lower(), ()):
            if start + length > len(words):
                continue
            text_words = [word.text for word in words[start : start + length]]
            for entry, _ in self._entries.get(tuple(word.lower() for word in text_words), []):
                if entry.accepts(text_words):
                    return Match(start, start + length, entry)
        return None


class ActorBase:
    """Countries, organisations, known people and sector nouns, loaded from TSV files.

    Use `ActorBase.default()` for the package data, `ActorBase.from_files(path, ...)` to add
    your own files in the same formats (their aliases override the package's).
    """

    def __init__(self) -> None:
        self.names = AliasIndex()  # countries, capitals, demonyms, organisations, regions
        self.people = AliasIndex()
        self.sector_nouns: dict[tuple[str, ...], SectorNoun] = {}  # add with add_sector_noun
        self._sector_noun_lengths: dict[str, list[int]] = {}  # last word -> lengths, longest first
        self._sector_noun_starts: set[str] = set()  # first words of sector nouns ("prime" of "prime minister")
        self.country_names: dict[str, str] = {}
        # One-word country names by lower-case spelling, and by each spelling with one letter
        # dropped (None where two countries share it): for `misspelt_country`.
        self._one_word_countries: dict[str, AliasEntry] = {}
        self._countries_less_a_letter: dict[str, AliasEntry | None] = {}
        self.religions: dict[str, str] = {}  # lower-case word -> CAMEO religion code
        self.ethnic_groups: dict[str, str] = {}  # lower-case word -> ethnic role code
        # A role noun's sector by the words of its sentence: noun -> [(sector, context lemmas)].
        self.sector_contexts: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self.sport_words: set[str] = set()  # lower case: "tennis", "football"

    @classmethod
    @cache
    def default(cls) -> ActorBase:
        """The package's data files plus the user actor files named by the NEWSEVENTS_ACTORS
        setting (paths separated like PATH); loaded once per process. The setting, like
        NEWSEVENTS_MODEL, reaches worker processes, so `newsevents code --actors FILE` codes
        with the same actors on every worker."""
        return cls.from_files(*(path for path in os.environ.get(ACTORS_SETTING, "").split(os.pathsep) if path))

    @classmethod
    def from_files(cls, *paths: str | Path) -> ActorBase:
        """The package data plus user files; each file's format is recognised from its header row."""
        package = [DATA_DIR / name for name in PACKAGE_FILES if (DATA_DIR / name).exists()]
        return cls._load([*package, *map(Path, paths)])

    @classmethod
    def _load(cls, paths: list[Path]) -> ActorBase:
        base = cls()
        for path in paths:
            header, rows = read_tsv(path)
            loader = {
                "iso3": base._add_country, "code": base._add_organisation,
                "noun": base._add_sector_noun, "name": base._add_person, "religion": base._add_religion,
                "ambiguous_noun": base._add_sector_context, "ethnic_group": base._add_ethnic_group,
                "sport": base._add_sport_word,
            }.get(header[0])
            if loader is None:
                raise ValueError(f"{path}: unknown header {header}; expected one of the formats in {DATA_DIR}")
            for row in rows:
                loader(dict(zip(header, row)), str(path))
        return base

    def _add_country(self, row: dict[str, str], source: str) -> None:
        iso3 = row["iso3"]
        self.country_names[iso3] = row["name"]
        code = ActorCode.of(iso3, None)
        for column, kind in (("name", "country"), ("other_names", "country"), ("adjectives", "adjective"),
                             ("demonyms", "demonym"), ("capitals", "capital")):
            for alias in split_list(row.get(column, "")):
                self.names.add(alias, AliasEntry(kind, code, ()), source)
                if kind == "country" and len(words := alias_words(alias)) == 1:
                    self._add_spelling(words[0], AliasEntry(kind, code, tuple(words)))

    def _add_spelling(self, name: str, entry: AliasEntry) -> None:
        lower = name.lower()
        self._one_word_countries[lower] = entry
        for variant in one_letter_less(lower):
            known = self._countries_less_a_letter.get(variant, entry)
            self._countries_less_a_letter[variant] = entry if known is not None and known.code == entry.code else None

    def _add_organisation(self, row: dict[str, str], source: str) -> None:
        country, sector = row["country"], row["sector"] or None
        kind = "organisation" if sector else "region"
        for alias in split_list(row["names"]):
            self.names.add(alias, AliasEntry(kind, ActorCode(row["code"], country, sector), ()), source)

    def _add_sector_noun(self, row: dict[str, str], source: str) -> None:
        sector = None if row["sector"] == "-" else row["sector"]
        words = tuple(word.lower() for word in alias_words(row["noun"]))
        self.add_sector_noun(SectorNoun(words, sector, row["kind"]))

    def _add_sector_context(self, row: dict[str, str], source: str) -> None:
        context = frozenset(word.lower() for word in split_list(row["context"]))
        self.sector_contexts.setdefault(row["ambiguous_noun"].lower(), []).append((row["sector"], context))

    def sector_in_context(self, noun: str, context: frozenset[str]) -> str | None:
        """The sector of an ambiguous role noun in a sentence with these lemmas (lower case);
        None when the sentence does not decide it (see context_sectors.tsv)."""
        sectors = {sector for sector, words in self.sector_contexts.get(noun, ()) if words & context}
        return sectors.pop() if len(sectors) == 1 else None

    def _add_sport_word(self, row: dict[str, str], source: str) -> None:
        self.sport_words.add(row["sport"].lower())

    def names_sport(self, words: list[Word], head: int) -> bool:
        """A word of the phrase other than its head names a sport: "the Georgian Tennis
        Federation", "Football Federation president X" and "the president of the Chess Society"
        are a sports body's, not the state's; "football" alone names no one."""
        return any(word.text.lower() in self.sport_words for index, word in enumerate(words) if index != head)

    def _add_religion(self, row: dict[str, str], source: str) -> None:
        self.religions[row["religion"].lower()] = row["code"]

    def _add_ethnic_group(self, row: dict[str, str], source: str) -> None:
        self.ethnic_groups[row["ethnic_group"].lower()] = row["code"]

    def _add_person(self, row: dict[str, str], source: str) -> None:
        code = row["code"]
        role = PersonRole(row["name"], ActorCode(code, code[:3], code[3:6] or None),
                          row.get("start") or None, row.get("end") or None, row.get("role", ""))
        # In the row's order (a set's order would change with the process's string hashes).
        for alias in dict.fromkeys([row["name"], *split_list(row.get("aliases", ""))]):
            self.people.add(alias, AliasEntry("person", None, (), (role,)), source)

    def is_group_word(self, text: str, lemma: str) -> bool:
        """True for a word that names people rather than a place: a sector noun, a demonym or an armed group."""
        noun = self.sector_nouns.get(tuple(alias_words(lemma))) or self.sector_nouns.get(tuple(alias_words(text.lower())))
        if noun is not None:
            return True
        word = Word(text, lemma, 0, text[:1].isupper())
        match = self.names.match_at([word], 0)
        return match is not None and (
            match.entry.kind == "demonym" or (match.entry.kind == "organisation" and match.entry.code.country not in ("IGO", "NGO"))
        )

    def is_person_noun(self, lemma: str) -> bool:
        """True for role nouns that name one person's position ("president", "spokesman")."""
        noun = self.sector_nouns.get(tuple(alias_words(lemma.lower())))
        return noun is not None and noun.kind == "role"

    def add_sector_noun(self, noun: SectorNoun) -> None:
        self.sector_nouns[noun.words] = noun
        self._sector_noun_starts.add(noun.words[0])
        lengths = self._sector_noun_lengths.setdefault(noun.words[-1], [])
        if len(noun.words) not in lengths:
            lengths.append(len(noun.words))
            lengths.sort(reverse=True)

    def nation_of(self, text: str) -> str | None:
        """The country a plain phrase codes to ("Kenya", "Soviet"); None for no actor, an
        international organisation or an NGO."""
        code = self.lookup(text) if text else None
        return code.country if code is not None and code.country not in (None, "IGO", "NGO") else None

    def is_capital(self, text: str) -> bool:
        """True when the phrase is exactly a capital city's name ("Kabul"): a metonym for its
        government as a subject ("Kabul said"), but a place before an event noun ("a Kabul bombing")."""
        words = [Word(word, "", i, word[:1].isupper()) for i, word in enumerate(alias_words(text))]
        match = self.names.match_at(words, 0) if words else None
        return match is not None and match.end == len(words) and match.entry.kind == "capital"

    def lookup(self, text: str, date: str | None = None) -> ActorCode | None:
        """Code a plain phrase ("Turkish foreign minister", "the president of Turkey") without spaCy."""
        raw = alias_words(text)
        head = len(raw) - 1
        if "of" in raw[1:]:
            head = raw.index("of", 1) - 1
        words = [Word(word, "", i, word[:1].isupper()) for i, word in enumerate(raw)]
        return self.code_words(words, head, date).code if words else None

    def misspelt_country(self, word: str) -> AliasEntry | None:
        """The country a one-word name misspells with one letter missing or one too many, or with
        two neighbouring letters swapped ("Afganistan", "Quatar", "Isreal"). Not for words under
        six letters, a different first letter, or an "s" added at the end ("Frances", "the Americas")."""
        lower = word.lower()
        if len(lower) < MISSPELLING_MIN_LENGTH or lower in self._one_word_countries:
            return None
        candidates = [self._countries_less_a_letter.get(lower)]  # a letter missing
        extra = one_letter_less(lower) - ({lower[:-1]} if lower.endswith("s") else set())
        candidates += [self._one_word_countries.get(variant) for variant in extra]  # a letter too many
        candidates += [self._one_word_countries.get(variant) for variant in neighbours_swapped(lower)]
        found = {entry.code: entry for entry in candidates if entry is not None and entry.words[0][0].lower() == lower[0]}
        return next(iter(found.values())) if len(found) == 1 else None

    def alias_matches(self, words: list[Word], date: str | None, memory: AliasIndex | None = None,
                      misspellings: bool = False) -> list[Match]:
        """Leftmost-longest alias matches; names beat people, people beat the document's memory on
        ties; an alias's leading "the" yields to a longer name after it ("the Sudan Liberation
        Army"). With `misspellings` (a phrase read from a parse, where the words around a name
        are known), a name no alias explains may be a misspelt country (`misspelt_country`)."""
        matches, start = [], 0
        indexes = [self.names, self.people, *([memory] if memory else [])]
        lowers = [word.text.lower() for word in words]
        while start < len(words):
            found = [match for index in indexes
                     if index.starts(lowers[start]) and (match := index.match_at(words, start))]
            if found:
                best = max(found, key=lambda match: match.end)  # max keeps the first of equals
                if lowers[start] == "the" and (inner := self._longer_after_article(words, start, best, indexes)):
                    best = inner
                if not self.is_first_name(words, best):
                    matches.append(best)
                start = best.end
                continue
            # A name standing alone: beside other names, or in a person's, it is a person's
            # ("Indira Gandhi", "Dominic Hare").
            alone = words[start].is_name and not words[start].in_person_name and not any(
                0 <= i < len(words) and words[i].is_name for i in (start - 1, start + 1))
            if misspellings and alone and (country := self.misspelt_country(words[start].text)) is not None:
                matches.append(Match(start, start + 1, country))
            start += 1
        return matches

    def is_first_name(self, words: list[Word], match: Match) -> bool:
        """True when a country's or capital's name is a person's first name: inside what the
        parser calls a PERSON and followed there by another name word that is no title ("Chad
        Smith", "Jordan Peterson", "Paris Hilton"). A title after it keeps the country, whose
        title it is ("Jordan King Abdullah")."""
        if match.entry.kind not in ("country", "capital") or match.end >= len(words):
            return False
        after = words[match.end]
        return (all(word.in_person_name for word in words[match.start : match.end]) and after.in_person_name
                and after.is_name and not after.forms & self._sector_noun_starts)

    @staticmethod
    def _longer_after_article(words: list[Word], start: int, best: Match, indexes: list[AliasIndex]) -> Match | None:
        """A name that begins after an alias's leading "the" and reaches further than the alias:
        "the Sudan" is a country's name, but "the Sudan Liberation Army" is the armed group's."""
        if start + 1 >= len(words):
            return None
        lower = words[start + 1].text.lower()
        found = [match for index in indexes if index.starts(lower) and (match := index.match_at(words, start + 1))]
        inner = max(found, key=lambda match: match.end, default=None)
        return inner if inner is not None and inner.end > best.end else None

    def sector_matches(self, words: list[Word], covered: set[int]) -> list[Match]:
        """Longest sector nouns, matched right to left on words that no alias covers."""
        matches, end = [], len(words)
        while end > 0:
            found = None
            forms = words[end - 1].forms
            lengths = sorted({n for form in forms for n in self._sector_noun_lengths.get(form, ())}, reverse=True)
            for length in lengths:
                span = range(end - length, end)
                if length > end or covered.intersection(span):
                    continue
                prefix = tuple(words[i].text.lower() for i in span[:-1])
                for form in forms:
                    if (noun := self.sector_nouns.get((*prefix, form))) is not None:
                        found = Match(end - length, end, noun)
                        break
                if found:
                    break
            if found and end < len(words) and words[end].text.lower() in NAME_SUFFIXES:
                found = None  # "King Jr.": a surname, not a title
            if found:
                matches.append(found)
                end = found.start
            else:
                end -= 1
        return matches

    def code_words(self, words: list[Word], head: int, date: str | None = None,
                   memory: AliasIndex | None = None, misspellings: bool = False,
                   context: frozenset[str] = frozenset()) -> PhraseCode:
        """Code a phrase whose head word is `words[head]`; the code is None when it names no political actor.

        The head decides what the phrase is: an alias (country, capital, demonym, organisation,
        person), a sector noun, or a proper name carried by its modifiers ("President ... Erdogan").
        Modifiers give the country (adjectives, possessives, "of" phrases) and, for role nouns
        and names, the sector; religion and ethnic group words outside names add their role
        codes. `context`, the lemmas of the phrase's sentence, decides the sector of a bare
        ambiguous role ("officers").
        """
        aliases = self.alias_matches(words, date, memory, misspellings)
        covered = {i for match in aliases for i in range(match.start, match.end)}
        sectors = self.sector_matches(words, covered)
        # A known person's name is still remembered for the document ("Minister Cohen" later).
        non_person = {i for m in aliases if m.entry.kind != "person" for i in range(m.start, m.end)}
        explained = non_person | {i for m in sectors for i in range(m.start, m.end)}
        name_words = tuple(w for i, w in enumerate(words) if w.is_name and i not in explained)
        code = self._phrase_code(words, head, aliases, sectors, date, context)
        roles = [role for i, w in enumerate(words) if i not in covered
                 and (role := self.religions.get(w.text.lower()) or self.ethnic_groups.get(w.text.lower()))]
        return PhraseCode(code.with_roles(roles) if code and roles else code, name_words)

    def _phrase_code(self, words: list[Word], head: int, aliases: list[Match], sectors: list[Match],
                     date: str | None, context: frozenset[str]) -> ActorCode | None:
        head_alias = next((m for m in aliases if m.start <= head < m.end), None)
        head_sector = next((m for m in sectors if m.start <= head < m.end), None)
        entries = [m.entry for m in aliases if m.entry.kind != "person"]
        sponsors = {m.entry for m in aliases if m.end < len(words) and words[m.end].text.lower() in SPONSOR_WORDS}
        organisations = [e for e in entries if e.kind == "organisation" and e not in sponsors]
        places = [e for e in entries if e.kind != "organisation" and e not in sponsors]
        if head_sector is not None and head_sector.entry.kind == "institution":
            if not words[head].is_name:  # "a UN commission": a body of its modifiers'
                head_sector = replace(head_sector, entry=replace(head_sector.entry, sector=None, kind="role"))
            elif not (places and words[head].text.lower() == head_sector.entry.words[-1]):
                head_sector = None  # a name of no country or in the plural: "China Oilfield Services" is a company
        if head_sector is not None and head_sector.entry.kind == "masthead":
            # Only a name ends in a masthead word: "the Lagos Herald" is a medium, "the news" none.
            named = words[head].is_name and not words[head].in_person_name
            head_sector = replace(head_sector, entry=replace(head_sector.entry, kind="group")) if named else None
        people = [code for m in aliases if m.entry.kind == "person" and (code := m.entry.person_code(date))]
        modifier_sectors = sorted((m for m in sectors if m is not head_sector), key=lambda m: abs(m.start - head))

        if head_alias is not None and head_alias.entry.kind != "person":
            entry = head_alias.entry
            if entry.kind == "organisation":
                return entry.code
            sector = {"capital": "GOV", "demonym": "CVL", "adjective": "CVL"}.get(entry.kind)
            return ActorCode.of(entry.code.country, sector)

        if head_sector is not None and head_sector.entry.kind == "group":
            sector = head_sector.entry.sector
        elif not (head_sector or words[head].is_name or head_alias is not None):
            return None  # "the building", "rocks": not an actor noun
        else:
            # A role noun or a name takes the nearest group noun's sector, else its organisation's,
            # else the nearest role's ("rebel leader" REB, "Hamas leader" PSEREB, "President X" GOV).
            groups = [m.entry.sector for m in modifier_sectors if m.entry.kind == "group" and m.entry.sector]
            if groups and groups[0] == "GOV" and (organ := owning_organ(words, modifier_sectors)):
                groups = [organ]  # "Navy Information Agency head X": the navy's, not the government's
            roles = [m.entry.sector for m in (head_sector, *modifier_sectors)
                     if m is not None and (m is head_sector or m.entry.kind == "role") and m.entry.sector]
            if head_sector is None and not (groups or roles or organisations or people):
                return None  # an unknown name: nothing says who this is
            sector = next(iter(groups or ([organisations[0].code.sector] if organisations else roles)), None)
            # A title in a body of no known sector ("leader of the faction", "the group's chief",
            # "Football Federation president John Doe") is no government office: the body says
            # nothing of its sector, and nothing else does.
            in_body = any(m.entry.sector is None for m in modifier_sectors)
            only_the_title = len(roles) == 1
            if in_body and only_the_title and self.names_sport(words, head):
                sector = SPORTS_BODY_SECTOR  # "Football Federation president X": a sports body's, no state's
            elif in_body and only_the_title and not (groups or organisations or any(person.sector for person in people)):
                sector = None
            if head_sector is not None and not (groups or organisations) and len(head_sector.entry.words) == 1:
                sector = self.sector_in_context(head_sector.entry.words[0], context) or sector
            before = [word.text.lower() for word in words[:head]]
            status = next((STATUS_SECTORS[word] for word in before if word in STATUS_SECTORS), None)
            if status and not organisations:
                sector = status
        if organisations:
            return with_organisation(organisations[0].code, sector)
        country = next((e.code.country for e in places if e.kind != "region"), None)
        country = country or next((e.code.country for e in places), None)
        person = people[0] if people else None
        if person is not None:
            country, sector = country or person.country, sector or person.sector
        if sector is None and country is not None and self.names_sport(words, head):
            sector = SPORTS_BODY_SECTOR  # a sports body is no state: "the Georgian Tennis Federation"
        return ActorCode.of(country, sector)


def owning_organ(words: list[Word], modifiers: list[Match]) -> str | None:
    """The sector of a state organ (`STATE_ORGAN_SECTORS`) named before the government body of a
    title, which the body is part of ("Navy Information Agency head", "Army Public Relations
    Office chief" are military); None when there is none, or when it only backs the body
    ("army-backed agency")."""
    bodies = sorted((m for m in modifiers if m.entry.kind == "group" and m.entry.sector), key=lambda m: m.start)
    body = next((m for m in reversed(bodies) if m.entry.sector == "GOV"), None)
    organs = [m for m in bodies if body is not None and m.end <= body.start and m.entry.sector in STATE_ORGAN_SECTORS
              and not (m.end < len(words) and words[m.end].text.lower() in SPONSOR_WORDS)]
    return organs[-1].entry.sector if organs else None


def with_organisation(organisation: ActorCode, sector: str | None) -> ActorCode:
    """An organisation with the sector of the phrase's head or title.

    A state's organisation takes a group sector ("Taliban government" -> AFGGOV); an
    international organisation adds it to its code unless it is GOV and keeps its own
    sector ("NATO troops" -> IGONATMIL, sector NAT).
    """
    if organisation.country in ("IGO", "NGO"):
        if sector in (None, "GOV", organisation.sector) or organisation.code.endswith(sector):
            return organisation
        return ActorCode(organisation.code + sector, organisation.country, organisation.sector)
    if sector is None or sector == organisation.sector:
        return organisation
    return ActorCode.of(organisation.country, sector) or organisation


def one_letter_less(word: str) -> set[str]:
    """The spellings of `word` with one letter dropped."""
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


def neighbours_swapped(word: str) -> set[str]:
    """The spellings of `word` with two neighbouring letters swapped."""
    return {word[:index] + word[index + 1] + word[index] + word[index + 2 :] for index in range(len(word) - 1)}


@cache
def occupation_sectors() -> frozenset[str]:
    """The sectors of private occupations (`occupation_sectors.tsv`), which a political or public
    role of the same person outranks."""
    _, rows = read_tsv(DATA_DIR / "occupation_sectors.tsv")
    return frozenset(row[0] for row in rows)


def split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split("|") if item.strip()]


def read_tsv(path: Path) -> tuple[list[str], list[list[str]]]:
    """The header row and data rows of a data file; `#` lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    if not rows:
        raise ValueError(f"{path}: no header row")
    width = len(rows[0])
    for number, row in enumerate(rows[1:], start=2):
        if len(row) > width:
            raise ValueError(f"{path}: data row {number} has {len(row)} columns, the header {width}")
    return rows[0], [row + [""] * (width - len(row)) for row in rows[1:]]
