"""Actor coding of argument heads in one spaCy Doc.

`DocumentActors(doc, base, date).code_mention(head)` builds the actor phrase around a head
token (its left modifiers, an "of" phrase, an apposition; never relative clauses or other
prepositional phrases) and codes it with the `ActorBase`. People introduced with a title
("Turkish President Recep Tayyip Erdogan") are remembered for the whole document, so a
later "Erdogan" gets the same code, wherever the event extractor asks about it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import count

from spacy.tokens import Doc, Span, Token

from newsevents.actors.knowledge import (
    DATA_DIR, ActorBase, ActorCode, AliasEntry, AliasIndex, PhraseCode, Word, alias_words, occupation_sectors, read_tsv,
)
from newsevents.nlp import child_with
from newsevents.records import ActorMention

# Named entities that are actors even when the actor data does not know them.
NAMED_ACTOR_ENTITIES = frozenset({"PERSON", "ORG"})

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "inside", "throughout", "around", "within", "outside"})
"""A place after these is where something happened, not who did it ("from" is left out: "recalled its envoy from Israel")."""

MODIFIER_DEPS = frozenset({"compound", "flat", "amod", "nmod", "npadvmod", "poss", "case", "det", "predet", "nummod", "quantmod", "nn"})
NAME_PART_DEPS = frozenset({"compound", "flat", "nn"})
NON_ACTOR_ENTITIES = frozenset({
    "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT",
    "LANGUAGE",
})
PARTITIVE_NOUNS = frozenset({
    "dozen", "hundred", "thousand", "million", "score", "number", "group", "member", "some", "many",
    "several", "most", "all", "few", "majority", "rest", "handful", "part", "one", "batch", "patch",
    "contingent", "team",
})
"""Heads that stand for their "of" phrase: "dozens of Palestinians" is coded as "Palestinians"."""
SINGLE_PARTITIVES = frozenset({"one", "member", "part"})
"""Partitive heads that pick out one of their "of" phrase: "one of the children" is a person, not a group."""

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# Entity types of names that "he" or "she" cannot stand for.
NON_PERSON_ENTITIES = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "we", "us"})
THING_PRONOUNS = frozenset({"it"})
# Envoys and missions serve abroad: the state they are sent to ("the ambassador to Kenya"),
# or whose officials they deal with, is seldom their own.
DIPLOMAT_NOUNS = frozenset({"ambassador", "envoy", "emissary", "consul", "diplomat", "embassy", "consulate", "attache"})
# Adverbs that make an apposition what a thing was ("the hotel, formerly a monastery").
FORMER_WORDS = frozenset({"formerly", "once", "previously", "originally"})
OFFICE_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "aide", "camp", "staff", "team", "lawyer"})
# Plural nouns that refer back to actors already named: "the two countries", "both sides".
GROUP_NOUNS = frozenset({"country", "side", "nation", "government", "neighbor", "neighbour", "state", "leader", "party"})
GROUP_DETERMINERS = frozenset({"the", "two", "both", "their", "these", "those"})
# Plural nouns for states that, counted and not named, act as governments of unknown country:
# "dozens of countries pledged aid", "some 40 nations signed the pact".
STATE_NOUNS = frozenset({"country", "nation"})
# Words that count a plural without referring back to actors named before.
COUNTING_WORDS = frozenset({"several", "many", "numerous", "some", "dozens", "scores", "various"})
# Nouns for the other side of a relation: a nation that owns one is not its country ("Israel's
# militia ally", "Iran's proxies", "Moscow's rivals").
RELATION_NOUNS = frozenset({"ally", "enemy", "foe", "rival", "adversary", "neighbour", "neighbor", "proxy"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
BODY_POSSESSIVES = frozenset({"its", "their"})
# How what a verb's act is done to hangs on it: a state named so is acted on as a whole.
ARGUMENT_DEPS = frozenset({"nsubjpass", "dobj", "dative"})
# A nationality after this word names an ethnic group, whose home is where it lives: "ethnic
# Albanians in Serbia" are Serbia's people, not Albania's.
ETHNIC_MARKER = "ethnic"
# A nation's minority lives in another state: "the Hungarian minority in Romania" is Romania's.
MINORITY_NOUN = "minority"
# Adjectives saying a group comes from elsewhere: "foreign troops" in Afghanistan are not Afghan.
FOREIGN_WORDS = frozenset({"foreign", "overseas"})
# How the parser attaches a title it did not make a name's apposition: "Kuwait's emir, Sheikh X
# said" has "emir" as `dep` or as a second subject of "said".
HANGING_TITLE_DEPS = frozenset({"dep", "nsubj", "nsubjpass"})
# Words for people as nouns that, as a noun's adjective, say how it is done, not by whom:
# "public appeals for calm" are made openly, not by the public.
MANNER_ADJECTIVES = frozenset({"public"})


# How a place hangs on the word that makes it an origin: "born in [1924 in] Kutama, Zimbabwe",
# "Taiwan-born", "a native of New Zealand".
ORIGIN_CHAIN_DEPS = frozenset({"pobj", "prep", "appos", "conj", "compound", "npadvmod", "poss", "case", "amod"})
ORIGIN_CHAIN_LIMIT = 6


@cache
def origin_words() -> frozenset[str]:
    """The words that make a place a person's origin (`origin_words.tsv`)."""
    _, rows = read_tsv(DATA_DIR / "origin_words.tsv")
    return frozenset(row[0] for row in rows)


def names_origin(token: Token) -> bool:
    """The token is (part of) a place named as where someone comes from: "born in Taiwan",
    "the Taiwan-born secretary", "a native of New Zealand", "immigrated from Uganda", a person
    "from" a place. Birth or
    origin is a fact about a person, not whom they act for, nor what the document is about."""
    current = token
    for _ in range(ORIGIN_CHAIN_LIMIT):
        parent = current.head
        if parent.i == current.i or current.dep_ not in ORIGIN_CHAIN_DEPS:
            return False
        if parent.lower_ in origin_words() or is_persons_from(parent):
            return True
        current = parent
    return False


def is_persons_from(preposition: Token) -> bool:
    """A "from" on a person's name: "Sergeant Ana Souza, from Cork, Ireland" comes from there."""
    return preposition.lower_ == "from" and preposition.dep_ == "prep" and preposition.head.ent_type_ == "PERSON"


def is_location_phrase(head: Token, base: ActorBase | None = None) -> bool:
    """True when the head is a place after a locative preposition ("in Gaza", "at the Al-Aqsa Mosque").

    People after such a preposition are targets, not places ("threw rocks at the police",
    "fired at Hamas fighters"): heads that are sector nouns, demonyms or armed groups are not places.
    """
    base = base or ActorBase.default()
    anchor = head
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    if not (anchor.dep_ == "pobj" and anchor.head.lower_ in LOCATIVE_PREPOSITIONS):
        return False
    return not base.is_group_word(head.text, head.lemma_.lower())


