"""Tests for the packaged event lexicon (newsevents/events/data/lexicon.tsv).

The structural tests read the data file itself; the matching tests parse short
sentences written for these tests and check which CAMEO code the lexicon picks
with `select_matches`, which needs only the spaCy parse (no actors).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from importlib.resources import files

import pytest

from newsevents import code_text
from newsevents.actors import ActorBase, DocumentActors
from spacy.language import Language

from newsevents.events.codes import cameo_codes
from newsevents.events.extractor import select_matches
from newsevents.events.lexicon import (
    BLOCKER, EXTRACTOR_KINDS, PRIVATE_KINDS, SPACE_KINDS, STANDING_KINDS, TARGET, VEHICLE_KINDS, Lexicon,
    default_private_sectors, default_relatives, default_reproaches, default_road_vehicles, default_space_words,
    default_standing_words, default_word_kinds, parse_lexicon, parse_private_sectors, parse_road_vehicles,
    parse_space_words, parse_standing_words, parse_word_kinds, pattern_kinds)


def lexicon_lines() -> list[tuple[int, str, str]]:
    """(line number, code, pattern) of every entry line of the packaged file."""
    text = files("newsevents.events").joinpath("data/lexicon.tsv").read_text("utf-8")
    rows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.strip() and not raw.startswith("#"):
            fields = raw.split("\t")
            rows.append((number, fields[0], fields[1]))
    return rows


def normalized(pattern: str) -> tuple[str, tuple[frozenset[str] | str, ...]]:
    """A pattern as the matcher sees it: "a|b" and "b|a" are the same slot."""
    trigger, *words = pattern.lower().split()
    return trigger, tuple(word if word == TARGET.lower() else frozenset(word.split("|")) for word in words)


def test_default_lexicon_parses() -> None:
    lexicon = Lexicon.default()
    assert len(lexicon) == len(lexicon_lines())
    assert lexicon.for_trigger("say"), "the plain statement verb 'say' has no entry"


def test_every_specific_code_has_an_entry() -> None:
    """Every 3- and 4-digit code of the code table has a pattern.

    Two-digit roots are excluded on purpose: a root's plain form is its "0" code
    (04 consult -> 040), so giving the root patterns of its own would duplicate them.
    """
    covered = {entry.cameo for entry in Lexicon.default().entries}
    missing = sorted(code for code in cameo_codes() if len(code) > 2 and code not in covered)
    assert not missing, f"codes without a lexicon entry: {missing}"


def test_every_entry_code_is_in_the_code_table() -> None:
    used = {part for _, code, _ in lexicon_lines() for part in code.split(":")}  # paired codes: both
    unknown = used - set(cameo_codes()) - {BLOCKER}
    assert not unknown, f"lexicon codes missing from cameo_codes.tsv: {sorted(unknown)}"


def test_no_duplicate_lines() -> None:
    counts = Counter((code, normalized(pattern)) for _, code, pattern in lexicon_lines())
    duplicates = [key for key, count in counts.items() if count > 1]
    assert not duplicates, f"duplicate (code, pattern) lines: {duplicates[:10]}"


def test_no_pattern_maps_to_two_codes() -> None:
    codes_by_pattern: defaultdict[tuple, dict[str, int]] = defaultdict(dict)
    for number, code, pattern in lexicon_lines():
        codes_by_pattern[normalized(pattern)].setdefault(code, number)
    conflicts = {pattern: lines for pattern, lines in codes_by_pattern.items() if len(lines) > 1}
    assert not conflicts, f"patterns with more than one code (code: line): {list(conflicts.values())[:10]}"


def test_parse_lexicon_rejects_an_unknown_code() -> None:
    with pytest.raises(ValueError, match="unknown CAMEO code"):
        parse_lexicon("999\tsay\n", "bad.tsv")


def test_a_paired_code_names_the_reverse_event() -> None:
    (entry,) = parse_lexicon("032:033\tarrive in TARGET\n", "paired.tsv")
    assert (entry.cameo, entry.reverse) == ("032", "033")
    with pytest.raises(ValueError, match="reverse event"):
        parse_lexicon("032:999\tarrive in TARGET\n", "paired.tsv")


def test_a_received_pattern_is_flagged() -> None:
    (entry,) = parse_lexicon("070\treceive aid from TARGET\treceived\n", "received.tsv")
    assert entry.received and entry.cameo == "070"


def test_a_thing_pattern_is_flagged() -> None:
    (entry,) = parse_lexicon("0842\treturn to TARGET\tactor,thing\n", "thing.tsv")
    assert entry.thing_object and entry.actor_target and not entry.received


def test_an_object_pattern_is_flagged() -> None:
    (entry,) = parse_lexicon("-\tcall TARGET for\tobject\n", "object.tsv")
    assert entry.object_target and entry.is_blocker and not entry.actor_target


def test_a_crowd_pattern_is_flagged() -> None:
    (entry,) = parse_lexicon("141\thold rally\tcrowd\n", "crowd.tsv")
    assert entry.crowd and not entry.thing_object and not entry.active


def test_an_active_pattern_is_flagged() -> None:
    (entry,) = parse_lexicon("015\tadmit\tactive\n", "active.tsv")
    assert entry.active and not entry.crowd


def test_own_codes_are_known_to_their_lexicon_only() -> None:
    own = frozenset({"999", "17X"})
    lexicon = Lexicon(parse_lexicon("999\tsay\n17X\thex TARGET\n", "own.tsv", own), own_codes=own)
    assert [entry.cameo for entry in lexicon.for_trigger("hex")] == ["17X"]
    assert lexicon.cameo_code("17X") is None, "an own code has no CAMEO entry"
    assert lexicon.cameo_code("042").goldstein == Lexicon.default().cameo_code("042").goldstein
    with pytest.raises(KeyError):
        Lexicon.default().cameo_code("17X")


def codes_found(nlp: Language, sentence: str) -> list[tuple[str, str]]:
    """(cameo, trigger lemma) of every match in a one-sentence text."""
    doc = nlp(sentence)
    span = next(iter(doc.sents))
    actors = DocumentActors(doc, ActorBase.default())
    return [(match.entry.cameo, match.trigger.lemma_) for match in select_matches(span, Lexicon.default(), actors)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders held talks in Geneva.", ("040", "hold")),
        ("The court approved the extradition of the businessman to Spain.", ("063", "approve")),
        ("Ghana launched a fresh mediation effort between the rival chiefs.", ("045", "launch")),
        ("Polish troops participated in the exercise.", ("062", "participate")),
        ("The agency mobilised funds for the flood victims.", ("071", "mobilise")),
        ("Japan announced a contribution of 5 million dollars to the fund.", ("071", "contribution")),
        ("Uruguay sent a group of medical specialists to the flooded valley.", ("073", "send")),
        ("Hungary reopened its border on Friday.", ("081", "reopen")),
        ("The prison authorities let free two journalists.", ("0841", "let")),
        ("The government lifted its boycott of French goods.", ("085", "lift")),
        ("Washington cut tariffs on steel imports.", ("085", "cut")),
        ("The army ceased military operations in the valley.", ("087", "cease")),
        ("The withdrawal of troops from the city began on Monday.", ("0874", "withdrawal")),
        ("The president gave the rebels a deadline to disarm.", ("139", "give")),
        ("Egypt cancelled a planned visit to Ethiopia.", ("160", "cancel")),
        ("The bank announced an immediate suspension of aid to the province.", ("162", "suspension")),
        ("The mission withdrew its peacekeepers from the disputed town.", ("1661", "withdraw")),
        ("The militants held villagers as human shields.", ("181", "hold")),
        ("The government opened its borders to the fleeing families.", ("075", "open")),
        ("The two foreign ministers will attend the summit in Oslo.", ("042", "attend")),
        ("The two foreign ministers attended the summit.", ("040", "attend")),
        ("Chile dispatched a special envoy to Bolivia.", ("042", "dispatch")),
        ("The bloc will send a delegation to the island.", ("042", "send")),
        ("The militia promised to return the weapons it had seized.", ("0842", "return")),
        ("Italy returned the looted frescoes to Greece.", ("0842", "return")),
        ("Thailand returned forty smuggled tortoises to Madagascar.", ("0842", "return")),
        ("The museum repatriated two carved idols to Nepal.", ("0842", "repatriate")),
        ("Uruguayan soldiers took part in a peacekeeping mission on the island.", ("074", "take")),
        ("The treasury authorized the release of $40 million in budget aid to Malawi.", ("071", "authorize")),
        ("Norway provided €12m to the flood-stricken province.", ("071", "provide")),
        ("The delegates accepted a formula for sharing the river water.", ("030", "accept")),
        ("The rebels rejected the mediators' formula.", ("127", "reject")),
        ("The village council is asking help from the navy.", ("023", "ask")),
        ("Peru completed the withdrawal of its troops from the border zone.", ("0874", "complete")),
        ("The general accelerated the pullout of his forces.", ("0874", "accelerate")),
        ("The minister gave the governor a final warning.", ("130", "give")),
        ("The senator called for sanctions against Venezuela.", ("1312", "call")),
        ("The junta forced aid workers out of the province.", ("1663", "force")),
        ("Both countries have waged cyber warfare for years.", ("190", "warfare")),
        ("The group launched cyber warfare against the ministry.", ("190", "launch")),
        ("The fighters are holding several families as human shields.", ("181", "hold")),
        ("The minister defended the army's involvement in the region.", ("052", "defend")),
        ("The president defended Israel over the accusations.", ("052", "defend")),
        ("Fiji will contribute soldiers to the mission.", ("062", "contribute")),
        ("Egypt suspended flights to Qatar.", ("160", "suspend")),
        ("The ministry announced a suspension of flights.", ("160", "suspension")),
        ("The two parties failed to reach an agreement on the budget.", ("120", "reach")),
        ("Germany threatened to impose sanctions on Russia.", ("1312", "threaten")),
        ("The convoy was shelled by rebel forces.", ("194", "shell")),
        ("The foreign minister spoke by phone with his Iranian counterpart.", ("041", "speak")),
        ("The rebels offered to release the hostages.", ("0353", "offer")),
        ("Hamas refused to release the captives.", ("1243", "refuse")),
        ("Ankara recalled its ambassador from Vienna.", ("161", "recall")),
        ("Israeli jets launched airstrikes on Gaza overnight.", ("195", "launch")),
        ("The army agreed to a ceasefire with the rebels.", ("0356", "agree")),
        ("Protesters went on a hunger strike.", ("142", "go")),
        ("Moscow accused Kyiv of shelling civilian areas.", ("1123", "accuse")),
        ("The president called a snap election.", ("0344", "call")),
        ("The governor attacked the president's proclamation.", ("111", "attack")),
        ("The senator attacked the corruption inquiry as a witch hunt.", ("111", "attack")),
        ("Ethiopian jets attacked rebel positions near the border.", ("190", "attack")),  # a military position
        ("The senator attacked the governor for failing to evacuate the coast.", ("111", "attack")),  # a reason: words
        ("The senator attacked the governor as a coward.", ("111", "attack")),
        ("The senator attacked the governor during a televised debate.", ("111", "attack")),
        ("The senator attacked the governor on Twitter.", ("111", "attack")),
        ("Rebel fighters attacked the garrison for the second time.", ("190", "attack")),
        ("North Korea test-fired a ballistic missile.", ("150", "fire")),
        ("The Kenyan president received a Ugandan delegation in Nairobi.", ("043", "receive")),
        ("Nurses in Kenya struck for a third day.", ("143", "strike")),
        ("Thousands of students demonstrated in the capital on Friday.", ("141", "demonstrate")),
        ("The guards sexually abused the detainees.", ("1821", "abuse")),
        ("Kenya and Uganda have upgraded their diplomatic ties.", ("050", "upgrade")),
        ("The police prevented the rally outside parliament.", ("1721", "prevent")),
        ("Chile opposed Argentine mediation in the dispute.", ("126", "oppose")),
        ("The agency dispatched inspectors to the plant.", ("090", "dispatch")),
        ("Dock workers organised a strike at the port.", ("143", "organise")),
        ("Chinese warships patrolled the disputed waters.", ("150", "patrol")),
        ("The Bolivian government ordered the station to stop broadcasting.", ("1721", "order")),
        ("Canada has offered to deploy troops on the island.", ("0312", "offer")),
        ("Peru closed its border with Bolivia on Sunday.", ("172", "close")),
        ("Chile released the Peruvian sergeant.", ("0841", "release")),
        ("Japan donated 500 computers.", ("070", "donate")),
        ("Japan donated 500 tonnes of rice.", ("073", "donate")),
        ("Ethiopia presented evidence against Eritrea at the hearing.", ("112", "present")),
        ("Kenya granted permission to the Ugandan navy to use the port.", ("080", "grant")),
        # Pressure someone faces is what they are told to do (CAMEO's dictionary: FACE PRESSURE FROM, 100);
        # pressuring someone is coercing them (PRESSURE, 170).
        ("The Kenyan president came under pressure from Tanzania.", ("100", "come")),
        ("The mayor faces mounting pressure from the unions.", ("100", "face")),
        ("Tanzania pressured Kenya to reopen the border.", ("100", "pressure")),
        ("The mayor faced new demands from the protesters.", ("100", "face")),
        ("The opposition began collecting signatures for a referendum.", ("140", "collect")),
        ("Norwegian engineers helped Malawi after the floods.", ("070", "help")),
        ("The Chadian garrison withdrew overnight.", ("0874", "withdraw")),
        ("Most of the Ethiopian soldiers pulled out before dawn.", ("0874", "pull")),
        ("Lisbon wants Angola to reopen the consulate.", ("020", "want")),
        ("Kenyan police clashed with stone-throwing protesters in Kisumu.", ("175", "clash")),
        ("Britain warned its citizens against travel to Haiti.", ("160", "warn")),
        ("The Malian president declared a cessation of hostilities.", ("0871", "declare")),
        # Pressing is a demand; forcing into an act is coercion.
        ("Tanzania pressured Kenya into closing the border.", ("170", "pressure")),
        # An adjective the parser made a clause of its own still completes the pattern.
        ("The militia let free all forty hostages.", ("0841", "let")),
        # What something is blown up with says whose force it is: a military weapon is
        # conventional force (19x), as CAMEO's dictionary codes missiles and rockets.
        ("The patrol boat was blown up by a rocket near the harbour.", ("195", "blow")),
        ("The militia blew up the bridge with tank shells.", ("194", "blow")),
        ("The militia blew up the bridge.", ("183", "blow")),
        ("Chinese pressure on Vietnam grew over the summer.", ("100", "pressure")),
        ("The junta signed a border accord with the Liberian government.", ("057", "sign")),
        ("The two factions reached an accord on sharing the oil revenue.", ("030", "reach")),
        ("Paraguay withdrew from the fisheries accord.", ("160", "withdraw")),
        ("The Commonwealth suspended Fiji after the coup.", ("160", "suspend")),
        ("The regional bloc suspended Guinea's membership.", ("160", "suspend")),
        ("The king suspended parliament for a month.", ("1721", "suspend")),
        ("The mayor denied a building permit to the church.", ("120", "deny")),
        ("The governor denied the union's petition for a rally.", ("120", "deny")),
        # Paying for, funding and announcing aid give it; a food staple is humanitarian aid.
        ("India shipped wheat to Afghanistan.", ("073", "ship")),
        ("Eritrea funded the Somali insurgents.", ("071", "fund")),
        ("Norway paid 40 million dollars in flood aid to Chad.", ("071", "pay")),
        ("Sweden announced emergency aid for flood victims in Chad.", ("073", "announce")),
        # Funding rebuilding, evacuating or rescuing people, sending monitors and hosting refugees are aid.
        ("Kuwait financed the reconstruction of two bridges in Mosul.", ("071", "finance")),
        ("Greek helicopters evacuated the injured villagers and their children.", ("073", "evacuate")),
        ("A frigate completed the evacuation of foreign nationals from the port.", ("073", "evacuation")),
        ("A Maltese patrol boat rescued forty migrants near Lampedusa.", ("073", "rescue")),
        ("The African Union dispatched ceasefire monitors to the disputed district.", ("074", "dispatch")),
        ("Chad is hosting some 300,000 Sudanese refugees.", ("075", "host")),
        ("Small mountain villages sheltered the refugees through the winter.", ("075", "shelter")),
        ("Two army planes airlifted stranded citizens home from the island.", ("073", "airlift")),
        ("Iceland is welcoming a small group of refugees each year.", ("075", "welcome")),
        ("The flooded villages got tents and medicine from the Kenyan Red Cross.", ("073", "get")),
        ("Washington restored aid to the Honduran government in March.", ("070", "restore")),
        ("The donors resumed assistance after the vote.", ("070", "resume")),
        ("Tokyo handed over six patrol boats to the Philippine coast guard.", ("070", "hand")),
        # Investing in an actor is economic cooperation; cutting its funding is a sanction.
        ("A Qatari fund invested in Rwanda last year.", ("061", "invest")),
        ("The donors cut funding to the Haitian ministry.", ("1621", "cut")),
        ("Britain will boost its investment in Kenya.", ("061", "boost")),
        ("The Ghanaian president invited Turkish firms to invest in cocoa processing.", ("0211", "invite")),
        ("The regional bloc authorised the deployment of ceasefire observers.", ("074", "authorise")),
        ("Prosecutors dropped all charges against the striking dockers.", ("080", "drop")),
        ("The army loosened the curfew after a quiet week.", ("0813", "loosen")),
        # Trade, bases and joint drills are material cooperation; money put into an economy is aid.
        ("Vietnam exported rice to the Philippines.", ("061", "export")),
        ("Spain imports gas from Algeria.", ("061", "import")),
        ("Norway sold electricity to Denmark.", ("061", "sell")),
        ("Azerbaijan will ship gas to Italy.", ("061", "ship")),
        ("Bahrain hosts an American naval base.", ("062", "host")),
        ("Cyprus leased an airfield to the French air force.", ("062", "lease")),
        ("Chile and Peru held naval drills off Arica.", ("062", "hold")),
        ("The emirates injected three billion dollars into the Egyptian central bank.", ("071", "inject")),
        ("Kuwait deposited a billion dollars in the Jordanian central bank.", ("071", "deposit")),
        ("Beijing pumped fresh capital into the Laotian power company.", ("071", "pump")),
        ("The Ugandan vice president led a delegation to Kigali.", ("042", "lead")),
        ("The Maltese foreign minister headed a delegation to Tripoli.", ("042", "head")),
        # Criticism, rejection and denial in their idiomatic wordings.
        ("Lisbon blasted the Spanish government for the water cuts.", ("111", "blast")),
        ("The envoy rapped Pretoria over its silence.", ("111", "rap")),
        ("The senator poured scorn on the Kenyan plan.", ("111", "pour")),
        ("The ruling party will contest the verdict.", ("110", "contest")),
        ("The premier brushed off calls for early polls.", ("120", "brush")),
        ("The colonel shrugged off the charges of graft.", ("016", "shrug")),
        # Cooling relations: agreements annulled, talks put off or called off.
        ("Mauritania cancelled its fishing agreement with Senegal.", ("160", "cancel")),
        ("The junta annulled the mining accord with the Canadian company.", ("160", "annul")),
        ("Malawi terminated the visa treaty with Zambia.", ("160", "terminate")),
        ("Georgia postponed the border talks with Armenia.", ("160", "postpone")),
        ("The rebels delayed negotiations with the Congolese government.", ("160", "delay")),
        ("Seoul cancelled the military talks with Pyongyang.", ("164", "cancel")),
        ("Ecuador ended its cooperation with the Colombian border police.", ("160", "end")),
        ("Ghana recalled its high commissioner from Nigeria.", ("161", "recall")),
        ("Rome ordered the closure of the Libyan consulate in Milan.", ("161", "closure")),
        # "to four years" is no date of the sentencing: the pattern asks no "to".
        ("A military court in Lima sentenced the colonel to four years in prison.", ("116", "sentence")),
        # A compound names the kind of thing: a ceasefire agreement is a ceasefire (196), while a
        # trade agreement is only an agreement (128).
        ("The militia violated the ceasefire agreement twice overnight.", ("196", "violate")),
        ("The militia violated the Humanitarian Ceasefire Agreement at dawn.", ("196", "violate")),
        ("The junta violated the trade agreement with its neighbour.", ("128", "violate")),
        # A blocker's words are its own phrase: a deadline after "before" leaves the meeting a meeting.
        ("Kenya's foreign minister met Uganda's envoy before the deadline.", ("040", "meet")),
        # Condemning by calling or describing something as wrong.
        ("Oslo called the Latvian decision unacceptable.", ("111", "call")),
        # "Lodged stern representations", the formal protest of Chinese diplomatic usage.
        ("Beijing lodged stern representations with Canberra over the remarks.", ("114", "lodge")),
        ("Baku described the Armenian move as a provocation.", ("111", "describe")),
        ("The Lithuanian premier branded the pipeline deal a betrayal.", ("111", "brand")),
        # Cross-border fire, the plural "bases" (lemmatized "basis"), threats to storm or to launch an operation.
        ("Indian troops fired across the border overnight.", ("190", "fire")),
        ("Ethiopian jets hit two rebel bases.", ("190", "hit")),
        ("The militia threatened to storm the presidential palace.", ("1384", "threaten")),
        ("Ankara threatened to launch a ground operation against the militants.", ("1384", "threaten")),
        # Nouns of coercive acts whose lemma is not the verb's.
        ("Minsk ordered the expulsion of three Lithuanian diplomats.", ("161", "expulsion")),
        ("The junta ordered the deportation of the foreign reporters.", ("174", "deportation")),
        ("The regime's persecution of journalists worsened.", ("175", "persecution")),
        ("Gunmen carried out the kidnapping of a Nigerian pastor.", ("181", "kidnapping")),
        ("The army began the demolition of the village.", ("1712", "demolition")),
        ("The execution of four prisoners by the militia shocked the town.", ("1823", "execution")),
        ("The killing of two Malian herders by soldiers angered the village.", ("190", "killing")),
        ("The mass killings by the militia emptied the valley.", ("202", "killing")),
        ("Belarusian hackers launched cyberattacks on Lithuanian ministries.", ("190", "cyberattack")),
        # Material cooperation: joint programmes, resumed trade, military training, joint exercises.
        ("Chile and Argentina launched a joint programme to map the glaciers.", ("060", "launch")),
        ("Kenya set up a joint project with Uganda to protect the lake.", ("060", "set")),
        ("Ghana formed a joint venture with Togo to run the port.", ("061", "form")),
        ("Bolivia resumed gas exports to Brazil.", ("061", "resume")),
        ("Moldova restored trade with Romania after the dispute.", ("061", "restore")),
        ("Britain sent military instructors to Ghana.", ("062", "send")),
        ("The European Union launched a training mission for Somali soldiers.", ("062", "launch")),
        ("Indian and French frigates held naval drills in the gulf.", ("062", "hold")),
        # Aid: gifts, funded projects, observers and peacekeepers, refugees taken in.
        ("India gifted two patrol boats to Mauritius.", ("070", "gift")),
        ("Norway funded a water project in Malawi.", ("071", "fund")),
        ("The regional bloc sent a monitoring mission to the disputed province.", ("074", "send")),
        ("Nigeria announced the deployment of 500 soldiers to Liberia as peacekeepers.", ("074", "announce")),
        ("Rwanda began the deployment of peacekeepers to the Central African Republic.", ("074", "deployment")),
        ("The Security Council authorized the deployment of a verification team to the border.", ("074", "authorize")),
        ("The council approved a peacekeeping force for the island.", ("074", "approve")),
        ("Canada resettled 2,000 asylum seekers from Kenya.", ("075", "resettle")),
        ("Ireland received 300 refugees from camps in Jordan.", ("075", "receive")),
        ("Belgium granted refugee status to the Syrian family.", ("075", "grant")),
        # Yielding: objections dropped, stolen things returned, visa rules eased; a pardon forgives (056).
        ("Turkey dropped its objection to the membership bid.", ("080", "drop")),
        ("The king granted a pardon to the jailed Australian blogger.", ("056", "grant")),
        ("Police returned the stolen tractors to the Hungarian embassy.", ("0842", "return")),
        ("France restituted 26 royal thrones to Benin.", ("0842", "restitute")),
        ("Vietnam repatriated 40 smuggled crocodiles to Cambodia.", ("0842", "repatriate")),
        ("India eased visa rules for Bangladeshi tourists.", ("081", "ease")),
        ("Chile eased entry rules for Argentine tourists.", ("081", "ease")),
        ("The government lifted the internet shutdown in the northern provinces.", ("0811", "lift")),
        # More aid: relief goods by name, more aid or funding for an actor, children taken in.
        ("Britain delivered oxygen cylinders to Nepal.", ("073", "deliver")),
        ("The agency supplied seeds and fertilizer to farmers in Malawi.", ("073", "supply")),
        ("Sweden doubled its aid to Afghanistan.", ("070", "double")),
        ("Japan increased funding for the UN refugee agency.", ("071", "increase")),
        ("Kenya opened its doors to Somali refugees.", ("075", "open")),
        ("Portugal took in 200 unaccompanied children from camps on Lesbos.", ("075", "take")),
        ("Japan's donation of ten ambulances to Laos was welcomed.", ("070", "donation")),
        ("Canada committed 40 million dollars for flood relief in Pakistan.", ("0331", "commit")),
        # Workers walking out strike; leading a ceremony is a symbolic act.
        ("Hundreds of Peruvian miners walked out on Tuesday.", ("143", "walk")),
        ("The Chilean president led a ceremony honouring the fallen firefighters.", ("017", "lead")),
        ("Bolivia granted relief agencies permission to deliver food to the flooded valley.", ("0863", "grant")),
        ("Uruguayan soldiers served as a peacekeeping force on the island.", ("074", "serve")),
        ("Norway intervened militarily in the fictional republic of Zembla.", ("190", "intervene")),
        ("Danish funding supported 40 clinics in rural Malawi.", ("070", "support")),
        ("Armenian gunners fired across the line of contact at Azerbaijani posts.", ("190", "fire")),
        ("Colombia granted residency to thousands of Venezuelan migrants.", ("075", "grant")),
        ("The United States extended temporary protected status for Haitians.", ("075", "extend")),
        ("Germany issued humanitarian visas to 500 Afghans.", ("075", "issue")),
        # Observers and peacekeepers invited, accepted or agreed to.
        ("Belarus invited OSCE observers to monitor the election.", ("0862", "invite")),
        ("Venezuela accepted an EU electoral observation mission.", ("0862", "accept")),
        ("Sudan agreed to the deployment of African Union peacekeepers.", ("0861", "agree")),
        ("Georgia consented to the deployment of EU monitors along the boundary.", ("0862", "consent")),
        # The lifting of a restriction, announced or said with whoever lifts it.
        ("Britain announced the lifting of its travel ban on Kenya.", ("081", "announce")),
        ("Chile announced the easing of sanctions on Venezuela.", ("085", "announce")),
        ("Brazil's lifting of the import ban angered farmers.", ("081", "lifting")),
        # Cooperation told with a light verb, a noun or a vehicle, and aid given by name.
        ("The Kenyan foreign minister led a delegation on a two-day visit to Ghana.", ("042", "lead")),
        ("The Netherlands gave training to Malian soldiers.", ("062", "give")),
        ("Norway provided counterterrorism training to the coast guard.", ("062", "provide")),
        ("The embassy handed over twelve trucks at a ceremony in the capital.", ("070", "hand")),
        ("The bank made a loan of 40 million dollars to the Kenyan treasury.", ("071", "loan")),
        ("Japan's loan to Sri Lanka was signed in Colombo.", ("071", "loan")),
        ("Poland provided Ukraine with anti-aircraft missiles.", ("072", "provide")),
        ("Soldiers evacuated villagers from the flooded valley.", ("073", "evacuate")),
        ("Oman dispatched food and tents to Yemen.", ("073", "dispatch")),
        ("Egypt dispatched humanitarian aid to the border camps.", ("073", "dispatch")),
        ("Brazil dispatched aid to Bolivia.", ("070", "dispatch")),
        ("Ghanaian peacekeepers deployed to the border region last week.", ("074", "deploy")),
        ("The last French troops left Mali in August.", ("0874", "leave")),
        ("Ghana returned the seized boats to Togo.", ("0842", "return")),
        ("The rebels handed over three army bases to the government.", ("0842", "hand")),
        ("Kuwait offered a loan to Jordan.", ("0331", "offer")),
        ("Tunisia secured a loan from the World Bank.", ("071", "secure")),
        # Handovers, deliveries, shipments, sales and reopenings told as nouns.
        ("Tanzania completed the handover of the seized boats to Malawi.", ("0842", "handover")),
        ("Ukraine announced the handover of twenty prisoners to Russia.", ("0841", "handover")),
        ("The junta completed the handover of power to a civilian cabinet.", ("0831", "handover")),
        ("Canada announced the delivery of 500 tents to Turkey.", ("073", "delivery")),
        ("The delivery of aid by Qatar reached the camps.", ("070", "delivery")),
        ("Poland announced the delivery of tanks to Ukraine.", ("072", "delivery")),
        ("Sweden's shipment of medicine reached the clinics on Tuesday.", ("073", "shipment")),
        ("Germany approved the sale of submarines to Egypt.", ("062", "approve")),
        ("Jordan ordered the reopening of the northern crossing.", ("0872", "reopening")),
        ("Peru ordered the reopening of its border with Chile.", ("081", "reopening")),
        ("Qatar announced the reopening of its embassy in Damascus.", ("054", "reopening")),
        # Support given in money, goods or arms, or for rebuilding, is aid.
        ("Kuwait supported Jordan with 300 million dollars.", ("071", "support")),
        ("Turkey backed the Libyan government with drones.", ("072", "back")),
        ("Algeria supported the camps with flour and blankets.", ("073", "support")),
        ("The EU provided support for the rebuilding of clinics in Mosul.", ("070", "provide")),
        ("The Kenyan government granted the union permission to stage a march.", ("0811", "grant")),
        # Drilling and training together, and joint bodies set up together.
        ("Australia joined Indonesia in a naval drill off Bali.", ("062", "join")),
        ("Greek and Egyptian warships drilled together in the Mediterranean.", ("062", "drill")),
        ("Dutch marines trained alongside the Norwegian navy.", ("062", "train")),
        ("Chad and Niger set up a joint security committee.", ("060", "set")),
        ("Greece allowed the refugees to disembark in Piraeus.", ("075", "allow")),
        ("The agency relocated 300 refugees from Malta.", ("075", "relocate")),
        # Recognition and restored or normalised ties, also told as nouns.
        ("Ghana recognized Kosovo in 2012.", ("054", "recognize")),
        ("Ghana announced the recognition of Kosovo.", ("054", "recognition")),
        ("Qatar and Egypt announced the restoration of diplomatic ties.", ("054", "restoration")),
        ("Chad and Sudan normalized relations last year.", ("054", "normalize")),
        # Calling or describing an act by a reproach condemns it.
        ("The Malian opposition called the court ruling a travesty.", ("111", "call")),
        ("Ghana described the ambush on its convoy as barbaric.", ("111", "describe")),
        ("The Zambian opposition called the Malawian vote count fraudulent.", ("111", "call")),
        ("Lesotho called the South African border levy unfair.", ("111", "call")),
        ("The Fijian chiefs described the Tongan fishing quotas as unjust.", ("111", "describe")),
        ("Nepal described the Indian visa rules as discriminatory.", ("111", "describe")),
        # Verbs of reproach, and reproach told through a preposition or an idiom.
        ("The Gabonese bishops admonished the Cameroonian junta over the detentions.", ("111", "admonish")),
        ("Senegal's president upbraided Mali's envoy.", ("111", "upbraid")),
        ("The Togolese opposition denigrated the Beninese prime minister.", ("111", "denigrate")),
        ("The Malian leader maligned the French army.", ("111", "malign")),
        ("Ghana impugned the motives of the Ivorian negotiators.", ("111", "impugn")),
        ("The Zambian press pilloried the Malawian president.", ("111", "pillory")),
        ("Kenyan officials demonized the Somali refugees.", ("111", "demonize")),
        ("The Liberian senator demonised the Guinean traders.", ("111", "demonise")),
        ("Niger reproached Chad for the border closure.", ("111", "reproach")),
        ("The Gabonese minister slandered the Congolese mediator.", ("111", "slander")),
        ("The Tanzanian report faulted Ugandan police for the deaths.", ("111", "fault")),
        ("The Ghanaian ambassador remonstrated with Togolese officials.", ("111", "remonstrate")),
        ("The Nigerian minister scoffed at the Cameroonian proposal.", ("111", "scoff")),
        ("The Chadian opposition leader railed against the Sudanese militias.", ("111", "rail")),
        ("Malawi's bishops inveighed against the Zambian government.", ("111", "inveigh")),
        ("The Kenyan archbishop spoke out against the Ugandan crackdown.", ("111", "speak")),
        ("The Peruvian senator took the Chilean ambassador to task.", ("111", "take")),
        ("Bolivia frowned upon the Peruvian decision.", ("110", "frown")),
    ],
)
def test_sentence_is_coded(nlp: Language, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in codes_found(nlp, sentence)


def test_building_for_an_actor_and_spending_on_aid_are_giving_aid(nlp: Language) -> None:
    assert ("070", "build") in codes_found(nlp, "Qatar built 400 homes for Syrian refugees in Jordan.")
    assert ("070", "construct") in codes_found(nlp, "The Turkish government constructed two schools for Somali children.")
    assert ("070", "spend") in codes_found(nlp, "Norway spent $40 million on relief for Haitian flood victims.")
    assert ("070", "spend") in codes_found(nlp, "Sweden spent 2 billion kronor on helping Afghan refugees.")
    # Building for no actor, and spending on anything but aid, give nothing.
    assert codes_found(nlp, "The carmaker built a new plant for its electric models.") == []
    assert codes_found(nlp, "The club spent 50 million euros on two new strikers.") == []


def test_resources_expertise_and_experts_given_to_an_actor_are_aid(nlp: Language) -> None:
    assert ("070", "send") in codes_found(nlp, "Sweden sent flood experts to Malawi.")
    assert ("070", "provide") in codes_found(nlp, "Germany provided its expertise to the Kenyan police.")
    assert ("033", "offer") in codes_found(nlp, "Canada offered technical experts to the Ecuadorian government.")
    assert codes_found(nlp, "The coach gave his expertise to the young players.") == []


def test_letting_a_sanction_lapse_eases_it(nlp: Language) -> None:
    assert ("085", "extend") in codes_found(nlp, "The Security Council failed to extend the sanctions on Eritrea.")
    assert ("085", "let") in codes_found(nlp, "The European Union let its sanctions on Belarus expire.")
    assert codes_found(nlp, "The council failed to renew the contract of its chief executive.") == []


def test_serving_in_or_sending_troops_to_a_un_mission_is_peacekeeping(nlp: Language) -> None:
    assert ("074", "serve") in codes_found(nlp, "Nepalese soldiers served with the UN mission in Lebanon.")
    assert ("074", "serve") in codes_found(nlp, "Fijian soldiers have served as peacekeepers in Sinai since 1982.")
    assert ("074", "contribute") in codes_found(nlp, "Uruguay contributed 900 troops to the UN mission in Congo.")
    assert codes_found(nlp, "The Brazilian general served in the army for thirty years.") == []


def test_defending_an_institution_or_a_system_is_defending_it_verbally(nlp: Language) -> None:
    assert ("052", "defend") in codes_found(nlp, "The Peruvian interior minister defended Peru's prison system.")
    assert ("052", "defend") in codes_found(nlp, "The chief justice defended the judiciary against the attacks.")
    assert codes_found(nlp, "Kenyan soldiers defended the town against the rebels.") == []


def test_target_of_a_threat_is_the_object_of_the_threatened_act(nlp: Language) -> None:
    doc = nlp("North Korea threatened to attack Seoul.")
    [match] = select_matches(next(iter(doc.sents)), Lexicon.default(), DocumentActors(doc, ActorBase.default()))
    assert (match.entry.cameo, match.target.text if match.target is not None else None) == ("1384", "Seoul")


def test_a_deployment_approved_for_a_country_targets_that_country(nlp: Language) -> None:
    doc = nlp("The Security Council approved the deployment of peacekeepers to Burundi.")
    [match] = select_matches(next(iter(doc.sents)), Lexicon.default(), DocumentActors(doc, ActorBase.default()))
    assert (match.entry.cameo, match.target.text if match.target is not None else None) == ("074", "Burundi")


def test_what_is_seized_from_someone_is_taken_from_them(nlp: Language) -> None:
    doc = nlp("Thai troops seized weapons from Cambodian smugglers.")
    [match] = select_matches(next(iter(doc.sents)), Lexicon.default(), DocumentActors(doc, ActorBase.default()))
    assert (match.entry.cameo, match.target.text if match.target is not None else None) == ("171", "smugglers")


def test_the_country_a_fugitive_is_extradited_to_is_the_partner(nlp: Language) -> None:
    doc = nlp("Chile extradited the fugitive financier to Peru.")
    [match] = select_matches(next(iter(doc.sents)), Lexicon.default(), DocumentActors(doc, ActorBase.default()))
    assert (match.entry.cameo, match.target.text if match.target is not None else None) == ("063", "Peru")


def test_a_suspension_of_aid_targets_whom_the_aid_was_for(nlp: Language) -> None:
    doc = nlp("Oslo ordered a suspension of its aid to Burundi.")
    matches = select_matches(next(iter(doc.sents)), Lexicon.default(), DocumentActors(doc, ActorBase.default()))
    assert [(m.entry.cameo, m.target.text) for m in matches if m.target is not None] == [("162", "Burundi")]


def test_condemning_an_attack_is_not_an_attack(nlp: Language) -> None:
    assert codes_found(nlp, "Israel condemned the attack on its embassy.") == [("111", "condemn")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Real Madrid beat Barcelona 2-1 in the final on Sunday.",
        "Heavy rain and strong winds are expected across the north of the country on Tuesday.",
        "A powerful storm hit the coast on Monday, bringing down trees and power lines.",
        "Inflation rose to 3 percent in March as fuel prices increased.",
        "Thousands of fans took to the stadium to watch the final.",
    ],
)
def test_sports_weather_and_economy_code_no_event(nlp: Language, sentence: str) -> None:
    assert codes_found(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Water bombing by helicopters slowed the forest fire near the village.",
        "The cargo plane overran the runway during a storm.",
        "The minister was released from hospital on Friday.",
        "The new Kenyan ambassador hails from a family of farmers.",
        "The Kenyan envoy struck a conciliatory tone towards Uganda.",
        "Kenyan television cameras captured the arrival of the Ugandan president.",
        "The new rules helped reduce queues at the border.",
        "The Kenyan firm met every requirement of the tender.",
        "The displaced farmers returned to their land after the floods.",
        "The banker committed a two million dollar fraud.",
        "The soldiers returned to their bases at dawn.",
        "Two police officers arrived at the farm an hour later.",
        "A Kenyan army convoy arrived in Uganda.",
        "The students drilled together before the exam.",
        "The engineers drilled with new equipment.",
        "The council recognized the scale of the problem.",
    ],
)
def test_firefighting_aviation_hospital_and_idiomatic_phrases_code_no_event(nlp: Language, sentence: str) -> None:
    assert codes_found(nlp, sentence) == []


def test_support_given_in_votes_is_still_support(nlp: Language) -> None:
    """"support TARGET with" money is aid (071); a count of votes is no sum of money."""
    assert codes_found(nlp, "The senators supported the bill with two million votes.") == [("051", "support")]


def test_every_reproach_is_listed_for_calling_and_describing() -> None:
    """What a speaker reproaches by saying it is one (reproaches.tsv) condemns it also when called one."""
    listed = {pattern.split()[0]: set(pattern.split()[-1].split("|")) for _, code, pattern in lexicon_lines()
              if code == "111" and pattern.split()[:-1] in (["call"], ["describe", "as"])}
    assert set(listed) == {"call", "describe"}
    assert all(default_reproaches() <= words for words in listed.values())


def test_a_blocker_keeps_a_phrase_from_coding() -> None:
    """"war games" are exercises, not a war."""
    assert not any(event.cameo_root == "19" for event in code_text("Russian war games near the border alarmed Latvia."))


def test_refusal_codes_are_reject_codes_of_cooperative_actions() -> None:
    refusals = Lexicon.default().refusals
    assert refusals and all(code.startswith("12") for code in refusals.values())
    assert all("03" <= prefix[:2] <= "08" for prefix in refusals)


def test_words_before_the_trigger_are_written_before_a_star() -> None:
    (entry,) = parse_lexicon("112\tnot|never * allow TARGET\n", "before.tsv")
    assert (entry.trigger, entry.before, entry.words) == ("allow", (frozenset({"not", "never"}),), (TARGET,))
    assert entry.specificity == 1, "a word before the trigger makes the pattern as specific as one after it"
    for bad in ("* allow", "TARGET * allow", "not * allow * visit", "not *"):
        with pytest.raises(ValueError, match="before.tsv:1"):
            parse_lexicon(f"112\t{bad}\n", "before.tsv")


def test_a_noun_of_an_act_on_people_needs_its_of_phrase_and_people(nlp: Language) -> None:
    # A possessive alone names whom the act befell; animals killed are no one.
    assert not any(code == "181" for code, _ in codes_found(nlp, "The reporter's kidnapping shocked the country."))
    assert not any(code == "190" for code, _ in codes_found(nlp, "The ministry ordered the killing of the infected cattle."))


def test_standing_words_list_every_kind_and_reject_bad_lines() -> None:
    """standing_words.tsv gives words of every kind, each a lemma in lower case; a bad line is named."""
    words = default_standing_words()
    assert set(words) == STANDING_KINDS and all(words[kind] for kind in STANDING_KINDS)
    with pytest.raises(ValueError, match="standing.tsv:2"):
        parse_standing_words("kind\tword\nfeeling\tangry\n", "standing.tsv")
    with pytest.raises(ValueError, match="standing.tsv:2"):
        parse_standing_words("kind\tword\nwar\tWar\n", "standing.tsv")



def test_standing_words_are_single_words_listed_once() -> None:
    """Each word is one word (letters, a hyphen inside: "long-running") and is listed once in its kind."""
    text = files("newsevents.events").joinpath("data/standing_words.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)?", word) for _, word in rows), rows
    assert len(rows) == len({tuple(row) for row in rows})


def test_private_sectors_are_known_sectors_of_every_kind_and_bad_lines_are_named() -> None:
    """private_sectors.tsv gives sectors that sectors.tsv assigns, with a kind each, every kind used."""
    private = default_private_sectors()
    assert set(private.values()) == PRIVATE_KINDS
    sector_rows = files("newsevents.actors").joinpath("data/sectors.tsv").read_text("utf-8").splitlines()
    known = {line.split("\t")[1] for line in sector_rows if line and not line.startswith("#")}
    assert set(private) <= known
    with pytest.raises(ValueError, match="private.tsv:2"):
        parse_private_sectors("sector\tkind\nBUS\tfirm\n", "private.tsv")
    with pytest.raises(ValueError, match="private.tsv:3"):
        parse_private_sectors("sector\tkind\nBUS\tcompany\nBUS\tperson\n", "private.tsv")


def test_road_vehicles_give_every_kind_and_bad_lines_are_named() -> None:
    """road_vehicles.tsv gives vehicles and drivers, lemmas in lower case, no aircraft (which strike)."""
    vehicles = default_road_vehicles()
    assert set(vehicles.values()) == VEHICLE_KINDS
    assert not {"plane", "jet", "aircraft", "helicopter", "drone"} & set(vehicles)
    with pytest.raises(ValueError, match="vehicles.tsv:2"):
        parse_road_vehicles("word\tkind\nCar\tvehicle\n", "vehicles.tsv")
    with pytest.raises(ValueError, match="vehicles.tsv:2"):
        parse_road_vehicles("word\tkind\ncar\tboat\n", "vehicles.tsv")


def test_relatives_are_single_lower_case_words_listed_once() -> None:
    """relatives.tsv lists kinship lemmas, one a line, each once."""
    text = files("newsevents.events").joinpath("data/relatives.tsv").read_text("utf-8")
    words = [line for line in text.splitlines() if line and not line.startswith("#")][1:]  # after the header
    assert words and len(words) == len(set(words)) == len(default_relatives())
    assert all(word == word.lower() and " " not in word and "\t" not in word for word in words)


def test_space_words_give_every_kind_single_words_and_no_arms() -> None:
    """space_words.tsv gives crafts, bodies and places, one lowercase word each (tokens are
    matched one by one), and no rocket or missile, which are also arms."""
    words = default_space_words()
    assert set(words.values()) == SPACE_KINDS
    assert all(" " not in word for word in words)
    assert not {"rocket", "missile"} & set(words)
    with pytest.raises(ValueError, match="space.tsv:2"):
        parse_space_words("word\tkind\nmoon\tplanet\n", "space.tsv")


def test_every_word_kind_is_defined_and_used() -> None:
    """Every `@kind` a pattern names is in word_kinds.tsv, and every kind there is named by a
    pattern or read by the extractor; its words are single lower-case words listed once."""
    kinds = default_word_kinds()
    named = {kind for _, _, pattern in lexicon_lines() for kind in pattern_kinds(pattern)}
    assert named <= set(kinds), named - set(kinds)
    assert set(kinds) == named | EXTRACTOR_KINDS, set(kinds) - named - EXTRACTOR_KINDS
    text = files("newsevents.events").joinpath("data/word_kinds.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    assert all(re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", word) for _, word in rows), rows
    assert len(rows) == len({tuple(row) for row in rows})


def test_a_bad_word_kind_line_or_an_unknown_kind_is_named() -> None:
    with pytest.raises(ValueError, match="kinds.tsv:2"):
        parse_word_kinds("kind\tword\nidea\tBig Idea\n", "kinds.tsv")
    with pytest.raises(ValueError, match="kinds.lex:1.*unknown word kind"):
        parse_lexicon("111\tattack @notion\n", "kinds.lex", kinds={"idea": frozenset({"plan"})})
    with pytest.raises(ValueError, match="kinds.lex:1"):
        parse_lexicon("111\t@idea attack\n", "kinds.lex", kinds={"idea": frozenset({"plan"})})


def test_a_kind_in_a_pattern_accepts_each_of_its_words() -> None:
    (entry,) = parse_lexicon("111\tattack @idea|speech\n", "kinds.lex", kinds={"idea": frozenset({"plan", "theory"})})
    assert entry.words == (frozenset({"plan", "theory", "speech"}),)


def test_attacking_an_idea_is_criticising_it(nlp: Language) -> None:
    assert ("111", "attack") in codes_found(nlp, "The Kenyan senator attacked the theory behind the new tax.")
    assert ("111", "attack") in codes_found(nlp, "The Ugandan opposition attacked the culture of impunity in the police.")
    # Attacking a place or people is still an assault.
    assert ("190", "attack") in codes_found(nlp, "Kenyan troops attacked a Somali militant camp.")


def test_visiting_or_attending_a_protest_is_taking_part_in_it(nlp: Language) -> None:
    assert ("141", "visit") in codes_found(nlp, "The Malawian president visited a protest outside the parliament.")
    assert ("141", "attend") in codes_found(nlp, "The Ghanaian opposition leader attended a rally against the election.")
    assert ("141", "hold") in codes_found(nlp, "Kenyan teachers held a sit-in outside the ministry.")
    # Visiting a place is still a visit.
    assert ("042", "visit") in codes_found(nlp, "The Malawian president visited Zambia.")
