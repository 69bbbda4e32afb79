"""Learning actors from the news: people introduced with a title whom the knowledge base does not know.

    actors = DocumentActors(doc, base, date="2021-08-05")
    observations = observe_people(doc, actors, base, doc_id="a1", date="2021-08-05")
    # [LearnedActor(name='Ebrahim Raisi', code='IRNGOV', ..., evidence='Iranian President Ebrahim Raisi')]
    accept_learned(observations, "my_people.tsv")
    ActorBase.from_files("my_people.tsv").lookup("Raisi", "2021-08-06")   # IRNGOV, without a title

A person is *introduced with a title* when an actor phrase codes from its title alone
(role noun plus country or organisation: "Iranian President Ebrahim Raisi", "Hamas leader
Ismail Haniyeh", "Ebrahim Raisi, Iran's president") and its head or apposition carries a
name the knowledge base does not know. `DocumentActors` remembers such names for the rest
of the document; an observation keeps them for later documents once accepted.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from newsevents.actors.knowledge import ActorBase, Word, read_tsv
from newsevents.actors.mentions import NAME_PART_DEPS, DocumentActors, phrase_tokens, phrase_words

PEOPLE_COLUMNS = ("name", "aliases", "code", "start", "end", "role")
LEARNED_ROLE = "learned from news"


@dataclass(frozen=True)
class LearnedActor:
    """One introduction of an unknown person: the name, the code its title gave, and where."""

    name: str
    code: str
    country: str | None
    sector: str | None
    date: str | None  # the document's date, YYYY-MM-DD
    doc_id: str
    evidence: str  # the actor phrase as written: "Iranian President Ebrahim Raisi"


def observe_people(doc: Doc, actors: DocumentActors, base: ActorBase, doc_id: str, date: str | None) -> list[LearnedActor]:
    """The unknown people that the document introduces with a title, once per name and code.

    `actors` must be the document's DocumentActors (it resolves possessives and places:
    "its foreign minister"); `base` is the knowledge base the names are checked against.
    """
    observations: dict[tuple[str, str], LearnedActor] = {}
    for head in doc:
        if head.dep_ in NAME_PART_DEPS or head.pos_ != "PROPN" and not any(c.dep_ == "appos" for c in head.children):
            continue
        mention = actors.code_mention(head)
        if mention is None or mention.country is None:
            continue
        words, head_index = phrase_words(phrase_tokens(head), head)
        if head_index is None or not has_role_noun(words, base):
            continue
        phrase = base.code_words(words, head_index, date)  # the base alone, not the document's memory
        if phrase.code is None:
            continue  # coded from an earlier mention, not introduced here
        for name in introduced_names(phrase.name_words, head, doc):
            if is_known(name, base):
                continue
            key = (" ".join(word.text for word in name), mention.code)
            observations.setdefault(key, LearnedActor(key[0], mention.code, mention.country, mention.sector,
                                                      date, doc_id, mention.text))
    return list(observations.values())


def has_role_noun(words: list[Word], base: ActorBase) -> bool:
    """A title that names one person's position: "president", "leader", "minister"."""
    return any(base.is_person_noun(word.lemma or word.text.lower()) for word in words if not word.is_name or word.lemma)


def introduced_names(name_words: tuple[Word, ...], head: Token, doc: Doc) -> list[list[Word]]:
    """Runs of name words that are the phrase's head or an apposition ("Ebrahim Raisi"),
    not a title's modifier ("Gaza" in "Gaza chief Yahya Sinwar" is explained anyway)."""
    heads = {head.i} | {child.i for child in head.children if child.dep_ == "appos"}
    runs: dict[int, list[Word]] = {}
    for word in name_words:
        owner = doc[word.token]
        while owner.dep_ in NAME_PART_DEPS and owner.head.i != owner.i:
            owner = owner.head
        if owner.i in heads:
            runs.setdefault(owner.i, []).append(word)
    return [run for run in runs.values() if any(word.token in heads for word in run)]


def is_known(name: list[Word], base: ActorBase) -> bool:
    """Some part of the name is a person, organisation or place alias of the base."""
    return any(index.match_at(name, start) for index in (base.people, base.names) for start in range(len(name)))


def accept_learned(observations: Iterable[LearnedActor], path: str | Path, base: ActorBase | None = None) -> int:
    """Write accepted people to a user actor file in people.tsv format; returns the rows written.

    One row per name and code: aliases = the surname (unless it is a single-word name or
    already an alias in `base`, default the package's), start = the first date seen, end
    empty, role "learned from news: N mentions". Rows of the file for other people are
    kept; learned rows for the same name and code are replaced, so accepting the store's
    whole observation list again is idempotent. `ActorBase.from_files(path)` then codes
    the person without a title.
    """
    base = base or ActorBase.default()
    grouped: dict[tuple[str, str], list[LearnedActor]] = {}
    for observation in observations:
        grouped.setdefault((observation.name, observation.code), []).append(observation)
    path = Path(path)
    kept: list[list[str]] = []
    if path.exists():
        header, rows = read_tsv(path)
        if tuple(header) != PEOPLE_COLUMNS:
            raise ValueError(f"{path}: expected the people.tsv columns {PEOPLE_COLUMNS}, got {header}")
        kept = [row for row in rows if (row[0], row[2]) not in grouped]
    learned = []
    for (name, code), seen in sorted(grouped.items()):
        dates = sorted(o.date for o in seen if o.date)
        learned.append([name, surname_alias(name, base), code, dates[0] if dates else "", "",
                        f"{LEARNED_ROLE}: {len(seen)} mention{'s' if len(seen) != 1 else ''}"])
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# People learned from the news (newsevents.actors.learned); columns as in people.tsv.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(PEOPLE_COLUMNS)
        writer.writerows([*kept, *learned])
    return len(learned)


def surname_alias(name: str, base: ActorBase) -> str:
    """The last word of a multi-word name, unless the base already uses it for someone or something."""
    words = name.split()
    if len(words) < 2:
        return ""
    surname = [Word(words[-1], "", 0, True)]
    return "" if is_known(surname, base) else words[-1]
