"""Learning actors from the news: people introduced with a title whom the knowledge base does not know.

    doc = nlp("Iranian President Dariush Farahani met Hamas leader Khalil Mansour.")
    actors = DocumentActors(doc, base, date="2024-03-05")
    observations = observe_people(doc, actors, base, doc_id="a1", date="2024-03-05")
    # [LearnedActor(name='Dariush Farahani', code='IRNGOV', ..., evidence='Iranian President Dariush Farahani'),
    #  LearnedActor(name='Khalil Mansour', code='PSEREB', ..., evidence='Hamas leader Khalil Mansour')]
    accept_learned(observations, "my_people.tsv")
    ActorBase.from_files("my_people.tsv").lookup("Farahani", "2024-04-01")   # IRNGOV, without a title

A person is *introduced with a title* when an actor phrase codes from its title alone
(role noun plus country or organisation: "Iranian President Ebrahim Raisi", "Hamas leader
Ismail Haniyeh", "Ebrahim Raisi, Iran's president") and its head or apposition carries a
name the knowledge base does not know. `DocumentActors` remembers such names for the rest
of the document; an observation keeps them for later documents once accepted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from newsevents.actors.knowledge import ActorBase, Word, read_tsv
from newsevents.actors.mentions import NAME_PART_DEPS, DocumentActors, describing_appositions
from newsevents.records import LearnedActor

PEOPLE_COLUMNS = ("name", "aliases", "code", "start", "end", "role")
LEARNED_ROLE = "learned from news"


def observe_people(doc: Doc, actors: DocumentActors, base: ActorBase, doc_id: str, date: str | None) -> list[LearnedActor]:
    """The unknown people that the document introduces with a title, once per name and code.

    `actors` must be the document's DocumentActors (it resolves possessives and places:
    "its foreign minister"); `base` is the knowledge base the names are checked against.
    """
    observations: dict[tuple[str, str], LearnedActor] = {}
    for index, mention in actors.introductions.items():
        head = doc[index]
        if mention is None or mention.country is None or mention.sector is None or index in actors.guessed:
            continue  # a person's title (or its context) gives a country and a sector, not the document's focus
        words, head_index = actors.phrase_words(head)
        if head_index is None or not has_role_noun(words, base):
            continue
        phrase = base.code_words(words, head_index, date)  # the base alone, not the document's memory
        if phrase.code is None:
            continue  # coded from an earlier mention, not introduced here
        for name in introduced_names(words, phrase.name_words, head, doc):
            if len(name) < 2 or not name[-1].text[:1].isupper() or is_known(name, base):
                continue  # a lone surname ("Prime Minister Johnson") is too weak to learn from, an uncased one no name
            key = (" ".join(word.text for word in name), mention.code)
            evidence = " ".join(mention.text.split())
            observations.setdefault(key, LearnedActor(key[0], mention.code, mention.country, mention.sector,
                                                      date, doc_id, evidence))
    return list(observations.values())


def has_role_noun(words: list[Word], base: ActorBase) -> bool:
    """A title that names one person's position: "president", "leader", "minister"."""
    return any(base.is_person_noun(word.lemma or word.text.lower()) for word in words)


def introduced_names(words: list[Word], name_words: tuple[Word, ...], head: Token, doc: Doc) -> list[list[Word]]:
    """Runs of name words that are the phrase's head or an apposition ("Ebrahim Raisi"), not a
    title's modifier; a run keeps only the words after the title ("Foreign" of "Foreign
    Secretary Marcelo Ebrard", where only "secretary" is a known title, is left out)."""
    heads = {head.i} | {child.i for child in describing_appositions(head)}
    runs: dict[int, list[Word]] = {}
    for word in name_words:
        owner = doc[word.token]
        while owner.dep_ in NAME_PART_DEPS and owner.head.i != owner.i:
            owner = owner.head
        if owner.i in heads:
            runs.setdefault(owner.i, []).append(word)
    position = {id(word): index for index, word in enumerate(words)}
    names = []
    for run in runs.values():
        if not any(word.token in heads for word in run):
            continue
        start = len(run) - 1
        while start > 0 and position[id(run[start - 1])] == position[id(run[start])] - 1:
            start -= 1
        names.append(run[start:])
    return names


def is_known(name: list[Word], base: ActorBase) -> bool:
    """The whole name is a person, organisation or place alias of the base ("Omar Haddad" is
    not Fernando Haddad, though "Haddad" is an alias of his)."""
    return any((match := index.match_at(name, 0)) is not None and match.end == len(name)
               for index in (base.people, base.names))


@dataclass(frozen=True)
class LearnedPerson:
    """All observations of one name with one code: what `newsevents actors learned` lists."""

    name: str
    code: str
    country: str | None
    sector: str | None
    mentions: int  # observations, at most one per document
    first_seen: str | None
    last_seen: str | None
    evidence: str  # the first observation's phrase
    doc_ids: tuple[str, ...]


def summarise_learned(observations: Iterable[LearnedActor]) -> list[LearnedPerson]:
    """One entry per name and code, most mentioned first (then by name)."""
    grouped: dict[tuple[str, str], list[LearnedActor]] = {}
    for observation in observations:
        grouped.setdefault((observation.name, observation.code), []).append(observation)
    people = []
    for (name, code), seen in grouped.items():
        seen.sort(key=lambda o: (o.date or "", o.doc_id))
        dates = [o.date for o in seen if o.date]
        people.append(LearnedPerson(name, code, seen[0].country, seen[0].sector, len(seen),
                                    dates[0] if dates else None, dates[-1] if dates else None,
                                    seen[0].evidence, tuple(o.doc_id for o in seen)))
    return sorted(people, key=lambda person: (-person.mentions, person.name, person.code))


def accept_learned(observations: Iterable[LearnedActor], path: str | Path, base: ActorBase | None = None) -> int:
    """Write accepted people to a user actor file in people.tsv format; returns the rows written.

    One row per name and code: aliases = the surname (unless it is a single-word name or
    already an alias in `base`, default the package's), start = the first date seen, end
    empty, role "learned from news: N mentions". Rows of the file for other people are
    kept; rows for the same name and code are replaced, so accepting the store's whole
    observation list again is idempotent. `ActorBase.from_files(path)` then codes the
    person without a title.
    """
    base = base or ActorBase.default()
    people = summarise_learned(observations)
    accepted = {(person.name, person.code) for person in people}
    path = Path(path)
    kept: list[list[str]] = []
    if path.exists():
        header, rows = read_tsv(path)
        if tuple(header) != PEOPLE_COLUMNS:
            raise ValueError(f"{path}: expected the people.tsv columns {PEOPLE_COLUMNS}, got {header}")
        kept = [row for row in rows if (row[0], row[2]) not in accepted]
    learned = [
        [person.name, surname_alias(person.name, base), person.code, person.first_seen or "", "",
         f"{LEARNED_ROLE}: {person.mentions} mention{'s' if person.mentions != 1 else ''}"]
        for person in sorted(people, key=lambda person: (person.name, person.code))
    ]
    lines = ["# People learned from the news (newsevents.actors.learned); columns as in people.tsv.", *(
        "\t".join(row) for row in (PEOPLE_COLUMNS, *kept, *learned))]  # names are alias words: no tabs
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(learned)


def surname_alias(name: str, base: ActorBase) -> str:
    """The last word of a multi-word name, unless the base already uses it for someone or something."""
    words = name.split()
    if len(words) < 2:
        return ""
    surname = [Word(words[-1], "", 0, True)]
    return "" if is_known(surname, base) else words[-1]
