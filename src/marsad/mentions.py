"""Every extracted span as a ``Mention``: what the document view highlights."""

from __future__ import annotations

from marsad.annotations import Annotations
from marsad.model import Mention


def collect_mentions(annotations: Annotations) -> tuple[Mention, ...]:
    """Places, actors, people, dates and numbers as mentions, in text order."""
    text = annotations.norm.original
    found: list[Mention] = []
    for place in annotations.places:
        value = place.place.place_id or place.place.unresolved_reason
        found.append(Mention(place.span, place.surface, "LOC", rule=place.rule, value=value))
    for actor in annotations.actors:
        rule = "anaphor" if actor.anaphor else actor.rule
        found.append(Mention(actor.span, actor.surface, "ORG", rule=rule, value=actor.actor_id))
    for person in annotations.people:
        found.append(Mention(person.span, person.surface, "PER", rule=person.cue))
        for span, alias in person.aliases:
            found.append(Mention(span, alias, "PER", rule="alias", value=person.surface))
    for date in annotations.dates:
        value = date.date.value if date.date else None
        found.append(Mention(date.span, date.expression, "DATE", rule="date", value=value))
    for number in annotations.numbers:
        found.append(
            Mention(number.span, number.surface, "NUM", rule=number.kind, value=str(number.value))
        )
    return tuple(
        m
        for m in sorted(found, key=lambda m: (m.span.start, m.span.end))
        if m.span.of(text) == m.surface
    )
