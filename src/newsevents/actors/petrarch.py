"""Import PETRARCH/TABARI actor and agent dictionaries into an `ActorBase`.

    base = load_petrarch_actors(["Phoenix.Countries.actors.txt"], ["Phoenix.agents.txt"])
    code_text("...", actor_base=base)

The dictionaries are upper-case phrase lists (words joined by blanks or underscores;
comments after `#` or `;` and inside `<!-- -->`):

    AUSTRALIA [AUS]                 an actor: primary phrase and code
    +AUSTRALIAN                     a synonym of the actor above
    GOLLUM                          an actor whose code depends on the date, one
        [HOB <950601]               tab-indented restriction per line: before (<),
        [HOBGOV 19950601-19990815]  between (d1-d2) or after (>) a date, inclusive;
        [HOBREB >990816]            a restriction without a date is the default
    PRESIDENT {} [~GOV]             an agent (agents file): a role or group noun whose
    !MINST! = MINISTER, MINISTRY    code is added to the actor's; `{...}` lists plurals,
    !MINST!_OF_SILLY_WALKS [~GOV]   `!X!` markers expand to every listed word

How entries map onto the project's knowledge base:
- an actor with dated restrictions is a person (people index), one role per restriction,
  the default code as an open-ended role that a dated role valid on the day overrides
  (without a default, no actor on days outside the restrictions);
- an undated actor with a three-character code (`GON`, `NGO`) is a country;
- an undated actor with a longer code is an organisation: country = the first three
  characters, sector = the rest (`PSEREBHMS` -> PSE, REBHMS);
- an agent is a group noun; as in PETRARCH, its code is added after the code of the actor
  in the same phrase (`[~GOV]`: "Gondor police" GONCOP, "West German world government" with
  WEST_GERMAN [GMWGOV] and WORLD_GOVERNMENT [~WGO] GMWGOVWGO) or before it (`[NGO~]`:
  "MSF Gondor" NGOGON), unless the actor's code already ends (starts) with it; a phrase
  without an actor is coded by the knowledge base's own rules ("a senior official" ---GOV);
- an agent's regular plural (-s, -es, -ies) is generated, `{PLURALS}` lists irregular ones
  instead and `{}` says there is none ("polices" is not POLICE {}); phrases made from a
  `!X!` substitution get no plural.
Dates with two-digit years (YYMMDD) are 19YY from 30 on, 20YY below.

What cannot be carried over is skipped and counted in `ActorDictionaries.skipped`:
null codes (`---`, `+++`), several codes for one actor (the first is kept), and an alias
defined again in the same file (the first is kept).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.actors.knowledge import (
    SPONSOR_WORDS, ActorBase, ActorCode, AliasEntry, AliasIndex, Match, PersonRole, PhraseCode, SectorNoun, Word,
    alias_words,
)

NULL_CODES = frozenset({"---", "+++", "###"})
# Lower-case in aliases so that "the Hermit Kingdom" also matches "The Hermit Kingdom".
FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "for", "in", "on", "at", "de", "del", "da", "di", "du", "la", "le", "al", "el"}
)
RESTRICTION = re.compile(r"^\[\s*(?P<code>[^\s\]<>]*)\s*(?P<when>[^\]]*)\]")
CODE_BLOCK = re.compile(r"\[(?P<inside>[^\]]*)\]")
SUBSTITUTION = re.compile(r"^(?P<marker>![A-Z]+!)\s*=\s*(?P<words>.+)$")
HTML_COMMENT = re.compile(r"<!\s*--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class DatedCode:
    """One code of an actor, valid from `start` to `end` (ISO dates, inclusive; None: open)."""

    code: str
    start: str | None = None
    end: str | None = None

    @property
    def is_default(self) -> bool:
        return self.start is None and self.end is None


@dataclass(frozen=True)
class PetrarchActor:
    """An actor entry: its phrases as alias strings (primary first) and its codes in file order."""

    names: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    source: str
    line: int

    @property
    def is_dated(self) -> bool:
        return any(not code.is_default for code in self.codes)


@dataclass(frozen=True)
class PetrarchAgent:
    """An agent entry: its phrases (every form it is matched in) as lower-case word tuples, and
    its code as written: `~GOV` is added after the actor's code, `NGO~` before it."""

    phrases: tuple[tuple[str, ...], ...]
    code: str
    source: str
    line: int

    @property
    def sector(self) -> str:
        """The agent's code without its `~`: the sector of a phrase that names no actor."""
        return self.code.strip("~")


