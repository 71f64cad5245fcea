"""killed_by: a named person killed by a named group.

«وقتل اللواء الثامن المدعو “فايز الراضي” في حملة …»   (an event and its two sides)
«مقتل الراعي X برصاص الجيش الإسرائيلي»                 (the sentence alone)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.entities import EntityIndex
from marsad.model import Actor, Event, Span
from marsad.relations.grammar import Found, compile_pattern
from marsad.relations.lexicon import generic_actor_ids
from marsad.relations.skeleton import Skeleton, Slot

# A victim's name follows the death word closely ("مقتل المدعو “فايز الراضي”").
VICTIM_REACH = 40
# Only a violent event has a killer: a death told in an arrest is someone else's doing.
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# The words before a group that make it the teller, not an actor: «وقال مصدر في قيادة الأمن».
_TELLER = re.compile(
    r"(?:مصدر|مصادر|بيان|مراسل|متحدث|ناطق|مسؤول)\s+(?:\S+\s+)?(?:في|من|باسم|ل)?\s*$"
)
_KILLED_WITH = (
    "{death}(?:\\s+[^\\s⟦]+){0,2}?\\s*{P:head}{appos}{killed_with}(?:{facilitator_noun})?{O:tail}"
)


def killed_in_events(
    annotations: Annotations,
    index: EntityIndex,
    events: tuple[Event, ...],
    belongs: set[tuple[str, str]],
) -> Iterator[Found]:
    """killed_by for each person an event names right after a death word.

    ``belongs`` holds the (person, group) pairs already read: a victim's own group
    is the side that lost them, so the killer is the other side.
    """
    text = annotations.norm.original
    death = compile_pattern("{death}")
    for event in events:
        if event.fatalities == 0 or event.event_type not in VIOLENT:
            continue
        told = event.evidence.of(text)
        for victim in event.persons:
            at = told.find(victim)
            if at < 0 or not death.search(fold(told[max(0, at - VICTIM_REACH) : at])):
                continue
            name = index.person_name(victim)
            killer = _killer(event, name, index, belongs)
            if killer is not None and _acts_in(killer, event.evidence, index, text):
                yield Found("killed_by", Slot("P", name), Slot("O", killer), event.evidence)


def killed_with(skeleton: Skeleton) -> Iterator[Found]:
    """«مقتل الراعي X برصاص الجيش الإسرائيلي» → killed_by(X, الجيش الإسرائيلي)."""
    for match in compile_pattern(_KILLED_WITH).finditer(skeleton.text):
        head, tail = skeleton.slot(match.group("head")), skeleton.slot(match.group("tail"))
        yield Found("killed_by", head, tail, skeleton.sentence)


def named_side(actor: Actor | None, index: EntityIndex) -> str | None:
    """The entity text of a named actor; None for unnamed or generic ones."""
    if actor is None or actor.actor_id in generic_actor_ids():
        return None
    return index.actor_name(actor.actor_id)


def _killer(
    event: Event, victim: str, index: EntityIndex, belongs: set[tuple[str, str]]
) -> str | None:
    first, second = named_side(event.actor1, index), named_side(event.actor2, index)
    if first is not None and (victim, first) not in belongs:
        return first
    if first is not None and second is not None and (victim, second) not in belongs:
        return second
    return None


def _acts_in(group: str, sentence: Span, index: EntityIndex, text: str) -> bool:
    """Whether the sentence names the group other than as the source of the report."""
    return any(
        named.text == group
        and sentence.contains(named.span)
        and not _TELLER.search(fold(text[sentence.start : named.span.start]))
        for named in index.mentions
    )
