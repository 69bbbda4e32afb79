"""Attributed quotes: who said what in one parsed document.

    actors = DocumentActors(doc, ActorBase.default(), date)
    for quote in find_quotes(doc, actors, document.id):
        print(quote.speaker_text, quote.cue, quote.text)

What counts as a quote, and whose it is:

- Direct quotes are the text between double quote marks, straight (") or curly (“ ”).
  Marks pair within a paragraph. A paragraph that opens a quote without closing it
  continues into the next paragraph when that one opens with a quote mark (the news
  convention for long quotes); otherwise the quote ends with its paragraph.
- One cue, one quote: `"A," he said. "B."` is one Quote, as in PolNeAR, where contiguous
  content from one cue is one attribution. Its `span` runs from the start of A to the end
  of B (so it contains the attribution between them) and its `text` joins the pieces
  ("A B"). Quoted spans with only punctuation between them are one quote as well.
- The cue of a direct quote is, in order: a verb after the quote in the same sentence
  when the quote ends open (`"A," X said`, `"A?" asked X`: the news convention makes any
  verb there the speech verb), a speech verb after it in the same sentence, "according
  to X" on either side, or a speech verb before it in the same sentence that governs it
  or stands before a colon or comma (`X said: "A."`). The speaker is the cue's subject.
- A quote with no cue of its own that stands as a sentence of its own (at least four
  words) takes the attribution of the sentence before it: a quote attributed there, or a
  speech verb with a subject ("X said on Monday."); else its speaker is None.
- Scare quotes are skipped: a quoted span inside a sentence with no speech cue, which is
  always so for 1-3 words (`the so-called "peace plan"`). Longer cue-less spans inside a
  sentence (titles, slogans, partial quotes whose speaker the sentence does not name)
  are skipped too, since nothing says who said them.
- Indirect quotes: a speech verb outside quote marks with a clausal complement (ccomp):
  content = the complement, speaker = the verb's subject (through conjoined verbs,
  participles as in "adding that ...", relative clauses as in "who said ...", and passive
  agents). "according to X": content = the rest of the clause, speaker = X. Quoted words
  inside such a complement (`X said the plan was "dead on arrival"`) belong to the
  indirect quote and are not a quote of their own.
- Only the outermost report is a quote: a speech verb inside quote marks or inside
  another report's content is the reported speaker's wording, not the article's
  attribution ("X said Y claimed that ..." is X's quote).
- Speakers are coded with `DocumentActors.code_mention`. A "he" or "she" it cannot
  resolve takes the code of the latest quote's speaker named with a proper noun or role
  noun, since news attributes a run of quotes to the person last named.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass, replace
from typing import Any

from spacy.tokens import Doc, Token

from newsevents.actors import DocumentActors
from newsevents.events.extractor import source_head
from newsevents.records import ActorMention

# Verbs that attribute a statement or a belief to someone, as lemmas. A general English
# list, not drawn from any corpus; PolNeAR, like most attribution schemes, counts beliefs
# and findings ("polls show that ...") as attributions, so cognition verbs are in it.
# events.extractor.SPEECH_VERBS is narrower: the verbs that make an event "reported".
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "announce", "add", "claim", "warn", "insist", "argue", "stress",
    "note", "explain", "write", "tweet", "post", "ask", "reply", "respond", "answer",
    "declare", "assert", "contend", "maintain", "acknowledge", "admit", "concede", "deny",
    "confirm", "report", "suggest", "predict", "promise", "vow", "pledge", "complain",
    "allege", "charge", "emphasize", "emphasise", "recall", "remark", "observe", "comment",
    "mention", "reveal", "disclose", "indicate", "caution", "agree", "believe", "think",
    "feel", "expect", "hope", "fear", "worry", "doubt", "suspect", "conclude", "estimate",
    "find", "show", "testify", "boast", "joke", "quip", "recount", "counter", "retort",
    "point", "signal", "hint", "wonder", "speculate", "acknowledge", "concur",
})  # fmt: skip

OPENING_MARK, CLOSING_MARK, STRAIGHT_MARK = "“", "”", '"'
QUOTE_MARKS = OPENING_MARK + CLOSING_MARK + STRAIGHT_MARK
SENTENCE_END = frozenset({".", "!", "?"})
OPEN_ENDINGS = (",", "?", "!", "—", "–", "-", "…", ":")
"""How a quote ends when its attribution follows in the same sentence (`"A," he said`)."""
AFTER_OPENING = " \t\n([{—–-/"
"""Characters a quote can open after: a straight mark after one of these opens a quote."""
MIN_STANDALONE_WORDS = 4
"""Cue-less quotes shorter than this are scare quotes, titles or nicknames."""
PERSON_PRONOUNS = frozenset({"he", "she"})


@dataclass(frozen=True)
class Quote:
    """A statement the article attributes to someone.

    `span` and `speaker_span` are character spans in the document text. For a direct
    quote `text` is the quoted content without quote marks; for a quote in pieces (split
    around its attribution, or over paragraphs) `span` runs from the first piece's start
    to the last piece's end and `text` joins the pieces with a space. `speaker` is the
    coded actor (None when the phrase names no actor that DocumentActors can code);
    `speaker_text` and `speaker_span` give the phrase as written even then, and all three
    are None when nothing names the speaker. `cue` is the speech verb as written, or
    "according to"; None for a quote attributed by an adjacent sentence's quote.
    `sentence_index` counts sentences in the document, where the content starts.
    """

    doc_id: str
    text: str
    span: tuple[int, int]
    direct: bool
    speaker: ActorMention | None
    speaker_text: str | None
    speaker_span: tuple[int, int] | None
    cue: str | None
    sentence_index: int

    def to_dict(self) -> dict[str, Any]:
        """The quote as JSON-ready values (lists for spans, the speaker as a nested object)."""
        record = asdict(self)
        record["span"] = list(self.span)
        record["speaker_span"] = list(self.speaker_span) if self.speaker_span else None
        if record["speaker"] is not None:
            record["speaker"]["span"] = list(self.speaker.span)
        return record


def find_quotes(
    doc: Doc, actors: DocumentActors, doc_id: str, offset: int = 0, first_sentence_index: int = 0
) -> list[Quote]:
    """The quotes of one parsed document (or piece of one), in text order.

    `actors` must be the DocumentActors of `doc`. `offset` is where `doc` starts in the
    document text and `first_sentence_index` the index of its first sentence, so a long
    document parsed in pieces gets spans and sentence indexes in whole-document terms.
    """
    finder = _QuoteFinder(doc, actors)
    return [finder.to_quote(found, doc_id, offset, first_sentence_index) for found in finder.find()]


@dataclass(frozen=True)
class _Region:
    """A run of text between quote marks: content pieces (marks excluded) and the outer extent with marks."""

    pieces: tuple[tuple[int, int], ...]
    outer: tuple[int, int]


@dataclass(frozen=True)
class _Attribution:
    cue: Token | None  # the speech verb, or "according" of "according to"
    speaker: Token | None  # head of the speaker phrase


@dataclass
class _Found:
    pieces: list[tuple[int, int]]  # character spans of the content in doc.text
    direct: bool
    attribution: _Attribution
    cue_after: bool = False  # the cue follows the content, so a later quoted piece may resume it


@dataclass(frozen=True)
class _Report:
    """An indirect quote candidate: a speech verb (or "according to") and the clause it attributes."""

    attribution: _Attribution
    pieces: tuple[tuple[int, int], ...]
    head: Token  # the head of the attributed clause


class _QuoteFinder:
    """Finds the quotes of one Doc; holds the quote regions and paragraphs it needs for that."""

    def __init__(self, doc: Doc, actors: DocumentActors) -> None:
        self.doc = doc
        self.actors = actors
        self.paragraph_starts = paragraph_starts(doc.text)
        self.regions = merge_touching(quoted_regions(doc.text), doc.text)
        self.token_starts = [token.idx for token in doc]
        self.region_of_token = self._region_of_token()
        self.sentence_starts = [sentence.start_char for sentence in doc.sents]
        self._quote_speakers: list[Token] = []

    def find(self) -> list[_Found]:
        reports = self._outermost(self._reports())
        direct = self._direct_quotes(reports)
        used_cues = {found.attribution.cue.i for found in direct if found.attribution.cue is not None}
        indirect = [
            _Found(list(report.pieces), False, report.attribution)
            for report in reports
            if report.attribution.cue.i not in used_cues
            and not any(overlaps(report.pieces, found.pieces) for found in direct)
        ]
        return sorted(direct + indirect, key=lambda found: found.pieces[0])

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
        """Unquoted words from token `start` in direction `step`, up to a sentence end, quote or line break."""
        frame: list[Token] = []
        index = start
        while 0 <= index < len(self.doc):
            token = self.doc[index]
            if index in self.region_of_token or "\n" in token.text or token.text in SENTENCE_END:
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
        reports = []
        for token in self.doc:
            if token.i in self.region_of_token:
                continue  # the quoted speaker's own words
            if token.lower_ == "according":
                report = self._according_to(token)
            elif is_speech_verb(token):
                report = self._complement_report(token)
            else:
                report = None
            if report is not None:
                reports.append(report)
        return reports

    def _complement_report(self, verb: Token) -> _Report | None:
        complement = next((child for child in verb.children if child.dep_ == "ccomp"), None)
        if complement is None:
            return None
        piece = self.trimmed(list(complement.subtree))
        if piece is None:
            return None
        return _Report(_Attribution(verb, source_head(verb)), (piece,), complement)

    def _according_to(self, according: Token) -> _Report | None:
        """ "according to X": the attributed clause is the rest of the clause "according" modifies."""
        speaker = according_to_source(according)
        if speaker is None:
            return None
        clause = according.head if according.head.pos_ in ("VERB", "AUX") else according.sent.root
        phrase = {token.i for token in according.subtree}
        tokens = [token for token in clause.subtree if token.i not in phrase]
        runs = split_runs(tokens)
        pieces = tuple(piece for run in runs if (piece := self.trimmed(run)) is not None)
        if not pieces:
            return None
        return _Report(_Attribution(according, speaker), pieces, clause)

    def trimmed(self, tokens: list[Token]) -> tuple[int, int] | None:
        """The character span of the tokens without punctuation and spaces at either end."""
        words = [token for token in tokens if not (token.is_punct or token.is_space)]
        if not words:
            return None
        return words[0].idx, words[-1].idx + len(words[-1].text)

    def _outermost(self, reports: list[_Report]) -> list[_Report]:
        """Drop reports whose cue is inside another report's content: the outer speaker's words."""
        return [
            report
            for report in reports
            if not any(
                other is not report and contains(other.pieces, report.attribution.cue.idx) for other in reports
            )
        ]

    # Direct quotes -----------------------------------------------------------------

    def _direct_quotes(self, reports: list[_Report]) -> list[_Found]:
        found: list[_Found] = []
        for region in self.regions:
            if any(self._embedded(region, report) for report in reports):
                continue  # quoted words inside an indirect quote belong to it
            attribution = self._own_attribution(region)
            if found and self._continues(found[-1], region, attribution):
                found[-1].pieces.extend(region.pieces)
            elif attribution is not None:
                cue_after = attribution.cue is not None and attribution.cue.idx >= region.outer[1]
                found.append(_Found(list(region.pieces), True, attribution, cue_after))
            elif self._stands_alone(region):
                found.append(_Found(list(region.pieces), True, self._adjacent_attribution(region, found, reports)))
        return found

    def _embedded(self, region: _Region, report: _Report) -> bool:
        """True when the region sits inside the report's clause without being that clause."""
        head_inside = contains(region.pieces, report.head.idx)
        return not head_inside and all(contains(report.pieces, start) for start, _ in region.pieces)

    def _own_attribution(self, region: _Region) -> _Attribution | None:
        """The cue in the region's own sentence: after an open-ended quote, else before the quote."""
        leading = self.leading_frame(region)
        if self._ends_open(region):
            trailing = self.trailing_frame(region)
            # A quote opening its sentence and ending open is attributed by the verb after it,
            # whatever the verb ("he quipped"); inside a sentence only a speech verb does.
            for token in trailing:
                if token.lower_ == "according" and (speaker := according_to_source(token)) is not None:
                    return _Attribution(token, speaker)
                if token.pos_ == "VERB" and (is_speech_verb(token) or not leading):
                    return _Attribution(token, source_head(token))
        for token in reversed(leading):
            if token.lower_ == "according" and (speaker := according_to_source(token)) is not None:
                return _Attribution(token, speaker)
        return self._leading_attribution(region, leading)

    def _leading_attribution(self, region: _Region, leading: list[Token]) -> _Attribution | None:
        """A speech verb before the quote that governs it, or introduces it with a colon or comma."""
        introduces = bool(leading) and leading[-1].text in (":", ",")
        quoted = self.doc.char_span(*region.outer, alignment_mode="expand") or ()
        for token in reversed(leading):
            if is_speech_verb(token) and (introduces or any(token in word.ancestors for word in quoted)):
                return _Attribution(token, source_head(token))
        return None

    def _ends_open(self, region: _Region) -> bool:
        """True when the quote's punctuation says its sentence goes on (`"A," he said`, `"A", he said`)."""
        text = self.doc.text
        inside = text[region.pieces[-1][0] : region.outer[1]].rstrip(QUOTE_MARKS + " \n")
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
        words = sum(len(self.doc.text[start:end].split()) for start, end in region.pieces)
        return words >= MIN_STANDALONE_WORDS and not self.leading_frame(region)

    def _adjacent_attribution(self, region: _Region, found: list[_Found], reports: list[_Report]) -> _Attribution:
        """The attribution made in the sentence before the region.

        That is the speaker of the latest quote with its cue or content there, else a speech
        verb there with a subject ("X said on Monday."); else no attribution at all.
        """
        before = self.token_at(region.outer[0]) - 1
        while before >= 0 and (self.doc[before].is_space or self.doc[before].text in QUOTE_MARKS):
            before -= 1
        if before < 0:
            return _Attribution(None, None)
        sentence = self.doc[before].sent
        span = [(sentence.start_char, sentence.end_char)]
        earlier = [(quote.pieces, quote.attribution) for quote in found]
        earlier += [(list(report.pieces), report.attribution) for report in reports]
        there = [
            (pieces, attribution) for pieces, attribution in earlier
            if overlaps(pieces, span) or (attribution.cue is not None and contains(span, attribution.cue.idx))
        ]
        if there:
            _, latest = max(there, key=lambda item: item[0][-1][1])
            return _Attribution(None, latest.speaker)
        for token in reversed(sentence):
            if token.i not in self.region_of_token and is_speech_verb(token) and (speaker := source_head(token)):
                return _Attribution(token, speaker)
        return _Attribution(None, None)

    # Records -----------------------------------------------------------------------

    def to_quote(self, found: _Found, doc_id: str, offset: int, first_sentence_index: int) -> Quote:
        start, end = found.pieces[0][0], found.pieces[-1][1]
        text = " ".join(self.doc.text[a:b] for a, b in found.pieces)
        speaker, speaker_text, speaker_span = self._speaker(found.attribution.speaker)
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

    def _speaker(self, head: Token | None) -> tuple[ActorMention | None, str | None, tuple[int, int] | None]:
        """The coded speaker, its phrase and the phrase's span (quotes must be built in text order)."""
        if head is None:
            return None, None, None
        start, end = self.actors.mention_span(head)
        phrase = self.doc[start:end]
        mention = self.actors.code_mention(head)
        if mention is None and head.lower_ in PERSON_PRONOUNS:
            mention = self._latest_speaker_code(head)
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


