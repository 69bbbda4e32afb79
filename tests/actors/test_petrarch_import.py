"""Importing PETRARCH/TABARI dictionaries: actors and agents into an ActorBase, verbs into a Lexicon.

The snippets are written for these tests in the PETRARCH formats (fictional actors);
the tests at the end read PETRARCH's own dictionaries from the shared data when present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents import code_text
from newsevents.actors.petrarch import (
    add_agent_code, iso_date, load_petrarch_actors, read_petrarch_dictionaries, regular_plural,
)
from newsevents.events.lexicon import BLOCKER, TARGET
from newsevents.events.petrarch import convert_petrarch_verbs, load_petrarch_verbs

ACTORS = """\
<!-- VALDORIA TEST ACTORS
     a comment over two lines -->
VALDORIA_ [VLD]   # a country
+VALDORIAN
+THE_RIVER_KINGDOM
NORLAND [NRL]
+NORLANDER
KESTREL_BAY [VLDGOV] ; legacy comment: the seat of government
IRON_BROTHERHOOD [NRLREBIRB]
MARA_OKONJO  # a person whose code changes
+OKONJO
\t[VLDOPP <091231]
\t[VLDGOV 20100101 - 20141231]
\t[VLDELI >150101]
ARIN_VOSS [VLD]
\t[VLDMIL 20120101-20121231]
NOBODY_IN_PARTICULAR [---]
OLD_KINGDOM
	[OLK <800101]
TWO_TOWNS [VLD/NRL]
NORLANDER [XXX]
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
POLICE {} [~COP]
FOREIGN_MINISTER [~GOV] # a title
MINISTRY_ [~GOV]
COUNCIL!PERSON! [~LEG]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
RIGHTS_BODY [NGO~]
PRESS_UNION [LAB~]
"""

VERBS = """\
<!-- TEST VERBS -->
&CURRENCY
+DOLLARS
+SWISS FRANCS

&TIETYPE_
+MILITARY
+ECONOMIC

&DENIAL
+DID_NOT
+NEVER

--- CONDEMN [122] ---
CONDEMN
DENOUNCE [1221]
- * ATTACK ON + [1222]
- * CARD [---]
- SAID *  [123]
- &DENIAL * [---]
- * $ [124]

--- RESTORE [064:064] ---
RESTORE
- * &TIETYPE TIES WITH + [062]
- % * TIES [064]

--- GRANT [070] ---
GRANT {GRANTED GRANTING}
- * &CURRENCY [071]
- * FAVOURS [901]
- * LOANS [+++]

--- SAY [010] ---
SAID
+BACK_DOWN [080]