@dataclass
class ActorDictionaries:
    """What was read from PETRARCH files, and how many entries were skipped, by reason."""

    actors: list[PetrarchActor] = field(default_factory=list)
    agents: list[PetrarchAgent] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


def load_petrarch_actors(
    actor_paths: Iterable[str | Path], agent_paths: Iterable[str | Path] = (), package_data: bool = True
) -> ActorBase:
    """An ActorBase with the PETRARCH actors and agents added.

    With `package_data` the entries are added to the package's data (their aliases
    override the package's, as `ActorBase.from_files` does); without it the base holds
    the imported dictionaries alone (e.g. PETRARCH's fictional validation world).
    """
    return build_actor_base(read_petrarch_dictionaries(actor_paths, agent_paths), package_data)


def read_petrarch_dictionaries(
    actor_paths: Iterable[str | Path], agent_paths: Iterable[str | Path] = ()
) -> ActorDictionaries:
    dictionaries = ActorDictionaries()
    for path in actor_paths:
        dictionaries.actors.extend(read_actor_file(Path(path), dictionaries.skipped))
    for path in agent_paths:
        dictionaries.agents.extend(read_agent_file(Path(path), dictionaries.skipped))
    return dictionaries


def build_actor_base(dictionaries: ActorDictionaries, package_data: bool = True) -> PetrarchActorBase:
    """Add the actors (as countries, organisations or people) and agents (as group nouns) to a base."""
    base = PetrarchActorBase.from_files() if package_data else PetrarchActorBase()
    for actor in dictionaries.actors:
        if actor.is_dated:
            add_person(base, actor)
            continue
        code = actor.codes[-1].code  # the last undated code line is the one in force
        entry = AliasEntry("country", ActorCode.of(code, None), ()) if len(code) == 3 else AliasEntry(
            "organisation", ActorCode(code, code[:3], code[3:]), ()
        )
        if entry.kind == "country":
            base.country_names.setdefault(code, actor.names[0])
        for name in actor.names:
            base.names.add(name, entry, actor.source)
    for agent in dictionaries.agents:
        base.add_agent(agent)
    return base


class PetrarchActorBase(ActorBase):
    """An `ActorBase` that codes a phrase naming an actor as PETRARCH does: the actor's code
    with the code of every agent in the phrase added to it.

    The knowledge base's own rules give a phrase one country and one sector and need its
    head to be an actor noun; PETRARCH's agent codes are not sectors but code parts, written
    to be joined to whatever actor they qualify ("the KU basketball team" is THE_KU's
    USAEDU, "Bree Prime Minister Romendacil" BRE + GOV). Phrases without an actor keep the
    knowledge base's rules, which find their country elsewhere ("a senior official").
    """

    def __init__(self) -> None:
        super().__init__()
        self.agent_codes: dict[tuple[str, ...], str] = {}  # every listed form -> the agent's code

    def add_agent(self, agent: PetrarchAgent) -> None:
        for words in agent.phrases:
            self.agent_codes[words] = agent.code
            self.add_sector_noun(SectorNoun(words, agent.sector, "group"))

    def sector_matches(self, words: list[Word], covered: set[int]) -> list[Match]:
        """The knowledge base's matches, less agents in a form their entry does not list:
        the base matches any plural, PETRARCH only the generated or listed ones."""
        return [match for match in super().sector_matches(words, covered) if self._listed(words, match)]

    def _listed(self, words: list[Word], match: Match) -> bool:
        texts = tuple(word.text.lower() for word in words[match.start : match.end])
        return match.entry.words not in self.agent_codes or texts in self.agent_codes

    def code_words(self, words: list[Word], head: int, date: str | None = None,
                   memory: AliasIndex | None = None, misspellings: bool = False,
                   context: frozenset[str] = frozenset()) -> PhraseCode:
        phrase = super().code_words(words, head, date, memory, misspellings, context)
        actor = self._phrase_actor(words, head, date, memory)
        if actor is None or actor.code in NULL_CODES:
            return phrase  # a null code: a name known to be no actor (on this day)
        code = actor.code
        covered = {i for match in self.alias_matches(words, date, memory) for i in range(match.start, match.end)}
        for match in sorted(self.sector_matches(words, covered), key=lambda match: match.start):
            code = add_agent_code(code, self.agent_codes.get(match.entry.words, f"~{match.entry.sector or ''}"))
        return PhraseCode(split_code(code), phrase.name_words)

    def _phrase_actor(self, words: list[Word], head: int, date: str | None,
                      memory: AliasIndex | None) -> ActorCode | None:
        """The actor the phrase names: the head's, else the first one not sponsoring the
        phrase's group ("Iranian-backed militias" are no Iranian actor)."""
        matches = [match for match in self.alias_matches(words, date, memory)
                   if match.end >= len(words) or words[match.end].text.lower() not in SPONSOR_WORDS]
        match = next((m for m in matches if m.start <= head < m.end), matches[0] if matches else None)
        if match is None:
            return None
        return match.entry.person_code(date) if match.entry.kind == "person" else match.entry.code