def is_opening(text: str, position: int) -> bool:
    """Whether the quote mark at `position` opens a quote.

    Curly marks say so themselves unless their context contradicts them (“A,“ typed with
    the wrong mark); a straight mark opens when it follows a space, an opening bracket or
    dash, or starts the text.
    """
    mark = text[position]
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    opening_context = before in AFTER_OPENING and not after.isspace()
    closing_context = not before.isspace() and (after.isspace() or not after.isalnum())
    if mark == OPENING_MARK:
        return not (closing_context and not opening_context)
    if mark == CLOSING_MARK:
        return opening_context and not closing_context
    return before in AFTER_OPENING


def quoted_regions(text: str) -> list[_Region]:
    """The quoted runs of the text, paired within paragraphs (see the module docstring)."""
    regions: list[_Region] = []
    pieces: list[tuple[int, int]] = []
    open_at: int | None = None  # the opening mark of the quote in progress
    content_start: int | None = None  # where its current piece starts
    resume_at: int | None = None  # the mark that reopens it in the next paragraph
    for match in re.finditer(r'["“”\n]', text):
        position = match.start()
        if resume_at is not None:
            if position == resume_at:
                content_start, resume_at = position + 1, None
            continue
        if content_start is None:
            if text[position] != "\n" and is_opening(text, position):
                open_at, content_start = position, position + 1
            continue
        pieces.append((content_start, position))
        if text[position] == "\n":
            resume_at = reopening_mark(text, position)
            if resume_at is not None:
                content_start = None
                continue
            closed_at = position  # an unclosed quote ends with its paragraph
        else:
            closed_at = position if is_opening(text, position) else position + 1
        regions.append(_Region(tuple(pieces), (open_at, closed_at)))
        pieces, open_at, content_start = [], None, None
        if text[position] != "\n" and closed_at == position:
            # A new opening mark in an open quote: the earlier mark was never closed.
            open_at, content_start = position, position + 1
    if content_start is not None:
        pieces.append((content_start, len(text)))
        regions.append(_Region(tuple(pieces), (open_at, len(text))))
    return [cleaned for region in regions if (cleaned := clean_region(region, text)) is not None]


