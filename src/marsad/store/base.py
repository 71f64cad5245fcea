"""What a store offers the rest of marsad, whatever database is behind it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from marsad.model import Failure

SaveResult = Literal["added", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    title: str | None
    source: str | None
    published: str | None
    snippet: str  # the original text around the first match, match in ⟦ ⟧
    start: int  # offset of the match in the document text
    end: int


@dataclass(frozen=True, slots=True)
class StoreStats:
    documents: int
    events: int
    events_by_type: tuple[tuple[str, int], ...]
    places: int
    people: int
    actors: int
    relations: int
    quarantined: int


class Store(Protocol):
    """The operations the pipeline, CLI and API need from a database."""

    def save(self, document: dict[str, Any]) -> SaveResult:
        """Store one spec document with its extractions; idempotent."""
        ...

    def save_failure(self, failure: Failure) -> None:
        """Record a document that could not be processed (quarantine)."""
        ...

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        """Every stored spec document, in id order."""
        ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search across Arabic spelling variants and clitics."""
        ...

    def stats(self) -> StoreStats: ...

    def close(self) -> None: ...
