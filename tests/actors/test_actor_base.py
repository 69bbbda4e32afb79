"""The actor data files and ActorBase: consistency of the data, plain-string lookups."""

from __future__ import annotations

import re
from pathlib import Path

import pycountry
import pytest

from newsevents.actors import ActorBase, ActorCode
from newsevents.actors.knowledge import DATA_DIR, NON_STATE_COUNTRIES, SECTORS, Word, alias_words, read_tsv, split_list

CODE = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z]{3})*$")


@pytest.fixture(scope="module")
def base() -> ActorBase:
    return ActorBase.default()


def rows(name: str) -> list[dict[str, str]]:
    header, data = read_tsv(DATA_DIR / name)
    return [dict(zip(header, row)) for row in data]


def test_every_iso_country_is_listed_once() -> None:
    listed = [row["iso3"] for row in rows("countries.tsv")]
    assert len(listed) == len(set(listed))
    assert {country.alpha_3 for country in pycountry.countries} <= set(listed)
    assert set(listed) - {country.alpha_3 for country in pycountry.countries} == {"KSV"}


def test_newsworthy_countries_have_adjectives_demonyms_and_capitals() -> None:
    by_code = {row["iso3"]: row for row in rows("countries.tsv")}
    for iso3 in ("TUR", "IRN", "PSE", "RUS", "UKR", "SYR", "IRQ", "EGY", "SAU", "DEU", "GBR", "USA", "AFG"):
        row = by_code[iso3]
        assert row["adjectives"] and row["demonyms"] and row["capitals"], iso3
    assert by_code["ISR"]["capitals"] == "", "Jerusalem's status is disputed: no capital metonym"


def test_organisation_rows_are_well_formed() -> None:
    iso = {row["iso3"] for row in rows("countries.tsv")}
    for row in rows("organisations.tsv"):
        assert CODE.match(row["code"]), row
        assert row["country"] in iso or row["country"] in NON_STATE_COUNTRIES, row
        assert row["code"].startswith(row["country"]), row
        if row["country"] in ("IGO", "NGO"):
            assert row["sector"] == row["code"][3:6], "an organisation's sector is its own 3-letter code"
            assert row["sector"] not in SECTORS, "an organisation's own code is no sector code"
        elif row["sector"]:
            assert row["sector"] in SECTORS and row["code"] == row["country"] + row["sector"], row
        assert split_list(row["names"]), row


def test_non_state_codes_are_not_iso_codes() -> None:
    assert not set(NON_STATE_COUNTRIES) & {country.alpha_3 for country in pycountry.countries}


def test_sector_nouns_use_the_allowed_sectors() -> None:
    nouns = rows("sectors.tsv")
    assert len(nouns) > 150
    for row in nouns:
        assert row["sector"] in SECTORS or row["sector"] == "-", row
        assert row["kind"] in ("group", "role", "institution", "masthead"), row
        assert row["kind"] not in ("institution", "masthead") or " " not in row["noun"], "a name's last word is one word"
        assert row["kind"] != "masthead" or row["sector"] == "MED", "a masthead word ends a news medium's name"
        assert row["noun"] == row["noun"].lower(), "sector nouns are lower-case lemmas"
    assert len({row["noun"] for row in nouns}) == len(nouns)


def test_religion_words_are_lower_case_with_cameo_religion_codes() -> None:
    religions = rows("religions.tsv")
    assert len({row["religion"] for row in religions}) == len(religions)
    for row in religions:
        assert row["religion"] == row["religion"].lower() and row["code"] in {"MOS", "CHR", "JEW", "HIN", "BUD", "SIK"}, row


def test_ethnic_group_words_are_lower_case_with_codes_unlike_sectors_and_religions(base: ActorBase) -> None:
    groups = rows("ethnic_groups.tsv")
    assert len({row["ethnic_group"] for row in groups}) == len(groups)
    religion_codes = {row["code"] for row in rows("religions.tsv")}
    for row in groups:
        assert row["ethnic_group"] == row["ethnic_group"].lower() and re.fullmatch("[A-Z]{3}", row["code"]), row
        assert row["code"] not in SECTORS | religion_codes, row
        assert base.lookup(row["ethnic_group"].title()) is None, "a nation's word belongs in countries.tsv"


