"""Attributed quotes: who said what in one parsed document.

    actors = DocumentActors(doc, ActorBase.default(), date)
    for quote in find_quotes(doc, actors, document.id, offset, first_sentence_index):
        print(quote.speaker_text, quote.cue, quote.text)

What counts as a quote, and whose it is:

- Direct quotes are the text between double quote marks: straight ("), curly (“ ”), or
  the ASCII pairs `` and '' of some news feeds. Marks pair within a paragraph; a quote
  opening inside an open one and closing before it does (“A “B” C.”) is part of it. A
  paragraph that opens a quote without closing it continues into the next paragraph when
  that one opens with a quote mark (the news convention for long quotes); otherwise the
  quote ends with its paragraph. A headline (the text's first line, with more lines after
  it) quotes with single marks instead ("Mayor Says Bridge Is 'Beyond Repair'"), in title
  case like the rest of it, and may give the speaker's name alone before a colon ("A
  warning from Jane Doe: 'Do not build it.'").
- One cue, one quote: `"A," he said. "B."` and `"A," he said, "B."` are one Quote, as in
  PolNeAR, where contiguous content from one cue is one attribution. Its `span` runs
  from the start of A to the end of B (so it contains the attribution between them) and
  its `text` joins the pieces ("A B"). Quoted runs with only punctuation between them are
  one quote as well.
- The cue of a direct quote, in this order: a dash and a name after the quote (`"A." ―
  Jane Doe`, no cue); after a quote that ends open (`"A," X said`, `"A?" asked X`), the
  first verb after it, which when the quote opens its sentence may be any verb (`"A," he
  quipped`) and otherwise must be a speech verb; "according to X" on either side; before
  the quote, the nearest verb before a colon (`X said: "A."`, `X continued: "A."`; the
  speech verb whose clause it is in: `X said Y has one asset: "A."`), or a
  speech verb the quote depends on as a clause (`X said "A."`), or one followed by a comma
  when the quote has four words or more. A quote that is the object complement of a
  naming verb is the subject's wording, cue the verb; when the verb's object is there too
  (`Trump called the report "fake news"`), the quote is the indirect one below, object
  and wording together, as PolNeAR marks it. The speaker is the cue's subject; when the
  parser takes a word of the quote for it, the first noun phrase around the cue.
- A quote with no cue of its own that stands as a sentence of its own (four words or
  more, nothing before it in its sentence) takes the attribution of the sentence before
  it: a colon ending it ("X continued:"), the speaker of the latest quote with its cue or
  content there, else a speech verb heading that sentence ("X said on Monday."), else that
  sentence's subject when it is a person (a name, "he" or "she", or a role: "The governor");
  failing all of these it is no quote, since
  nothing says whose it is. `X continued, "A."` (only a subject and a verb before the
  comma) makes the verb the cue, whatever it is.
- Not quotes: a quoted span inside a sentence with no speech cue, which is always so for
  1-3 words (scare quotes: `the so-called "peace plan"`), and quoted titles and names
  inside a sentence, written in title case or hanging on it as noun phrases (`told "Meet
  the Press"`, `on "Face the Nation"`), whatever verb is near; after a colon, a quote of
  four words or more is words said even where it hangs on the verb as an object
  (`would ask: "WHY? The bridge ..."`). Longer cue-less
  spans inside a sentence are skipped too, since nothing says who said them. Nothing in a
  paragraph opening as an editor's note or correction ("Editor's note: ...", "Correction:
  ...") is a quote: the publication speaks there about its article.
- Indirect quotes: a cue verb outside quote marks (`quotes/data/cue_verbs.tsv`: verbs of
  speech, belief, knowing, intention and judgment) with a complement its entry lists:
  a clause (ccomp first, one after the cue before one before it: "A; X says B" attributes B;
  or xcomp as in "vowed to ...", "wants to ...", or a clause with its own
  subject the parser took for an adverbial one: "said after the vote he would resign"); else a direct object
  ("criticized the plan", also a gerund the parser takes for a clause: "cited improving the
  harbor as her priority"), for naming verbs only with what it is called ("called the
  plan a disaster", never "called the minister"); else the object of a listed
  preposition ("called for a recount", "spoke about the economy"), unless it is a time
  ("called on Monday") or a bare "what" ("what the mayor promised"). A verb of feeling
  attributes its subject to its object, who feels so about it ("The delay worries the
  farmers"; not in the passive). A verb of issuing attributes the text or message it puts out
  ("The union sent a letter to the governor"), unless the text gives the document's own words
  ("issued a statement condemning the test" reports the condemning). An adjective after
  "to be" (`quotes/data/cue_adjectives.tsv`: "is sure that ...", "is worried about ...",
  "is determined to ...", also when parsed as a participle: "are convinced that ...")
  attributes its complement the same way, and so does a noun
  (`quotes/data/cue_nouns.tsv`: "the mayor's claim that ...", "her plan to ...", "voiced
  support for ...") whose phrase names its holder: a possessor, "by/from X", a name
  before it, or the subject of a verb of expressing; its clause may follow "to be" ("Her
  view is that ...") or be an infinitive the parser hangs on the verb past a phrase of time
  ("announced plans this week to ...", which then reports the plans' content, not "plans").
  "In X's view," (or opinion; also "By X's own admission,") attributes the rest of its
  clause, as "according to X" does, and "In the latest poll," (or survey, study) gives it as the
  poll's finding, "In a statement," (or interview, letter) as the words of the statement's
  author or else of the clause's subject. The passive of an object verb attributes its subject to the
  agent ("the plan was criticized by X"), or to nobody in particular (below). Content = the
  complement, speaker = the verb's subject
  (through conjoined verbs, names the parser joined to the clause before ("Whenever ...,
  X and Y call them ..."), the object of the verb an infinitive completes ("forced X to
  admit that ..."), participles as in "adding that ...", relative clauses as in
  "who said ...", the name rather than the pronoun the parser may also take for the subject
  of one ("the reasons that X refuses to ..."), passive agents and "after saying ..."; for a
  participle or relative clause on a statement, letter or tweet, its author: "X issued a
  statement condemning ..."), but not a subject that names nobody: "you" (the reader in general), "let's say",
  a demonstrative without a modifier ("this shows", not "those close to her say"), an
  object pronoun, or the subject of "Asked about X, Y said", who was asked (the question
  "Asked about X" is a passive without its agent, below). The lemmatizer's dropped "e"
  ("hopes" -> "hop") is mended before the lookup, and a cue verb the parser took for a noun
  though it gives it a clause ("..., the mayor's engineer maintains.") counts as the verb. A parenthetical speech verb
  ("The talks, he said, are over.", "As X noted, the talks are over.", also when the
  parser hangs it on a noun: "The workers, the manager explained, were well paid"), "As
  everyone knows, ..." (a verb of knowing), "As X put it, ..." and "according to X"
  attribute the rest of their clause; a phrase the parser leaves loose before ", he said" is
  what he said, and so is the "so" or "as much" after a speech verb ("She said so."), and
  the next paragraph, given without quote marks as a block quote, after a speech verb whose
  colon closes its paragraph ("The governor added:"). A
  paragraph opening with a speaker label ("WALLACE: ...", "Gov. Mike Pence: ...", also with
  a topic as headlines give it: "Verdi on Ferry Fares: ...") or a
  finding's label ("Poll: ...") attributes the rest of the paragraph to it, with
  ":" as cue, and where turns open with a quote mark, the unlabelled paragraphs after it that
  open with one; a label recognised as a name once counts in every turn. An indirect quote
  needs a speaker phrase: "it goes without saying that ..." is nobody's quote; only a
  passive without its agent ("The veto is expected to fail", "He was accused of fraud",
  "Asked about the deal, ...") is a quote with speaker None, attributed to nobody in
  particular; so are "it seems that ...", "it is clear that ..." (words of the evidence class)
  and a verb of seeming with a subject and an infinitive ("The deal seems to be dead"), and
  the clause of a reportive adverb (`quotes/data/cue_adverbs.tsv`: "The mayor allegedly took
  bribes"; "reportedly said" is the cue's own report). Quoted
  words inside an indirect quote's content (`X said the plan was "dead on arrival"`)
  belong to it and are not a quote of their own.
- A conjunct without a subject of its own in the tense of the cue, hanging on the reported
  clause, when the clause has another tense or the conjunct is a speech verb ("X said he
  would order a review and warned against hackers", "X said Y lied and warned ..."), continues the cue:
  it is the speaker's next report, not part of the first one's content. So does a speech
  verb's participle after a comma closing the clause ("X said he doubted it, arguing that ...").
  A cue verb with its own subject in a clause of concession or time after a comma ("X said
  the plan works, though she noted it was late", "..., after he admitted ...") is a report of
  its own.
- Only the outermost report is a quote: a speech verb inside quote marks or inside
  another report's content is the reported speaker's wording, not the article's
  attribution ("X said Y claimed that ..." is X's quote), except in a relative clause on a
  name, the writer's aside ("X praised Y, who says ..." is two quotes). A relative clause on
  names joined by "and" is all of theirs ("X and Y, who said ...").
- Speakers are coded with `DocumentActors.code_mention`. A "he" or "she" it cannot
  resolve takes the code of the latest quote's speaker named with a proper noun or role
  noun, since news attributes a run of quotes to the person last named. A named person or
  organisation the actor data lacks speaks with code `---` (`DocumentActors.unplaced`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsevents.actors import DocumentActors
from newsevents.events.extractor import asked_addressee, is_passive, source_head
from newsevents.quotes.cues import (
    CLAUSE, CUE_ADJECTIVES, CUE_ADVERBS, CUE_NOUNS, CUE_VERBS, DOCUMENT, EVIDENCE, FAULTED, FEELING, NAMED, OBJECT,
    SPEECH_VERBS, CueWord,
)
from newsevents.records import ActorMention, Quote

QUOTE_MARK = re.compile(r"``|''|[\"“”]")
"""Double quote marks: straight, curly, and the ASCII pairs `` and '' that some news feeds use."""
SINGLE_QUOTED = re.compile(r"(?<![\w'’])['‘](?=\w)(.+?)(?<=[\w.!?,])['’](?!\w)")
"""A run between single quote marks, as headlines quote: an opening mark follows no letter, a
closing one is followed by none."""
MARK_OR_LINE = re.compile(r"``|''|[\"“”\n]")
OPENING_MARKS, CLOSING_MARKS = frozenset({"“", "``"}), frozenset({"”"})
ANY_QUOTE_CHARS = "\"“”'‘’`"
SENTENCE_END = frozenset({".", "!", "?"})
OPEN_ENDINGS = (",", "?", "!", "—", "–", "-", "…", ":")
"""How a quote ends when its attribution follows in the same sentence (`"A," he said`)."""
AFTER_OPENING = " \t\n([{—–-/"
"""Characters a quote can open after: a straight mark after one of these opens a quote."""
MAX_LABEL_WORDS = 4
TOPIC_PREPOSITIONS = frozenset({"on", "about"})
"""What a headline label gives its topic with after the name: "Obama on Climate Change: ..."."""
LABEL_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
"""A speaker label names someone ("Gov. Mike Pence:", "WALLACE:"), unlike "Update:" or "Editor's note:"."""
EDITORIAL_LABELS = frozenset({"correction", "corrections", "clarification", "update", "editor", "editors", "note"})
"""First words of the notes editors add to an article ("Correction: October 2, 2016"), which name no speaker."""
EDITORS_NOTE = re.compile(r"(?:editors?['’]?s?\s+note|corrections?|clarifications?)\s*:", re.IGNORECASE)
"""How a note the editors add to an article opens ("Editor's note: ...", "Correction: ..."): the
publication speaking about the article, not a report in it."""
FINDING_LABELS = frozenset({"poll", "polls", "survey", "study", "report"})
"""Labels of headlines that give a finding as its source's words: "Poll: Smith leads in Ohio"."""
VIEWPOINT_CLASSES = {"in": ("cognition",), "by": ("cognition", "speech")}
"""The prepositions of a phrase set off by a comma that gives its clause as someone's view or word
("In her view, ...", "By his own admission, ..."), with the classes of the cue nouns they take."""
WRITTEN_NOUNS = frozenset({"statement", "interview", "letter", "tweet", "post", "email", "memo", "op-ed", "editorial"})
"""Things someone says their piece in: "In a statement, the council was upbeat about the talks"."""
FINDING_NOUNS = frozenset({"poll", "survey", "study"})
"""Nouns whose "in" phrase gives the clause as their finding: "In the latest poll, Smith leads"."""
MIN_STANDALONE_WORDS = 4
"""Cue-less quotes shorter than this are scare quotes, titles or nicknames."""
PERSON_PRONOUNS = frozenset({"he", "she"})
SET_OFF_MARKS = frozenset({"though", "although", "while", "whereas", "after", "when", "before"})
"""Conjunctions of concession and time that open a clause after a comma, which adds to the sentence
rather than to what its speaker said: "X said ..., though she noted ...", "..., after he admitted ..."."""
TEMPORAL_PREPOSITIONS = frozenset({"after", "before", "while", "when", "in", "by", "since", "upon"})
DASHES = ("—", "―", "–", "-")
NAMING_DEPS = frozenset({"dobj", "dative", "pobj", "nsubj", "nsubjpass", "attr", "appos", "npadvmod", "compound", "poss", "nmod"})
"""How a quoted title or name hangs on a verb (`told "Meet the Press"`), unlike a quoted clause."""
MAX_TITLE_WORDS = 6
"""Quoted spans up to this long, in title case inside a sentence, are titles ("Meet the Press")."""
DOCUMENT_NOUNS = frozenset({
    "statement", "letter", "tweet", "post", "message", "email", "memo", "note", "release", "speech",
    "remark", "comment", "ad", "advertisement", "paper", "filing", "brief",
    "motion", "lawsuit", "complaint", "petition", "resolution", "report", "editorial", "column",
    "op-ed", "essay", "book", "memoir", "article", "document", "announcement", "declaration",
})  # fmt: skip
"""Texts and messages someone writes or gives out: what a verb of issuing them ("sent a letter")
attributes to its subject."""
UTTERANCE_NOUNS = DOCUMENT_NOUNS | {
    "video", "interview", "language", "conference", "briefing", "rally", "hearing", "appearance", "address", "broadcast",
    "podcast", "forum",
}  # fmt: skip
"""Things people say or write, and the occasions they say them at: a cue verb describing one is
its author's words ("a statement condemning", "spoke at a news conference announcing")."""
EXPRESSING_VERBS = frozenset({
    "express", "voice", "issue", "make", "give", "deliver", "share", "raise", "air", "lodge", "file", "reaffirm",
    "register", "unveil", "present", "outline", "propose", "float", "announce", "offer", "sign", "reach", "lay",
    "spell",
})  # fmt: skip
"""Verbs whose subject owns the words, view or plan in their object: "voiced support for",
"unveiled a plan to", "laid out a plan to"."""
HOLDING_VERBS = frozenset({"have", "hold", "embrace", "adopt", "pursue", "weigh", "tout", "promote"})
"""Verbs whose subject holds the view or plan in their object ("has doubts about", "holds the view
that", "embraced the idea of"), though not the support or criticism: "has the support of X" is X's.
The noun may also come with a "with" on the verb: "left with the hope that"."""
HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Names that can hold a view: "a Times report", "Russian claims"."""
TIME_ENTITIES = frozenset({"DATE", "TIME"})
WH_TAGS = frozenset({"WP", "WDT"})
"""An object "what" ("what Trump says") stands for words the sentence does not give."""
DEMONSTRATIVES = frozenset({"this", "these", "those"})
NOT_SPEAKERS = frozenset({"you", "'s", "’s", "him", "them", "me", "us"}) | DEMONSTRATIVES
"""Subjects that name no speaker of an indirect quote: "you think ..." outside quote marks is
the reader in general, "let's say ..." a supposition, a demonstrative a thing, and an object
pronoun a misparse."""
CUE_PARTS_OF_SPEECH = frozenset({"VERB", "NOUN", "ADV", "ADJ"})
"""The parts of speech `cue_entry` finds cue words among."""

NAMING_VERBS = frozenset({"call", "describe", "label", "dub", "brand", "term", "characterize", "characterise"})
"""Verbs that attribute a wording to their subject: `Trump called the report "fake news"`."""


def find_quotes(
    doc: Doc, actors: DocumentActors, doc_id: str, offset: int = 0, first_sentence_index: int = 0
) -> list[Quote]:
    """The quotes of one parsed document (or piece of one), in text order.

    `actors` must be the DocumentActors of `doc`. `offset` is where `doc` starts in the
    document text and `first_sentence_index` the index of its first sentence, so a long
    document parsed in pieces gets spans and sentence indexes in whole-document terms.
    """
    finder = _QuoteFinder(doc, actors, opens_document=offset == 0)
    return [finder.to_quote(found, doc_id, offset, first_sentence_index) for found in finder.find()]


@dataclass(frozen=True)
class _Region:
    """A run of text between quote marks: content pieces (marks excluded) and the outer extent with marks."""

    pieces: tuple[tuple[int, int], ...]
    outer: tuple[int, int]


@dataclass(frozen=True)
class _Label:
    """A transcript speaker label opening a paragraph: its colon, the speaker, and the
    position of a quote mark before it, if the transcript opens its turns with one."""

    colon: Token
    speaker: Token
    mark: int | None
    text: str  # the label's words ("WALLACE", "Gov. Mike Pence")


@dataclass(frozen=True)
class _Attribution:
    cue: Token | None  # the cue word, "according" of "according to", or the colon of a speaker label
    speaker: Token | None  # head of the speaker phrase


@dataclass
class _Found:
    pieces: list[tuple[int, int]]  # character spans of the content in doc.text
    direct: bool
    attribution: _Attribution
    cue_after: bool = False  # the cue follows the content, so a later quoted piece may resume it


@dataclass(frozen=True)
class _Report:
    """An indirect quote candidate: a cue (a word of the vocabulary, "according to") and what it attributes."""

    attribution: _Attribution
    pieces: tuple[tuple[int, int], ...]
    head: Token  # the head of the attributed clause or phrase


class _QuoteFinder:
    """Finds the quotes of one Doc; holds the quote regions and paragraphs it needs for that."""

    def __init__(self, doc: Doc, actors: DocumentActors, opens_document: bool = True) -> None:
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds Doc.text on every access: read it once
        self.actors = actors
        self.paragraph_starts = paragraph_starts(self.text)
        self.token_starts = [token.idx for token in doc]
        self.proper_names = {token.lower_ for token in doc if token.pos_ == "PROPN" and not token.is_upper}
        named = [label for start in self.paragraph_starts if (label := self._speaker_label(start, frozenset()))]
        # A label the text has shown to name someone names that person in every turn it opens.
        known = frozenset(label.text for label in named)
        self.labels = [label for start in self.paragraph_starts if (label := self._speaker_label(start, known))]
        # Some transcripts open every turn with a quote mark ("WALLACE: ...): a turn, not a quote.
        turn_marks = {label.mark for label in self.labels if label.mark is not None}
        headline = headline_regions(self.text) if opens_document else []
        self.headline_end = headline[-1].outer[1] if headline else 0  # headline quotes end before this
        regions = quoted_regions(self.text, turn_marks) + headline
        self.regions = merge_touching(sorted(regions, key=lambda region: region.outer), self.text)
        self.region_of_token = self._region_of_token()
        self.sentence_starts = [sentence.start_char for sentence in doc.sents]
        self._quote_speakers: list[Token] = []

    def find(self) -> list[_Found]:
        if len(self.doc) == 0:
            return []
        reports = self._outermost(self._reports())
        direct = self._direct_quotes(reports)
        used_cues = {found.attribution.cue.i for found in direct if found.attribution.cue is not None}
        indirect = [
            _Found(list(report.pieces), False, report.attribution)
            for report in reports
            if report.attribution.cue.i not in used_cues and has_source(report.attribution)
            and not any(overlaps(report.pieces, found.pieces) for found in direct)
        ]
        return sorted((found for found in direct + indirect if not self._in_editors_note(found.pieces[0][0])),
                      key=lambda found: found.pieces[0])

    def _in_editors_note(self, char: int) -> bool:
        """Whether the character is in a paragraph that opens as an editor's note or a correction."""
        return EDITORS_NOTE.match(self.text, self.paragraph_starts[self.paragraph_of(char)]) is not None

    # Quote regions and frames ------------------------------------------------------

    def _region_of_token(self) -> dict[int, int]:
        """Token index -> index of the quote region (marks included) the token is in."""
        inside: dict[int, int] = {}
        for number, region in enumerate(self.regions):
            for token in self.doc.char_span(*region.outer, alignment_mode="expand") or ():
                inside[token.i] = number
        return inside

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char) - 1

    def token_at(self, char: int) -> int:
        return max(bisect_right(self.token_starts, char) - 1, 0)

    def _frame(self, start: int, step: int) -> list[Token]:
        """Words from token `start` in direction `step`, up to a sentence end, a quote or a line break.

        A quoted nickname or title on the way (`Marcia "Cia" Price`) is part of the frame.
        """
        frame: list[Token] = []
        index = start
        while 0 <= index < len(self.doc):
            token = self.doc[index]
            region = self.region_of_token.get(index)
            if region is not None and self._words(self.regions[region]) >= MIN_STANDALONE_WORDS:
                break
            if "\n" in token.text or (token.text in SENTENCE_END and region is None):
                break
            if not token.is_space:
                frame.append(token)
            index += step
        return frame

    def trailing_frame(self, region: _Region) -> list[Token]:
        """The words after the quote, to the end of its sentence."""
        return self._frame(self.token_at(region.outer[1] - 1) + 1, 1)

    def leading_frame(self, region: _Region) -> list[Token]:
        """The words before the quote, from the start of its sentence."""
        return self._frame(self.token_at(region.outer[0]) - 1, -1)[::-1]

    # Indirect reports ---------------------------------------------------------------

    def _reports(self) -> list[_Report]:
        reports = self._label_reports()
        for token in self.doc:
            if token.i in self.region_of_token:
                continue  # the quoted speaker's own words
            if token.pos_ not in CUE_PARTS_OF_SPEECH and token.lower_ not in ("according", "in", "by"):
                continue  # neither a cue word, "according to" nor "in X's view": most words, passed over at once
            if token.lower_ == "according" and (speaker := according_to_source(token)) is not None:
                clause = token.head if token.head.pos_ in ("VERB", "AUX") else token.sent.root
                report = self._clause_report(_Attribution(token, speaker), clause)
            elif (holder := viewpoint_holder(token)) is not None:
                report = self._clause_report(_Attribution(token, holder), token.head)
            elif (wording := wording_speaker(token)) is not None:
                report = self._clause_report(_Attribution(token, wording), token.head)
            elif (fronted := fronted_source(token)) is not None:
                report = self._clause_report(_Attribution(token, fronted), token.head)
            elif (entry := cue_entry(token)) is not None:
                report = self._cue_report(token, entry)
            else:
                report = None
            if report is not None:
                reports.append(report)
        return reports

    def _cue_report(self, cue: Token, entry: CueWord) -> _Report | None:
        """What a cue word attributes: its complement clause, else the object or prepositional
        object its entry names; a speech verb with none of these attributes the clause it
        interrupts ("The talks, he said, are over.").

        An adjective's speaker is the subject of its "to be" ("The mayor is sure that ...",
        "Voters were frustrated that ..."), a noun's the one `noun_speaker` names ("the
        mayor's claim that ...").
        """
        if cue.pos_ == "ADV":
            return self._reportive_report(cue)
        if entry.word_class == EVIDENCE:
            return self._impersonal_report(cue)
        if is_misparsed_verb(cue):  # "..., the mayor's doctor maintains."
            nominals = [child for child in cue.lefts if child.pos_ in ("NOUN", "PROPN", "PRON")]
            speaker = nominals[-1] if nominals else None
        elif cue.pos_ == "NOUN":
            speaker = noun_speaker(cue)
        elif cue.dep_ == "acomp":
            speaker = speaker_head(cue.head)
        elif is_adjectival_participle(cue):
            speaker = next((child for child in cue.children if child.dep_ == "nsubjpass"), None)
        else:
            speaker = speaker_head(cue)
        attribution = _Attribution(cue, speaker)
        complements = entry.complements
        hosts = (cue, cue.head) if is_copula_subject(cue) else (cue,)  # "Her view is that ..."
        clauses = [child for host in hosts for child in host.children if is_complement_clause(child)]
        if not clauses and cue.pos_ == "VERB":
            clauses = [child for child in cue.children if is_misparsed_complement(child)]
            clauses = clauses or addressee_clauses(cue)
        if not clauses and cue.pos_ == "NOUN":
            clauses = [infinitive] if (infinitive := hung_infinitive(cue)) is not None else []
        clauses = clauses if CLAUSE in complements else []
        if clauses:
            # A ccomp first, and one after the cue: "A; X says B" attributes B.
            complement = min(clauses, key=lambda child: (child.dep_ != "ccomp", child.i < cue.i))
            # A verb that continues the cue rather than the clause is the speaker's next report,
            # and a report set off by a comma is a report of its own.
            stray = {token.i for child in complement.subtree
                     if continued_report(child) == cue or (child != complement and is_set_off_report(child))
                     for token in child.subtree}
            piece = self.trimmed([token for token in complement.subtree if token.i not in stray])
            return _Report(attribution, (piece,), complement) if piece else None
        if CLAUSE in complements and (host := inverted_complement(cue)) is not None:
            # "While he admitted the plan was late, ...": the clause the parser hung the cue on.
            piece = self.trimmed([token for token in host.subtree if token.i > cue.right_edge.i])
            return _Report(attribution, (piece,), host) if piece else None
        if FEELING in complements and (felt := felt_stimulus(cue)) is not None:
            stimulus, feeler = felt  # "The delay worries the farmers": the farmers' worry
            piece = self.trimmed(list(stimulus.subtree))
            return _Report(_Attribution(cue, feeler), (piece,), stimulus) if piece else None
        heads = attributed_phrases(cue, complements)
        if heads:
            runs = split_runs([token for head in heads for token in head.subtree])
            pieces = tuple(piece for run in runs if (piece := self.trimmed(run)) is not None)
            return _Report(attribution, pieces, heads[0]) if pieces else None
        as_clause = (cue.dep_ == "advcl" and speaker is not None  # "as expected" says nothing of whose
                     and any(child.dep_ == "mark" and child.lower_ == "as" for child in cue.children))
        if as_clause and entry.word_class == "knowledge" and cue.head.pos_ in ("VERB", "AUX"):
            return self._clause_report(attribution, cue.head)  # "As everyone knows, ...", "as we saw in May"
        if not is_speech_verb(cue):
            return None
        if cue.dep_ == "parataxis" or as_clause or is_parenthetical_relative(cue):
            # "The talks, he said, are over.", "As X noted, ...", also when the parser hangs the
            # aside on a noun of the clause ("The bridge, as X pointed out, was never ...").
            clause = cue.head
            while clause.pos_ in ("NOUN", "PROPN", "PRON") and clause.head.i != clause.i:
                clause = clause.head
            return self._clause_report(attribution, clause) if clause.pos_ in ("VERB", "AUX") else None
        # "Voters like the mayor, he said.": a phrase the parser left loose before the cue, or took
        # for a second subject beside the speaker.
        unattached = [child for child in cue.children if child.i < cue.i and after_phrase_comma(child)
                      and (child.dep_ == "dep" or (child.dep_ == "nsubj" and speaker is not None and child != speaker))]
        if unattached:
            piece = self.trimmed(list(unattached[0].subtree))
            return _Report(attribution, (piece,), unattached[0]) if piece else None
        proform = next((child for child in cue.children if child.i > cue.i and is_clause_proform(child)), None)
        if proform is not None:  # "She said so.", "He said as much.": what the text gave before
            piece = self.trimmed([*(child for child in proform.children if child.lower_ == "as"), proform])
            return _Report(attribution, (piece,), proform) if piece else None
        block = self._block_after_colon(cue)
        return _Report(attribution, (self.trimmed(block),), block[0]) if block else None

    def _block_after_colon(self, cue: Token) -> list[Token]:
        """The words of the paragraph after the cue's, when the cue's sentence ends its paragraph with
        a colon ("The governor added:") and the next paragraph gives the words without quote marks,
        as a block quote; [] otherwise (a quoted paragraph is a direct quote of its own)."""
        words = [token for token in cue.sent if not token.is_space]
        if not words or words[-1].text != ":" or colon_verb(cue.sent) != cue:
            return []
        index = words[-1].i + 1
        if index >= len(self.doc) or "\n" not in self.doc[index].text:
            return []  # the colon does not close its paragraph
        index += 1
        block = []
        while index < len(self.doc) and "\n" not in self.doc[index].text:
            block.append(self.doc[index])
            index += 1
        if not block or QUOTE_MARK.fullmatch(block[0].text) or self.trimmed(block) is None:
            return []
        return block

    def _impersonal_report(self, cue: Token) -> _Report | None:
        """The clause of a word of seeming after an impersonal "it" ("it seems that ...", "it is
        clear that ..."), attributed to nobody in particular; None with any other subject."""
        host = cue.head if cue.dep_ == "acomp" else cue  # "it is clear that": the clause hangs on "is"
        if not any(child.dep_ in ("nsubj", "expl") and child.lower_ == "it" for child in host.children):
            return self._raised_report(cue)
        clause = next((child for child in (*host.children, *cue.children) if child.dep_ == "ccomp"), None)
        asked = clause is not None and any(
            token.tag_ in WH_TAGS or token.lower_ in ("whether", "if") for token in clause.subtree if token.i < clause.i
        )
        if asked:
            return None  # "it is clear what ..." says what is not known, not what is held true
        piece = self.trimmed(list(clause.subtree)) if clause is not None else None
        return _Report(_Attribution(cue, None), (piece,), clause) if piece else None

    def _reportive_report(self, adverb: Token) -> _Report | None:
        """The clause a reportive adverb modifies ("The mayor allegedly took bribes"), attributed to
        nobody in particular; None on a cue of its own ("reportedly said" is the cue's report)."""
        clause = adverb.head
        if cue_entry(clause) is not None:
            return None
        return self._clause_report(_Attribution(adverb, None), clause)

    def _raised_report(self, cue: Token) -> _Report | None:
        """A verb of seeming with a subject and an infinitive ("The deal seems to be dead"): the
        subject and the infinitive are what seems so, to nobody in particular, as with "it seems
        that ...". None for an infinitive that is a cue of its own ("The mayor seems to believe
        that ..." is the mayor's belief), for an adjective ("The ferry seems slow") and for a
        relative pronoun, which is no phrase of its own ("fees that seem to rise")."""
        subject = next((child for child in cue.children if child.dep_ == "nsubj" and child.tag_ not in WH_TAGS), None)
        infinitive = next((child for child in cue.children if child.dep_ == "xcomp"), None)
        if cue.pos_ != "VERB" or subject is None or infinitive is None or cue_entry(infinitive) is not None:
            return None
        pieces = tuple(piece for phrase in (subject, infinitive) if (piece := self.trimmed(list(phrase.subtree))))
        return _Report(_Attribution(cue, None), pieces, infinitive) if pieces else None

    def _clause_report(self, attribution: _Attribution, clause: Token) -> _Report | None:
        """The clause around a parenthetical cue ("according to X", "he said"), without the cue's phrase."""
        phrase = {token.i for token in attribution.cue.subtree}
        runs = split_runs([token for token in clause.subtree if token.i not in phrase])
        pieces = tuple(piece for run in runs if (piece := self.trimmed(run)) is not None)
        return _Report(attribution, pieces, clause) if pieces else None

    def _label_reports(self) -> list[_Report]:
        """Paragraphs that open with a speaker label, as in transcripts: "WALLACE: Let's start."

        Where turns open with a quote mark, the paragraphs after a turn that open with one and
        no label of their own go on with it: one turn, one quote."""
        reports = []
        turn_marks = {label.mark for label in self.labels}
        for label in self.labels:
            paragraphs: list[list[Token]] = [[]]
            for token in self.doc[label.colon.i + 1 :]:
                if "\n" not in token.text:
                    paragraphs[-1].append(token)
                    continue
                following = token.i + 1 < len(self.doc) and self.doc[token.i + 1]
                goes_on = (label.mark is not None and following and QUOTE_MARK.fullmatch(following.text)
                           and following.idx not in turn_marks)
                if not goes_on:
                    break
                paragraphs.append([])
            pieces = tuple(piece for paragraph in paragraphs if (piece := self.trimmed(paragraph)) is not None)
            if pieces:
                head = next(token for paragraph in paragraphs for token in paragraph)
                reports.append(_Report(_Attribution(label.colon, label.speaker), pieces, head))
        return reports

    def _speaker_label(self, paragraph_start: int, known: frozenset[str]) -> _Label | None:
        """The label when the paragraph opens with a short name and a colon ("Gov. Mike Pence:"),
        perhaps after a quote mark (`"WALLACE: ...`), or with a label in `known`; not an editor's
        label ("Correction:"). The name may come with its topic, as headlines give it ("Verdi on
        Ferry Fares: ...")."""
        first = self.token_at(paragraph_start)
        if first >= len(self.doc) or self.doc[first].idx != paragraph_start:
            return None
        mark = paragraph_start if QUOTE_MARK.fullmatch(self.doc[first].text) else None
        first += mark is not None
        label: list[Token] = []
        for token in self.doc[first : first + 2 * MAX_LABEL_WORDS + 1]:
            if token.text == ":":
                topic = next((n for n, word in enumerate(label) if n and word.lower_ in TOPIC_PREPOSITIONS), None)
                label = label[:topic] if topic is not None else label
                if len(label) > MAX_LABEL_WORDS:
                    return None
                # Transcripts capitalise speaker names, which the entity recogniser often
                # misses: a label word also counts as a name when the text names someone so.
                names = any(word.ent_type_ in LABEL_ENTITIES or word.lower_ in self.proper_names for word in label)
                # "Poll: Smith leads in Ohio", the headline form of "a poll shows ...".
                names = names or (len(label) == 1 and label[0].lower_ in FINDING_LABELS)
                words = " ".join(word.text for word in label)
                names = names or words in known
                if (label and names and all(word.is_title or word.is_upper for word in label)
                        and label[0].lower_ not in EDITORIAL_LABELS):
                    speaker = next(word for word in label if word.head not in label or word.head == word)
                    return _Label(token, speaker, mark, words)
                return None
            label.append(token)
        return None

    def trimmed(self, tokens: list[Token]) -> tuple[int, int] | None:
        """The character span of the tokens without punctuation and spaces at either end, nor a
        conjunction at the end.

        A quote that ends the content keeps its closing mark (`the plan was "dead."`).
        """
        words = [token for token in tokens if not (token.is_punct or token.is_space)]
        while words and words[-1].dep_ == "cc":
            words.pop()  # the "and" before a conjunct that is not part of the content
        if not words:
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        for region in self.regions:
            if start <= region.outer[0] < end < region.outer[1] and not self.text[end : region.pieces[-1][1]].strip(".,!?"):
                end = region.outer[1]
        return start, end

    def _outermost(self, reports: list[_Report]) -> list[_Report]:
        """Drop reports whose cue is inside another report's content: the outer speaker's words.

        A relative clause on a name there is the writer's aside, not the outer speaker's words:
        in "X endorsed Trump, who says he is honored", Trump says.
        """
        # A cue noun object whose content the verb's phrase leaves out is what the verb reports:
        # "announced plans this week to build a bridge" attributes the building, not the plans.
        superseded = {id(other) for report in reports if report.attribution.cue.pos_ == "NOUN"
                      for other in reports
                      if other.head == report.attribution.cue and not overlaps(report.pieces, other.pieces)}
        # A document put out whose own words the text gives is reported by them: "The council issued a
        # statement condemning the test" is the council's condemning, not its issuing, also where the
        # parser hangs the participle on the verb ("issued a statement on Monday condemning ...").
        superseded |= {id(report) for report in reports if is_issued_document(report)
                       and any(other is not report and (contains(report.pieces, other.attribution.cue.idx)
                                                        or describes_document(other.attribution.cue, report))
                               for other in reports)}
        reports = [report for report in reports if id(report) not in superseded]
        # Every report's pieces in one list, by report number: each cue is looked up in all of them.
        pieces = [(start, end, number) for number, report in enumerate(reports) for start, end in report.pieces]

        def in_other_report(number: int, char: int) -> bool:
            return any(start <= char < end and owner != number for start, end, owner in pieces)

        return [
            report
            for number, report in enumerate(reports)
            if report.attribution.cue.dep_ == "relcl" and report.attribution.cue.head.pos_ == "PROPN"
            or is_reporting_relative(report.attribution.cue)
            or is_set_off_report(report.attribution.cue)
            or not in_other_report(number, report.attribution.cue.idx)
        ]

    # Direct quotes -----------------------------------------------------------------

    def _direct_quotes(self, reports: list[_Report]) -> list[_Found]:
        found: list[_Found] = []
        for region in self.regions:
            if any(self._embedded(region, report) for report in reports):
                continue  # quoted words inside an indirect quote belong to it
            attribution = self._naming_attribution(region)
            if attribution is None and self._is_name(region):
                continue
            attribution = attribution or self._own_attribution(region)
            if found and self._continues(found[-1], region, attribution):
                found[-1].pieces.extend(region.pieces)
            elif attribution is not None:
                cue_after = attribution.cue is not None and attribution.cue.idx >= region.outer[1]
                found.append(_Found(list(region.pieces), True, attribution, cue_after))
            elif self._stands_alone(region) and (adjacent := self._adjacent_attribution(region, found, reports)).speaker:
                # Someone said it, but nothing here says who: no attribution beats a wrong one.
                found.append(_Found(list(region.pieces), True, adjacent))
        return found

    def _is_name(self, region: _Region) -> bool:
        """True for a quoted title or name inside a sentence (`On "Face the Nation," Ryan said`).

        Such a span is written in title case, or hangs on the sentence as a noun phrase
        does, where quoted speech inside a sentence is a clause or its own sentence.
        """
        leading = self.leading_frame(region)
        if not leading:
            return False
        words = " ".join(self.text[start:end] for start, end in region.pieces).split()
        long_words = [word for word in words if len(word) > 3 and word[0].isalpha()]
        title_case = bool(long_words) and all(word[0].isupper() for word in long_words)
        if len(words) <= MAX_TITLE_WORDS and title_case and region.outer[1] > self.headline_end:
            return True  # a headline capitalises its quotes as all its words
        if leading[-1].text == ":" and len(words) >= MIN_STANDALONE_WORDS:
            return False  # a colon introduces words said: 'a reader would ask: "WHAT? ..."'
        roots = self._roots(region)
        return bool(roots) and all(root.dep_ in NAMING_DEPS | {"conj"} for root in roots)

    def _embedded(self, region: _Region, report: _Report) -> bool:
        """True when the region sits inside the report's clause without being that clause."""
        head_inside = contains(region.pieces, report.head.idx)
        return not head_inside and all(contains(report.pieces, start) for start, _ in region.pieces)

    def _own_attribution(self, region: _Region) -> _Attribution | None:
        """The cue in the region's own sentence: after the quote, else before it; before it when
        a colon introduces the quote and a participle follows it (`X said: "A," adding that ...`)."""
        leading = self.leading_frame(region)
        trailing = self.trailing_frame(region)
        after = self.text[region.outer[1] :].lstrip(" \xa0")  # a no-break space may come before the dash
        if after[:1] in DASHES:
            return self._dash_attribution(trailing)
        if self._ends_open(region) and (attribution := self._trailing_attribution(trailing, not leading)):
            participle = attribution.cue is not None and attribution.cue.tag_ == "VBG"
            introduced = participle and bool(leading) and leading[-1].text == ":"
            return (introduced and self._leading_attribution(region, leading)) or attribution
        for token in reversed(leading):
            if token.lower_ == "according" and (speaker := according_to_source(token)) is not None:
                return _Attribution(token, speaker)
        return self._leading_attribution(region, leading)

    def _trailing_attribution(self, trailing: list[Token], opens_sentence: bool) -> _Attribution | None:
        """The cue after a quote that ends open: "according to X", or the first verb after it.

        The first verb is the cue whatever it is when the quote opens its sentence (news
        convention: `"A," he quipped`); after a quote inside a sentence only a speech verb
        is (`He called it "a farce," she said`). A verb describing a noun of the speaker
        phrase is passed over (`"A," X, one of the states suing Y, said`).
        """
        for token in trailing:
            if token.lower_ == "according" and (speaker := according_to_source(token)) is not None:
                return _Attribution(token, speaker)
            if token.pos_ == "VERB":
                if token.dep_ in ("acl", "relcl") and not is_speech_verb(token):
                    continue  # describes the speaker: `"A," X, one of the states suing Y, said`
                if opens_sentence or is_speech_verb(token):
                    return _Attribution(token, self._speaker_head(token, trailing))
                return None
        return None

    def _dash_attribution(self, trailing: list[Token]) -> _Attribution | None:
        """A quote signed with a dash and a name: `"A." ― Jane Doe`; not a dash that goes on
        with the sentence (`X -- "A" -- and Y`)."""
        words = [token for token in trailing if not token.is_punct]
        name = next((token for token in words if token.pos_ == "PROPN"), None)
        if name is None or any(token.pos_ == "CCONJ" for token in words[: words.index(name)]):
            return None
        while name.head.i != name.i and name.head.pos_ == "PROPN" and name.head in trailing:
            name = name.head
        return _Attribution(None, name)

    def _leading_attribution(self, region: _Region, leading: list[Token]) -> _Attribution | None:
        """The verb before the quote that introduces it.

        A colon makes the nearest verb before it the cue, whatever the verb (`Limbaugh
        continued: "A."`). Otherwise a speech verb introduces the quote when the quote
        depends on it as a clause rather than a name (`X said "A."`, not `X told "Meet the
        Press"`), or when a comma follows it and the quote is a sentence's worth (`X said,
        "A B C D."`).
        """
        if leading and leading[-1].text == ":":
            verb = next((token for token in reversed(leading) if token.pos_ == "VERB"), None)
            while verb is not None and verb.dep_ == "ccomp" and verb.head in leading and is_speech_verb(verb.head):
                verb = verb.head  # 'X said she has one quality: "A."' is X's report
            if verb is not None:
                return _Attribution(verb, self._speaker_head(verb, leading))
            # A headline gives the speaker's name before the colon ("A lesson from Jane Doe: 'Be ...'").
            name = next((token for token in reversed(leading) if token.pos_ == "PROPN"), None)
            in_headline = region.outer[1] <= self.headline_end
            return _Attribution(leading[-1], name) if name is not None and in_headline else None
        comma = bool(leading) and leading[-1].text == "," and self._words(region) >= MIN_STANDALONE_WORDS
        if comma and (verb := bare_verb(leading[:-1])) is not None:
            return _Attribution(verb, self._speaker_head(verb, leading))
        roots = self._roots(region)
        for token in reversed(leading):
            if not is_speech_verb(token):
                continue
            clause = any(root.head == token and root.dep_ not in NAMING_DEPS for root in roots)
            if comma or clause:
                return _Attribution(token, self._speaker_head(token, leading))
        return None

    def _naming_attribution(self, region: _Region) -> _Attribution | None:
        """The subject of a naming verb whose object complement is the quote (`Trump called it "a disaster"`)."""
        for root in self._roots(region):
            verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS and verb.i not in self.region_of_token:
                speaker = speaker_head(verb)
                if speaker is not None and speaker.i not in self.region_of_token:
                    return _Attribution(verb, speaker)
        return None

    def _roots(self, region: _Region) -> list[Token]:
        """The quoted words that hang on words outside the quote."""
        quoted = self.doc.char_span(*region.outer, alignment_mode="expand")
        if quoted is None:
            return []
        return [token for token in quoted
                if not quoted.start <= token.head.i < quoted.end and not token.is_punct]

    def _speaker_head(self, verb: Token, frame: list[Token]) -> Token | None:
        """The cue's subject outside the quote; else the name phrase in the quote's frame, not a
        preposition's object ("after the meeting"); else, for a participle, the first subject of
        its sentence outside quote marks.

        The frame is the fallback for parses that take a word of the quote as the subject.
        """
        head = speaker_head(verb)
        if head is not None and head.i not in self.region_of_token:
            return head
        nominal = ("PROPN", "NOUN", "PRON")
        names = [
            token for token in frame
            if token.pos_ in nominal and token.dep_ != "pobj"
            and (token.head == token or token.head not in frame or token.head.pos_ not in nominal)
        ]
        if names:
            return names[0]
        # A participle whose frame names nobody is said by the subject its sentence opens with,
        # before any quote: 'X hardly helped, calling it "A" -- and asserting, "B"'.
        subjects = [token for token in verb.sent if token.i < verb.i and token.dep_ == "nsubj"
                    and token.i not in self.region_of_token]
        return subjects[0] if verb.tag_ == "VBG" and subjects else None

    def _ends_open(self, region: _Region) -> bool:
        """True when the quote's punctuation says its sentence goes on (`"A," he said`, `"A", he said`)."""
        text = self.text
        inside = text[region.pieces[-1][0] : region.outer[1]].rstrip(ANY_QUOTE_CHARS + " \n")
        return inside.endswith(OPEN_ENDINGS) or text[region.outer[1] : region.outer[1] + 1] == ","

    def _continues(self, previous: _Found, region: _Region, attribution: _Attribution | None) -> bool:
        """True when the region resumes the previous direct quote after its cue, in the same paragraph.

        `"A," he said. "B."` (no cue of its own) and `"A," he said, "B."` (the same cue,
        found again before B) are both one quote.
        """
        if not (previous.direct and previous.cue_after):
            return False
        if self.paragraph_of(previous.pieces[-1][1]) != self.paragraph_of(region.outer[0]):
            return False
        if attribution is None:
            return not self.leading_frame(region)
        return attribution.cue is not None and attribution.cue.i == previous.attribution.cue.i

    def _stands_alone(self, region: _Region) -> bool:
        """True for a quote that is a sentence of its own and long enough not to be a scare quote."""
        ends_sentence = self.text[: region.pieces[-1][1]].rstrip(ANY_QUOTE_CHARS).endswith((".", "!", "?"))
        return (
            self._words(region) >= MIN_STANDALONE_WORDS
            and not self.leading_frame(region)
            and (ends_sentence or not self.trailing_frame(region))
        )

    def _words(self, region: _Region) -> int:
        return sum(len(self.text[start:end].split()) for start, end in region.pieces)

    def _adjacent_attribution(self, region: _Region, found: list[_Found], reports: list[_Report]) -> _Attribution:
        """The attribution made in the sentence before the region.

        That is the speaker of the latest quote with its cue or content there, else a speech
        verb there with a subject ("X said on Monday."); else no attribution at all.
        """
        before = self.token_at(region.outer[0]) - 1
        while before >= 0 and (self.doc[before].is_space or QUOTE_MARK.fullmatch(self.doc[before].text)):
            before -= 1
        if before < 0:
            return _Attribution(None, None)
        sentence = self.doc[before].sent
        if self.doc[before].text == ":" and (verb := colon_verb(sentence)) is not None:
            return _Attribution(verb, speaker_head(verb))  # "Caddell continued:" closing the paragraph before
        span = [(sentence.start_char, sentence.end_char)]
        earlier = [(quote.pieces, quote.attribution) for quote in found]
        earlier += [(report.pieces, report.attribution) for report in reports]
        there = [
            (pieces, attribution) for pieces, attribution in earlier
            if overlaps(pieces, span) or (attribution.cue is not None and contains(span, attribution.cue.idx))
        ]
        if there:
            _, latest = max(there, key=lambda item: item[0][-1][1])
            return _Attribution(None, latest.speaker)
        for token in (sentence.root, *sentence.root.conjuncts):
            # The sentence must be about the speech act ("X said on Monday:"), not mention one.
            if token.i not in self.region_of_token and is_speech_verb(token) and (speaker := speaker_head(token)):
                return _Attribution(token, speaker)
        subject = speaker_head(sentence.root) if sentence.root.pos_ in ("VERB", "AUX") else None
        if subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in PERSON_PRONOUNS
                                    or (subject.pos_ == "NOUN" and self.actors.base.is_person_noun(subject.lemma_))):
            return _Attribution(None, subject)
        return _Attribution(None, None)

    # Records -----------------------------------------------------------------------

    def to_quote(self, found: _Found, doc_id: str, offset: int, first_sentence_index: int) -> Quote:
        """The public record; call in text order, since a pronoun may take an earlier speaker's code."""
        start, end = found.pieces[0][0], found.pieces[-1][1]
        text = " ".join(self.text[a:b] for a, b in found.pieces)
        speaker, speaker_text, speaker_span = self._speaker(found.attribution)
        return Quote(
            doc_id=doc_id,
            text=text,
            span=(start + offset, end + offset),
            direct=found.direct,
            speaker=replace(speaker, span=shift(speaker.span, offset)) if speaker else None,
            speaker_text=speaker_text,
            speaker_span=shift(speaker_span, offset) if speaker_span else None,
            cue=cue_text(found.attribution.cue),
            sentence_index=first_sentence_index + bisect_right(self.sentence_starts, start) - 1,
        )

    def _speaker(self, attribution: _Attribution) -> tuple[ActorMention | None, str | None, tuple[int, int] | None]:
        """The coded speaker, its phrase and the phrase's span (quotes must be built in text order).

        The phrase ends before a cue that follows the speaker: a parse that hangs the words
        after a transcript label on the name ("HARRIS: Will the bridge ...") keeps them out.
        A relative clause on names joined by "and" speaks for all of them, though the parser
        hangs it on the first ("Verdi and Nokra, who said ...").
        """
        head, cue = attribution.speaker, attribution.cue
        if head is None:
            return None, None, None
        start, end = self.actors.mention_span(head)
        if cue is not None and cue.dep_ == "relcl" and cue.head == head:
            ends = [min(self.actors.mention_span(name)[1], cue.left_edge.i)
                    for name in head.conjuncts if name.i < cue.i]
            end = max([end, *ends])
        if cue is not None and head.i < cue.i:
            end = min(end, cue.i)
        phrase = self.doc[start:end]
        mention = self.actors.code_mention(head)
        if mention is None and head.lower_ in PERSON_PRONOUNS:
            mention = self._latest_speaker_code(head)
        if mention is None:
            mention = self.actors.unplaced(head)  # a named speaker the actor data lacks: code ---
        if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and self.actors.base.is_person_noun(head.lemma_.lower())):
            self._quote_speakers.append(head)
        return mention, phrase.text, (phrase.start_char, phrase.end_char)

    def _latest_speaker_code(self, pronoun: Token) -> ActorMention | None:
        """The pronoun coded as the latest named quote speaker before it."""
        for head in reversed(self._quote_speakers):
            if head.i < pronoun.i and (named := self.actors.code_mention(head)) is not None:
                return ActorMention(pronoun.text, (pronoun.idx, pronoun.idx + len(pronoun.text)),
                                    named.code, named.country, named.sector)
        return None


