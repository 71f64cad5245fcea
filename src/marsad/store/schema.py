"""SQLite schema as ordered, named migrations, each applied once and recorded."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from marsad.errors import StoreError


def create_core_tables(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE documents (
            doc_id TEXT PRIMARY KEY,
            source TEXT, url TEXT, title TEXT,
            published TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,      -- hash of the spec JSON: unchanged input → no write
            origin TEXT,
            stats INTEGER NOT NULL DEFAULT 0,
            extraction TEXT NOT NULL,        -- the spec document, as exported
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE mentions (
            doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL,
            label TEXT NOT NULL, surface TEXT NOT NULL, rule TEXT, value TEXT,
            PRIMARY KEY (doc_id, start, end, label)
        );
        CREATE TABLE entities (
            entity_id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
            type TEXT NOT NULL, text TEXT NOT NULL, norm_text TEXT NOT NULL,
            latin TEXT, aliases TEXT NOT NULL DEFAULT '[]',
            pseudonym INTEGER NOT NULL DEFAULT 0, external_id TEXT
        );
        CREATE INDEX entities_norm ON entities(type, norm_text);
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            date TEXT, date_precision TEXT,
            location_name TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL,
            geo_precision TEXT, place_id TEXT,
            actor1 TEXT, actor1_category TEXT, actor2 TEXT, actor2_category TEXT,
            fatalities INTEGER NOT NULL DEFAULT 0,
            trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
            reported_by TEXT,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            confidence REAL
        );
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_type ON events(event_type, sub_event_type);
        CREATE TABLE event_persons (
            event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
            position INTEGER NOT NULL, name TEXT NOT NULL,
            PRIMARY KEY (event_id, position)
        );
        CREATE TABLE relations (
            relation_id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
            type TEXT NOT NULL, head TEXT NOT NULL, tail TEXT NOT NULL,
            evidence_start INTEGER, evidence_end INTEGER, reported_by TEXT
        );
        CREATE INDEX relations_head ON relations(head);
        CREATE INDEX relations_tail ON relations(tail);
        CREATE TABLE quarantine (
            quarantine_id TEXT PRIMARY KEY,  -- hash of origin, stage and error
            origin TEXT NOT NULL, doc_id TEXT, stage TEXT NOT NULL, error TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        """
    )


def create_search_index(db: sqlite3.Connection) -> None:
    # Contentless-style: the body column holds the normalized shadow text
    # (marsad.store.search_text.index_text), never shown to users.
    db.execute(
        "CREATE VIRTUAL TABLE documents_fts USING fts5("
        "doc_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 0')"
    )


Migration = tuple[int, str, Callable[[sqlite3.Connection], None]]
MIGRATIONS: tuple[Migration, ...] = (
    (1, "create_core_tables", create_core_tables),
    (2, "create_search_index", create_search_index),
)


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database has not seen, in order; return their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    applied = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
    newest_known = MIGRATIONS[-1][0]
    if applied and max(applied) > newest_known:
        raise StoreError(
            f"the database has schema version {max(applied)}, newer than this marsad "
            f"({newest_known}); upgrade marsad"
        )
    done: list[str] = []
    for version, name, apply in MIGRATIONS:
        if version in applied:
            continue
        with db:
            apply(db)
            db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        done.append(name)
    return done
