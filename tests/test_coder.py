"""End-to-end coding of sentences written for these tests (not taken from any gold file)."""

import gc

import pytest

from newsevents import Document, code_documents, code_text
from newsevents.nlp import MAX_CHUNK_CHARS
from newsevents.places import Gazetteer


def dyads(events, facts_only=True):
    return {
        (e.source.code, e.cameo_root, e.target.code if e.target else None)
        for e in events
        if not facts_only or not (e.negated or e.hypothetical)
    }


def test_titled_person_is_coded_and_remembered_by_surname():
    events = code_text(
        "Turkish President Recep Tayyip Erdogan met Iranian President Ebrahim Raisi in Tehran on Monday. "
        "Later, Erdogan criticized Israel.",
        date="2023-04-07",
    )
    assert ("TURGOV", "04", "IRNGOV") in dyads(events)
    assert ("TURGOV", "11", "ISR") in dyads(events)
    meeting = next(e for e in events if e.cameo_root == "04")
    assert meeting.date == "2023-04-03" and meeting.date_granularity == "day"
    assert meeting.plover == "CONSULT" and meeting.quad_class == 1


def test_a_headline_in_capitals_gives_the_events_of_the_same_words_in_news_case():
    shouted = code_text("CHILE EXPELS TWO BOLIVIAN DIPLOMATS", date="2019-03-01")
    assert dyads(shouted) == dyads(code_text("Chile expels two Bolivian diplomats", date="2019-03-01")) == {("CHL", "16", "BOLGOV")}
    [expulsion] = shouted
    assert expulsion.target.text == "TWO BOLIVIAN DIPLOMATS" and expulsion.trigger == "EXPELS"  # the evidence as written
    assert expulsion.sentence == "CHILE EXPELS TWO BOLIVIAN DIPLOMATS"


def test_a_headline_in_title_case_gives_the_events_of_the_same_words_in_news_case():
    titled = code_text("Chile Expels Two Bolivian Diplomats Over Border Spat", date="2019-03-01")
    assert dyads(titled) == dyads(code_text("Chile expels two Bolivian diplomats over border spat", date="2019-03-01"))
    assert dyads(titled) == {("CHL", "16", "BOLGOV")}
    assert titled[0].trigger == "Expels"  # the evidence as written


def test_a_line_in_lower_case_finds_the_people_it_names():
    events = code_text("prime minister modi met putin in sochi", date="2019-03-01")
    assert ("INDGOV", "04", "RUSGOV") in dyads(events)
    assert next(e for e in events if e.cameo_root == "04").target.text == "putin"


def test_passive_voice_swaps_source_and_target():
    events = code_text("The Syrian army was attacked by rebels.")
    assert any(e.source.sector == "REB" and e.target and e.target.code == "SYRMIL" for e in events)


def test_coordinated_sources_each_get_an_event():
    events = code_text("Russia and China condemned the United States.")
    assert {("RUS", "11", "USA"), ("CHN", "11", "USA")} <= dyads(events)


def test_reciprocal_verb_gives_both_directions():
    events = code_text("Israel and Turkey met in Geneva.")
    assert {("ISR", "04", "TUR"), ("TUR", "04", "ISR")} <= dyads(events)


def test_a_pledge_to_give_is_not_mutual():
    pledges = [e for e in code_text("Norway and Japan pledged funds for the new hospital.") if e.cameo.startswith("033")]
    assert {e.source.code for e in pledges} == {"NOR", "JPN"}
    assert not any(e.target and e.target.code in ("NOR", "JPN") for e in pledges)
    assert {("NOR", "03", "JPN"), ("JPN", "03", "NOR")} <= dyads(code_text("Norway and Japan pledged to cooperate."))


def test_negated_meeting_is_flagged_not_reported_as_fact():
    events = code_text("Israel did not meet Turkey.")
    assert events and all(e.negated for e in events if e.cameo_root == "04")
    assert not any(e.cameo_root == "04" for e in events if not e.negated)


def test_modal_marks_the_event_hypothetical():
    events = code_text("Iran could attack Israel.")
    assert events and all(e.hypothetical for e in events if e.target and e.target.code == "ISR")


def test_an_act_someone_is_only_allowed_to_do_is_hypothetical():
    withdrawal = [e for e in code_text("The deal allows Russia to withdraw its troops.") if e.cameo_root == "08"]
    assert withdrawal and all(e.hypothetical for e in withdrawal)
    release = [e for e in code_text("Israel let free three prisoners.") if e.cameo_root == "08"]
    assert release and not any(e.hypothetical for e in release)


def test_an_act_someone_is_mandated_to_do_is_their_duty_not_a_fact():
    aid = [e for e in code_text("The AU mission is mandated to protect civilians in Somalia.") if e.cameo_root == "07"]
    assert aid and all(e.hypothetical for e in aid)


def test_an_act_forbidden_or_avoided_has_not_happened():
    for text in ("Kenya refrained from criticizing Uganda.", "Kenya avoided criticizing Uganda.",
                 "The Kenyan president forbids both criticizing the Ugandan president and insulting the army."):
        criticism = [e for e in code_text(text) if e.cameo_root == "11"]
        assert criticism and all(e.hypothetical for e in criticism), text
    # What a law forbids is the law's words, no act told as fact (and no event, when the parser
    # reads the law as the verb's subject).
    for text in ("Kenyan law forbids criticizing the Ugandan president.",
                 "Kenyan law forbids both criticizing the Ugandan president and insulting the army."):
        assert all(e.hypothetical for e in code_text(text) if e.cameo_root == "11"), text


def test_a_gerund_set_off_after_a_ban_is_what_the_banner_did():
    criticism = [e for e in code_text("The court banned the party, saying it had insulted the Ugandan president.")
                 if e.cameo_root in ("01", "11")]
    assert criticism and not any(e.hypothetical for e in criticism)


def test_an_act_someone_is_asked_or_told_to_do_is_hypothetical_and_theirs():
    attack = [e for e in code_text("Kenya wants Uganda to attack the rebels.") if e.cameo_root == "19"]
    assert attack and all(e.hypothetical and e.source.code == "UGA" for e in attack)
    withdrawal = [e for e in code_text("Russia forced Ukraine to withdraw from the town.") if e.cameo_root == "08"]
    assert [(e.source.code, e.hypothetical) for e in withdrawal] == [("UKR", False)]
    complaint = [e for e in code_text("Nigeria summoned Niger's ambassador to complain of inaction.") if e.cameo_root == "11"]
    assert complaint and all(e.source.code == "NGA" for e in complaint)


def test_wanting_another_actor_to_act_asks_it_to():
    events = code_text("Lisbon wants Angola to reopen the consulate.")
    assert ("PRTGOV", "02", "AGO") in dyads(events)


def test_the_grounds_of_a_punishment_are_alleged_of_the_punished():
    events = code_text("A Ghanaian court jailed a Togolese fisherman for helping the smugglers of Benin.")
    aid = [e for e in events if e.cameo_root == "07"]
    assert aid and all(e.source.code.startswith("TGO") and e.hypothetical for e in aid)


def test_a_clause_set_beside_a_demand_is_no_part_of_it():
    events = code_text("While Kenya criticized Uganda, Tanzania demanded talks with Rwanda.")
    assert ("KEN", "11", "UGA") in dyads(events)


