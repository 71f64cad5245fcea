""" "Who is behind this?": the actors and people linked to an entity or an event.

A link is another entity joined to the query by a relation (leads, member_of,
facilitated_by, killed_by, in either direction) or by a shared event (the actors and
named people of the same event). Links are ranked by how many *independent* documents
and how many distinct outlets support them, and carry every evidence sentence, so a
claim made by one outlet never outranks one that three outlets report.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from marsad.api.documents import relation_records
from marsad.api.entities import entity_links, entity_types
from marsad.api.events import MAX_LIMIT, EventFilter, get_event, query_events
from marsad.api.names import Identity, canonical_key, latin_name, name_key, resolve_identity
from marsad.arabic.normalize import fold

# Relation types that say who acts for, with, through or against whom.
BEHIND_TYPES = ("leads", "member_of", "facilitated_by", "killed_by")
# The role of the *linked* entity, by relation type and which end the query is on.
ROLES = {
    ("facilitated_by", "head"): "facilitated_by",  # the link enabled the query's action
    ("facilitated_by", "tail"): "facilitates",
    ("member_of", "head"): "member_of",  # the query belongs to the link
    ("member_of", "tail"): "has_member",
    ("leads", "head"): "leads",  # the query leads the link
    ("leads", "tail"): "led_by",
    ("killed_by", "head"): "killed_by",  # the link killed the query
    ("killed_by", "tail"): "killed",
}
# Generic victims («مدنيين», «شاب») are not parties anyone is "behind".
NOT_PARTIES = frozenset({"civilians"})
DEFAULT_LIMIT = 50
# Links checked for being one entity under several names (a database query each); the
# best supported come first, so a long tail of single mentions is left as it is.
MAX_MERGED_LINKS = 300


def independence_key(document: dict[str, Any]) -> str:
    """Documents with the same outlet and title are one report (a repost or an update)."""
    title = fold(document.get("title") or "").strip()
    if not title:
        return "doc:" + str(document["doc_id"])
    return fold(document.get("source") or "") + "|" + title


# (entity text, Latin name) of a link's stored entity, when there is one
Stored = tuple[str, str | None] | None


@dataclass(slots=True)
class _Link:
    names: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    evidence: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    via: set[str] = field(default_factory=set)

    def support(self, name: str, role: str, document: dict[str, Any], item: dict[str, Any]) -> None:
        self.names[name] += 1
        self.roles[role] += 1
        self.documents[document["doc_id"]] = document
        key = (document["doc_id"], item.get("kind"), tuple(item.get("span") or ()), role)
        self.evidence.setdefault(key, {**item, "role": role, "doc_id": document["doc_id"]})

    def merge(self, other: _Link) -> None:
        self.names.update(other.names)
        self.roles.update(other.roles)
        self.relations.update(other.relations)
        for key, item in other.evidence.items():
            self.evidence.setdefault(key, item)
        self.documents.update(other.documents)
        self.via |= other.via

    def record(self, types: dict[str, str], stored: Stored) -> dict[str, Any]:
        name = stored[0] if stored else self.names.most_common(1)[0][0]
        docs = list(self.documents.values())
        outlets = sorted({d["source"] for d in docs if d.get("source")})
        independent = {independence_key(d) for d in docs}
        return {
            "name": name,
            "names": list(dict.fromkeys([name, *self.names])),
            "type": next((types[k] for n in self.names if (k := name_key(n)) in types), None),
            "latin": (stored[1] if stored else None) or latin_name(name),
            "roles": [role for role, _ in self.roles.most_common()],
            "relations": dict(self.relations),
            "independent_documents": len(independent),
            "documents": len(docs),
            "outlets": len(outlets),
            "outlet_names": outlets,
            "via": sorted(self.via),
            "evidence": list(self.evidence.values()),
            "sources": sorted(docs, key=lambda d: (d.get("published") or "", d["doc_id"])),
            "links": entity_links(name),
        }


class _Links:
    def __init__(self, exclude: frozenset[str]) -> None:
        self.exclude = exclude
        self.by_key: dict[str, _Link] = {}

    def add(
        self, name: str, role: str, document: dict[str, Any], item: dict[str, Any], via: str
    ) -> _Link | None:
        key = canonical_key(name)
        if not key or key in self.exclude:
            return None
        link = self.by_key.setdefault(key, _Link())
        link.support(name, role, document, item)
        if via:
            link.via.add(via)
        return link

    def _merged(self, db: sqlite3.Connection) -> list[tuple[_Link, Stored]]:
        """Links that are one entity under several names («أبو الليث» = «أسامة عزيزية»)
        merged, with the stored entity name to show for a kunya or nickname."""
        merged: list[tuple[_Link, Stored]] = []
        owner: dict[str, int] = {}
        by_support = sorted(self.by_key.values(), key=lambda link: -len(link.documents))
        for link in by_support[:MAX_MERGED_LINKS]:
            name = link.names.most_common(1)[0][0]
            identity = resolve_identity(db, name)
            if identity.keys & self.exclude:  # another name of the query itself
                continue
            found = sorted({owner[k] for k in identity.keys if k in owner})
            if found:
                merged[found[0]][0].merge(link)
                continue
            for key in identity.keys:
                owner[key] = len(merged)
            merged.append((link, _stored_name(db, name)))
        return merged

    def ranked(self, db: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
        merged = self._merged(db)
        names = [name for link, _ in merged for name in link.names]
        types = entity_types(db, names)
        records = [link.record(types, display) for link, display in merged]
        records.sort(
            key=lambda r: (
                -r["independent_documents"],
                -r["outlets"],
                -sum(r["relations"].values()),
                -len(r["evidence"]),
                r["name"],
            )
        )
        return records[:limit]


def _stored_name(db: sqlite3.Connection, name: str) -> tuple[str, str | None] | None:
    """The stored entity ``name`` stands for, as (text, Latin name).

    A clitic form («لتنظيم داعش») gives the entity written without it; a kunya or
    nickname («أبو الليث») gives the entity that lists it among its aliases.
    """
    key = name_key(name)
    row = db.execute(
        "SELECT text, MAX(latin) FROM entities WHERE marsad_key(text) = ? "
        "GROUP BY text ORDER BY COUNT(*) DESC, length(text) LIMIT 1",
        (key,),
    ).fetchone()
    row = (
        row
        or db.execute(
            "SELECT text, MAX(latin) FROM entities, json_each(entities.aliases) "
            "WHERE marsad_key(json_each.value) = ? GROUP BY text ORDER BY COUNT(*) DESC LIMIT 1",
            (key,),
        ).fetchone()
    )
    return None if row is None else (str(row[0]), row[1])


def _relation_links(db: sqlite3.Connection, identity: Identity, links: _Links, via: str) -> None:
    _total, relations = relation_records(db, keys=identity.keys, limit=10_000)
    for relation in relations:
        if relation["type"] not in BEHIND_TYPES:
            continue
        head, tail = identity.matches(relation["head"]), identity.matches(relation["tail"])
        if head == tail:  # neither (cannot happen) or both: a name related to itself
            continue
        end = "head" if head else "tail"
        other = relation["tail"] if head else relation["head"]
        item = {
            "kind": "relation",
            "type": relation["type"],
            "head": relation["head"],
            "tail": relation["tail"],
            "text": relation["evidence_text"],
            "span": relation["evidence"],
            "reported_by": relation["reported_by"],
        }
        link = links.add(other, ROLES[(relation["type"], end)], relation["document"], item, via)
        if link is not None:
            link.relations[relation["type"]] += 1


def _participants(event: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, position) of an event's parties: actor1, actor2, named persons."""
    found = []
    for position in ("actor1", "actor2"):
        actor = event.get(position)
        if actor and actor.get("name") and actor.get("category") not in NOT_PARTIES:
            found.append((actor["name"], position))
    found += [(person, "person") for person in event.get("persons") or []]
    return found


