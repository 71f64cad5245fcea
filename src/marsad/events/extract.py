"""A first rule-based event coder: one event per sentence with a trigger.

For each sentence: the strongest trigger (ACLED's priority) gives the type;
the place after the trigger (else before it) gives the location; the
sentence's resolved date (else the publication date, for news told in the
present) gives the date; actors, people, fatalities and the cited source come
from the same sentence. The same incident told twice (same type, place and
date) is kept once.
"""

from __future__ import annotations

import re

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.events.attribution import find_attribution
from marsad.events.triggers import TriggerMatch, find_triggers
from marsad.model import Actor, Document, Event, PartialDate, Place, Span

# Words that make a number a death toll when they stand next to it.
_CASUALTY_WORDS = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:قتلي|قتيل\w*|جثث|جث[تة]\w*|ضحايا|مقتل)")
# How far (characters) a number may stand from a casualty word to count as a toll.
CASUALTY_WINDOW = 30
# Background clauses ("وكان … قد") tell an earlier event: never dated to publication.
_BACKGROUND = re.compile(r"(?<!\w)(?:وكان|وكانت|كان|كانت)\s.{0,80}?\sقد\s")
# A document-level date is the publication date, told in the present tense.
BASE_CONFIDENCE = 0.5


def _choose_place(annotations: Annotations, trigger: TriggerMatch) -> Place | None:
    after = [p for p in annotations.places if p.span.start >= trigger.span.end]
    before = [p for p in annotations.places if p.span.end <= trigger.span.start]
    candidates = after or list(reversed(before))
    return candidates[0].place if candidates else None


def _choose_date(
    annotations: Annotations, document: Document, background: bool
) -> PartialDate | None:
    for mention in annotations.dates:
        if mention.date is not None:
            return mention.date
        if mention.relative:
            return None  # "قبل يومين" with no publication date: unknown, not today
    if background or document.published is None:
        return None
    return document.published if document.published.precision == "day" else None


def _fatalities(annotations: Annotations, sentence: Span) -> int:
    norm = annotations.norm
    casualty = [
        span
        for m in _CASUALTY_WORDS.finditer(norm.text)
        if sentence.contains(span := norm.span_to_original(m.start(), m.end()))
    ]
    if not casualty:
        return 0
    for number in annotations.numbers:
        if any(abs(number.span.start - c.start) <= CASUALTY_WINDOW for c in casualty):
            return number.value
    # a casualty word with a named person and no number: one death per person
    return 1 if annotations.people else 0


def _actors(annotations: Annotations, event_type: str) -> tuple[Actor | None, Actor | None]:
    seen: list[Actor] = []
    for mention in annotations.actors:
        actor = Actor(mention.surface, mention.category, mention.actor_id)
        if all(a.actor_id != actor.actor_id for a in seen):
            seen.append(actor)
    armed = [a for a in seen if a.category != "civilians"]
    actor1 = armed[0] if armed else None
    rest = [a for a in seen if a is not actor1]
    actor2 = rest[0] if rest else None
    if event_type == "Violence against civilians" and actor2 is None:
        victim = annotations.people[0].surface if annotations.people else "مدنيون"
        actor2 = Actor(victim, "civilians")
    return actor1, actor2


def extract_events(document: Document, annotations: Annotations) -> tuple[Event, ...]:
    """ACLED-typed events, one per sentence that states one.

    >>> # see tests/test_events.py for whole-article examples
    """
    events: list[Event] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for sentence in annotations.sentences:
        triggers = find_triggers(annotations.norm, within=sentence)
        if not triggers:
            continue
        local = annotations.within(sentence)
        if not local.places and not local.people:
            continue  # nothing to place or name: a generality, not an event
        trigger = max(triggers, key=lambda t: (t.rule.priority, -t.span.start))
        sentence_norm = fold(sentence.of(document.text))
        background = _BACKGROUND.search(sentence_norm) is not None
        place = _choose_place(local, trigger)
        date = _choose_date(local, document, background)
        key = (
            trigger.rule.sub_event_type,
            place.name if place else None,
            date.value if date else None,
        )
        if key in seen:
            continue
        seen.add(key)
        actor1, actor2 = _actors(local, trigger.rule.event_type)
        events.append(
            Event(
                event_type=trigger.rule.event_type,
                sub_event_type=trigger.rule.sub_event_type,
                evidence=sentence,
                trigger=trigger.surface,
                trigger_span=trigger.span,
                date=date,
                location=place,
                actor1=actor1,
                actor2=actor2,
                fatalities=_fatalities(local, sentence),
                persons=tuple(p.surface for p in local.people if not p.pseudonym),
                reported_by=find_attribution(annotations.norm, sentence),
                confidence=BASE_CONFIDENCE,
            )
        )
    return tuple(events)


__all__ = ["Span", "extract_events"]