# Quote marks ----------------------------------------------------------------------------


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the text's lines: news text puts each paragraph on a line of its own."""
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def is_opening(text: str, start: int, end: int) -> bool:
    """Whether the quote mark at text[start:end] opens a quote.

    Curly marks and `` say so themselves unless their context contradicts them (“A,“
    typed with the wrong mark); a straight mark or '' opens when it follows a space, an
    opening bracket or dash, or starts the text, and a word follows it (so the mark in
    `outreach,' " he told` closes).
    """
    mark = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    opening_context = before in AFTER_OPENING and not after.isspace()
    closing_context = not before.isspace() and (after.isspace() or not after.isalnum())
    if mark in OPENING_MARKS:
        return not (closing_context and not opening_context)
    if mark in CLOSING_MARKS:
        return opening_context and not closing_context
    return opening_context


def quoted_regions(text: str, ignored_marks: frozenset[int] | set[int] = frozenset()) -> list[_Region]:
    """The quoted runs of the text, paired within paragraphs (see the module docstring).

    Marks at `ignored_marks` (positions in the text) neither open nor close a quote.
    """
    regions: list[_Region] = []
    pieces: list[tuple[int, int]] = []
    open_at: int | None = None  # the opening mark of the quote in progress
    content_start: int | None = None  # where its current piece starts
    resume_at: int | None = None  # the mark that reopens it in the next paragraph
    inner_end: int | None = None  # the end of a quote nested in the open one
    for match in MARK_OR_LINE.finditer(text):
        position, mark_end = match.span()
        if position in ignored_marks or (inner_end is not None and position < inner_end):
            continue
        if resume_at is not None:
            if position == resume_at:
                content_start, resume_at = mark_end, None
            continue
        line_break = match.group() == "\n"
        if content_start is None:
            if not line_break and is_opening(text, position, mark_end):
                open_at, content_start = position, mark_end
            continue
        if not line_break and is_opening(text, position, mark_end):
            inner_end = nested_quote_end(text, mark_end)
            if inner_end is not None:
                continue  # “A “B” C.”: B is quoted inside A
        pieces.append((content_start, position))
        if line_break:
            resume_at = reopening_mark(text, position)
            resume_at = None if resume_at in ignored_marks else resume_at
            if resume_at is not None:
                content_start = None
                continue
            closed_at = position  # an unclosed quote ends with its paragraph
        else:
            reopens = is_opening(text, position, mark_end)
            closed_at = position if reopens else mark_end
        regions.append(_Region(tuple(pieces), (open_at, closed_at)))
        pieces, open_at, content_start = [], None, None
        if not line_break and reopens:
            # A new opening mark in an open quote: the earlier mark was never closed.
            open_at, content_start = position, mark_end
    if content_start is not None:
        pieces.append((content_start, len(text)))
        regions.append(_Region(tuple(pieces), (open_at, len(text))))
    return [cleaned for region in regions if (cleaned := clean_region(region, text)) is not None]


