"""Import a PETRARCH/TABARI verb dictionary into a `Lexicon`.

    lexicon = load_petrarch_verbs("CAMEO.2.0.txt")
    code_text("...", lexicon=lexicon)

A verb dictionary has synsets and verb blocks (comments after `#` or `;` and inside `<!-- -->`):

    &CURRENCY                      a synset: `&LABEL` and one `+` line per word or phrase
    +DOLLARS
    +SWISS FRANCS

    --- GRANT [070] ---            a block: description and default code
    GRANT                          the block's verbs; `{...}` lists irregular forms, `[code]`
    GIVE {GAVE GIVEN} [071]        a verb's own code; `+` marks the verb of a multi-word
    +CORDON_OFF                    verb (CORDON_OFF: the verb "cordon" with "off")
    - * &CURRENCY [903]            patterns shared by the block's verbs: `*` the verb,
    - * AID TO + [073]             `+` the target, `$` the source, `%` coordinated actors
    - % * TALKS [031:031]          acting on each other, `^` a skipped phrase, `(...)` and
    - * CARD [---]                 `{...}` PETRARCH2's prepositional and noun phrases

Codes are CAMEO codes or the dictionary's own (letters and digits: the validation
dictionary's 901, 174K and WEIS codes 212, 223): these are kept as the lexicon's
`own_codes`, known to it alone, and its events with them have no Goldstein value, QuadClass
or PLOVER type. `[a:b]` also codes the reverse event (target to source) as `b`, `[---]` is
no event.

Translation into the project's lexicon language (words before the trigger and `*`, the
trigger lemma, then lemmas among its dependents in text order, TARGET for the target):
- each verb, lemmatised (SAID -> say, LEFT -> leave), with its own code or the block's,
  becomes a one-word pattern, a multi-word verb one with its other words on their side of
  the verb ("CORDON_OFF" -> "cordon off", "WIRE_+TAP" -> "wire * tap"); a pattern is added for every verb of the block; where the
  parser lemmatises a form of the verb differently ("cordoned" -> cordone), that lemma
  is a trigger too;
- pattern words keep their order and their side of `*`, each accepting its written form
  and lemmas (BEGIN's "SAID WILL_*_TALKS" -> "said|say will * begin talk|talks": "said it
  will begin talks"); a synset becomes `a|b|c`, or one pattern per phrase when it holds phrases;
- `+` after the verb is TARGET; `$` or `^` before the verb (the subject, which is the
  project's source anyway) and `^` anywhere are dropped; `%` before the verb sets the
  `coordinated` flag (the subjects are coordinated and act on each other: "% * [030]",
  "A and B agree"); `[---]` becomes a blocker (`-`);
- `[a:b]` becomes the lexicon code `a:b`: the target does `b` to the source too ("LEFT
  [032:033]": "A left for B" is A visiting B and B hosting A); `[:b]`, the reverse event
  alone, is skipped.
Not expressible, so skipped and counted in `VerbConversion.skipped`: `$` or `%` after the
verb (the source is always the subject or passive agent), `+` before the verb, codes that
are neither CAMEO nor letters and digits (`[+++]`, `[080!]`), undefined synsets and synset
expansions over `MAX_EXPANSIONS` patterns.
Lost without a count: `_` between pattern words (PETRARCH: consecutive words) reads as a
blank, so "RECENTLY_*" also matches "recently did allow"; a verb written in one of its forms
as a verb of its own (MET [031:032] beside MEET [031:031]) shares its lemma's patterns.

Announced and refused actions are not recoded ("will attack" stays 190, not 138; "will not
release" stays a negated 0841, not 1243): PETRARCH writes intent and refusal into its
patterns ("WILL NOT *"), so the lexicon is built without intent and refusal codes. As PETRARCH
codes verbs only, every pattern has the `verb` flag: "attacked" is coded, "the attack by
X" is not.

Patterns rarely say where the target is: PETRARCH takes the first actor in the verb's
phrase. The lexicon is built to read targets so (`Lexicon.verb_phrase_targets`): "appealed
for peace in X" targets X.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from newsevents.events.codes import cameo_codes
from newsevents.events.lexicon import BEFORE_TRIGGER, BLOCKER, TARGET, Lexicon, parse_lexicon
from newsevents.nlp import load_model

MAX_EXPANSIONS = 64
FIRST_CODE = re.compile(r"\[(?P<code>[^\]]*)\]")
CODE_AT_END = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
HTML_COMMENT = re.compile(r"<!\s*--.*?-->", re.DOTALL)
MARKERS = frozenset({"*", "+", "$", "%", "^"})
OWN_CODE = re.compile(r"[0-9A-Za-z]+")


@dataclass
class VerbConversion:
    """Lexicon lines converted from a verb dictionary, and what was skipped, by reason."""

    lines: list[str] = field(default_factory=list)  # "cameo<TAB>pattern[<TAB>flags]"
    own_codes: set[str] = field(default_factory=set)  # the dictionary's codes that are not CAMEO
    skipped: Counter[str] = field(default_factory=Counter)
    patterns_read: int = 0
    patterns_converted: int = 0

    def to_lexicon(self, name: str = "PETRARCH verbs") -> Lexicon:
        own_codes = frozenset(self.own_codes)
        return Lexicon(parse_lexicon("\n".join(self.lines), name, own_codes), intents={}, refusals={},
                       own_codes=own_codes, verb_phrase_targets=True)


@dataclass(frozen=True)
class Verb:
    """A verb of a block: the lemmas that trigger it, the other words of a multi-word verb
    before and after it ("WIRE_+TAP": wire, tap; "CORDON_OFF": cordon, off), its own code."""

    triggers: tuple[str, ...]
    before: tuple[str, ...] = ()
    particles: tuple[str, ...] = ()
    code: str | None = None


@dataclass
class VerbBlock:
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[str, str]] = field(default_factory=list)  # pattern text, code


def load_petrarch_verbs(path: str | Path, model: str | None = None) -> Lexicon:
    """A Lexicon from a PETRARCH verb dictionary; `convert_petrarch_verbs` tells what was skipped."""
    return convert_petrarch_verbs(path, model).to_lexicon(str(path))


def convert_petrarch_verbs(path: str | Path, model: str | None = None) -> VerbConversion:
    """Translate a verb dictionary's blocks into lexicon lines (see the module docstring)."""
    lemmas = Lemmatizer(model)
    conversion = VerbConversion()
    synsets, blocks = read_verb_file(Path(path), lemmas, conversion.skipped)
    seen: set[str] = set()
    for block in blocks:
        for verb in block.verbs:
            written_code = verb.code or block.code
            code = usable_code(written_code, "verb", conversion)
            if code is not None and code != BLOCKER:
                for trigger in verb.triggers:
                    add_line(conversion, seen, code, pattern_words(verb, trigger, [], []), set())
        for pattern, written_code in block.patterns:
            conversion.patterns_read += 1
            code = usable_code(written_code, "pattern", conversion)
            translated = translate_pattern(pattern, synsets, lemmas, conversion.skipped) if code else None
            if translated is None:
                continue
            conversion.patterns_converted += 1
            variants, flags = translated
            for verb in block.verbs:
                for trigger, (before, after) in itertools.product(verb.triggers, variants):
                    add_line(conversion, seen, code, pattern_words(verb, trigger, before, after), flags)
    return conversion


