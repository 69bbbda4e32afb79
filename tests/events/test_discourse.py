"""Acts that refer to acts told before them, on sentences written for these tests."""

import pytest

from newsevents import code_text
from newsevents.events.discourse import default_repetitions, parse_repetitions


def facts(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(e.source.code, e.cameo, e.target.code if e.target else None, e.trigger)
            for e in code_text(text, date="2023-04-07") if not (e.negated or e.hypothetical)}


def test_returning_the_favour_repeats_the_act_back_at_its_doer():
    found = facts("Ties broke down in 2015, after Chile recalled its ambassador from Peru, prompting Peru to return the favour.")
    assert ("CHL", "161", "PER", "recalled") in found
    assert ("PER", "161", "CHL", "return") in found
    repeat = next(e for e in code_text("Chile recalled its ambassador from Peru in 2015, and Peru reciprocated.") if e.trigger == "reciprocated")
    assert (repeat.date, repeat.date_granularity) == ("2015", "year")


def test_following_suit_repeats_the_act_on_the_same_target():
    found = facts("Canada imposed sanctions on Iran on Monday. Australia followed suit on Tuesday.")
    assert ("AUS", "163", "IRN", "followed") in found


def test_a_repeat_that_names_its_own_act_is_that_act():
    found = facts("Norway expelled two Belarusian diplomats. Belarus reciprocated by expelling three Norwegian diplomats.")
    assert not any(trigger == "reciprocated" for *_, trigger in found)
    assert ("BLR", "161", "NORGOV", "expelling") in found


def test_nothing_is_repeated_without_an_act_just_before():
    assert not any(trigger == "reciprocated" for *_, trigger in facts("Chile said the talks went well. Peru reciprocated."))
    text = "Chile recalled its ambassador from Peru. The talks lasted a week. The weather was mild. Peru reciprocated."
    assert not any(trigger == "reciprocated" for *_, trigger in facts(text))


def test_repetition_phrases_are_well_formed():
    phrases = default_repetitions()
    assert phrases and all(verb.islower() and " " not in verb for verb in phrases)
    with pytest.raises(ValueError, match="test.tsv:2"):
        parse_repetitions("verb\tword\taim\nreturn\tfavour\tforward\n", "test.tsv")


def test_an_act_named_in_general_points_back_at_no_earlier_act():
    text = "Colombian troops attacked a camp near the border on Monday. A Chilean senator condemned attacks as a tool of tyrants."
    assert not any(target == "COLMIL" for source, cameo, target, _ in facts(text) if cameo.startswith("11"))
    text = "Colombian troops attacked a camp near the border on Monday. A Chilean senator condemned the attack."
    assert any(target == "COLMIL" for source, cameo, target, _ in facts(text) if cameo.startswith("11"))


def test_fellow_doers_of_one_act_are_not_each_others_targets():
    # "the attack" is aimed at whoever attacked before, not at Chile, which condemned it with Peru.
    found = facts("Colombian troops attacked a camp near the border on Monday. Chile, Peru and Ecuador condemned the attack.")
    assert {(source, target) for source, cameo, target, _ in found if cameo.startswith("11")} == {
        ("CHL", "COLMIL"), ("PER", "COLMIL"), ("ECU", "COLMIL")}
    assert not any(target in ("CHL", "PER") for _, _, target, _ in facts("Chile, Peru and Ecuador condemned the attack."))