def of_object(head: Token) -> Token | None:
    """The object of the head's "of" phrase ("the president of Turkey" -> Turkey)."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return child_with_object(child)
    return None


def is_counted_states(head: Token) -> bool:
    """A plural state noun counted by a number or a counting word ("70 countries", "several
    nations"), or the "of" object of a count ("dozens of countries", "a number of nations"):
    governments of no known country. Not "the two countries" (a reference back, `GROUP_NOUNS`)
    nor a bare plural ("countries must act"), which names no one."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in STATE_NOUNS:
        return False
    if any(child.dep_ in ("det", "poss") for child in head.children):
        return False  # "the two countries", "their 30 nations": states named before
    if any(child.dep_ == "nummod" or (child.dep_ in ("amod", "det") and child.lower_ in COUNTING_WORDS)
           for child in head.children):
        return True
    preposition = head.head
    count = preposition.head
    return (head.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.i < head.i
            and (count.like_num or count.lemma_.lower() in PARTITIVE_NOUNS - SINGLE_PARTITIVES))


def joined_object(head: Token) -> Token | None:
    """The object of a "to" phrase right after the head ("parties to the conflict" -> conflict),
    wherever the parser attached it (often to the verb: "urged parties to the conflict to ...")."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is None or after.lower_ != "to" or after.dep_ != "prep":
        return None
    return child_with_object(after)


def is_name_head(token: Token, apposed: set[int]) -> bool:
    """A proper name's head, or a phrase with an apposition ("its leader, Ismail Haniyeh");
    not a date's, a number's or a named event's ("Monday", "March", "Martin Luther King Jr. Day").
    `apposed` holds the indexes of the document's tokens that have an apposition (`apposed_heads`)."""
    # The test most words fail first: this runs on every token of every document.
    return (token.pos_ == "PROPN" or token.i in apposed) and (
        token.dep_ not in NAME_PART_DEPS and token.ent_type_ not in NON_ACTOR_ENTITIES
    )


def apposed_heads(doc: Doc) -> set[int]:
    """The indexes of the tokens that have an apposition; one pass over the document instead
    of a look at every token's children."""
    return {token.head.i for token in doc if token.dep_ == "appos" and token.head.i != token.i}


def phrase_tokens(head: Token, appositions: bool = True) -> list[Token]:
    """The head with its modifiers and "of" phrases (and appositions), in document order; and
    the rest of the name it is part of, which the parser may have split ("Omar al-Bashir")."""
    tokens: dict[int, Token] = {}
    _add_phrase_tokens(head, appositions, tokens)
    return [tokens[index] for index in sorted(tokens)]


def _add_phrase_tokens(head: Token, appositions: bool, tokens: dict[int, Token]) -> None:
    """Add the tokens of `phrase_tokens(head, appositions)` to `tokens`, by index: one dict
    for the whole phrase costs less than a set of Tokens for each word of it."""
    tokens[head.i] = head
    tokens.update((token.i, token) for token in entity_tokens(head))
    for part in hyphen_parts(head):
        tokens[part.i] = part
        tokens.update((child.i, child) for child in part.lefts if child.dep_ in MODIFIER_DEPS)
    for child in head.children:
        # Which appositions describe the head is asked only of an apposition: most words have none.
        if child.dep_ in MODIFIER_DEPS or (appositions and child.dep_ == "appos" and child in describing_appositions(head)):
            _add_phrase_tokens(child, True, tokens)
        elif child.dep_ == "prep" and child.lower_ == "of" and (obj := of_object(head)) is not None:
            tokens[child.i] = child
            _add_phrase_tokens(obj, True, tokens)
        elif is_name_preposition(child):
            tokens[child.i] = child
            _add_phrase_tokens(child_with_object(child), True, tokens)


def without_stranded_object(head: Token, tokens: list[Token]) -> list[Token]:
    """The phrase without its first modifier when that follows a preposition the parser left
    without an object: the modifier is the preposition's object ("On live radio Ortega attacked
    ...", read as the subject "live radio Ortega", is Ortega speaking on the radio, no medium)."""
    first = tokens[0] if tokens else None
    if first is None or first.i == 0 or first.i == head.i:
        return tokens
    preposition = head.doc[first.i - 1]
    if preposition.dep_ != "prep" or any(child.dep_ in ("pobj", "pcomp") for child in preposition.children):
        return tokens
    modifier = next((child for child in head.lefts if child.left_edge.i == first.i), None)
    if modifier is None or modifier.dep_ not in MODIFIER_DEPS:
        return tokens
    stranded = {token.i for token in modifier.subtree}
    return [token for token in tokens if token.i not in stranded]


def is_name_object(token: Token) -> bool:
    """The object of an "of" inside a name that begins before it ("Karvala" of "the Star of
    Karvala", "Chicago" of "the University of Chicago"): a part of that name, whose head is the
    word before "of", and no name of it on its own."""
    preposition = token.head
    return (token.dep_ == "pobj" and preposition.lower_ == "of" and preposition.ent_iob_ == "I"
            and preposition.ent_type_ == token.ent_type_ and token.ent_iob_ == "I")


def is_name_preposition(preposition: Token) -> bool:
    """A capitalised preposition inside a name, between capitalised words: "Doctors Without
    Borders", "Action Against Hunger". Within a sentence only a name capitalises one (or a
    headline, where the phrase still belongs to the noun: "Troops From Chad")."""
    if preposition.dep_ != "prep" or not preposition.is_title or preposition.is_sent_start:
        return False
    head, obj = preposition.head, child_with_object(preposition)
    return head.is_title and obj is not None and obj.is_title and obj.i == preposition.i + 1


def child_with_object(preposition: Token) -> Token | None:
    return next((child for child in preposition.children if child.dep_ == "pobj"), None)


def hyphen_parts(token: Token) -> list[Token]:
    """The words before `token` in its hyphenated word ("vice" and "-" of "vice-president"),
    which the parser may attach anywhere: their left modifiers ("former") belong to the whole."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return [doc[index] for index in range(start, token.i)]  # not a Span: mostly empty, and a Span costs more


def describing_appositions(head: Token) -> list[Token]:
    """The head's appositions that say who or what it is ("Ebrahim Raisi, Iran's president");
    not a plural noun after a person's name, which continues a list of names instead
    ("statues of Simon Bolivar, Peruvian presidents X and Y")."""
    # Names joined by a slash are two ("Ortiz/Bayle"), the second no apposition of the first.
    appositions = [child for child in head.children if child.dep_ == "appos"
                   and not any(token.text == "/" for token in head.doc[min(head.i, child.i) : max(head.i, child.i)])]
    if head.ent_type_ == "PERSON":
        appositions = [apposition for apposition in appositions if apposition.tag_ not in ("NNS", "NNPS")]
        return [*appositions, *(also for apposition in appositions for also in described_also(apposition))]
    # What a thing was is not what it is: "the museum, formerly an Armenian church" is no church's.
    return [apposition for apposition in appositions
            if not any(child.dep_ == "advmod" and child.lower_ in FORMER_WORDS for child in apposition.children)]


def described_also(apposition: Token) -> list[Token]:
    """Common nouns joined to a person's apposition, which describe the same person: "X, a
    psychology professor and the Green Party's nominee" is the nominee too. Not names, which
    continue a list of people ("X, a lawyer, and Jo Smith")."""
    return [conjunct for conjunct in apposition.conjuncts if conjunct.i > apposition.i and conjunct.tag_ == "NN"]


def entity_tokens(token: Token) -> list[Token]:
    """The tokens of the person's or organisation's name the token is in (none when outside one)."""
    if token.ent_iob_ not in ("B", "I") or token.ent_type_ not in ("PERSON", "ORG"):
        return []
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return [doc[index] for index in range(start, end)]


def phrase_words(tokens: list[Token], head: Token) -> tuple[list[Word], int | None]:
    """The tokens as alias words (punctuation and possessive 's dropped) and the head's word index.
    A verb's lemma is left out: it names an action, not a role ("Monitored" is no "monitor")."""
    words: list[Word] = []
    head_index = None
    for token in tokens:
        if token.is_punct or token.tag_ == "POS":
            continue
        parts = alias_words(token.text)
        for part in parts:
            lemma = token.lemma_.lower() if len(parts) == 1 and token.pos_ != "VERB" else ""
            words.append(Word(part, lemma, token.i, token.pos_ == "PROPN", token.ent_type_ == "PERSON"))
        if token.i == head.i and parts:
            head_index = len(words) - 1
    return words, head_index


class DocumentActors:
    """Actor coding for one spaCy Doc: remembers people introduced with a title so later surname mentions resolve."""

    def __init__(self, doc: Doc, base: ActorBase, date: str | None = None, focus: str | None = None,
                 place_country: Callable[[str], str | None] | None = None,
                 focus_named_at: tuple[int, ...] = ()) -> None:
        self.doc = doc
        self.base = base
        self.date = date
        # The country the document is about (`DocumentPlaces.focus_country`): the country of an
        # actor that nothing else places ("the president", "police"). Such heads are `guessed`.
        self.focus = focus
        # Where the document names its focus (`DocumentPlaces.focus_named_at`), for `borrows_focus`.
        self.focus_named_at = focus_named_at
        # The country of a town or region named in a phrase ("Karachi police"): from the
        # document's places (`DocumentPlaces.country_of`), when the coder has them.
        self.place_country = place_country
        self.guessed: set[int] = set()
        # (start, end, speaker) of the document's direct quotes, by character: "we" and "I"
        # inside one are its speaker. Set by the coder once the quotes are found.
        self.quote_speakers: list[tuple[int, int, ActorMention]] = []
        self.memory = AliasIndex()
        self._mention_numbers = count()  # each remembered mention is its own source: later ones override
        self._in_progress: set[int] = set()
        self._sentence_lemmas: dict[int, frozenset[str]] = {}  # sentence start -> its lemmas, for `_code_part`
        self._phrases: dict[tuple[int, bool], list[Token]] = {}  # (head, appositions) -> `phrase_tokens`
        self._words: dict[tuple[int, bool], tuple[list[Word], int | None]] = {}  # ... -> `phrase_words`
        # Titles of named people by `title_key` -> {title token: the person's country}: "the
        # prime minister" is the country of the prime minister named before it.
        self._titles: dict[tuple[str, ...], dict[int, str]] = {}
        # Introduce titled people in document order, so the answer for a surname does not
        # depend on which mentions the extractor happens to ask about first. `introductions`
        # keeps each name head's mention as coded then (the people learned from the document).
        apposed = apposed_heads(doc)
        self.introductions: dict[int, ActorMention | None] = {}
        for token in doc:  # filled in order: a name may ask about the leaders named before it
            if is_name_head(token, apposed):
                self.introductions[token.i] = self.code_mention(token)

    def phrase_tokens(self, head: Token, appositions: bool = True) -> list[Token]:
        """`phrase_tokens(head, appositions)`, worked out once per head: coding a document asks
        for the same phrases many times. The list is shared: do not change it."""
        key = (head.i, appositions)
        tokens = self._phrases.get(key)
        if tokens is None:
            tokens = without_stranded_object(head, self._own_side_of_slash(phrase_tokens(head, appositions), head))
            tokens = [token for token in tokens if token.i == head.i or not names_origin(token)]  # not "Taiwan-born"
            self._phrases[key] = tokens
        return tokens

    def _own_side_of_slash(self, tokens: list[Token], head: Token) -> list[Token]:
        """The phrase's words on the head's side of a slash between names: "the Ortiz/Bayle
        ticket" names a nominee and her running mate, two people, and neither is coded with the
        other's words; unless the actor data knows a name across the slash
        ("RFE/RL", "Radio Free Europe/Radio Liberty")."""
        slashes = [token for token in self.doc[tokens[0].i : tokens[-1].i] if token.text == "/"] if tokens else []
        if not slashes or any(self._named_across(tokens, slash) for slash in slashes):
            return tokens
        after = max((slash.i for slash in slashes if slash.i < head.i), default=-1)
        before = min((slash.i for slash in slashes if slash.i > head.i), default=len(self.doc))
        return [token for token in tokens if after < token.i < before]

    def _named_across(self, tokens: list[Token], slash: Token) -> bool:
        """True when an alias of the actor data spans the slash ("RFE/RL")."""
        words, _ = phrase_words(tokens, slash)
        return any(words[match.start].token < slash.i < words[match.end - 1].token
                   for match in self.base.alias_matches(words, self.date))

    def phrase_words(self, head: Token, appositions: bool = True) -> tuple[list[Word], int | None]:
        """`phrase_words` of the head's phrase, worked out once per head. Do not change the list."""
        key = (head.i, appositions)
        words = self._words.get(key)
        if words is None:
            words = self._words[key] = phrase_words(self._without_related_nations(self.phrase_tokens(head, appositions)), head)
        return words

    def _without_related_nations(self, tokens: list[Token]) -> list[Token]:
        """The phrase without a nation that owns one of its `RELATION_NOUNS`: "Israel's militia
        ally" is a militia, whose country is not Israel's."""
        owners = [token for token in tokens if token.dep_ == "poss" and token.ent_type_ == "GPE"
                  and token.head.lemma_.lower() in RELATION_NOUNS]
        dropped = {part.i for owner in owners if self.base.nation_of(" ".join(t.text for t in owner.subtree if t.tag_ != "POS"))
                   for part in owner.subtree}
        return [token for token in tokens if token.i not in dropped] if dropped else tokens

    def code_mentions(self, head: Token, governed: bool = False) -> list[ActorMention]:
        """The actors a phrase stands for: one, or several for a plural reference to actors
        named before ("the two countries", "both sides", "they" after "Israel and Turkey")."""
        if members := self._named_members(head):
            return members
        if self._is_group_reference(head):
            group = self._previous_group(head)
            if group:
                start, end = self.mention_span(head)
                span = self.doc[start:end]
                self._inherit_guess(head, group)
                return [ActorMention(span.text, (span.start_char, span.end_char), m.code, m.country, m.sector) for m in group]
        mention = self.code_mention(head, governed)
        if mention is None:
            return []
        return self._split_by_nation(head, mention) or [mention]

    def unplaced(self, head: Token) -> ActorMention | None:
        """A person or organisation named in the text that the actor data does not know ("The
        Zorblatt Liberation Front", "Mackenzie Eaglen"): its name, code `---`. National and
        religious group names ("Jews", "Republicans") are groups, not actors."""
        if head.ent_type_ not in NAMED_ACTOR_ENTITIES:
            return None
        tokens = entity_tokens(head)  # not a search of `doc.ents`, which builds every entity's Span
        name = self.doc[tokens[0].i : tokens[-1].i + 1]
        return ActorMention(name.text, (name.start_char, name.end_char), "---", None, None)

    def _split_by_nation(self, head: Token, mention: ActorMention) -> list[ActorMention]:
        """One actor per nation for a plural noun with coordinated nations as modifiers or after
        "of", "in" or "from": "Hungarian and Romanian officials" are HUNGOV and ROUGOV, "the
        ambassadors of Britain, France and Italy" three embassies, each named by its nation."""
        if head.tag_ not in ("NNS", "NNPS"):
            return []
        modifier = next((c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts), None)
        if modifier is None:
            # A later conjunct shares the first one's nations: "lawmakers and officials in France and Germany".
            owner = head if any(c.dep_ == "prep" for c in head.children) else (first_noun_conjunct(head) or head)
            preposition = next((c for c in owner.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from")), None)
            modifier = child_with_conjuncts(preposition)
        if modifier is None:
            return []
        parts = []
        conjuncts = sorted((modifier, *modifier.conjuncts), key=lambda t: t.i)
        for token in conjuncts:
            name = " ".join(t.text for t in own_conjunct_tokens(self.phrase_tokens(token), token, conjuncts))
            own = self.base.lookup(name)
            if own is None or own.country in (None, "IGO", "NGO"):
                return []
            parts.append((token, name, own))
        # A named group among the nations lends the phrase its sector ("the Taliban and US
        # officials" codes REB), which is not the others': each is then the head noun of its own.
        named = any(own.sector for _, _, own in parts)
        nations = []
        for token, name, own in parts:
            actor = (self.base.lookup(f"{name} {head.text}", self.date) if named else None) or ActorCode.of(own.country, mention.sector)
            nations.append(ActorMention(token.text, (token.idx, token.idx + len(token.text)), actor.code, actor.country, actor.sector))
        return nations if len(nations) > 1 else []

    def _named_members(self, head: Token) -> list[ActorMention]:
        """The actors a plural group noun names in its "of" phrase ("the Pacific nations of Tonga
        and Samoa" are TON and WSM): named there, they are no reference back to
        actors named before; empty for any other head, or when a member is no actor."""
        if head.tag_ != "NNS" or head.lemma_.lower() not in GROUP_NOUNS or (obj := of_object(head)) is None:
            return []
        if not obj.conjuncts:
            return []
        members = [self.code_mention(member) for member in sorted((obj, *obj.conjuncts), key=lambda token: token.i)]
        return [member for member in members if member is not None] if all(members) else []

    def _is_group_reference(self, head: Token) -> bool:
        if head.lower_ in PLURAL_PRONOUNS:
            return True
        if head.tag_ != "NNS" or head.lemma_.lower() not in GROUP_NOUNS:
            return False
        return any(child.lower_ in GROUP_DETERMINERS for child in head.children)

    def _previous_group(self, head: Token) -> list[ActorMention]:
        """The nearest coordinated actors ("Israel and Turkey") before the head, in its sentence
        or the two before it; for "they", also a plural actor subject ("Israeli forces"), but not
        the subject of its own clause, which "them" cannot stand for ("Chilean police detained
        them"), nor one that did an act to others when "they" undergoes one: those others are
        who "they" is ("Chilean police detained the miners and they were jailed": the miners)."""
        sentence_start = head.sent.start
        for _ in range(2):
            if sentence_start > 0:
                sentence_start = self.doc[sentence_start - 1].sent.start
        for token in reversed(self.doc[sentence_start : head.i]):
            if token.dep_ == "conj" or token.i in self._in_progress:
                continue
            if token.conjuncts and token.pos_ in ("PROPN", "NOUN"):
                group = [m for t in (token, *token.conjuncts) if (m := self.code_mention(t)) is not None]
                if len(group) > 1:
                    return group
            if head.lower_ in PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and self._is_plural_actor(token):
                if is_own_clause_subject(token, head):
                    continue
                if (undergoer := plural_undergoer(token, head)) is not None:
                    return self.code_mentions(undergoer)
                mention = self.code_mention(token)
                if mention is not None:
                    return [mention]
        return []

    def _is_plural_actor(self, token: Token) -> bool:
        """A subject "they" may stand for: a plural, or a body of people ("the government said
        they", "a group of leaders announced they")."""
        if token.tag_ in ("NNS", "NNPS"):
            return True
        if (token.lemma_.lower() in PARTITIVE_NOUNS - SINGLE_PARTITIVES
                and (people := of_object(token)) is not None and people.tag_ in ("NNS", "NNPS")):
            return True  # "a group of elders", though "group" is listed as a role noun
        return token.tag_ == "NN" and not self.base.is_person_noun(token.lemma_.lower()) and not self._is_person(token)

    def mention_span(self, head: Token) -> tuple[int, int]:
        """Token index range [start, end) of the phrase the actor covers."""
        if head.pos_ == "PRON":
            return head.i, head.i + 1
        tokens = [token for token in self.phrase_tokens(head) if not token.is_punct]
        start, end = tokens[0].i, tokens[-1].i + 1
        brackets = [token.text for token in self.doc[start:end]]
        if brackets.count("(") > brackets.count(")") and end < len(self.doc) and self.doc[end].text == ")":
            end += 1  # close an apposition in brackets: "the European Union (EU)"
        return start, end

    def code_mention(self, head: Token, governed: bool = False) -> ActorMention | None:
        """The coded actor of the phrase around `head`, or None when it names no political actor.

        `governed` says a verb pattern chose this phrase as its target ("fired rockets at
        Israel"), so a place after a locative preposition is an actor there; otherwise None
        for places after a locative preposition ("in Gaza"), for non-actor nouns ("the
        building", "rocks"), unknown names and pronouns other than he/she (which take the
        most recent singular person subject before them).
        """
        if head.i in self._in_progress:
            return None  # a phrase reached again while resolving its own pronoun or counterpart
        self._in_progress.add(head.i)
        try:
            return self._code_mention(head, governed)
        finally:
            self._in_progress.discard(head.i)

    def _code_mention(self, head: Token, governed: bool) -> ActorMention | None:
        if not governed and is_location_phrase(head, self.base):
            return None
        if head.pos_ == "PRON":
            if head.lower_ in FIRST_PERSON_PRONOUNS:
                return self._quote_speaker(head)
            if head.lower_ in PERSONAL_PRONOUNS:
                return self._resolve_pronoun(head)
            return self._resolve_pronoun(head, person=False) if head.lower_ in THING_PRONOUNS else None
        if head.pos_ == "ADJ" and head.dep_ == "amod" and (
                self.base.is_person_noun(head.lemma_.lower()) or head.lower_ in MANNER_ADJECTIVES):
            return None  # a title word as a noun's adjective names no one: "a general strike", "an official visit"
        if head.lemma_.lower() == "party" and (joined := joined_object(head)) is not None:
            return self._participants(head, joined)
        obj = of_object(head)
        if obj is not None and (head.lemma_.lower() in PARTITIVE_NOUNS or head.like_num):
            inner = self.code_mention(obj)
            return self._mention(head, ActorCode(inner.code, inner.country, inner.sector)) if inner else None
        phrase = self._code_part(head, appositions=False)
        for apposition in (*describing_appositions(head), *self._stranded_title(head)):
            phrase = merge(phrase, self._code_part(apposition, appositions=True))
        if phrase is None or phrase.code is None:
            if is_counted_states(head):
                return self._mention(head, ActorCode.of(None, "GOV"))  # "some 40 nations signed"
            return self._owner_office(head)
        code = phrase.code
        if code.sector == "CVL" and (shared := self._shared_noun(head, code)) is not None:
            code = ActorCode.of(code.country, shared.sector) or code
        if head.lemma_.lower() == "counterpart" and code.country not in ("IGO", "NGO"):
            code = ActorCode.of(code.country, self._speaker_sector(head) or code.sector) or code
        if code.country is None and any(child.lower_ in POSSESSIVE_PRONOUNS for child in head.children):
            code = code.placed(country) if (country := self._possessor_country(head)) else code  # "its envoy"
        if code.country is None and (country := self._first_conjunct_nation(head)):
            code = code.placed(country)  # "army" in "Iranian police and army"
        if code.country is None and (country := self._place_country(head)):
            code = code.placed(country)  # "security forces in Guinea"
        # Remembered before the focus guess: a later "Farahani" is guessed again, not known.
        self._remember(phrase.name_words, head, code)
        if code.country not in (None, "IGO", "NGO") and phrase.name_words:
            self._note_titles(head, code.country)  # an organisation's title holder has its code, not a country
        elif code.country is None and not phrase.name_words and (country := self._titled_country(head)):
            code = code.placed(country)  # "the prime minister" after "Prime Minister X of Slovakia"
        if code.country is None and self.focus is None and (country := self._leader_country(head)):
            code = code.placed(country)  # "parliament" where "French President X said" it would act
            self.guessed.add(head.i)
        if code.country is None and self.focus is not None and not is_foreign(head) and self.focus != self._host_country(head):
            code = code.placed(self.focus)
            self.guessed.add(head.i)
        if names_ethnic_group(head):
            code = self._ethnic_home(head, code)
        return self._mention(head, code)

    def _leader_country(self, head: Token) -> str | None:
        """The country of the state leaders a sentence names, for a state body in it that nothing
        else places ("President X of Peru said parliament would vote"); None when the head is no
        government or legislature, or the sentence names no leader or leaders of several states."""
        noun = self.base.sector_nouns.get((head.lemma_.lower(),))
        if noun is None or noun.kind != "group" or noun.sector not in ("GOV", "LEG") or is_foreign(head):
            return None
        sentence = head.sent
        countries = {mention.country for index, mention in self.introductions.items()
                     if sentence.start <= index < sentence.end and mention is not None and mention.sector == "GOV"
                     and mention.country not in (None, "IGO", "NGO") and self._is_person(self.doc[index])}
        return countries.pop() if len(countries) == 1 else None

    def focus_of_a_third(self, mention: ActorMention, others: list[ActorMention], sentence: Span) -> bool:
        """True when the mention's country is only the document's focus guessed for it, and the
        document names the focus nowhere but in `sentence`, as the nationality of an actor that
        is neither the mention nor one of the `others` of its event, or as a state that undergoes
        another act (a state that acts may well own the bodies named beside it): the guess then
        only repeats that third actor's country ("Lawmakers urged the president to expel
        Venezuelan diplomats", "... to help Venezuela" name no Venezuelan lawmakers or president)."""
        if mention.country is None or mention.country != self.focus or not self.focus_named_at:
            return False
        if not all(sentence.start <= index < sentence.end for index in self.focus_named_at):
            return False
        spans = [mention.span, *(other.span for other in others)]
        for index in self.focus_named_at:
            naming = self.doc[index]
            if naming.dep_ in ARGUMENT_DEPS and naming.head.pos_ in ("VERB", "AUX"):
                # The state itself undergoes another act: "pressed the president to help Peru".
                if any(start <= naming.idx < end for start, end in spans):
                    return False
                continue
            owner = naming.head
            if naming.dep_ not in ("amod", "compound", "nmod", "poss") or not (
                    self.base.is_group_word(owner.text, owner.lemma_.lower()) or self.base.is_person_noun(owner.lemma_.lower())):
                return False  # named as a place, or as the nationality of no actor
            if any(start <= owner.idx < end for start, end in spans):
                return False
        return self.is_guessed(mention)

    def _host_country(self, head: Token) -> str | None:
        """The country an envoy or mission is sent to ("the ambassador to Kenya" -> KEN); None
        for other heads."""
        if head.lemma_.lower() not in DIPLOMAT_NOUNS:
            return None
        preposition = next((child for child in head.children if child.dep_ == "prep" and child.lower_ == "to"), None)
        host = child_with_object(preposition) if preposition is not None else None
        return self.base.nation_of(" ".join(t.text for t in self.phrase_tokens(host))) if host is not None else None

    def borrows_focus(self, mention: ActorMention, other: ActorMention, sentence: Span) -> bool:
        """True when the mention's country is only the document's focus guessed for it, the
        other actor of its event is that country as a whole (or any actor of it, for an envoy,
        who deals with the state it is sent to), and the document names it nowhere but in
        `sentence`: the guess then only repeats whom the sentence names ("The government
        thanked Norway for its help" is no Norwegian government, nor is "the ambassador
        protested to the Norwegian foreign ministry" a Norwegian ambassador; "the president
        praised Norwegian troops" may well be)."""
        if mention.country is None or mention.country != self.focus:
            return False
        if other.code != mention.country and not (other.country == mention.country and self._is_envoy(mention)):
            return False
        if not all(sentence.start <= index < sentence.end for index in self.focus_named_at):
            return False
        return self.is_guessed(mention) and not self.is_guessed(other)

    def _is_envoy(self, mention: ActorMention) -> bool:
        """True when the mention's guessed head is, or is titled with, an envoy's or a mission's
        noun ("the ambassador", "Ambassador Jan Novak")."""
        return any(mention.span[0] <= self.doc[index].idx < mention.span[1]
                   and any(token.lemma_.lower() in DIPLOMAT_NOUNS for token in self.phrase_tokens(self.doc[index]))
                   for index in self.guessed)

    def _inherit_guess(self, reference: Token, antecedents: list[ActorMention]) -> None:
        """A pronoun or plural reference whose antecedent took its country from the document's
        focus has it only as a guess too: "the ministers said they ..." is no more placed by the
        focus than "the ministers"."""
        if any(self.is_guessed(antecedent) for antecedent in antecedents):
            self.guessed.add(reference.i)

    def is_guessed(self, mention: ActorMention) -> bool:
        """True when the mention's head took its country from the document's focus."""
        return any(mention.span[0] <= self.doc[index].idx < mention.span[1] for index in self.guessed)

    def _ethnic_home(self, head: Token, code: ActorCode) -> ActorCode:
        """An ethnic group's code with the country it lives in: the place in its phrase, else the
        document's focus; its nationality's country when neither says. The nationality stays
        as the group's ethnic role code, as ethnic_groups.tsv's codes do ("ethnic Serbs in
        Croatia" -> HRVCVLSRB)."""
        home = self._place_country(head)
        if home is None and self.focus is not None:
            home = self.focus
            self.guessed.add(head.i)
        if home is None or home == code.country:
            return code
        placed = ActorCode(home + code.code[3:], home, code.sector)
        return placed.with_roles([code.country]) if code.country else placed

    def _stranded_title(self, head: Token) -> list[Token]:
        """The title before a subject name, set off by a comma, that the parser left hanging from
        the verb instead of making the name its apposition ("Kuwait's emir, Sheikh Nasser al-Sabah
        opened talks"); it titles the name as an apposition would. Empty when there is none."""
        if head.pos_ != "PROPN" or head.dep_ not in ("nsubj", "nsubjpass"):
            return []
        start = min(token.i for token in self.phrase_tokens(head))
        doc = head.doc
        if start < 2 or doc[start - 1].text != ",":
            return []
        title = doc[start - 2]  # the title's last word; climb to the title's head
        while title.dep_ not in HANGING_TITLE_DEPS and title.head.i != title.i and title.head.i < start:
            title = title.head
        hanging = title.dep_ in HANGING_TITLE_DEPS and title.head == head.head and title.pos_ == "NOUN"
        return [title] if hanging else []

    def _participants(self, head: Token, joined: Token) -> ActorMention | None:
        """"The parties to the war in Yemen" are those taking part in it, not political
        parties: coded by the country of the conflict, else of the document, with no sector."""
        country = next((c for token in (joined, head) if (c := self._place_country(token))), None)
        country = country or next((c for token in joined.lefts if (c := self.base.nation_of(token.text))), None)
        if country is None and self.focus is not None:
            country = self.focus
            self.guessed.add(head.i)
        return self._mention(head, ActorCode(country, country, None)) if country else None

    def _shared_noun(self, head: Token, code: ActorCode) -> ActorMention | None:
        """The actor noun a bare nationality shares with a later conjunct: "Bahraini" in "Bahraini
        and Eritrean migrants", which the parser may read as "Bahraini" and "Eritrean migrants",
        is Bahraini migrants."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        if self.base.nation_of(" ".join(t.text for t in self.phrase_tokens(head))) != code.country:
            return None  # more than a nationality: "Bahraini officials"
        noun = next((c for c in head.conjuncts if c.i > head.i and c.tag_ == "NNS"), None)
        shared = self.code_mention(noun) if noun is not None else None
        return shared if shared is not None and shared.sector is not None else None

    def _first_conjunct_nation(self, head: Token) -> str | None:
        """The nation a later common-noun conjunct shares with the first one, named before it or
        by its place: "army" in "Iranian police and army", "Iran's police and army" or
        "officials" in "lawmakers and officials in France"; None for a head that is no such
        conjunct or a first conjunct without a nation."""
        first = first_noun_conjunct(head)
        if first is None:
            return None
        for modifier in first.lefts:
            if modifier.dep_ in ("amod", "compound", "poss") and not modifier.conjuncts and (
                    country := self.base.nation_of(" ".join(t.text for t in self.phrase_tokens(modifier) if t.dep_ != "case"))):
                return country
        return self._place_country(first)

    def _code_part(self, head: Token, appositions: bool) -> PhraseCode | None:
        words, head_index = self.phrase_words(head, appositions)
        if head_index is None:
            return None
        context: frozenset[str] = frozenset()
        if any(form in self.base.sector_contexts for word in words for form in word.forms):
            sentence = head.sent  # only a noun whose sector its sentence decides ("officers") reads it
            context = self._sentence_lemmas.get(sentence.start)
            if context is None:
                context = self._sentence_lemmas[sentence.start] = frozenset(token.lemma_.lower() for token in sentence)
        return self.base.code_words(words, head_index, self.date, self.memory, misspellings=True, context=context)

    def _mention(self, head: Token, code: ActorCode) -> ActorMention:
        start, end = self.mention_span(head)
        span = self.doc[start:end]
        return ActorMention(span.text, (span.start_char, span.end_char), code.code, code.country, code.sector)

    def _remember(self, name_words: tuple[Word, ...], head: Token, code: ActorCode) -> None:
        """Remember the names in the phrase's head or apposition: full name, surname, first + last.
        Not a country's: what the parser makes its apposition is most often the next item of a
        list ("on Haiti, the War on Poverty and taxes"), which must not name Haiti later."""
        if head.ent_type_ in PLACE_ENTITIES and self.base.nation_of(head.text):
            return
        if is_name_object(head):
            return  # "Karvala" of "the Star of Karvala" is no name of the newspaper's
        heads = {head.i} | {child.i for child in describing_appositions(head)}
        runs: dict[int, list[Word]] = {}
        for word in name_words:
            owner = self.doc[word.token]
            while owner.dep_ in NAME_PART_DEPS and owner.head.i != owner.i:
                owner = owner.head
            if owner.i in heads:
                runs.setdefault(owner.i, []).append(word)
        number = next(self._mention_numbers)
        for run in runs.values():
            if not any(word.token in heads for word in run):
                continue  # a title's modifier, not a person's name
            texts = [word.text for word in run]
            for alias in {" ".join(texts), texts[-1], f"{texts[0]} {texts[-1]}"}:
                self.memory.add(alias, AliasEntry("person", code, ()), source=f"document mention {number}")

    def title_key(self, title: Token) -> tuple[str, ...]:
        """A title word with the word before it when the two are one title ("prime minister")."""
        key = (title.lemma_.lower(),)
        before = title.doc[title.i - 1] if title.i > 0 else None
        if before is not None and (before.lower_, *key) in self.base.sector_nouns:
            return (before.lower_, *key)
        return key

    def _note_titles(self, head: Token, country: str) -> None:
        """Remember the country of the titles that name the person of the phrase."""
        for token in self.phrase_tokens(head):
            if token.i != head.i and self.base.is_person_noun(token.lemma_.lower()):
                self._titles.setdefault(self.title_key(token), {})[token.i] = country

    def _titled_country(self, head: Token) -> str | None:
        """The country of the person last named before the head with the title "the <head>"
        uses ("the president"); None when no named person held the title before it."""
        if not self.base.is_person_noun(head.lemma_.lower()) or not any(child.lower_ == "the" for child in head.children):
            return None
        before = {index: country for index, country in self._titles.get(self.title_key(head), {}).items() if index < head.i}
        return before[max(before)] if before else None

    def _quote_speaker(self, pronoun: Token) -> ActorMention | None:
        """The speaker of the direct quote the first-person pronoun is in, if any."""
        for start, end, speaker in self.quote_speakers:
            if start <= pronoun.idx < end:
                return ActorMention(pronoun.text, (pronoun.idx, pronoun.idx + len(pronoun.text)),
                                    speaker.code, speaker.country, speaker.sector)
        return None

    def _speaker(self, head: Token) -> ActorMention | None:
        """Who the head's clause is about: its subject (if not the head itself), else the last person."""
        verb = next((token for token in head.ancestors if token.pos_ in ("VERB", "AUX")), None)
        subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")] if verb else []
        for subject in subjects:
            if subject is not head and subject.lemma_.lower() != "counterpart" and subject.pos_ != "PRON":
                mention = self.code_mention(subject)
                if mention is not None:
                    return mention
        return self._resolve_pronoun(head)

    def _speaker_sector(self, counterpart: Token) -> str | None:
        """A counterpart holds the same office as the person it is the counterpart of."""
        speaker = self._speaker(counterpart)
        return speaker.sector if speaker else None

    def _owner_office(self, head: Token) -> ActorMention | None:
        """"his office", "her spokesman": an office with no sector of its own speaks for its holder."""
        if head.lemma_.lower() not in OFFICE_NOUNS:
            return None
        owner = next((child for child in head.children if child.dep_ == "poss" and child.lower_ in PERSONAL_PRONOUNS), None)
        holder = self._resolve_pronoun(owner) if owner is not None else None
        return self._mention(head, ActorCode(holder.code, holder.country, holder.sector)) if holder else None

    def _place_country(self, head: Token) -> str | None:
        """The country of a place that locates the actor or the body it belongs to: "police in
        Baghdad", "rebels from Chad", "the leader of the militia in Lebanon", "the Dubai ruler",
        "Texas officials", "Maryland's governor", "the mayor of San Antonio"."""
        owners = (head, *([obj] if (obj := of_object(head)) is not None else []))
        for child in (child for owner in owners for child in owner.children):
            if child.dep_ == "prep" and child.lower_ in ("in", "from"):
                place = child_with_object(child)
                if place is None:
                    continue
                # A town's own name first: in "Atlanta, Georgia" the state only tells which Atlanta.
                own = " ".join(t.text for t in self.phrase_tokens(place, appositions=False))
                name = " ".join(t.text for t in self.phrase_tokens(place))
                if own != name and (country := self._town_country(own, [place])):
                    return country
                if country := self._country_of_place(name, [place]):
                    return country
        # A name's own first words are no place ("San" of "San Diego"): only a noun's count, those
        # of a body's name ("the Seattle Police Department"), or those of a name's title ("Texas
        # Governor Greg Abbott").
        body = head.pos_ == "PROPN" and self.base.is_group_word(head.text, head.lemma_.lower())
        common = head.pos_ != "PROPN" or body
        nouns = [head] if common else [
            title for title in head.lefts if title.dep_ == "compound" and self.base.is_person_noun(title.lemma_)]
        compounds = [t for noun in nouns for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"
                     and not (body and self.base.is_group_word(t.text, t.lemma_.lower()))]  # "Police" of "Police Department"
        # A body's name is one entity, which `phrase_tokens` would add whole: only the place's own words.
        names = sorted({token for compound in compounds for token in (compound.subtree if body else phrase_tokens(compound))},
                       key=lambda token: token.i)
        # Words before a title are no person's name, though the tagger may run the name over them.
        checked = names if common else []
        if names and (country := self._country_of_place(" ".join(token.text for token in names), checked)):
            return country
        # A named place that owns the title: "Maryland's governor", "the mayor of San Antonio".
        title_owners = [token for token in phrase_tokens(head, appositions=False)
                        if token.dep_ == "poss" and token.head.lemma_.lower() not in RELATION_NOUNS]
        title_owners += [obj] if obj is not None else []
        for owner in (owner for owner in title_owners if owner.pos_ == "PROPN"):
            place = [token for token in phrase_tokens(owner) if token.tag_ != "POS"]
            if country := self._country_of_place(" ".join(token.text for token in place), place):
                return country
        return None

    def place_mention(self, place: Token) -> ActorMention | None:
        """The country of a named town, region or country as an actor, for an act about what
        happened there ("sorrow over the floods in Mombasa" is sympathy with Kenya); a place a
        named country owns is that country's ("in Kenya's capital"). None for no known place."""
        for head in (place, *(child for child in place.children if child.dep_ == "poss")):
            if head.pos_ != "PROPN":
                continue
            tokens = [token for token in self.phrase_tokens(head, appositions=False) if token.tag_ != "POS"]
            if country := self._country_of_place(" ".join(token.text for token in tokens), tokens):
                return self._mention(head, ActorCode(country, country, None))
        return None

    def _country_of_place(self, name: str, tokens: list[Token]) -> str | None:
        """The country of a town, region or country (not a person's name), read first as the
        document's places are: "police in Paris" are French, unless the article is about Paris, Texas."""
        return self._town_country(name, tokens) or self.base.nation_of(name)

    def _town_country(self, name: str, tokens: list[Token]) -> str | None:
        """The country of a town or region as the document's places read it; None for a
        person's name or no sizeable place."""
        if self.place_country is None or not name or any(token.ent_type_ == "PERSON" for token in tokens):
            return None
        return self.place_country(name)

    def _possessor_country(self, head: Token) -> str | None:
        """The country of "its"/"their"/"his" in "Turkey recalled its envoy": the clause's subject's;
        when that names no country, a body's "its" or "their" is the nearest body named as a subject
        before it ("the Nigerian army said its soldiers ...": the army's, not the soldiers' own)."""
        speaker = self._speaker(head)
        if speaker is None or speaker.country is None:
            owner = next((child for child in head.children if child.lower_ in BODY_POSSESSIVES), None)
            speaker = self._resolve_owner(owner) if owner is not None else speaker
        return speaker.country if speaker and speaker.country not in ("IGO", "NGO") else None

    def _resolve_owner(self, pronoun: Token) -> ActorMention | None:
        """The nearest subject before "its" or "their", in its sentence or the one before, that is
        a body with a country, not a person: a plural one for "their" ("Kenyan police said their
        officers ...")."""
        tags = ("NN", "NNP", "NNS", "NNPS") if pronoun.lower_ == "their" else ("NN", "NNP")
        sentence_start = pronoun.sent.start
        if sentence_start > 0:
            sentence_start = self.doc[sentence_start - 1].sent.start
        for token in reversed(self.doc[sentence_start : pronoun.i]):
            if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ in tags and not self._is_person(token):
                mention = self.code_mention(token)
                if mention is not None and mention.country is not None:
                    return mention
        return None

    def _resolve_pronoun(self, pronoun: Token, person: bool = True) -> ActorMention | None:
        """The nearest singular subject before the pronoun, in its sentence or the one before:
        a person for he/she, a country or organisation for "it". Inside an infinitive whose doer
        is the object before it, that object is its subject (`is_infinitive_doer`)."""
        sentence_start = pronoun.sent.start
        if sentence_start > 0:
            sentence_start = self.doc[sentence_start - 1].sent.start
        for token in reversed(self.doc[sentence_start : pronoun.i]):
            if (token.dep_ in ("nsubj", "nsubjpass") or is_infinitive_doer(token, pronoun)) and token.tag_ in ("NNP", "NN") and (self._is_person(token) if person else token.ent_type_ != "PERSON"):
                mention = self.code_mention(token)
                if mention is not None:
                    self._inherit_guess(pronoun, [mention])
                    start, end = pronoun.i, pronoun.i + 1
                    span = self.doc[start:end]
                    return ActorMention(span.text, (span.start_char, span.end_char), mention.code,
                                        mention.country, mention.sector)
        return None

    def _is_person(self, token: Token) -> bool:
        """A name that is not a place or an organisation's, or a noun for a person ("minister")."""
        if token.pos_ == "PROPN":
            return token.ent_type_ not in NON_PERSON_ENTITIES
        return self.base.is_person_noun(token.lemma_.lower())


def pronoun_verb(pronoun: Token) -> Token | None:
    """The verb a pronoun is the object of, directly or through a preposition ("detained them",
    "fired at them"); None for a subject or any other pronoun."""
    if pronoun.dep_ in ("dobj", "dative"):
        return pronoun.head
    if pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep":
        return pronoun.head.head
    return None


def is_own_clause_subject(subject: Token, pronoun: Token) -> bool:
    """The subject of the verb the pronoun is the object of, or of the verb that verb is joined
    to and shares its subject with ("troops captured and beat them"): an object pronoun other
    than a reflexive is someone else."""
    verb = pronoun_verb(pronoun)
    if verb is None:
        return False
    if verb.dep_ == "conj" and child_with(verb, ("nsubj", "nsubjpass")) is None:
        verb = verb.head
    return subject.head == verb


def plural_undergoer(subject: Token, pronoun: Token) -> Token | None:
    """When the pronoun undergoes an act (the subject of a passive or an object), and `subject`
    did an act to a plural or a number of people before it ("police arrested the miners [and]
    they were jailed", "saw the twelve ... arrested them"), that plural: whom an act was done to
    is the one the next act is done to; None otherwise."""
    if pronoun.dep_ != "nsubjpass" and pronoun_verb(pronoun) is None:
        return None
    done_to = child_with(subject.head, ("dobj",))
    if done_to is None or done_to.i > pronoun.i:
        return None
    plural = done_to.tag_ in ("NNS", "NNPS") or (done_to.like_num and done_to.lower_ != "one")  # "saw the twelve"
    return done_to if plural or done_to.lower_ in PLURAL_PRONOUNS else None


def is_infinitive_doer(token: Token, pronoun: Token) -> bool:
    """The object of a verb whose infinitive, after it, holds the pronoun: the one asked or made
    to act is that infinitive's subject, and so the nearest antecedent of a pronoun in it ("Chile
    urged Peru to free the fishermen it had arrested": "it" is Peru, not Chile)."""
    if token.dep_ != "dobj" or token.i > pronoun.i:
        return False
    return any(
        clause.dep_ == "xcomp" and token.i < clause.i <= pronoun.i
        and any(child.dep_ == "aux" and child.tag_ == "TO" for child in clause.children)
        and (clause == pronoun or clause in pronoun.ancestors)
        for clause in token.head.children
    )


def merge(main: PhraseCode | None, apposition: PhraseCode | None) -> PhraseCode | None:
    """Fill what the main phrase lacks from its apposition ("his counterpart, Ebrahim Raisi"),
    keeping the role codes of both ("the Hutu rebel group, X" stays ...REBHUT)."""
    if main is None or apposition is None:
        return main or apposition
    names = main.name_words + apposition.name_words
    if main.code is None or apposition.code is None or main.code.country in ("IGO", "NGO"):
        return PhraseCode(main.code or apposition.code, names)
    code = ActorCode.of(main.code.country or apposition.code.country, merged_sector(main.code.sector, apposition.code.sector))
    return PhraseCode(code.with_roles(main.code.roles + apposition.code.roles), names)


def merged_sector(main: str | None, apposition: str | None) -> str | None:
    """The sector of a person described twice: the main phrase's, unless it is a private
    occupation (`occupation_sectors.tsv`) and the apposition names a role of another sector:
    "Businessman X, the Green Party's nominee" acts for the party, "the victim, a police officer"
    as police; a birth country or an occupation is a fact about a person, not whom they act for."""
    if main is None or (apposition is not None and main in occupation_sectors() and apposition not in occupation_sectors()):
        return apposition
    return main


def is_foreign(head: Token) -> bool:
    """The phrase says its people are not of the country at hand ("foreign troops"), so the
    document's focus country is no guess for them."""
    return any(child.dep_ == "amod" and child.lower_ in FOREIGN_WORDS for child in head.children)


def names_ethnic_group(head: Token) -> bool:
    """True for a phrase naming an ethnic group: "ethnic Albanians", "ethnic Kurdish villagers",
    "the Greek minority"."""
    if head.lemma_.lower() == MINORITY_NOUN:
        return True
    return any(token.lower_ == ETHNIC_MARKER for token in head.lefts) or any(
        token.lower_ == ETHNIC_MARKER for modifier in head.lefts for token in modifier.lefts)


def first_noun_conjunct(head: Token) -> Token | None:
    """The first of the common nouns a later common-noun conjunct is coordinated with ("police"
    for "army" in "Iranian police and army"); None for any other head."""
    if head.dep_ != "conj" or head.pos_ != "NOUN":
        return None
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
        if first.pos_ != "NOUN":
            return None  # a list of names, or a misparse joining a name and a noun
    return first


def own_conjunct_tokens(tokens: list[Token], conjunct: Token, conjuncts: list[Token]) -> list[Token]:
    """A conjunct's phrase without the other conjuncts and the words joining them: the entity
    recogniser may take a whole list for one name ("Tonga, Samoa and Fiji" one organisation),
    whose phrase then holds every member."""
    members = {other.i for other in conjuncts}
    return [token for token in tokens if nearest_member(token, members) in (conjunct.i, None)
            and token.dep_ != "cc" and not token.is_punct]


def nearest_member(token: Token, members: set[int]) -> int | None:
    """The index of the token itself or its nearest head among `members`; None when none is."""
    while token.i not in members and token.head.i != token.i:
        token = token.head
    return token.i if token.i in members else None


def child_with_conjuncts(preposition: Token | None) -> Token | None:
    """The object of a preposition when it is coordinated ("of Britain, France and Italy")."""
    if preposition is None:
        return None
    return next((child for child in preposition.children if child.dep_ == "pobj" and child.conjuncts), None)