def test_events_inside_what_someone_said_are_marked_reported():
    events = code_text("Iraqi police said rebels attacked the Iraqi army.")
    attack = [e for e in events if e.source.sector == "REB"]
    assert attack and all(e.reported for e in attack)


@pytest.mark.parametrize("hearsay", ["are said", "are believed", "were thought"])
def test_an_act_others_say_or_think_happened_is_marked_reported(hearsay):
    events = code_text(f"Malian rebels {hearsay} to have ambushed an army patrol.")
    ambush = [e for e in events if e.source.sector == "REB"]
    assert ambush and all(e.reported and not e.hypothetical for e in ambush)


def test_ids_are_deterministic():
    text = "Police arrested protesters in Belgrade."
    assert [e.id for e in code_text(text)] == [e.id for e in code_text(text)]


def test_long_document_is_split_and_spans_point_into_the_whole_text():
    filler = "The weather was mild and the markets were calm. " * (MAX_CHUNK_CHARS // 48 + 10)
    text = filler + "\n\nRussia condemned the United States."
    [coded] = code_documents([Document(id="long", text=text)])
    assert coded.error is None
    [event] = [e for e in coded.events if e.cameo_root == "11"]
    assert text[event.source.span[0] : event.source.span[1]] == "Russia"
    assert text[event.sentence_span[0] : event.sentence_span[1]] == event.sentence


def test_every_document_comes_back_in_order():
    documents = [Document(id=str(i), text=text) for i, text in enumerate(["Russia condemned Ukraine.", "", "Rain fell."])]
    assert [coded.document.id for coded in code_documents(documents)] == ["0", "1", "2"]


def test_sentence_without_event_yields_nothing():
    assert code_text("The football team won the cup after a rainy afternoon.") == []


@pytest.mark.parametrize("text", ["Hamas fired rockets at Israel.", "Gunmen killed ten civilians in Kabul."])
def test_material_conflict_is_coded(text):
    assert any(e.quad_class == 4 for e in code_text(text))


def test_quotes_are_found_and_statements_link_to_them():
    text = 'Russian President Vladimir Putin spoke on Monday. "The talks were useful," Putin told Ukraine.'
    [coded] = code_documents([Document(id="q", text=text, date="2023-04-07")])
    [quote] = coded.quotes
    assert quote.direct and quote.text.startswith("The talks were useful") and quote.speaker.code == "RUSGOV"
    assert text[quote.span[0] : quote.span[1]].startswith("The talks were useful")
    statements = [e for e in coded.events if e.cameo.startswith("01") and e.quote_id]
    assert statements and statements[0].quote_id == quote.id


def test_events_get_the_place_named_at_their_verb():
    [event] = [e for e in code_text("Russian troops attacked Ukrainian soldiers in Kharkiv on Monday.", date="2023-04-07") if e.cameo_root == "19"]
    assert event.location is not None and event.location.name == "Kharkiv" and event.location.country == "UKR"


def test_people_introduced_with_a_title_are_observed():
    [coded] = code_documents([Document(id="l", text="Estonian Foreign Minister Boris Valenko met Turkish officials.", date="2023-04-07")])
    assert any(person.name == "Boris Valenko" and person.code.endswith("GOV") for person in coded.learned)


def test_we_in_a_direct_quote_is_its_speaker() -> None:
    events = code_text('"We condemn these attacks," Turkish Foreign Minister Mevlut Cavusoglu said.', date="2023-04-07")
    assert ("TURGOV", "111") in {(event.source.code, event.cameo) for event in events}


def test_an_action_announced_as_not_happening_is_a_refusal():
    events = code_text("The Bolivian rebels will not release the hostages.", date="2023-04-07")
    assert [(e.cameo, e.negated) for e in events] == [("1243", False)]
    assert [(e.cameo, e.negated) for e in code_text("The Bolivian rebels did not release the hostages.")] == [("0841", True)]


def test_a_guess_is_not_reported_as_fact():
    events = code_text("Analysts said Iran probably attacked the tanker near Oman.")
    attack = [e for e in events if e.cameo_root in ("18", "19")]
    assert attack and all(e.hypothetical for e in attack)


def test_trying_to_meet_is_an_intent_to_meet():
    events = code_text("Turkish President Recep Tayyip Erdogan is trying to meet Iranian President Ebrahim Raisi.")
    assert ("TURGOV", "03", "IRNGOV") in dyads(events)


def test_a_protest_announced_on_a_condition_is_a_threat_to_protest():
    events = code_text("Kenyan opposition parties will boycott the elections unless the president resigns.")
    assert any(e.cameo == "133" and e.source.code == "KENOPP" and not e.hypothetical for e in events)


def test_an_announced_protest_has_not_happened():
    events = code_text("Farmers in France plan to protest against the government.")
    protest = [e for e in events if e.cameo_root == "14"]
    assert protest and all(e.hypothetical for e in protest)


def test_an_announced_lawsuit_or_complaint_is_not_yet_filed():
    for text in ("The Peruvian government intends to sue Chile over the fishing dispute.",
                 "The Bolivian government will file an official complaint against Chile."):
        filings = [e for e in code_text(text) if e.cameo_root == "11"]
        assert filings and all(e.hypothetical for e in filings), text
    assert ("PERGOV", "11", "CHL") in dyads(code_text("The Peruvian government sued Chile on Monday."))


def test_a_retold_event_is_counted_once_at_its_most_specific_telling():
    events = code_text(
        "Greece's foreign minister Nikos Pappas spoke with Turkey's foreign minister Ali Demir on Friday. "
        "Pappas spoke by telephone with Demir on Friday to discuss the maritime dispute.",
        date="2023-04-07",
    )
    calls = [e for e in events if e.cameo_root == "04" and e.target and e.target.code == "TURGOV"]
    assert len(calls) == 1 and calls[0].cameo == "041"


def test_acts_of_coordinated_verbs_are_not_retellings_of_each_other():
    for text in ("Israeli police arrested and beat Palestinian protesters.",
                 "Israeli police arrested Palestinian protesters. Later, Israeli police arrested and beat Palestinian protesters."):
        events = code_text(text, date="2023-04-07")
        assert {e.cameo for e in events if e.cameo_root == "17"} == {"173", "175"}, text


def test_actors_of_one_code_named_apart_are_different_actors_but_a_shorter_name_is_the_same():
    events = code_text("Trump called on Fox News to fire its host. Trump also called on CNN to fire a reporter.",
                       date="2023-04-07")
    assert [e.target.text for e in events if e.cameo == "020"] == ["Fox News", "CNN"]
    events = code_text("Chile protested to the Peruvian Foreign Ministry. Chile also protested to Peruvian President "
                       "Martin Vizcarra. Chile protested to President Vizcarra again.", date="2023-04-07")
    assert len([e for e in events if e.cameo_root == "11"]) == 2


def test_a_warning_targets_the_actor_its_complement_is_about():
    events = code_text("Egypt warned there could be consequences for its relations with Ethiopia.")
    assert ("EGY", "13", "ETH") in dyads(events)


def test_a_country_and_its_officials_telling_the_same_act_are_one_event():
    events = code_text(
        "Egyptian officials warned that Ethiopia would face consequences. "
        "Egypt warned that Ethiopia would face consequences.",
        date="2023-04-07",
    )
    warnings = [e for e in events if e.cameo_root == "13"]
    assert [(e.source.code, e.target.code) for e in warnings] == [("EGYGOV", "ETH")]


def test_kinds_of_statement_by_one_actor_are_not_retellings_of_each_other():
    events = code_text(
        "Speaking to the BBC, a Ghanaian minister said the border would stay shut. "
        "Ghana denied all claims that its troops had crossed into Togo.",
        date="2023-04-07",
    )
    assert {e.cameo for e in events if e.cameo_root == "01"} == {"010", "016"}


def test_undated_tellings_are_one_event_whether_dated_to_the_day_or_the_month():
    events = code_text(
        "Russian troops shelled Ukrainian soldiers near Kharkiv. "
        "Talks collapsed after the shelling of Ukrainian soldiers by Russian troops.",
        date="2023-04-07",
    )
    shelling = [e for e in events if e.cameo_root == "19"]
    assert [(e.source.code, e.target.code) for e in shelling] == [("RUSMIL", "UKRMIL")]


def test_an_act_told_in_the_past_perfect_with_no_date_of_its_own_is_background():
    def coded(text):
        return {(e.source.code, e.cameo, e.target.code if e.target else None)
                for e in code_text(text, date="2023-04-07") if not (e.negated or e.hypothetical)}

    assert not any(code == "0213" for _, code, _ in coded("The Kenyan government had asked Uganda to extradite the rebels."))
    resigned = coded("The Ugandan minister, who had criticized Kenya, resigned on Friday.")
    assert ("UGAGOV", "0831", None) in resigned and not any(code == "111" for _, code, _ in resigned)
    # Dated, or the tense of reported speech, it is the act of its date; a text without a date
    # tells no act as new.
    assert ("UGA", "1125", "KEN") in coded("Uganda had accused Kenya of spying in March.")
    assert ("KEN", "190", "UGAREB") in coded("Kenya said it had attacked the Ugandan rebels on Monday.")
    assert ("UGAGOV", "11", "KEN") in dyads(code_text("The Ugandan minister, who had criticized Kenya, resigned on Friday."))


def test_an_act_told_at_the_time_or_back_then_with_no_date_of_its_own_is_background():
    for text in ("At the time, the Kenyan president criticized Uganda.", "Back then, Kenya accused Uganda of spying."):
        assert not any(e.cameo_root == "11" for e in code_text(text, date="2023-04-07")), text
    assert ("KEN", "11", "UGA") in dyads(code_text("Kenya criticized Uganda at the time of the summit.", date="2023-04-07"))
    dated = [e for e in code_text("At the time, Kenya criticized Uganda in 2014.", date="2023-04-07") if e.cameo_root == "11"]
    assert [e.date for e in dated] == ["2014"]


def test_an_act_told_initially_or_originally_with_no_date_of_its_own_is_background():
    for text in ("The Chilean navy initially denied the charges, but admitted them on Tuesday.",
                 "Peru originally rejected the Bolivian offer."):
        assert not any(e.trigger in ("denied", "rejected") for e in code_text(text, date="2023-04-07")), text
    dated = [e for e in code_text("Peru originally rejected the Bolivian offer in 2015.", date="2023-04-07")
             if e.cameo_root == "12"]
    assert [e.date for e in dated] == ["2015"]
    assert ("PER", "12", "BOL") in dyads(code_text("Peru originally rejected the Bolivian offer."))


def test_an_act_told_once_is_background():
    assert not any(e.cameo_root == "11" for e in code_text("The Chilean minister once accused Peru of spying.", date="2023-04-07"))
    assert any(e.cameo_root == "11" for e in code_text("Kenya criticized Uganda once again.", date="2023-04-07"))
    assert any(e.cameo_root == "05" for e in code_text("Once Kenya signed the deal, Uganda withdrew its troops.", date="2023-04-07"))


def test_an_act_placed_on_an_earlier_occasion_is_background():
    assert not any(e.cameo_root == "19" for e in code_text(
        "Two Chilean students were injured by police in an earlier protest.", date="2023-04-07"))
    assert any(e.cameo_root == "19" for e in code_text(
        "Two Chilean students were injured by police in a protest.", date="2023-04-07"))


def test_an_act_starting_a_time_that_lasts_to_the_news_is_background():
    # A "since" clause after its own clause starts a time that lasts to the news.
    assert not any(e.cameo_root == "19" for e in code_text(
        "Chile has closed the border since Bolivian troops attacked a Chilean post.", date="2023-04-07"))
    # Leading its sentence it gives a reason.
    assert any(e.cameo_root == "12" for e in code_text(
        "Since Kenya refused to negotiate, Uganda closed the border.", date="2023-04-07"))


def test_the_act_a_punishment_is_for_is_background():
    # The gerund a punishment is "for" is the act punished, done before the punishment.
    for text in ("A Chilean court jailed two Bolivian activists for attacking a police station.",
                 "Peru expelled the Bolivian consul for criticizing the Peruvian president."):
        events = code_text(text, date="2023-04-07")
        assert any(e.cameo_root in ("16", "17") for e in events), text
        assert not any(e.trigger in ("attacking", "criticizing") for e in events), text
    # Another "for" tells no punishment; a text without a date tells no act as new.
    assert any(e.trigger == "criticizing" for e in code_text(
        "Peru thanked the Bolivian consul for criticizing the Chilean blockade.", date="2023-04-07"))
    assert any(e.trigger == "attacking" for e in code_text(
        "A Chilean court jailed two Bolivian activists for attacking a police station."))


def test_an_act_told_as_going_on_is_a_standing_state():
    for text in ("Peru cited the Bolivian government's ongoing repression of its people.",
                 "The long-running shelling of Kenyan villages by Ugandan troops has displaced thousands.",
                 "Talks between Uganda and the rebels resumed after years of fighting between Ugandan troops and the rebels."):
        assert not any(e.cameo_root in ("17", "19") for e in code_text(text, date="2023-04-07")), text
        assert any(e.cameo_root in ("17", "19") for e in code_text(text)), text  # undated: no act told as new
    for text in ("Peru cited the Bolivian government's repression of its people.",
                 "Talks between Uganda and the rebels resumed after two days of fighting between Ugandan troops and the rebels."):
        assert any(e.cameo_root in ("17", "19") for e in code_text(text, date="2023-04-07")), text


def test_a_wars_toll_is_background():
    assert not any(e.cameo_root in ("18", "19", "20") for e in code_text(
        "Around 300,000 Burundian civilians were killed in the civil war.", date="2023-04-07"))
    assert not any(e.cameo_root in ("18", "19", "20") for e in code_text(
        "Thousands of Yemeni civilians were killed during the conflict.", date="2023-04-07"))
    assert any(e.cameo_root in ("18", "19", "20") for e in code_text(
        "Five Yemeni civilians were killed in an airstrike.", date="2023-04-07"))


def test_condemning_an_act_told_earlier_targets_whoever_did_it():
    events = code_text("Russian forces attacked Kharkiv on Monday. Poland condemned the attack.", date="2023-04-07")
    assert ("POL", "11", "RUSMIL") in dyads(events)


def test_saying_an_actor_is_responsible_accuses_it():
    events = code_text("Jordan's foreign ministry said Hamas was responsible for the attack on the border post.")
    assert ("JORGOV", "11", "PSEREB") in dyads(events)
    assert not any(e.cameo_root == "11" for e in code_text("Jordan's foreign ministry said Hamas was not responsible."))


def test_a_gerund_after_a_preposition_is_done_by_the_clause_subject():
    events = code_text("Japan marked the anniversary by donating rice to Nepal.")
    assert ("JPN", "07", "NPL") in dyads(events)


def test_coordinated_event_nouns_under_a_light_verb_are_the_subject_acts():
    events = code_text("The U.S. military carried out raids and airstrikes against Syrian troops.")
    assert ("USAMIL", "19", "SYRMIL") in dyads(events)


def test_a_weapon_acts_for_whoever_used_it():
    events = code_text("Shells fired by the Armenian military struck an Azerbaijani border post.")
    assert any(e.source.code == "ARMMIL" and e.cameo_root == "19" for e in events)


def test_a_clause_before_the_verb_is_what_was_said_not_whom_it_was_aimed_at():
    events = code_text("Iran will attack the tanker, Israel warned.")
    warnings = [e for e in events if e.cameo_root == "13" and e.source.code == "ISR"]
    assert warnings and all(e.target is None for e in warnings)


def test_a_gerund_after_a_passive_or_an_adjective_is_done_by_its_subject():
    arrested = code_text("Rwandan police said the journalist was arrested for collaborating with Hamas.")
    assert any(e.cameo_root == "06" and e.target and e.target.code == "PSEREB" for e in arrested)
    guilty = code_text("The Thai navy was guilty of violating the border truce with Cambodia.")
    assert any(e.source.code == "THAMIL" and e.cameo_root in ("12", "19") for e in guilty)


def test_a_subject_the_parser_hung_on_the_auxiliary_still_acts():
    events = code_text("Chile and Peru however have opposed resolutions at the Organization of American States.")
    assert any(e.source.code in ("CHL", "PER") and e.cameo_root == "11" for e in events)


def test_a_named_organisation_the_actor_data_lacks_acts_unplaced():
    events = code_text("The Zorblatt Liberation Front claimed responsibility for the bombing in Bolivia.")
    claims = [e for e in events if e.cameo == "015"]
    assert claims and claims[0].source.code == "---" and "Zorblatt Liberation Front" in claims[0].source.text


def test_a_named_person_or_organisation_the_actor_data_lacks_is_a_target_unplaced():
    sanctioned = [e for e in code_text("The Kenyan government sanctioned Zorbex Shipping.") if e.cameo_root == "16"]
    assert sanctioned and sanctioned[0].target is not None
    assert sanctioned[0].target.code == "---" and "Zorbex Shipping" in sanctioned[0].target.text
    # Police act at home: the person they arrest is of their country.
    arrested = [e for e in code_text("Ugandan police detained Okello Wanyama on Tuesday.") if e.cameo_root == "17"]
    assert arrested and arrested[0].target is not None and arrested[0].target.code == "UGA"
    # A passive's subject is whom the act is done to.
    jailed = [e for e in code_text("Mirko Sandvik was sentenced by a Norwegian court.") if e.source.code == "NORJUD"]
    assert jailed and jailed[0].target is not None and "Mirko Sandvik" in jailed[0].target.text
    # Whom a plain statement is told to, named but unknown, is mostly a reporter: no event.
    told = code_text("A Kenyan minister told Okello Wanyama, \"We will rebuild the road.\"")
    assert not [e for e in told if e.cameo == "010" and e.target is not None]


def test_an_act_between_unknown_names_alone_is_no_event():
    # Both sides unknown to the actor data: no one's act says anything between actors.
    assert not [e for e in code_text("Okello Wanyama was arrested on Tuesday.") if e.cameo_root == "17"]


def test_members_named_for_an_unnamed_group_act_for_it():
    events = code_text("Donors such as Japan criticized Myanmar.")
    assert ("JPN", "11", "MMR") in dyads(events)
    events = code_text("Critics, including the European Commission, accused Hungary of attacking civil society.")
    assert any(e.source.code == "IGOEUR" and e.cameo_root == "11" for e in events)


def test_a_complement_without_a_subject_is_done_by_the_governing_subject():
    events = code_text("Myanmar let free some 120 detained monks.")
    assert any(e.source.code == "MMR" and e.cameo.startswith("084") for e in events)


def test_a_noun_the_parser_made_a_clause_of_its_own_completes_a_pattern():
    # "access" is parsed as the clause complement of "allowed", not as its object.
    events = code_text("Myanmar allowed foreign aid workers access to the flooded delta.")
    assert any(e.source.code == "MMR" and e.cameo.startswith("086") for e in events)


def test_an_object_the_parser_made_the_subject_of_a_participle_completes_a_pattern():
    # Parsed as "will not accept [refugees fleeing violence]", not as the object of "accept".
    events = code_text("Thailand will not accept Karen refugees fleeing violence.")
    assert any(e.source.code == "THA" and e.cameo == "122" for e in events)


def test_announcing_an_act_does_it_and_the_act_is_done_to_what_it_is_of():
    events = code_text("Oman's interior ministry announced the release of three Yemeni sailors.")
    assert ("OMNGOV", "08", "YEM") in {(s, r, t[:3] if t else None) for s, r, t in dyads(events)}


def test_coordinated_national_modifiers_name_one_actor_each():
    events = code_text("Senior Chilean and Peruvian officials agreed on Thursday to share border data.")
    assert {("CHLGOV", "03", "PERGOV"), ("PERGOV", "03", "CHLGOV")} <= dyads(events)


def test_an_act_is_aimed_at_whom_its_purpose_names():
    events = code_text("Bolivian farmers blocked highways on Tuesday to press their claims on President Luis Arce's government.")
    assert any(e.cameo_root == "14" and e.target and e.target.country == "BOL" for e in events)


def test_a_complaint_to_an_audience_targets_whom_it_is_about():
    events = code_text("Ghana complained to the African Union about Togo.")
    assert ("GHA", "11", "TGO") in dyads(events)


def test_force_used_on_a_town_falls_on_its_civilians_and_on_a_country_on_the_country():
    town = code_text("Peruvian authorities imposed a night curfew on the mining town of Cerro de Pasco.")
    assert ("PERGOV", "17", "PERCVL") in dyads(town)
    country = code_text("Russian warplanes bombed Ukraine.")
    assert any(e.target and e.target.code == "UKR" for e in country)


def test_an_untargeted_protest_by_people_of_a_country_is_aimed_at_its_government():
    strike = next(e for e in code_text("Kenyan teachers went on strike on Monday.") if e.cameo_root == "14")
    assert (strike.source.code, strike.target.code, strike.target.text) == ("KENEDU", "KENGOV", "")
    # A state's own protest is diplomatic: whom it is addressed to is not guessed.
    assert ("CHN", "14", None) in dyads(code_text("China protested strongly."))


def test_a_protest_in_a_place_of_the_protesters_own_country_is_aimed_at_their_government():
    """The town is only where they march: its people are not whom they protest against."""
    assert ("KENEDU", "14", "KENGOV") in dyads(code_text("Kenyan teachers protested in Mombasa on Monday."))
    assert ("KENEDU", "14", "UGA") in dyads(code_text("Kenyan students protested in Kampala."))


def test_a_protest_by_people_of_no_known_country_in_a_place_is_not_aimed_at_the_place():
    """A place is not known to be abroad for protesters of no known country: it is where they
    march, and they are of its country."""
    demo = next(e for e in code_text("Several hundred people demonstrated outside a stadium in Lyon in support of the coach.")
                if e.cameo_root == "14")
    assert demo.source.code == "FRACVL" and (demo.target is None or demo.target.code != "FRA")


def test_a_material_act_with_a_recipient_is_not_aimed_at_the_place_it_happens_in():
    """"granted them access in Darfur": given to them, in Darfur; the place is where, not to whom."""
    assert ("SDNGOV", "08", None) in dyads(code_text("The government granted them access in Darfur."))
    assert ("CODREB", "08", None) in dyads(code_text("The rebels freed him in Goma."))
    # Without a recipient, what is kept in a place concerns its country.
    assert ("TZAGOV", "08", "TZA") in dyads(code_text("The government lifted the curfew in Tanzania."))
    assert ("JPN", "07", "SSD") in dyads(code_text("Japan donated it in Juba."))  # "it": a thing, not a recipient


def test_arranging_a_meeting_is_an_intent_to_meet():
    events = code_text("Egypt arranged talks with Ethiopia.")
    assert ("EGY", "03", "ETH") in dyads(events)


def test_a_telling_without_a_target_joins_the_one_with_it():
    events = code_text("Egypt warned on Friday. Egypt warned Ethiopia on Friday.", date="2023-04-07")
    assert [(e.source.code, e.target.code if e.target else None) for e in events if e.cameo_root == "13"] == [("EGY", "ETH")]


def test_trying_to_act_is_not_acting():
    events = code_text("Activists were trying to break the Israeli blockade of Gaza.")
    assert all(e.hypothetical for e in events if e.cameo_root == "12")


def test_a_hyphenated_pair_of_nations_is_about_both_and_aimed_at_neither():
    events = code_text("Qatar warned that the worsening Armenian-Azerbaijani standoff could end in war.")
    assert not any(e.target for e in events if e.cameo_root == "13")


def test_a_retaliation_is_aimed_at_the_last_attacker():
    events = code_text("Hamas fired rockets at Israel on Monday. Israeli warplanes carried out retaliatory airstrikes on Tuesday.",
                       date="2023-04-07")
    assert ("ISRMIL", "19", "PSEREB") in dyads(events)


def test_a_hyphenated_pair_of_nations_on_an_event_noun_acts_both_ways():
    assert {("USA", "04", "CHN"), ("CHN", "04", "USA")} <= dyads(code_text("US-China talks resumed in Geneva."))
    assert {("USA", "04", "RUS"), ("RUS", "04", "USA")} <= dyads(code_text("U.S.-Soviet nuclear talks resumed in Geneva."))


def test_historical_states_take_their_successors_codes():
    assert ("RUS", "11", "USA") in dyads(code_text("The USSR condemned the United States.", date="1988-04-07"))
    assert any(s == "SRBMIL" for s, _, _ in dyads(code_text("The Yugoslav army shelled Vukovar.", date="1991-10-07")))


def test_a_name_the_parser_took_for_an_adverb_is_still_the_subject():
    events = code_text("Together with local charities, USAID delivered emergency tents to families in Malawi.")
    assert any(e.source.code.startswith("USA") and e.cameo.startswith("07") for e in events)


def test_a_name_the_parser_took_for_an_adverb_before_the_auxiliaries_is_still_the_subject():
    events = code_text("USAID has cut funding to Bolivian schools.")
    assert any(e.source.code.startswith("USA") and e.cameo.startswith("16") for e in events)


def test_a_town_or_region_in_an_actor_phrase_gives_its_country():
    assert any(s == "PAKCOP" for s, _, _ in dyads(code_text("Police in Karachi arrested ten Indian fishermen.")))
    assert any(s == "AREGOV" for s, _, _ in dyads(code_text("The Dubai ruler praised Oman.")))
    assert any(s == "USAGOV" for s, _, _ in dyads(code_text("Texas officials criticized Mexico.")))


def test_a_named_place_that_owns_a_title_gives_its_country():
    assert any(s == "PAKGOV" for s, _, _ in dyads(code_text("Karachi's mayor accused India.")))
    assert any(s == "USAGOV" for s, _, _ in dyads(code_text("The mayor of San Antonio criticized Mexico.")))
    assert any(s == "USACOP" for s, _, _ in dyads(code_text("San Antonio police arrested two Mexican smugglers.")))
    # The first word of a name is no place of its own ("San" is also a town in Mali).
    found = code_text("Students at the University of California, San Diego, met Mexican officials. "
                      "San Diego's mayor, Tomas Verrell, praised Mexico.")
    assert any(e.source.code == "USAGOV" and e.cameo_root == "05" for e in found)


def test_taking_part_in_an_act_is_doing_it():
    events = code_text("Iranian diplomats participated in talks with Saudi officials.")
    assert ("IRNGOV", "04", "SAUGOV") in dyads(events)


def test_a_target_named_in_a_participle_phrase():
    assert ("IRN", "19", "ISR") in dyads(code_text("Iran fired rockets at the roads leading into Israel."))


def test_a_target_named_as_a_participle_object():
    assert ("RUS", "11", "UKR") in dyads(code_text("Russia condemned a parade supporting Ukraine."))


def test_coordinated_nations_after_of_or_in_name_one_actor_each():
    events = code_text("Lawmakers in Kenya and Uganda welcomed the deal with Ethiopia.")
    assert {("KENLEG", "05", "ETH"), ("UGALEG", "05", "ETH")} <= dyads(events)


def test_a_coordinated_national_modifier_the_parser_calls_nmod():
    events = code_text("U.S. and Russian negotiators met in Geneva.")
    assert {("USAGOV", "04", "RUSGOV"), ("RUSGOV", "04", "USAGOV")} <= dyads(events)


def test_a_past_tense_the_parser_read_as_a_participle_keeps_its_subject():
    events = code_text("Serbian police are failing to protect migrants at the border, a human rights group protested on "
                       "Thursday.")
    assert any(e.cameo_root == "14" and e.source.code == "NGO" for e in events)


def test_a_dateline_is_not_read_as_the_subject_of_the_first_sentence():
    text = "KABUL, Afghanistan (AP) — Taliban fighters attacked a police post on Monday."
    [attack] = [e for e in code_text(text, date="2024-05-08") if e.cameo_root == "19"]
    assert attack.source.code == "AFGREB"
    assert attack.sentence.startswith("Taliban fighters") and text[slice(*attack.sentence_span)] == attack.sentence
    assert attack.location is not None and attack.location.name == "Kabul"


def test_yielding_on_a_thing_kept_in_a_place_concerns_the_places_country():
    lifted = code_text("Uganda lifted the night curfew in Tanzania on Monday.")
    assert ("UGA", "08", "TZA") in dyads(lifted)
    # A meeting place is still no target.
    assert not any(e.target for e in code_text("Uganda held talks in Tanzania on Monday."))


def test_an_investigation_in_a_place_concerns_the_places_country():
    sent = code_text("The United Nations dispatched inspectors to a prison in Kenya on Friday.")
    assert ("IGOUNO", "09", "KEN") in dyads(sent)
    assert ("IGOUNO", "09", "KEN") in dyads(code_text("The UN inspected a detention centre in Kenya on Tuesday."))


def test_a_resignation_that_happened_is_a_retreat_and_a_promised_one_an_agreement():
    [resigned] = code_text("The Kenyan interior minister resigned on Friday.")
    assert (resigned.cameo, resigned.plover, resigned.mode) == ("0831", "RETREAT", "resign")
    [promised] = code_text("The Kenyan interior minister will resign on Friday.")
    assert promised.plover == "AGREE"


def test_an_announced_retaliation_or_forceful_response_is_a_threat():
    for text in ("Kenya will retaliate against the rebels, the defence minister said.",
                 "Kenya would respond firmly to any incursion, the defence minister said."):
        assert any(e.cameo == "130" and e.source.code.startswith("KEN") for e in code_text(text)), text
    assert not [e for e in code_text("Kenya responded firmly to the criticism.") if e.cameo_root == "13"]


def test_force_used_on_what_a_group_holds_is_aimed_at_the_whole_group():
    for text, target in (("Kenyan troops shelled rebel positions near the border on Tuesday.", "KENREB"),
                         ("Ethiopian jets bombed al-Shabaab camps on Tuesday.", "SOMREB")):
        [attack] = [e for e in code_text(text) if e.cameo_root in ("18", "19")]
        assert attack.target is not None and attack.target.code == target, text
    # A nationality still names its country, not its civilians.
    [struck] = [e for e in code_text("Kenyan jets struck Somali positions on Tuesday.") if e.cameo_root in ("18", "19")]
    assert struck.target.code == "SOM"


def test_a_threat_told_to_someone_is_aimed_at_them():
    for text in ("The Kenyan envoy told Somalia that Kenya will retaliate against any incursion.",
                 "Nairobi sent a stern message to Mogadishu that Kenya would respond firmly.",
                 # The parser hangs the content on the first verb when a full stop slips in.
                 "Ruto met Somali envoys on Monday to send a message to the Somali government. that Kenya will retaliate."):
        threats = [e for e in code_text(text) if e.cameo == "130" and e.source.code.startswith("KEN")]
        assert threats and all(e.target is not None and e.target.country == "SOM" for e in threats), text
    # A threat told to the press is not aimed at the press.
    [told] = [e for e in code_text("The Kenyan envoy told Reuters that Kenya will retaliate.") if e.cameo == "130"]
    assert told.target is None


def test_a_named_officer_of_a_body_of_no_known_sector_holds_no_government_office():
    [criticism] = [e for e in code_text("Peruvian Heritage Society president Juan Quispe criticized the Chilean government.")
                   if e.cameo_root == "11"]
    assert criticism.source.code == "PER"


def test_a_sports_body_and_its_officers_are_civil_society_not_the_state():
    # The name remembered for the document keeps the body's code: no government office later.
    [criticism] = [e for e in code_text("Peruvian Football Federation president Juan Quispe criticized the Chilean government.")
                   if e.cameo_root == "11"]
    assert criticism.source.code == "PERCVL"
    [condemnation] = [e for e in code_text("The Moldovan Tennis Federation condemned the Romanian government.")
                      if e.cameo_root == "11"]
    assert condemnation.source.code == "MDACVL"


def quote_dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.date, e.date_granularity) for e in code_text(text, date="2024-05-08") if e.cameo_root == "11"]