def nested_quote_end(text: str, start: int) -> int | None:
    """The end of a quote that opens (at `start`) inside an open one and closes before it does: in
    “A “B” C.” the next two marks both close, the first one B, the second one A. None when the
    marks after it say otherwise (the earlier quote was left open)."""
    marks = MARK_OR_LINE.finditer(text, start)
    inner, outer = next(marks, None), next(marks, None)
    if inner is None or outer is None or "\n" in (inner.group(), outer.group()):
        return None
    closing = not is_opening(text, *inner.span()) and not is_opening(text, *outer.span())
    return inner.end() if closing else None


def headline_regions(text: str) -> list[_Region]:
    """The single-quoted runs of a headline, which news writes where the story has double marks
    ("Mayor Says Bridge Plan Is 'Dead.'"): the text's first line, when more lines follow and
    it has no double mark. An apostrophe in a word ("Don't", "voters'") opens nothing."""
    end = text.find("\n")
    if end == -1 or not text[end:].strip() or QUOTE_MARK.search(text, 0, end):
        return []
    regions = [_Region(((match.start(1), match.end(1)),), match.span())
               for match in SINGLE_QUOTED.finditer(text, 0, end)]
    return [cleaned for region in regions if (cleaned := clean_region(region, text)) is not None]


def reopening_mark(text: str, line_break: int) -> int | None:
    """The position of the quote mark that opens the next paragraph, if one does."""
    rest = text[line_break:].lstrip()
    position = len(text) - len(rest)
    mark = QUOTE_MARK.match(text, position)
    return position if mark and is_opening(text, position, mark.end()) else None