def add_agent_code(code: str, agent: str) -> str:
    """PETRARCH's joining of an agent code to an actor code: `~X` after it, `X~` before it,
    unless the actor code already ends (starts) with X ("White House officials" stays USAGOV)."""
    if agent.startswith("~"):
        part = agent[1:]
        return code if not part or code.endswith(part) else code + part
    part = agent[:-1]
    return code if not part or code.startswith(part) else part + code


def split_code(code: str) -> ActorCode:
    """A PETRARCH code as an ActorCode: its first three characters are the country (none for `---`)."""
    if code in NULL_CODES:
        return ActorCode("---", None, None)  # known, but no actor on these days
    return ActorCode(code, None if code.startswith("---") else code[:3], code[3:] or None)


def add_person(base: ActorBase, actor: PetrarchActor) -> None:
    """Dated codes become roles; the default (undated) code comes last so that ties go to dated roles.
    Without a default, PETRARCH codes no actor on days no restriction covers: a null role."""
    dated = [code for code in actor.codes if not code.is_default]
    defaults = [code for code in actor.codes if code.is_default] or [DatedCode("---")]
    roles = tuple(
        PersonRole(actor.names[0], split_code(code.code), code.start, code.end, f"PETRARCH {actor.source}:{actor.line}")
        for code in (*dated, *defaults[-1:])
    )
    for name in actor.names:
        base.people.add(name, AliasEntry("person", None, (), roles), actor.source)


def read_actor_file(path: Path, skipped: Counter[str]) -> list[PetrarchActor]:
    """The actors of one file, in order. An alias already defined in this file is skipped."""
    actors: list[PetrarchActor] = []
    current: dict | None = None
    seen: set[str] = set()

    def finish() -> None:
        if current is None:
            return
        codes = [code for code in current["codes"] if code.code not in NULL_CODES or not code.is_default]
        if not any(code.code not in NULL_CODES for code in codes):
            skipped["actor without a code (null code or none)"] += 1
            return
        names = []
        for name in current["names"]:
            key = name.lower()
            if key in seen:
                skipped["alias defined twice in one file (first kept)"] += 1
                continue
            seen.add(key)
            names.append(name)
        if names:
            actors.append(PetrarchActor(tuple(names), tuple(codes), str(path), current["line"]))

    for number, raw in dictionary_lines(path):
        if raw[:1].isspace():  # an indented date restriction of the current actor
            if current is not None:
                code = parse_restriction(raw.strip(), skipped)
                if code is not None:
                    current["codes"].append(code)
            continue
        line = raw.strip()
        phrase, codes = split_code_blocks(line)
        if line.startswith("+"):
            if current is not None and (name := alias_from_phrase(phrase[1:])):
                current["names"].append(name)
            continue
        finish()
        current = {"names": [], "codes": [], "line": number}
        if name := alias_from_phrase(phrase):
            current["names"].append(name)
        for block in codes:
            code = parse_restriction(f"[{block}]", skipped)
            if code is not None:
                current["codes"].append(code)
    finish()
    return actors