def pattern_words(verb: Verb, trigger: str, before: list[str], after: list[str]) -> list[str]:
    """A lexicon pattern's words: the pattern's words before the verb, then the verb's own
    ("will not" + "wire * tap" -> "will not wire * tap"), the trigger, the verb's particles, the rest."""
    preceding = [*before, *verb.before]
    return [*preceding, BEFORE_TRIGGER, trigger, *verb.particles, *after] if preceding else [trigger, *verb.particles, *after]


def add_line(conversion: VerbConversion, seen: set[str], code: str, words: list[str], flags: set[str]) -> None:
    """Add a lexicon line once; its trigger must be a verb, as PETRARCH codes verbs only."""
    line = f"{code}\t{' '.join(words)}\t{','.join(sorted({*flags, 'verb'}))}"
    if line not in seen:
        seen.add(line)
        conversion.lines.append(line)


def usable_code(code: str, kind: str, conversion: VerbConversion) -> str | None:
    """The lexicon code of a verb's or pattern's `[code]`: its forward code, with `:reverse`
    when it also codes the reverse event ("032:033"); `-` for `---` (no event); None (counted)
    without a usable forward code."""
    code = code.strip()
    if code == "---":
        return BLOCKER
    forward, _, reverse = code.partition(":")
    if not forward:
        conversion.skipped[f"{kind} coding the reverse event only"] += 1
        return None
    if not is_usable(forward, kind, conversion):
        return None
    return f"{forward}:{reverse}" if reverse and is_usable(reverse, f"{kind} reverse", conversion) else forward


def is_usable(code: str, kind: str, conversion: VerbConversion) -> bool:
    """A CAMEO code, or one of the dictionary's own (added to the conversion's own codes);
    False (counted) for anything else."""
    if code in cameo_codes():
        return True
    if not OWN_CODE.fullmatch(code):
        conversion.skipped[f"{kind} code neither CAMEO nor letters and digits"] += 1
        return False
    conversion.own_codes.add(code)
    return True