def clean_region(region: _Region, text: str) -> _Region | None:
    """The region with each piece stripped of spaces and of the comma that leads into an attribution."""
    pieces = []
    for start, end in region.pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        if start < end:
            pieces.append((start, end))
    return _Region(tuple(pieces), region.outer) if pieces else None


def merge_touching(regions: list[_Region], text: str) -> list[_Region]:
    """Join quoted runs with nothing but punctuation between them: one continuous quote."""
    merged: list[_Region] = []
    for region in regions:
        previous = merged[-1] if merged else None
        gap = text[previous.outer[1] : region.outer[0]] if previous else ""
        if previous and "\n" not in gap and not any(char.isalnum() for char in gap):
            merged[-1] = _Region(previous.pieces + region.pieces, (previous.outer[0], region.outer[1]))
        else:
            merged.append(region)
    return merged


# Small helpers ----------------------------------------------------------------------------


def is_issued_document(report: _Report) -> bool:
    """True for the report of a verb of issuing whose object is a text or message: "sent a letter"."""
    entry = cue_entry(report.attribution.cue)
    return entry is not None and DOCUMENT in entry.complements and report.head.lemma_.lower() in DOCUMENT_NOUNS


def describes_document(cue: Token, report: _Report) -> bool:
    """True for a participle after the document that the parser hangs on the verb issuing it: in
    "The council issued a statement on Monday condemning the test", "condemning" says what the
    statement says; one after a comma is the issuer's next report ("filed a motion, arguing ...")."""
    return cue.tag_ == "VBG" and cue.head == report.attribution.cue and cue.i > report.head.i and not after_comma(cue)


