"""Document-level entities: each person, organisation and place once, with aliases.

Mentions are kept apart from the entities they resolve to (followthemoney):
an ``EntityIndex`` answers "which entity is the name at this offset?" so that
relations and events name entities exactly as the entity list does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.model import Entity, EntityType, Span

# Actor categories that are kinds of people, not organisations one can name.
_NOT_ORGANISATIONS = frozenset({"civilians", "protesters", "rioters"})
# Actor ids that are descriptions, not names ("مسلحون مجهولون").
_UNNAMED_ACTORS = frozenset({"unidentified-armed-group"})
# Words that make a surface a description of the group rather than a name of it
# ("خلايا تنظيم داعش", "فلول التنظيم"): such surfaces are not aliases.
_DESCRIPTIVE = frozenset(
    fold(w) for w in "خلايا خلية فلول عناصر عنصر مقاتلي مقاتلو الإرهابي الارهابي".split()
)


def display_actor_surface(text: str, span: Span) -> str:
    """The name as written, with the article's alef restored after لـ ("للنظام" → "النظام").

    The actor matcher leaves the preposition out of the span, so in "للنظام" the
    span starts at the article's lam, whose alef Arabic drops after لـ.
    """
    surface = span.of(text)
    merged_article = span.start > 0 and text[span.start - 1] == "ل"
    if merged_article and surface.startswith("ل") and not surface.startswith("ال"):
        return "ا" + surface
    return surface


@dataclass(frozen=True, slots=True)
class _Named:
    span: Span
    type: EntityType
    text: str  # the entity text the mention resolves to


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """Entities of a document and which entity each mention resolves to."""

    entities: tuple[Entity, ...]
    mentions: tuple[_Named, ...]  # in text order
    by_actor: dict[str, str] = field(default_factory=dict)
    by_person: dict[str, str] = field(default_factory=dict)

    def actor_name(self, actor_id: str | None) -> str | None:
        return self.by_actor.get(actor_id or "")

    def person_name(self, surface: str) -> str:
        return self.by_person.get(fold(surface), surface)


def build_entities(annotations: Annotations) -> EntityIndex:
    """People (with aliases and pseudonyms), organisations and places, once each."""
    entities: list[Entity] = []
    named: list[_Named] = []
    by_person: dict[str, str] = {}
    for person in annotations.people:
        entities.append(
            Entity(
                text=person.surface,
                type="PER",
                aliases=tuple(dict.fromkeys(alias for _, alias in person.aliases)),
                pseudonym=person.pseudonym,
                latin=person.latin or None,
                spans=tuple(
                    dict.fromkeys(
                        (person.span, *(span for span, _ in person.aliases), *person.mentions)
                    )
                ),
            )
        )
        by_person[fold(person.surface)] = person.surface
        for _, alias in person.aliases:
            by_person.setdefault(fold(alias), person.surface)
        # every reference resolves to the person: "الزعبي" later in the text is him too
        for span in dict.fromkeys((person.span, *person.mentions)):
            named.append(_Named(span, "PER", person.surface))
    organisations, by_actor = _group_actors(annotations)
    entities.extend(organisations)
    for actor in annotations.actors:
        if actor.actor_id in by_actor:
            named.append(_Named(actor.span, "ORG", by_actor[actor.actor_id]))
    entities.extend(_group_outlets(annotations))
    entities.extend(_group_places(annotations))
    for place in annotations.places:
        if place.place.precision == "town" and not _in_outlet(annotations, place.span):
            named.append(_Named(place.span, "LOC", place.place.name))
    merged = _merge_same_name(entities)
    named.sort(key=lambda n: n.span.start)
    return EntityIndex(tuple(merged), tuple(named), by_actor, by_person)


def _group_actors(annotations: Annotations) -> tuple[list[Entity], dict[str, str]]:
    surfaces: dict[str, list[tuple[str, Span]]] = {}
    latin: dict[str, str] = {}
    text = annotations.norm.original
    for mention in annotations.actors:
        if mention.category in _NOT_ORGANISATIONS or mention.actor_id in _UNNAMED_ACTORS:
            continue
        if mention.anaphor:
            continue
        surface = display_actor_surface(text, mention.span)
        surfaces.setdefault(mention.actor_id, []).append((surface, mention.span))
        latin.setdefault(mention.actor_id, mention.name_en)
    groups = []
    by_actor: dict[str, str] = {}
    for actor_id, found in surfaces.items():
        names = _names_not_descriptions([surface for surface, _ in found])
        # the fullest name is the entity's ("تنظيم داعش" over "داعش")
        names.sort(key=lambda name: -len(name.split()))
        groups.append(
            Entity(
                text=names[0],
                type="ORG",
                aliases=tuple(names[1:]),
                latin=latin.get(actor_id) or None,
                external_id=f"actor:{actor_id}",
                spans=tuple(span for _, span in found),
            )
        )
        by_actor[actor_id] = names[0]
    return groups, by_actor


def _names_not_descriptions(surfaces: list[str]) -> list[str]:
    """Distinct surfaces that name the group; descriptions and extended forms dropped.

    ["تنظيم داعش", "خلايا تنظيم داعش", "داعش", "تنظيم داعش الإرهابي"] → ["تنظيم داعش", "داعش"]
    """
    distinct = list(dict.fromkeys(surfaces))
    folded = {s: fold(s) for s in distinct}
    kept = [
        s
        for s in distinct
        if not set(folded[s].split()) & _DESCRIPTIVE
        and not any(
            o != s and folded[o] in folded[s] for o in distinct if len(folded[o].split()) > 1
        )
    ]
    # only descriptions ("خلايا تنظيم داعش"): the name inside them
    return kept or [_without_descriptions(distinct[0])]


def _without_descriptions(surface: str) -> str:
    """ "خلايا تنظيم داعش" → "تنظيم داعش", "تنظيم داعش الإرهابي" → "تنظيم داعش"."""
    words = [w for w in surface.split() if fold(w) not in _DESCRIPTIVE]
    return " ".join(words) or surface


def _group_outlets(annotations: Annotations) -> list[Entity]:
    """Outlets once each: "SY24" with its other name "منصة SY24"."""
    forms: dict[str, list[tuple[str, Span]]] = {}
    for outlet in annotations.outlets:
        forms.setdefault(outlet.name, []).append((outlet.surface, outlet.span))
    return [
        Entity(
            text=name,
            type="ORG",
            aliases=tuple(dict.fromkeys(s for s, _ in found if fold(s) != fold(name))),
            external_id=f"outlet:{name}",
            spans=tuple(span for _, span in found),
        )
        for name, found in forms.items()
    ]


def _in_outlet(annotations: Annotations, span: Span) -> bool:
    return any(o.span.start <= span.start and span.end <= o.span.end for o in annotations.outlets)


def _named_places(annotations: Annotations) -> list[tuple[str, Span]]:
    """Places the text names: towns, quarters and named areas, and the towns and
    governorates inside phrases ("ريف درعا الغربي" names درعا, "أوتوستراد دمشق-عمان"
    names دمشق and عمان). Country-wide areas and outlets ("درعا 24") are left out."""
    found: list[tuple[str, Span]] = []
    for mention in annotations.places:
        if _in_outlet(annotations, mention.span) or mention.place.precision == "country":
            continue
        if mention.rule.startswith(("name", "unknown")):
            found.append((mention.place.name, mention.span))
        for part in mention.parts:
            if part.place.precision != "country":
                found.append((part.place.name, part.span))
    return found


def _group_places(annotations: Annotations) -> list[Entity]:
    spans: dict[str, list[Span]] = {}
    names: dict[str, str] = {}
    for name, span in _named_places(annotations):
        key = fold(name)
        names.setdefault(key, name)
        spans.setdefault(key, []).append(span)
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
                latin=old.latin,
                external_id=old.external_id,
                spans=old.spans + entity.spans,
            )
        else:
            merged[key] = entity
    return list(merged.values())