def test_no_alias_means_two_codes() -> None:
    meanings: dict[tuple[str, ...], set[str]] = {}
    for row in rows("countries.tsv"):
        for column in ("name", "other_names", "adjectives", "demonyms", "capitals"):
            for alias in split_list(row[column]):
                meanings.setdefault(tuple(alias_words(alias)), set()).add(row["iso3"])
    for row in rows("organisations.tsv"):
        for alias in split_list(row["names"]):
            meanings.setdefault(tuple(alias_words(alias)), set()).add(row["code"])
    assert {alias: codes for alias, codes in meanings.items() if len(codes) > 1} == {}


def test_ambiguous_capitals_are_left_out(base: ActorBase) -> None:
    for city in ("Victoria", "Kingston", "Georgetown", "Tripoli", "Jerusalem"):
        assert base.lookup(city) is None, city


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israel", "ISR"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("Türkiye", "TUR"),
        ("Kosovo", "KSV"),
        ("Ankara", "TURGOV"),
        ("Washington", "USAGOV"),
        ("Palestinians", "PSECVL"),
        ("Israelis", "ISRCVL"),
        ("Iranian officials", "IRNGOV"),
        ("Turkish foreign minister", "TURGOV"),
        ("the president of Turkey", "TURGOV"),
        ("Israel's military", "ISRMIL"),
        ("Turkey's foreign ministry", "TURGOV"),
        ("Israeli police officers", "ISRCOP"),
        ("army officers", "---MIL"),
        ("security forces", "---COP"),
        ("Egyptian security forces", "EGYCOP"),
        ("government troops", "---MIL"),
        ("rebels", "---REB"),
        ("rebel leader", "---REB"),
        ("opposition leader", "---OPP"),
        ("Russian journalists", "RUSMED"),
        ("Syrian refugees", "SYRREF"),
        ("the Supreme Court", "---JUD"),
        ("Kenyan lawmakers", "KENLEG"),
        ("a human rights group", "NGO"),
        ("an Israeli rights group", "ISRNGO"),
        ("former Chilean president", "CHLELI"),  # CAMEO codes former officials as elites
        ("the ousted Peruvian prime minister", "PEROPP"),
        ("ex-president of Bolivia", "BOLELI"),
        ("the Chilean national assembly", "CHLLEG"),
        ("Bolivian human rights activists", "BOLOPP"),
        ("Kenyan protesters", "KENOPP"),
        ("Egyptian Muslim clerics", "EGYRELMOS"),  # a religion word adds CAMEO's religion code
        ("Christian militias", "---REBCHR"),
        ("Hindu nationalist fundamentalists", "---CVLHIN"),
        ("Islamic Jihad", "PSEREB"),  # a name with a religion word is the name's code alone
        ("Rwandan Tutsi refugees", "RWAREFTUT"),  # an ethnic group word adds its role code
        ("Sunni Baluchi militants", "---REBMOSBAL"),
        ("Oromo Liberation Army", "ETHREB"),  # a name with an ethnic group word is the name's code alone
        ("the exiled Gambian prime minister", "GMBOPP"),
        ("a Sudanese refugee camp", "SDNREF"),
        ("a Uruguayan reform movement", "URYOPP"),  # CAMEO: a movement outside government is opposition
        ("a Uruguayan student movement", "URYEDU"),
        ("Bolivian economists", "BOLEDU"),  # nouns as CAMEO's agents dictionary codes them
        ("Washington bureau chief", "USAMED"),  # a news title, though it ends in "chief"
        ("Egyptian news anchor", "EGYMED"),
        ("the county sheriff", "---COP"),
        ("Chilean delegates", "CHLLEG"),
        ("Peruvian farm workers", "PERAGR"),
        ("Bolivian tin miners", "BOLLAB"),
        ("Khmer Rouge guerrillas", "KHMREB"),  # armed groups and parties of the 1990s wires
        ("ECOMOG troops", "IGOECWMIL"),
        ("Renamo rebels", "MOZREB"),
        ("Chilean truck drivers", "CHLLAB"),
        ("Peruvian opposition candidates", "PEROPP"),
        ("Senate committee", "---LEG"),
        ("prosecutor general", "---JUD"),
        ("Nigerien aid workers", "NERNGO"),
        ("Nigerien health workers", "NERHLH"),
        ("Chilean border patrol agents", "CHLCOP"),  # agents as CAMEO's agents dictionary codes them
        ("federal agents", "---COP"),
        ("undercover agents", "---SPY"),
        ("Congolese mercenaries", "CODMIL"),
        ("Somali detainees", "SOMCVL"),  # people held are civilians, political prisoners opposition
        ("Eritrean political prisoners", "ERIOPP"),
        ("Bougainville secessionists", "---REB"),
        ("the Dayton Police Department", "---COP"),  # a police department is police, not a ministry
        ("the county sheriff's department", "---COP"),
        ("the state highway patrol", "---COP"),
    ],
)
def test_lookup_countries_and_sectors(base: ActorBase, text: str, code: str) -> None:
    found = base.lookup(text)
    assert found is not None and found.code == code, (text, found)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the UN", "IGOUNO"),
        ("the UN Security Council", "IGOUNO"),
        ("UN refugee agency", "IGOUNOREF"),
        ("NATO", "IGONAT"),
        ("NATO troops", "IGONATMIL"),
        ("the European Union", "IGOEUR"),
        ("the Arab League", "IGOARL"),
        ("the African Union", "IGOAFU"),
        ("Amnesty International", "NGOAMN"),
        ("Doctors Without Borders", "NGOMSF"),
        ("Hamas", "PSEREB"),
        ("Hamas leader", "PSEREB"),
        ("Hezbollah fighters", "LBNREB"),
        ("the Taliban", "AFGREB"),
        ("Taliban government", "AFGGOV"),
        ("Islamic State", "IMGREB"),
        ("IS", "IMGREB"),
        ("the Houthis", "YEMREB"),
        ("Wagner Group", "RUSMIL"),
        ("the Kremlin", "RUSGOV"),
        ("Iranian-backed militias", "---REB"),
        ("Hamas-linked Lebanese gunmen", "LBNREB"),  # a sponsoring group is not the group
        ("European leaders", "EURGOV"),
        ("UNPROFOR", "IGOUNOMIL"),
        ("the OAU", "IGOAFU"),  # a predecessor takes its successor's code, as the EEC the EU's
        ("the CSCE", "IGOOSC"),
        ("KFOR troops", "IGONATMIL"),
        ("the International Labour Organization", "IGOUNOLAB"),
        ("World Vision", "NGOWVI"),
        ("Mercy Corps", "NGOMCO"),
        ("Action Against Hunger", "NGOAAH"),
        ("OSCE monitors", "IGOOSC"),  # monitors, observers and inspectors carry their organisation
        ("UN weapons inspectors", "IGOUNO"),
        ("the Pakistani Taliban", "PAKREB"),  # longer than "Taliban", which is Afghan
        ("Seleka fighters", "CAFREB"),
        ("Naxalites", "INDREB"),
        ("NASA", "USAGOV"),
        ("Ennahda", "TUNPTY"),
        ("the OPCW", "IGOOPW"),  # UN agencies, regional bodies and development banks
        ("UNFPA", "IGOUNOHLH"),
        ("Mercosur", "IGOMRC"),
        ("the Asian Development Bank", "IGOADB"),
        ("Frontex", "IGOEURCOP"),
        ("AMISOM troops", "IGOAFUMIL"),
        ("the ACLU", "NGOACL"),  # charities and rights groups
        ("Global Witness", "NGOGWT"),
        ("the White Helmets", "NGOWHT"),
        ("FEMA", "USAGOV"),  # national agencies, forces, services and parties
        ("the Homeland Security Department", "USAGOV"),
        ("Scotland Yard", "GBRCOP"),
        ("the Royal Navy", "GBRMIL"),
        ("the ISI", "PAKSPY"),
        ("the SBU", "UKRSPY"),
        ("the Verkhovna Rada", "UKRLEG"),
        ("the KDF", "KENMIL"),
        ("the ANC", "ZAFPTY"),
        ("the GOP", "USAPTY"),
        ("the Sinaloa Cartel", "MEXCRM"),
        ("Bernama", "MYSMED"),
        ("Tory lawmakers", "GBRLEG"),  # parties whose name says their country, and party groups of a legislature
        ("the Scottish National Party", "GBRPTY"),
        ("House Democrats", "USALEG"),
        ("Syriza", "GRCPTY"),
        ("the Sweden Democrats", "SWEPTY"),
        ("the Mahdi Army", "IRQREB"),  # armed groups and parties of states at war or in unrest
        ("the Patriotic Union of Kurdistan", "IRQPTY"),
        ("Hizbul Mujahideen", "INDREB"),
        ("the Balochistan Liberation Army", "PAKREB"),
        ("Ansar Dine fighters", "MLIREB"),
        ("the Gulen movement", "TUROPP"),
        ("Jundallah", "IRNREB"),
        ("the United Wa State Army", "MMRREB"),
        ("the Ulster Volunteer Force", "GBRREB"),
        ("the Justice Department", "USAGOV"),  # national bodies news names without their country
        ("the CDC", "USAGOV"),
        ("China CDC", "CHNGOV"),  # the longer name of another state's body wins
        ("the Department of the Interior and Local Government", "PHLGOV"),
        ("the Australian Secret Intelligence Service", "AUSSPY"),
        ("the Secret Intelligence Service", "GBRSPY"),
        ("the RCMP", "CANCOP"),
        ("the Carabinieri", "ITACOP"),
        ("the Sudan People's Liberation Army", "SSDMIL"),  # not China's People's Liberation Army
        ("the Sudan Liberation Army", "SDNREB"),  # the "the" of "the Sudan" yields to the longer name
        ("Jaish al-Fatah", "SYRREB"),  # not the Palestinian Fatah
        ("the Ogaden National Liberation Front", "ETHREB"),
        ("SPLM-IO fighters", "SSDREB"),
        ("the Sinaloa cartel", "MEXCRM"),  # a lower-case word of a name matches in either case
        ("the Sinaloa Cartel", "MEXCRM"),
        ("the Nepali Congress", "NPLPTY"),  # a party, not a legislature
        ("Norwegian People's Aid", "NGONPA"),
        ("the Asian Infrastructure Investment Bank", "IGOAIB"),
    ],
)
def test_lookup_organisations(base: ActorBase, text: str, code: str) -> None:
    found = base.lookup(text)
    assert found is not None and found.code == code, (text, found)