--- EXCLUDE [1721] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
WIRE_+TAP
"""


@pytest.fixture()
def dictionary_files(tmp_path: Path) -> tuple[Path, Path, Path]:
    paths = tmp_path / "test.actors.txt", tmp_path / "test.agents.txt", tmp_path / "test.verbs.txt"
    for path, text in zip(paths, (ACTORS, AGENTS, VERBS)):
        path.write_text(text, encoding="utf-8")
    return paths


def test_actor_entries_keep_synonyms_dates_and_count_what_is_skipped(dictionary_files) -> None:
    actors, agents, _ = dictionary_files
    read = read_petrarch_dictionaries([actors], [agents])
    by_name = {actor.names[0]: actor for actor in read.actors}
    assert by_name["Valdoria"].names == ("Valdoria", "Valdorian", "the River Kingdom")
    assert by_name["Kestrel Bay"].codes[0].code == "VLDGOV"
    okonjo = by_name["Mara Okonjo"]
    assert okonjo.names == ("Mara Okonjo", "Okonjo") and okonjo.is_dated
    assert [(c.code, c.start, c.end) for c in okonjo.codes] == [
        ("VLDOPP", None, "2009-12-31"), ("VLDGOV", "2010-01-01", "2014-12-31"), ("VLDELI", "2015-01-01", None)]
    assert "Nobody in Particular" not in by_name
    assert by_name["Two Towns"].codes[0].code == "VLD"
    assert read.skipped == {
        "actor without a code (null code or none)": 1,
        "several codes for one actor (first kept)": 1,
        "alias defined twice in one file (first kept)": 1,
    }
    codes = {words: agent.code for agent in read.agents for words in agent.phrases}
    assert codes[("police",)] == "~COP"
    assert codes[("councilman",)] == codes[("councilwoman",)] == "~LEG"
    assert codes[("golden", "geese")] == "~GGS"
    assert codes[("rights", "body")] == codes[("rights", "bodies")] == "NGO~"
    assert codes[("foreign", "ministers")] == "~GOV", "a regular plural is generated"
    assert codes[("ministries",)] == "~GOV", "also after TABARI's word end"
    assert ("polices",) not in codes and ("golden", "gooses") not in codes, "{} and {PLURALS} replace it"
    assert ("councilmans",) not in codes, "substituted words get no plural"


def test_regular_plurals_of_agents_are_english_ones() -> None:
    assert [regular_plural(word) for word in ("SOLDIER", "AUTHORITY", "ENVOY", "CONGRESS", "CHURCH")] == [
        "SOLDIERS", "AUTHORITIES", "ENVOYS", "CONGRESSES", "CHURCHES"]


def test_two_digit_years_are_read_as_petrarch_does() -> None:
    assert iso_date("991231") == "1999-12-31"
    assert iso_date("070723") == "2007-07-23"
    assert iso_date("19450703") == "1945-07-03"
    with pytest.raises(ValueError):
        iso_date("2007")


def test_imported_base_codes_phrases_with_titles_agents_and_dates(dictionary_files) -> None:
    actors, agents, _ = dictionary_files
    base = load_petrarch_actors([actors], [agents], package_data=False)
    assert base.lookup("Valdoria").code == "VLD"
    assert base.lookup("the Valdorian police").code == "VLDCOP"
    assert base.lookup("The River Kingdom").code == "VLD"
    assert base.lookup("Norland's foreign minister").code == "NRLGOV"
    assert base.lookup("Kestrel Bay").code == "VLDGOV"
    assert base.lookup("Iron Brotherhood").code == "NRLREBIRB"
    assert base.lookup("Norland councilwoman").code == "NRLLEG"
    assert base.lookup("Mara Okonjo", "2005-06-01").code == "VLDOPP"
    assert base.lookup("Okonjo", "2012-06-01").code == "VLDGOV"
    assert base.lookup("Okonjo", "2020-06-01").code == "VLDELI"
    assert base.lookup("Arin Voss", "2012-06-01").code == "VLDMIL"
    assert base.lookup("Arin Voss", "2013-06-01").code == "VLD", "the default code outside the dated roles"
    assert base.lookup("the Old Kingdom", "1975-06-01").code == "OLK"
    assert base.lookup("the Old Kingdom", "1990-06-01") is None, "no default: no actor outside the restrictions"
    assert base.lookup("valdoria") is None, "capitalised dictionary words need capitalised text"
    assert base.lookup("France") is None, "without package data the base holds the dictionaries alone"


def test_agent_codes_are_joined_to_the_actor_code_as_petrarch_joins_them(dictionary_files) -> None:
    actors, agents, _ = dictionary_files
    base = load_petrarch_actors([actors], [agents], package_data=False)
    assert base.lookup("Iron Brotherhood police").code == "NRLREBIRBCOP", "an organisation's code is kept whole"
    assert base.lookup("the Norland rights body").code == "NGONRL", "`NGO~` comes before the actor's code"
    assert base.lookup("Norland press union police").code == "LABNRLCOP", "every agent of the phrase"
    assert base.lookup("Kestrel Bay foreign minister").code == "VLDGOV", "a code the actor's already ends with"
    assert base.lookup("Foreign Minister Arin Voss", "2013-06-01").code == "VLDGOV", "an actor at the head takes titles"
    assert base.lookup("the Iron Brotherhood headquarters").code == "NRLREBIRB", "a phrase naming an actor is the actor"
    assert base.lookup("the foreign minister").code == "---GOV", "without an actor, the knowledge base's rules"
    assert base.lookup("Norland polices").code == "NRL", "POLICE {} has no plural"
    assert base.lookup("Norland foreign ministers").code == "NRLGOV", "a generated plural"
    assert (add_agent_code("USAGOV", "~GOV"), add_agent_code("NGOARN", "NGO~")) == ("USAGOV", "NGOARN")


def test_imported_aliases_override_the_package_data(tmp_path: Path) -> None:
    path = tmp_path / "override.actors.txt"
    path.write_text("FRANCE [FRAGOV]\n+LA_REPUBLIQUE\n", encoding="utf-8")
    base = load_petrarch_actors([path])
    assert base.lookup("France").code == "FRAGOV"
    assert base.lookup("Turkish police").code == "TURCOP", "the package's countries and sector nouns stay"


def test_verb_blocks_become_lexicon_patterns(dictionary_files) -> None:
    _, _, verbs = dictionary_files
    conversion = convert_petrarch_verbs(verbs)
    assert all("verb" in line.split("\t")[2].split(",") for line in conversion.lines), "PETRARCH codes verbs only"
    lines = {line.replace(",verb", "").replace("\tverb", "") for line in conversion.lines}
    assert "122\tcondemn" in lines and "1221\tdenounce" in lines
    assert f"1222\tcondemn attack on {TARGET}" in lines
    assert f"1222\tdenounce attack on {TARGET}" in lines, "a block's patterns serve all its verbs"
    assert f"{BLOCKER}\tcondemn card" in lines
    assert "064:064\trestore" in lines, "a paired code"
    assert f"062\trestore economic|military tie|ties with {TARGET}" in lines
    assert "064\trestore tie|ties\tcoordinated" in lines
    assert "071\tgrant dollar|dollars" in lines, "a synset of words is one alternation"
    phrase = next(line for line in lines if "franc" in line).split("\t")[1].split()
    assert phrase[0] == "grant" and "swiss" in phrase[1].split("|") and phrase[2] == "franc|francs", "a phrase: a pattern"
    assert "010\tsay" in lines, "SAID is lemmatised"
    assert "080\tback down" in lines
    assert "1721\tcordon off" in lines
    assert "1721\twire * tap" in lines, "a multi-word verb's words before its verb precede the trigger"
    assert "123\tsaid|say * condemn" in lines, "words before the verb come before `*`"
    assert {f"{BLOCKER}\tdid|do not * denounce", f"{BLOCKER}\tnever * denounce"} <= lines, "a synset of phrases: a pattern each"
    assert "901\tgrant favour|favours" in lines and conversion.own_codes == {"901"}, "a code of the dictionary's own"
    assert conversion.skipped == {
        "source or coordinated actors after the verb": 1,
        "pattern code neither CAMEO nor letters and digits": 1,
    }
    assert (conversion.patterns_read, conversion.patterns_converted) == (10, 8)


def test_imported_dictionaries_code_sentences(dictionary_files) -> None:
    actors, agents, verbs = dictionary_files
    base = load_petrarch_actors([actors], [agents], package_data=False)
    lexicon = load_petrarch_verbs(verbs)
    events = code_text("Valdoria condemned an attack on Norland.", actor_base=base, lexicon=lexicon)
    assert {(e.source.code, e.cameo, e.target.code if e.target else None) for e in events} == {("VLD", "1222", "NRL")}
    events = code_text("The Valdorian police will grant two million dollars to Norland.", actor_base=base, lexicon=lexicon)
    assert [e.cameo for e in events] == ["071"], "announced actions keep PETRARCH's code"
    events = code_text("The Valdorian police will not grant two million dollars to Norland.", actor_base=base, lexicon=lexicon)
    assert [(e.cameo, e.negated) for e in events] == [("071", True)], "refused actions keep PETRARCH's code"
    events = code_text("Valdoria said it condemned Norland.", actor_base=base, lexicon=lexicon)
    assert {(e.source.code, e.cameo, e.target.code if e.target else None) for e in events} == {("VLD", "123", "NRL")}
    assert not code_text("Valdoria did not condemn Norland.", actor_base=base, lexicon=lexicon), "a blocker before the verb"
    events = code_text("The Valdorian police wire tapped the phones of Norland.", actor_base=base, lexicon=lexicon)
    assert [e.cameo for e in events] == ["1721"], "'wire' before 'tap'"
    events = code_text("Valdoria condemned the violence in Norland.", actor_base=base, lexicon=lexicon)
    assert [(e.cameo, e.target.code) for e in events] == [("122", "NRL")], "PETRARCH's target: any actor in the verb's phrase"
    events = code_text("Valdoria restored relations with Norland.", actor_base=base, lexicon=lexicon)
    assert {(e.source.code, e.cameo, e.target.code) for e in events} == {("VLD", "064", "NRL"), ("NRL", "064", "VLD")}, \
        "a paired code codes the reverse event too"
    events = code_text("Mara Okonjo condemned her violence in Norland.", "2012-06-01", actor_base=base, lexicon=lexicon)
    assert [(e.cameo, e.target.code) for e in events] == [("122", "NRL")], "not the source's own pronoun"
    [event] = code_text("Valdoria granted favours to Norland.", actor_base=base, lexicon=lexicon)
    assert (event.cameo, event.cameo_root, event.goldstein, event.quad_class, event.plover) == ("901", "90", None, None, None)


@pytest.fixture(scope="module")
def petrarch_dir(shared_dir: Path) -> Path:
    return shared_dir / "data" / "reference" / "petrarch2"


def test_validation_dictionaries_import(petrarch_dir: Path) -> None:
    base = load_petrarch_actors([petrarch_dir / "PETR.Validate.actors.txt"], [petrarch_dir / "PETR.Validate.agents.txt"],
                                package_data=False)
    assert base.lookup("Gondor police").code == "GONCOP"
    assert base.lookup("Minas Tirith").code == "GON"
    assert base.lookup("the Calenardhon Minister of Silly Walks").code == "CALGOV"
    assert base.lookup("Sam Gamgee", "2008-01-19").code == "HOBCIV"
    assert base.lookup("Sam Gamgee", "2010-01-10").code == "ORCHOB", "the narrower restriction wins"
    assert base.lookup("Zimbabwe", "1978-12-23").code == "RHO"
    assert base.lookup("Zimbabwe", "2001-01-01").code == "ZBW"
    lexicon = load_petrarch_verbs(petrarch_dir / "PETR.Validate.verbs.txt")
    assert {entry.cameo for entry in lexicon.for_trigger("restore")} >= {"064"}


def test_operational_dictionaries_import(petrarch_dir: Path) -> None:
    read = read_petrarch_dictionaries([petrarch_dir / "Phoenix.Countries.actors.txt"], [petrarch_dir / "Phoenix.agents.txt"])
    assert len(read.actors) > 10_000 and len(read.agents) > 1_000
    base = load_petrarch_actors([petrarch_dir / "Phoenix.Countries.actors.txt"], [petrarch_dir / "Phoenix.agents.txt"])
    assert base.lookup("Afghanistan").code == "AFG"
    conversion = convert_petrarch_verbs(petrarch_dir / "CAMEO.2.0.txt")
    assert len(conversion.lines) > 10_000
    assert conversion.skipped["pattern code neither CAMEO nor letters and digits"] < 20
