"""Entity queries: people, actors and places across documents, by name key.

The entities table holds one row per document and name. Across documents the same
entity is the same *name key* (``marsad.api.names.name_key``), and an entity page
gathers everything its identity (aliases, ontology names) points to.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any
from urllib.parse import quote

from marsad.api.documents import relation_records
from marsad.api.events import get_events
from marsad.api.names import Identity, latin_name, name_key, ontology_names, resolve_identity
from marsad.arabic.normalize import fold

DEFAULT_LIMIT = 100
# An entity page lists at most this many events; the events API pages through all.
PAGE_EVENTS = 500


def entity_links(name: str) -> dict[str, str]:
    path = quote(name, safe="")
    return {
        "html": f"/entities/{path}",
        "json": f"/api/entities/{path}",
        "who_is_behind": f"/api/who-is-behind?entity={path}",
    }


def _group(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """One entity from its rows in several documents."""
    surfaces = Counter(row[1] for row in rows)
    name = surfaces.most_common(1)[0][0]
    aliases: dict[str, None] = {}
    for row in rows:
        for alias in json.loads(row[3] or "[]"):
            if name_key(alias) != name_key(name):
                aliases.setdefault(alias, None)
    latin = next((row[2] for row in rows if row[2]), None)
    doc_ids = sorted({row[5] for row in rows})
    return {
        "name": name,
        "type": Counter(row[0] for row in rows).most_common(1)[0][0],
        "latin": latin or latin_name(name),
        "aliases": list(aliases),
        "spellings": [s for s in surfaces if s != name],
        "pseudonym": any(row[4] for row in rows),
        "external_id": next((row[6] for row in rows if row[6]), None),
        "documents": len(doc_ids),
        "doc_ids": doc_ids,
        "links": entity_links(name),
    }


def _matches(query: str, identity: Identity, rows: list[tuple[Any, ...]]) -> bool:
    folded = fold(query).strip()
    for row in rows:
        names = [row[1], *json.loads(row[3] or "[]")]
        if any(folded in fold(n) or identity.matches(n) for n in names):
            return True
    return False


def list_entities(
    db: sqlite3.Connection, type: str | None, name: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """(total, page) of entities, most documented first; ``name`` matches across variants."""
    sql = "SELECT type, text, latin, aliases, pseudonym, doc_id, external_id FROM entities"
    rows = db.execute(sql + " WHERE type = ?", (type,)) if type else db.execute(sql)
    groups: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for row in rows:
        groups.setdefault((row[0], name_key(row[1])), []).append(row)
    if name and name.strip():
        identity = resolve_identity(db, name)
        groups = {k: g for k, g in groups.items() if _matches(name, identity, g)}
    entities = sorted(
        (_group(g) for g in groups.values()), key=lambda e: (-e["documents"], e["name"])
    )
    return len(entities), entities[offset : offset + limit]


def entity_types(db: sqlite3.Connection, names: list[str]) -> dict[str, str]:
    """name key → PER/ORG/LOC for names found in the entities table or the ontology."""
    keys = {name_key(n) for n in names}
    types: dict[str, str] = {}
    if keys:
        marks = ",".join("?" * len(keys))
        for key, kind, _n in db.execute(
            f"SELECT marsad_key(text), type, COUNT(*) FROM entities "
            f"WHERE marsad_key(text) IN ({marks}) GROUP BY 1, 2 ORDER BY 3",
            sorted(keys),
        ):
            types[key] = kind  # the most frequent type wins (last in the order)
    for n in names:
        if name_key(n) not in types and ontology_names(n):
            types[name_key(n)] = "ORG"
    return types


def _event_ids(db: sqlite3.Connection, identity: Identity) -> list[str]:
    keys = sorted(identity.keys)
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        f"SELECT event_id FROM events e WHERE marsad_key(actor1) IN ({marks}) "
        f"OR marsad_key(actor2) IN ({marks}) OR marsad_key(location_name) IN ({marks}) "
        "OR EXISTS (SELECT 1 FROM event_persons p WHERE p.event_id = e.event_id "
        f"AND marsad_key(p.name) IN ({marks})) ORDER BY date IS NULL, date DESC LIMIT ?",
        keys * 4 + [PAGE_EVENTS],
    )
    return [row[0] for row in rows]


def entity_detail(db: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """Everything about one entity: names, documents, events, relations with evidence."""
    identity = resolve_identity(db, name)
    keys = sorted(identity.keys)
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        "SELECT type, text, latin, aliases, pseudonym, doc_id, external_id FROM entities "
        f"WHERE marsad_key(text) IN ({marks})",
        keys,
    ).fetchall()
    own = [row for row in rows if name_key(row[1]) == name_key(name)] or rows
    events = get_events(db, _event_ids(db, identity))
    _total, relations = relation_records(db, keys=identity.keys)
    if not rows and not events and not relations:
        return None
    summary = _group(own) if own else None
    doc_ids = sorted(
        {row[5] for row in rows}
        | {e["doc_id"] for e in events}
        | {r["document"]["doc_id"] for r in relations}
    )
    documents = _document_summaries(db, doc_ids)
    display = summary["name"] if summary else name.strip()
    return {
        "name": display,
        "query": name,
        "type": summary["type"] if summary else entity_types(db, [name]).get(name_key(name)),
        "latin": summary["latin"] if summary else latin_name(name),
        "aliases": [n for n in identity.names if name_key(n) != name_key(display)],
        "pseudonym": bool(summary and summary["pseudonym"]),
        "documents": documents,
        "events": events,
        "relations": relations,
        "links": entity_links(display),
    }


def _document_summaries(db: sqlite3.Connection, doc_ids: list[str]) -> list[dict[str, Any]]:
    if not doc_ids:
        return []
    marks = ",".join("?" * len(doc_ids))
    return [
        {"doc_id": d, "title": t, "source": s, "url": u, "published": p}
        for d, t, s, u, p in db.execute(
            f"SELECT doc_id, title, source, url, published FROM documents "
            f"WHERE doc_id IN ({marks}) ORDER BY published IS NULL, published DESC, doc_id",
            doc_ids,
        )
    ]
