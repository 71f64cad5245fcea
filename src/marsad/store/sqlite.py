"""The default store: one SQLite file, WAL mode, FTS5 over normalized text."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from marsad.arabic.normalize import fold, normalize
from marsad.errors import StoreError
from marsad.model import Failure
from marsad.store.base import SaveResult, SearchHit, StoreStats
from marsad.store.schema import migrate
from marsad.store.search_text import (
    find_in_text,
    fts_query,
    index_text,
    query_terms,
    snippet,
)


def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """A marsad database in one SQLite file. Writes go through this one connection."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            migrate(self.db)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot open as a marsad database: {err}") from err

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # writing ---------------------------------------------------------------

    def save(self, document: dict[str, Any]) -> SaveResult:
        """Store a spec document and its extractions. The same input twice changes nothing."""
        payload = json.dumps(document, ensure_ascii=False, sort_keys=True)
        content_hash = _hash(payload)
        doc_id = document["doc_id"]
        row = self.db.execute(
            "SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is not None and row[0] == content_hash:
            return "unchanged"
        with self.db:
            if row is not None:
                self.db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
                self.db.execute("DELETE FROM documents_fts WHERE doc_id = ?", (doc_id,))
            self._insert(document, payload, content_hash)
        return "added" if row is None else "updated"

    def _insert(self, document: dict[str, Any], payload: str, content_hash: str) -> None:
        doc_id = document["doc_id"]
        text = document.get("text") or ""
        self.db.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                document.get("source"),
                document.get("url"),
                document.get("title"),
                document.get("published"),
                text,
                content_hash,
                document.get("origin"),
                int(bool(document.get("stats"))),
                payload,
                _now(),
            ),
        )
        self.db.execute(
            "INSERT INTO documents_fts (doc_id, body) VALUES (?, ?)",
            (doc_id, index_text((document.get("title") or "") + "\n" + text)),
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?,?,?)",
            [
                (
                    doc_id,
                    m["start"],
                    m["end"],
                    m["label"],
                    m["surface"],
                    m.get("rule"),
                    m.get("value"),
                )
                for m in document.get("mentions") or []
            ],
        )
        for entity in document.get("entities") or []:
            self.db.execute(
                "INSERT OR REPLACE INTO entities VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    "en-" + _hash(doc_id, entity["type"], fold(entity["text"])),
                    doc_id,
                    entity["type"],
                    entity["text"],
                    fold(entity["text"]),
                    entity.get("latin"),
                    json.dumps(entity.get("aliases") or [], ensure_ascii=False),
                    int(bool(entity.get("pseudonym"))),
                    entity.get("external_id"),
                ),
            )
        for event in document.get("events") or []:
            self._insert_event(doc_id, event)
        for relation in document.get("relations") or []:
            evidence = relation.get("evidence") or [None, None]
            self.db.execute(
                "INSERT OR REPLACE INTO relations VALUES (?,?,?,?,?,?,?,?)",
                (
                    "re-" + _hash(doc_id, relation["type"], relation["head"], relation["tail"]),
                    doc_id,
                    relation["type"],
                    relation["head"],
                    relation["tail"],
                    evidence[0],
                    evidence[1],
                    relation.get("reported_by"),
                ),
            )

    def _insert_event(self, doc_id: str, event: dict[str, Any]) -> None:
        location = event.get("location") or {}
        actor1, actor2 = event.get("actor1") or {}, event.get("actor2") or {}
        trigger_span = event.get("trigger_span") or [None, None]
        evidence = event.get("evidence") or [0, 0]
        event_id = event.get("event_id") or "ev-" + _hash(doc_id, evidence, event["sub_event_type"])
        self.db.execute(
            "INSERT OR REPLACE INTO events VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                event_id,
                doc_id,
                event["event_type"],
                event["sub_event_type"],
                event.get("date"),
                event.get("date_precision"),
                location.get("name"),
                location.get("admin1"),
                location.get("admin2"),
                location.get("lat"),
                location.get("lon"),
                location.get("precision"),
                location.get("place_id"),
                actor1.get("name"),
                actor1.get("category"),
                actor2.get("name"),
                actor2.get("category"),
                int(event.get("fatalities") or 0),
                event.get("trigger"),
                trigger_span[0],
                trigger_span[1],
                event.get("reported_by"),
                evidence[0],
                evidence[1],
                event.get("confidence"),
            ),
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO event_persons VALUES (?,?,?)",
            [(event_id, i, name) for i, name in enumerate(event.get("persons") or [])],
        )

    def save_failure(self, failure: Failure) -> None:
        """Quarantine a failure; the same failure recorded twice is stored once."""
        with self.db:
            self.db.execute(
                "INSERT OR IGNORE INTO quarantine VALUES (?,?,?,?,?,?)",
                (
                    "q-" + _hash(failure.origin, failure.stage, failure.error),
                    failure.origin,
                    failure.doc_id,
                    failure.stage,
                    failure.error,
                    _now(),
                ),
            )

    # reading ---------------------------------------------------------------

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        for (payload,) in self.db.execute("SELECT extraction FROM documents ORDER BY doc_id"):
            yield json.loads(payload)

    def failures(self) -> list[Failure]:
        return [
            Failure(origin=o, stage=s, error=e, doc_id=d)
            for o, d, s, e in self.db.execute(
                "SELECT origin, doc_id, stage, error FROM quarantine ORDER BY origin"
            )
        ]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Documents containing every query word, in any spelling variant or clitic form."""
        terms = query_terms(query)
        if not terms:
            return []
        rows = self.db.execute(
            "SELECT d.doc_id, d.title, d.source, d.published, d.text "
            "FROM documents_fts f JOIN documents d ON d.doc_id = f.doc_id "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (fts_query(terms), limit),
        ).fetchall()
        hits = []
        for doc_id, title, source, published, text in rows:
            found = find_in_text(normalize(text), terms) or (0, 0)
            hits.append(
                SearchHit(
                    doc_id=doc_id,
                    title=title,
                    source=source,
                    published=published,
                    snippet=snippet(text, *found),
                    start=found[0],
                    end=found[1],
                )
            )
        return hits

    def stats(self) -> StoreStats:
        def count(sql: str) -> int:
            return int(self.db.execute(sql).fetchone()[0])

        by_type = self.db.execute(
            "SELECT event_type || ' / ' || sub_event_type, COUNT(*) FROM events "
            "GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        return StoreStats(
            documents=count("SELECT COUNT(*) FROM documents"),
            events=count("SELECT COUNT(*) FROM events"),
            events_by_type=tuple((str(k), int(v)) for k, v in by_type),
            places=count("SELECT COUNT(DISTINCT norm_text) FROM entities WHERE type = 'LOC'"),
            people=count("SELECT COUNT(DISTINCT norm_text) FROM entities WHERE type = 'PER'"),
            actors=count("SELECT COUNT(DISTINCT norm_text) FROM entities WHERE type = 'ORG'"),
            relations=count("SELECT COUNT(*) FROM relations"),
            quarantined=count("SELECT COUNT(*) FROM quarantine"),
        )


def open_store(path: str | Path) -> SQLiteStore:
    """Open (creating and migrating if needed) the database at ``path``."""
    return SQLiteStore(path)