def test_international_organisations_keep_their_own_sector(base: ActorBase) -> None:
    assert base.lookup("NATO troops") == ActorCode("IGONATMIL", "IGO", "NAT")
    assert base.lookup("UN") == ActorCode("IGOUNO", "IGO", "UNO")


@pytest.mark.parametrize("text", ["the building", "rocks", "dozens", "it", "is", "amnesty", "chad", "Turkish Airlines", "raw",
                                  "ice", "Ice", "the popular will", "blue and white", "direct relief", "Mas"])
def test_lookup_of_non_actors(base: ActorBase, text: str) -> None:
    assert base.lookup(text) is None


def test_party_names_shared_by_several_states_name_no_country(base: ActorBase) -> None:
    for text in ("the Labour Party", "the Democratic Party", "Democrats", "the DPP"):
        found = base.lookup(text)
        assert found is None or found.country is None, (text, found)


def test_a_nationality_adjective_in_lower_case_still_names_its_country(base: ActorBase) -> None:
    assert base.lookup("angry moldovan farmers").code == "MDAAGR"
    assert base.lookup("polish workers") is not None and base.lookup("polish workers").country is None  # a verb too
    assert base.lookup("chad") is None  # a country's name is no adjective: lower case it is a word


def test_name_words_are_one_word_names_of_the_actor_tables_in_lower_case(base: ActorBase) -> None:
    words = [line.strip() for line in (DATA_DIR / "name_words.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert words == sorted(set(words)), "one word a line, sorted, no repeats"
    for word in words:
        assert word == word.lower() and len(alias_words(word)) == 1, word
        assert base.names.entries((word,)) or base.people.entries((word,)), f"{word} names no actor"


def test_a_title_in_a_body_of_no_known_sector_is_no_government_office(base: ActorBase) -> None:
    assert base.lookup("the leader of the faction") is None
    assert base.lookup("the group's chief") is None
    assert base.lookup("leader of the Peruvian opposition faction").code == "PEROPP"  # the body's sector
    assert base.lookup("the head of the president's office").code == "---GOV"  # another title gives it
    # A society or a club is such a body, before a name too; one of a sport is civil society.
    assert base.lookup("Peruvian Writers Society president Juan Quispe").code == "PER"
    assert base.lookup("the president of the Peruvian Heritage Society").code == "PER"
    assert base.lookup("Peruvian Football Federation president Juan Quispe").code == "PERCVL"
    assert base.lookup("the president of the Peruvian Chess Society").code == "PERCVL"



def test_a_party_that_takes_part_is_no_political_party(base: ActorBase) -> None:
    assert base.lookup("any external party") is None
    assert base.lookup("the warring parties") is None
    assert base.lookup("Peruvian opposition parties").code == "PEROPP"


def test_a_team_mission_or_panel_of_experts_takes_its_modifier_s_code(base: ActorBase) -> None:
    assert base.lookup("a UN team").code == "IGOUNO"
    assert base.lookup("UN investigators").code == "IGOUNO"
    assert base.lookup("Peruvian experts").code == "PER"


def test_longest_alias_wins(base: ActorBase) -> None:
    assert base.lookup("South Sudanese troops").code == "SSDMIL"
    assert base.lookup("Niger Delta militants").code == "NGAREB"
    assert base.lookup("the West Bank").code == "PSE"
    assert base.lookup("Israel Defense Forces").code == "ISRMIL"


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "my_actors.tsv"
    extra.write_text("# my groups\ncode\tcountry\tsector\tnames\nAFGGOV\tAFG\tGOV\tTaliban\nUKRREB\tUKR\tREB\tFreedom Militia\n")
    base = ActorBase.from_files(extra)
    assert base.lookup("the Taliban").code == "AFGGOV"
    assert base.lookup("Freedom Militia").code == "UKRREB"
    assert ActorBase.default().lookup("the Taliban").code == "AFGREB"


def test_conflicting_aliases_in_one_file_are_an_error(tmp_path: Path) -> None:
    extra = tmp_path / "bad.tsv"
    extra.write_text("code\tcountry\tsector\tnames\nAFGREB\tAFG\tREB\tNorth Front\nPAKREB\tPAK\tREB\tNorth Front\n")
    with pytest.raises(ValueError, match="North Front"):
        ActorBase.from_files(extra)


def test_unknown_file_format_is_an_error(tmp_path: Path) -> None:
    extra = tmp_path / "odd.tsv"
    extra.write_text("alias\tcode\nX\tY\n")
    with pytest.raises(ValueError, match="unknown header"):
        ActorBase.from_files(extra)


def test_people_roles_follow_the_date(tmp_path: Path) -> None:
    people = tmp_path / "people.tsv"
    people.write_text(
        "name\taliases\tcode\tstart\tend\trole\n"
        "Maria Fictiva\tFictiva\tESPLEG\t2010-01-01\t2019-12-31\tsenator\n"
        "Maria Fictiva\tFictiva\tESPGOV\t2020-01-01\t\tprime minister\n"
    )
    base = ActorBase.from_files(people)
    assert base.lookup("Maria Fictiva").code == "ESPGOV"  # no date: the latest role
    assert base.lookup("Fictiva", date="2015-06-01").code == "ESPLEG"
    assert base.lookup("Fictiva", date="2021-06-01").code == "ESPGOV"
    assert base.lookup("Fictiva", date="2005-06-01").code == "ESP"  # not in office: the country only


@pytest.mark.parametrize("aliases", ["Lee Tae-yang|Lee Tae-Yang", "Lee Tae-Yang|Lee Tae-yang"])
def test_a_names_spellings_that_differ_in_case_each_match_in_either_order(tmp_path: Path, aliases: str) -> None:
    people = tmp_path / "people.tsv"
    people.write_text(
        "name\taliases\tcode\tstart\tend\trole\n"
        f"Lee Tae Yang\t{aliases}\tKORLEG\t2012-01-01\t2019-12-31\tlawmaker\n"
        "Lee Tae Yang\t\tKORGOV\t2020-01-01\t\tminister\n"
    )
    base = ActorBase.from_files(people)
    for text in ("Lee Tae-yang", "Lee Tae-Yang"):
        assert base.lookup(text).code == "KORGOV", text
        assert base.lookup(text, date="2015-06-01").code == "KORLEG", text


def test_long_acronyms_also_match_title_cased_but_short_ones_do_not(base) -> None:
    assert base.lookup("Nato").code == "IGONAT"
    assert base.lookup("Farc").code == "COLREB"
    assert base.lookup("Un") is None


def test_an_organisation_keeps_its_code_with_its_own_sector_and_titles_ending_in_general_are_not_military(base) -> None:
    assert base.lookup("Mike Ryan of the World Health Organization").code == "IGOUNOHLH"
    assert base.lookup("Governor General of Canada").code == "CANGOV"


def words_of(text: str) -> list[Word]:
    return [Word(word, "", i, word[:1].isupper()) for i, word in enumerate(text.split())]


def test_a_country_name_with_a_letter_missing_added_or_swapped_is_the_country(base) -> None:
    for text, country in [("Kazakstan", "KAZ"), ("Hondouras", "HND"), ("Isreal", "ISR")]:  # Isreal: two letters swapped
        assert base.code_words(words_of(text), 0, misspellings=True).code.code == country
    assert base.code_words(words_of("Kyrgystan foreign ministry"), 2, misspellings=True).code.code == "KGZGOV"
    assert base.lookup("Kazakstan") is None  # a plain phrase, without the words around it, is matched exactly


@pytest.mark.parametrize("text", ["Frances", "the Americas", "Georgiana Fictiva", "Malli"])
def test_plurals_short_words_and_names_beside_names_are_not_misspelt_countries(base, text: str) -> None:
    words = words_of(text)
    assert base.code_words(words, len(words) - 1, misspellings=True).code is None


def test_context_sectors_are_for_one_word_role_nouns_with_allowed_sectors() -> None:
    nouns = {row["noun"]: row for row in rows("sectors.tsv")}
    for row in rows("context_sectors.tsv"):
        noun = nouns.get(row["ambiguous_noun"])
        assert noun is not None and noun["kind"] == "role" and " " not in noun["noun"], row
        assert row["sector"] in SECTORS and row["sector"] != "-", row
        words = split_list(row["context"])
        assert words and all(word == word.lower() and " " not in word for word in words), row


def test_an_ambiguous_role_takes_the_sector_only_its_context_words_select(base: ActorBase) -> None:
    assert base.sector_in_context("officer", frozenset({"shell", "village"})) == "MIL"
    assert base.sector_in_context("officer", frozenset({"arrest"})) == "COP"
    assert base.sector_in_context("officer", frozenset({"arrest", "soldier"})) is None
    assert base.sector_in_context("officer", frozenset({"meet"})) is None
    assert base.sector_in_context("minister", frozenset({"shell"})) is None


def test_a_capital_is_told_from_its_country(base: ActorBase) -> None:
    assert base.is_capital("Kabul") and base.is_capital("Paris")
    assert not base.is_capital("Afghanistan") and not base.is_capital("French") and not base.is_capital("Kabul police")


def test_sport_words_are_single_lower_case_words_naming_no_actor(base: ActorBase) -> None:
    """sport_words.tsv: one lower-case word a line, none an actor alias or a sector noun of its own."""
    assert base.sport_words
    for word in base.sport_words:
        assert word == word.lower() and len(alias_words(word)) == 1, word
        assert not base.names.entries((word,)) and (word,) not in base.sector_nouns, f"{word} is an actor word"
    assert base.lookup("the Chilean Rugby Federation").code == "CHLCVL"
    assert base.lookup("football") is None


def test_origin_words_are_single_lower_case_words():
    """origin_words.tsv: one lower-case word a line, none a sector noun or an actor alias."""
    from newsevents.actors.mentions import origin_words

    base = ActorBase.default()
    assert "born" in origin_words()
    for word in origin_words():
        assert word == word.lower() and len(alias_words(word)) == 1, word
        assert (word,) not in base.sector_nouns and not base.names.entries((word,)), word