def is_speech_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and cue_lemma(token) in SPEECH_VERBS


def is_set_off_report(verb: Token) -> bool:
    """True for a cue verb with a subject of its own in a clause of concession or time after a
    comma: in "X said the plan would work, though she noted it was late", "she noted" is a report
    of its own, not part of what X said, and so is "he admitted" in "..., after he admitted ..."."""
    mark = next((child for child in verb.children if child.dep_ == "mark"), None)
    return (verb.dep_ == "advcl" and mark is not None and mark.lower_ in SET_OFF_MARKS
            and verb.left_edge == mark and after_comma(mark) and cue_entry(verb) is not None
            and any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children))


def is_reporting_relative(verb: Token) -> bool:
    """True for a speech verb with a subject of its own in a relative clause, its pronoun on the verb
    or on the verb's complement clause: in "the donations, which he said were bribes", he says so,
    as the writer's aside. A clause without a relative pronoun ("the money he says he raised") is
    part of the phrase it describes."""
    complements = [child for child in verb.children if child.dep_ == "ccomp"]
    relative = any(child.tag_ in WH_TAGS for word in (verb, *complements) for child in word.children)
    return (verb.dep_ == "relcl" and is_speech_verb(verb) and bool(complements) and relative
            and any(child.dep_ == "nsubj" and child.tag_ not in WH_TAGS for child in verb.children))