def test_an_undated_quote_takes_the_date_of_the_same_speaker_s_remarks_named_just_before():
    before = "Ghanaian Foreign Minister Kwame Mensah made the remarks on Sunday in Accra.\n\n"
    assert quote_dates(before + "“We condemn the Togolese blockade,” Mensah said.") == [("111", "2024-05-05", "day")]
    earlier = "The ban followed earlier criticism from Ghanaian Foreign Minister Kwame Mensah.\n\n"
    assert quote_dates(earlier + "“We condemn the Togolese blockade,” Mensah said.") == [("111", "2024-05", "month")]
    told = [(e.cameo, e.date) for e in code_text(before + "He also told Togo that the border must reopen.", date="2024-05-08")
            if e.cameo_root in ("01", "10")]
    assert told and all(date == "2024-05-05" for _, date in told)
    # Another speaker's remarks, though of the same government, say nothing of when Mensah spoke.
    other = "Ghanaian President John Boateng made the comments on Sunday.\n\n"
    assert quote_dates(other + "“We condemn the Togolese blockade,” Foreign Minister Kwame Mensah said.") == [
        ("111", "2024-05-08", "day")]


def test_package_data_is_left_out_of_garbage_collection():
    code_text("Kenya thanked Uganda for its help.")
    collected = {id(item) for item in gc.get_objects()}
    # The gazetteer's index is some 100,000 lists: no collection walks them again.
    assert id(Gazetteer.default()._places) not in collected
    assert gc.isenabled()


