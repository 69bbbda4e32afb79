"""newsevents: code news articles into who-did-what-to-whom political event data."""

from newsevents.version import __version__  # noqa: F401

from newsevents.coder import code_documents, code_text  # noqa: E402
from newsevents.records import ActorMention, CodedDocument, Document, Event, Location  # noqa: E402

__all__ = ["ActorMention", "CodedDocument", "Document", "Event", "Location", "code_documents", "code_text"]
