"""Tests for newsevents.dedup: reprints are linked to their first copy, distinct articles are not."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from newsevents.dedup import MIN_WORDS, DuplicateFinder, DuplicateLink
from newsevents.records import Document

NILE_TALKS = """Nile dam talks resume in Khartoum

Water ministers from Ethiopia, Egypt and Sudan met in Khartoum on Tuesday to resume talks on the filling of the Grand Ethiopian Renaissance Dam, the Sudanese irrigation ministry said.

The meeting was the first in four months. Egypt has accused Ethiopia of filling the reservoir without an agreement, while Addis Ababa says the dam is vital to its development and will not harm countries downstream.

Sudanese irrigation minister Yasir Abbas said the talks had been constructive and that the three delegations agreed to exchange technical proposals before the end of the month.

Egyptian officials told reporters in Cairo that any deal must include a binding mechanism to settle disputes during droughts, a demand Ethiopia has rejected in earlier rounds.

The African Union, which has mediated the talks since 2020, said it would send observers to the next round, expected to be held in Addis Ababa in March."""

NILE_TALKS_REPRINT = """Ethiopia, Egypt and Sudan return to the table over Nile dam

Water ministers from Ethiopia, Egypt and Sudan met in Khartoum on Tuesday to resume negotiations on the filling of the Grand Ethiopian Renaissance Dam, the Sudanese irrigation ministry said.

The meeting was the first in five months. Egypt has accused Ethiopia of filling the reservoir without an agreement, while Addis Ababa says the dam is essential to its development and will not harm countries downstream.

Sudanese irrigation minister Yasir Abbas said the talks had been constructive and that the three delegations agreed to exchange technical proposals before the end of the month.

Egyptian officials told reporters in Cairo that any deal must include a binding mechanism to settle disputes during droughts, a demand Ethiopia has rejected in earlier rounds."""

# Same event and actors, some shared phrases, written independently.
NILE_TALKS_OTHER_REPORT = """Egypt presses Ethiopia for binding deal as dam talks restart

Egypt on Tuesday urged Ethiopia to accept a legally binding agreement on the Grand Ethiopian Renaissance Dam as water ministers from the three Nile countries met in Khartoum.

Egyptian foreign minister Sameh Shoukry said Cairo would not accept a deal that left it exposed during droughts, and warned that Egypt's water security was a matter of national survival.

Ethiopian officials said the dam is vital to its development and that the filling of the reservoir would continue on schedule, whatever the outcome of the talks.

