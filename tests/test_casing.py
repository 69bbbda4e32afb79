import pytest

from newsevents.actors import ActorBase
from newsevents.casing import Recaser
from newsevents.nlp import english_words


@pytest.fixture(scope="module")
def recaser() -> Recaser:
    return Recaser(ActorBase.default(), english_words())


def test_a_headline_in_capitals_is_written_as_news_letter_for_letter(recaser: Recaser) -> None:
    headline = "KENYA SAYS IT WILL EXPEL TWO ENVOYS"
    recased = recaser.recased(headline)
    assert recased == "Kenya says it will expel two envoys"
    assert len(recased) == len(headline)


def test_names_of_the_actor_tables_keep_their_own_case(recaser: Recaser) -> None:
    assert recaser.recased("NATO CHIEF URGES U.S. TO BACK UKRAINE") == "NATO chief urges U.S. to back Ukraine"


def test_an_unknown_word_in_capitals_is_a_name_and_a_short_one_an_acronym(recaser: Recaser) -> None:
    assert recaser.recased("PKK FIGHTERS CLASH NEAR ZAKHOLIVKA") == "PKK fighters clash near Zakholivka"


def test_a_caption_in_title_case_is_left_alone(recaser: Recaser) -> None:
    caption = "Senator Grace Wood Image: Office of the Senate."
    assert recaser.recased(caption) == caption


def test_a_headline_in_title_case_is_written_as_news_letter_for_letter(recaser: Recaser) -> None:
    headline = "Kenya Says It Will Expel Two Envoys Over Border Raid"
    recased = recaser.recased(headline)
    assert recased == "Kenya says it will expel two envoys over border raid"
    assert len(recased) == len(headline)


def test_title_case_keeps_names_and_acronyms_and_mends_what_str_title_breaks(recaser: Recaser) -> None:
    # str.title writes "Nato", "Un" and "Ukraine'S"; the tables write the acronyms in capitals.
    assert recaser.recased("Nato And Un Chiefs Urge U.S. To Back Ukraine'S Army") == (
        "NATO and UN chiefs urge U.S. to back Ukraine's army")
    # A word the lists do not know is a name; a word in capitals is an acronym, as written.
    assert recaser.recased("Senator Tana Morvell Accuses WHO Of Hiding Data On Zakholivka") == (
        "Senator Tana Morvell accuses WHO of hiding data on Zakholivka")


def test_title_case_reads_names_that_are_words_as_capitals_do(recaser: Recaser) -> None:
    assert recaser.recased("Russia Warns Turkey Over Car Bomb In Chad") == "Russia warns Turkey over car bomb in Chad"
    assert recaser.recased("Iran Says US Sanctions Will Not Hurt Us") == "Iran says US sanctions will not hurt us"


def test_only_the_title_case_line_is_recased_not_a_sentence_rich_in_names_nor_a_caption(recaser: Recaser) -> None:
    ordinary = ("The United Nations Security Council met in New York on Tuesday.\n"
                "Prime Minister Tana Morvell and Foreign Minister Ali Kamara Image: Office of the President.")
    assert recaser.recased("Peru Recalls Its Ambassador From Chile\n" + ordinary) == (
        "Peru recalls its ambassador from Chile\n" + ordinary)


def test_a_line_all_in_lower_case_gets_its_names_back(recaser: Recaser) -> None:
    assert recaser.recased("chancellor merkel phoned erdogan about the refugees") == (
        "Chancellor Merkel phoned Erdogan about the refugees")


def test_a_name_that_is_an_ordinary_word_is_the_word_where_case_cannot_tell(recaser: Recaser) -> None:
    assert recaser.recased("a car bomb hit a market near the turkey farm") == "A car bomb hit a market near the turkey farm"
    assert recaser.recased("a car bomb hit a market near the border with us") == "A car bomb hit a market near the border with us"
    assert recaser.recased("CAR BOMB HITS MARKET IN CHAD") == "Car bomb hits market in Chad"


def test_a_stop_word_in_capitals_is_the_word_unless_a_country(recaser: Recaser) -> None:
    assert recaser.recased("THE OFFICIAL WHO RESIGNED SAYS US IGNORED WARNINGS") == (
        "The official who resigned says US ignored warnings")


def test_ordinary_text_and_a_line_of_acronyms_are_left_alone(recaser: Recaser) -> None:
    text = "Envoys of NATO, the EU and the UN met in Brussels.\nSHORT SLUG"
    assert recaser.recased(text) == text


def test_a_country_abbreviation_that_is_a_pronoun_is_the_country_where_the_pronoun_cannot_stand(recaser: Recaser) -> None:
    # After an article or with no word right before it; after a verb or a preposition it is the pronoun.
    assert recaser.recased("Us Envoy Says The Us Will Not Abandon Us") == "US envoy says the US will not abandon us"
    assert recaser.recased("the us embassy said it would help us") == "The US embassy said it would help us"
