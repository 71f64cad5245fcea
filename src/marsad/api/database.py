"""One store connection per request, opened and closed in the request's own thread.

sqlite3 connections refuse to be used from a thread other than the one that opened
them, and FastAPI runs a sync dependency and its endpoint on different pool threads,
so endpoints open the store themselves with ``with database.open() as store``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from marsad.api.names import register_functions
from marsad.arabic.normalize import fold
from marsad.store import SQLiteStore, open_store
from marsad.store.search_text import index_text, query_terms


def _matches_all(text: str | None, query: str | None) -> int:
    """SQL ``marsad_match(text, query)``: 1 when every query word is in the text.

    Words compare folded and clitic-stripped on the text's side, like full-text search:
    ``داعش`` matches ``لتنظيم داعش``.
    """
    if not text or not query:
        return 0
    words = set(index_text(text).split())
    return int(all(term in words for term in query_terms(query)))


def _contains(haystack: str | None, needle: str | None) -> int:
    """SQL ``marsad_contains(a, b)``: 1 when folded ``b`` occurs in folded ``a``."""
    if not haystack or not needle:
        return 0
    return int(fold(needle) in fold(haystack))


@dataclass(frozen=True, slots=True)
class Database:
    """Where the store lives; ``open()`` gives a connection with marsad's SQL functions."""

    path: Path

    def create(self) -> None:
        """Create and migrate the database once, before the first request."""
        with open_store(self.path):
            pass

    @contextmanager
    def open(self) -> Iterator[SQLiteStore]:
        store = open_store(self.path)
        try:
            register_functions(store.db)
            store.db.create_function("marsad_match", 2, _matches_all, deterministic=True)
            store.db.create_function("marsad_contains", 2, _contains, deterministic=True)
            yield store
        finally:
            store.close()