def test_an_event_noun_a_statement_is_about_is_less_certain_than_the_statement():
    events = code_text("The UN envoy expressed concern about the escalation of fighting between Chad and Sudan.")
    [concern] = [e for e in events if e.cameo_root == "01"]
    fighting = [e for e in events if e.cameo_root == "19"]
    assert fighting and all(e.confidence < concern.confidence for e in fighting)
    # Not when the fighting is what the sentence reports.
    [clashes] = [e for e in code_text("Chadian troops clashed with Sudanese soldiers near the border.")
                 if e.cameo_root == "19"][:1]
    assert clashes.confidence > concern.confidence


def test_who_backs_an_actor_is_not_the_actor():
    [truce] = code_text("The UN-backed government signed a truce with the Bolivian rebels.")
    assert not truce.source.code.startswith("IGO")
    assert not any(e.source.code.startswith("IGOUNO") for e in code_text("The UN-sponsored commission accused the army of torture."))


def test_an_actor_placed_in_a_town_takes_the_country_the_document_reads_the_town_in():
    # The state names which Paris and which Atlanta; a country of the same name does not.
    [texas] = code_text("Police in Paris, Texas detained six protesters on Friday.", date="2024-03-02")
    assert texas.source.code == "USACOP"
    [march] = code_text("Students in Atlanta, Georgia, marched against the governor on Saturday.", date="2024-03-02")
    assert march.source.country == "USA"
    [france] = code_text("Police in Paris detained six protesters on Friday.", date="2024-03-02")
    assert france.source.code == "FRACOP"


