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
    goldstein: float
    quad_class: int
    plover: str | None  # None for CAMEO 01x statements, which PLOVER does not type
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
class CodedDocument:
    """A document with the events coded from it, or the reason coding it failed."""

    document: Document
    events: list[Event]
    error: str | None = None
