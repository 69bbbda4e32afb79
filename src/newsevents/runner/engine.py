"""The small interface a runner engine offers `code_into_store`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from newsevents.records import Document
from newsevents.store.batch import CodedBatch

# Blocks until the chunk is coded, then returns its batch (or raises the worker's error).
PendingBatch = Callable[[], CodedBatch]


class Engine(Protocol):
    """Runs `code_batch` on chunks somewhere; `code_into_store` keeps at most `window` in flight."""

    window: int

    def submit(self, chunk_number: int, documents: Sequence[Document]) -> PendingBatch:
        """Start coding one chunk; `chunk_number` names its output where an engine writes files."""

    def close(self) -> None:
        """Stop the workers this engine started."""
