"""Find events in a parsed sentence: trigger, pattern, source and target actors.

The extractor walks spaCy dependency parses. For every token whose lemma starts a
lexicon pattern it tries that pattern against the token's dependents, keeps the
most specific match, then finds the actors: the subject (or the passive agent)
as source, the pattern's TARGET slot (or the passive subject) as target.
Coordinated actors give one event per pair; reciprocal patterns with coordinated
subjects ("A and B met") give both directions. Each match is marked negated,
hypothetical (modal verb, conditional, question) or reported (inside what a
speaker said) from the syntax around its trigger.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsevents.actors.knowledge import SPONSOR_WORDS, STATE_ORGAN_SECTORS
from newsevents.actors.mentions import DIPLOMAT_NOUNS, NON_PERSON_ENTITIES, names_origin
from newsevents.events.lexicon import (
    TARGET, Lexicon, LexiconEntry, default_private_sectors, default_relatives, default_reproaches,
    default_road_vehicles, default_space_words, default_standing_words, default_word_kinds)
from newsevents.nlp import child_with
from newsevents.records import ActorMention

if TYPE_CHECKING:
    from newsevents.actors import DocumentActors

# Dependents searched for pattern words: the verb's own phrase, not other clauses.
FRAME_DEPS = frozenset(
    {"prt", "prep", "pobj", "dobj", "dative", "xcomp", "attr", "oprd", "acomp", "compound", "amod", "aux", "agent", "pcomp", "nmod", "advmod"}
)
FRAME_DEPTH = 4
SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
MODALS = frozenset({"could", "would", "might", "may", "should", "must", "can"})
OBLIGATION_MODALS = frozenset({"must", "should"})
# Verbs of obligation whose infinitive, in the present, is only owed as "must" is: "has to
# withdraw", "need to release" (not "had to withdraw", which tells that it was done).
OBLIGATION_VERBS = frozenset({"have", "need"})
STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "determine", "engage", "involve", "concern", "dedicate"})
DECLINE_COMMENT = "011"
# The years a four-digit number before an event noun is read as.
YEARS = (1800, 2100)
DEMAND = "100"
RELEASE_PEOPLE = "0841"
CRITICIZE = "111"
ACCUSE = "112"
REFUSE = "120"
# Saying that an actor is responsible or guilty is accusing it ("said Hamas is responsible for the escalation").
BLAME_ADJECTIVES = frozenset({"responsible", "guilty", "culpable"})
CLAIM_RESPONSIBILITY = "015"
SYMPATHY = "018"
# Acts about an incident rather than aimed at someone: sympathy with its sufferers, a claim of
# responsibility for it. Named no one, they are about the country where it took place.
INCIDENT_ACT_CODES = (CLAIM_RESPONSIBILITY, SYMPATHY)
# The prepositions that name the incident such an act is about ("sorrow over the floods").
INCIDENT_PREPOSITIONS = frozenset({"for", "over", "after", "following", "about"})
# Punishments aimed at whoever did what they are over: reducing relations and sanctions (16),
# restrictions (172) and expulsions (174): "imposed sanctions over Iran's nuclear program" -> IRN.
PUNISHMENT_CODES = ("16", "172", "174")
# The preposition that names what a punishment is over.
REASON_PREPOSITION = "over"
# The phrases an incident's place is looked for in: its prepositions and their objects, and a
# participle describing it ("an attack targeting shoppers at a market in X").
INCIDENT_PHRASE_DEPS = frozenset({"prep", "pobj", "acl"})
# Verbs of saying with which a speaker tells of an act of its own as a claim: "the rebels
# claimed they had shelled the base" claims responsibility for the shelling.
CLAIM_VERBS = frozenset({"claim"})
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "wo"})
# "can", and "ca" of "can't": a present "cannot" declares a refusal as "will not" does.
PRESENT_ABILITY = frozenset({"can", "ca"})
# Auxiliaries that state an intent or a refusal rather than a possibility, once the act is
# coded as that intent or refusal.
DECLARING_AUXILIARIES = FUTURE_AUXILIARIES | PRESENT_ABILITY
# What a clause of agreeing must hold to be a decision rather than a shared view.
DECISION_AUXILIARIES = FUTURE_AUXILIARIES | OBLIGATION_MODALS
# Words that announce the action in their complement: "plans to visit", "ready to send". spaCy
# lemmatizes "hopes", "hoped" and "hoping" as "hop", which is listed beside "hope".
INTENT_HEADS = frozenset(
    {"plan", "intend", "promise", "pledge", "vow", "offer", "prepare", "aim", "expect", "want", "hope", "hop", "seek",
     "agree", "ready", "willing", "prepared", "determined", "set", "due", "schedule", "try", "attempt"}
)
ATTEMPT_HEADS = frozenset({"try", "attempt"})
# Nouns whose infinitive is an act announced, not done: "a plan to withdraw", "its pledge to release".
INTENT_NOUNS = frozenset({"plan", "promise", "pledge", "vow", "offer", "intention", "commitment", "readiness", "willingness"})
# Participles giving the writer's reading of why someone acts: "flew to Beijing, seeking to mend ties".
MOTIVE_PARTICIPLES = frozenset({"seek", "hope", "hop", "aim", "want", "intend", "look"})
# Verbs whose complement someone else is let, asked or told to do, which says nothing of its
# being done: "the law would allow the army to ban protests", "wants Putin to attack X".
UNDONE_COMPLEMENT_HEADS = frozenset(
    {"allow", "permit", "let", "enable", "authorize", "authorise", "empower", "entitle", "want", "wish", "ask",
     "urge", "call", "press", "push", "pressure", "encourage", "invite", "order", "tell", "expect", "advise",
     "request", "appeal", "demand", "instruct", "direct", "beg", "challenge", "persuade", "convince",
     "mandate", "task", "assign", "need", "require", "warn", "caution"}
)
# Nouns whose infinitive is an act someone is let or entitled to do, which says nothing of its
# being done: "granted the opposition permission to hold a rally", "the right to protest".
PERMISSION_NOUNS = frozenset({"permission", "approval", "authorization", "authorisation", "licence", "license",
                              "clearance", "right"})
# Verbs whose "with" gerund is a duty given, not an act done: "a unit tasked with investigating
# fraud" (not "pressed on with building the wall").
MANDATE_HEADS = frozenset({"mandate", "task", "assign", "entrust"})
# Of those, the verbs whose tensed complement is information, not an order ("told X it will leave",
# "warned X that Y had moved troops").
TELLING_HEADS = frozenset({"tell", "advise", "persuade", "convince", "warn", "caution"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Verbs whose object is whom a tensed complement is told to: "warned Hamas that Israel will respond".
ADDRESSING_VERBS = TELLING_HEADS | {"warn", "inform", "assure", "notify", "remind", "caution", "reassure"}
# Nouns whose "that" clause is what is told to their addressee: "a message to Hamas that ...".
MESSAGE_NOUNS = frozenset({"message", "warning", "signal", "word", "assurance", "reminder"})
# Announced acts that are aimed at whom they are announced to: a threat, a promise, a refusal.
TOLD_ACT_ROOTS = frozenset({"03", "12", "13"})
# Prepositions of a noun of asking that name whom it asks: "pressure on X", "an appeal to X", "a call for X".
ASKED_PREPOSITIONS = frozenset({"on", "upon", "to", "for"})
# Prepositions by which a verb of asking names whom it asks: "called on X", "prevailed upon X";
# and "to" after "appeal" ("appealed to X"), which after "call" names whom one talks to ("called
# in to a radio show to say ...").
ADDRESSEE_PREPOSITIONS = frozenset({"on", "upon"})
APPEAL_VERB = "appeal"
# Verbs of asking whose bare infinitive, with no one named as asked, is asked of unnamed others:
# "Amnesty urged on Friday to free them" (not "asked to join", "demanded to see", which the
# subject wants to do itself).
UNNAMED_ADDRESSEE_HEADS = frozenset({"call", "urge", "appeal"})
# Verbs that take a recipient and a thing given, and no tensed clause: "granted X access".
GIVING_VERBS = frozenset({"give", "grant", "offer", "allow", "permit", "deny", "afford", "award"})
# Spans of time a verb of giving gives as a deadline: "gave Uganda 48 hours to withdraw" (not
# months or years, more often a grace period than an ultimatum: "gave Peru five years to repay").
TIME_SPAN_NOUNS = frozenset({"minute", "hour", "day", "week"})
DEADLINE_PREPOSITIONS = frozenset({"until", "till"})
# Verbs whose object does what their infinitive says: "forced Ukraine to withdraw", "prompting
# Israel to respond"; after other verbs an infinitive is the subject's purpose ("summoned the
# ambassador to complain").
OBJECT_CONTROL_HEADS = UNDONE_COMPLEMENT_HEADS | {"force", "compel", "oblige", "help", "prompt", "cause", "lead", "get"}
CONDITIONAL_MARKERS = frozenset({"if", "unless"})
# Verbs whose gerund names an act kept from happening: "the law forbids criticizing the king",
# "refrained from criticizing Uganda", "banned Kenya from expelling the diplomats".
AVOIDED_ACT_HEADS = frozenset({"forbid", "prohibit", "ban", "outlaw", "bar", "prevent", "avoid", "refrain", "abstain", "deter", "dissuade"})
# Verbs of liking, favouring or proposing whose gerund is an act wanted, not done: "favored
# prosecuting banks", "likes dropping bombs", "proposed holding talks".
PROPOSED_ACT_HEADS = frozenset({"like", "love", "enjoy", "favor", "favour", "prefer", "advocate", "propose",
                                "suggest", "recommend", "support", "oppose", "urge"})
# Verbs whose subject, an act of force, lands on their object: "airstrikes hit a market".
IMPACT_VERBS = frozenset({"hit", "strike", "target", "destroy", "damage", "flatten", "level", "pound", "rock"})
# Verbs and nouns whose object, whose "of" phrase or whose clause is an act only foreseen,
# feared, hoped for or imagined: "fear a war between A and B", "simulated an invasion", "the
# prospect of an attack", "hopes that Kenya will send food" (spaCy lemmatizes "hopes" as "hop").
FORESEEING_WORDS = frozenset(
    {"fear", "hope", "hop", "wish", "predict", "imagine", "envisage", "envision", "foresee", "simulate", "anticipate", "forecast", "expect",
     "dread", "risk", "prospect", "possibility", "likelihood", "spectre", "specter", "scenario", "danger", "simulation"}
)
# Clauses that tell no fact: an open question ("did not say whether Kenya had expelled the
# diplomats") and a wish ("called for NATO members to increase spending").
IRREALIS_MARKERS = frozenset({"whether", "for"})
PROTEST_ROOT = "14"
# A plain appeal for a protest or for opposition to someone rallies opposition against them, as
# CAMEO's verb dictionary codes it (CALL ON ^ DEMONSTRATE AGAINST [113]).
APPEAL = "020"
RALLY_OPPOSITION = "113"
# Appeals, demands and disapproval: a protest's own demand or criticism is part of the protest
# (the PLOVER codebook files "protests making requests" and "protests expressing disapproval"
# under PROTEST only).
PROTEST_CLAIM_ROOTS = ("02", "10", "11")
# CAMEO roots of conventional military force and mass violence: a nation that fights is its military.
WARFARE_ROOTS = frozenset({"19", "20"})
THREATEN_ROOT = "13"
THREATEN_PROTEST = "133"
PESSIMISTIC_COMMENT = "012"
WARNED_OF_PREPOSITIONS = frozenset({"of", "about"})
# Modals of what only may happen: "warned the virus could spread" foresees, no one threatens.
POSSIBILITY_MODALS = frozenset({"could", "may", "might"})
# Verbs of warning that, with an infinitive, may only advise: "warned residents to stay indoors".
ADVISING_VERBS = frozenset({"warn", "caution"})
EMERGENCY = "1724"
# Adverbs that make a statement a guess: "Erdogan likely sought to ...".
SPECULATION_ADVERBS = frozenset({"likely", "probably", "possibly", "perhaps", "maybe", "presumably"})
# A habit or a standing stance is no dated act: "G7 meetings usually center on politics", "the
# federation has always condemned violence".
HABITUAL_ADVERBS = frozenset({"usually", "typically", "generally", "normally", "traditionally", "customarily",
                              "often", "rarely", "seldom", "always"})
# Verbs of stance, which in the simple present tell a position held, not a dated act ("the party
# opposes abortion", "Norway supports the bid", "the rebels are backed by Iran"), when they code
# support (05) or disapproval (11).
STANCE_VERBS = frozenset({"support", "oppose", "favor", "favour", "back"})
STANCE_ROOTS = ("05", "11")
# Verbs of stance whose gerund object is a kind of act taken generically, a cause: "did not
# support voting twice", "endorsed using happiness as the measure".
CAUSE_STANCE_VERBS = STANCE_VERBS | {"endorse"}
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Verbs that a subject is "under" a standing measure with ("is already under EU sanctions"; not
# "was placed under sanctions", which imposes them), and nouns whose "of" phrase is a measure it
# "is the subject of".
STATE_COPULAS = frozenset({"be", "remain", "stay"})
MEASURED_NOUNS = frozenset({"subject", "target"})
# Modals that, with the present, tell what a rule lets or makes someone do ("Under the law, the
# president can veto the bill").
RULE_MODALS = frozenset({"can", "may", "must", "shall"})
# A speaker telling its own stance ("'We oppose the sanctions,' the minister said") states it.
FIRST_PERSON = frozenset({"i", "we"})
# "almost killed", "nearly came to blows": the act did not happen.
NEAR_MISS_ADVERBS = frozenset({"almost", "nearly"})
# Nouns for people at large, and the words that leave them so ("many people", "some people").
ANYONE_NOUNS = frozenset({"people", "person", "someone", "somebody", "anyone", "anybody", "everyone", "everybody"})
ANYONE_QUANTIFIERS = frozenset({"many", "some", "few", "most", "several", "other", "more", "all", "ordinary"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Words that may open a clause before its imperative verb: "Please release them", "Don't attack".
IMPERATIVE_OPENERS = frozenset({"please", "do", "not", "n't", "never", "just", "now", "so", "and", "but"})
QUOTE_OPENERS = frozenset({'"', "'", "“", "‘", ":"})
# Words whose complement did not happen: "failed to reach a deal", "was unable to negotiate".
FAILURE_HEADS = frozenset({"fail", "unable"})
SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "state", "announce", "report", "claim", "insist", "note", "stress", "warn", "declare", "write", "allege"}
)
# Passive verbs that pass on what others say or think: "X is believed to have attacked".
HEARSAY_VERBS = frozenset({"believe", "think", "suspect", "allege", "rumor", "rumour", "understand", "know", "reckon"})
PASSIVE_REPORT_VERBS = SPEECH_VERBS | HEARSAY_VERBS
# Verbs whose prepositional gerund is only alleged, of their object: "accused Y of ignoring the
# law" (Y is said to have ignored it), "was charged with inciting violence"; also the grounds of
# a punishment or a criticism, told as background to it: "jailed Y for helping militants",
# "slammed Y for blocking the aid" (Y helped, Y blocked, before).
ALLEGATION_VERBS = frozenset({
    "accuse", "charge", "suspect", "indict", "blame", "arrest", "detain", "jail", "imprison", "sentence",
    "convict", "prosecute", "punish", "fine", "criticize", "criticise", "condemn", "denounce", "slam", "blast",
    "rap", "rebuke", "reprimand", "censure", "castigate", "lambast", "lambaste", "chide", "scold", "berate",
})
# Nouns whose "that" clause is only alleged: "denied charges that it tortured a priest".
ALLEGATION_NOUNS = frozenset({"charge", "allegation", "accusation", "claim", "rumor", "rumour", "suspicion", "speculation"})
# Nouns whose clause says what they hold, which the parser may read as a relative clause: "the
# demand that Peru withdraw", "its plan that troops stay", "charges that it tortured a priest".
CONTENT_NOUNS = UNDONE_COMPLEMENT_HEADS | INTENT_NOUNS | PERMISSION_NOUNS | ALLEGATION_NOUNS | MESSAGE_NOUNS
# Verbs of denial, whose clause ("denied that its troops attacked the town", "denied attacking
# it") or whose object's "that" clause ("dismissed reports that its troops shelled it") tells an
# act only alleged by others: the denier asserts nothing happened.
DENIAL_VERBS = frozenset({"deny", "refute", "rebut", "dispute", "dismiss", "reject", "contest"})
# Prepositions placing an actor's own thing somewhere: "its embassy in X", "their troops from X".
OWNED_PLACE_PREPOSITIONS = frozenset({"in", "to", "from"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Conjunctions the parser may read as prepositions, taking the subject of their clause for an object.
CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "as", "because", "while", "when"})
FINITE_AUXILIARY_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NAMED_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# Verbs that carry an event noun without adding meaning: "launched strikes", "held talks".
LIGHT_VERBS = frozenset(
    {"launch", "carry", "conduct", "stage", "stag", "hold", "mount", "make", "begin", "start", "continue", "resume",
     "intensify", "step", "escalate", "reach", "sign", "conclude", "declare", "order", "unleash", "open", "impose",
     "announce", "complete", "organize", "organise"}
)
# Verbs of approving: what their object names is the approver's decision, and a decision is
# the act ("approved the release of the prisoners", as "decided to release the prisoners").
APPROVAL_VERBS = frozenset({"approve", "authorize", "authorise", "adopt"})
# Nouns of a proposal put to a decision: once approved, their infinitive is the act decided
# ("adopted a plan to send troops"), not an aim only ("signed an agreement to promote trade").
PROPOSAL_NOUNS = frozenset({"plan", "proposal", "bill", "measure", "motion", "resolution", "decision", "request",
                            "scheme", "initiative", "programme", "program"})
# Verbs whose "in" phrase names the subject's own act: "engaged in fighting", "took part in talks".
TAKING_PART_VERBS = frozenset({"engage", "involve", "participate", "join"})
# Verbs whose object is a fellow doer of the act named in their phrase: "joined farmers in a
# protest" (unlike "engaged the rebels in a firefight", whose object is fought).
JOINING_VERBS = frozenset({"join"})
# Participles on a noun that make its cargo what is acted on: "a ship carrying food", "trucks laden with aid".
CARRYING_VERBS = frozenset({"carry", "load", "lade", "laden", "transport", "ferry"})
# Verbs of going whose "for" phrase names what the subject goes to do: "returned to Geneva for talks".
GOING_VERBS = frozenset({"come", "go", "return", "travel", "fly", "arrive", "head", "gather", "converge", "assemble", "leave"})
# Accidents, disasters and illness: what they kill or destroy is no actor's act ("were killed
# in the plane crash", "the earthquake destroyed the village").
NATURAL_HAZARD_NOUNS = frozenset({
    "earthquake", "quake", "tremor", "flood", "flooding", "storm", "hurricane", "typhoon", "cyclone", "tornado",
    "tsunami", "avalanche", "landslide", "mudslide", "eruption", "volcano", "wildfire", "bushfire", "lightning",
    "heatwave", "drought", "snowstorm", "blizzard", "rainfall",
})
MISHAP_NOUNS = NATURAL_HAZARD_NOUNS | frozenset({
    "accident", "crash", "collision", "derailment", "disease", "illness", "virus", "epidemic", "pandemic",
    "stampede", "famine", "starvation", "outbreak", "infection", "coronavirus", "covid", "covid-19", "sars",
    "sars-cov-2", "mers", "ebola", "cholera", "malaria", "measles", "influenza", "flu", "dengue", "tuberculosis",
    "plague", "polio", "typhoid", "hiv", "aids", "cancer",
})
# Impacts that are a collision when a road vehicle makes them (`is_collision`).
COLLISION_VERBS = frozenset({"hit", "strike"})
# What vehicles and buildings do in an accident: "were killed when the helicopter crashed".
MISHAP_VERBS = frozenset({"crash", "collide", "derail", "capsize", "overturn", "sink", "collapse", "roll", "plunge"})
# Conjunctions whose clause, set a stated time before the news, tells what led up to it.
BACKGROUND_MARKERS = frozenset({"after", "since"})
# Conjunctions of a clause that tells the time of the news by another act: "after rebels
# seized the town", "when the talks failed".
TIME_MARKERS = frozenset({"after", "before", "since", "until", "till", "when", "once", "as", "while", "whenever"})
# Adverbs that set an act before the news without dating it: "had previously opposed the plan",
# "have used force before" (not the preposition: "attacked before the talks").
EARLIER_ADVERBS = frozenset({"previously", "formerly", "before"})
# Adverbs that tell an act as the first stage of a change the text tells later: "Kenya initially
# denied the charges" (and admitted them since); dated at the article it would be told as new.
FIRST_STAGE_ADVERBS = frozenset({"initially", "originally"})
# Adverbs of a next step, which make a "first" act the first step of a sequence told as news.
NEXT_STEP_ADVERBS = frozenset({"then", "later", "afterwards", "afterward", "subsequently"})
# Adjectives that set an occasion before the news: "were injured in an earlier protest".
EARLIER_OCCASION_ADJECTIVES = frozenset({"earlier", "previous", "prior"})
# Event nouns that, in an "in" phrase, say why the subject acts as it does: "shut the city in protest".
MOTIVE_NOUNS = frozenset({"protest", "retaliation", "reprisal"})
# Nouns of giving that, as the means of a verb ("with", "through", "via", "in the form of"), are
# its subject's gift: "stepped up its support with a donation of $3 million to the Red Cross".
GIFT_NOUNS = frozenset({"donation", "contribution", "grant", "loan"})
MEANS_PREPOSITIONS = frozenset({"with", "through", "via"})
# Prepositions that point at whom an action is aimed when the pattern names no target.
TARGET_PREPOSITIONS = frozenset({"against", "with", "on", "to", "toward", "towards", "upon"})
# On an event noun, the prepositions that point at whom it is aimed ("bans against X", "pressure on X").
NOUN_TARGET_PREPOSITIONS = frozenset({"against", "on", "upon", "toward", "towards"})
# On a verb, "between" also names whom it acts on, both sides: "mediate between A and B".
VERB_TARGET_PREPOSITIONS = TARGET_PREPOSITIONS | {"between"}
# Whom a statement is addressed to: "said to X", "spoke with X" (not "on the sidelines of X").
ADDRESS_PREPOSITIONS = frozenset({"to", "with"})
# Prepositions that name the other parties of a pact, union or war ("the pact with Uganda").
PARTNER_PREPOSITIONS = frozenset({"with", "between"})
# What is considered, appealed for, intended, demanded, refused or threatened has not happened:
# "demanded that the US cancel its plans" codes the demand, not a cancellation.
UNREALISED_CODES = ("014", "02", "03", "10", "12", "13")
# Conjunctions of a clause set beside such an act, which tells a fact of its own: "While X
# criticized Y, Z demanded talks" (not a condition: "must agree before they disarm").
ASIDE_MARKERS = frozenset({"while", "whereas", "although", "though", "as", "because", "since", "after"})
# Cooperation between coordinated subjects is mutual ("Jordan and Britain agreed to ..."), but
# not a pledge to give (033x): "China and Russia pledged funds" gives to a third party.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
# Roots of acts done with someone: consulting and cooperating (CAMEO 04, 06).
PARTNERED_ROOTS = frozenset({"04", "06"})
# Sectors of state bodies, armed forces and parties, whose rallies are their own, not a crowd's.
ORGANIZED_SECTORS = frozenset({"GOV", "LEG", "MIL", "PTY"})
SINGLE_PERSON_PRONOUNS = frozenset({"he", "she"})
# Talks and visits (CAMEO root 04) and reaching out (050): done by a news medium, they are how
# it gathers news, not politics (its endorsements and apologies, 051 and 055, are events).
NEWSGATHERING_CODES = ("04", "050")
PLEDGE_TO_GIVE = "033"
DOCUMENT_NOUNS = frozenset({
    "report", "resolution", "statement", "declaration", "communique", "letter", "decree", "motion",
    "petition", "complaint", "message", "note", "memo", "memorandum", "bill", "appeal", "ruling", "verdict",
})
"""Texts that speak for whoever issued them: "a report accusing X" is its author accusing X."""
# Ideas and texts, which attack, clash or hurt only in a figure of speech ("his views clashed with
# the party's leaders", "the report attacked the government"): as a subject they stand for no doer.
IDEA_NOUNS = DOCUMENT_NOUNS | frozenset({
    "view", "politics", "policy", "idea", "opinion", "belief", "position", "stance", "decision", "plan",
    "proposal", "law", "rule", "remark", "comment", "speech", "article", "book", "film", "tweet",
    "claim", "value", "agenda", "approach", "strategy", "rhetoric", "argument", "criticism",
})
# The words of a verb's phrase that may hold its target: objects, prepositional phrases,
# their modifiers and owners; not clauses of their own, nor times ("late Sunday").
VERB_PHRASE_DEPS = frozenset(
    {"dobj", "dative", "attr", "oprd", "prep", "pobj", "pcomp", "agent", "advmod", "poss", "compound", "amod", "nmod", "appos"}
)
SHOW_OF_FORCE = "15"
POLICE = "COP"
# Violence: unconventional, conventional and mass (CAMEO roots 18-20).
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# Coercion and violence, whose object is whom they are done to even when the pattern names it
# ("fought the rebels"), unlike an act's own people ("withdrew its troops", "recalled its envoy").
COERCION_ROOTS = VIOLENCE_ROOTS | {"17"}
# Nouns for being held, whose modifiers name the holder ("in Egyptian police custody").
CUSTODY_NOUNS = frozenset({"custody", "detention", "captivity"})
# Nouns of acts done to someone, whose possessive names whom they are done to unless an "of"
# phrase names that: "the journalist's arrest", but "Uganda's arrest of the journalists".
UNDERGONE_ACT_NOUNS = frozenset({
    "arrest", "detention", "detainment", "internment", "imprisonment", "jailing", "release", "killing", "murder",
    "assassination", "execution", "kidnapping", "abduction", "capture", "torture", "poisoning", "beating",
    "deportation", "extradition", "expulsion", "exile", "eviction", "conviction", "sentencing", "indictment",
    "prosecution", "impeachment", "ouster", "removal", "dismissal", "sacking", "pardon", "rescue",
})
# Disapproval and rejection (CAMEO roots 11, 12): an act they are aimed at is what they are
# about, not news of its own ("complained to the UN over Israeli air raids").
OBJECTING_ROOTS = frozenset({"11", "12"})
# Pronouns that may stand for the actor itself, as the object or its owner ("blew themselves
# up", "shot him", "halted his march").
SELF_PRONOUNS = frozenset({"him", "her", "it", "them", "himself", "herself", "itself", "themselves", "his", "its", "their"})
# Verbs of dying whose prepositional phrase may name the violence that caused the death: "died after torture".
DEATH_VERBS = frozenset({"die", "perish", "succumb"})
MILITARY = "MIL"
MEDIA = "MED"
UNKNOWN_CODE = "---"  # the code of an actor the sentence does not name (`unknown_actor`)
JUDICIARY = "JUD"
# Bringing a case (CAMEO 115) is aimed at the other party; a court it is brought "to", "in",
# "before" or "at" is where it is heard ("appealed the ruling to the High Court").
LAWSUIT = "115"
VENUE_PREPOSITIONS = frozenset({"to", "in", "before", "at"})
# What a noun is said to be or become ("resigned to become the Minister of Defence", "was named
# ambassador"): the subject itself, or the office it takes, never whom the act is aimed at.
ATTRIBUTE_DEPS = frozenset({"attr", "oprd"})
# Sectors whose accounts of violence report it rather than accuse anyone: police, news media,
# medics, civilians and witnesses, businesses, schools.
REPORTING_SECTORS = frozenset({"COP", "MED", "HLH", "CVL", "BUS", "EDU"})
# The sectors of a state and its organs (None: the country itself).
STATE_SECTORS = frozenset({None, "GOV"}) | STATE_ORGAN_SECTORS
CIVILIANS = "CVL"
BUSINESS = "BUS"
# Kinds of private sector (`private_sectors.tsv`) that act privately: a medium only hears them.
PRIVATE_DOERS = frozenset({"company", "person"})
# Verbs of plain saying, whose manner ("speaking to the BBC, X said") is the statement itself.
PLAIN_SAYING = frozenset({"say", "tell", "add"})
CONSULT_ROOT = "04"
PLAIN_STATEMENT = "010"
# Filings: an official complaint (114), a lawsuit or an appeal in court (115). Words once said,
# a demand, a threat or an inquiry announced is made or opened; a filing announced ("intends to
# appeal the verdict", "will sue") is not yet made.
FILING_CODES = ("114", "115")
# Statements, whose kinds (deny, express concern, condole, ...) are acts of their own.
STATEMENT_ROOT = "01"
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})
# Cooperation, aid, cutting ties, and imposing or lifting sanctions: acts a state does to another
# state, not to itself as a whole ("parliament voted sanctions on Moldova", "parliament lifted the
# embargo on Moldova" is no Moldovan parliament). Prefixes of CAMEO codes.
FOREIGN_ACT_CODES = ("06", "07", "16", "085")
# Protest, force, cutting ties, coercion and violence: acts a statement may demand to end ("said
# the shelling must stop").
CONFLICT_ACT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


@dataclass(frozen=True)
class Match:
    """A lexicon pattern matched at a trigger token."""

    entry: LexiconEntry
    trigger: Token
    words: tuple[Token, ...]  # tokens matched by the pattern words after the trigger
    target: Token | None  # the token bound to TARGET, if the pattern has one and it was found


@dataclass(frozen=True)
class FoundEvent:
    """An event found in one sentence, still tied to its spaCy tokens."""

    match: Match
    cameo: str  # the pattern's code, or its announced form ("will meet" -> 036)
    sentence: Span
    source: ActorMention
    target: ActorMention | None
    negated: bool
    hypothetical: bool
    reported: bool
    topic: bool = False  # an event noun a statement is about ("expressed concern about the attacks")
    background: bool = False  # told in a relative clause or a clause of time ("after X attacked Y")
    follows: FoundEvent | None = None  # the act told by the verb this one's verb is joined to ("denied X and accused Y")
    told_by: FoundEvent | None = None  # the act whose telling makes this statement an accusation ("said Y shelled Z")


def find_events(sentence: Span, actors: "DocumentActors", lexicon: Lexicon) -> Iterator[FoundEvent]:
    """Yield every event in one sentence."""
    found: list[FoundEvent] = []
    matches = select_matches(sentence, lexicon, actors)
    # An approved request or offer is decided, no longer only asked for ("approved a request to extradite X").
    unrealised = [m.trigger for m in matches if m.entry.cameo.startswith(UNREALISED_CODES) and not is_approved(m.trigger)]
    triggers = {match.trigger.i for match in matches}
    objected_to = {m.target.i for m in matches if m.target is not None and m.entry.cameo[:2] in OBJECTING_ROOTS}
    conflict_acts = {m.trigger.i for m in matches if m.entry.cameo[:2] in CONFLICT_ACT_ROOTS}
    opposition_acts = [m for m in matches if m.entry.cameo[:2] == PROTEST_ROOT or m.entry.cameo == RALLY_OPPOSITION]
    topic_words: set[int] = set()  # the acts a statement demands to end or claims, and all words within them
    sayings: list[FoundEvent] = []  # plain statements told as fact, one per speaker, with no addressee
    for match in matches:
        if (is_mishap(match.trigger) or is_hazard_emergency(match) or is_space_mission(match)
                or is_dated_background(match.trigger) or is_undated_background(match.trigger)
                or is_named_by_year(match.trigger)
                or describes_participant(match.trigger, triggers)
                or is_opinion(match) or is_view_of_a_thing(match, actors) or is_rule_told(match.trigger)
                or is_stance_on_a_cause(match)
                or is_withholding(match) or (match.trigger.pos_ == "NOUN" and match.trigger.i in objected_to)):
            continue
        announced = is_announced(match.trigger)
        cameo = lexicon.announced_code(match.entry.cameo) if announced else match.entry.cameo
        if cameo.startswith(THREATEN_ROOT) and is_forecast_warning(match.trigger, actors):
            cameo = PESSIMISTIC_COMMENT  # "warned of an impending war", "warned the virus could spread"
        if announced and cameo.startswith(PROTEST_ROOT) and has_condition(match.trigger):
            cameo = THREATEN_PROTEST  # "will boycott the elections unless the president steps down"
        # An announced material act or filing with no intent code ("will protest", "plans to
        # sue"), or an act only tried ("trying to break the blockade"), has not happened; trying
        # to arrange a meeting is still an intent to meet (03).
        unannounceable = announced and cameo == match.entry.cameo and (
            cameo[:2] not in VERBAL_ROOTS or cameo.startswith(FILING_CODES)
            or (is_attempted(match.trigger) and cameo[:2] != "03"))
        said_of = complement_act(match, actors, triggers, conflict_acts)
        if said_of is not None:
            cameo = said_of.cameo  # "X said the US must mediate": X demands it of the US
            if said_of.topic is not None:
                topic_words.update(token.i for token in said_of.topic.subtree)
        rallied = next((m for m in opposition_acts if is_asked_for(m.trigger, match.trigger)
                        and not is_negated(m.trigger)), None) if cameo == APPEAL else None
        if rallied is not None and (against := find_targets(rallied, actors)):
            # "called on workers to protest against the occupation": opposition rallied against its
            # target; a call to protest against no one named ("to avoid protests") stays an appeal.
            cameo = RALLY_OPPOSITION
            said_of = ComplementAct(cameo, against, about_act=True)
        # A pattern naming the failure ("fail * reach agreement", 120) is the act, not its negation.
        negated = is_negated(match.trigger) and not any(FAILURE_HEADS & words for words in match.entry.before)
        refusal = lexicon.refused_code(match.entry.cameo) if negated and (announced or is_disclaimed(match.trigger)) else None
        if refusal is not None:
            cameo, negated = refusal, False  # "will not release the hostages", "cannot accept": a refusal, 1243
        flags = {
            "negated": negated,
            "hypothetical": is_hypothetical(match.trigger, modal_is_intent=cameo != match.entry.cameo)
            or unannounceable or any(is_asked_for(match.trigger, asker) for asker in unrealised)
            # What an announced act is for or done to has not happened either ("will visit X to
            # mediate", "stands ready to host talks between A and B").
            or ((is_purpose_clause(match.trigger) or match.trigger.dep_ == "dobj") and is_announced(match.trigger.head))
            # What an undertaking is for has not happened yet, unless the undertaking is the
            # protest itself ("staged a rally to protest the law").
            or (is_undertaken_aim(match.trigger) and not cameo.startswith(PROTEST_ROOT))
            or is_motive(match.trigger) or is_foreseen(match.trigger) or is_standing_stance(match)
            or is_record(match.trigger),
            "reported": is_reported(match.trigger),
        }
        pairs = actor_pairs(match, actors, targets=said_of.targets if said_of else None,
                            verb_phrase_targets=lexicon.verb_phrase_targets, alone=said_of is not None and said_of.about_act)
        if cameo[:2] not in CONFLICT_ACT_ROOTS:
            # A company's acts to no one, and acts between companies, private people and scholars
            # or of theirs to a news medium, are their business, not politics: "the company
            # apologized for the outage", "villagers thanked the mining company", "a researcher
            # told the BBC" (their acts to a government are politics; protest, coercion and
            # violence are kept whoever does them).
            pairs = [(source, target) for source, target in pairs if not is_private_dealing(source, target)]
        if cameo == PLAIN_STATEMENT:
            # A private person telling the police something reports a crime or a missing person
            # ("her daughter reported to the police that he had left home"): no politics.
            pairs = [(source, target) for source, target in pairs if not is_report_to_police(source, target)]
        if cameo.startswith(NEWSGATHERING_CODES):
            # A news medium talking with, visiting or reaching out to someone is interviewing
            # them ("the Herald spoke with the mayor", "reached out to the senator to discuss
            # the bill", an interviewer's "Thank you for talking with us"): reporting.
            pairs = [(source, target) for source, target in pairs if source.sector != MEDIA]
        if cameo[:2] in VERBAL_ROOTS and is_anyone(source_head(match.trigger)):
            # Words of people at large ("many people expressed their anger") are an event only
            # when aimed at an actor of a known country ("people criticized the government").
            pairs = [(source, target) for source, target in pairs if target is not None and target.country]
        if match.entry.reciprocal and not match.entry.words and match.entry.cameo[:2] in PARTNERED_ROOTS \
                and not names_partners(match.trigger):
            # A mutual act named by its verb alone needs a partner: "discussed his career in an
            # interview", "negotiated immunity" are no consultation (A and B discussing trade are).
            pairs = [(source, target) for source, target in pairs if target is not None]
        if match.entry.reciprocal and match.entry.cameo[:2] == CONSULT_ROOT and is_sitting_body(source_head(match.trigger)):
            # "Parliament met on Tuesday", "the cabinet held a meeting": its members meet in
            # session; only a partner named ("the cabinet met the union leaders") is consulted.
            pairs = [(source, target) for source, target in pairs if target is not None]
        if cameo.startswith(THREATEN_ROOT) and lemma(match.trigger) in ADVISING_VERBS and child_with(match.trigger, ("xcomp",)):
            # "Police warned residents to stay indoors": advice to the source's own people, no threat
            # ("warned protesters to disperse" is one: protesters are no civilians at large).
            pairs = [(source, target) for source, target in pairs
                     if target is None or target.sector != CIVILIANS or target.country != source.country]
        if match.entry.crowd:
            # "The president held a rally": a campaign's or a state's gathering, no popular protest.
            pairs = [(source, target) for source, target in pairs if is_crowd(source, source_head(match.trigger))]
        if match.entry.received:
            # "faced criticism from X": X criticised, and whom it criticised is the subject.
            pairs = [(target, source) for source, target in pairs if target is not None]
        if is_bare_speech(match.entry) and cameo == match.entry.cameo and not (flags["negated"] or flags["hypothetical"]):
            # Who says it, addressed to anyone or no one: the speakers an act told may make accusers.
            sayings += [FoundEvent(match, cameo, sentence, source, None, **flags)
                        for source, _ in actor_pairs(match, actors, targets=[], alone=True)]
        events = [FoundEvent(match, interview_code(cameo, target), sentence, source, target, **flags)
                  for source, target in pairs]
        if match.entry.reverse and cameo == match.entry.cameo:
            # A paired code: the target acts back on the source ("A arrived in B": B hosts A),
            # unless the pair already acts both ways ("A and B met") or the act is a statement to
            # a news medium ("telephoned the BBC", `interview_code`).
            dyads = {(event.source.code, event.target.code) for event in events if event.target}
            events += [FoundEvent(match, match.entry.reverse, sentence, event.target, event.source, **flags)
                       for event in events if event.target and event.cameo == cameo
                       and (event.target.code, event.source.code) not in dyads]
        found.extend(events)
    # A statement gives way to what it reports as fact, not to what it denies or supposes.
    reported_triggers = [event.match.trigger for event in found
                         if not event.cameo.startswith("01") and not (event.negated or event.hypothetical)]
    protests = [event for event in found if event.cameo.startswith(PROTEST_ROOT)]
    statements = {event.match.trigger.i for event in found if event.cameo.startswith(STATEMENT_ROOT)}
    found = [replace(event, topic=True) if is_statement_topic(event.match.trigger, statements)
             or event.match.trigger.i in topic_words else event for event in found]
    found = [replace(event, background=True) if is_background(event.match.trigger) else event for event in found]
    # In the order of the text, so that a lead holds its own lead: "A, B and C" ranks C after B after A.
    leads: dict[int, FoundEvent] = {}  # the first event of each trigger
    for index, event in sorted(enumerate(found), key=lambda item: item[1].match.trigger.i):
        if (lead := earlier_conjunct_act(event.match.trigger, leads)) is not None:
            found[index] = event = replace(event, follows=lead)
        leads.setdefault(event.match.trigger.i, event)
    found = with_acts_suffered_in(found)
    found += told_accusations(sayings, found, actors)
    yield from (event for event in found if not is_subsumed_statement(event, reported_triggers)
                and not is_protest_demand(event, protests))


def with_acts_suffered_in(found: list[FoundEvent]) -> list[FoundEvent]:
    """Violence suffered, told with no doer, "in" or "during" an act of violence a noun names
    ("three Afghan civilians were killed in a US drone strike", "soldiers were wounded in an
    Israeli attack"), or in a clause of its own on the act ("were injured after being attacked
    by protesters"), is that act: the suffering takes the act's doer, and the act whose own
    phrase names no one acted on (or only a country, as a place) takes the sufferers, so the
    two tellings are one event (see One event per happening)."""
    acts = {event.match.trigger.i: event for event in found
            if event.cameo[:2] in VIOLENCE_ROOTS and event.source.code.strip("-")}
    suffered: dict[int, ActorMention] = {}  # the sufferers of each act, by the act's trigger
    for index, event in enumerate(found):
        if event.cameo[:2] not in VIOLENCE_ROOTS or event.source.code != UNKNOWN_CODE or event.source.text:
            continue
        act = next((acts[word.i] for word in acts_suffered_in(event.match.trigger) if word.i in acts), None)
        if act is not None:
            found[index] = replace(event, source=act.source)
            if event.target is not None:
                suffered[act.match.trigger.i] = event.target
    return [replace(event, target=suffered[event.match.trigger.i])
            if event.match.trigger.i in suffered and (event.target is None or event.target.code == event.target.country)
            else event for event in found]


def acts_suffered_in(trigger: Token) -> list[Token]:
    """The words that may name the act a suffering was suffered in: the nouns after its "in" or
    "during" ("killed in a drone strike"), the verbs after its "in" or "after" ("injured after
    being attacked by protesters") and the verbs of its adverbial clauses ("injured when they
    were attacked by protesters")."""
    words = [word for prep in trigger.children if prep.dep_ == "prep" for word in prep.children
             if (word.pos_ == "NOUN" and prep.lower_ in ("in", "during"))
             or (word.dep_ == "pcomp" and word.pos_ == "VERB" and prep.lower_ in ("in", "after"))]
    return words + [child for child in trigger.children if child.dep_ == "advcl" and child.pos_ == "VERB"]


def told_accusations(sayings: list[FoundEvent], found: list[FoundEvent], actors: "DocumentActors") -> list[FoundEvent]:
    """A party's plain statement (`sayings`) that another side did violence accuses it (112):
    "Israel said militants from Hamas shelled the town" → ISR → PSEREB, "the observatory said
    government forces killed eight people" → NGO → MIL. The violence stays the news, above the
    accusation (`told_by`). Telling of one's own side's violence accuses no one; police, news
    media, medics and witnesses (`REPORTING_SECTORS`) report violence rather than accuse; a
    speaker whose country is only the document's focus guessed ("officials said") is no known
    accuser; and a speaker named after the act ("Rebels shelled the town, the government said")
    is only the source of the news, as journalists attribute it."""
    accusations: dict[tuple[int, str, str], FoundEvent] = {}
    for saying in sayings:
        if (saying.source.country is None or saying.source.sector in REPORTING_SECTORS
                or actors.is_guessed(saying.source)):
            continue
        for act in found:
            if (act.cameo[:2] in VIOLENCE_ROOTS and not (act.negated or act.hypothetical or act.background)
                    and saying.match.trigger.i < act.match.trigger.i and speech_verb(act.match.trigger) == saying.match.trigger
                    and is_other_side(act.source, saying.source)):
                key = (saying.match.trigger.i, saying.source.code, act.source.code)
                accusations.setdefault(key, replace(saying, cameo=ACCUSE, target=act.source, told_by=act))
    return list(accusations.values())


def speech_verb(trigger: Token) -> Token | None:
    """The verb of saying whose complement clause tells the trigger's act ("said Y attacked Z",
    "said eight people were killed in an air strike by Y": "said"); None if the act is told in a
    clause of its own below that one ("said he meant looting leads to somebody getting shot",
    "said twenty people have been confirmed killed") or in none."""
    token = trigger
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and lemma(token.head) in SPEECH_VERBS:
            return token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "conj":
            return None
        token = token.head
    return None


def is_other_side(doer: ActorMention, speaker: ActorMention) -> bool:
    """The doer is a known actor other than the speaker and not of the speaker's own state: a
    country's government telling of its army's strikes speaks of its own side."""
    if doer.code == speaker.code or not doer.code.strip("-"):
        return False
    same_state = doer.country in (speaker.country, None) and {doer.sector, speaker.sector} <= STATE_SECTORS
    return not same_state


def is_statement_topic(trigger: Token, statements: set[int]) -> bool:
    """An event noun inside the phrase of a statement's trigger (`statements`: their token
    indexes), up to the first verb: what the statement is about ("expressed concern about the
    escalation of hostilities", "claimed responsibility for the attacks"), which the sentence
    mentions rather than reports. The object of a statement that is also a light verb is its
    subject's act, and the news: "announced a suspension of flights to X", "declared a ceasefire"."""
    if trigger.pos_ != "NOUN" or (trigger.dep_ == "dobj" and trigger.head.i in statements
                                  and lemma(trigger.head) in LIGHT_VERBS):
        return False
    for token in trigger.ancestors:
        if token.i in statements:
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep":  # "concern regarding the attack" goes on
            return False
    return False


def is_background(trigger: Token) -> bool:
    """Told in a relative clause ("voiced anger at X, whose ministers ordered arrests") or in a clause
    of time ("expressed dismay after Peru broke off the talks"), or below one: what the sentence
    says of a participant or of the time of its news, not the news itself."""
    for token in clause_governors(trigger):
        if token.dep_ == "relcl":
            return True
        if token.dep_ == "advcl" and any((child.dep_ == "mark" or (child.dep_ == "advmod" and child.tag_ == "WRB"))
                                         and child.lower_ in TIME_MARKERS for child in token.children):
            return True
    return False


def first_conjunct_verb(trigger: Token) -> int | None:
    """The token index of the first verb of the coordination the trigger, a verb, is in
    ("arrested and beat protesters": "arrested"); None if the trigger is no coordinated verb."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    token = trigger
    while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    if token is trigger and not any(child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") for child in trigger.children):
        return None
    return token.i


def earlier_conjunct_act(trigger: Token, acts: dict[int, FoundEvent]) -> FoundEvent | None:
    """The act of the nearest earlier verb that the trigger, a verb, is joined to ("denied the
    charges and accused Y": the denial) or follows as a participle with no subject or conjunction
    of its own ("held talks with Y, offering aid": the talks), from `acts` (one per trigger token);
    None if none, or if the earlier verb shares the trigger's object, telling the same act
    ("donated and shipped rice")."""
    token = trigger
    while token.pos_ in ("VERB", "AUX") and token.head.i != token.i and (token.dep_ == "conj" or is_trailing_participle(token)):
        if object_sharer(token.head) == token:
            return None
        token = token.head
        if token.i in acts:
            return acts[token.i]
    return None


def is_trailing_participle(verb: Token) -> bool:
    """A participle after its verb that tells what the subject did next or also ("pounded the
    town, killing five", "held talks, offering aid"): no subject, conjunction or adverb of its own
    to make it a clause apart."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i
            and child_with(verb, (*SUBJECT_DEPS, "mark")) is None
            and not any(child.dep_ == "advmod" and child.tag_ == "WRB" for child in verb.children))


def interview_code(cameo: str, target: ActorMention | None) -> str:
    """Talking with a news medium is giving it a statement: "speaking to the BBC", "met
    reporters" is 010 to the medium, not a consultation (04)."""
    if cameo.startswith(CONSULT_ROOT) and target is not None and target.sector == MEDIA:
        return PLAIN_STATEMENT
    return cameo


def is_asked_for(trigger: Token, asker: Token) -> bool:
    """The trigger is part of what an appeal, demand, intent, refusal or threat (`asker`, see
    UNREALISED_CODES) is about: below it, but not in a clause set beside it ("While X criticized
    Y, Z demanded talks"), unlike a condition ("must agree before they disarm"), nor a tensed verb
    joined to it, which is the subject's next act ("wants X to stay and calls on Y to leave"), nor
    the means by which it is done ("defied the accord by continuing to bomb the town"), nor the
    phrase of its subject, who asks ("Hungary, which was criticized by X, rejected the plan": the
    criticism is no part of the rejection), nor what a noun of it is told to have undergone or
    done in a clause describing it ("demanded the release of fishermen who were arrested by Peru":
    the arrest happened, it is why the release is asked; not what that act is for: "peacekeepers
    who are deployed to oversee a truce")."""
    token = trigger
    own_clause = True  # the trigger is the verb of the clause reached, or joined to it
    while token.head.i != token.i and token.head.i != asker.i:
        if own_clause and describes_noun(token):
            return False
        own_clause = own_clause and token.dep_ == "conj"
        token = token.head
    if (token.head.i != asker.i or token.i == asker.i or (token.dep_ == "conj" and is_finite(token))
            or token.dep_ in SUBJECT_DEPS):
        return False
    if token.dep_ == "prep" and token.lower_ == "by":
        return False  # the means of the act, done by doing it: "defied the accord by bombing the town"
    mark = child_with(token, ("mark",)) if token.dep_ == "advcl" else None
    return mark is None or mark.lower_ not in ASIDE_MARKERS


def describes_noun(clause: Token) -> bool:
    """A relative clause in the past describing a noun ("fishermen who were arrested", "who had
    been arrested"), which tells what the noun's people did or underwent. Not a clause saying
    what a noun of asking, intending or alleging holds, which the parser may read as relative
    ("the demand that Peru withdraw", `CONTENT_NOUNS`); nor one in the present ("refugees who
    cross the border"), a modal ("a government that would protect refugees") or the future, which
    says what the noun is, does by habit or should do. (A participle describing a noun,
    "activists detained last week", is left to `describes_participant`.)"""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or lemma(noun) in CONTENT_NOUNS:
        return False
    auxiliaries = [child for child in clause.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.tag_ == "MD" or aux.lower_ in FUTURE_AUXILIARIES for aux in auxiliaries):
        return False
    return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
        aux.tag_ == "VBD" or lemma(aux) == "have" for aux in auxiliaries))


def is_protest_demand(event: FoundEvent, protests: list[FoundEvent]) -> bool:
    """A demand or criticism that a protest by the same actor makes, told as its purpose or manner
    on the protest's words or the verb governing them ("began a hunger strike to demand X",
    "blocked roads demanding X", "a rally to denounce X"): the protest is the event."""
    trigger = event.match.trigger
    if not event.cameo.startswith(PROTEST_CLAIM_ROOTS) or trigger.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    return any(protest.source.code == event.source.code
               and trigger.head in (protest.match.trigger, protest.match.trigger.head, *protest.match.words)
               for protest in protests)


def names_partners(trigger: Token) -> bool:
    """The sentence names who does a mutual act together, though the actor data may not know
    them: a plural doer ("African leaders negotiated the deal"), "with X" or "between A and B"."""
    head = source_head(trigger)
    return ((head is not None and head.tag_ in ("NNS", "NNPS"))
            or any(child.dep_ == "prep" and child.lower_ in ("with", "between") for child in trigger.children))


def is_crowd(source: ActorMention, head: Token | None) -> bool:
    """The doers may be a crowd, as a protest's are (`crowd` patterns): not one named person
    ("the senator held a rally in Ohio", "she held a rally"), nor a state body, armed forces or a
    party (`ORGANIZED_SECTORS`: "the ruling party held a rally"), whose gatherings are their own
    meetings, parades and campaign rallies."""
    if source.sector in ORGANIZED_SECTORS:
        return False
    return head is None or not is_one_person(head)


def is_one_person(head: Token) -> bool:
    """The head names one person: a singular name that is no place's nor organisation's, or
    "he", "she", with no other named beside it."""
    if head.conjuncts:
        return False
    return head.lower_ in SINGLE_PERSON_PRONOUNS or (head.tag_ == "NNP" and head.ent_type_ not in NON_PERSON_ENTITIES)


def is_sitting_body(head: Token | None) -> bool:
    """The doer is one state body of many members (the `body` words of word_kinds.tsv:
    "parliament", "the cabinet", "the Senate"), not several bodies nor its members."""
    return (head is not None and head.tag_ in ("NN", "NNP") and not head.conjuncts
            and (lemma(head) in default_word_kinds()["body"] or head.lower_ in default_word_kinds()["body"]))


def is_forecast_warning(warning: Token, actors: "DocumentActors") -> bool:
    """A warning given to no one of what is to come, not of what anyone will do: a pessimistic
    comment, no threat. It warns of a thing told as impending (a `foreseen` word of
    word_kinds.tsv: "warned of an impending civil war", "of a looming crisis"), or that something
    naming no actor could, may or might happen ("warned the delayed handover could threaten
    security"); not "warned Hamas of retaliation", nor "of imminent retaliation against Hamas",
    nor "warned that Israel would respond", "that it would respond", "that the strikes will go on"."""
    if lemma(warning) not in ADVISING_VERBS or child_with(warning, OBJECT_DEPS) is not None:
        return False
    warned_of = [noun for preposition in warning.children if preposition.dep_ == "prep"
                 and preposition.lower_ in WARNED_OF_PREPOSITIONS for noun in preposition.children if noun.dep_ == "pobj"]
    if any(is_told_as_coming(noun) and not aims_at_actor(noun, actors) for noun in warned_of):
        return True
    clause = child_with(warning, ("ccomp",))
    subject = child_with(clause, ("nsubj", "nsubjpass")) if clause is not None else None
    return (subject is not None and subject.pos_ == "NOUN" and actors.code_mention(subject) is None
            and actors.unplaced(subject) is None
            and any(child.dep_ == "aux" and child.lower_ in POSSIBILITY_MODALS for child in clause.children))


def aims_at_actor(noun: Token, actors: "DocumentActors") -> bool:
    """The noun's own prepositions name an actor it is aimed at or done with: "retaliation against
    Hamas", "a war with Kenya"."""
    return any(actors.code_mention(target, True) is not None for preposition in noun.children if preposition.dep_ == "prep"
               for target in preposition.children if target.dep_ == "pobj")


def is_told_as_coming(noun: Token) -> bool:
    """The noun is told as still to come: "impending storms", "a looming crisis"."""
    coming = default_word_kinds()["foreseen"]
    return any(child.dep_ == "amod" and (lemma(child) in coming or child.lower_ in coming) for child in noun.children)


def is_withholding(match: Match) -> bool:
    """A bare statement pattern on a verb of giving ("deny") used with two objects: "denied the
    journalists their rights", "deny terrorism any victory" withhold something, they deny no claim
    (016). Patterns naming what is withheld ("deny access", 1245) are coded as they say."""
    if match.entry.words or not match.entry.cameo.startswith(STATEMENT_ROOT) or lemma(match.trigger) not in GIVING_VERBS:
        return False
    objects = [child for child in match.trigger.children if child.dep_ in ("dobj", "dative")]
    return len(objects) > 1


def is_anyone(head: Token | None) -> bool:
    """People at large: "people", "many people", "someone", with no word that says which ("Kenyan
    people", "people in Nairobi", "people's representatives" name some) and no number, which
    makes them a crowd that acted together ("a million people attended the funeral")."""
    return head is not None and lemma(head) in ANYONE_NOUNS and not any(
        child.dep_ == "nummod" or (child.dep_ in ("amod", "compound", "nmod", "prep", "poss", "appos")
                                   and lemma(child) not in ANYONE_QUANTIFIERS)
        for child in head.children)


def is_opinion(match: Match) -> bool:
    """A bare "agree" whose clause states a view ("experts agreed that the economy was weak",
    "a judge agreed the book may have contained secrets"), or a bare "consider" whose object is
    said to be something ("considers the blockade illegal", "considered it a threat"): an
    opinion, not an agreement nor an option weighed. A clause of what is to be done ("agreed
    that the talks should continue") is a decision."""
    if match.entry.words:
        return False
    if lemma(match.trigger) == "consider":
        return any(child.dep_ in ("ccomp", "oprd") and child.pos_ in ("ADJ", "NOUN", "PROPN")
                   for child in match.trigger.children)
    clause = child_with(match.trigger, ("ccomp",)) if lemma(match.trigger) == "agree" else None
    return clause is not None and not any(
        child.dep_ == "aux" and child.lower_ in DECISION_AUXILIARIES for child in clause.children)


def is_mishap(trigger: Token) -> bool:
    """A verb whose cause is an accident, a disaster or a disease, as its subject, its passive agent,
    the "in" phrase of a passive or the subject of the clause it continues: "were killed by the
    crash", "the storm destroyed", "died in the collision", "COVID-19 has killed", "the stampede
    left 50 dead and 200 injured"; or told with a "when" clause of an accident: "were killed when
    the helicopter crashed"; or a vehicle's impact told beside its crash: "the plane struck a hillside
    and crashed" (not "bombed the camp and crashed")."""
    if trigger.pos_ != "VERB":
        return False
    if lemma(trigger) in IMPACT_VERBS and any(lemma(verb) in MISHAP_VERBS for verb in trigger.conjuncts):
        return True
    if is_collision(trigger) or is_mishap_outcome(trigger):
        return True
    subject = child_with(trigger, SUBJECT_DEPS)
    causes = [subject]
    if is_passive(trigger) or is_passive_participle(trigger):
        causes += [child_with(phrase, ("pobj",)) for phrase in trigger.children
                   if phrase.dep_ == "agent" or (phrase.dep_ == "prep" and phrase.lower_ == "in")]
    if trigger.dep_ in ("conj", "advcl") and (subject is None or trigger.tag_ == "VBN"):
        causes.append(child_with(trigger.head, SUBJECT_DEPS))  # a participle's subject is often misparsed
    # The parser often hangs the "when" clause on a time word of the verb's phrase, as if it
    # described it: "were killed on Sunday, when the tunnel collapsed".
    times = [child for child in trigger.children if child.dep_ == "npadvmod"]
    times += [child_with(phrase, ("pobj",)) for phrase in trigger.children if phrase.dep_ == "prep"]
    if any(clause.dep_ in ("advcl", "relcl") and lemma(clause) in MISHAP_VERBS
           and any(child.lower_ == "when" for child in clause.children)
           for governor in (trigger, *times) if governor is not None for clause in governor.children):
        return True
    return any(cause is not None and (cause_name(cause) in MISHAP_NOUNS or is_named_disaster(cause)) for cause in causes)


def is_collision(trigger: Token) -> bool:
    """A road or rail vehicle (`road_vehicles.tsv`) hitting or striking someone, as the verb's
    subject, its driver as the subject, or what the subject is told driving: "the bus hit three
    pedestrians", "a truck driver struck a cyclist", "was driving a pickup truck and struck a
    group of motorcyclists"; a traffic collision, no attack."""
    if lemma(trigger) not in COLLISION_VERBS:
        return False
    vehicles = default_road_vehicles()
    subject = child_with(trigger, SUBJECT_DEPS)
    if subject is not None and lemma(subject) in vehicles:
        return True
    # The driving told beside the impact: "was driving a truck ... and struck", "driving a car, hit".
    drives = [verb for verb in (*trigger.conjuncts, *trigger.children) if lemma(verb) == "drive"]
    return any(vehicles.get(lemma(obj)) == "vehicle" for verb in drives if (obj := child_with(verb, ("dobj",))) is not None)


def is_mishap_outcome(trigger: Token) -> bool:
    """A participle telling what an accident brought about, or one coordinated with it: "the
    plane crashed, killing 50 passengers", "the bus struck a crowd, killing two and injuring ten"."""
    participle = trigger
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
        participle = participle.head  # "killing two and injuring ten": both tell the outcome
    head = participle.head
    return (participle.dep_ == "advcl" and participle.tag_ == "VBG" and head is not participle
            and (lemma(head) in MISHAP_VERBS or is_collision(head)))


def is_space_mission(match: Match) -> bool:
    """A launch or a probe of spaceflight (`space_words.tsv`): a launch whose object, or whose
    "into" phrase, is a craft or space ("launched a satellite", "launching a car into space"),
    or a "probe" in a sentence naming a craft or a heavenly body ("launched a probe to Jupiter",
    "the probe landed on the Moon"). It is science, no show of force and no investigation."""
    space = default_space_words()
    tokens = (match.trigger, *match.words)
    for launch in (token for token in tokens if lemma(token) == "launch"):
        objects = [child for child in launch.children if child.dep_ == "dobj"]
        # The parser hangs "into space" on the verb, on its object or on a word after it
        # ("launching a Tesla convertible into space").
        into = [child_with(phrase, ("pobj",)) for phrase in launch.subtree if phrase.dep_ == "prep" and phrase.lower_ == "into"]
        if any(part is not None and space.get(lemma(part)) in ("craft", "place") for part in (*objects, *into)):
            return True
    named = any(space.get(lemma(token)) in ("craft", "body") for token in match.trigger.sent)
    return named and any(lemma(token) == "probe" for token in tokens)


def is_hazard_emergency(match: Match) -> bool:
    """A state of emergency in a sentence that names a natural hazard, also in a clause of its own
    ("With Hurricane X approaching, the governor declared a state of emergency"): a measure against
    the weather or the earth, not coercion of anyone. (A pattern blocks it in the phrase itself:
    "declared a state of emergency over the floods".)"""
    return match.entry.cameo == EMERGENCY and any(lemma(token) in NATURAL_HAZARD_NOUNS for token in match.trigger.sent)


def is_named_disaster(name: Token) -> bool:
    """A storm or another disaster known by its name: "Typhoon Haiyan", "Cyclone Idai"."""
    return name.pos_ == "PROPN" and any(child.dep_ == "compound" and lemma(child) in MISHAP_NOUNS for child in name.children)


def is_dated_background(trigger: Token) -> bool:
    """A clause dating the news by an earlier act: "withdrew on Monday, two weeks after rebels
    kidnapped peacekeepers", "the first visit three years since X invaded Y"; or a clause, after
    a conjunction or a relative, of an act dated by its year: "frosty since Russia annexed Crimea
    in 2014", "Beijing, which he last visited in March 2005". The earlier act was news when it
    happened; here it is background."""
    mark = child_with(trigger, ("mark",))
    # A participle without a conjunction ("since", or "when" which the parser makes an adverb)
    # elaborates the news: "Norway was the biggest donor, giving 40 million dollars to Sudan in 2019".
    subordinate = mark is not None or any(child.dep_ == "advmod" and child.tag_ == "WRB" for child in trigger.children)
    if (trigger.dep_ == "relcl" or (trigger.dep_ == "advcl" and subordinate)) and is_dated_by_year(trigger):
        return True
    if trigger.dep_ != "advcl" or mark is None or mark.lower_ not in BACKGROUND_MARKERS:
        return False
    # The parser hangs "two weeks" on "after" or on the clause's verb.
    offsets = [*mark.children, *(child for child in trigger.children if child.i < mark.i)]
    return any(offset.dep_ == "npadvmod" and offset.ent_type_ == "DATE" for offset in offsets)


def is_undated_background(trigger: Token) -> bool:
    """An act told as done before the news, with no date of its own: "Pelosi had previously
    opposed impeachment", "the police have used force against protesters before". It is
    background, and dating it at the article would tell it as new; with its year it is an act of
    that year ("had previously, in 2014, attacked X")."""
    return trigger.pos_ == "VERB" and any(
        child.dep_ == "advmod" and child.lower_ in EARLIER_ADVERBS for child in trigger.children
    ) and not is_dated_by_year(trigger)


def is_told_as_earlier(trigger: Token) -> bool:
    """An act the text sets before its news without a date of its own: told in the past perfect
    (`is_past_perfect`), "at the time" or "back then" ("At the time, the minister criticized
    Kenya"), as a first stage (`is_first_stage`), as the first of acts since (`is_told_first`), as
    the start of a time that lasts to the news (`is_since_start`), tallied over a span of public
    life (`is_tallied`), placed on an earlier occasion (`is_on_an_earlier_occasion`), given as what
    a punishment is for (`is_punished_act`); or told as a state the news happens in: going on
    (`is_ongoing`), summed up as a war's toll (`is_war_toll`), a standing measure its subject is
    under (`is_under_measure`) or a state held in the present (`is_held_state`). Dated at the
    article it would be told as new (`coder` drops it then)."""
    return (is_past_perfect(trigger) or is_at_an_earlier_time(trigger) or is_first_stage(trigger)
            or is_told_once(trigger) or is_told_first(trigger) or is_since_start(trigger)
            or is_on_an_earlier_occasion(trigger) or is_tallied(trigger)
            or is_punished_act(trigger) or is_ongoing(trigger) or is_war_toll(trigger)
            or is_under_measure(trigger) or is_held_state(trigger))


def is_under_measure(trigger: Token) -> bool:
    """A noun of a standing measure (standing_words.tsv, kind `measure`) that its subject "is
    under" ("Turkey is already under EU sanctions", "the city remains under siege") or "is the
    subject of" ("has been the subject of US sanctions"): a state the news happens
    in, imposed before it. Not "was placed under sanctions", which imposes them."""
    if trigger.pos_ != "NOUN" or lemma(trigger) not in default_standing_words()["measure"] or trigger.dep_ != "pobj":
        return False
    preposition = trigger.head
    if preposition.lower_ == "of" and lemma(preposition.head) in MEASURED_NOUNS and preposition.head.dep_ == "attr":
        holder = preposition.head.head  # "has been the subject of sanctions"
    elif preposition.lower_ == "under":
        holder = preposition.head  # "is under sanctions"
    else:
        return False
    return lemma(holder) in STATE_COPULAS


def is_held_state(trigger: Token) -> bool:
    """A verb of a state held (standing_words.tsv, kind `state`: "recognize", "occupy") in the
    simple present, active or passive ("Artsakh currently occupies the district", "Cyprus, which
    is recognized only by Turkey"): a state the news happens in, begun before it, as a stance
    in the present is (`is_standing_stance`). Not "has recognized", "recognized", which may
    tell the act, nor a speaker telling its own ("we recognize Kosovo")."""
    if trigger.pos_ != "VERB" or lemma(trigger) not in default_standing_words()["state"] or trigger.tag_ == "VBG":
        return False
    return is_simple_present(trigger) and not is_own_stance_told(trigger)


def is_simple_present(verb: Token) -> bool:
    """The verb is in the simple present, active ("opposes") or passive ("is backed"), with no
    perfect, progressive, modal or "do" auxiliary."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.dep_ == "aux" for child in auxiliaries):
        return False  # "has supported", "will back", "did not oppose"
    return verb.tag_ in PRESENT_TAGS or any(child.tag_ in PRESENT_TAGS for child in auxiliaries)


def is_rule_told(trigger: Token) -> bool:
    """The act is what a rule says, allows or makes someone do, no act of anyone: its doer is a
    legal text or a rule (standing_words.tsv, kind `rule`: "the law bans protests", "a simple
    majority required by the constitution to impeach", "a decree that bars X"), or what one lets
    or makes someone do ("the constitution requires the president to consult parliament"), or it is told in
    the present "under" one ("Under the constitution, the house impeaches the official", "under
    the rules, members can vote"). A rule made in the sentence ("signed a decree that bars
    protesters", "issued an order banning rallies") is its maker's act, news."""
    for verb in governing_chain(trigger):
        doer = source_head(verb)
        if doer is not None and is_rule_word(doer) and not is_enacted(doer):
            return True  # also what a rule lets or makes someone do: "the constitution requires the president to consult"
    return any(is_under_rule(verb) for verb in (trigger, *conjoined_heads(trigger)))


def conjoined_heads(verb: Token) -> Iterator[Token]:
    """The verbs the verb is joined to: in "the house impeaches and removes", "impeaches" for "removes"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        yield verb


def is_rule_word(word: Token) -> bool:
    """The word names a legal text or a rule ("law", "constitution", "directive"); "act" only as a
    name's head ("the Patriot Act"), the common noun being an act done."""
    rules = default_standing_words()["rule"]
    word_lemma = word.lower_ if word.pos_ == "PROPN" else lemma(word)
    return word_lemma in rules and (word_lemma != "act" or word.pos_ == "PROPN")


def is_enacted(rule: Token) -> bool:
    """The rule is made or put in force by a verb of its sentence (standing_words.tsv, kind
    `enact`): "signed a decree", "the parliament passed a bill"."""
    return rule.dep_ in ("dobj", "nsubjpass") and lemma(rule.head) in default_standing_words()["enact"]


def is_under_rule(verb: Token) -> bool:
    """The verb, in the simple present or with a modal of what a rule lets or makes one do, is
    done "under" a rule: "Under the constitution, the house impeaches the official"."""
    if verb.pos_ != "VERB":
        return False
    ruled = any(child.dep_ == "prep" and child.lower_ == "under"
                and any(is_rule_word(noun) for noun in child.children if noun.dep_ == "pobj")
                for child in verb.children)
    modal = any(child.dep_ == "aux" and child.lower_ in RULE_MODALS for child in verb.children)
    return ruled and (is_simple_present(verb) or modal)


def is_punished_act(trigger: Token) -> bool:
    """The trigger is, or is within, the gerund a punishment is "for" ("fined the mayor for
    refusing to back the bill", "was jailed for helping rebels attack the town", "a ten-year
    sentence for spying on Kenya"): the act punished, done before the punishment, which is the
    news and gives it as its reason."""
    gerund = next((token for token in (trigger, *trigger.ancestors)
                   if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "for"), None)
    return gerund is not None and is_punishment(gerund.head.head)


def is_punishment(word: Token) -> bool:
    """The word, or the verb whose phrase it is in, punishes (standing_words.tsv): "jailed", "a
    sentence", "punished the mayor" (where "for" hangs on the mayor), "sentenced him to 40 years"."""
    punishments = default_standing_words()["punishment"]
    while word.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADP") and word.head.i != word.i and lemma(word) not in punishments:
        word = word.head
    return lemma(word) in punishments


def is_ongoing(trigger: Token) -> bool:
    """An event noun told as going on ("the ongoing repression of the opposition", "Russia's
    continued occupation of Crimea", "a long-running blockade") or as filling years ("after
    decades of fighting"): a state the news happens in, not an act it reports."""
    if trigger.pos_ != "NOUN":
        return False
    words = default_standing_words()
    if any(child.dep_ == "amod" and (lemma(child) in words["ongoing"] or hyphened(child) in words["ongoing"])
           for child in trigger.children):
        return True
    span = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    return span is not None and span.tag_ == "NNS" and lemma(span) in words["span"]


def hyphened(word: Token) -> str:
    """The word with the words hyphened before it, in lower case: "long-running", "decades-long"."""
    start = word.i
    while start >= 2 and word.doc[start - 1].text == "-" and not word.doc[start - 1].whitespace_:
        start -= 2
    return word.doc[start : word.i + 1].text.lower()


def is_war_toll(trigger: Token) -> bool:
    """A verb with a counted subject done "in" or "during" a war as a whole ("Around 300,000
    people were killed in the conflict", "thousands died during the civil war"): the dead of the
    war, summed over its years, not an act of the news."""
    if trigger.pos_ != "VERB":
        return False
    subject = child_with(trigger, ("nsubjpass", "nsubj"))
    if subject is None or not is_counted(subject):
        return False
    wars = default_standing_words()["war"]
    return any(child.dep_ == "prep" and child.lower_ in ("in", "during") and (war := child_with(child, ("pobj",))) is not None
               and lemma(war) in wars for child in trigger.children)


def is_counted(noun: Token) -> bool:
    """The noun is a count of people: "300,000 people", "thousands", "dozens of soldiers"."""
    return noun.like_num or noun.pos_ == "NUM" or any(child.dep_ == "nummod" for child in noun.children) or (
        noun.tag_ == "NNS" and lemma(noun) in ("hundred", "thousand", "million", "dozen"))


def is_told_once(trigger: Token) -> bool:
    """The trigger, a verb, is told "once" between its subject and itself ("the minister once
    accused Peru of spying"): on some occasion before the news. Not the conjunction, which comes
    before the subject ("Once Kenya signed the deal, ..."), nor "once again" after the verb."""
    subject = child_with(trigger, SUBJECT_DEPS)
    return trigger.pos_ == "VERB" and subject is not None and any(
        child.dep_ == "advmod" and child.lower_ == "once" and subject.i < child.i < trigger.i for child in trigger.children)


def is_told_first(trigger: Token) -> bool:
    """The trigger, a verb in the simple past, is told "first" between its subject and itself
    ("the senator first addressed the allegations on television"): the first of acts that went
    on since, where a record began, before the news. Not a first step of a sequence the sentence
    goes on to tell ("police first fired tear gas, then charged"), nor "first" after the verb."""
    subject = child_with(trigger, SUBJECT_DEPS)
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBD" or subject is None or is_followed_by_a_step(trigger):
        return False
    return any(child.dep_ == "advmod" and child.lower_ == "first" and subject.i < child.i < trigger.i
               for child in trigger.children)


def is_followed_by_a_step(verb: Token) -> bool:
    """The verb has a further verb joined to it, or the sentence tells a next step ("then",
    "later", "afterwards"): what the verb tells is a first step of the news."""
    return any(child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") for child in verb.children) or any(
        token.lower_ in NEXT_STEP_ADVERBS for token in verb.sent)


def is_tallied(trigger: Token) -> bool:
    """The trigger is a verb told in the present perfect "in", "during" or "throughout" a span of
    public life (standing_words.tsv: "In her campaign, Thunberg has met with world leaders"), or
    an instance such a verb gives "including" ("..., including meeting with the Pope"): a tally
    of acts over the span, at times the text does not give, not an act of its news."""
    verb = tallying_verb(trigger)
    if verb is None or not is_present_perfect(verb):
        return False
    spans = default_standing_words()["tenure"]
    return any(child.dep_ == "prep" and child.lower_ in ("in", "during", "throughout")
               and (span := child_with(child, ("pobj",))) is not None and lemma(span) in spans
               for child in verb.children)


def tallying_verb(trigger: Token) -> Token | None:
    """The verb that gives the trigger as an instance ("has met leaders, including meeting with
    the Pope and speaking to Congress": "met" for "meeting" and "speaking"), else the trigger
    itself if it is a verb."""
    if trigger.pos_ != "VERB":
        return None
    instance = trigger
    while instance.dep_ == "conj" and instance.head.tag_ == "VBG":
        instance = instance.head
    if instance.tag_ == "VBG" and instance.dep_ == "pcomp" and instance.head.lower_ == "including":
        return instance.head.head
    return trigger


def is_present_perfect(verb: Token) -> bool:
    """The verb is a participle with "has" or "have": "has met", "have been arrested"."""
    return verb.tag_ == "VBN" and any(child.dep_ == "aux" and child.lower_ in ("has", "have", "'s", "'ve")
                                      for child in verb.children)


def is_on_an_earlier_occasion(trigger: Token) -> bool:
    """The trigger, a verb, is placed "in", "at" or "during" an occasion told as earlier ("two
    students were injured by police in an earlier protest", "at a previous hearing"): an act of
    that occasion, before the news."""
    return trigger.pos_ == "VERB" and any(
        child.dep_ == "prep" and child.lower_ in ("in", "at", "during")
        and (occasion := child_with(child, ("pobj",))) is not None
        and any(word.dep_ == "amod" and word.lower_ in EARLIER_OCCASION_ADJECTIVES for word in occasion.children)
        for child in trigger.children)


def is_first_stage(trigger: Token) -> bool:
    """The trigger, a verb, is told "initially" or "originally": the first stage of a change the
    text tells later ("Kenya initially denied the charges"), which happened before its news."""
    return trigger.pos_ == "VERB" and any(
        child.dep_ == "advmod" and child.lower_ in FIRST_STAGE_ADVERBS for child in trigger.children)


def is_since_start(trigger: Token) -> bool:
    """The trigger is the verb of a "since" clause after the clause it belongs to ("Chile has not
    traded with Bolivia since Bolivian troops attacked the post"): the act that starts a time
    lasting to the news, so before it. A "since" clause that leads its sentence gives a reason
    ("Since Kenya refused to negotiate, Uganda closed the border"), and stays."""
    mark = child_with(trigger, ("mark",))
    return trigger.dep_ == "advcl" and mark is not None and mark.lower_ == "since" and mark.i > trigger.head.i


def is_at_an_earlier_time(trigger: Token) -> bool:
    """The trigger, or the verb a noun trigger hangs on, is placed "at the time" or "at that
    time" (a time the text named before, not "at the time of the summit") or "back then"."""
    words = [trigger, trigger.head] if trigger.pos_ == "NOUN" else [trigger]
    for word in words:
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ == "at" and (time := child_with(child, ("pobj",))) is not None \
                    and time.lower_ == "time" and [c.lower_ for c in time.children] in (["the"], ["that"]):
                return True
            if child.dep_ == "advmod" and child.lower_ == "then" and any(c.lower_ == "back" for c in child.children):
                return True
    return False


def is_past_perfect(trigger: Token) -> bool:
    """A verb told in the past perfect ("had criticized", "had been arrested") outside what a
    speaker said, where it is only the tense of reported speech ("said it had attacked the
    rebels on Monday" is today's news told back). The past perfect sets an act before another
    past the text tells; with no date of its own it is background (`coder` drops it then:
    "the minister, who had criticized Kenya, resigned", "Uganda had asked Kenya to extradite
    him, but the request was dropped")."""
    return trigger.pos_ == "VERB" and trigger.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lower_ in ("had", "'d") and child.tag_ == "VBD" for child in trigger.children
    ) and not is_reported(trigger)


def is_dated_by_year(verb: Token) -> bool:
    """The verb's own "in" phrase names a year: "in 2014", "in March 2005"."""
    return any(child.dep_ == "prep" and child.lower_ == "in" and (date := child_with(child, ("pobj",))) is not None
               and (is_year(date) or any(is_year(part) for part in date.children)) for child in verb.children)


def is_named_by_year(trigger: Token) -> bool:
    """An act named with its year ("the 1994 genocide", "a 2015 meeting between A and B"): the
    text refers to it as a known act of its time, it does not report it."""
    return trigger.pos_ == "NOUN" and any(child.dep_ in ("nummod", "compound") and is_year(child) for child in trigger.lefts)


def is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and YEARS[0] <= int(token.text) <= YEARS[1]


def describes_participant(trigger: Token, triggers: set[int]) -> bool:
    """A participle describing a subject or object of another trigger of the sentence (`triggers`,
    token indexes): "the soldiers captured last week were released", "freed prisoners jailed for
    spying", "the coalition fighting the rebels declared a ceasefire". What was done to them
    before, or what they are doing anyway, is background to the act the sentence reports."""
    misread = reduced_relative(trigger)
    if misread is not None:
        return misread[1].i in triggers
    if trigger.dep_ != "acl" or trigger.tag_ not in ("VBN", "VBG"):
        return False
    noun = trigger.head
    # What a text does, or how a speaker speaks, is what the sentence reports: "released a report
    # accusing X", "X, speaking to the BBC, said".
    if trigger.tag_ == "VBG" and (lemma(noun) in DOCUMENT_NOUNS or lemma(noun.head) in PLAIN_SAYING):
        return False
    return noun.dep_ in (*SUBJECT_DEPS, "nsubjpass", *OBJECT_DEPS) and noun.head.i in triggers


def cause_name(cause: Token) -> str:
    """A cause's name in lower case, with the words hyphenated to it: "SARS-CoV-2", not "CoV-2"."""
    start = cause.i
    # The sentence is looked up last: finding it costs more than the hyphen test, which most causes fail.
    while start > 0 and (cause.doc[start - 1].text == "-" or cause.doc[start].text == "-") and start > cause.sent.start:
        start -= 1
    return cause.doc[start : cause.i + 1].text.lower() if start < cause.i else lemma(cause)


def select_matches(sentence: Span, lexicon: Lexicon, actors: "DocumentActors") -> list[Match]:
    """The best match per trigger; a token used by a longer pattern cannot trigger another.

    Blockers win like any pattern but yield nothing.
    """
    candidates = []
    for token in sentence:
        if token.pos_ not in ("VERB", "NOUN") or is_agent_participle(token):
            continue
        entries = lexicon.for_trigger(lemma(token))
        if not entries:
            continue
        frame, fronted = frame_tokens(token), fronted_object(token)  # once per trigger, for all its patterns
        # A pattern with a word that no word of the frame has cannot match: most patterns are
        # ruled out by this set test, before the search in order.
        forms = {form for _, word_lemma, lower in (*frame, *fronted) for form in (word_lemma, lower)}
        matches = [
            match
            for entry in entries
            if all(word == TARGET or not word.isdisjoint(forms) for word in entry.words)
            and (match := match_pattern(entry, token, frame, fronted)) is not None and fits_trigger(match, actors)
            and (not entry.actor_target or target_is_actor(match, actors))
            and (not entry.object_target or match.target is not None)
            and (not entry.thing_object or acts_on_thing(match.trigger, actors))
            and (not entry.active or not is_passive_voice(match.trigger))
        ]
        if matches:
            candidates.append(max(matches, key=lambda match: match_rank(match, actors)))
    candidates = [match for match in candidates if not claimed_inside_infinitive(match, candidates)]
    chosen: list[Match] = []
    used: set[int] = set()
    for match in sorted(candidates, key=lambda match: match_rank(match, actors), reverse=True):
        if match.trigger.i in used:
            continue
        chosen.append(match)
        used.update(token.i for token in match.words)
        used.add(match.trigger.i)
    return sorted((match for match in chosen if not match.entry.is_blocker), key=lambda m: m.trigger.i)


def fits_trigger(match: Match, actors: "DocumentActors") -> bool:
    """A noun trigger needs a noun pattern ("strike on X"), not a verb's object pattern ("attack X")
    nor a verb-only one; a noun-only pattern needs a noun, a pattern for coordinated subjects
    needs them ("A and B agree")."""
    if match.entry.coordinated and not has_coordinated_subject(match.trigger, actors):
        return False
    if match.trigger.pos_ != "NOUN":
        return not match.entry.noun_only
    return not (match.entry.is_object_pattern or match.entry.verb_only)


def is_passive_voice(verb: Token) -> bool:
    """The verb tells what was done to its subject, in any of the passive's forms: "was admitted to
    hospital", "a minister admitted to hospital", "was elected and admitted to the academy" (a
    participle sharing the passive's auxiliary)."""
    if verb.pos_ != "VERB":
        return False
    # A bare verb with no subject, auxiliary, object or clause of its own, joined to a passive, is
    # that passive's participle, whatever the parser's tag ("was elected and admitted to the academy").
    shares_passive = (verb.dep_ == "conj" and verb.head.pos_ == "VERB" and is_passive(verb.head)
                      and child_with(verb, (*SUBJECT_DEPS, "nsubjpass", "aux", *OBJECT_DEPS, "ccomp", "xcomp")) is None)
    return (is_passive(verb) or is_passive_participle(verb) or is_reduced_passive_clause(verb)
            or is_absolute_passive(verb) or shares_passive)


def acts_on_thing(verb: Token, actors: "DocumentActors") -> bool:
    """The verb's object (a passive's subject) is a noun naming no actor and no people: a thing
    given back ("returned a bronze bell to X"), not people sent back ("returned 300 refugees to
    X", a pronoun: "returned them to X") nor no object at all ("the envoy returned to X")."""
    thing = passive_subject(verb) if is_passive(verb) else child_with(verb, ("dobj",))
    return (thing is not None and thing.pos_ == "NOUN" and actors.code_mention(thing, True) is None
            and actors.unplaced(thing) is None)


def has_coordinated_subject(trigger: Token, actors: "DocumentActors") -> bool:
    """The trigger's doers are several: coordinated ("A and B agree"), or coordinated nations
    modifying one plural noun ("Indian and French warships"), which the actors split into one
    actor each."""
    head = source_head(trigger)
    if head is None:
        return False
    return bool(head.conjuncts or misparsed_conjuncts(head)) or len({mention.span for mention in actors.code_mentions(head)}) > 1


def match_rank(match: Match, actors: "DocumentActors") -> tuple[int, bool, bool, int, int]:
    """Longer patterns first; among equals, one whose target is an actor, then one with any target,
    then one naming the kind of a thing rather than the thing ("violated the ceasefire agreement"
    breaks a ceasefire, not just an agreement), then the one whose words hang closest to the
    trigger: "downed tools at the start of a strike" stops work (a strike), not a strike
    (military)."""
    coded = match.target is not None and actors.code_mention(match.target, True) is not None
    # A kind capitalised in a name is still a kind: "violated the Ceasefire Agreement".
    kinds = sum(1 for word in match.words if word.dep_ == "compound" and word.pos_ in ("NOUN", "PROPN"))
    return (match.entry.specificity, coded, match.target is not None, kinds, -frame_distance(match))


def target_is_actor(match: Match, actors: "DocumentActors") -> bool:
    """The match's TARGET names an actor, known or a named person or organisation (`actor` patterns)."""
    return match.target is not None and (
        actors.code_mention(match.target, True) is not None or actors.unplaced(match.target) is not None)


def frame_distance(match: Match) -> int:
    """How deep the pattern's words lie below the trigger, summed; words outside its phrase (before
    it, or a passive's fronted object) count 0."""
    return sum(len(list(word.ancestors)) - len(list(match.trigger.ancestors))
               for word in match.words if match.trigger in word.ancestors)


def is_subsumed_statement(event: FoundEvent, event_triggers: list[Token]) -> bool:
    """A plain statement ("said") whose complement holds another coded event: that event is the
    news. A statement that is an act of its own ("expressed concern about the fighting", "claimed
    responsibility for the attack") stands beside the event it is about."""
    plain_saying = is_bare_speech(event.match.entry) and event.cameo == event.match.entry.cameo  # not a demand
    if not plain_saying:
        return False
    return any(event.match.trigger in trigger.ancestors for trigger in event_triggers)


def match_pattern(
    entry: LexiconEntry, trigger: Token, frame: list[FrameWord] | None = None, fronted: list[FrameWord] | None = None
) -> Match | None:
    """Match the entry's words, in order, among the trigger's dependents (its `frame_tokens`,
    and first its passive's `fronted_object`, both given when several patterns are tried on
    one trigger), and its words before the trigger, in order, among the words before it
    (`tokens_before`).

    A preposition must hang on the trigger or on a word the pattern already matched:
    "mobilize against X" is not "mobilized reservists for a war against X".
    """
    words = match_before(entry, trigger)
    if words is None:
        return None
    if frame is None:
        frame = frame_tokens(trigger)
    position, previous = trigger.i, trigger
    target = None
    if fronted is None:
        fronted = fronted_object(trigger)
    for word in entry.words:
        at = next((n for n, (_, t_lemma, t_lower) in enumerate(fronted) if t_lemma in word or t_lower in word), None)
        if word != TARGET and at is not None:
            words.append(fronted[at][0])  # "sanctions were imposed on X": the object comes first
            if fronted[at][0].pos_ == "ADP":
                previous = fronted[at][0]  # "sanctions against X were imposed": X is the TARGET
            fronted = fronted[at + 1:]
            continue
        # "the strike was called off", "sanctions were rolled back": the particle (which the
        # parser may call an adverb) still follows its verb, and the object may still come.
        particle = next((t for t in trigger.children if t.dep_ in ("prt", "advmod") and t.i > trigger.i
                         and (lemma(t) in word or t.lower_ in word)), None) if fronted else None
        if particle is not None:
            words.append(particle)
            continue
        fronted = []
        if word == TARGET:
            target = target_after(previous, trigger)
            continue
        attach_to = {trigger.i, *(token.i for token in words)}
        found = next(
            (
                t
                for t, t_lemma, t_lower in frame
                if t.i > position
                and (t_lemma in word or t_lower in word)
                and (t.pos_ != "ADP" or (t.head.i in attach_to and not is_time_phrase(t)))
                and not unclaimed_infinitive(t, words)
                # A blocker names a phrase; a word of it further off is another matter.
                and not (entry.is_blocker and under_unnamed_preposition(t, attach_to))
                and not is_recipient(t)
                and not is_purpose_object(t, attach_to)
            ),
            None,
        )
        if found is None:
            return None
        words.append(found)
        position, previous = found.i, found
    return Match(entry, trigger, tuple(words), target)


def is_recipient(token: Token) -> bool:
    """The first of two objects, whom the second is given: "police" in "sent the police a list"
    is no "send police" (a pattern word names what is acted with, not to whom it goes). Not a
    pronoun, which the parser may take for a recipient: "released him pending investigation"."""
    return token.dep_ == "dative" and token.pos_ in ("NOUN", "PROPN") and any(
        child.dep_ == "dobj" and child.i > token.i for child in token.head.children)


def is_purpose_object(token: Token, matched: set[int]) -> bool:
    """The noun after a verb's "for" that the pattern does not name (`matched` as for
    `under_unnamed_preposition`) says what the act is for, not what it is done to: "left for
    Addis Ababa for talks" is no "leave talks". A noun's "for" names its object ("requests for
    assistance")."""
    preposition = token.head
    return (token.dep_ == "pobj" and preposition.lower_ == "for" and preposition.head.pos_ == "VERB"
            and preposition.i not in matched)


def under_unnamed_preposition(token: Token, matched: set[int]) -> bool:
    """The word lies in a prepositional phrase the pattern does not name (`matched`: the token
    indexes of the trigger and the words matched so far): "met Biden before the deadline" is no
    "meet deadline". "Of" only says whose or what ("met the terms of the deal")."""
    for governor in token.ancestors:
        if governor.i in matched:
            return False
        if governor.dep_ == "prep" and governor.lower_ != "of":
            return True
    return False


def unclaimed_infinitive(token: Token, words: list[Token]) -> bool:
    """An infinitive whose "to" the pattern has not matched: a pattern claims a verb's
    infinitive only by naming its "to" ("agree to meet"), so "report attack", written for
    "reported an attack", leaves "attacked" in "were reported to have attacked" its own event."""
    to = next((child for child in token.children if child.dep_ == "aux" and child.tag_ == "TO"), None)
    return token.pos_ == "VERB" and to is not None and all(word.i != to.i for word in words)


def claimed_inside_infinitive(match: Match, candidates: list[Match]) -> bool:
    """A word of the match lies inside a noun's infinitive whose "to" the match does not name, and
    a pattern of a trigger inside that infinitive claims it: "adopted a motion to lift the
    embargo" is the motion's lifting ("lift embargo"), no "adopt embargo". A word no pattern
    inside claims stays the match's ("refused a request to step down")."""
    for word in match.words:
        infinitive = enclosing_noun_infinitive(word, match)
        if infinitive is not None and any(
            other is not match and (other.trigger.i == infinitive.i or infinitive in other.trigger.ancestors)
            and any(claimed.i == word.i for claimed in other.words)
            for other in candidates
        ):
            return True
    return False


def enclosing_noun_infinitive(word: Token, match: Match) -> Token | None:
    """The nearest noun's infinitive between the word and the match's trigger whose "to" and verb
    the match does not name ("refuse request step down" names the verb); None if there is none."""
    for governor in word.ancestors:
        if governor.i == match.trigger.i:
            return None
        if (is_noun_infinitive(governor) and unclaimed_infinitive(governor, list(match.words))
                and all(named.i != governor.i for named in match.words)):
            return governor
    return None


def fronted_object(trigger: Token) -> list[FrameWord]:
    """What a passive acts on, said before its verb, with its modifiers and prepositions in text
    order: "economic sanctions" in "economic sanctions were imposed on X" and "the economic
    sanctions imposed on X", "evidence against" in "evidence against X was presented"."""
    if trigger.pos_ != "VERB":
        return []
    if is_passive_participle(trigger):
        acted_on = described_noun(trigger)
    elif is_passive(trigger):
        acted_on = passive_subject(trigger)
    else:
        return []
    if acted_on is None or acted_on.i > trigger.i:
        return []
    tokens = [acted_on, *(child for child in acted_on.lefts if child.dep_ in ("amod", "compound")),
              *(child for child in acted_on.rights if child.dep_ == "prep" and child.i < trigger.i)]
    return [(token, lemma(token), token.lower_) for token in sorted(tokens, key=lambda t: t.i)]


def match_before(entry: LexiconEntry, trigger: Token) -> list[Token] | None:
    """The tokens matching the entry's words before the trigger, in order; None if one is missing.
    They count as the pattern's words: "said" in "said it would free" triggers nothing else."""
    found: list[Token] = []
    if not entry.before:
        return found
    candidates = iter(tokens_before(trigger))
    for word in entry.before:
        token = next((t for t in candidates if lemma(t) in word or t.lower_ in word), None)
        if token is None:
            return None
        found.append(token)
    return found


def tokens_before(trigger: Token) -> list[Token]:
    """Where words written before the trigger are sought, in text order: its own phrase before it
    (subject, auxiliaries, negation, adverbs: "planes attacked", "did not allow", "heavily criticized")
    and the words governing it with their auxiliaries, negation and adverbs ("said it would not
    delay", "failed to agree", "is trying to", "the refusal to bargain"), and the subject of a
    verb whose complement the trigger is, who does it ("troops began withdrawing")."""
    found = [token for token in trigger.subtree if token.i < trigger.i]
    complement = trigger
    for governor in trigger.ancestors:
        found.append(governor)
        found.extend(child for child in governor.children if child.dep_ in ("aux", "auxpass", "neg", "advmod"))
        if complement is not None and complement.dep_ == "xcomp":
            subject = child_with(governor, ("nsubj", "nsubjpass"))
            found.extend(subject.subtree if subject is not None else ())
        complement = governor if complement is not None and complement.dep_ == "xcomp" else None
    return sorted({token.i: token for token in found if token.i < trigger.i}.values(), key=lambda t: t.i)


FrameWord = tuple[Token, str, str]
"""A word of a trigger's frame with its lemma and lower-case form, as patterns compare them."""


def is_time_phrase(preposition: Token) -> bool:
    """A preposition whose object is a date, a time or an occasion: "attacked the inquiry on
    Monday" has no "attack on X", "attacked the town for the second time" no "attack X for".
    "Until" always takes a time, so a pattern naming it means one: "gave X until Friday"."""
    if preposition.lower_ in DEADLINE_PREPOSITIONS:
        return False
    return any(child.dep_ == "pobj" and (child.ent_type_ in ("DATE", "TIME") or lemma(child) == "time")
               for child in preposition.children)


def frame_tokens(trigger: Token) -> list[FrameWord]:
    """The trigger's dependents (to FRAME_DEPTH levels) that pattern words may match, in text order;
    a noun's conjuncts are dependents as the noun is ("used batons and tear gas"). "According to"
    attributes the report and is no part of the act (nor is its lemma "accord" an agreement)."""
    # "called for Peru to withdraw": the parser makes "for" the mark of the infinitive clause,
    # not a preposition of the verb, so it is taken from there.
    found: list[Token] = [mark for clause in trigger.children if clause.dep_ == "advcl"
                          for mark in clause.children if mark.dep_ == "mark" and mark.lower_ == "for"]
    level = [trigger]
    for _ in range(FRAME_DEPTH):
        level = [child for token in level for child in token.children if child.lower_ != "according"
                 and (child.dep_ in FRAME_DEPS or is_noun_infinitive(child) or is_passive_complement(child)
                 or is_object_infinitive(child) or is_object_participle(child) or is_given_clause(child)
                 or (child.dep_ == "conj" and token is not trigger and token.pos_ == "NOUN")
                 # An object the parser took for an adverbial noun: "returned to Togo yesterday
                 # 40 seized cattle"; not a time ("yesterday", "last week").
                 or (child.dep_ == "npadvmod" and child.pos_ == "NOUN" and not child.ent_type_)
                 # What a vehicle carries is what is sent: "sent a plane carrying medical supplies".
                 or (child.dep_ == "acl" and token.pos_ == "NOUN" and lemma(child) in CARRYING_VERBS)
                 # An adjective or a noun the parser made a clause of its own: "let free the
                 # activists", "allowed aid workers access to the region".
                 or (child.dep_ == "ccomp" and child.pos_ in ("ADJ", "NOUN"))
                 # The object the parser made the subject of an object infinitive: "allowed
                 # inspectors to visit" read as "allowed [inspectors to visit]".
                 or (child.dep_ == "nsubj" and token is not trigger
                     and (is_object_infinitive(token) or is_object_participle(token) or is_given_clause(token))))]
        found.extend(level)
    return [(token, lemma(token), token.lower_) for token in sorted(found, key=lambda t: t.i)]


def is_noun_infinitive(token: Token) -> bool:
    """An infinitive on a noun, which the noun's patterns may name as they name a verb's: "an
    attempt to assassinate X" is "attempt to assassinate"."""
    return token.dep_ == "acl" and token.head.pos_ == "NOUN" and any(
        child.dep_ == "aux" and child.tag_ == "TO" for child in token.children)


def target_after(previous: Token, trigger: Token) -> Token | None:
    """The TARGET slot: the object of the preceding preposition, else the verb's object (also
    after a particle: "shot down a Russian warplane", and the subject the parser gave its
    infinitive: "wants Putin to attack")."""
    if previous.dep_ in ("prep", "agent") or (previous.pos_ == "ADP" and previous.dep_ != "prt"):
        return child_with(previous, ("pobj",)) or raised_object(previous)
    verb = previous if previous.pos_ == "VERB" else trigger
    if is_passive(verb):
        return passive_subject(verb)
    if (patient := reduced_passive_patient(verb)) is not None:
        return patient
    infinitive = next((child for child in verb.children if is_object_infinitive(child)), None)
    return (verb_object(verb) or shifted_object(verb)
            or (child_with(infinitive, ("nsubj",)) if infinitive is not None else None))


def is_object_infinitive(clause: Token) -> bool:
    """An infinitive with a subject of its own that the parser hung on a verb as a clause, its
    subject being the verb's object: "wants Putin to attack" read as "wants [Putin to attack]"."""
    return (clause.dep_ == "ccomp" and clause.pos_ == "VERB"
            and any(child.dep_ == "aux" and child.tag_ == "TO" for child in clause.children)
            and any(child.dep_ == "nsubj" and child.i > clause.head.i for child in clause.children))


def is_object_participle(clause: Token) -> bool:
    """A participle with a subject of its own that the parser hung on a verb as a clause, its
    subject being the verb's object that the participle describes: "will not accept refugees
    fleeing the war" read as "will not accept [refugees fleeing the war]"."""
    return (clause.dep_ == "ccomp" and clause.tag_ == "VBG"
            and not any(child.dep_ in ("aux", "auxpass") for child in clause.children)
            and any(child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN") and child.i > clause.head.i
                    for child in clause.children))


def is_given_clause(clause: Token) -> bool:
    """A verb of giving's two objects that the parser read as a clause, taking the recipient
    for its subject and an adjective of the thing given for its verb: "granted aid agencies
    unfettered access" read as "granted [agencies unfettered access]": the adjective comes
    right before its noun (not "denying X citizenship violated the law", where the denying
    is the subject of a real verb)."""
    return (clause.dep_ == "ccomp" and clause.tag_ in ("VBD", "VBN") and lemma(clause.head) in GIVING_VERBS
            and not any(child.dep_ in ("aux", "auxpass") for child in clause.children)
            and any(child.dep_ == "nsubj" and child.i > clause.head.i for child in clause.children)
            and any(child.dep_ == "dobj" and child.i == clause.i + 1 for child in clause.children))


def raised_object(preposition: Token) -> Token | None:
    """The object a preposition left without one shares with the coordinated phrase after it:
    Peru in "restored ties with and reopened its embassy in Peru"."""
    doc = preposition.doc
    conjunction = doc[preposition.i + 1] if preposition.i + 1 < len(doc) else None
    if conjunction is None or conjunction.dep_ != "cc":
        return None
    conjunct = next((child for child in conjunction.head.children if child.dep_ == "conj" and child.i > conjunction.i), None)
    end = conjunct.right_edge if conjunct is not None else None
    return end if end is not None and end.dep_ == "pobj" else None


def actor_pairs(
    match: Match, actors: "DocumentActors", targets: list[ActorMention] | None = None,
    verb_phrase_targets: bool = False, alone: bool = False,
) -> Iterator[tuple[ActorMention, ActorMention | None]]:
    """The coded (source, target) pairs of a match, one per coordinated actor; `targets`
    replaces the targets the match itself points to (`find_targets`). With `verb_phrase_targets`
    (a lexicon imported from PETRARCH), a source without them takes the first other actor in the
    verb's phrase (`verb_phrase_actors`). With `alone`, a statement that is an act of its own
    through its complement ("said the shelling must stop") needs no addressee."""
    head = source_head(match.trigger)
    sources = coded_conjuncts(head, actors)
    if match.trigger.pos_ == "NOUN" and head is not None and head.dep_ in ("amod", "compound", "nmod"):
        if is_place_modifier(head, actors) or is_against_modifier(head):
            sources = []
        else:
            sources = [owning_nation(source, match) for source in sources]
        if is_hyphen_pair(head):
            sources = hyphen_pair_actors(head, actors)  # "U.S.-Soviet talks": between the two
    if not any(source.country for source in sources):
        # An event noun acting or acted on by its owner: "US drone attacks killed ..." is the US acting.
        owner = match.trigger if match.trigger.pos_ == "NOUN" else head
        if owner is not None and owner.pos_ == "NOUN":
            owned = [owning_nation(mention, match) for mention in modifier_actors(owner, actors)]
            sources = owned if owned and not is_bare_pronoun_owner(owned, sources) else sources
        if not sources and head is not None and lemma(head) in DOCUMENT_NOUNS:
            sources = document_authors(head, actors)  # "X issued a report accusing Y"
        if not sources and head is not None:
            sources = participle_agents(head, actors)  # "missiles fired by X struck a depot"
        if not sources and head is not None and (unplaced := actors.unplaced(head)) is not None:
            sources = [unplaced]  # "The FLN has claimed responsibility"
        if not sources and head is not None:
            sources = included_actors(head, actors)  # "Critics, including the EU, accuse X"
    if not sources and match.entry.reciprocal:
        # "Talks were held between A and B"; "the summit between A and B failed to reach a deal"
        sources = passive_parties(match.trigger, actors) or subject_parties(head, actors)
    targets = targets if targets is not None else find_targets(match, actors)
    targets = [target for target in targets if not is_no_party(target, match)]
    if not sources and is_agentless_act(match, head) and any(target.country for target in targets):
        # "Three soldiers were killed": by someone unknown, unless they were held by someone.
        held_by = custodian(match.trigger, actors) if match.entry.cameo[:2] in VIOLENCE_ROOTS else None
        sources = [held_by or unknown_actor(match.trigger)]
    # "The two countries" act on each other ("reciprocally withdrew their ambassadors"), but
    # "they stated" is no statement to each other.
    group = len({source.span for source in sources}) == 1 and not match.entry.cameo.startswith(STATEMENT_ROOT)
    mutual = match.entry.cameo[:2] in RECIPROCAL_ROOTS and not match.entry.cameo.startswith(PLEDGE_TO_GIVE)
    if not targets and len(sources) > 1 and (group or match.entry.reciprocal or mutual or names_each_other(match)):
        for source in sources:
            for other in sources:
                if other is not source:
                    yield source, other
        return
    sentence = match.trigger.sent
    for source in sources:
        if actors.focus_of_a_third(source, targets, sentence):
            source = without_country(source)
        # A country guessed from a focus the sentence names only as a third actor's is no one's here.
        own_targets = [without_country(target) if actors.focus_of_a_third(target, [source], sentence) else target
                       for target in targets]
        # "Chile recalled the Chilean ambassador to Peru": its own envoy, so aimed at the host.
        own_targets = [host for target in own_targets for host in (own_envoy_hosts(target, source, match, actors) or [target])]
        # "Kenya's president withdrew Kenya from the pact with Uganda": the own state is carried
        # out of or into something, aimed at whoever is there.
        own_targets = [other for target in own_targets
                       for other in (carried_own_state(target, source, match, actors) if is_own_state(target, source) else [target])]
        # Words to or about a state as a whole, and aid to it or sanctions on it, are mostly
        # another state's: a country guessed for the actor from that state alone tells nothing.
        # Acts in a state's own land ("forces withdrew from a Bosnian town") are often its own.
        spoken = match.entry.cameo[:2] in VERBAL_ROOTS or match.entry.cameo.startswith(FOREIGN_ACT_CODES)
        # An actor does not act on itself ("expressed concern to the UN" said by a UN official),
        # unless its code is only such a guess; but force against another group of the same code
        # is fighting between two ("rebels killed the commander of a rival militia"), unless a
        # pronoun may be the actor itself.
        aimed = [target for target in own_targets if target.code != source.code or (
            match.entry.cameo[:2] in VIOLENCE_ROOTS and target.span != source.span
            and not SELF_PRONOUNS & set(target.text.lower().split())) or (
            spoken and actors.borrows_focus(source, target, sentence))]
        if not aimed and verb_phrase_targets and match.trigger.pos_ == "VERB":
            aimed = verb_phrase_actors(match.trigger, actors, source)  # PETRARCH's reading of targets
        if not aimed and match.entry.cameo.startswith(INCIDENT_ACT_CODES):
            # "expressed his sorrow over the floods in Ghana": "his" is the source itself
            aimed = [place for place in incident_place_targets(match, actors) if place.code != source.code]
        if not aimed and (alone or not needs_addressee(match.entry)):
            yield source, None
        for target in aimed:
            if spoken and actors.borrows_focus(source, target, sentence):
                yield without_country(source), target
            elif spoken and actors.borrows_focus(target, source, sentence):
                yield source, without_country(target)
            else:
                yield source, policed(target, source)


def is_no_party(target: ActorMention, match: Match) -> bool:
    """The target names no one the act is aimed at: an office or role the subject takes, said
    as what it is or becomes ("resigned to become the Peruvian Minister of Defence", "was
    elected president of Chile"; but not what there is: "there were ten soldiers killed"),
    or, for a case brought (CAMEO 115), the court it is brought to or heard in ("appealed the
    verdict to the Supreme Court of Kenya"): a venue, not the other party."""
    root = mention_head(target, match.trigger.doc)
    if root is None:
        return False
    # "There were ten soldiers killed": after an expletive "there", the attribute is what exists.
    if root.dep_ in ATTRIBUTE_DEPS and root.head.i != match.trigger.i and child_with(root.head, ("expl",)) is None:
        return True
    return (match.entry.cameo == LAWSUIT and target.sector == JUDICIARY and root.dep_ == "pobj"
            and root.head.lower_ in VENUE_PREPOSITIONS)


def own_envoy_hosts(target: ActorMention, source: ActorMention, match: Match, actors: "DocumentActors") -> list[ActorMention]:
    """The state an envoy of the source's own nation is sent to ("Chile recalled the Chilean
    ambassador to Peru" -> Peru); nothing for any other target: a foreign envoy is its own
    nation's ("Peru expelled the Bolivian ambassador to Peru" -> Bolivia)."""
    if source.country is None or target.country != source.country:
        return []
    head = mention_head(target, match.trigger.doc)
    if head is None or not is_foreign_envoy(head, actors):
        return []
    preposition = next((child for child in head.children if child.dep_ == "prep" and child.lower_ == "to"), None)
    return coded_conjuncts(child_with(preposition, ("pobj",)), actors, governed=True) if preposition is not None else []


def is_own_state(target: ActorMention, source: ActorMention) -> bool:
    """True when the target is the source's own country as a whole (no sector): "Kenya" for the
    Kenyan president."""
    return source.country is not None and target.code == source.country


def carried_own_state(target: ActorMention, source: ActorMention, match: Match, actors: "DocumentActors") -> list[ActorMention]:
    """Whom an act aims at when its object is the doer's own state, taken out of or into
    something ("withdrew Kenya from the African Union", "pulled Kenya out of the pact with
    Uganda", "led Kenya into a war with Somalia"): the state only says on whose behalf the doer
    acts, so the target is the actor that phrase names, or the partners it names after "with"
    or "between" (not the state itself); none when it names no actor. Any other act on the own
    state keeps it as the target."""
    head = mention_head(target, match.trigger.doc)
    if head is None or head.dep_ != "dobj" or head.head.i != match.trigger.i:
        return [target]
    place = carried_to(match.trigger)
    if place is None:
        return [target]
    if found := coded_conjuncts(place, actors, governed=True):
        return [mention for mention in found if mention.country != source.country]
    partners = [mention for preposition in place.children if preposition.dep_ == "prep" and preposition.lower_ in PARTNER_PREPOSITIONS
                for mention in coded_conjuncts(child_with(preposition, ("pobj",)), actors, governed=True)]
    return [mention for mention in partners if mention.country != source.country]


def carried_to(verb: Token) -> Token | None:
    """The object of the verb's "from", "into" or "out of" ("withdrew X from the pact", "pulled
    X out of the union"); None when it has none."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "into") and (place := child_with(child, ("pobj",))) is not None:
            return place
        if child.dep_ in ("prep", "prt") and child.lower_ == "out":  # "of" hangs on "out" or on the verb
            if (place := child_with_preposition(child, "of") or child_with_preposition(verb, "of")) is not None:
                return place
    return None


def mention_head(mention: ActorMention, doc: Doc) -> Token | None:
    """The head word of the phrase a mention's character span covers; None for an empty span
    (an actor the sentence does not name)."""
    span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def names_each_other(match: Match) -> bool:
    """True when the act is aimed at "each other": its object, or the trigger's object or
    object of a preposition ("fired at each other across the border")."""
    if is_each_other(object_head(match)):
        return True
    return any(is_each_other(child if child.dep_ == "dobj" else child_with(child, ("pobj",)))
               for child in match.trigger.children if child.dep_ in ("dobj", "prep"))


def is_each_other(head: Token | None) -> bool:
    """True for a reciprocal pronoun, "each other" or "one another", whose words the parser
    makes a noun and its determiner: "Armenia and Azerbaijan accused each other" is each
    accusing the other."""
    if head is None or head.lower_ not in ("other", "one"):
        return False
    words = {head.lower_, *(child.lower_ for child in head.children if child.dep_ == "det")}
    return words in ({"each", "other"}, {"one", "another"})


def without_country(mention: ActorMention) -> ActorMention:
    """The mention without its country: "---" and its sector."""
    return ActorMention(mention.text, mention.span, "---" + mention.code[3:], None, mention.sector)


def policed(target: ActorMention, source: ActorMention) -> ActorMention:
    """Police act at home: whom they act on, named without a country, is of theirs ("Turkish
    police dispersed students" -> TUREDU)."""
    if source.sector != POLICE or source.country is None or target.country is not None:
        return target
    return ActorMention(target.text, target.span, source.country + target.code[3:], source.country, target.sector)


@dataclass(frozen=True)
class ComplementAct:
    """What a plain statement does through its complement clause (`complement_act`), or a plain
    appeal through the protest it asks for (rallying opposition, 113)."""

    cameo: str
    targets: list[ActorMention]
    about_act: bool  # the clause's subject is an act, not an actor: the statement needs no addressee
    topic: Token | None = None  # the act demanded to end or change, or claimed: the statement's topic


def complement_act(match: Match, actors: "DocumentActors", triggers: set[int], conflict_acts: set[int]) -> ComplementAct | None:
    """What a plain statement does to the actors its complement clause is about: "said the US
    must be ready to mediate" and "insisted that Japan apologize" are demands on them (100),
    "said Hamas is responsible for the escalation" an accusation of Hamas (112), "said the Ugandan
    plan was unacceptable" a criticism of whoever its subject names, if anyone (111,
    reproaches.tsv). The complement
    may sit in another one ("said Israel is committed to X; Hamas is responsible for Y"). A
    demand may be about an act of conflict rather than an actor (`conflict_acts`: the token
    indexes of their triggers): "said the shelling of Yemeni towns must stop" demands it of
    whoever the phrase names, if anyone, and the act is its topic. An act declared out of the
    question is refused (120: "said lifting the sanctions on Peru is out of the question"). Claiming
    an act of one's own (`triggers`: the token indexes of the sentence's matches) claims
    responsibility for it ("claimed they had shelled the base", 015)."""
    if not is_bare_speech(match.entry):
        return None
    clauses = [child for child in match.trigger.children if child.dep_ == "ccomp"]
    clauses += [inner for clause in clauses for inner in clause.children if inner.dep_ in ("ccomp", "conj")]
    for clause in clauses:
        subject = child_with(clause, ("nsubj", "nsubjpass"))
        if clause.i in triggers and lemma(match.trigger) in CLAIM_VERBS and (
                claimed := claimed_act_targets(match, clause, actors)) is not None:
            # The claimed act is told only by its doer's claim: the claim is the news.
            return ComplementAct(CLAIM_RESPONSIBILITY, claimed, about_act=True, topic=clause)
        if any(child.dep_ == "aux" and child.lower_ in OBLIGATION_MODALS for child in clause.children) or is_mandative(clause):
            act = DEMAND
        elif any(child.dep_ == "acomp" and lemma(child) in BLAME_ADJECTIVES for child in clause.children):
            act = ACCUSE
        elif any(child.dep_ in ("acomp", "attr") and lemma(child) in default_reproaches() for child in clause.children):
            act = CRITICIZE
        elif is_ruled_out(clause):
            act = REFUSE
        else:
            continue
        if act == REFUSE and (subject := child_with(clause, (*SUBJECT_DEPS, "nsubjpass"))) is not None:
            done_to = child_with(subject, ("dobj",)) if subject.tag_ == "VBG" else subject  # "lifting the sanctions on X"
            return None if is_negated(clause) else ComplementAct(act, phrase_targets(done_to, actors), about_act=True)
        if act == CRITICIZE and not is_negated(clause):
            # What is reproached is mostly a thing ("the Ugandan plan"): the criticism is of whoever
            # it names; a pronoun ("said it was unacceptable") names no one for certain.
            named = [] if subject is None or subject.pos_ == "PRON" else (
                coded_conjuncts(subject, actors) or actors_within(subject, actors))
            return ComplementAct(act, named, about_act=True)
        if subject is None or is_negated(clause):
            continue
        if found := coded_conjuncts(subject, actors):
            return ComplementAct(act, found, about_act=False)
        if act == DEMAND and subject.i in conflict_acts:
            return ComplementAct(act, actors_within(subject, actors), about_act=True, topic=subject)
    return None


def claimed_act_targets(match: Match, clause: Token, actors: "DocumentActors") -> list[ActorMention] | None:
    """Whom the act of a claimed clause (a coded act) is done to, when the claimer did it: "the rebels claimed
    they had shelled an army base" claims responsibility for shelling the army (015), "claimed
    they had raided a convoy" for a raid on no one named (an empty list); None for a
    claim of another's act ("claimed the army shelled the town"), which is no such claim."""
    subject = child_with(clause, ("nsubj",))
    if subject is None or is_negated(clause) or clause.pos_ != "VERB":
        return None
    claimers = coded_conjuncts(source_head(match.trigger), actors)
    if not {mention.code for mention in claimers} & {mention.code for mention in coded_conjuncts(subject, actors)}:
        return None
    if subject.pos_ == "PROPN" and not any(mention.text.split()[-1:] == [subject.text] for mention in claimers):
        return None  # another of the same code, by name: "the senator claimed Smith had insulted Lee"
    return phrase_targets(child_with(clause, ("dobj",)), actors) or clause_targets(clause, set(), actors, complements=False)


def is_ruled_out(clause: Token) -> bool:
    """The clause declares its subject "out of the question"."""
    out = next((child for child in clause.children if child.dep_ == "prep" and child.lower_ == "out"), None)
    question = child_with_preposition(out, "of") if out is not None else None
    return question is not None and lemma(question) == "question"


def is_mandative(verb: Token) -> bool:
    """A "that" clause in the mandative subjunctive: a base form with a subject of its own and
    no tensed or modal auxiliary ("insisted that Japan apologize", "that the law be repealed"),
    which says what is required, not what is so; not a bare clause after a verb of perceiving
    ("saw soldiers shoot protesters"), which tells what happened."""
    if verb.dep_ != "ccomp" or child_with(verb, (*SUBJECT_DEPS, "nsubjpass")) is None:
        return False
    if not any(child.dep_ == "mark" and child.lower_ == "that" for child in verb.children):
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":
        return not auxiliaries
    return verb.tag_ == "VBN" and [aux.tag_ for aux in auxiliaries] == ["VB"]  # "be repealed"


def is_agentless_act(match: Match, source: Token | None) -> bool:
    """A material act told in the passive without an actor as its agent ("was arrested", "were
    killed", "were killed by a roadside bomb"), or with a thing that names no actor as its
    subject (`source`: "a roadside bomb killed"; not an idea or a text, `IDEA_NOUNS`: "his views
    clashed with X"): an event on its target whoever did it. Words,
    threats and announced acts ("would be indicted") need a speaker; a relative clause is
    background, and a target without a country ("people were killed") says too little to
    stand alone."""
    trigger = match.trigger
    if match.entry.cameo[:2] in VIOLENCE_ROOTS and death_caused(trigger) is not None:
        return True  # "died after torture": whoever tortured, the dead were its victims
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass"):
        # "an attempt to assassinate X was foiled"; not a standing measure ("sanctions on X were
        # lifted"), which the clause's verb may end.
        return match.entry.cameo[:2] in VIOLENCE_ROOTS
    if trigger.dep_ == "relcl" or (trigger.dep_ == "acl" and not is_existential(trigger.head)) or trigger.pos_ != "VERB":
        # Background to a noun: "the riots in which 20 people were killed", "the curfew imposed in
        # May"; but "there were ten soldiers killed" tells the killing.
        return False
    by_thing = (source is not None and source.pos_ == "NOUN" and source.dep_ == "nsubj" and source.head == trigger
                and lemma(source) not in IDEA_NOUNS and source.lower_ not in IDEA_NOUNS)  # "politics": lemma "politic"
    return ((is_passive(trigger) or is_passive_participle(trigger) or is_absolute_passive(trigger) or by_thing)
            and match.entry.cameo[:2] not in VERBAL_ROOTS and not is_announced(trigger))


def death_caused(trigger: Token) -> Token | None:
    """The verb of dying whose cause the trigger is named as, through prepositions: "died after
    torture", "died of his wounds", "died as a result of beatings", "died after being tortured"."""
    word = trigger
    for _ in range(4):  # "as a result of" is the longest chain: pobj, prep, pobj, prep
        if word.dep_ not in ("pobj", "pcomp", "prep"):
            return None
        word = word.head
        if word.pos_ == "VERB":
            return word if lemma(word) in DEATH_VERBS else None
    return None


def is_existential(noun: Token) -> bool:
    """The noun is what "there is" says exists ("there were ten soldiers ...")."""
    return noun.dep_ == "attr" and any(child.dep_ == "expl" for child in noun.head.children)


def included_actors(head: Token, actors: "DocumentActors") -> list[ActorMention]:
    """The actors named as members of an unnamed group: "critics, including the European
    Commission", "donors such as Japan"."""
    for child in head.children:
        if child.dep_ == "prep" and (child.lower_ == "including" or
                                     (child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))):
            return coded_conjuncts(child_with(child, ("pobj",)), actors)
    return []


def custodian(trigger: Token, actors: "DocumentActors") -> ActorMention | None:
    """Who held the victims of violence whose doer the sentence does not name: the holder its
    custody noun's modifiers name ("died after torture in Ugandan police custody" -> the Ugandan
    police), read as a phrase of their own; None when the sentence names no such holder."""
    for token in trigger.sent:
        if token.lemma_.lower() not in CUSTODY_NOUNS:
            continue
        words, head_index = actors.phrase_words(token)
        if not head_index or words[head_index - 1].token != token.i - 1:
            continue  # no modifier right before the noun: "in custody", "custody of the state"
        code = actors.base.code_words(words[:head_index], head_index - 1, actors.date).code
        if code is not None and code.country is not None:
            holder = token.doc[words[0].token : token.i]
            return ActorMention(holder.text, (holder.start_char, holder.end_char), code.code, code.country, code.sector)
    return None


def is_private_dealing(source: ActorMention, target: ActorMention | None) -> bool:
    """An act between actors of no political standing (`private_sectors.tsv`): a company's to
    no one, or one between companies, private people and scholars ("villagers thanked the mining
    company", "the university sued a Kenyan bank"), or one of theirs to a news medium, which is
    news gathering ("a researcher told the BBC the comet was visible"). Private people acting
    with no target stay ("Kenyans donated blankets to the flood victims" is aid), and so does an
    actor the data does not know, which is as often a rebel group or an agency as a company,
    unless it deals with a company."""
    private = default_private_sectors()
    if target is None:
        return private.get(source.sector or "") == "company"
    if BUSINESS in (source.sector, target.sector) and (is_unknown_name(source) or is_unknown_name(target)):
        return True  # a company and someone the data does not know: "Zorbex sued the Kenyan bank"
    return private.get(source.sector or "") in PRIVATE_DOERS and target.sector in private


def is_report_to_police(source: ActorMention, target: ActorMention | None) -> bool:
    """A private person's (`private_sectors.tsv`, kind "person") words to the police: a witness,
    a victim or a relative reporting what happened; what they say may be news, their telling
    it is not."""
    return target is not None and target.sector == POLICE and default_private_sectors().get(source.sector or "") == "person"


def is_unknown_name(actor: ActorMention) -> bool:
    """A person or organisation named in the text whom the actor data does not know."""
    return actor.country is None and actor.sector is None and bool(actor.text)


def unknown_actor(trigger: Token) -> ActorMention:
    """The actor of an act whose doer the sentence does not name: no text, code `---`."""
    return ActorMention("", (trigger.idx, trigger.idx), UNKNOWN_CODE, None, None)


def is_bare_speech(entry: LexiconEntry) -> bool:
    """A plain statement ("said", "told", "made remarks", "issued a statement", CAMEO 010): it
    frames what is said rather than being an act of its own, unlike "expressed concern" or "denied".
    A bare "say" is one whatever an imported dictionary codes it (PETRARCH's validation set: 023)."""
    return entry.cameo == "010" or (entry.trigger == "say" and not entry.words and not entry.before)


def needs_addressee(entry: LexiconEntry) -> bool:
    """A statement that is an event only when addressed to or about an actor: a plain "said"
    (`is_bare_speech`), or declining to comment ("remained silent"), which with no one named
    tells of nothing between actors."""
    return is_bare_speech(entry) or entry.cameo.startswith(DECLINE_COMMENT)


def find_targets(match: Match, actors: "DocumentActors") -> list[ActorMention]:
    """Whom the action is aimed at, from the most to the least direct evidence.

    The pattern's target slot; else an actor inside that phrase ("rejected a US offer",
    "denounced Serbia's policy", "accepted demands from the rebels"); else an actor after a
    directional preposition ("protested against X"), the subject of a complement clause
    ("demanded that Hamas disarm"), or the target of an infinitive ("offered to negotiate with X").
    A person or organisation the actor data lacks, named as the act's object, is its target with
    code `---` (`unplaced_conjuncts`) when that phrase names no known actor.
    """
    # A show of force's object is the force shown, not whom it is shown to ("mobilized reservists").
    # Nor is a bare talk's object whom it is held with: "discussed the cabinet with X" is about the cabinet.
    topic = object_head(match) if is_bare_talk(match) else None
    # Nor is what a bare verb of saying says whom it is said to: "announced new rules for students".
    said = object_head(match) if is_bare_saying(match) else None
    head = None if is_show_of_force(match) or topic is not None or said is not None else object_head(match)
    if (joined := joined_act(match)) is not None:
        # "joined farmers in a protest against the government": the farmers are fellow doers;
        # the act is aimed at what its noun is aimed at.
        if found := aimed_phrase_targets(joined, {token.i for token in match.words}, actors):
            return found
        head = None
    # The pattern's own object ("withdrew its ambassador") is not the target, but its owner may be.
    own_word = head is not None and any(head.i == word.i for word in match.words)
    # A target the pattern names after its preposition ("fire at X") is an actor even after "at".
    targets = [] if own_word else coded_conjuncts(head, actors, governed=match.target is not None)
    if topic is not None:
        targets = talk_partners(topic, actors)  # "discussed trade with Uganda", "with" hung on "trade"
    if said is not None:
        targets = said_to(said, actors)  # "reported the incident to the police", "to" hung on "incident"
    statement = match.entry.cameo.startswith("01")
    if not targets and head is not None:
        targets = actors_within(head, actors, demanded=not statement)
        # The pattern's own object, when its owner is the target, is the owner's agent:
        # "summoned Peru's ambassador" -> PERGOV, "expelled Bolivian diplomats" -> BOLGOV.
        # An actor after the object is aimed at itself: "used force against protesters".
        owned = own_word and len(targets) == 1 and targets[0].span[1] <= head.idx
        whole = actors.code_mention(head) if owned else None
        if whole is not None and whole.country == targets[0].country:
            targets = [whole]
    if not targets and head is not None:
        # What else the act is aimed at: "condemned the blockade and the raids carried out by X".
        targets = next((found for conjunct in head.conjuncts
                        if (found := actors_within(conjunct, actors, demanded=not statement))), [])
    if not targets and head is not None and not own_word and not needs_addressee(match.entry):
        # "arrested John Mwangi": a person the data does not know. Not whom a plain statement is
        # told to, mostly a reporter or a news outlet ("told National Geographic"): news gathering.
        targets = unplaced_conjuncts(head, actors)
    if not targets and head is not None and match.trigger.pos_ == "VERB" and (doer := stranded_doer(match.trigger, head)) is not None:
        targets = coded_conjuncts(doer, actors)  # "dispersed a rally by opposition supporters"
    if not targets and (aimed_at := aimed_pattern_word(match)) is not None:
        targets = coded_conjuncts(aimed_at, actors, governed=True)  # "cracked down on Ugandan protesters"
    if not targets and own_word and match.entry.cameo[:2] in COERCION_ROOTS and head.dep_ in OBJECT_DEPS and names_someone(head):
        targets = coded_conjuncts(head, actors)  # "fought the rebels", "dispersed the protesters"
    if not targets and own_word and match.entry.cameo == RELEASE_PEOPLE and names_someone(head):
        # The people a release names are whom it frees: "released ten civilians", "the hostages were freed".
        targets = coded_conjuncts(head, actors)
    if not targets:
        # Whom the pattern's own "to" or "with" addresses, when what it is about names no actor:
        # "protested to Israel over the air strikes".
        addressees = (child_with(word, ("pobj",)) for word in match.words if word.pos_ == "ADP" and word.lower_ in ADDRESS_PREPOSITIONS)
        targets = next((found for addressee in addressees if (found := coded_conjuncts(addressee, actors))), [])
    if not targets and match.trigger.pos_ == "VERB":
        # What a speaker says is about its subject, not addressed to it ("X said Y left"),
        # and a statement is addressed "to" or "with" someone, not "on the sidelines of" them.
        targets = clause_targets(match.trigger, {token.i for token in match.words}, actors, complements=not statement)
    if not targets and match.trigger.pos_ == "VERB" and (other := object_sharer(match.trigger)) is not None:
        # "condemned and rejected Peru's plan", "donated and shipped rice to Haiti"
        targets = (phrase_targets(child_with(other, OBJECT_DEPS), actors)
                   or clause_targets(other, set(), actors, complements=not statement))
    if not targets and match.trigger.pos_ == "NOUN" and not statement:
        targets = aimed_phrase_targets(match.trigger, {token.i for token in match.words}, actors)
    if not targets and match.trigger.pos_ == "NOUN" and (verb := undertaking_verb(match.trigger)) is not None:
        if lemma(verb) == "engage" and match.trigger.dep_ == "pobj":
            # "engaged Kenyan troops in a gun battle": whom the subject engaged
            targets = phrase_targets(child_with(verb, OBJECT_DEPS), actors)
        # "were engaged in ethnic cleansing against X": the parser hangs the target on the verb.
        targets = targets or clause_targets(verb, {match.trigger.head.i}, actors, complements=not statement)
    if not targets and not match.entry.cameo.startswith("01"):
        targets = purpose_targets(match.trigger, actors)
    if not targets and match.entry.cameo[:2] in COERCION_ROOTS:
        targets = means_targets(match.trigger, actors)
    if not targets and is_show_of_force(match):
        targets = intended_targets(match.trigger, actors)
    if not targets and match.trigger.pos_ == "NOUN" and match.entry.cameo[:2] in VIOLENCE_ROOTS:
        targets = impact_targets(match.trigger, actors)  # "Saudi airstrikes hit a market in Yemen"
    if not targets and match.entry.cameo[:2] in VIOLENCE_ROOTS and (dying := death_caused(match.trigger)) is not None:
        targets = coded_conjuncts(child_with(dying, SUBJECT_DEPS), actors)  # "the prisoner died after torture"
    if not targets and match.entry.cameo[:2] in TOLD_ACT_ROOTS and (addressee := told_addressee(match.trigger)) is not None:
        # "told Hezbollah that Israel would hit back"; not "told reporters that ..."
        targets = [mention for mention in coded_conjuncts(addressee, actors) if mention.sector != MEDIA]
    if not targets and match.entry.cameo.startswith(PUNISHMENT_CODES):
        targets = reason_owner_targets(match, actors)  # "expelled diplomats over Russia's role"
    return targets


def unplaced_conjuncts(head: Token, actors: "DocumentActors") -> list[ActorMention]:
    """The people and organisations the act is done to whom the actor data does not know, named
    as its object ("arrested John Mwangi and Peter Otieno", "sanctioned Mahan Air"): each acts as
    a source would, code `---` and its name as the text; empty unless every conjunct is one."""
    found = [actors.unplaced(token) for token in (head, *head.conjuncts)]
    return [mention for mention in found if mention is not None] if all(found) else []


def reason_owner_targets(match: Match, actors: "DocumentActors") -> list[ActorMention]:
    """Whom a punishment is aimed at when it names only what it is over: the owner or the agent
    of that act ("imposed sanctions over Iran's nuclear program" -> IRN, "over the shelling of a
    village by Saudi troops" -> SAUMIL). Not any actor in it: "sanctions over the war in
    Ukraine" are not aimed at Ukraine."""
    holders = (match.trigger, *match.words, *(child for child in match.trigger.children if child.dep_ in OBJECT_DEPS))
    for holder in holders:
        for preposition in holder.children:
            if preposition.dep_ != "prep" or preposition.lower_ != REASON_PREPOSITION:
                continue
            reason = child_with(preposition, ("pobj",))
            if reason is None:
                continue
            owner = child_with(reason, ("poss",))
            agents = (child_with(phrase, ("pobj",)) for phrase in reason.children
                      if phrase.dep_ in ("prep", "agent") and phrase.lower_ == "by")
            for doer in (owner, *agents):
                if doer is not None and doer.pos_ != "PRON" and (found := coded_conjuncts(doer, actors)):
                    return found
    return []


def incident_place_targets(match: Match, actors: "DocumentActors") -> list[ActorMention]:
    """The country an incident took place in, for sympathy or a claim of responsibility about it
    that names no one: "expressed sorrow over the floods in Ghana" is sympathy with Ghana,
    "claimed responsibility for an ambush on a convoy in Chad" a claim against Chad. The incident
    is named after a preposition of the pattern's verb or nouns ("condolences over", "sorrow
    for"); a place the speaker speaks in ("expressed sorrow at a news conference in Accra") is
    not in such a phrase."""
    holders = (match.trigger, *(word for word in match.words if word.pos_ == "NOUN"))
    for holder in holders:
        for preposition in holder.children:
            if preposition.dep_ == "prep" and preposition.lower_ in INCIDENT_PREPOSITIONS:
                if found := incident_place(child_with(preposition, ("pobj",)), actors):
                    return found
    return []


def incident_place(incident: Token | None, actors: "DocumentActors") -> list[ActorMention]:
    """The country of the first known place named after "in" in the phrases of an incident
    noun ("the bombing of a bus in Kenya's capital"); not in clauses of their own."""
    stack = [incident] if incident is not None else []
    while stack:
        token = stack.pop()
        if token.dep_ == "prep" and token.lower_ == "in" and (place := child_with(token, ("pobj",))) is not None:
            if (mention := actors.place_mention(place)) is not None:
                return [mention]
        stack.extend(sorted((child for child in token.children if child.dep_ in INCIDENT_PHRASE_DEPS),
                            key=lambda child: child.i, reverse=True))
    return []


def joined_act(match: Match) -> Token | None:
    """The event noun a verb of joining names in a phrase of its own, when the pattern has no
    target: "protest" in "joined farmers in a protest", "rally" in "join thousands at a rally".
    Whom one joins in an act does it too, beside the subject; None otherwise."""
    trigger = match.trigger
    if match.entry.has_target or trigger.pos_ != "VERB" or lemma(trigger) not in JOINING_VERBS:
        return None
    return next((word for word in match.words if word.dep_ == "pobj" and word.head.dep_ == "prep"
                 and word.head.head.i == trigger.i), None)


def told_addressee(verb: Token) -> Token | None:
    """Whom the tensed clause of the verb is told to: the object of the telling verb it completes
    ("warned Hamas that Israel will respond"), or the addressee of the message it is the content of
    ("sent a message to Hamas that Israel will respond"). The parser may hang the content on an
    earlier verb, so a message whose phrase ends just before the clause counts too."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ccomp", "acl") or not is_finite(verb):
        return None
    if lemma(verb.head) in ADDRESSING_VERBS:
        return child_with(verb.head, ("dobj", "dative"))
    if lemma(verb.head) in MESSAGE_NOUNS:
        return message_addressee(verb.head)
    before = verb.left_edge.i - 1
    while before >= verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    if before < verb.sent.start:
        return None
    for holder in (verb.doc[before], *verb.doc[before].ancestors):
        if holder.i == verb.head.i or holder.right_edge.i != before:
            return None
        if message := next((child for child in holder.children if child.dep_ == "dobj" and lemma(child) in MESSAGE_NOUNS), None):
            return message_addressee(message)
    return None


def message_addressee(message: Token) -> Token | None:
    """Whom a message is addressed to: its own "to X" ("a message to X"), or that of the verb
    sending it ("sent a message to X", "sent X a message")."""
    if (addressee := child_with_preposition(message, "to")) is not None:
        return addressee
    sender = message.head if message.dep_ == "dobj" else None
    if sender is None:
        return None
    dative = child_with(sender, ("dative",))
    if dative is not None and dative.lower_ == "to":
        return child_with(dative, ("pobj",))
    return dative or child_with_preposition(sender, "to")


def aimed_phrase_targets(noun: Token, used: set[int], actors: "DocumentActors") -> list[ActorMention]:
    """Whom an event noun is aimed at, named after a directional preposition of its own that its
    pattern did not use: "announced travel bans against three Iranian generals"; not a date
    ("the attack on Monday")."""
    for preposition in noun.children:
        if (preposition.dep_ == "prep" and preposition.i not in used and preposition.lower_ in NOUN_TARGET_PREPOSITIONS
                and not is_time_phrase(preposition)):
            if found := phrase_targets(child_with(preposition, ("pobj",)), actors, governed=True):
                return found
    return []


def aimed_pattern_word(match: Match) -> Token | None:
    """The pattern's last word when it names whom the act is aimed at, as the object of a
    directional preposition the pattern also names: "protesters" in "cracked down on protesters",
    "rioters" in "clashed with rioters"; None otherwise."""
    last = match.words[-1] if match.words else None
    if last is None or last.dep_ != "pobj" or last.head.lower_ not in TARGET_PREPOSITIONS:
        return None
    return last if any(word.i == last.head.i for word in match.words) else None


def is_bare_talk(match: Match) -> bool:
    """A mutual verb of talking named alone ("discuss", CAMEO root 04) whose object is what is talked
    about, not a partner: "With the Herald, the senator discussed his cabinet and the courts" is
    talk with the Herald, not with the cabinet; partners are named by "with", "between" or as
    coordinated subjects."""
    return (match.entry.reciprocal and not match.entry.words and not match.entry.has_target
            and match.entry.cameo.startswith(CONSULT_ROOT) and match.trigger.pos_ == "VERB")


def is_bare_saying(match: Match) -> bool:
    """A statement named by its verb alone ("announce", "report", CAMEO 010) whose object is what is
    said, not whom it is said to: "The council announced new rules for students" tells the students
    nothing; an addressee is named by "to" or "with", or by a pattern's TARGET ("tell TARGET")."""
    return (match.entry.cameo == PLAIN_STATEMENT and not match.entry.words and not match.entry.has_target
            and match.trigger.pos_ == "VERB")


def said_to(said: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Whom a statement is addressed to, when the parser hung the "to" phrase on what is said:
    the police in "reported the incident of cattle theft to the police"."""
    return next((found for preposition in said.children if preposition.dep_ == "prep" and preposition.lower_ == "to"
                 and (found := coded_conjuncts(child_with(preposition, ("pobj",)), actors))), [])


def talk_partners(topic: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Whom a talk is held with, when the parser hung the "with" or "between" phrase on what is
    talked about: Uganda in "discussed trade with Uganda"."""
    return next((found for preposition in topic.children if preposition.dep_ == "prep" and preposition.lower_ in ("with", "between")
                 and (found := coded_conjuncts(child_with(preposition, ("pobj",)), actors))), [])


def is_show_of_force(match: Match) -> bool:
    """A verb showing its actor's force (CAMEO root 15) whose pattern names no target: its
    object is the actor's own force ("mobilized army reservists", "deployed troops")."""
    return match.entry.cameo.startswith(SHOW_OF_FORCE) and match.trigger.pos_ == "VERB" and not match.entry.has_target


def intended_targets(verb: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Whom a force is meant for: after a directional preposition on the force ("mobilized troops
    against X"), or inside the "for" phrase of the verb or the force ("mobilized reservists for
    a war against X")."""
    forces = [child for child in verb.children if child.dep_ in OBJECT_DEPS]
    for holder in (*forces, verb):
        for preposition in (child for child in holder.children if child.dep_ == "prep"):
            if preposition.lower_ == "for" or (holder is not verb and preposition.lower_ in TARGET_PREPOSITIONS):
                if found := phrase_targets(child_with(preposition, ("pobj",)), actors, governed=True):
                    return found
    return []


def verb_phrase_actors(verb: Token, actors: "DocumentActors", source: ActorMention) -> list[ActorMention]:
    """The first actor other than the source in the verb's phrase after it, as PETRARCH finds
    targets: a phrase head before its modifiers and their phrases, places included ("appealed
    for peace in X", "departed from X", "renewed his license in X"); not in clauses of their own."""
    stack = sorted((child for child in verb.children if child.i > verb.i and child.dep_ in VERB_PHRASE_DEPS),
                   key=lambda token: token.i, reverse=True)
    while stack:
        token = stack.pop()
        # A pronoun owner is mostly the actor itself ("renewed his license in X").
        found = [] if token.pos_ == "PRON" else coded_conjuncts(token, actors, governed=True)
        if found := [mention for mention in found if mention.code != source.code]:
            return found
        stack.extend(sorted((child for child in token.children if child.dep_ in VERB_PHRASE_DEPS),
                            key=lambda child: child.i, reverse=True))
    return []


def purpose_targets(trigger: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Whom an act is meant to reach, named in its purpose: "began a hunger strike to demand
    the resignation of the president", "blocked roads to show their disapproval of US policy";
    the subject of a purpose with one ("renewed its call for Togo to withdraw")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ in ("dobj", "attr") else None
    for clause in (child for child in (verb.children if verb is not None else ()) if is_purpose_clause(child)):
        reached = child_with(clause, SUBJECT_DEPS) or child_with(clause, OBJECT_DEPS)
        if found := phrase_targets(reached, actors) or clause_targets(clause, set(), actors):
            return found
    return []


def impact_targets(trigger: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Whom an act of force lands on when it is the subject of a verb of impact: its object, or
    the place named with it: "Saudi airstrikes hit a market in Yemen" lands in Yemen."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or lemma(verb) not in IMPACT_VERBS:
        return []
    hit = child_with(verb, OBJECT_DEPS)
    if found := phrase_targets(hit, actors):
        return found
    phrases = [*verb.children, *(hit.children if hit is not None else ())]
    places = (child_with(phrase, ("pobj",)) for phrase in phrases if phrase.dep_ == "prep" and phrase.lower_ == "in")
    return next((found for place in places if (found := coded_conjuncts(place, actors, governed=True))), [])


def means_targets(trigger: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Whom the act is done to when it is the means of the act it describes: "cleared
    protesters from the square using tear gas" uses the tear gas on the protesters."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or trigger.head.pos_ != "VERB":
        return []
    return phrase_targets(child_with(trigger.head, OBJECT_DEPS), actors)


def object_head(match: Match) -> Token | None:
    """What the action is done to, actor or not: the pattern's target slot, the default target,
    the object of a preposition the pattern ends in ("reneged on its promise to X"), or the
    subject of the "for" clause it ends in ("called for Peru to withdraw")."""
    if match.entry.has_target:
        return match.target
    head = default_target(match.trigger)
    last = match.words[-1] if match.words else None
    if head is None and last is not None and last.dep_ == "prep" and last.head == match.trigger:
        head = child_with(last, ("pobj",))
    if head is None and last is not None and last.dep_ == "compound" and last.head.dep_ == "pobj":
        head = last.head  # "protested against rights violations by X": the pattern's word names the noun's kind
    if head is None and last is not None and is_noun_infinitive(last):
        head = child_with(last, ("dobj",))  # "an attempt to assassinate X"
    if head is None and last is not None and last.dep_ == "mark":
        head = child_with(last.head, ("nsubj", "nsubjpass"))  # "called for Peru to withdraw": Peru is asked
    return head


def actors_within(head: Token, actors: "DocumentActors", depth: int = 2, demanded: bool = False) -> list[ActorMention]:
    """An actor that owns, issues, receives or is the partner of the thing named by a non-actor
    phrase: "Serbia's policy", "a demand from X", "aid for X", "ties with X", "a resumption of
    ties with X"; with `demanded`, also the subject of the clause the phrase asks or proposes
    ("its demand that Kenya's government resign"), before a pronoun owner. A nationality
    modifier names a country ("German goods"), a sector noun or a group's name the whole actor
    ("shelled rebel positions", "Hamas tunnels"): `country_only`."""
    owner = child_with(head, ("poss",))
    if owner is not None and owner.pos_ != "PRON":
        return coded_conjuncts(owner, actors)
    if found := [country_only(mention) for mention in coded_conjuncts(leader(head), actors)]:
        return found  # "the Saudi-led blockade of Qatar" is Saudi Arabia's, as "Saudi Arabia's blockade"
    if found := national_doer(head, actors):
        return found  # "condemned the Israeli strikes on Damascus": Israel's strikes
    # Whoever does what the phrase names comes before whom it is done to: "the killing of its
    # citizens by US agents" is the agents' act.
    for child in sorted(head.children, key=lambda token: token.lower_ != "by"):
        if child.lower_ == "to" and is_foreign_envoy(head, actors):
            continue  # "the Bolivian ambassador to Peru" is Bolivia's; Peru only hosts the envoy
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of", "for", *TARGET_PREPOSITIONS, "between"):
            obj = child_with(child, ("pobj",))
            if found := coded_conjuncts(obj, actors, governed=True):
                return found
            if obj is not None and depth > 0 and (found := actors_within(obj, actors, depth - 1)):
                return found  # "part of a program for Bosnia", "restrictions against German goods"
    # A clause with a subject of its own ("a demand that X withdraw its troops") is no participle.
    for participle in (child for child in head.children if child.dep_ == "acl" and child.pos_ == "VERB"
                       and child_with(child, SUBJECT_DEPS) is None):
        done_to = child_with(participle, ("dobj",))
        if found := coded_conjuncts(done_to, actors):
            return found  # "a parade supporting Gondor"
        if done_to is not None and depth > 0 and (found := actors_within(done_to, actors, depth - 1)):
            return found  # "an invitation to a summit of Gondor's factions"
        # "the roads leading into Mordor", "a convoy belonging to the UN", "a raid carried out by Mordor"
        for preposition in (child for child in participle.children if child.dep_ in ("prep", "agent")):
            if found := coded_conjuncts(child_with(preposition, ("pobj",)), actors, governed=True):
                return found
    modifiers = list(head.lefts)
    # A modifier's own, where the parser chained them: "a Senate committee report censuring X".
    modifiers += [inner for child in modifiers if child.dep_ == "compound" and not is_hyphen_pair(child)
                  for inner in child.lefts]
    for child in modifiers:  # a national modifier ("German goods"); "military exercises" names no one
        if is_hyphen_pair(child) or names_origin(child):
            # "the Israeli-Palestinian situation" is about both, aimed at neither; "a man of Asian
            # descent" is a person described, not Asia's.
            continue
        found = [mention for mention in coded_conjuncts(child, actors) if mention.country is not None]
        if child.dep_ in ("amod", "compound") and found:
            return [country_only(mention) for mention in found]
    if demanded and (found := that_clause_subjects(head, actors)):
        return found
    # "its relations with X": a pronoun owner is mostly the actor itself, so its partner comes first.
    return coded_conjuncts(owner, actors)


def is_foreign_envoy(noun: Token, actors: "DocumentActors") -> bool:
    """An envoy or mission whose own nation a modifier names ("the Bolivian ambassador to
    Peru"): the state after "to" only hosts it. Without one, the host is what the act on the
    envoy is about ("recalled its ambassador to Peru" -> Peru)."""
    return lemma(noun) in DIPLOMAT_NOUNS and any(
        mention.country is not None
        for child in noun.lefts if child.dep_ in ("amod", "compound")
        for mention in coded_conjuncts(child, actors))


def national_doer(noun: Token, actors: "DocumentActors") -> list[ActorMention]:
    """The country a nationality adjective names as the doer of an act aimed "on" or "against"
    someone else: Russia in "the Russian strikes on Kyiv", "Russian sanctions against Latvia".
    The adjective tells whose act it is and the preposition whom it is done to; words about the
    act are aimed at its doer. Empty without such a preposition ("Ukrainian civilians")."""
    if not any(child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPOSITIONS for child in noun.children):
        return []
    for modifier in noun.lefts:
        if modifier.dep_ != "amod" or modifier.pos_ != "ADJ" or is_hyphen_pair(modifier):
            continue
        if found := [country_only(mention) for mention in coded_conjuncts(modifier, actors) if mention.country is not None]:
            return found
    return []


def leader(noun: Token) -> Token | None:
    """Who leads what a noun names, in a hyphenated "-led" modifier: the US in "the US-led war"."""
    led = next((child for child in noun.lefts if child.dep_ == "amod" and child.lower_ == "led"), None)
    return child_with(led, ("npadvmod", "compound", "nmod", "nsubj")) if led is not None else None


def that_clause_subjects(noun: Token, actors: "DocumentActors") -> list[ActorMention]:
    """The actors a noun's "that" or "for ... to" clause is about: Kenya in "demands that Kenya's
    government resign", Uganda in "its call for Uganda to withdraw"."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "ccomp", "advcl") and any(child.dep_ == "mark" and child.lower_ in ("that", "for") for child in clause.children):
            return phrase_targets(child_with(clause, ("nsubj", "nsubjpass")), actors)
    return []


def is_hyphen_pair(modifier: Token) -> bool:
    """A modifier joined by a hyphen to another one before it ("Israeli-Palestinian", "US-China"),
    or one token of two capitalised names ("U.S.-Soviet")."""
    if modifier.text.count("-") == 1 and all(part[:1].isupper() for part in modifier.text.split("-")):
        return True
    return any(child.i == modifier.i - 2 and modifier.doc[modifier.i - 1].text == "-" for child in modifier.lefts)


def passive_parties(verb: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Those between whom a mutual act told in the passive without an agent takes place: A and B
    in "Talks were held between A and B" and "Talks between A and B were held"; none otherwise."""
    if verb.pos_ != "VERB" or not is_passive(verb) or child_with(verb, ("agent",)) is not None:
        return []
    for holder in (verb, child_with(verb, ("nsubjpass",))):
        if holder is not None and (parties := child_with_preposition(holder, "between")) is not None:
            return coded_conjuncts(parties, actors)
    return []


def subject_parties(subject: Token | None, actors: "DocumentActors") -> list[ActorMention]:
    """The actors a gathering named as the subject is "between": A and B in "the summit between A
    and B failed to reach a deal", who do together what it does."""
    if subject is None or subject.pos_ != "NOUN":
        return []
    return coded_conjuncts(child_with_preposition(subject, "between"), actors)


def hyphen_pair_actors(modifier: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Both nations of a hyphenated pair, as one group ("U.S.-Soviet talks" are between the US
    and the Soviet Union, like "talks between A and B")."""
    if "-" in modifier.text:
        pair = modifier.doc[modifier.i : modifier.i + 1]
        names = modifier.text.split("-")
    else:
        pair = modifier.doc[modifier.i - 2 : modifier.i + 1]
        names = [pair[0].text, modifier.text]
    countries = [country for name in names if (country := actors.base.nation_of(name))]
    if len(set(countries)) != 2:
        return []
    return [ActorMention(pair.text, (pair.start_char, pair.end_char), country, country, None) for country in countries]


def modifier_actors(noun: Token, actors: "DocumentActors") -> list[ActorMention]:
    """The actor among a noun's left modifiers, nearest first and then inside them, that names
    its own country ("a United States military airstrike" -> US, not "military"); else the
    first actor found. The owner of an act done to it is not its doer ("the journalist's arrest"),
    nor is the owner of a relative (`relatives.tsv`: "his daughter reported him missing")."""
    queue = [modifier for modifier in left_modifiers(noun)
             if modifier.dep_ != "poss" or not (is_undergone_by_owner(noun) or lemma(noun) in default_relatives())]
    fallback: list[ActorMention] = []
    while queue:
        modifier = queue.pop(0)
        if is_place_modifier(modifier, actors) or is_sponsor(modifier) or is_against_modifier(modifier):
            continue
        found = (is_hyphen_pair(modifier) and hyphen_pair_actors(modifier, actors)) or actors.code_mentions(modifier)
        if found and found[0].country is not None and modifier.i not in actors.guessed:
            return found
        fallback = fallback or found
        queue.extend(left_modifiers(modifier))
    return fallback


def is_bare_pronoun_owner(owners: list[ActorMention], sources: list[ActorMention]) -> bool:
    """The owners found are only pronouns ("his", "their") that bring no country, while the
    noun names a doer of its own: "the minister said his troops would not withdraw" is the
    troops' act (---MIL), not the minister's (---GOV); with a country the owner places them."""
    return bool(sources) and all(owner.country is None and owner.text.lower() in SELF_PRONOUNS for owner in owners)


def left_modifiers(noun: Token) -> list[Token]:
    """A noun's modifiers before it, nearest first, with who leads it in an "X-led" modifier
    first of all ("Saudi-led airstrikes", "Saudi-led coalition airstrikes" are Saudi Arabia's)."""
    led_by = leader(noun)
    modifiers = [child for child in reversed(list(noun.lefts)) if child.dep_ in ("amod", "compound", "poss", "nmod")]
    return [led_by, *modifiers] if led_by is not None else modifiers


def is_place_modifier(modifier: Token, actors: "DocumentActors") -> bool:
    """A capital's name before a noun says where, not who: "a Kabul car bombing", "the Paris
    attacks" (unlike a country: "US drone strikes" are the US acting)."""
    return modifier.dep_ in ("compound", "nmod") and actors.base.is_capital(modifier.text)


def is_sponsor(modifier: Token) -> bool:
    """A modifier naming who backs the noun's actor, not the actor: "UN" in "the UN-backed
    government", "Iran" in "Iran-funded militias"."""
    after = modifier.right_edge.i + 1
    while after < len(modifier.doc) and modifier.doc[after].text == "-":
        after += 1
    return after < len(modifier.doc) and modifier.doc[after].lower_ in SPONSOR_WORDS


def is_against_modifier(modifier: Token) -> bool:
    """A modifier prefixed "anti-" names whom the act is against, not who does it:
    "anti-government protests", "anti-American rallies"."""
    doc, index = modifier.doc, modifier.i
    if modifier.lower_.startswith("anti-"):
        return True
    return (index >= 2 and doc[index - 1].text == "-" and doc[index - 2].lower_ == "anti"
            and not doc[index - 2].whitespace_ and not doc[index - 1].whitespace_)


def participle_agents(noun: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Who used the thing that acts: "the rockets fired by the Syrian army struck ...",
    "a bomb planted by rebels killed ...", also behind a hedge ("a missile believed to have been
    fired by rebels", whose complement's agent comes before any believer's)."""
    for child in noun.children:
        if child.dep_ != "acl":
            continue
        for verb in (*(complement for complement in child.children if complement.dep_ == "xcomp"), child):
            if (agent := child_with(verb, ("agent",))) is not None:
                return coded_conjuncts(child_with(agent, ("pobj",)), actors)
    return []


def document_authors(document: Token, actors: "DocumentActors") -> list[ActorMention]:
    """Who issued a report, resolution or statement: "a report by X", "a statement from X",
    or the subject of the verb that issued it ("X approved a resolution criticizing Y")."""
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            if found := coded_conjuncts(child_with(child, ("pobj",)), actors):
                return found
    if document.dep_ in ("dobj", "nsubjpass") and document.head.pos_ == "VERB":
        return coded_conjuncts(source_head(document.head), actors)
    return []


def clause_targets(verb: Token, used: set[int], actors: "DocumentActors", complements: bool = True) -> list[ActorMention]:
    """A target beside the verb's object: after a directional preposition, or (`complements`)
    in an infinitive or as the subject of a complement clause ("demanded that Hamas disarm").
    A clause before the verb is what was said, not whom it was aimed at ("Iran will attack,
    Israel warned")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and complements:
            found = xcomp_object_targets(child, used, actors) or clause_targets(child, used, actors)
        elif child.i in used:
            continue
        # The parser labels the "to" of a verb of giving "dative": "agreed to send arms to X".
        elif child.dep_ in ("prep", "dative") and child.lower_ in (VERB_TARGET_PREPOSITIONS if complements else ADDRESS_PREPOSITIONS):
            found = phrase_targets(child_with(child, ("pobj",)), actors, governed=True)
        elif child.dep_ == "prep" and child.lower_ == "in" and is_protest(child_with(child, ("pobj",))):
            found = actors_within(child_with(child, ("pobj",)), actors)  # "in protest against abuses by X"
        elif child.dep_ == "ccomp" and complements and child.i > verb.i:
            # "warned that X would ...", "warned there might be damage to ties with X"
            found = phrase_targets(child_with(child, ("nsubj", "nsubjpass")) or child_with(child, ("attr",)), actors)
        else:
            continue
        if found:
            return found
    return []


def xcomp_object_targets(verb: Token, used: set[int], actors: "DocumentActors") -> list[ActorMention]:
    """The actors an infinitive's object names. The pattern's own object is what is done, not whom
    to, unless it names a country ("agreed to expel Bolivian diplomats" is aimed at Bolivia); else
    an actor inside it is: "agreed to share intelligence with Chile" is aimed at Chile, not at an
    intelligence service."""
    head = child_with(verb, OBJECT_DEPS)
    if head is None or head.i not in used:
        return owned_object_places(head, actors) or phrase_targets(head, actors)
    return [mention for mention in coded_conjuncts(head, actors) if mention.country is not None] or actors_within(head, actors)


def owned_object_places(head: Token | None, actors: "DocumentActors") -> list[ActorMention]:
    """Where the doer's own thing, owned by a pronoun, is placed or sent: the act is aimed there,
    not at the doer's own body ("agreed to move its embassy in Chile to Santiago" is aimed at
    Chile, "pledged to pull their troops from Mali" at Mali). Empty for any other object."""
    if head is None or not any(child.dep_ == "poss" and child.pos_ == "PRON" for child in head.children):
        return []
    places = (child_with(child, ("pobj",)) for child in head.children
              if child.dep_ == "prep" and child.lower_ in OWNED_PLACE_PREPOSITIONS)
    return next((found for place in places if (found := coded_conjuncts(place, actors, governed=True))), [])


def is_protest(token: Token | None) -> bool:
    """The noun of "in protest against X", which names whom an act is aimed at."""
    return token is not None and lemma(token) == "protest"


def phrase_targets(head: Token | None, actors: "DocumentActors", governed: bool = False) -> list[ActorMention]:
    """The actor a phrase names, or the actor inside it ("a demand from the US")."""
    if head is None:
        return []
    return coded_conjuncts(head, actors, governed) or actors_within(head, actors)


def country_only(mention: ActorMention) -> ActorMention:
    """A noun trigger's national modifier ("Israeli airstrikes") names a country, not its civilians;
    a modifier naming a body keeps its sector ("rebel positions", "army bases", "Hamas posts")."""
    if mention.country in (None, "IGO", "NGO") or mention.sector != CIVILIANS:
        return mention
    return ActorMention(mention.text, mention.span, mention.country, mention.country, None)


def owning_nation(mention: ActorMention, match: Match) -> ActorMention:
    """The actor an event noun's modifier stands for: its country ("Israeli criticism",
    `country_only`); in warfare, the armed actor or group it names ("Hamas rocket attacks", "US
    drone strikes", "mob violence"), a nation's (a capitalised name's) being its armed forces
    ("Israeli airstrikes"), as CAMEO's fight and mass violence are conventional military force."""
    if match.entry.cameo[:2] not in WARFARE_ROOTS or mention.country in (None, "IGO", "NGO"):
        return country_only(mention)
    if mention.sector not in (None, CIVILIANS) or mention.text.islower():
        return mention  # a body or a group ("rebel attacks", "mob violence"), not a nationality
    return ActorMention(mention.text, mention.span, mention.country + MILITARY, mention.country, MILITARY)


def coded_conjuncts(head: Token | None, actors: "DocumentActors", governed: bool = False) -> list[ActorMention]:
    if head is None:
        return []
    tokens = (*misparsed_conjuncts(head), head, *listed_appositions(head, actors), *head.conjuncts)
    return [mention for token in tokens for mention in actors.code_mentions(token, governed)]


def listed_appositions(head: Token, actors: "DocumentActors") -> list[Token]:
    """Names in a list that the parser hung on its first member as appositions, with the rest
    of the list when the parser hung it on them: "North Korea" in "Iran, the isolated North
    Korea, and Qatar", "Peru" and "Ecuador" in "Chile, Peru and Ecuador" read as "Chile" with
    the apposition "Peru and Ecuador". Only names of another country than the head's, before
    the head's own conjuncts: "Kenya, the region's largest economy, and Uganda" and "Mike
    Pompeo, the Secretary of State, and Sergei Lavrov" list two actors."""
    if head.pos_ != "PROPN":
        return []
    conjuncts = head.conjuncts
    end = min(conjunct.i for conjunct in conjuncts) if conjuncts else head.sent.end
    appositions = [child for child in head.rights if child.dep_ == "appos" and reads_as_name(child)
                   and child.i < end and (conjuncts or child.conjuncts)]
    if not appositions:
        return []
    own = actors.code_mention(head)
    listed = [apposition for apposition in appositions if (mention := actors.code_mention(apposition)) is not None
              and mention.country is not None and (own is None or mention.country != own.country)]
    return [token for apposition in listed for token in (apposition, *apposition.conjuncts)]


def reads_as_name(token: Token) -> bool:
    """A proper name, also one the tagger took for a common noun inside a name it recognised
    ("the isolated Qatar" tagged as a noun, but capitalised and an organisation or place)."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title and not token.is_sent_start
                                     and token.ent_type_ in NAMED_ENTITIES)


def misparsed_conjuncts(head: Token) -> list[Token]:
    """Names coordinated with a name that the parser hung on it as a modifier, with their "and":
    "Fornost and the evil Gondor" (Fornost a modifier of Gondor)."""
    if head.pos_ != "PROPN":
        return []
    for child in head.lefts:
        if child.dep_ in ("nmod", "compound") and child.pos_ in ("PROPN", "NOUN") and any(
                grandchild.dep_ in ("cc", "conj") for grandchild in child.children):
            return [child, *(token for token in child.conjuncts if token.pos_ == "PROPN")]
    return []


def source_head(trigger: Token) -> Token | None:
    """Who acts: the subject, the passive agent, or the subject inherited from a governing clause."""
    if trigger.pos_ == "NOUN" or is_gerund_noun(trigger):
        return noun_source(trigger)
    if is_stative(trigger):
        return child_with(trigger, ("nsubjpass",)) or auxiliary_subject(trigger)  # "Israel is opposed to the plan"
    if is_passive(trigger) or is_passive_participle(trigger) or is_reduced_passive_clause(trigger) or is_absolute_passive(trigger):
        if (participle := agent_participle(trigger)) is not None:
            return child_with(participle, ("dobj",))  # "was heckled by protesting students": the students
        agent = child_with(trigger, ("agent",)) or stranded_agent(trigger) or prepositional_agent(trigger)
        return child_with(agent, ("pobj",)) if agent is not None else None
    subject = (child_with(trigger, SUBJECT_DEPS) or auxiliary_subject(trigger)
               or mislabelled_subject(trigger) or stranded_subject(trigger))
    if subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS and trigger.dep_ == "relcl":
            return trigger.head
        return participle_subject(subject) or hyphenated_name_end(subject) or subject
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in ("NOUN", "PROPN"):
        if is_approved_proposal_act(trigger):
            return source_head(trigger.head.head)  # "adopted a plan to send troops": the adopters send them
        if is_undertaken_aim(trigger):
            return undertaking_doer(trigger.head)  # "staged a rally to protest the law": the rally's doers protest
        return verbless_subject(trigger.head) or trigger.head
    preposition = trigger.head
    if trigger.dep_ == "pcomp" and preposition.dep_ == "prep" and preposition.lower_ not in ("without", "instead"):
        return gerund_doer(preposition.head)
    if trigger.dep_ == "advcl" and (alleging := allegation_verb(trigger)) is not None:
        return gerund_doer(alleging)  # "accused Y of violating X, ignoring Z": Y ignored Z
    if (doer := controller(trigger)) is not None:
        return doer  # "forced Ukraine to withdraw": Ukraine withdraws
    if is_asked_of_unnamed(trigger):
        return None  # "Amnesty called on Monday to free them": someone else is to free them
    if trigger.dep_ in ("xcomp", "conj", "advcl", "ccomp") and trigger.head.i != trigger.i:
        governor = trigger.head
        if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
            governor = governor.head  # "X is ready to send troops": the subject of "is"
        if ((trigger.dep_ == "xcomp" or is_passive_complement(trigger)) and governor.pos_ == "VERB"
                and is_passive(governor) and not is_stative(governor)):
            # "X was forced to withdraw", "X is scheduled to attend": the passive's subject does it
            return passive_subject(governor)
        if trigger.dep_ == "conj" and trigger.tag_ != "VBN" and is_passive(governor):
            # "X has been indicted by the court and will resign": X resigns, not the court.
            return passive_subject(governor)
        if governor.pos_ in ("VERB", "AUX"):
            return source_head(governor)
        # "The government rejects and condemns X", the first verb taken for a noun
        return child_with(governor, SUBJECT_DEPS) if trigger.dep_ == "conj" else None
    return None


def hyphenated_name_end(subject: Token) -> Token | None:
    """The last piece of a hyphenated name the parser split into several subjects of one verb
    ("Ansar-e-Hezbollah attacked": subjects "Ansar" and "Hezbollah"): the piece a name is
    looked up by, as the head of a name written in words is its last word. None when the
    subject is no such piece, or no name's: a prefix ("ex-rebels", "mid-May") is no name."""
    if not subject.is_title:
        return None
    doc = subject.doc
    end = subject.i
    while end + 1 < len(doc) and not doc[end].whitespace_:
        end += 1  # the run of tokens written without a space: "Ansar-e-Hezbollah"
    pieces = [token for token in doc[subject.i : end + 1]
              if token.i > subject.i and token.is_alpha and token.dep_ == subject.dep_ and token.head == subject.head]
    if not pieces or not any(token.text == "-" for token in doc[subject.i : end + 1]):
        return None
    return pieces[-1]


def is_gerund_noun(verb: Token) -> bool:
    """A gerund the parser tagged as a verb but placed where a noun goes, with a noun's
    "between" phrase: "Fighting between A and B killed ten", "There was fighting between A and B"."""
    return (verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass", "attr", "dobj", "pobj")
            and any(child.dep_ == "prep" and child.lower_ == "between" for child in verb.children))


def agent_participle(verb: Token) -> Token | None:
    """The participle describing a passive's agent that the parser took for a gerund with an
    object: "was heckled by protesting students", "was blocked by striking dockers" read as
    "by [protesting] [students]" (what the verb was done by is people, not an activity). The
    object is a bare plural right after the participle, and the participle has nothing else;
    None otherwise."""
    if not (is_passive(verb) or is_passive_participle(verb)):
        return None
    by = next((child for child in verb.children if child.dep_ in ("prep", "agent") and child.lower_ == "by"), None)
    participle = child_with(by, ("pcomp",)) if by is not None else None
    if participle is None or participle.tag_ != "VBG" or participle.i != by.i + 1:
        return None
    noun = child_with(participle, ("dobj",))
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or len(list(participle.children)) != 1:
        return None
    if any(child.dep_ in ("det", "poss", "nummod") for child in noun.children):
        return None
    return participle if all(token.dep_ in ("amod", "compound") for token in verb.doc[participle.i + 1 : noun.i]) else None


def is_agent_participle(token: Token) -> bool:
    """The word is the participle describing a passive's agent ("by protesting students"), which
    describes the agent and is no act of its own."""
    return token.dep_ == "pcomp" and token.head.lower_ == "by" and agent_participle(token.head.head) == token


def stranded_agent(verb: Token) -> Token | None:
    """The "by" of a passive that the parser hung on a verb of its complement: "was accused of
    stealing funds by prosecutors" (a gerund takes no passive agent), "was accused of X, much
    of it spent abroad, by lawmakers" (a "by" after a comma ends the aside). A bare singular
    noun after "by" tells how, not who: "of seizing power by force"."""
    for by in verb.doc[verb.i + 1 : verb.right_edge.i + 1]:
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.pos_ != "VERB" or by.head.i == verb.i:
            continue
        gerund = by.head.tag_ == "VBG" and by.head.dep_ == "pcomp"
        if (gerund or by.nbor(-1).text == ",") and names_someone(child_with(by, ("pobj",))):
            return by
    return None


def prepositional_agent(verb: Token) -> Token | None:
    """The "by" of a passive that the parser labels a plain preposition, mostly after what the
    passive gives or to whom: "was granted asylum by Sweden", "asylum was granted to the
    journalist by France" (Sweden, France grant it)."""
    by = next((child for child in verb.children if child.dep_ == "prep" and child.lower_ == "by"), None)
    return by if by is not None and names_someone(child_with(by, ("pobj",))) else None


def names_someone(noun: Token | None) -> bool:
    """The noun can name someone: a name, a plural or a determined noun ("prosecutors", "the
    army", "the assembly"), not a bare singular, which names a way or an activity ("by force",
    "by decree", "banning assembly")."""
    return noun is not None and (noun.pos_ == "PROPN" or noun.tag_ == "NNS" or child_with(noun, ("det", "poss")) is not None)


def stranded_doer(verb: Token, obj: Token) -> Token | None:
    """Who does what an active verb's object names, when the parser hung the object's "by"
    on the verb: "dispersed a rally by opposition supporters"."""
    if is_passive(verb) or obj.right_edge.i + 1 >= len(verb.doc):
        return None
    by = verb.doc[obj.right_edge.i + 1]
    doer = child_with(by, ("pobj",)) if by.lower_ == "by" and by.dep_ == "prep" and by.head.i == verb.i else None
    return doer if names_someone(doer) else None


def participle_subject(subject: Token) -> Token | None:
    """The noun a participle describes, where the parser took the participle for the subject
    and the noun for its own: "The Red Cross operating in Chile said" (the Red Cross said)."""
    if subject.dep_ != "nsubj" or subject.tag_ not in ("VBG", "VBN"):
        return None
    noun = child_with(subject, ("nsubj",))
    return noun if noun is not None and noun.i < subject.i else None


def auxiliary_subject(verb: Token) -> Token | None:
    """A subject the parser hung on the verb's auxiliary: "X however have opposed", "X is opposed to"."""
    return next((found for aux in verb.children
                 if aux.dep_ in ("aux", "auxpass") and (found := child_with(aux, SUBJECT_DEPS))), None)


def mislabelled_subject(verb: Token) -> Token | None:
    """A name right before a verb without a subject, or before its auxiliaries and negation,
    that the parser took for a modifier: "..., USAID provided shelter", "UNHCR had announced
    ..." (the acronym read as an adverb)."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    index = verb.i - 1
    while index > verb.sent.start and verb.doc[index].head.i == verb.i and verb.doc[index].dep_ in ("aux", "auxpass", "neg"):
        index -= 1
    before = verb.doc[index] if index >= verb.sent.start and index < verb.i else None
    if before is None or before.head.i != verb.i or before.dep_ not in ("advmod", "npadvmod", "dep", "nmod", "compound"):
        return None
    named = before.ent_type_ in NAMED_ENTITIES or (before.text.isupper() and len(before.text) > 1)
    return before if named else None


def stranded_subject(verb: Token) -> Token | None:
    """A name the parser took for the object of a conjunction it read as a preposition, cut
    off from its verb by an aside: "broke down after Turkey, angered by the move, recalled its
    envoy" (Turkey recalled), not when the preposition is the verb's own ("and, after the
    vote, recalled")."""
    if verb.pos_ != "VERB":
        return None
    previous = verb.i - 1
    for child in reversed(list(verb.lefts)):
        if child.dep_ not in ("advmod", "punct") or child.right_edge.i != previous:
            break
        previous = child.left_edge.i - 1  # "..., once again recalled"
    while previous >= verb.sent.start:
        word = verb.doc[previous]
        if word.is_punct:
            previous -= 1
            continue
        while word.head.i != word.i and word.right_edge.i == previous:
            if word.dep_ == "pobj" and word.head.lower_ in CLAUSE_PREPOSITIONS and word.head.head.i != verb.i:
                return word if word.ent_type_ in NAMED_ENTITIES else None
            if word.head.right_edge.i != previous:
                break
            word = word.head
        if not (word.tag_ in ("VBN", "VBG") and word.dep_ in ("advcl", "acl")):
            return None
        previous = word.left_edge.i - 1  # an aside between the name and its verb: ", angered by the vote,"
    return None


def gerund_doer(governor: Token) -> Token | None:
    """Who does what a gerund after a preposition names: the subject of the clause ("continued
    its efforts by donating supplies"), also when it is passive ("was arrested for collaborating
    with X") or an adjective ("is guilty of breaking the truce"); the object of a verb of
    alleging ("accused Y of ignoring the law"); not after "without"."""
    if governor.pos_ == "VERB":
        if is_passive(governor):
            return child_with(governor, ("nsubjpass",))
        if lemma(governor) in ALLEGATION_VERBS:
            return child_with(governor, ("dobj",))  # "accused Y of ignoring the law": Y ignored it
        return source_head(governor)
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        return child_with(governor.head, SUBJECT_DEPS)
    return None


def noun_source(trigger: Token) -> Token | None:
    """A noun trigger's actor: "strikes by X", "war between A and B", "X's strikes", "Israeli strikes", or the subject
    of a light verb ("X launched strikes"); a noun under any other verb is not X's act
    ("X condemned the strikes"); what someone is under comes "from" its doer ("is under
    pressure from X", "came under attack from X")."""
    if is_undergone(trigger) and (origin := child_with_preposition(trigger, "from")) is not None:
        return origin
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "between"):
            return child_with(child, ("pobj",))
        if child.dep_ == "poss" and not is_undergone_by_owner(trigger):
            return child
    # A modifier acts only if it names someone: "Israeli strikes", not "ethnic cleansing".
    modifier = next((c for c in trigger.lefts if c.dep_ in ("amod", "compound")
                     and (c.pos_ == "PROPN" or (c.pos_ == "ADJ" and c.ent_type_ in NAMED_ENTITIES))), None)
    if modifier is not None:
        return modifier
    subject = child_with(trigger, SUBJECT_DEPS)
    if subject is not None:
        return subject  # a verb the parser took for a noun: "The government rejects the plan"
    first = trigger
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head  # "launched air and artillery strikes": the first conjunct is the object
    if (doer := undertaking_doer(first)) is not None:
        return doer
    if (blame := blaming_adjective(first)) is not None:
        # "X is responsible for the killings", "leaders responsible for the killings": X's, the leaders'
        return gerund_doer(blame) if blame.dep_ == "acomp" else blame.head if blame.dep_ == "amod" else None
    if lemma(first) in GIFT_NOUNS and (means := means_verb(first)) is not None:
        return source_head(means)  # "helped Haiti through a grant of $5 million"
    preposition = first.head
    if first.dep_ != "pobj" or preposition.head.pos_ not in ("VERB", "AUX"):
        return None
    governor = lemma(preposition.head)
    if preposition.lower_ == "in" and (governor in TAKING_PART_VERBS or lemma(first) in MOTIVE_NOUNS):
        return source_head(preposition.head)  # "were engaged in ethnic cleansing", "struck in protest"
    return None


def means_verb(noun: Token) -> Token | None:
    """The verb a noun is the means of: "with", "through" or "via" the noun, or "in the form of"
    it ("supported Peru in the form of a loan"), or None."""
    preposition = noun.head
    if noun.dep_ != "pobj":
        return None
    if preposition.lower_ == "of" and lemma(preposition.head) == "form" and preposition.head.dep_ == "pobj":
        preposition = preposition.head.head  # "in the form of"
        if preposition.lower_ != "in":
            return None
    elif preposition.lower_ not in MEANS_PREPOSITIONS:
        return None
    return preposition.head if preposition.head.pos_ in ("VERB", "AUX") else None


def blaming_adjective(noun: Token) -> Token | None:
    """The adjective of blame whose object the noun is ("responsible for the killings", "guilty
    of the massacre"), or None."""
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.dep_ == "prep" and lemma(preposition.head) in BLAME_ADJECTIVES:
        return preposition.head
    return None


def is_undergone(noun: Token) -> bool:
    """A noun of an act that the subject of its verb is under: "is under pressure", "came under attack"."""
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.lower_ == "under" and preposition.head.pos_ in ("VERB", "AUX")


def is_undergone_by_owner(noun: Token) -> bool:
    """A noun of an act done to someone whose possessive is that someone, as no "of" phrase
    names another: "the journalist's arrest", "Navalny's poisoning" (not "Uganda's arrest of
    the journalists", whose possessive did it)."""
    return (lemma(noun) in UNDERGONE_ACT_NOUNS and child_with(noun, ("poss",)) is not None
            and child_with_preposition(noun, "of") is None)


def child_with_preposition(head: Token, preposition: str) -> Token | None:
    """The object of the head's own preposition `preposition` ("from" in "pressure from X"), or None."""
    found = next((child for child in head.children if child.dep_ == "prep" and child.lower_ == preposition), None)
    return child_with(found, ("pobj",)) if found is not None else None


def is_undertaken_aim(verb: Token) -> bool:
    """An infinitive naming what an undertaking is for: "launched a campaign to free the hostages",
    "signed an agreement to promote trade"; its doer is whoever undertakes it (`undertaking_doer`)."""
    return (verb.dep_ in ("relcl", "acl") and child_with(verb, ("aux",)) is not None
            and undertaking_doer(verb.head) is not None and not is_approved_proposal_act(verb))


def is_approved_proposal_act(verb: Token) -> bool:
    """An infinitive on a proposal its verb approves: "approved a proposal to build schools",
    "adopted a plan to send troops". Approving a proposal decides on its act, and a decision is
    the act (as "decided to send troops" is), done by the approver."""
    proposal = verb.head
    return (verb.dep_ in ("relcl", "acl") and child_with(verb, ("aux",)) is not None
            and proposal.pos_ == "NOUN" and lemma(proposal) in PROPOSAL_NOUNS and is_approved(proposal))


def is_approved(noun: Token) -> bool:
    """The noun is the object of a verb of approving: "approved the release", "adopted a plan"."""
    return noun.dep_ == "dobj" and lemma(noun.head) in APPROVAL_VERBS


def object_sharer(verb: Token) -> Token | None:
    """The verb after "and" whose object a verb without one shares: "delivered" in "donated and
    delivered goods to X", where the parser gives the object to the last verb only. The "and"
    comes right after the verb: one that says more first ("announced leaving X; and sold Y")
    has its own phrase."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if child_with(verb, OBJECT_DEPS) is not None or following is None or following.dep_ != "cc":
        return None
    conjunct = next((child for child in verb.children if child.dep_ == "conj" and child.pos_ == "VERB"), None)
    return conjunct if conjunct is not None and child_with(conjunct, OBJECT_DEPS) is not None else None


def undertaking_verb(noun: Token) -> Token | None:
    """The verb saying its subject does what a noun names: a light verb ("launched an
    offensive") or a verb of taking part ("engaged in ethnic cleansing", "joined the war")."""
    if noun.dep_ in ("dobj", "attr") and lemma(noun.head) in LIGHT_VERBS | TAKING_PART_VERBS:
        return noun.head
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "in" and lemma(preposition.head) in TAKING_PART_VERBS:
        return preposition.head
    return None


def undertaking_doer(noun: Token) -> Token | None:
    """Who undertakes what a noun names, where its verb says they do: the subject of a light
    verb ("X launched an offensive") or of a verb of approving ("X approved the release of the
    prisoners": X decided on it), or of a verb of going "for" it ("returned to Geneva for talks")."""
    if noun.dep_ in ("dobj", "attr") and lemma(noun.head) in LIGHT_VERBS:
        return source_head(noun.head)
    if is_approved(noun) and lemma(noun) not in PROPOSAL_NOUNS:
        # Approving a proposal is no proposal of one's own: "approved a request to extradite X"
        # requests nothing (its infinitive is the decided act, `is_approved_proposal_act`).
        return source_head(noun.head)
    preposition = noun.head
    if (noun.dep_ == "pobj" and preposition.lower_ == "for" and preposition.head.pos_ in ("VERB", "AUX")
            and lemma(preposition.head) in GOING_VERBS):
        return source_head(preposition.head)
    return None


def default_target(trigger: Token) -> Token | None:
    """For patterns without TARGET: the passive subject (or the noun a passive participle
    describes, or the subject of the clause a reduced passive clause is part of), the direct
    object, or what an event noun is "of", if it is an actor."""
    if is_stative(trigger):
        return None
    if is_passive_participle(trigger):
        return described_noun(trigger)
    if trigger.pos_ == "VERB" and is_passive(trigger):
        return passive_subject(trigger)
    if (patient := reduced_passive_patient(trigger)) is not None:
        return patient
    if trigger.pos_ == "VERB":
        head = verb_object(trigger)
        # The parser may label "to X" itself the dative ("reneged on its promise to X"): X is the object.
        if head is not None and head.pos_ == "ADP":
            return child_with(head, ("pobj",))
        return head if head is not None else shifted_object(trigger)
    if is_undergone(trigger):
        return source_head(trigger.head.head)  # "Kenya is under pressure from X": Kenya undergoes it
    if is_undergone_by_owner(trigger):
        return child_with(trigger, ("poss",))  # "the journalist's arrest"
    return child_with_preposition(trigger, "of")  # "the release of two Kuwaitis"


def verb_object(verb: Token) -> Token | None:
    """The verb's object; not a word the parser made its object before its subject, where no
    object stands in English unless a question or relative word ("'We will keep looking,' the
    Fleet Command's agency head told The Valley Gazette": the possessive read as a dative; the
    Gazette is told); and of two names run together before a tensed clause that has no subject,
    the first: the second is that clause's subject ("told CNN Ortega 'was a brave man'": CNN is
    told)."""
    subject = child_with(verb, SUBJECT_DEPS)
    obj = next((child for child in verb.children if child.dep_ in OBJECT_DEPS
                and (subject is None or child.i > subject.i or child.lower_ in RELATIVE_PRONOUNS or child.tag_.startswith("W"))), None)
    return (run_in_first_name(verb, obj) or obj) if obj is not None else None


def run_in_first_name(verb: Token, obj: Token) -> Token | None:
    """The first of two names the parser read as one object ("CNN Ortega"), when a tensed
    clause of the verb right after it has no subject: the second name is that subject. None
    otherwise."""
    first = next((child for child in obj.lefts if child.dep_ == "compound"), None)
    if first is None or first.pos_ != "PROPN" or obj.pos_ != "PROPN" or not first.ent_type_:
        return None
    if obj.ent_iob_ == "I" and obj.ent_type_ == first.ent_type_:
        return None  # one name: "Ana Ruiz"
    clause = next((child for child in verb.children if child.dep_ == "ccomp" and child.i > obj.i), None)
    if clause is None or not is_finite(clause) or child_with(clause, ("nsubj", "nsubjpass", "expl")) is not None:
        return None
    return first


def shifted_object(verb: Token) -> Token | None:
    """An object said after the verb's "as" phrase, which the parser took for an apposition to
    it: "condemned as a crime Peru's crackdown" (the crackdown is condemned)."""
    as_phrase = next((child for child in verb.children if child.dep_ == "prep" and child.lower_ == "as"), None)
    noun = child_with(as_phrase, ("pobj",)) if as_phrase is not None else None
    return child_with(noun, ("appos",)) if noun is not None else None


def is_stative(verb: Token) -> bool:
    """A participle that states its subject's stance, not what was done to it: "X is opposed
    to", "is committed to", "is engaged in" (the parser tags them passive)."""
    return lemma(verb) in STATIVE_PARTICIPLES and is_passive(verb) and child_with(verb, ("agent",)) is None


def is_passive_participle(verb: Token) -> bool:
    """A participle describing the noun it acts on: "officials accused of fraud", "soldiers killed
    in the attack". A noun that is no part of any clause is the subject of a past tense the parser
    misread: "X is failing ..., a human rights group protested" (the group protested)."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.dep_ not in ("appos", "dep", "npadvmod") and verbless_subject(verb.head) is None
            ) or reduced_relative(verb) is not None


def is_reduced_passive_clause(verb: Token) -> bool:
    """A past participle heading a clause of its own, without subject or auxiliary, is passive when
    it opens the sentence ("When asked about the talks, the minister ..." : someone asked the
    minister; "Backed by Russia, the rebels ...") or follows a conjunction, wherever it stands
    ("the mayor fled when arrested", "resigned after questioned by police": the subject is who
    was arrested or questioned), or trails the clause after a comma with no object of its own
    ("the trader appeared in court, charged with fraud": someone charged the trader). Its doer is
    its agent, if named."""
    subordinate = any(child.dep_ == "mark" or (child.dep_ == "advmod" and child.tag_ == "WRB") for child in verb.children)
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and (verb.i < verb.head.i or subordinate or is_trailing_passive(verb))
            and child_with(verb, (*SUBJECT_DEPS, "aux", "auxpass")) is None)


def is_trailing_passive(verb: Token) -> bool:
    """A past participle set off by a comma after its clause, with no object: it tells what was
    done to the clause's subject ("the minister resigned, accused of fraud"); with an object it
    is a past tense the parser misread ("troops stormed the town, killed ten people")."""
    return (verb.i > verb.head.i and verb.i > verb.sent.start and verb.doc[verb.i - 1].lower_ == ","
            and child_with(verb, ("dobj", "ccomp")) is None)


def reduced_passive_patient(verb: Token) -> Token | None:
    """Who undergoes a reduced passive clause (`is_reduced_passive_clause`): the subject of the
    clause it is part of ("Criticized by Germany, Hungary ...", "the mayor fled when arrested"),
    or the participle's own subject when it has one (`is_absolute_passive`);
    None for any other verb, and for an "as" clause, which tells of the whole sentence ("X said,
    as reported by Y, ...": Y reported what X said)."""
    if is_absolute_passive(verb):
        return child_with(verb, ("nsubj",))
    if not is_reduced_passive_clause(verb) or any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children):
        return None
    return child_with(verb.head, (*SUBJECT_DEPS, "nsubjpass"))


def is_absolute_passive(verb: Token) -> bool:
    """A past participle joined to an earlier verb, with a subject of its own but no auxiliary and
    no object: a passive with its "were" left out, whose subject undergoes it ("the raid killed two
    soldiers, and dozens of rebels killed": the rebels were killed, by no one named). Elsewhere the
    parser tags past tenses so too ("Kenyan teachers protested")."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and child_with(verb, ("nsubj",)) is not None
            and child_with(verb, ("aux", "auxpass", "dobj", "ccomp")) is None)


def verbless_subject(noun: Token) -> Token | None:
    """The noun heading a sentence the parser found no verb in, where `noun` is that noun or
    inside its prepositional phrases: the subject of a past tense the parser misread as a
    participle on `noun` ("Doctors from two aid groups donated ...": the doctors donated)."""
    while noun.dep_ in ("pobj", "prep"):
        noun = noun.head
    return noun if noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") else None


def described_noun(participle: Token) -> Token:
    """The noun a passive participle describes (see `is_passive_participle`)."""
    misread = reduced_relative(participle)
    return misread[0] if misread is not None else participle.head


def passive_subject(verb: Token) -> Token | None:
    """A passive's subject, also when the parser gave it to a participle it took for the main verb
    ("The soldiers captured last week were released": the soldiers were released); in a
    relative clause, the noun it describes ("the rebels, who were backed by Rwanda")."""
    subject = child_with(verb, ("nsubjpass",))
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subject is None and (misread := reduced_relative(verb.head)) is not None and misread[1] == verb:
        return misread[0]
    return subject


def reduced_relative(verb: Token) -> tuple[Token, Token] | None:
    """A participle describing the sentence's subject that the parser took for the main verb,
    with the main verb it took for a complement: (soldiers, released) for "captured" in "The
    soldiers captured last week were released", also set off by commas: "The soldiers, captured
    in May, were released"). The main verb has its auxiliary but no subject and no conjunction
    before it."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBN", "VBD") or child_with(verb, ("aux", "auxpass")) is not None:
        return None
    subject = child_with(verb, ("nsubj",))
    if subject is None or subject.i > verb.i or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    for clause in verb.rights:
        if clause.dep_ not in ("ccomp", "conj") or clause.pos_ != "VERB":
            continue
        # A finite auxiliary ("were"), not an infinitive's "to": "The minister said to expect delays".
        auxiliary = next((child for child in clause.lefts if child.dep_ in ("aux", "auxpass")
                          and child.tag_ in FINITE_AUXILIARY_TAGS), None)
        if auxiliary is None or child_with(clause, SUBJECT_DEPS + ("nsubjpass", "mark")) is not None:
            continue
        between = verb.doc[verb.i + 1 : auxiliary.i]
        # Commas may only close a participle that a comma opened right after its noun.
        set_off = subject.i + 2 == verb.i and verb.doc[subject.i + 1].lower_ == "," and between and between[-1].lower_ == ","
        if not any(word.dep_ == "cc" or (word.is_punct and not set_off) for word in between):
            return subject, clause
    return None


def is_passive(verb: Token) -> bool:
    """A passive verb; not "who's called for ..." with an active subject, where "'s" is "has"."""
    deps = {child.dep_ for child in verb.children}
    if "nsubj" in deps and "nsubjpass" not in deps:
        return any(child.dep_ == "auxpass" and child.lower_ not in ("'s", "’s") for child in verb.children)
    return bool(deps & {"nsubjpass", "auxpass"})


def is_negated(trigger: Token) -> bool:
    """Negation on the trigger or on a verb whose complement it is ("did not agree to meet"), or
    on the verb a bare verb is coordinated with, whose auxiliary it shares ("did not concede or
    admit defeat"), a failure ("failed to reach a deal", "was unable to negotiate"), an act that
    almost happened ("nearly killed"), or a subject or object that names no one and nothing
    ("neither X nor Y endorsed", "no soldiers were killed", "put no pressure on them")."""
    chain = governing_chain(trigger)
    if any(lemma(token) in FAILURE_HEADS for token in chain[1:]):
        return True
    for token in shared_chain(trigger):
        if any(child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no")
               or (child.dep_ == "advmod" and child.lower_ in NEAR_MISS_ADVERBS and child.i < token.i)
               for child in token.children):
            return True
    return any(participant is not None and any(
        child.dep_ in ("det", "preconj") and child.lower_ in ("no", "neither") for child in participant.children)
        for participant in (child_with(trigger, (*SUBJECT_DEPS, "nsubjpass")), child_with(trigger, ("dobj",))))


def is_announced(trigger: Token) -> bool:
    """The action is announced, not done: "will meet", "would allow", "is ready to send",
    "plans to impose" (future or intent over the trigger or a verb it complements), "a plan to
    withdraw" (the infinitive of a noun of intent)."""
    for token in governing_chain(trigger):
        if any(child.dep_ == "aux" and child.lower_ in FUTURE_AUXILIARIES for child in token.children):
            return True
        if token is not trigger and lemma(token) in INTENT_HEADS:
            return True
    # "welcomed Uganda's plan to withdraw its troops": the infinitive of a noun of intent
    return (trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and lemma(trigger.head) in INTENT_NOUNS
            and any(child.dep_ == "aux" and child.tag_ == "TO" for child in trigger.children)
            and not is_approved_proposal_act(trigger))  # "approved a plan to withdraw": decided


def is_disclaimed(trigger: Token) -> bool:
    """The act is declared impossible now: "cannot accept more refugees", "can't release them"
    (a refusal, as "will not" is; "could not" tells a past failure)."""
    return any(child.dep_ == "aux" and child.lower_ in PRESENT_ABILITY for child in trigger.children)


def is_motive(trigger: Token) -> bool:
    """The act is what a subjectless participle says someone acts for: "heads to Beijing, seeking
    to mend ties with China" tells why the visit is made, not that anyone said they would mend ties."""
    return any(token is not trigger and lemma(token) in MOTIVE_PARTICIPLES and token.dep_ == "advcl"
               and token.tag_ == "VBG" and child_with(token, SUBJECT_DEPS) is None for token in governing_chain(trigger))


def is_foreseen(trigger: Token) -> bool:
    """An act only foreseen, feared, hoped for or imagined: in the clause of such a verb or noun
    ("fear that Uganda will attack", "expressed the hope that Kenya would free them"), which is
    no act of the clause's subject; or an event noun that is the object of "fear", "predict",
    "simulate", ... or what "fears of", "the prospect of", "the risk of" ... name."""
    if any((token.dep_ == "ccomp" or is_content_clause(token)) and lemma(token.head) in FORESEEING_WORDS
           for token in clause_governors(trigger)):
        return True
    if trigger.pos_ != "NOUN":
        return False
    if trigger.dep_ == "dobj":
        return lemma(trigger.head) in FORESEEING_WORDS
    preposition = trigger.head
    return trigger.dep_ == "pobj" and preposition.lower_ == "of" and lemma(preposition.head) in FORESEEING_WORDS


def is_attempted(trigger: Token) -> bool:
    """The act is tried, not done: "trying to break", "attempted to seize"."""
    return any(token is not trigger and lemma(token) in ATTEMPT_HEADS for token in governing_chain(trigger))


def is_hypothetical(trigger: Token, modal_is_intent: bool = False) -> bool:
    """A modal, a conditional clause, an open question or a wish ("whether X attacked", "for X
    to attack"), an allegation ("accused Y of attacking"), a guess ("likely"), an act someone
    else is asked, told or let do ("allows Russia to withdraw"), an act forbidden or avoided
    ("refrained from criticizing"), an act required in the subjunctive ("insisted that Japan
    apologize") or a habit ("usually meet"): not reported as fact. A "would" that
    announces an intent ("said it would allow") is coded as the intent, not as hypothetical.
    A purpose ("met to ease tensions") is left as told: gold sets code such acts as done."""
    if allegation_verb(trigger) is not None or is_alleged_content(trigger):
        return True
    if trigger.pos_ == "NOUN" and blaming_adjective(trigger) is not None and is_reported(trigger):
        return True  # "said Uganda was responsible for the bombing": an accusation, the bombing only alleged
    # What a supposed act is for is supposed too: "must ensure security to allow aid to reach".
    purposed = [trigger.head] if is_purpose_clause(trigger) else []
    # An event noun's habit is told on the verb it is the subject of: "meetings usually center on".
    subject_of = [trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") else []
    if any(child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS
           for token in (*governing_chain(trigger), *subject_of) for child in token.children):
        return True
    chain = shared_chain(trigger)
    if any(lemma(token) in OBLIGATION_VERBS and token.tag_ not in ("VBD", "VBN") for token in chain[1:]):
        return True
    if any(is_imperative(token) for token in chain):
        return True
    for token in (*chain, *purposed):
        if is_requested_or_permitted(token) or is_avoided(token) or is_proposed(token) or is_mandative(token):
            return True
        for child in token.children:
            if child.dep_ == "advmod" and child.lower_ in SPECULATION_ADVERBS:
                return True
            if child.dep_ == "aux" and child.lower_ in MODALS and not (modal_is_intent and child.lower_ in DECLARING_AUXILIARIES):
                return True
            if child.dep_ == "mark" and (child.lower_ in CONDITIONAL_MARKERS or child.lower_ in IRREALIS_MARKERS):
                return True
    return False


def is_standing_stance(match: Match) -> bool:
    """A verb of stance in the simple present, active or passive ("the party opposes abortion",
    "the rebels are backed by Iran"), tells a position held, which is no dated act (as "has
    always condemned" is not). Not "is supporting", which tells what is being done, nor "have
    opposed resolutions", which may tell votes cast; and a speaker telling its own stance ("'We
    oppose the sanctions'", "the ministry says it supports the decision") states it, an act of
    saying."""
    trigger = match.trigger
    if lemma(trigger) not in STANCE_VERBS or not match.entry.cameo.startswith(STANCE_ROOTS) or trigger.tag_ == "VBG":
        return False
    return is_simple_present(trigger) and not is_own_stance_told(trigger)


def is_record(trigger: Token) -> bool:
    """An event noun, plural and bare, that a subject "has been involved in", "engaged in" or
    "active in" with no time of its own ("has also been involved in protests against the war"):
    a record of what it took part in over the years, no dated act (as "has often protested" is
    not). With a time it is news: "have been involved in clashes since Monday"."""
    bare_plural = trigger.tag_ == "NNS" and not any(child.dep_ in ("det", "poss") for child in trigger.children)
    if trigger.pos_ != "NOUN" or not bare_plural or trigger.dep_ != "pobj" or trigger.head.lower_ != "in":
        return False
    part = trigger.head.head
    taking_part = default_standing_words()["record"]
    if lemma(part) not in taking_part and part.lower_ not in taking_part:
        return False
    # "has been involved" (a passive participle) or "has been active" (an adjective after "been").
    verbs = [part, part.head] if part.dep_ == "acomp" else [part]
    auxiliaries = [child.lower_ for verb in verbs for child in verb.children if child.dep_ in ("aux", "auxpass")]
    perfect = any(word in ("has", "have", "'s", "'ve") for word in auxiliaries) and (
        "been" in auxiliaries or any(verb.lower_ == "been" for verb in verbs))
    return perfect and not any(is_timed(verb) for verb in verbs)


def is_timed(verb: Token) -> bool:
    """The verb's clause names a time: a date ("on Monday", "this week", "for two years") or the
    start of a span ("since June")."""
    return any(token.ent_type_ in ("DATE", "TIME") or token.lower_ == "since" for token in verb.subtree)


def is_view_of_a_thing(match: Match, actors: "DocumentActors") -> bool:
    """A verb of holding a view (standing_words.tsv: "agree", "disagree") "with" a thing that no
    actor holds ("disagreed with the correlation between the overdoses and the payments", "agreed
    with the nationalization of the banks"): a view of a claim, a finding or an idea, no act on
    anyone. With an actor, or a thing an actor owns, it is one: "disagreed with Uganda", "agreed
    with the Ugandan proposal", "disagreed with Kenya's decision"."""
    held_with = any("with" in word for word in match.entry.words if word != TARGET)
    if lemma(match.trigger) not in default_standing_words()["opinion"] or not held_with or match.target is None:
        return False
    thing = match.target
    if thing.pos_ != "NOUN" or names_actor(thing, actors):
        return False
    owned = any(child.dep_ in ("poss", "compound", "amod", "nmod") and names_actor(child, actors) for child in thing.children)
    authored = any(child.dep_ == "prep" and child.lower_ in ("by", "from") for child in thing.children)
    return not (owned or authored)


def is_stance_on_a_cause(match: Match) -> bool:
    """A verb of stance ("support", "oppose", "back", "endorse") whose object is a gerund, a kind
    of act taken generically ("did not support voting twice", "endorsed using happiness as the
    measure", "opposes drilling in the Arctic"): a stance on a policy or a cause, no act on
    anyone, in whatever tense. (A bare noun of a cause, "supported independence", was tried
    too and not kept: it lost a gold record.)"""
    trigger = match.trigger
    if trigger.pos_ != "VERB" or lemma(trigger) not in CAUSE_STANCE_VERBS or not match.entry.cameo.startswith(STANCE_ROOTS):
        return False
    cause = child_with(trigger, ("dobj", "xcomp"))
    return cause is not None and is_bare_gerund(cause)


def is_bare_gerund(word: Token) -> bool:
    """A gerund with no determiner, which names a kind of act: "drilling in the lake", "voting
    twice" (which the parser may tag as a noun); not "the bombing", one act."""
    if any(child.dep_ in ("det", "poss", "nummod", "predet") for child in word.children):
        return False
    return word.tag_ == "VBG" or (word.tag_ == "NN" and word.lower_.endswith("ing"))


def names_actor(word: Token, actors: "DocumentActors") -> bool:
    """The word's phrase names an actor, known or a named person or organisation."""
    return actors.code_mention(word, True) is not None or actors.unplaced(word) is not None


def is_own_stance_told(trigger: Token) -> bool:
    """The stance is the speaker's own, told by it: in the first person ("we oppose") or, in a
    clause of saying, by a pronoun for the sayer ("the ministry says it stands by the UK and
    supports its decision")."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    subject = child_with(trigger, SUBJECT_DEPS) or child_with(clause, SUBJECT_DEPS)
    if subject is None:
        return False
    return subject.lower_ in FIRST_PERSON or (
        subject.tag_ == "PRP" and clause.dep_ == "ccomp" and lemma(clause.head) in SPEECH_VERBS)


def is_alleged_content(trigger: Token) -> bool:
    """The trigger is in the "that" clause of a noun of alleging ("denied charges that it
    tortured a priest", "rejected claims that its troops shelled the town") or of a noun a verb
    of denial denies ("dismissed reports that its troops shelled it"), or in the clause a verb of
    denial denies ("denied that its troops shelled the town", "denied shelling the town"): only
    alleged."""
    return any(is_content_clause(token) and (lemma(token.head) in ALLEGATION_NOUNS or is_denied(token.head))
               or (token.pos_ != "NOUN" and is_denied(token)) for token in (trigger, *trigger.ancestors))


def is_denied(token: Token) -> bool:
    """The word is what a verb of denial denies: its clause ("denied that X attacked", "denied
    attacking", "denied having attacked") or its object ("dismissed reports that X attacked")."""
    return (lemma(token.head) in DENIAL_VERBS and token.head.i != token.i
            and token.dep_ in ("ccomp", "xcomp", "dobj"))


def clause_governors(trigger: Token) -> Iterator[Token]:
    """The trigger and the words above it, passing over a clause that a tensed verb was joined
    to by mistake: in "predicted Peru would lose the vote and asked voters to ...", "asked" has a
    tense "would lose" cannot share, so it is joined to "predicted", outside what was predicted."""
    token = trigger
    yield token
    while token.head.i != token.i:
        if (token.dep_ == "conj" and token.tag_ in FINITE_TAGS and token.head.tag_ == "VB"
                and token.head.head.i != token.head.i):
            token = token.head
        token = token.head
        yield token


def is_content_clause(clause: Token) -> bool:
    """A clause saying what its noun holds ("charges that it tortured a priest", "hopes Kenya
    will free the fishermen"), not a relative clause describing the noun ("the charges it
    faces", "a treaty that was signed"). The parser labels both alike; a content
    clause has "that" as its conjunction, or a subject and an object of its own and no relative
    pronoun."""
    if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.head.pos_ != "NOUN":
        return False
    if any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children):
        return True
    return (child_with(clause, SUBJECT_DEPS) is not None and child_with(clause, ("dobj",)) is not None
            and not any(child.lower_ in RELATIVE_PRONOUNS for child in clause.children))


def allegation_verb(trigger: Token) -> Token | None:
    """The verb of alleging whose gerunds the trigger is among: "accused Y of violating the
    treaty, ignoring the court and attacking X" (the parser may hang the later gerunds on the
    verb itself); None if there is none. Such an act is only said of Y."""
    gerund = trigger
    while gerund.dep_ == "conj" and gerund.head.i != gerund.i:
        gerund = gerund.head
    governor = gerund.head
    if gerund.dep_ == "pcomp" and governor.dep_ == "prep" and lemma(governor.head) in ALLEGATION_VERBS:
        return governor.head
    listed = any(child.dep_ == "prep" and child.i < gerund.i and child_with(child, ("pcomp",)) is not None
                 for child in governor.children)
    if gerund.dep_ == "advcl" and gerund.tag_ == "VBG" and lemma(governor) in ALLEGATION_VERBS and listed:
        return governor
    return None


def is_imperative(verb: Token) -> bool:
    """A verb in the imperative, which asks for the act rather than telling it ("'Release the
    journalists,' the minister said", "Don't attack the town"): a bare verb heading a clause, with
    no subject and no auxiliary but "do", and nothing before it in its clause but punctuation,
    "please" or the negation; a verb coordinated with one shares its mood ("stand back and stand by")."""
    if verb.dep_ == "conj" and verb.tag_ == "VB" and child_with(verb, (*SUBJECT_DEPS, "nsubjpass", "aux")) is None:
        return is_imperative(verb.head)
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp", "xcomp"):
        return False
    if child_with(verb, (*SUBJECT_DEPS, "nsubjpass", "expl")) is not None:
        return False
    if any(child.dep_ in ("aux", "auxpass") and lemma(child) != "do" for child in verb.children):
        return False
    start = verb.left_edge.i
    # A clause told as said stands before its verb of saying or after a quote mark or a colon
    # ("'Release them,' he said", "he said: 'Release them'"); not "let free the prisoners".
    # The quote mark may open the clause or stand just before it.
    quoted = any(verb.doc[index].text in QUOTE_OPENERS for index in (start - 1, start) if index >= 0)
    if verb.dep_ != "ROOT" and verb.i > verb.head.i and not quoted:
        return False
    return all(token.is_punct or token.lower_ in IMPERATIVE_OPENERS for token in verb.doc[start : verb.i])


def is_question(sentence: Span) -> bool:
    """The sentence's last word (line breaks and spaces aside) ends with a question mark; read
    from that word, as building the sentence's text for every event costs more."""
    last = next((token for token in reversed(sentence) if not token.is_space), None)
    return last is not None and last.text.endswith("?")


def is_foreign_script(sentence: Span) -> bool:
    """Most of the sentence's letters are of a script other than the Latin ("वो demand करते हैं"):
    a sentence in another language, which the English parser cannot read, though an English word
    in it may look like a verb of the lexicon."""
    if all(token.is_ascii for token in sentence):
        return False  # most sentences: English, and no text to build
    letters = [char for char in sentence.text if char.isalpha()]
    foreign = sum(not char.isascii() and not is_latin_letter(char) for char in letters)
    return 2 * foreign > len(letters)


def is_latin_letter(char: str) -> bool:
    """A Latin letter with a diacritic ("é", "ā", "ş"), which English text may hold in names."""
    return "LATIN" in unicodedata.name(char, "")


def controller(verb: Token) -> Token | None:
    """The object of the governing verb that does what its infinitive says: Ukraine in "forced
    Ukraine to withdraw"; none in "let free X" (the object comes after); whom the governing
    verb's noun of asking is aimed at: Turkey in "put pressure on Turkey to free them"."""
    if (recipient := time_given_to(verb)) is not None:
        return recipient  # "gave Uganda 48 hours to withdraw": Uganda is to withdraw
    if (noun := asking_object(verb)) is not None:
        # The parser hangs "on X" on the noun or on its verb.
        return next((target for preposition in (*noun.children, *verb.head.children) if preposition.dep_ == "prep"
                     and preposition.lower_ in ASKED_PREPOSITIONS and noun.i < preposition.i < verb.i
                     and (target := child_with(preposition, ("pobj",))) is not None), None)
    if (addressee := asked_addressee(verb)) is not None:
        return addressee
    if verb.dep_ != "xcomp" or lemma(verb.head) not in OBJECT_CONTROL_HEADS:
        return None
    found = child_with(verb.head, ("dobj",))
    return found if found is not None and found.i < verb.i else None


def time_given_to(verb: Token) -> Token | None:
    """Whom the governing verb of giving gives a time to do what its infinitive says, an
    ultimatum's deadline: Uganda in "gave Uganda 48 hours to withdraw" and "gave Uganda until
    Friday to withdraw", which the parser reads as the subject's purpose; None otherwise."""
    if not is_purpose_clause(verb) or lemma(verb.head) not in GIVING_VERBS:
        return None
    giver = verb.head
    if any(child.dep_ == "dobj" and lemma(child) in TIME_SPAN_NOUNS and child.i < verb.i for child in giver.children):
        return child_with(giver, ("dative",))
    if any(child.dep_ == "prep" and child.lower_ in DEADLINE_PREPOSITIONS and child.i < verb.i for child in giver.children):
        return child_with(giver, ("dative", "dobj"))  # "gave Uganda until Friday to withdraw"
    return None


def is_clausal_infinitive(verb: Token) -> bool:
    """An infinitive the parser hung on its governing verb as a complement or a clause of its
    own ("called on Egypt to release them"), where a verb of asking may ask for it."""
    return verb.dep_ in ("advcl", "xcomp") and any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)


def asked_addressee(verb: Token) -> Token | None:
    """Whom a verb of asking asks through a preposition, who does what its infinitive says,
    also where the parser hung the infinitive on the verb as a clause of its own: Egypt in
    "called on Egypt to release them", "appealed to Egypt on Sunday to release them". Not a
    time ("called on Monday to ..."), and not beside the verb's object, which is the one asked
    or what is moved ("ordered troops to the border to stop the smugglers"), nor after a
    particle, which makes another verb ("called in to a show on Monday to say ...")."""
    if not is_clausal_infinitive(verb):
        return None
    governor = verb.head
    if (lemma(governor) not in UNDONE_COMPLEMENT_HEADS or child_with(governor, OBJECT_DEPS) is not None
            or child_with(governor, ("prt",)) is not None):
        return None
    return next((addressee for preposition in governor.children if preposition.dep_ == "prep"
                 and is_addressee_preposition(preposition) and preposition.i < verb.i and not is_time_phrase(preposition)
                 and (addressee := child_with(preposition, ("pobj",))) is not None), None)


def is_asked_of_unnamed(verb: Token) -> bool:
    """An infinitive a verb of asking asks for without naming whom it asks: "Amnesty called on
    Monday to free the prisoners", "urged to free them". The asker does not do the act; unnamed
    others are asked to (with someone named, "called on Egypt to free them", that one does it).
    Any other phrase on the verb may name whom one calls ("called to a radio host to criticize X"
    criticizes)."""
    if not is_clausal_infinitive(verb):
        return False
    governor = verb.head
    return (lemma(governor) in UNNAMED_ADDRESSEE_HEADS and governor.pos_ == "VERB" and not is_passive(governor)
            and child_with(verb, SUBJECT_DEPS) is None and child_with(governor, (*OBJECT_DEPS, "prt")) is None
            and not any(preposition.dep_ == "prep" and preposition.i < verb.i and not is_time_phrase(preposition)
                        for preposition in governor.children))


def is_addressee_preposition(preposition: Token) -> bool:
    """The preposition names whom its verb of asking asks: "called on X", "appealed to X"."""
    return preposition.lower_ in ADDRESSEE_PREPOSITIONS or (preposition.lower_ == "to" and lemma(preposition.head) == APPEAL_VERB)


def asking_object(verb: Token) -> Token | None:
    """The governing verb's object that names an asking, an order or pressure, when the parser
    hung that noun's infinitive on the verb as its purpose: "pressure" in "put pressure on X to
    leave", which asks X to leave rather than telling why the subject acted; None otherwise."""
    if not is_purpose_clause(verb):
        return None
    noun = child_with(verb.head, ("dobj",))
    return noun if noun is not None and noun.i < verb.i and lemma(noun) in UNDONE_COMPLEMENT_HEADS else None


def has_condition(trigger: Token) -> bool:
    """The act is announced on a condition the trigger's own clause states: "will strike unless
    wages rise", "will boycott if ..." (a threat, whatever the condition's outcome)."""
    return any(
        clause.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ in CONDITIONAL_MARKERS for mark in clause.children)
        for token in governing_chain(trigger) for clause in token.children
    )


def is_requested_or_permitted(verb: Token) -> bool:
    """A complement someone else is let, asked, told or needed to do: "allows Russia to withdraw",
    "was allowed to withdraw", "permission to hold a rally", "wants Putin to attack", "ordered
    troops to attack", "a majority is needed to convict", "the majority required by law to
    convict", "tasked with investigating"; not "let free" (the letting is the act)."""
    if asking_object(verb) is not None or time_given_to(verb) is not None or is_asked_of_unnamed(verb):
        return True  # "put pressure on X to leave", "gave X 48 hours to leave", "urged to leave"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and lemma(verb.head.head) in MANDATE_HEADS:
        return True
    if is_noun_infinitive(verb) and lemma(verb.head) in PERMISSION_NOUNS:
        return True  # "granted the opposition permission to hold a rally"
    if (verb.dep_ not in ("xcomp", "ccomp") and not is_passive_complement(verb)) or lemma(verb.head) not in UNDONE_COMPLEMENT_HEADS:
        return False
    if lemma(verb.head) in TELLING_HEADS and is_finite(verb):
        return False  # "told the UN it will not accept refugees" reports; "told X to leave" orders
    return (child_with(verb, SUBJECT_DEPS) is not None or controller(verb) is not None or is_passive(verb.head)
            or is_passive_participle(verb.head))


def is_finite(verb: Token) -> bool:
    """The verb has a tense of its own, or a tensed or modal auxiliary ("accepted", "will accept",
    "has accepted"), unlike an infinitive ("to accept")."""
    return verb.tag_ in FINITE_TAGS or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in FINITE_TAGS | {"MD"} for child in verb.children)


def is_avoided(verb: Token) -> bool:
    """A gerund kept from happening by the verb it complements: "forbids criticizing", "refrained
    from criticizing" (the parser may take "forbids" for a noun the gerund describes, or the
    gerund of "forbids both criticizing X and ..." for a clause of its own, which it is not when
    the verb has no object and no comma sets the gerund off: "banned the party, saying ..."). A
    gerund joined to such a gerund is kept from happening too ("forbids criticizing X and Y-ing")."""
    verb = first_gerund(verb)
    if verb.tag_ != "VBG":
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "from":
        head = head.head
    elif verb.dep_ == "advcl":
        if child_with(head, OBJECT_DEPS) is not None or any(token.is_punct for token in head.doc[head.i + 1 : verb.i]):
            return False
    elif verb.dep_ not in ("xcomp", "dobj", "acl"):
        return False
    return lemma(head) in AVOIDED_ACT_HEADS


def first_gerund(verb: Token) -> Token:
    """The first of the gerunds the verb is joined to ("criticizing" for "insulting" in
    "criticizing X and insulting Y"), else the verb itself."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def is_proposed(verb: Token) -> bool:
    """A gerund, or one joined to it, that the verb it complements likes, favours or proposes:
    "favored prosecuting banks", "likes dropping bombs and killing people" (acts wanted, not done)."""
    verb = first_gerund(verb)
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj", "ccomp") and lemma(verb.head) in PROPOSED_ACT_HEADS


def is_passive_complement(verb: Token) -> bool:
    """An infinitive the parser hung on a passive verb of asking or making as an adverbial clause,
    which is its complement: "was pressured by X to close" read as "was urged by X to close"."""
    return (verb.dep_ == "advcl" and lemma(verb.head) in OBJECT_CONTROL_HEADS and is_passive(verb.head)
            and any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children))


def is_purpose_clause(verb: Token) -> bool:
    """An infinitive saying what an action was for: "spoke with Y to ease tensions"."""
    return verb.dep_ == "advcl" and any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)


def is_reported(trigger: Token) -> bool:
    """Inside the complement of a speech verb ("said X attacked"), or of a passive verb of
    saying or believing ("X is said / believed to have attacked"), or told "according to"
    someone ("X attacked Y, according to police"): someone said it happened."""
    token = trigger
    while True:
        if any(child.dep_ == "prep" and child.lower_ == "according" for child in token.children):
            return True
        if token.head.i == token.i:
            return False
        if token.dep_ == "ccomp" and lemma(token.head) in SPEECH_VERBS:
            return True
        if token.dep_ == "xcomp" and is_passive(token.head) and lemma(token.head) in PASSIVE_REPORT_VERBS:
            return True
        token = token.head


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the words it complements: "refused to meet" -> [meet, refused],
    "is ready to send" -> [send, ready]."""
    chain = [trigger]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    if chain[-1].pos_ == "ADJ" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "is ready to send": the copula carries the tense
    return chain


def shared_chain(trigger: Token) -> list[Token]:
    """The governing chain of the trigger and, for a bare verb coordinated with another and
    sharing its auxiliary and subject, of that verb too: in "did not concede or admit defeat" and
    "we have to put aside our differences and stop attacking them", "admit" and "stop" are under
    the negation and the obligation of the verb they are joined to."""
    chain = governing_chain(trigger)
    if trigger.dep_ == "conj" and trigger.tag_ == "VB" and child_with(trigger, ("aux", *SUBJECT_DEPS)) is None:
        chain += governing_chain(trigger.head)
    return chain


def lemma(token: Token) -> str:
    return token.lemma_.lower()
