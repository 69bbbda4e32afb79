"""The typed records that stages hand each other.

Every stage takes and returns these plain dataclasses; no spaCy object crosses a
stage or process boundary. `Event.to_dict()` is the stable public Event JSON
described in docs/event-schema.md: fields may be added, never renamed.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Document:
    """One news article as read from any input format."""

    id: str
    text: str
    date: str | None = None  # publication date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class DocumentError:
    """An input that could not become a Document: reported, never silently dropped."""

    path: str
    line: int | None
    reason: str
    doc_id: str | None = None


@dataclass(frozen=True)
class ActorMention:
    """An actor as it appears in a sentence, with its CAMEO-style code.

    `span` is a character span in the document text. `code` is country + sector
    (`TURGOV`), an IGO code (`IGOUNO`), or `---` + sector when the country is unknown.
    """

    text: str
    span: tuple[int, int]
    code: str
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None  # country | admin | city | region | landmark


@dataclass
class Event:
    """One coded interaction: who did what to whom, when and where, with its sentence."""

    doc_id: str
    sentence_index: int
    sentence: str
    sentence_span: tuple[int, int]
    source: ActorMention
    target: ActorMention | None
    trigger: str
    trigger_span: tuple[int, int]
    cameo: str
    cameo_root: str
    goldstein: float | None  # None for a code of an imported dictionary's own (not CAMEO)
    quad_class: int | None  # likewise
    plover: str | None  # None for CAMEO 01x statements, which PLOVER does not type, and for such codes
    mode: str | None
    negated: bool = False
    hypothetical: bool = False
    reported: bool = False
    date: str | None = None
    date_granularity: str | None = None  # day | month | year
    date_source: str | None = None  # explicit | relative | publication
    location: Location | None = None
    confidence: float = 0.5
    coder_version: str = ""
    quote_id: str | None = None  # for statements (CAMEO 01x): the quote that carries them
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = event_id(self.doc_id, self.sentence_index, self.source, self.cameo, self.target)

    def to_dict(self) -> dict:
        """The Event JSON of docs/event-schema.md (lists for spans, nested actors)."""
        record = asdict(self)
        record["sentence_span"] = list(self.sentence_span)
        record["trigger_span"] = list(self.trigger_span)
        for role in ("source", "target"):
            if record[role] is not None:
                record[role]["span"] = list(record[role]["span"])
        return {"id": record.pop("id"), **record}


def event_id(doc_id: str, sentence_index: int, source: ActorMention, cameo: str, target: ActorMention | None) -> str:
    """A deterministic id: the same document coded twice gives the same event ids."""
    target_key = f"{target.code}@{target.span[0]}" if target else "-"
    key = f"{doc_id}|{sentence_index}|{source.code}@{source.span[0]}|{cameo}|{target_key}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Quote:
    """A statement the article attributes to someone.

    `span` and `speaker_span` are character spans in the document text. For a direct
    quote `text` is the quoted content without quote marks; for a quote in pieces (split
    around its attribution, or over paragraphs) `span` runs from the first piece's start
    to the last piece's end and `text` joins the pieces with a space. `speaker` is the
    coded actor (None when the phrase names no actor that DocumentActors can code);
    `speaker_text` and `speaker_span` give the phrase as written even then, and all three
    are None when nothing names the speaker. `cue` is the speech verb as written,
    "according to", or ":" after a speaker label; None when an adjacent sentence or a
    dash signature attributes the quote. `sentence_index` counts sentences in the
    document, where the content starts.
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

    def to_dict(self) -> dict:
        """The quote as JSON-ready values (lists for spans, the speaker as a nested object)."""
        record = asdict(self)
        record["span"] = list(self.span)
        record["speaker_span"] = list(self.speaker_span) if self.speaker_span else None
        if record["speaker"] is not None:
            record["speaker"]["span"] = list(self.speaker.span)
        return {"id": self.id, **record}

    @property
    def id(self) -> str:
        """Deterministic, like event ids: the document and the content's position."""
        return hashlib.sha1(f"{self.doc_id}|{self.span[0]}|{self.span[1]}".encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class LearnedActor:
    """One introduction of an unknown person: the name, the code its title gave, and where."""

    name: str
    code: str
    country: str | None
    sector: str | None
    date: str | None  # the document's date, YYYY-MM-DD
    doc_id: str
    evidence: str  # the actor phrase as written: "Iranian President Ebrahim Raisi"


@dataclass(frozen=True)
class CodedDocument:
    """A document with the events coded from it, or the reason coding it failed."""

    document: Document
    events: list[Event]
    error: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    learned: list[LearnedActor] = field(default_factory=list)  # people introduced with a title, not in the actor base