def test_a_place_before_a_named_officials_title_gives_the_country():
    for text in ("Nevada Governor Carla Brenner criticized the Mexican government.",
                 "Fresno Mayor Tom Okafor criticized the Mexican government."):
        [criticism] = code_text(text, date="2024-03-02")
        assert (criticism.source.code, criticism.target.code) == ("USAGOV", "MEXGOV"), text


def test_a_statement_is_about_what_follows_a_preposition_written_as_a_participle():
    """"regarding" and "concerning" are tagged as verbs but introduce the topic as "about" does."""
    events = code_text("Kenya's president voiced grave concerns regarding the rising prices and the militia "
                       "attack on a market near Mombasa.")
    [concern] = [e for e in events if e.cameo_root == "01"]
    attacks = [e for e in events if e.cameo_root == "19"]
    assert attacks and all(e.confidence < concern.confidence for e in attacks)


def test_a_guessed_country_is_not_the_country_the_actor_acts_on_named_only_in_its_sentence():
    # The document names Chile only as whom the president thanks: no Chilean president.
    assert dyads(code_text("The president thanked Chile for its generous support.")) == {("---GOV", "05", "CHL")}
    assert dyads(code_text("Chile thanked the government for its generous support.")) == {("CHL", "05", "---GOV")}
    # Chile's own troops may well be praised by its president; and an article about Chile
    # names its president's country elsewhere.
    assert ("CHLGOV", "05", "CHLMIL") in dyads(code_text("The president praised Chilean troops for their courage."))
    events = code_text("Floods hit Chile on Monday. The president thanked Chile for its patience.")
    assert ("CHLGOV", "05", "CHL") in dyads(events)
    # A pronoun for a guessed actor is guessed as its antecedent is.
    assert dyads(code_text("The senators said they would cut aid to Chile.")) == {("---LEG", "13", "CHL")}


