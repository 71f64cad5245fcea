"""The actor and person network: entities as nodes, relations and shared events as edges."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from dataclasses import replace
from itertools import combinations
from typing import Any

from marsad.api.documents import relation_records
from marsad.api.entities import entity_links, entity_types
from marsad.api.events import MAX_LIMIT, EventFilter, query_events
from marsad.api.names import canonical_key, latin_name, name_key
from marsad.api.network import NOT_PARTIES

# Cytoscape's force layout stays readable up to a few hundred nodes; past that the
# least connected nodes are dropped (the answer says how many).
MAX_NODES = 250
# Place relations make every town a hub; the network is about who acts with whom.
GRAPH_RELATIONS = ("alias_of", "member_of", "leads", "facilitated_by", "killed_by")


def _node_id(key: str) -> str:
    return "n" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


class _Graph:
    def __init__(self) -> None:
        self.names: dict[str, Counter[str]] = {}
        self.kinds: dict[str, str] = {}
        self.weight: Counter[str] = Counter()
        self.edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def node(self, name: str, kind: str) -> str:
        key = canonical_key(name)
        self.names.setdefault(key, Counter())[name] += 1
        self.kinds.setdefault(key, kind)
        self.weight[key] += 1
        return key

    def edge(self, a: str, b: str, kind: str, evidence: str) -> None:
        if a == b:
            return
        source, target = (a, b) if kind != "event" else tuple(sorted((a, b)))
        edge = self.edges.setdefault((source, target, kind), {"weight": 0, "evidence": []})
        edge["weight"] += 1
        if evidence not in edge["evidence"]:
            edge["evidence"].append(evidence)


def build_network(db: sqlite3.Connection, filters: EventFilter) -> dict[str, Any]:
    """Nodes and edges for the events matching ``filters`` and their documents' relations."""
    filters = replace(filters.cleaned(), limit=MAX_LIMIT, offset=0)
    total, events = query_events(db, filters)
    graph = _Graph()
    doc_ids: set[str] = set()
    for event in events:
        doc_ids.add(event["doc_id"])
        keys = []
        for position in ("actor1", "actor2"):
            actor = event.get(position)
            if actor and actor["name"] and actor["category"] not in NOT_PARTIES:
                keys.append(graph.node(actor["name"], "ORG"))
        keys += [graph.node(person, "PER") for person in event["persons"]]
        for a, b in combinations(dict.fromkeys(keys), 2):
            graph.edge(a, b, "event", event["event_id"])
    unfiltered = not filters.query_string_items()
    _total, relations = relation_records(db, limit=100_000)
    for relation in relations:
        if relation["type"] not in GRAPH_RELATIONS:
            continue
        if not unfiltered and relation["document"]["doc_id"] not in doc_ids:
            continue
        head = graph.node(relation["head"], "PER")
        tail = graph.node(relation["tail"], "ORG")
        graph.edge(head, tail, relation["type"], relation["document"]["doc_id"])
    return _cytoscape(db, graph, total)


def _cytoscape(db: sqlite3.Connection, graph: _Graph, events: int) -> dict[str, Any]:
    keep = {key for key, _ in graph.weight.most_common(MAX_NODES)}
    labels = {key: names.most_common(1)[0][0] for key, names in graph.names.items()}
    types = entity_types(db, list(labels.values()))
    nodes = [
        {
            "id": _node_id(key),
            "label": labels[key],
            "latin": latin_name(labels[key]),
            "type": types.get(name_key(labels[key]), graph.kinds[key]),
            "weight": graph.weight[key],
            "url": entity_links(labels[key])["html"],
        }
        for key in sorted(keep, key=lambda k: (-graph.weight[k], labels[k]))
    ]
    edges = [
        {
            "id": _node_id(f"{source}|{target}|{kind}"),
            "source": _node_id(source),
            "target": _node_id(target),
            "kind": kind,
            "weight": edge["weight"],
            "evidence": edge["evidence"],
        }
        for (source, target, kind), edge in sorted(graph.edges.items())
        if source in keep and target in keep
    ]
    return {
        "events": events,
        "nodes": nodes,
        "edges": edges,
        "dropped_nodes": len(graph.weight) - len(keep),
    }