def _event_item(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "event",
        "type": f"{event['event_type']} / {event['sub_event_type']}",
        "event_id": event["event_id"],
        "date": event["date"],
        "text": event["evidence_text"],
        "span": event["evidence"],
        "reported_by": event["reported_by"],
    }


def _event_links(db: sqlite3.Connection, identity: Identity, links: _Links, via: str) -> None:
    as_actor = EventFilter(actor=identity.query, limit=MAX_LIMIT)
    as_person = EventFilter(person=identity.query, limit=MAX_LIMIT)
    for filters in (as_actor, as_person):
        _total, events = query_events(db, filters)
        for event in events:
            for name, _position in _participants(event):
                if not identity.matches(name):
                    links.add(name, "shared_event", event["document"], _event_item(event), via)


def who_is_behind_entity(db: sqlite3.Connection, name: str, limit: int) -> dict[str, Any]:
    """Ranked links of the entity ``name`` (matched by folded name, aliases, ontology)."""
    identity = resolve_identity(db, name)
    links = _Links(identity.keys | {canonical_key(n) for n in identity.names})
    _relation_links(db, identity, links, via="")
    _event_links(db, identity, links, via="")
    ranked = links.ranked(db, limit)
    return {
        "query": {"entity": name, "names": list(identity.names)},
        "total": len(links.by_key),
        "links": ranked,
    }


def who_is_behind_event(db: sqlite3.Connection, event_id: str, limit: int) -> dict[str, Any] | None:
    """The event's parties, and who is linked to each of them, ranked together."""
    event = get_event(db, event_id)
    if event is None:
        return None
    parties = _participants(event)
    links = _Links(frozenset())
    for name, position in parties:
        links.add(name, f"event_{position}", event["document"], _event_item(event), via="")
    for name, _position in parties:
        identity = resolve_identity(db, name)
        _relation_links(db, identity, links, via=name)
    ranked = links.ranked(db, limit)
    return {
        "query": {
            "event": event_id,
            "event_type": event["event_type"],
            "sub_event_type": event["sub_event_type"],
            "date": event["date"],
            "location": event["location"]["name"],
            "evidence_text": event["evidence_text"],
            "parties": [{"name": n, "position": p} for n, p in parties],
        },
        "total": len(links.by_key),
        "links": ranked,
    }