def reopening_mark(text: str, newline: int) -> int | None:
    """The position of the quote mark that opens the next paragraph, if it opens one."""
    rest = text[newline:].lstrip()
    position = len(text) - len(rest)
    return position if rest[:1] in QUOTE_MARKS and is_opening(text, position) else None


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


def is_speech_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS


def according_to_source(according: Token) -> Token | None:
    """X in "according to X", or None when "according" is not that phrase."""
    to = next((child for child in according.children if child.lower_ == "to"), None)
    return next((child for child in to.children if child.dep_ == "pobj"), None) if to is not None else None


def cue_text(cue: Token | None) -> str | None:
    if cue is None:
        return None
    return f"{cue.text} to" if cue.lower_ == "according" else cue.text


def split_runs(tokens: list[Token]) -> list[list[Token]]:
    """Tokens (in order) cut into runs of consecutive indexes."""
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda token: token.i):
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def contains(pieces: tuple[tuple[int, int], ...] | list[tuple[int, int]], char: int) -> bool:
    return any(start <= char < end for start, end in pieces)


def overlaps(first: tuple[tuple[int, int], ...] | list[tuple[int, int]], second: list[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in first for c, d in second)


def shift(span: tuple[int, int], offset: int) -> tuple[int, int]:
    return span[0] + offset, span[1] + offset