def translate_pattern(
    pattern: str, synsets: dict[str, list[tuple[str, ...]]], lemmas: Lemmatizer, skipped: Counter[str]
) -> tuple[list[tuple[list[str], list[str]]], set[str]] | None:
    """The (words before, words after) the verb, one pair per synset expansion, and the flags;
    None if not expressible."""
    tokens = pattern_tokens(pattern)
    if tokens.count("*") != 1:
        skipped["pattern without exactly one verb marker *"] += 1
        return None
    star = tokens.index("*")
    before, after = tokens[:star], tokens[star + 1 :]
    flags: set[str] = set()
    if "+" in before:
        skipped["target before the verb"] += 1
        return None
    if "%" in before:
        flags.add("coordinated")
    if "$" in after or "%" in after:
        skipped["source or coordinated actors after the verb"] += 1
        return None
    if after.count("+") > 1:
        skipped["several targets"] += 1
        return None
    before_slots = word_slots([token for token in before if token not in MARKERS], synsets, lemmas, skipped)
    after_slots = word_slots([token for token in after if token != "^"], synsets, lemmas, skipped)
    if before_slots is None or after_slots is None:
        return None
    variants = [
        ([word for part in combination[: len(before_slots)] for word in part],
         [word for part in combination[len(before_slots) :] for word in part])
        for combination in itertools.islice(itertools.product(*before_slots, *after_slots), MAX_EXPANSIONS + 1)
    ]
    if len(variants) > MAX_EXPANSIONS:
        skipped["synset expansion too large"] += 1
        return None
    return variants, flags


def word_slots(
    tokens: list[str], synsets: dict[str, list[tuple[str, ...]]], lemmas: Lemmatizer, skipped: Counter[str]
) -> list[list[tuple[str, ...]]] | None:
    """Per pattern token, the alternative lexicon word sequences: a word accepts its written form
    and lemmas, a synset of words is one alternation, a synset holding phrases one sequence per
    phrase, `+` is TARGET; None (counted) for an undefined synset."""
    slots: list[list[tuple[str, ...]]] = []
    for token in tokens:
        if token == "+":
            slots.append([(TARGET,)])
        elif token.startswith("&"):
            if token not in synsets:
                skipped["undefined synset"] += 1
                return None
            phrases = synsets[token]
            if all(len(phrase) == 1 for phrase in phrases):
                slots.append([("|".join(sorted({form for (word,) in phrases for form in lemmas.forms(word)})),)])
            else:
                slots.append([tuple(word_forms(word, lemmas) for word in phrase) for phrase in phrases])
        else:
            slots.append([(word_forms(token, lemmas),)])
    return slots


def pattern_tokens(pattern: str) -> list[str]:
    """Words and markers of a pattern: `_` and blanks separate, `(...)`/`{...}` brackets are dropped,
    hyphenated words are split as the parser splits them."""
    text = re.sub(r"[(){}]", " ", pattern).replace("_", " ")
    text = re.sub(r"(?<=\S)([*+$%^])|([*+$%^])(?=\S)", r" \1\2 ", text)  # "IN_*", "*_OUT"
    tokens = []
    for token in text.split():
        if token in MARKERS or token.startswith("&"):
            tokens.append(token)
        else:
            tokens.extend(part for part in re.split(r"-", token) if part)
    return tokens


def read_verb_file(
    path: Path, lemmas: Lemmatizer, skipped: Counter[str]
) -> tuple[dict[str, list[tuple[str, ...]]], list[VerbBlock]]:
    """Synsets (label -> word tuples, nested synsets expanded) and verb blocks, in file order."""
    text = HTML_COMMENT.sub(lambda comment: "\n" * comment.group().count("\n"), path.read_text("utf-8", errors="replace"))
    raw_synsets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    synset: str | None = None
    block: VerbBlock | None = None
    for raw in text.splitlines():
        line = re.split(r"[#;]", raw, maxsplit=1)[0].strip()
        if not line:
            synset = None  # a blank line ends a synset's member list
            continue
        if line.startswith("---"):
            match = FIRST_CODE.search(line)  # "--- DELAY [120] ---": the first code is the block's
            block = VerbBlock(match["code"].strip() if match else "---")
            blocks.append(block)
            synset = None
        elif line.startswith("&"):
            synset = line.split()[0].rstrip("_")
            raw_synsets[synset] = []
            block = None
        elif line.startswith("+") and synset is not None:
            raw_synsets[synset].append(line[1:].strip())
        elif line.startswith("-") and block is not None:
            if (match := CODE_AT_END.search(line)) is None:
                skipped["pattern without a code"] += 1
                continue
            block.patterns.append((line[1 : match.start()].strip(), match["code"]))
        elif block is not None:
            verb = parse_verb_line(line, lemmas)
            if verb is not None:
                block.verbs.append(verb)
    return expand_synsets(raw_synsets), blocks


