"""Document-level entities and the relations the mention stages already know."""

from __future__ import annotations

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.model import Entity, Relation, Span

# Actor categories that are kinds of people, not organisations one can name.
_NOT_ORGANISATIONS = frozenset({"civilians", "protesters", "rioters"})


def build_entities(annotations: Annotations) -> tuple[Entity, ...]:
    """People (with aliases and pseudonyms), organisations and places, once each."""
    entities: list[Entity] = []
    for person in annotations.people:
        entities.append(
            Entity(
                text=person.surface,
                type="PER",
                aliases=tuple(dict.fromkeys(alias for _, alias in person.aliases)),
                pseudonym=person.pseudonym,
                spans=(person.span, *(span for span, _ in person.aliases)),
            )
        )
    entities.extend(_group_actors(annotations))
    entities.extend(_group_places(annotations))
    return tuple(_merge_same_name(entities))


def _group_actors(annotations: Annotations) -> list[Entity]:
    surfaces: dict[str, list[tuple[str, Span]]] = {}
    for mention in annotations.actors:
        if mention.anaphor or mention.category in _NOT_ORGANISATIONS:
            continue
        surfaces.setdefault(mention.actor_id, []).append((mention.surface, mention.span))
    groups = []
    for found in surfaces.values():
        names = list(dict.fromkeys(surface for surface, _ in found))
        groups.append(
            Entity(
                text=names[0],
                type="ORG",
                aliases=tuple(names[1:]),
                spans=tuple(span for _, span in found),
            )
        )
    return groups


def _group_places(annotations: Annotations) -> list[Entity]:
    spans: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    for mention in annotations.places:
        if mention.place.unresolved_reason or mention.place.precision != "town":
            continue
        key = fold(mention.place.name)
        names.setdefault(key, mention.place.name)
        spans.setdefault(key, []).append(mention.span)
    return [Entity(text=names[key], type="LOC", spans=tuple(spans[key])) for key in names]


def _merge_same_name(entities: list[Entity]) -> list[Entity]:
    merged: dict[tuple[str, str], Entity] = {}
    for entity in entities:
        key = (entity.type, fold(entity.text))
        if key in merged:
            old = merged[key]
            merged[key] = Entity(
                text=old.text,
                type=old.type,
                aliases=tuple(dict.fromkeys(old.aliases + entity.aliases)),
                pseudonym=old.pseudonym or entity.pseudonym,
                spans=old.spans + entity.spans,
            )
        else:
            merged[key] = entity
    return list(merged.values())


def alias_relations(annotations: Annotations) -> tuple[Relation, ...]:
    """``alias_of`` for every "X الملقب Y": head the alias, tail the name."""
    relations = []
    for person in annotations.people:
        for span, alias in person.aliases:
            evidence = next(
                (s for s in annotations.sentences if s.contains(span)),
                Span(person.span.start, span.end),
            )
            relations.append(Relation("alias_of", alias, person.surface, evidence))
    return tuple(relations)