def read_agent_file(path: Path, skipped: Counter[str]) -> list[PetrarchAgent]:
    """The agents of one file, with `!X!` substitutions and plurals expanded."""
    substitutions: dict[str, list[str]] = {}
    agents: list[PetrarchAgent] = []
    for number, raw in dictionary_lines(path):
        line = raw.strip()
        if match := SUBSTITUTION.match(line):
            substitutions[match["marker"]] = [word.strip() for word in match["words"].split(",") if word.strip()]
            continue
        phrase, codes = split_code_blocks(line)
        listed = re.search(r"\{([^}]*)\}", phrase)
        phrase = re.sub(r"\{[^}]*\}", " ", phrase).strip().rstrip("_")  # TABARI's word end: "MINISTRY_"
        if not codes or not phrase:
            skipped["agent without a code"] += 1
            continue
        code = codes[0].replace(" ", "")
        if code.strip("~") == "" or code.startswith("~") == code.endswith("~"):
            skipped["agent code without one `~` to say where it goes"] += 1
            continue
        if "!" in phrase:
            forms = substitute(phrase, substitutions)  # PETRARCH forms no plurals of substituted words
        else:
            forms = [phrase, *(listed[1].split() if listed else [regular_plural(phrase)])]
        phrases = {tuple(word.lower() for word in alias_words(form.replace("_", " "))) for form in forms}
        phrases.discard(())
        agents.append(PetrarchAgent(tuple(sorted(phrases)), code, str(path), number))
    return agents


def regular_plural(phrase: str) -> str:
    """The regular English plural PETRARCH generates for an agent phrase without `{...}`:
    -s, -es after a sibilant, -ies after a consonant + y ("AUTHORITY" -> "AUTHORITIES")."""
    if re.search(r"[^AEIOU]Y$", phrase, re.IGNORECASE):
        return phrase[:-1] + "IES"
    if re.search(r"(S|X|Z|CH|SH)$", phrase, re.IGNORECASE):
        return phrase + "ES"
    return phrase + "S"


def substitute(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    """Every phrase a `!X!` marker stands for ("CONGRESS!PERSON!" -> CONGRESSMAN, CONGRESSMEN, ...)."""
    match = re.search(r"![A-Z]+!", phrase)
    if match is None:
        return [phrase]
    replacements = substitutions.get(match.group(), [])
    return [expanded for word in replacements
            for expanded in substitute(phrase[: match.start()] + word + phrase[match.end():], substitutions)]


def dictionary_lines(path: Path) -> list[tuple[int, str]]:
    """Non-blank lines with comments removed, keeping line numbers and leading tabs."""
    text = path.read_text(encoding="utf-8", errors="replace")
    text = HTML_COMMENT.sub(lambda comment: "\n" * comment.group().count("\n"), text)
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = re.split(r"[#;]", raw, maxsplit=1)[0].rstrip()
        if line.strip():
            lines.append((number, line))
    return lines


def split_code_blocks(line: str) -> tuple[str, list[str]]:
    """The phrase before the first `[` and the contents of the `[...]` blocks."""
    codes = [match["inside"].strip() for match in CODE_BLOCK.finditer(line)]
    phrase = line.split("[", 1)[0].strip()
    return phrase, codes


def parse_restriction(text: str, skipped: Counter[str]) -> DatedCode | None:
    """`[CODE]`, `[CODE <date]`, `[CODE >date]` or `[CODE date-date]`; None (counted) if malformed."""
    match = RESTRICTION.match(text)
    if match is None or not match["code"]:
        skipped["malformed code block"] += 1
        return None
    code = match["code"].upper()
    if "/" in code:
        skipped["several codes for one actor (first kept)"] += 1
        code = code.split("/")[0]
    when = match["when"].replace(" ", "")
    try:
        if not when:
            return DatedCode(code)
        if when.startswith("<"):
            return DatedCode(code, None, iso_date(when[1:]))
        if when.startswith(">"):
            return DatedCode(code, iso_date(when[1:]), None)
        start, end = when.split("-")
        return DatedCode(code, iso_date(start), iso_date(end))
    except ValueError:
        skipped["malformed date restriction"] += 1
        return None


def iso_date(text: str) -> str:
    """YYYYMMDD or YYMMDD as YYYY-MM-DD (two-digit years: 30-99 -> 19xx, 00-29 -> 20xx)."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"not a PETRARCH date: {text!r}")
    if len(text) == 6:
        text = ("19" if int(text[:2]) >= 30 else "20") + text
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def alias_from_phrase(phrase: str) -> str:
    """An upper-case dictionary phrase as an alias with news capitalisation ("THE_HERMIT_KINGDOM" ->
    "the Hermit Kingdom"), so that the knowledge base's capitalisation check applies."""
    words = alias_words(phrase.replace("_", " ").strip())
    return " ".join(word.lower() if word.lower() in FUNCTION_WORDS else word.capitalize() for word in words)
