"""Pairing predicted events with gold events, one to one.

Two events may pair when their dates are compatible and they share a place or
at least one named person. Among the pairs allowed, the best agreeing are taken
first (greedy), each event used once; ties go to the earlier gold event, then to
the earlier prediction, so the result does not depend on anything but list order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.evaluation.dates import date_correct, dates_compatible
from marsad.evaluation.names import same_name
from marsad.evaluation.places import same_place
from marsad.evaluation.records import Record, persons_of

# Weights of the agreement between two events. Place and people carry the
# identity of an event, so each counts double; two shared people are enough to
# be sure, so more do not add.
PLACE_WEIGHT = 2
PERSON_WEIGHT = 2
MOST_PERSONS_COUNTED = 2


@dataclass(frozen=True, slots=True)
class EventPair:
    """A gold event and the prediction paired with it, as list indexes."""

    gold_index: int
    predicted_index: int


def shared_person_count(gold_event: Record, predicted_event: Record) -> int:
    """How many of the gold event's people the prediction names.

    ``["أسامة عزيزية", "الشايب"]`` against ``["اسامه عزيزيه"]`` gives 1.
    """
    predicted_persons = persons_of(predicted_event)
    return sum(
        any(same_name(gold_person, predicted_person) for predicted_person in predicted_persons)
        for gold_person in persons_of(gold_event)
    )


def pair_agreement(gold_event: Record, predicted_event: Record) -> int | None:
    """How well two events agree, or ``None`` when they may not pair at all.

    Points: 2 for the same place, 2 per shared person (at most two), 1 each for
    the same event type, the same sub-event type and a right date.
    """
    if not dates_compatible(gold_event, predicted_event):
        return None
    place_agrees = same_place(gold_event, predicted_event)
    shared_persons = shared_person_count(gold_event, predicted_event)
    if not place_agrees and not shared_persons:
        return None
    return (
        PLACE_WEIGHT * place_agrees
        + PERSON_WEIGHT * min(shared_persons, MOST_PERSONS_COUNTED)
        + (gold_event.get("event_type") == predicted_event.get("event_type"))
        + (gold_event.get("sub_event_type") == predicted_event.get("sub_event_type"))
        + bool(date_correct(gold_event, predicted_event))
    )


def match_events(gold: Sequence[Record], predicted: Sequence[Record]) -> tuple[EventPair, ...]:
    """Pair events one to one, best agreement first, in the order they were taken."""
    candidates: list[tuple[int, int, int]] = []
    for gold_index, gold_event in enumerate(gold):
        for predicted_index, predicted_event in enumerate(predicted):
            agreement = pair_agreement(gold_event, predicted_event)
            if agreement is not None:
                candidates.append((-agreement, gold_index, predicted_index))
    candidates.sort()
    taken_gold: set[int] = set()
    taken_predicted: set[int] = set()
    pairs: list[EventPair] = []
    for _, gold_index, predicted_index in candidates:
        if gold_index in taken_gold or predicted_index in taken_predicted:
            continue
        taken_gold.add(gold_index)
        taken_predicted.add(predicted_index)
        pairs.append(EventPair(gold_index, predicted_index))
    return tuple(pairs)