def parse_verb_line(line: str, lemmas: Lemmatizer) -> Verb | None:
    """The verb of "GIVE {GAVE GIVEN} [071]", "+CORDON_OFF", "WIRE_+TAP", "LASH OUT"."""
    own = CODE_AT_END.search(line)
    head = line[: own.start()] if own else line
    irregular = [form for group in re.findall(r"\{([^}]*)\}", head) for form in group.split()]
    words = re.sub(r"\{[^}]*\}", " ", head).replace("_", " ").split()
    verb_index = next((i for i, word in enumerate(words) if word.startswith("+")), 0)
    words = [word.lstrip("+") for word in words]
    if not words:
        return None
    # "+CORDONED_OFF": the verb of a multi-word form is its "+" word, else its first
    forms = [next((part for part in form.split("_") if part.startswith("+")), form.split("_")[0]).lstrip("+")
             for form in irregular]
    before = tuple(word_forms(word, lemmas) for word in words[:verb_index])
    particles = tuple(word_forms(word, lemmas) for word in words[verb_index + 1 :])
    return Verb(lemmas.verb_triggers(words[verb_index], forms), before, particles, own["code"] if own else None)


def word_forms(word: str, lemmas: Lemmatizer) -> str:
    """A dictionary word as a lexicon word: its written form and lemmas as alternatives ("ties|tie")."""
    return "|".join(sorted(lemmas.forms(word)))


def expand_synsets(raw: dict[str, list[str]]) -> dict[str, list[tuple[str, ...]]]:
    """Members as word tuples; a member naming another synset ("+&TIETYPES") stands for its members."""

    def members(label: str, visiting: frozenset[str]) -> list[tuple[str, ...]]:
        found: list[tuple[str, ...]] = []
        for member in raw.get(label, []):
            words = tuple(word for word in member.replace("_", " ").split() if word)
            if len(words) == 1 and words[0].startswith("&"):
                if words[0] not in visiting:
                    found.extend(members(words[0].rstrip("_"), visiting | {label}))
            elif words:
                found.append(tuple(part for word in words for part in word.split("-") if part))
        return found

    return {label: members(label, frozenset()) for label in raw}


class Lemmatizer:
    """Lemmas of single upper-case dictionary words, from the spaCy pipeline's rule lemmatizer."""

    def __init__(self, model: str | None = None) -> None:
        nlp = load_model(model)
        self._vocab = nlp.vocab
        self._lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self._rules: dict[tuple[str, str], list[str]] = {}
        self._tables: dict[tuple[str, str], frozenset[str]] = {}

    def lemma(self, word: str, pos: str) -> str:
        """The lemma as the parser would give it; a known base form stays ("express", not "expres")."""
        lower = word.lower()
        candidates = self._rule_lemmas(lower, pos)
        if lower in self._table("lemma_index", pos) and lower not in self._table("lemma_exc", pos):
            return lower
        return candidates[0]

    def verb(self, word: str) -> str:
        return self.lemma(word, "VERB")

    def verb_triggers(self, word: str, irregular: list[str]) -> tuple[str, ...]:
        """The lemmas the parser gives the verb's forms: its own, and those of its irregular forms
        and, for a base form, its regular ones ("CORDON": cordon, and cordone for "cordoned")."""
        lemma = self.verb(word)
        forms = list(irregular)
        if lemma == word.lower():
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            forms += [lemma + "s", stem + "ed", stem + "ing"]
        found = [lemma, *(self._rule_lemmas(form.lower(), "VERB")[0] for form in forms)]
        return tuple(dict.fromkeys(found))

    def forms(self, word: str) -> set[str]:
        """The written form and every noun and verb lemma: "TIES" -> {ties, tie}, "RELATIONS" -> {relations, relation}."""
        lower = word.lower()
        known = [lemma for pos in ("NOUN", "VERB") for lemma in self._rule_lemmas(lower, pos)[:1]
                 if lemma in self._table("lemma_index", pos)]
        return {lower, self.lemma(word, "NOUN"), self.lemma(word, "VERB"), *known}

    def _table(self, name: str, pos: str) -> frozenset[str]:
        """The words of one of the lemmatizer's tables (known lemmas, or exceptions) for a part of speech."""
        if (name, pos) not in self._tables:
            lookups = getattr(self._lemmatizer, "lookups", None)
            self._tables[name, pos] = frozenset(lookups.get_table(name, {}).get(pos.lower(), ()) if lookups else ())
        return self._tables[name, pos]

    def _rule_lemmas(self, lower: str, pos: str) -> list[str]:
        if self._lemmatizer is None or not hasattr(self._lemmatizer, "rule_lemmatize"):
            return [lower]  # a pipeline without a rule lemmatizer: written forms only
        if (lower, pos) not in self._rules:
            doc = Doc(self._vocab, words=[lower])
            doc[0].pos_ = pos
            self._rules[lower, pos] = [form.lower() for form in self._lemmatizer.rule_lemmatize(doc[0])] or [lower]
        return self._rules[lower, pos]