def is_parenthetical_relative(verb: Token) -> bool:
    """True for a verb with a subject of its own set off by commas on a noun, with no relative
    pronoun and nothing it governs: "The workers, the manager explained, were well paid", which
    the parser reads as a relative clause on "workers"."""
    doc = verb.doc
    words = [token.i for token in verb.subtree if not token.is_punct]
    left, right = words[0], words[-1]
    return (
        verb.dep_ == "relcl" and left > 0 and right + 1 < len(doc)
        and doc[left - 1].text == "," and doc[right + 1].text == ","
        and any(child.dep_ == "nsubj" and child.tag_ not in WH_TAGS and child.lower_ != "that" for child in verb.children)
        and not any(child.dep_ in ("dobj", "ccomp", "xcomp", "pobj") or child.tag_ in WH_TAGS for child in verb.children)
    )


def is_clause_proform(token: Token) -> bool:
    """True for "so" or "as much" standing for a clause after a verb: "She said so.", "He thinks so."."""
    if token.dep_ != "advmod":
        return False
    return token.lower_ == "so" or (token.lower_ == "much" and any(child.lower_ == "as" for child in token.children))


def after_phrase_comma(phrase: Token) -> bool:
    """True when a comma follows the phrase right away ("Voters like the mayor, he said")."""
    after = phrase.right_edge.i + 1
    return after < len(phrase.doc) and phrase.doc[after].text == ","


def colon_verb(sentence: Span) -> Token | None:
    """The verb nearest before the colon that ends the sentence, when it has a subject."""
    for token in reversed(sentence):
        if token.pos_ == "VERB":
            return token if speaker_head(token) is not None else None
    return None


def bare_verb(frame: list[Token]) -> Token | None:
    """The verb of a frame that is only a subject and a verb (`She continued, "A."`), which
    introduces the quote after it whatever the verb, as the first verb after an open quote
    does; None when the frame says more (`In June, she wrote a book, "A."`)."""
    verbs = [token for token in frame if token.pos_ == "VERB"]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    inside = [token for token in frame if token.dep_ not in ("nsubj", "advmod", "aux", "neg") and token != verb]
    subjects = [child for child in verb.children if child.dep_ == "nsubj" and child in frame]
    phrase = {token.i for subject in subjects for token in subject.subtree}
    return verb if subjects and all(token.i in phrase for token in inside) else None


def viewpoint_holder(token: Token) -> Token | None:
    """X of "In X's view, ...", "..., in X's view, ..." and "..., in X's view.": an "in" phrase set
    off by a comma on a clause, whose object is a cue noun of cognition (view, opinion) with a
    holder, or a "by" phrase whose object is one of cognition or speech ("By her own admission,
    ...", "by his estimate"); None for any other token ("changed nothing in his views" says nothing
    of a view)."""
    if token.lower_ not in VIEWPOINT_CLASSES or token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    noun = next((child for child in token.children if child.dep_ == "pobj"), None)
    doc, after = token.doc, token.right_edge.i + 1
    closing = after < len(doc) and doc[after].text in SENTENCE_END and token.i > 0 and doc[token.i - 1].text == ","
    if noun is None or after >= len(doc) or (doc[after].text != "," and not closing):
        return None
    entry = CUE_NOUNS.get(noun.lemma_.lower())
    return noun_speaker(noun) if entry is not None and entry.word_class in VIEWPOINT_CLASSES[token.lower_] else None


def wording_speaker(verb: Token) -> Token | None:
    """X of "As X put it, ...": "put it" in an "as" clause on a clause is X's wording of that clause,
    as "As X noted, ..." is X's report, also "in a statement" or "in May"; None for any other token
    and for putting it somewhere ("As she put it on the shelf, ...", "put it down")."""
    if verb.lemma_.lower() != "put" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    marked = any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children)
    worded = any(child.dep_ == "dobj" and child.lower_ == "it" for child in verb.children)
    placed = any(child.dep_ == "prt" or (child.dep_ == "prep" and not is_occasion(child)) for child in verb.children)
    return speaker_head(verb) if marked and worded and not placed else None


def fronted_source(preposition: Token) -> Token | None:
    """The poll of "In the latest poll, Smith leads ...": an "in" phrase set off by a comma before
    the clause it is on, whose object is a poll, survey or study, which gives the clause as its
    finding; for a statement, interview or letter ("In a statement, the council was upbeat"),
    its author, else the clause's subject. None for any other token, for a phrase inside the
    clause ("took part in the survey") and on a cue verb, whose speaker says it ("In a survey,
    voters said ...")."""
    if preposition.lower_ != "in" or preposition.dep_ != "prep" or preposition.head.pos_ not in ("VERB", "AUX"):
        return None
    noun = next((child for child in preposition.children if child.dep_ == "pobj"), None)
    fronted = preposition.i == preposition.sent.start and after_phrase_comma(preposition)
    if noun is None or not fronted or cue_entry(preposition.head) is not None:
        return None
    if noun.lemma_.lower() in FINDING_NOUNS:
        return noun
    if noun.lemma_.lower() in WRITTEN_NOUNS:
        return utterance_author(noun) or source_head(preposition.head)
    return None


def is_occasion(preposition: Token) -> bool:
    """True for "in" with an utterance or a time ("in a statement", "in July"): when or where words were said."""
    objects = [child for child in preposition.children if child.dep_ == "pobj"]
    return preposition.lower_ == "in" and all(
        noun.lemma_.lower() in UTTERANCE_NOUNS or noun.ent_type_ in TIME_ENTITIES for noun in objects)


def has_source(attribution: _Attribution) -> bool:
    """Whether an indirect quote says whose it is: a speaker that names someone, or an agentless
    passive, which attributes to nobody in particular ("The veto is expected to fail", "He was
    accused of fraud"), as "it goes without saying" does not."""
    speaker, cue = attribution.speaker, attribution.cue
    if speaker is None:
        if (entry := cue_entry(cue)) is not None and entry.word_class == EVIDENCE:
            return True  # "it seems that ...", "it is clear that ..."
        if is_bare_participle(cue):
            return True  # "Asked about the deal, ...": a question from nobody in particular
        return cue.pos_ == "VERB" and is_passive(cue) and not any(child.dep_ == "agent" for child in cue.children)
    # "Those who know her say ...", "those close to her": a demonstrative with a modifier names people.
    described = speaker.lower_ in DEMONSTRATIVES and any(
        child.dep_ in ("relcl", "acl", "amod", "prep") for child in speaker.children
    )
    return described or speaker.lower_ not in NOT_SPEAKERS


def cue_entry(token: Token) -> CueWord | None:
    """The vocabulary entry of a cue verb, noun, adjective complementing a verb ("is sure"),
    which the parser may take for a passive ("are convinced that"), or reportive adverb on a verb
    ("allegedly took")."""
    if is_adjectival_participle(token):
        return CUE_ADJECTIVES[token.lower_]
    if token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "AUX"):
        return CUE_ADVERBS.get(token.lower_)
    if token.pos_ == "VERB":
        return CUE_VERBS.get(cue_lemma(token))
    if token.pos_ == "NOUN":
        return CUE_VERBS[token.lemma_.lower()] if is_misparsed_verb(token) else CUE_NOUNS.get(token.lemma_.lower())
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        return CUE_ADJECTIVES.get(token.lemma_.lower())
    return None


