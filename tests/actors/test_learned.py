"""Learned actors: unknown people introduced with a title, and the user file that remembers them.

The people in these sentences are invented, so the package's people.tsv cannot know them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsevents import code_text
from newsevents.actors import ActorBase, DocumentActors
from newsevents.actors.learned import LearnedActor, accept_learned, observe_people, summarise_learned
from newsevents.actors.knowledge import read_tsv


def observe(nlp: Language, base: ActorBase, text: str, doc_id: str = "d1", date: str = "2024-03-05") -> list[LearnedActor]:
    doc = nlp(text)
    return observe_people(doc, DocumentActors(doc, base, date), base, doc_id, date)


def test_titled_unknown_people_are_observed_with_their_code_and_evidence(nlp, base) -> None:
    observations = observe(nlp, base, "Iranian President Dariush Farahani met Hamas leader Khalil Mansour in Tehran. "
                                      "Farahani later spoke to reporters.")
    assert [(o.name, o.code, o.country, o.sector) for o in observations] == [
        ("Dariush Farahani", "IRNGOV", "IRN", "GOV"), ("Khalil Mansour", "PSEREB", "PSE", "REB")]
    first = observations[0]
    assert (first.doc_id, first.date, first.evidence) == ("d1", "2024-03-05", "Iranian President Dariush Farahani")


def test_a_title_in_apposition_introduces_the_name(nlp, base) -> None:
    [observation] = observe(nlp, base, "Dariush Farahani, Iran's president, visited Damascus.")
    assert (observation.name, observation.code) == ("Dariush Farahani", "IRNGOV")


@pytest.mark.parametrize(
    "text",
    [
        "Turkish President Recep Tayyip Erdogan criticized Israel.",  # known to people.tsv
        "Dariush Farahani visited Damascus.",  # no title: nothing says who he is
        "Turkish officials met Dariush Farahani.",  # the title belongs to someone else
        "The Turkish company Baykar sold drones to Ukraine.",  # an organisation, not a person
    ],
)
def test_known_untitled_or_non_person_names_are_not_observed(nlp, base, text) -> None:
    assert observe(nlp, base, text) == []


def test_accepted_people_are_coded_without_a_title(nlp, base, tmp_path: Path) -> None:
    observations = [
        *observe(nlp, base, "Kenyan Foreign Minister Peter Otieno met Sudanese army chief Omar Haddad.", "a1", "2024-03-05"),
        *observe(nlp, base, "Kenyan Foreign Minister Peter Otieno flew to Addis Ababa.", "a2", "2024-03-01"),
    ]
    path = tmp_path / "learned_people.tsv"
    assert accept_learned(observations, path) == 2
    header, rows = read_tsv(path)
    assert header == ["name", "aliases", "code", "start", "end", "role"]
    assert ["Peter Otieno", "Otieno", "KENGOV", "2024-03-01", "", "learned from news: 2 mentions"] in rows
    # "Haddad" already names Fernando Haddad in people.tsv: the full name only
    assert ["Omar Haddad", "", "SDNMIL", "2024-03-05", "", "learned from news: 1 mention"] in rows

    learned = ActorBase.from_files(path)
    assert learned.lookup("Otieno", "2024-04-01").code == "KENGOV"
    events = code_text("Otieno criticized Ethiopia.", date="2024-04-01", actor_base=learned)
    assert {(e.source.code, e.target.code if e.target else None) for e in events} == {("KENGOV", "ETH")}


def test_accepting_again_replaces_learned_rows_and_keeps_others(nlp, base, tmp_path: Path) -> None:
    path = tmp_path / "people.tsv"
    path.write_text("name\taliases\tcode\tstart\tend\trole\nAda Fenwick\tFenwick\tGBRGOV\t2020-01-01\t\tminister\n",
                    encoding="utf-8")
    observations = observe(nlp, base, "Kenyan Foreign Minister Peter Otieno met reporters.", "a1", "2024-03-05")
    accept_learned(observations, path)
    accept_learned(observations, path)
    _, rows = read_tsv(path)
    assert [row[0] for row in rows] == ["Ada Fenwick", "Peter Otieno"]
    assert rows[1][5] == "learned from news: 1 mention"


def test_a_surname_the_base_already_uses_is_not_an_alias(base, tmp_path: Path) -> None:
    observation = LearnedActor("Layla Erdogan", "TURGOV", "TUR", "GOV", "2024-03-05", "d1", "Turkish minister Layla Erdogan")
    path = tmp_path / "people.tsv"
    accept_learned([observation], path, base)
    _, rows = read_tsv(path)
    assert rows == [["Layla Erdogan", "", "TURGOV", "2024-03-05", "", "learned from news: 1 mention"]]


def test_observations_are_summarised_per_name_and_code() -> None:
    observations = [
        LearnedActor("Peter Otieno", "KENGOV", "KEN", "GOV", "2024-03-05", "a2", "Foreign Minister Peter Otieno"),
        LearnedActor("Omar Haddad", "SDNMIL", "SDN", "MIL", "2024-03-02", "a1", "army chief Omar Haddad"),
        LearnedActor("Peter Otieno", "KENGOV", "KEN", "GOV", "2024-03-01", "a1", "Kenyan Foreign Minister Peter Otieno"),
    ]
    otieno, haddad = summarise_learned(observations)
    assert (otieno.name, otieno.mentions, otieno.first_seen, otieno.last_seen) == ("Peter Otieno", 2, "2024-03-01", "2024-03-05")
    assert otieno.evidence == "Kenyan Foreign Minister Peter Otieno" and otieno.doc_ids == ("a1", "a2")
    assert (haddad.name, haddad.mentions) == ("Omar Haddad", 1)


def test_a_country_guessed_from_the_document_focus_is_not_learned(nlp, base) -> None:
    doc = nlp("President Dariush Farahani met the envoy.")
    assert observe_people(doc, DocumentActors(doc, base, "2024-03-05", focus="IRN"), base, "d1", "2024-03-05") == []


def test_an_uncased_name_is_not_learned(nlp, base) -> None:
    assert observe(nlp, base, "Iranian President अलग अलग met the envoy.") == []


def test_a_guessed_country_does_not_pass_to_the_name_through_the_documents_memory(nlp, base) -> None:
    # "newcomer" is coded first, with the focus; its apposition's name must not take that
    # country from the document's memory as if the title had given it.
    doc = nlp("Crowds cheered the newcomer Dariush Farahani, the new governor. Farahani later left.")
    actors = DocumentActors(doc, base, "2024-03-05", focus="IRN")
    assert observe_people(doc, actors, base, "d1", "2024-03-05") == []
    later = [token for token in doc if token.text == "Farahani"][-1]
    assert actors.code_mention(later).code == "IRNGOV"  # later mentions still take the focus


def test_a_plural_title_after_a_name_starts_a_list_and_titles_no_one_before_it(nlp, base) -> None:
    observations = observe(nlp, base, "Vandals defaced busts of Tomas Verrell, British kings Edmund Fairweather "
                                      "and Ramon Achaval, and the painter Luis Ortega.")
    assert "Tomas Verrell" not in {o.name for o in observations}


def test_a_participle_is_no_title_though_its_verb_is_also_a_role_noun(nlp, base) -> None:
    # "Monitored" is the verb "monitor", not the noun "monitor": no person is introduced.
    assert observe(nlp, base, "Under the WHO's Monitored Rapid Access of Unlicensed Vaccines framework, clinics may use them.") == []