def test_an_envoy_is_not_guessed_to_be_of_the_state_it_is_sent_to_or_deals_with():
    # The ambassador to Bolivia is not Bolivian, nor is one who complains to Bolivian officials.
    events = code_text("The ambassador to Bolivia, Hans Kessler, criticised the Bolivian courts.")
    assert ("---GOV", "11", "BOLJUD") in dyads(events)
    events = code_text("Ambassador Hans Kessler complained to the Bolivian foreign ministry.")
    assert ("---GOV", "11", "BOLGOV") in dyads(events)
    # A country the phrase gives stays.
    assert ("BOLGOV", "11", "PERGOV") in dyads(code_text("Bolivia's ambassador complained to the Peruvian foreign ministry."))


def test_a_guessed_country_is_not_that_of_a_third_actor_the_sentence_alone_names():
    # Bolivia is named only as the diplomats' country: no Bolivian senators or president.
    events = code_text("Senators urged the president to expel two Bolivian diplomats.")
    assert not any(code == "02" for _, code, _ in dyads(events))  # of no known country, no event
    # Named as the country of the event's own actor, or elsewhere in the document, it stays the guess.
    assert ("BOLCOP", "17", "BOLEDU") in dyads(code_text("Police arrested three Bolivian students."))
    events = code_text("Senators urged the president to expel two Bolivian diplomats. Bolivia denied spying.")
    assert ("BOLLEG", "02", "BOLGOV") in dyads(events)