def is_misparsed_verb(token: Token) -> bool:
    """True for a cue verb the parser took for a noun though it gives it a complement clause, as
    only verbs have: "..., the senator's former doctor maintains." or "Voters wish they could vote
    again" after a long subject; also a verb in -s read as a plural noun heading a sentence that has
    no verb of its own, after its subject: "The council plans to close the pier", "The mayor
    charges that the council lied"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CUE_VERBS:
        return False
    heading = (token.dep_ == "ROOT" and token.tag_ == "NNS" and any(child.i < token.i for child in token.children
                                                                     if child.pos_ in ("NOUN", "PROPN")))
    return any(child.dep_ == "ccomp" or (heading and is_complement_clause(child)) for child in token.children)


def is_adjectival_participle(token: Token) -> bool:
    """True for a listed adjective parsed as a participle after "to be": "We are convinced that
    ...", "Voters were frustrated that ...", whose subject holds the view rather than undergoes it."""
    return (token.pos_ == "VERB" and token.tag_ == "VBN" and token.lower_ in CUE_ADJECTIVES
            and (token.dep_ == "acomp" or is_passive(token)))


def is_copula_subject(noun: Token) -> bool:
    """True for a cue noun whose clause follows "to be": "Her view is that ...", "His plan is to ..."."""
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and noun.head.lemma_ == "be"


def is_complement_clause(child: Token) -> bool:
    """A clause that completes a cue word: "said (that) ...", "wants to ...", and on a noun
    only a "that" or "to" clause ("the claim that ...", "a plan to ..."), also one the parser
    calls a relative clause though "that" is its conjunction ("a Times report that the mayor
    had resigned"), not a participle ("a plan approved by the council")."""
    if child.dep_ in ("ccomp", "xcomp"):
        return True
    if child.head.pos_ != "NOUN":
        return False
    that = any(grandchild.dep_ == "mark" and grandchild.lower_ == "that" for grandchild in child.children)
    to = any(grandchild.dep_ == "aux" and grandchild.lower_ == "to" for grandchild in child.children)
    return (child.dep_ == "acl" and (that or to)) or (child.dep_ == "relcl" and that)


def hung_infinitive(noun: Token) -> Token | None:
    """The infinitive the parser hangs on the verb of an object noun when a phrase of time comes
    between them: in "The mayor announced plans this week to build a bridge", the plans are to
    build it. None when anything else comes between ("asked the council on Monday for money to
    build it")."""
    if noun.dep_ != "dobj":
        return None
    for child in noun.head.children:
        infinitive = child.dep_ in ("advcl", "xcomp") and any(
            grandchild.dep_ == "aux" and grandchild.lower_ == "to" for grandchild in child.children)
        if infinitive and child.i > noun.i:
            between = noun.doc[noun.right_edge.i + 1 : child.left_edge.i]
            timed = any(token.ent_type_ in TIME_ENTITIES for token in between) and all(
                token.ent_type_ in TIME_ENTITIES or token.pos_ in ("ADP", "PUNCT") for token in between)
            return child if timed else None
    return None


def is_misparsed_complement(child: Token) -> bool:
    """A clause after a cue verb that the parser took for an adverbial one: "Trump said after the
    convention he would not accept ..."). It has a subject of its own and no conjunction or
    adverb of time, cause or condition ("said so because ...", "said so when she left"); after
    a negated verb with nothing else to say, a "when", "why" or "how" asks what was not said
    ("Lawmakers have not said when they will vote")."""
    if child.dep_ != "advcl" or child.i < child.head.i:
        return False
    subject = any(grandchild.dep_ in ("nsubj", "nsubjpass") for grandchild in child.children)
    verb = child.head
    asked = any(token.dep_ == "neg" for token in verb.children) and not any(
        token.dep_ in ("dobj", "advmod", "prep") and token.i > verb.i for token in verb.children)
    marked = any((grandchild.dep_ == "mark" and grandchild.lower_ not in ("that", "whether"))
                 or (grandchild.tag_ == "WRB" and not asked) for grandchild in child.children)
    return subject and not marked


def addressee_clauses(verb: Token) -> list[Token]:
    """The "that" clause the parser hung as a relative clause on the verb's object or on a phrase
    of time: in "he told a meeting of farmers that few people knew the risk" and "the paper
    reported at the time that the editor had quit", "that" is no relative pronoun but the
    clause's conjunction, which the parser marks so or as an adverb, and the clause has a
    subject of its own."""
    nouns = [child for child in verb.children if child.dep_ == "dobj"]
    nouns += [grandchild for child in verb.children if child.dep_ == "prep"
              for grandchild in child.children if grandchild.dep_ == "pobj"]
    return [token for noun in nouns for token in noun.subtree
            if token.dep_ == "relcl" and any(child.dep_ == "nsubj" for child in token.children)
            and any(child.dep_ in ("mark", "advmod") and child.lower_ == "that" for child in token.children)]


