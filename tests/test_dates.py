"""Tests for newsevents.dates: choosing and anchoring an event's date expression."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.dates import EventDate, find_dateline, narrative_date, resolve_event_date

# A Wednesday.
PUBLISHED = "2024-05-15"


def resolve(nlp: Language, text: str, trigger: str, published: str | None = PUBLISHED) -> EventDate:
    """Resolve the date of the first token spelled `trigger` in `text`."""
    token = next(token for token in nlp(text) if token.text == trigger)
    return resolve_event_date(token.sent, token, published)


def day(value: str, source: str = "relative") -> EventDate:
    return EventDate(value, "day", source)


def month(value: str, source: str = "relative") -> EventDate:
    return EventDate(value, "month", source)


def year(value: str, source: str = "relative") -> EventDate:
    return EventDate(value, "year", source)


# Weekdays ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The minister met his Turkish counterpart in Ankara on Monday.", "met", "2024-05-13"),
        ("Rebels shelled the airport on Thursday.", "shelled", "2024-05-09"),
        ("The envoys signed the accord on Wednesday.", "signed", "2024-05-15"),  # same day counts
        ("Police arrested the mayor last Wednesday.", "arrested", "2024-05-08"),
    ],
)
def test_past_weekday_is_the_most_recent_one(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert resolve(nlp, text, trigger) == day(expected)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The president will visit Cairo on Monday.", "visit", "2024-05-20"),
        ("The envoy is to meet the king on Monday.", "meet", "2024-05-20"),
        ("The talks are scheduled to resume on Wednesday.", "resume", "2024-05-22"),
        ("The union said the strike would begin on Sunday.", "begin", "2024-05-19"),
    ],
)
def test_future_weekday_is_the_next_one(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert resolve(nlp, text, trigger) == day(expected)


def test_recurring_weekday_is_not_a_date(nlp: Language) -> None:
    assert resolve(nlp, "Protesters rally outside parliament every Friday.", "rally") == day(
        PUBLISHED, "publication"
    )


# Days, weeks, months and years relative to publication -------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The army withdrew its troops today.", "withdrew", day("2024-05-15")),
        ("The mayor resigned this morning.", "resigned", day("2024-05-15")),
        ("Rebels shelled the city yesterday.", "shelled", day("2024-05-14")),
        ("The ministers will meet tomorrow.", "meet", day("2024-05-16")),
        ("Police raided the offices three days ago.", "raided", day("2024-05-12")),
        ("The government expelled the ambassador last month.", "expelled", month("2024-04")),
        ("The two sides resumed talks earlier this month.", "resumed", month("2024-05")),
        ("Russia recalled its ambassador six months ago.", "recalled", month("2023-11")),
        ("The parties signed a truce last year.", "signed", year("2023")),
        ("The rebels agreed to a ceasefire earlier this year.", "agreed", year("2024")),
        ("The country will hold elections next year.", "hold", year("2025")),
        ("Similar riots two years ago ended in a curfew.", "ended", year("2022")),
        ("The army seized the port 5 years ago.", "seized", year("2019")),
    ],
)
def test_relative_expressions(nlp: Language, text: str, trigger: str, expected: EventDate) -> None:
    assert resolve(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("After his arrest last summer, the senator resigned.", "resigned", year("2023")),
        ("Kenya expelled the Ugandan envoy last autumn.", "expelled", year("2023")),
        ("The ministers will meet this summer.", "meet", year("2024")),
        ("Police raided the offices this spring.", "raided", year("2024")),
    ],
)
def test_a_season_dates_its_year(nlp: Language, text: str, trigger: str, expected: EventDate) -> None:
    assert resolve(nlp, text, trigger) == expected


def test_winter_spans_two_years_and_is_left_unread(nlp: Language) -> None:
    assert resolve(nlp, "Kenya expelled the Ugandan envoy last winter.", "expelled").source == "publication"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels attacked a convoy last week.", "attacked"),
        ("Rebels attacked a convoy two weeks ago.", "attacked"),
    ],
)
def test_weeks_are_given_as_the_month_of_the_anchored_day(nlp: Language, text: str, trigger: str) -> None:
    # Published on 3 May: a week or two earlier falls in April, on no knowable day.
    assert resolve(nlp, text, trigger, "2024-05-03") == month("2024-04")


# Calendar dates named in the text ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The treaty was signed on 4 January 2019 in Geneva.", "signed", day("2019-01-04", "explicit")),
        ("The treaty was signed on January 4, 2019.", "signed", day("2019-01-04", "explicit")),
        ("Police detained the activist on March 5.", "detained", day("2024-03-05", "explicit")),
        ("Police detained the activist in March.", "detained", month("2024-03", "explicit")),
        ("The rebels captured the town in March 2018.", "captured", month("2018-03", "explicit")),
        ("The countries cut diplomatic ties in 2010.", "cut", year("2010", "explicit")),
        ("Troops have occupied the valley since 2018.", "occupied", year("2018", "explicit")),
        ("The party won a majority in the 2010 election.", "won", year("2010", "explicit")),
        ("During a 2018 trip to Paris, the president insulted the mayor.", "insulted", year("2018", "explicit")),
        ("At the 2016 ceremony, the minister praised the army.", "praised", year("2016", "explicit")),
    ],
)
def test_explicit_dates(nlp: Language, text: str, trigger: str, expected: EventDate) -> None:
    assert resolve(nlp, text, trigger) == expected


def test_a_range_of_years_is_dated_by_its_start(nlp: Language) -> None:
    assert resolve(nlp, "The militia occupied the valley between 2010 and 2018.", "occupied") == year(
        "2010", "explicit"
    )


def test_a_later_month_in_a_past_clause_is_last_year(nlp: Language) -> None:
    assert resolve(nlp, "Police detained the activist in September.", "detained") == month(
        "2023-09", "explicit"
    )


def test_an_earlier_month_in_a_future_clause_is_next_year(nlp: Language) -> None:
    assert resolve(nlp, "The country will hold elections in February.", "hold") == month("2025-02", "explicit")


def test_since_a_later_month_looks_back(nlp: Language) -> None:
    assert resolve(nlp, "Rebels have held the town since November.", "held") == month("2023-11", "explicit")


def test_a_month_of_last_year(nlp: Language) -> None:
    assert resolve(nlp, "Police detained the activist in March last year.", "detained") == month("2023-03")


# Expressions that are not the event's date -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels surrendered the town after an 11-day siege.", "surrendered"),
        ("The 72-year-old president resigned.", "resigned"),
        ("Protesters occupied the 1973 building.", "occupied"),
        ("The new accord replaced the 1991 agreement.", "replaced"),
    ],
)
def test_durations_ages_and_named_years_fall_back_to_publication(nlp: Language, text: str, trigger: str) -> None:
    assert resolve(nlp, text, trigger) == day(PUBLISHED, "publication")


def test_a_better_date_wins_over_a_year_naming_a_thing(nlp: Language) -> None:
    assert resolve(nlp, "Protesters occupied the 1973 building on Monday.", "occupied") == day("2024-05-13")


# Which clause's date governs -----------------------------------------------------------------


def test_a_date_in_a_clause_under_the_trigger_dates_another_event(nlp: Language) -> None:
    text = "The president tried to arrange a call with the king, which would take place on Saturday."
    assert resolve(nlp, text, "arrange") == day(PUBLISHED, "publication")


def test_a_past_subordinate_clause_takes_the_date_of_its_main_clause(nlp: Language) -> None:
    text = "The countries cut ties in 2016 after militants attacked the embassy."
    assert resolve(nlp, text, "attacked") == year("2016", "explicit")


def test_a_later_conjunct_takes_the_date_of_an_earlier_one(nlp: Language) -> None:
    text = "Relations improved but collapsed in 2018, and both countries recalled their ambassadors."
    assert resolve(nlp, text, "recalled") == year("2018", "explicit")
    assert resolve(nlp, text, "improved") == day(PUBLISHED, "publication")


def test_the_own_clause_date_wins_over_the_main_clause_date(nlp: Language) -> None:
    text = "Troops withdrew in 2016 after rebels had attacked the base in 2015."
    assert resolve(nlp, text, "attacked") == year("2015", "explicit")
    assert resolve(nlp, text, "withdrew") == year("2016", "explicit")


def test_a_present_tense_clause_is_anchored_on_now(nlp: Language) -> None:
    text = "Officials said on Monday that the army controls the city."
    assert resolve(nlp, text, "said") == day("2024-05-13")
    assert resolve(nlp, text, "controls") == day(PUBLISHED, "publication")


def test_a_relative_clause_has_a_time_of_its_own(nlp: Language) -> None:
    text = "The minister, who had criticised the deal, resigned on Monday."
    assert resolve(nlp, text, "criticised") == day(PUBLISHED, "publication")


def test_a_relative_clause_on_a_date_is_dated_by_it(nlp: Language) -> None:
    assert resolve(nlp, "The talks collapsed in 2014, when Russia annexed Crimea.", "annexed") == year(
        "2014", "explicit"
    )


def test_a_dateline_run_into_the_first_sentence_does_not_date_it(nlp: Language) -> None:
    text = "Police arrest protesters\nMay 2, 2021\nPolice in the capital arrested dozens of protesters."
    assert resolve(nlp, text, "arrested", "2021-05-04") == day("2021-05-04", "publication")


# Publication date --------------------------------------------------------------------------------


def test_no_date_expression_falls_back_to_the_publication_day(nlp: Language) -> None:
    assert resolve(nlp, "The foreign minister condemned the attack.", "condemned") == day(
        PUBLISHED, "publication"
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels have fired scores of mortar shells at the airport, triggering airstrikes.", "fired"),
        ("Rebels have fired scores of mortar shells at the airport, triggering airstrikes.", "airstrikes"),
        ("Three soldiers have been killed in the north.", "killed"),
        ("The video of police beating protesters has gone viral.", "beating"),
        ("Rebels have besieged the town for three years.", "besieged"),
    ],
)
def test_an_undated_present_perfect_event_gets_the_publication_month(nlp: Language, text: str, trigger: str) -> None:
    assert resolve(nlp, text, trigger) == month("2024-05", "publication")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Violence flared after clashes between police and protesters at the mosque.", "clashes"),
        ("Since the invasion, thousands of people fled the city.", "invasion"),
        ("The border was closed following talks between the two ministers.", "talks"),
        ("The ban drew on earlier criticism from the ministry.", "criticism"),
        ("The deal replaced previous talks on the border.", "talks"),
    ],
)
def test_an_undated_event_named_as_what_came_before_gets_the_publication_month(
    nlp: Language, text: str, trigger: str
) -> None:
    assert resolve(nlp, text, trigger) == month("2024-05", "publication")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels fired mortar shells at the airport.", "fired"),
        ("Israel will respond strongly, the ministry said.", "respond"),
        ("He had warned the rebels before the talks.", "warned"),
        ("Police arrested him after he clashed with protesters.", "clashed"),
    ],
)
def test_other_undated_events_get_the_publication_day(nlp: Language, text: str, trigger: str) -> None:
    assert resolve(nlp, text, trigger) == day(PUBLISHED, "publication")


def test_without_a_publication_date_relative_expressions_stay_unresolved(nlp: Language) -> None:
    assert resolve(nlp, "Rebels shelled the airport on Thursday.", "shelled", None) == EventDate(
        None, None, "relative"
    )
    assert resolve(nlp, "The foreign minister condemned the attack.", "condemned", None) == EventDate(
        None, None, "publication"
    )


def test_without_a_publication_date_full_dates_still_resolve(nlp: Language) -> None:
    assert resolve(nlp, "The treaty was signed on 4 January 2019.", "signed", None) == day(
        "2019-01-04", "explicit"
    )


def test_a_malformed_publication_date_is_refused(nlp: Language) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        resolve(nlp, "The minister resigned.", "resigned", "15/05/2024")


# Datelines ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Friday, January 4, 2019\n\nPolice said on Friday ...",
        "January 4, 2019\nThe army said ...",
        "4 January 2019 — The army said ...",
        "2019-01-04T08:30:00Z\nThe army said ...",
        "WASHINGTON, Jan. 4, 2019 — The president said ...",
        "Published: Fri 4 January 2019 | 10:30\nThe army said ...",
    ],
)
def test_find_dateline(text: str) -> None:
    assert find_dateline(text) == "2019-01-04"


@pytest.mark.parametrize(
    "text",
    [
        "On January 4, 2019, police arrested two men.",
        "January 4, 2019, was the day the war began.",
        "Police arrested two men.\nJanuary 4, 2019",
        "February 30, 2019\nThe army said ...",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def narrated(nlp: Language, text: str, trigger: str, published: str = PUBLISHED) -> EventDate | None:
    """The narrative date of the first token spelled `trigger`, from the sentence before it."""
    doc = nlp(text)
    token = next(token for token in doc if token.text == trigger)
    previous = next(sentence for sentence in doc.sents if sentence.end == token.sent.start)
    return narrative_date(previous, token, published)


def test_an_undated_past_act_goes_on_at_the_time_of_the_story_before_it(nlp: Language) -> None:
    assert narrated(nlp, "Rebels seized the town in 2015. The army shelled it.", "shelled") == year("2015", "explicit")
    assert narrated(nlp, "Rebels seized the town in March. The army shelled it.", "shelled") == month("2024-03", "explicit")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized the town in 2015.\n\nThe army shelled it.",  # a new paragraph
        "Rebels seized the town in 2015. The army has shelled it.",  # told from now
        "Rebels seized the town in 2015. A year later the army shelled it.",  # a time of its own
        "Rebels seized the town on May 2. The army shelled it.",  # the story of the last days
        "Rebels seized the town. The army shelled it.",  # no date to go on from
    ],
)
def test_a_story_does_not_date_what_it_does_not_tell(nlp: Language, text: str) -> None:
    assert narrated(nlp, text, "shelled") is None
