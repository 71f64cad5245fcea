"""Document queries, and the spans a document view highlights."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

DEFAULT_LIMIT = 50

SpanKind = Literal["evidence", "trigger", "entity", "mention"]


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A highlighted stretch of a document: ``[start, end)`` into its text."""

    start: int
    end: int
    kind: SpanKind
    label: str  # PER ORG LOC DATE NUM …, or the event type
    target: str | None  # what the span links to: an event id or an entity name
    title: str  # tooltip: what was extracted here


def _summary(row: tuple[Any, ...]) -> dict[str, Any]:
    doc_id, source, url, title, published, stats, events, chars = row
    return {
        "doc_id": doc_id,
        "source": source,
        "url": url,
        "title": title,
        "published": published,
        "stats": bool(stats),
        "events": events,
        "characters": chars,
        "links": {"html": f"/documents/{doc_id}", "json": f"/api/documents/{doc_id}"},
    }


_SUMMARY = (
    "SELECT d.doc_id, source, url, title, published, stats, "
    "(SELECT COUNT(*) FROM events e WHERE e.doc_id = d.doc_id), length(text) FROM documents d"
)


def list_documents(
    db: sqlite3.Connection, source: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of document summaries), newest first."""
    where, params = ("", []) if not source else (" WHERE marsad_contains(source, ?)", [source])
    total = int(db.execute("SELECT COUNT(*) FROM documents" + where, params).fetchone()[0])
    rows = db.execute(
        f"{_SUMMARY}{where} ORDER BY published IS NULL, published DESC, doc_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return total, [_summary(row) for row in rows]


def get_document(db: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    """The stored spec document (text, events, entities, relations, mentions) + summary."""
    row = db.execute(f"{_SUMMARY} WHERE d.doc_id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    (payload,) = db.execute(
        "SELECT extraction FROM documents WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    spec: dict[str, Any] = json.loads(payload)
    event_ids = [
        r[0]
        for r in db.execute(
            "SELECT event_id FROM events WHERE doc_id = ? ORDER BY evidence_start", (doc_id,)
        )
    ]
    return {
        **_summary(row),
        "text": spec.get("text") or "",
        "event_ids": event_ids,
        "events": spec.get("events") or [],
        "entities": spec.get("entities") or [],
        "relations": spec.get("relations") or [],
        "mentions": spec.get("mentions") or [],
    }


def _valid(span: Any, length: int) -> tuple[int, int] | None:
    """``(start, end)`` when ``span`` is a well-formed span of a text this long."""
    if not isinstance(span, list | tuple) or len(span) != 2:
        return None
    start, end = span
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length:
        return start, end
    return None


def document_spans(document: dict[str, Any]) -> list[TextSpan]:
    """Every extracted span of a document; spans that do not fit its text are left out."""
    length = len(document["text"])
    spans: list[TextSpan] = []
    for event in document["events"]:
        event_id = event.get("event_id")
        kind = f"{event.get('event_type')} / {event.get('sub_event_type')}"
        if found := _valid(event.get("evidence"), length):
            spans.append(TextSpan(*found, "evidence", kind, event_id, kind))
        if found := _valid(event.get("trigger_span"), length):
            spans.append(TextSpan(*found, "trigger", kind, event_id, kind))
    for entity in document["entities"]:
        for span in entity.get("spans") or []:
            if found := _valid(span, length):
                kind = str(entity.get("type") or "")
                spans.append(TextSpan(*found, "entity", kind, entity.get("text"), kind))
    for mention in document["mentions"]:
        if found := _valid([mention.get("start"), mention.get("end")], length):
            label = str(mention.get("label") or "")
            target = mention.get("surface") if label in ("PER", "ORG", "LOC") else None
            value = mention.get("value")
            title = f"{label}: {value}" if value else label
            spans.append(TextSpan(*found, "mention", label, target, title))
    return spans


def relation_records(
    db: sqlite3.Connection,
    *,
    type: str | None = None,
    keys: frozenset[str] | None = None,
    doc_id: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """Relations with their evidence sentence and source, optionally about ``keys``."""
    clauses: list[str] = []
    params: list[Any] = []
    if type:
        clauses.append("r.type = ?")
        params.append(type)
    if keys is not None:
        marks = ",".join("?" * len(keys))
        clauses.append(f"(marsad_key(head) IN ({marks}) OR marsad_key(tail) IN ({marks}))")
        params += sorted(keys) * 2
    if doc_id:
        clauses.append("r.doc_id = ?")
        params.append(doc_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    base = " FROM relations r JOIN documents d ON d.doc_id = r.doc_id" + where
    total = int(db.execute("SELECT COUNT(*)" + base, params).fetchone()[0])
    rows = db.execute(
        "SELECT relation_id, r.type, head, tail, evidence_start, evidence_end, reported_by, "
        "r.doc_id, d.title, d.source, d.url, d.published, "
        "CASE WHEN evidence_start IS NULL THEN NULL "
        "ELSE substr(d.text, evidence_start + 1, evidence_end - evidence_start) END"
        f"{base} ORDER BY r.type, head, tail, r.doc_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return total, [_relation(row) for row in rows]


def _relation(row: tuple[Any, ...]) -> dict[str, Any]:
    rid, rtype, head, tail, start, end, reported_by, doc, title, source, url, published, text = row
    return {
        "relation_id": rid,
        "type": rtype,
        "head": head,
        "tail": tail,
        "evidence": [start, end] if start is not None else None,
        "evidence_text": text,
        "reported_by": reported_by,
        "document": {
            "doc_id": doc,
            "title": title,
            "source": source,
            "url": url,
            "published": published,
        },
    }