Sudan, caught between its two neighbours, has asked the African Union to play a larger role. Diplomats in Khartoum said the talks had been tense but that neither side wanted them to collapse."""


def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text)


def test_exact_reprint_is_linked_with_similarity_one() -> None:
    finder = DuplicateFinder()

    assert finder.check(doc("a", NILE_TALKS)) is None
    assert finder.check(doc("b", NILE_TALKS)) == DuplicateLink("b", "a", 1.0)


def test_lightly_edited_reprint_is_linked() -> None:
    finder = DuplicateFinder()
    finder.check(doc("wire", NILE_TALKS))

    link = finder.check(doc("paper", NILE_TALKS_REPRINT))

    assert link is not None and (link.doc_id, link.original_id) == ("paper", "wire")
    assert finder.threshold <= link.similarity < 1.0


def test_different_reports_of_the_same_event_are_not_linked() -> None:
    finder = DuplicateFinder()

    assert finder.check(doc("first", NILE_TALKS)) is None
    assert finder.check(doc("second", NILE_TALKS_OTHER_REPORT)) is None
    assert len(finder) == 2


def words(prefix: str, count: int) -> str:
    return " ".join(f"{prefix}{index}" for index in range(count))


def test_link_goes_to_the_first_copy_even_when_a_later_one_is_closer() -> None:
    # early = P + Q and later = Q + R are distinct (Jaccard 0.44); copy = Q is similar to
    # both (0.55 and 0.71): it belongs to the earliest, not to the closest.
    p, q, r = words("p", 80), words("q", 100), words("r", 40)
    finder = DuplicateFinder()

    assert finder.check(doc("early", f"{p} {q}")) is None
    assert finder.check(doc("later", f"{q} {r}")) is None
    link = finder.check(doc("copy", q))

    assert link is not None and link.original_id == "early"
    assert link.similarity == pytest.approx(96 / 176)


def test_every_copy_links_to_the_first_and_only_first_copies_are_remembered() -> None:
    finder = DuplicateFinder()
    links = [finder.check(doc(name, NILE_TALKS)) for name in ("one", "two", "three")]

    assert [link and link.original_id for link in links] == [None, "one", "one"]
    assert len(finder) == 1


def test_short_documents_are_never_linked() -> None:
    brief = "Israel struck Gaza on Monday, the army said."
    assert len(brief.split()) < MIN_WORDS
    finder = DuplicateFinder()

    assert [finder.check(doc(name, brief)) for name in ("x", "y")] == [None, None]
    assert len(finder) == 0


def test_remembered_documents_are_originals_for_a_resumed_run() -> None:
    finder = DuplicateFinder()
    finder.remember(doc("stored", NILE_TALKS))

    assert finder.check(doc("stored", NILE_TALKS)) is None  # the same document, read again
    assert finder.check(doc("new", NILE_TALKS_REPRINT)).original_id == "stored"


def test_punctuation_and_case_do_not_matter() -> None:
    finder = DuplicateFinder()
    finder.check(doc("a", NILE_TALKS))

    assert finder.check(doc("b", re.sub(r"[,.]", "", NILE_TALKS.upper()))) == DuplicateLink("b", "a", 1.0)


@pytest.mark.parametrize("arguments", [{"threshold": 0}, {"threshold": 1.5}, {"num_perm": 0}, {"shingle_words": 0}])
def test_invalid_settings_are_refused(arguments: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        DuplicateFinder(**arguments)


# --- the Wikinews corpus --------------------------------------------------------------


def reprint(article: Document, rng: random.Random) -> Document:
    """A lightly edited copy: a new headline line on top, the last paragraph dropped and
    2-3 words replaced."""
    paragraphs = [paragraph for paragraph in re.split(r"\n\s*\n", article.text) if paragraph.strip()]
    words = "\n\n".join(paragraphs[:-1]).split(" ")
    for position in rng.sample(range(len(words)), rng.choice([2, 3])):
        words[position] = rng.choice(["reportedly", "allegedly", "officially", "apparently"])
    headline = f"WORLD NEWS: {article.title.upper()}" if article.title else "WORLD NEWS"
    return Document(id=f"{article.id}/reprint", text=headline + "\n\n" + " ".join(words))


def test_wikinews_reprints_are_linked_and_distinct_articles_are_not(shared_dir: Path) -> None:
    corpus = shared_dir / "data" / "corpus" / "wikinews_2019_2020.jsonl"
    if not corpus.is_file():
        pytest.skip(f"Wikinews corpus {corpus} not found")
    with corpus.open(encoding="utf-8") as lines:
        articles = [Document(record["id"], record["text"], title=record["title"]) for record in map(json.loads, lines)]
    rng = random.Random(2019)
    originals = rng.sample(articles, 100)
    # Each reprint arrives 1-40 articles after its original, as wire copies do.
    positions = {article.id: float(index) for index, article in enumerate(articles)}
    reprints = [(positions[article.id] + rng.randint(1, 40) + 0.5, reprint(article, rng)) for article in originals]
    ordered = sorted([(positions[article.id], article) for article in articles] + reprints, key=lambda item: item[0])

    finder = DuplicateFinder()
    links = {document.id: finder.check(document) for _, document in ordered}

    linked_to_original = sum(
        1 for article in originals if (link := links[f"{article.id}/reprint"]) and link.original_id == article.id
    )
    wrong_links = [link for link in links.values() if link and link.original_id != link.doc_id.removesuffix("/reprint")]
    assert linked_to_original >= 95
    assert wrong_links == []
