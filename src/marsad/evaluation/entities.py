"""Entities, aliases and relations of one document, in the forms they are compared in.

An entity is found when any of its written forms (canonical text or an alias)
is among the forms of an entity of the same type on the other side. Aliases are
compared as unordered pairs of forms, gathered from entity ``aliases`` and from
``alias_of`` relations alike; other relations as (type, head, tail) triples.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from marsad.evaluation.names import normalize_for_scoring
from marsad.evaluation.records import Record, items_of, records_in
from marsad.evaluation.results import DetectionScore

# The entity types scored, in report order.
ENTITY_TYPES = ("PER", "ORG", "LOC")
ALIAS_RELATION = "alias_of"

AliasPair = frozenset[str]
RelationTriple = tuple[Hashable, str, str]


def entity_forms(entity: Record) -> frozenset[str]:
    """The folded canonical text and aliases of an entity.

    ``{"text": "أسامة عزيزية", "aliases": ["أبو الليث"]}`` →
    ``{"اسامه عزيزيه", "ابو الليث"}``.
    """
    written = (entity.get("text"), *items_of(entity.get("aliases")))
    return frozenset(normalize_for_scoring(form) for form in written if form)


def entity_detection(gold: Record, predicted: Record, entity_type: str) -> DetectionScore:
    """Found, invented and missed entities of one type in one document.

    Counted from both sides: a gold entity is found when some prediction shares
    a form with it, a predicted entity is invented when no gold entity does.
    """
    gold_forms = [entity_forms(e) for e in records_in(gold, "entities") if _is_type(e, entity_type)]
    predicted_forms = [
        entity_forms(e) for e in records_in(predicted, "entities") if _is_type(e, entity_type)
    ]
    found = sum(any(g & p for p in predicted_forms) for g in gold_forms)
    confirmed = sum(any(g & p for g in gold_forms) for p in predicted_forms)
    return DetectionScore(
        true_positives=found,
        false_positives=len(predicted_forms) - confirmed,
        false_negatives=len(gold_forms) - found,
    )


def alias_pairs(document: Record) -> frozenset[AliasPair]:
    """Pairs of folded forms the document says name the same entity.

    Both ``{"text": "أسامة عزيزية", "aliases": ["أبو الليث"]}`` and an ``alias_of``
    relation between the two give ``{"ابو الليث", "اسامه عزيزيه"}``; a pair of one
    form with itself is no alias.
    """
    pairs: set[AliasPair] = set()
    for entity in records_in(document, "entities"):
        canonical = normalize_for_scoring(entity.get("text"))
        for alias in items_of(entity.get("aliases")):
            pairs.add(frozenset((normalize_for_scoring(alias), canonical)))
    for relation in records_in(document, "relations"):
        if relation.get("type") == ALIAS_RELATION:
            head = normalize_for_scoring(relation.get("head"))
            tail = normalize_for_scoring(relation.get("tail"))
            pairs.add(frozenset((head, tail)))
    return frozenset(pair for pair in pairs if len(pair) == 2)


def relation_triples(document: Record) -> frozenset[RelationTriple]:
    """The document's relations other than aliases, as (type, folded head, folded tail)."""
    triples: set[RelationTriple] = set()
    for relation in records_in(document, "relations"):
        relation_type: Any = relation.get("type")
        # A list or object as type cannot be compared as a set member; it names no relation.
        if relation_type == ALIAS_RELATION or not isinstance(relation_type, Hashable):
            continue
        head = normalize_for_scoring(relation.get("head"))
        tail = normalize_for_scoring(relation.get("tail"))
        triples.add((relation_type, head, tail))
    return frozenset(triples)


def set_detection(gold: frozenset[Any], predicted: frozenset[Any]) -> DetectionScore:
    """Exact-match counts of two sets (alias pairs, relation triples)."""
    return DetectionScore(
        true_positives=len(gold & predicted),
        false_positives=len(predicted - gold),
        false_negatives=len(gold - predicted),
    )


def _is_type(entity: Record, entity_type: str) -> bool:
    return bool(entity.get("type") == entity_type)