def test_a_guessed_country_is_not_that_of_a_state_another_act_of_the_sentence_is_done_to():
    # Ecuador is only whom the help would go to: no Ecuadorian senate or president.
    events = code_text("The president is being pressed by the senate to help Ecuador.")
    assert not any(code == "02" for _, code, _ in dyads(events))  # of no known country, no event
    # A state that acts may well own the bodies named beside it.
    events = code_text("The president said Ecuador would reopen the border, and the senate criticized him.")
    assert ("ECULEG", "11", "ECUGOV") in dyads(events)


def test_a_guessed_country_is_not_that_of_the_state_given_aid_or_sanctioned_named_only_there():
    # Aid to a state and sanctions on it come from abroad, as words to it do.
    assert ("---LEG", "16", "MDA") in dyads(code_text("The parliament voted to impose trade sanctions on Moldova."), facts_only=False)
    assert ("---LEG", "07", "MDA") in dyads(code_text("The senate voted to send tents and blankets to Moldova."), facts_only=False)
    # Acts in the state's own land are often its own.
    assert ("MDAGOV", "17", "MDA") in dyads(code_text("The government imposed a state of emergency on Moldova."))


def test_a_named_body_takes_the_country_of_the_town_its_name_begins_with():
    assert ("USACOP", "17", "USAEDU") in dyads(code_text("The Tucson Police Department detained nine students."))
    assert ("GBRCOP", "17", "GBREDU") in dyads(code_text("The Leeds Police detained nine students."))


def test_a_question_tells_no_event_not_even_a_hypothetical_one():
    # An interviewer's question and a repeat asked about: neither is told.
    for text in ("Would the Kenyan government impose sanctions on Uganda?",
                 "Did the Ugandan army shell the border villages?",
                 "Canada imposed sanctions on Iran last week. Will Australia follow suit?"):
        assert not [e for e in code_text(text) if e.sentence.endswith("?")], text
    assert dyads(code_text("The Kenyan government imposed sanctions on Uganda."))


def test_an_interviewers_turn_tells_no_event_though_it_leads_in_with_background():
    # The interviewer (the label whose turns are questions) recounts what readers know, to ask
    # about it; the guest's answers are told as usual.
    text = ("The Kenyan trade minister spoke with the Daily Ledger.\n\n"
            "((DL))  The Kenyan government imposed sanctions on Uganda last week. Will Tanzania follow?\n\n"
            "((Otieno))  No. The Tanzanian army shelled the border villages on Monday.\n\n"
            "((DL))  What comes next?")
    told = {e.sentence for e in code_text(text)}
    assert not [sentence for sentence in told if "imposed sanctions" in sentence]
    assert [sentence for sentence in told if "shelled" in sentence]
    # The same words as a paragraph of the article are an event.
    assert dyads(code_text(text.replace("((DL))  The Kenyan", "The Kenyan")), facts_only=False) >= {("KENGOV", "16", "UGA")}


def test_what_private_people_did_to_an_interview_guest_is_the_guests_own_story():
    text = ("((DL))  How did your relatives take it?\n\n"
            "((Rosa Quispe))  My family rejected me. The Bolivian police arrested us in Cochabamba.\n\n"
            "((DL))  Did you leave?")
    told = {e.sentence for e in code_text(text)}
    assert "My family rejected me." not in told
    assert "The Bolivian police arrested us in Cochabamba." in told  # the police are a state actor
    # Told as the article's own words, the rejection is coded as before.
    assert "My family rejected me." in {e.sentence for e in code_text(
        "My family rejected me. The Bolivian police arrested us in Cochabamba.")}


def test_violence_by_no_one_named_is_by_unidentified_forces_of_where_it_happened():
    [shooting] = code_text("Two Bolivian engineers were shot dead in Cochabamba on Friday.")
    assert (shooting.source.code, shooting.source.country, shooting.source.text) == ("BOLUAF", "BOL", "")
    [bombing] = [e for e in code_text("A bomb killed four Nepali police officers in Kathmandu.") if e.cameo_root == "19"]
    assert bombing.source.code == "NPLUAF"
    # No place told: the doer stays unknown; an arrest so told is by the country's police, and a
    # named doer keeps his code.
    assert [e.source.code for e in code_text("Three Kenyan soldiers were killed near the border.")] == ["---"]
    assert [e.source.code for e in code_text("Twelve students were arrested in Lima.")] == ["PERCOP"]
    assert [e.source.code for e in code_text("Twelve Peruvian students were arrested.")] == ["---"]
    assert [e.source.code for e in code_text("Two Peruvian ministers were charged with fraud in Lima.")] == ["---"]
    assert [e.source.code for e in code_text("Bolivian troops killed five miners in Cochabamba.")] == ["BOLMIL"]


def test_an_undated_act_goes_on_at_the_time_of_the_story_told_before_it():
    def dated(text, trigger):
        return [(e.date, e.date_source) for e in code_text(text, date="2023-04-07") if e.trigger == trigger]

    story = "In 2015, Chilean troops attacked a Bolivian post. Bolivia expelled the Chilean ambassador."
    assert set(dated(story, "expelled")) == {("2015", "explicit")}
    assert set(dated("In March, Kenya accused Uganda of spying. Uganda expelled two Kenyan diplomats.", "expelled")) \
        == {("2023-03", "explicit")}
    # A new paragraph, a sentence told from now or with a time of its own, and a story of the
    # last days leave the act at the article's date.
    for text in ("In 2015, Chilean troops attacked a Bolivian post.\n\nBolivia expelled the Chilean ambassador.",
                 "In 2015, Chilean troops attacked a Bolivian post. Bolivia has expelled the Chilean ambassador.",
                 "In 2015, Chilean troops attacked a Bolivian post. A month later, Bolivia expelled the Chilean ambassador.",
                 "On Monday, Chilean troops attacked a Bolivian post. Bolivia expelled the Chilean ambassador."):
        assert all(source != "explicit" or date != "2015" for date, source in dated(text, "expelled")), text
    assert all(source == "publication" for _, source in dated(
        "In 2015, Chilean troops attacked a Bolivian post.\n\nBolivia expelled the Chilean ambassador.", "expelled"))
    # How the article tells its news, and words reported or quoted, keep their own time.
    for text in ("In 2015, Chilean troops attacked a Bolivian post. The Bolivian minister told reporters he was angry.",
                 "In 2015, Chilean troops attacked a Bolivian post. Bolivian officials praised the Chilean army on Twitter.",
                 'In 2015, Chilean troops attacked a Bolivian post. Bolivia said "Chile expelled our ambassador."'):
        assert all(source == "publication" for event in code_text(text, date="2023-04-07")
                   for source in [event.date_source] if event.sentence_index == 1), text