def inverted_complement(verb: Token) -> Token | None:
    """The clause a cue verb opening a subordinate clause hangs on when it is the verb's own
    complement: in "While he admitted the plan was late, ...", the parser may make "admitted" an
    adverbial clause of "was", whose subject follows the cue right away. None for a verb with an
    object of its own or a clause that does not follow it so ("When she left, the crowd cheered")."""
    host = verb.head
    if verb.dep_ != "advcl" or host.i < verb.i or host.pos_ not in ("VERB", "AUX"):
        return None
    if not any(child.dep_ == "mark" for child in verb.children) or any(child.dep_ == "dobj" for child in verb.children):
        return None
    subject = next((child for child in host.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    return host if subject is not None and subject.left_edge.i == verb.right_edge.i + 1 else None


def noun_speaker(noun: Token) -> Token | None:
    """Whose claim, plan or criticism the noun is: its possessor ("the mayor's claim"; for "her
    plan" the subject of a verb presenting or holding it, `presenter`), "by/from
    X", a name before it ("a Times report"), or the subject of a verb of expressing ("The
    council expressed concern") or, for a view or plan, of holding ("has doubts") or of a verb
    it comes "with" ("left with the hope that"); None when the phrase names nobody ("the claim
    that ...")."""
    for child in noun.children:
        if child.dep_ == "poss":
            # "The mayor laid out her plan": the pronoun stands for the subject who presents or holds it.
            return (presenter(noun) if child.tag_ == "PRP$" else None) or child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((grandchild for grandchild in child.children if grandchild.dep_ == "pobj"), None)
        if child.dep_ in ("compound", "amod") and child.i < noun.i and child.ent_type_ in HOLDER_ENTITIES:
            return child
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in EXPRESSING_VERBS:
        return speaker_head(noun.head)
    holding = noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLDING_VERBS
    # "left with the hope that ...": the noun comes with the verb's subject
    carried = noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB"
    verb = noun.head.head if carried else noun.head
    if (holding or carried) and CUE_NOUNS[noun.lemma_.lower()].word_class != "judgment":
        return speaker_head(verb)
    return None


def presenter(noun: Token) -> Token | None:
    """The subject of the verb of expressing or holding the noun is the object of ("The mayor
    unveiled her plan", "promoted his view"), not for support or criticism held ("The mayor has
    her support" is someone else's); None otherwise."""
    if noun.dep_ != "dobj":
        return None
    verb = noun.head.lemma_.lower()
    holding = verb in HOLDING_VERBS and CUE_NOUNS[noun.lemma_.lower()].word_class != "judgment"
    return speaker_head(noun.head) if verb in EXPRESSING_VERBS or holding else None


def cue_lemma(token: Token) -> str:
    """The verb's lemma, mended where the lemmatizer drops a final "e" ("hopes" -> "hop", "rated" -> "rat")
    or adds one ("retweeted" -> "retweete").

    The word keeps its "e" before -s and -d ("hopes", "hoped"), and "hoping" has a single
    consonant where "hopping" doubles it, so the mended lemma is taken only then.
    """
    lemma, word = token.lemma_.lower(), token.lower_
    if lemma not in CUE_VERBS and lemma.endswith("e") and lemma[:-1] in CUE_VERBS:
        return lemma[:-1]
    if lemma in CUE_VERBS or lemma + "e" not in CUE_VERBS:
        return lemma
    return lemma + "e" if word.startswith(lemma + "e") or word == lemma + "ing" else lemma


def attributed_phrases(verb: Token, complements: frozenset[str]) -> list[Token]:
    """The heads of the phrases a cue verb attributes besides a clause (see cue_verbs.tsv).

    A direct object counts for "object" verbs, and so does the subject of their passive
    ("the plan was criticized by the mayor"); for "named" verbs only together with what
    it is called ("called the plan a disaster", "described him as reckless"), since
    "called the minister" alone is a phone call; for "faulted" verbs only together with the
    fault found or what it is called ("attacked the mayor for the delay", "blasted the plan
    as a giveaway"), since "attacked the town" is no attribution; for "document" verbs only
    when it is a text or message ("sent a letter", never "sent troops"). A listed preposition's object counts
    for either ("called for a recount"), unless it is a time ("called on Monday") or a
    relative pronoun ("the deal that the union complained about"). An object "what" names
    nothing ("what the mayor promised"), except with what it is called ("condemned what he
    called a breach").
    """
    passive = any(child.dep_ == "nsubjpass" for child in verb.children)
    object_deps = ("dobj", "nsubjpass") if passive else ("dobj",)
    objects = [child for child in verb.children if child.dep_ in object_deps and child.tag_ not in WH_TAGS]
    objects += [child for child in verb.children if is_named_relative(child)]  # "condemned what he called a breach"
    objects += [child for child in verb.children if is_gerund_object(child)]  # "cited improving the harbor"
    # What the object is called; the parser may take a noun phrase there for an adverbial one
    # ("called the closure a disgrace"), unlike a time ("called the minister last week").
    predicates = [child for child in verb.children
                  if child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as")
                  or (child.dep_ == "npadvmod" and child.pos_ == "NOUN" and child.ent_type_ not in TIME_ENTITIES
                      and any(obj.i < child.i for obj in objects))]
    faults = [child for child in verb.children if child.dep_ == "prep" and child.lower_ in ("for", "as")
              and not any(grandchild.ent_type_ in TIME_ENTITIES for grandchild in child.children)]
    heads = []
    if OBJECT in complements or (NAMED in complements and predicates):
        heads += objects + (predicates if objects else [])
    elif FAULTED in complements and faults and objects:
        heads += objects + faults
    elif DOCUMENT in complements:
        heads += [head for head in objects if head.lemma_.lower() in DOCUMENT_NOUNS]  # "sent a letter"
    # The parser may hang an adjective's preposition on its "to be" ("is bearish on the market"), and
    # an object noun's on the verb ("made the case for a recount").
    hung = verb.pos_ == "ADJ" or (verb.pos_ == "NOUN" and verb.dep_ == "dobj")
    after = [child for child in verb.head.children if child.i == verb.right_edge.i + 1] if hung else []
    for child in [*verb.children, *after]:
        if child.dep_ == "prep" and child.lower_ in complements:
            heads += [grandchild for grandchild in child.children if grandchild.dep_ in ("pobj", "pcomp")
                      and grandchild.ent_type_ not in TIME_ENTITIES and grandchild.tag_ not in WH_TAGS]
    return sorted(heads, key=lambda head: head.i)


def felt_stimulus(verb: Token) -> tuple[Token, Token] | None:
    """The subject and the object of a verb of feeling in the active voice: what is felt about and
    who feels it ("The delay worries the farmers"); None without both or in the passive."""
    if verb.pos_ != "VERB" or is_passive(verb):
        return None
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    feeler = next((child for child in verb.children
                   if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return (subject, feeler) if subject is not None and feeler is not None else None


def is_gerund_object(clause: Token) -> bool:
    """True for a gerund without a subject that the parser hangs on a verb as a clause where it is
    the verb's object: "The mayor cited improving the harbor as her priority"."""
    return (clause.dep_ in ("xcomp", "ccomp") and clause.tag_ == "VBG" and clause.i > clause.head.i
            and not any(child.dep_ in ("nsubj", "nsubjpass", "aux") for child in clause.children))


def is_named_relative(clause: Token) -> bool:
    """True for "what X called Y" as the object of a verb, which the parser reads as a clause:
    what the object is, in someone's words."""
    return (clause.dep_ == "ccomp" and clause.lemma_.lower() in NAMING_VERBS
            and any(child.dep_ == "dobj" and child.tag_ in WH_TAGS for child in clause.children))


def speaker_head(verb: Token) -> Token | None:
    """Who speaks: the verb's subject or passive agent (events.extractor.source_head), or for a
    verb after a preposition of time ("after saying that ...") the subject of the clause it
    modifies ("without saying" says nothing); for a verb describing a document, the document's
    author (`utterance_author`)."""
    if is_bare_participle(verb):
        return None  # "Asked about the deal, Clinton said ...": Clinton was asked
    if (reporting := continued_report(verb) or reporting_before(verb)) is not None:
        return speaker_head(reporting)
    if (shown := shown_speaking(verb)) is not None:
        return shown
    if (controller := object_controller(verb)) is not None:
        return controller
    if asked_addressee(verb) is not None:
        # "X called on Y to denounce Z": Y is asked and has said nothing; the words are X's appeal.
        return speaker_head(verb.head)
    head = relative_clause_subject(verb) or source_head(verb) or stranded_subject(verb)
    preposition = verb.head
    if head is None and verb.dep_ == "pcomp" and preposition.lower_ in TEMPORAL_PREPOSITIONS:
        head = source_head(preposition.head) if preposition.head.pos_ in ("VERB", "AUX") else None
    if head is not None and head == verb.head and verb.dep_ in ("acl", "relcl"):
        head = utterance_author(head) or head
    if head is not None and head.is_punct:  # a mark the parser took for a subject, perhaps beside the real one
        subjects = (child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") and not child.is_punct)
        head = next(subjects, None)
    return nearest_subject(verb, head)


def nearest_subject(verb: Token, head: Token | None) -> Token | None:
    """Of two subjects the parser gives the verb before it, the one next to it: the other is a
    heading or label run into the sentence ("THE BORROWING Back then, Smith said ...", "The
    Latest: Smith urges ..."); `head` itself otherwise."""
    subjects = [child for child in verb.lefts if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ not in WH_TAGS]
    return subjects[-1] if head is not None and len(subjects) > 1 and head == subjects[0] else head


def relative_clause_subject(verb: Token) -> Token | None:
    """The subject of a relative clause whose pronoun the parser took for a second subject: in
    "the reasons that the mayor refuses to ...", the mayor refuses, not the reasons."""
    if verb.dep_ != "relcl":
        return None
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    relative = [subject for subject in subjects if subject.tag_ in WH_TAGS]
    named = [subject for subject in subjects if subject.tag_ not in WH_TAGS]
    return named[0] if relative and named else None


def object_controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive completes, who does what it says: in "The senator
    forced the banker to admit that ...", the banker admits; not words or an occasion the subject
    uses to say it: in "The senator used blunt language to condemn ...", the senator condemns."""
    if verb.dep_ != "xcomp" or any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return None
    controller = next((child for child in verb.head.children if child.dep_ == "dobj" and child.i < verb.i), None)
    return None if controller is None or controller.lemma_.lower() in UTTERANCE_NOUNS else controller


def shown_speaking(verb: Token) -> Token | None:
    """The person a gerund without a subject follows as an object: "footage of Clinton asking ...",
    "The ad shows Clinton saying ...", whom the parser may leave for the subject of the main verb."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    return before if before.ent_type_ == "PERSON" and before.dep_ in ("pobj", "dobj") else None


def reporting_before(verb: Token) -> Token | None:
    """The speech verb right before the comma that a participle without a subject follows ("X said,
    adding that ...", "X said, going on to say that ..."), where the parser hangs the participle
    on another verb; None otherwise."""
    participle = verb.head if verb.dep_ == "xcomp" else verb  # "going on to say": the participle is "going"
    if (participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < 2
            or any(child.dep_ in ("nsubj", "nsubjpass") for child in participle.children)):
        return None
    comma, reporting = participle.doc[participle.i - 1], participle.doc[participle.i - 2]
    if comma.text != "," or not is_speech_verb(reporting) or participle.head == reporting:
        return None
    return reporting


def after_comma(token: Token) -> bool:
    """True when a comma comes right before the token, perhaps with a closing quote mark between (`," adding`)."""
    before = token.i - 1
    while before >= 0 and QUOTE_MARK.fullmatch(token.doc[before].text):
        before -= 1
    return before >= 0 and token.doc[before].text == ","


def added_report(participle: Token) -> Token | None:
    """The reporting verb whose clause a participle after a comma closes: in "X said he did not
    believe it, arguing that ...", X argues; None outside a reported clause."""
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in participle.children):
        return None
    token = participle.head
    while token.dep_ != "ccomp" and token.head.i != token.i:
        token = token.head
    return token.head if token.dep_ == "ccomp" and token.head.pos_ == "VERB" and cue_entry(token.head) else None


def stranded_subject(verb: Token) -> Token | None:
    """Names right before a main verb without a subject that the parser joined to the clause
    before: in "Whenever there is an attack on the war, Obama and Clinton call them ...",
    "Obama and Clinton" hang on "war" as conjuncts. The first name of the run speaks, also for
    a verb conjoined to that one ("... call them X and describe their acts as Y"). So does a
    name right before the verb that the parser took for the object of a preposition, as when no
    comma closes a fronted phrase: "At a meeting with the board of the Gazette Smith said ..."."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.i == verb.sent.start:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in HOLDER_ENTITIES:
        return None
    if name.dep_ == "pobj":
        return name
    if name.dep_ != "conj":
        return None
    while name.head.dep_ == "conj" and name.head.pos_ == "PROPN":
        name = name.head
    first = name.head if name.head.pos_ == "PROPN" and name.head.ent_type_ in HOLDER_ENTITIES else name
    before = verb.doc[first.i - 1] if first.i > verb.sent.start else None
    return first if before is None or before.is_punct else None


def is_bare_participle(verb: Token) -> bool:
    """A past participle opening an adverbial clause without auxiliaries ("Asked about the deal,
    ...") or after "with" ("with the governor expected to attend", where the parser takes the
    governor for its subject and may tag the participle as a past tense, which follows "with"
    only in a clause of "what": "with what critics called fraud"): a passive whose agent the
    text does not name."""
    if any(child.dep_.startswith("aux") or child.tag_ in WH_TAGS for child in verb.children):
        return False
    absolute = verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without") and verb.tag_ in ("VBN", "VBD")
    return absolute or (verb.tag_ == "VBN" and verb.dep_ == "advcl")


def continued_report(verb: Token) -> Token | None:
    """The reporting verb a verb inside its reported clause really continues: a participle after a
    comma closing the clause (`added_report`), or a conjunct the parser hangs on the clause.

    In "X said he would order a review and warned against hackers", "warned" has no subject
    of its own and the tense of "said", not of the clause "he would order": X warned. So is
    a speech verb in the tense of both ("X said Y lied and warned that ..."). None for a
    conjunct of the clause itself ("X said he lost and moved away"). The clause may be one the
    parser took for an adverbial one, and a cue heading the sentence tagged as a participle
    without an auxiliary is in the past tense.
    """
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and is_speech_verb(verb) and after_comma(verb):
        return added_report(verb)
    clause = verb.head
    reported = clause.dep_ == "ccomp" or is_misparsed_complement(clause)
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or not reported or verb.tag_ not in ("VBD", "VBZ"):
        return None
    reporting = clause.head
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children) or reporting.pos_ != "VERB":
        return None
    own_subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in clause.children)
    # A participle without an auxiliary heading the sentence is a past tense the tagger misread.
    bare = reporting.tag_ == "VBN" and not any(child.dep_.startswith("aux") for child in reporting.children)
    same_tense = ("VBD" if bare else reporting.tag_) == verb.tag_
    return reporting if own_subject and same_tense and (clause.tag_ != verb.tag_ or is_speech_verb(verb)) else None


def utterance_author(noun: Token) -> Token | None:
    """Who wrote or gave the statement, letter or tweets a cue verb describes, when the text says.

    "The council issued a statement condemning the test": the council condemns, by the
    subject of the verb the noun is the object of; likewise "his statement condemning", "a
    statement from the council condemning" and "a letter the council sent". A document nobody
    is named for speaks itself.
    """
    if noun.lemma_.lower() not in UTTERANCE_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("from", "by")):
            return child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
        writer = next((c for c in child.children if c.dep_ == "nsubj"), None) if child.dep_ == "relcl" else None
        if writer is not None and writer.tag_ not in WH_TAGS:
            return writer  # "a speech the mayor delivered"
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a series of tweets": where the series stands
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return source_head(noun.head)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return source_head(noun.head.head)  # "a series of tweets criticizing", "in a statement saying"
    return None


def according_to_source(according: Token) -> Token | None:
    """X in "according to X", or None when "according" is not that phrase; for a statement or
    speech someone made ("according to a speech the mayor gave"), its author."""
    to = next((child for child in according.children if child.lower_ == "to"), None)
    source = next((child for child in to.children if child.dep_ == "pobj"), None) if to is not None else None
    if source is None and to is not None:
        # What follows "according to" is a noun phrase: a verb there is a misread noun ("according
        # to show insiders"), whose object is the phrase's head.
        misread = next((child for child in to.children if child.dep_ == "pcomp" and child.pos_ == "VERB"), None)
        source = next((child for child in misread.children if child.dep_ == "dobj"), None) if misread else None
    return (utterance_author(source) or source) if source is not None else None


def cue_text(cue: Token | None) -> str | None:
    if cue is None:
        return None
    return "according to" if cue.lower_ == "according" else cue.text


def split_runs(tokens: list[Token]) -> list[list[Token]]:
    """Tokens (in order) cut into runs of consecutive indexes."""
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda token: token.i):
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def contains(pieces: Sequence[tuple[int, int]], char: int) -> bool:
    return any(start <= char < end for start, end in pieces)


def overlaps(first: Sequence[tuple[int, int]], second: Sequence[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in first for c, d in second)


def shift(span: tuple[int, int], offset: int) -> tuple[int, int]:
    return span[0] + offset, span[1] + offset
