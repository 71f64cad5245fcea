"""Extraction → the spec's JSON object (``shared/spec/events.md``).

The same shape is the export format, the gold format and the scorer's input.
Fields the system cannot fill are ``null``, never invented.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import IO, Any

from marsad.model import Actor, Entity, Event, Extraction, Mention, Place, Relation


def event_id(doc_id: str, event: Event) -> str:
    """A stable id from the event's natural key: document, evidence, trigger, type."""
    key = "|".join(
        [doc_id, str(event.evidence.start), str(event.trigger_span.start), event.sub_event_type]
    )
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _place(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
        "place_id": place.place_id,
        "name_en": place.name_en,
        "unresolved_reason": place.unresolved_reason,
    }


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "category": actor.category, "actor_id": actor.actor_id}


def _event(doc_id: str, event: Event) -> dict[str, Any]:
    return {
        "event_id": event_id(doc_id, event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": event.date.first_day() if event.date else None,
        "date_precision": event.date.precision if event.date else None,
        "location": _place(event.location),
        "actor1": _actor(event.actor1),
        "actor2": _actor(event.actor2),
        "assoc_actors": [_actor(a) for a in event.assoc_actors],
        "fatalities": event.fatalities,
        "persons": list(event.persons),
        "trigger": event.trigger,
        "trigger_span": event.trigger_span.as_list(),
        "reported_by": event.reported_by,
        "evidence": event.evidence.as_list(),
        "confidence": round(event.confidence, 3),
    }


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "text": entity.text,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "pseudonym": entity.pseudonym,
        "latin": entity.latin,
        "external_id": entity.external_id,
        "spans": [s.as_list() for s in entity.spans],
    }


def _relation(relation: Relation) -> dict[str, Any]:
    return {
        "type": relation.type,
        "head": relation.head,
        "tail": relation.tail,
        "evidence": relation.evidence.as_list(),
        "reported_by": relation.reported_by,
    }


def _mention(mention: Mention) -> dict[str, Any]:
    return {
        "start": mention.span.start,
        "end": mention.span.end,
        "surface": mention.surface,
        "label": mention.label,
        "rule": mention.rule,
        "value": mention.value,
    }


def to_spec(extraction: Extraction) -> dict[str, Any]:
    """The spec's document object, with events, entities, relations and mentions."""
    doc = extraction.document
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published.value if doc.published else None,
        "title": doc.title,
        "text": doc.text,
        "stats": extraction.stats,
        "events": [_event(doc.doc_id, e) for e in extraction.events],
        "entities": [_entity(e) for e in extraction.entities],
        "relations": [_relation(r) for r in extraction.relations],
        "mentions": [_mention(m) for m in extraction.mentions],
    }


def dumps(document: dict[str, Any]) -> str:
    """One JSON Lines line: UTF-8 Arabic kept readable, no trailing newline."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def write_jsonl(documents: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    """Write spec documents one per line; return how many were written."""
    count = 0
    for document in documents:
        stream.write(dumps(document) + "\n")
        count += 1
    return count