def test_an_act_told_first_is_where_a_record_began():
    assert not any(e.cameo_root == "11" for e in code_text(
        "The Chilean minister first accused Peru of spying on television.", date="2023-04-07"))
    # A first step of a sequence the sentence tells, a date of its own, or "first" after the verb is news.
    for text in ("Chilean police first beat the Bolivian protesters, then arrested them.",
                 "Chilean police first beat the Bolivian protesters and arrested them."):
        assert any(e.trigger == "beat" for e in code_text(text, date="2023-04-07")), text
    assert [e.date for e in code_text("The Chilean minister first accused Peru of spying in 2015.", date="2023-04-07")
            if e.cameo_root == "11"] == ["2015"]
    assert any(e.cameo_root == "11" for e in code_text(
        "The Chilean minister accused Peru of spying first.", date="2023-04-07"))


def test_acts_tallied_over_a_span_of_public_life_are_no_acts_of_the_news():
    tally = ("In his campaign, the Chilean senator has met with several Peruvian ministers, "
             "including meeting with the Peruvian president.")
    assert not any(e.cameo_root == "04" for e in code_text(tally, date="2023-04-07"))
    assert not any(e.cameo_root == "11" for e in code_text(
        "During her presidency, the Chilean president has criticized Peru.", date="2023-04-07"))
    # Without the span, or in the simple past, it is news.
    assert any(e.cameo_root == "04" for e in code_text(
        "The Chilean senator has met with several Peruvian ministers.", date="2023-04-07"))
    assert any(e.cameo_root == "04" for e in code_text(
        "During the summit, the Chilean senator met with Peruvian ministers.", date="2023-04-07"))


def test_where_a_person_comes_from_is_not_whom_they_act_for():
    # A birth country gives neither the phrase's country nor the document's focus.
    [criticism] = [e for e in code_text("Transport Secretary Ana Souza criticized the Chilean airline. Souza was born in Paraguay "
                                        "and studied in Asuncion, Paraguay.") if e.cameo_root == "11"]
    assert not criticism.source.code.startswith("PRY")
    [criticism] = [e for e in code_text("Police sergeant Ana Souza criticized the Chilean protesters. Sergeant Souza, from "
                                        "Asuncion, Paraguay, joined the force in 2010.") if e.cameo_root == "11"]
    assert not criticism.source.code.startswith("PRY")
    [criticism] = [e for e in code_text("The Paraguay-born Chilean transport minister criticized the airline.")
                   if e.cameo_root == "11"]
    assert criticism.source.code == "CHLGOV"
    [criticism] = [e for e in code_text("Police sergeant Ana Souza, a native of Paraguay, criticized the Chilean protesters.")
                   if e.cameo_root == "11"]
    assert not criticism.source.code.startswith("PRY")
    [criticism] = [e for e in code_text("Interior Minister Ana Souza, whose parents emigrated from Paraguay, criticized "
                                        "the Chilean protesters.") if e.cameo_root == "11"]
    assert not criticism.source.code.startswith("PRY")


def test_a_measure_its_subject_is_under_is_a_standing_state():
    # "is under" sanctions or a siege, or "the subject of" them: imposed before the news.
    for text in ("Because of its border raids, Eritrea is already under UN sanctions.",
                 "Eritrea remains under a UN arms embargo.",
                 "The Eritrean airline has been the subject of EU sanctions."):
        assert not any(e.cameo_root in ("16", "19") for e in code_text(text, date="2023-04-07")), text
        assert any(e.cameo_root in ("16", "19") for e in code_text(text)), text  # undated: no act told as new
    # Being put under them is the act.
    assert any(e.cameo == "163" for e in code_text("Eritrea was placed under UN sanctions on Monday.", date="2023-04-07"))


def test_a_state_held_in_the_present_is_a_standing_state():
    for text in ("Kosovo, which is recognized only by Kenya, held elections.",
                 "Somali rebels currently occupy the Kenyan border town."):
        assert not any(e.cameo in ("054", "192") for e in code_text(text, date="2023-04-07")), text
        assert any(e.cameo in ("054", "192") for e in code_text(text)), text  # undated: no act told as new
    assert any(e.cameo == "054" for e in code_text("Kenya recognized Kosovo on Monday.", date="2023-04-07"))
    assert any(e.cameo == "192" for e in code_text("Somali rebels occupied the Kenyan border town.", date="2023-04-07"))


def test_what_others_do_told_in_an_interview_guests_present_or_as_a_habit_is_talk():
    # A guest telling how things go, now or by habit, tells no news; a past act and a "would"
    # of what was said are told as usual.
    text = ("((DL))  How do the clinics work?\n\n"
            "((Rosa Quispe))  The Bolivian nurses meet the mayor every week. They would ask the Bolivian army for food. "
            "The Bolivian nurses do their best to cooperate with the police. "
            "The Bolivian police arrested our director. The police told me they would arrest the Bolivian nurses.\n\n"
            "((DL))  Did you leave?")
    told = {e.trigger for e in code_text(text)}
    assert not told & {"meet", "ask", "cooperate"}, told
    assert "arrested" in told, told
    assert "arrest" in told, told  # what the police said they would do
    # Told as the article's own words, the habit is coded as before.
    assert any(e.trigger == "meet" for e in code_text("The Bolivian nurses meet the mayor every week."))


def test_a_sentence_in_another_script_tells_no_event():
    # An English verb in a Hindi sentence is read as a verb of the lexicon by the English parser.
    assert not code_text('किसान आते हैं, protest करते हैं — "पानी दो" — सब protest करते हैं।')
    assert code_text("Kenyan officials demand the release of Ahmed Şahin.")


def test_a_crowd_of_no_country_protesting_is_of_the_country_where_it_protests():
    [protest] = [e for e in code_text("Thousands of people blocked streets in Cochabamba to demand new elections.")
                 if e.cameo_root == "14"]
    assert (protest.source.code, protest.source.country) == ("BOLCVL", "BOL")
    # A crowd of a country of its own keeps it.
    [abroad] = [e for e in code_text("Hundreds of Chilean students protested in Cochabamba.") if e.cameo_root == "14"]
    assert abroad.source.country == "CHL"


def test_an_event_no_actor_of_a_known_country_takes_part_in_is_not_coded():
    assert code_text("A protester demolished the building.") == []
    assert code_text("The company is investigating the incident.") == []
    assert [e.source.code for e in code_text("A Bolivian protester demolished the building.")] == ["BOLOPP"]
