"""What a matched pair of events got right, attribute by attribute.

Each attribute is judged only when gold states it (a gold event without
fatalities says nothing about a predicted count). ``persons_recall`` is not
right-or-wrong but the share of gold people the prediction names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from marsad.evaluation.dates import date_correct
from marsad.evaluation.matching import shared_person_count
from marsad.evaluation.names import same_name, same_place_name
from marsad.evaluation.places import same_place
from marsad.evaluation.records import Record, actor_category, location_of, persons_of

PERSONS_RECALL = "persons_recall"
# A pair is a strict match when none of these is wrong: the ACLED cell an
# analyst counts (what, where, when, how many dead).
STRICT_ATTRIBUTES = ("sub_event_type", "location", "date", "fatalities")


@dataclass(frozen=True, slots=True)
class PairVerdict:
    """The judged attributes of one matched pair.

    ``checks`` holds the right/wrong attributes in report order, ``None`` where
    gold is silent; ``persons_recall`` is ``None`` when gold names nobody.
    """

    checks: tuple[tuple[str, bool | None], ...]
    persons_recall: float | None

    @property
    def strict(self) -> bool:
        """Whether type, place, date and fatalities are all right or unjudged."""
        verdicts = dict(self.checks)
        return all(verdicts[name] is not False for name in STRICT_ATTRIBUTES)

    @property
    def wrong(self) -> tuple[str, ...]:
        """The attributes judged wrong, in report order."""
        return tuple(name for name, verdict in self.checks if verdict is False)

    def credits(self) -> Iterator[tuple[str, float]]:
        """Each judged attribute with its credit: 1 or 0, or the persons recall."""
        for name, verdict in self.checks:
            if verdict is not None:
                yield name, float(verdict)
        if self.persons_recall is not None:
            yield PERSONS_RECALL, self.persons_recall


def judge_pair(gold_event: Record, predicted_event: Record) -> PairVerdict:
    """Judge every attribute gold states of a matched prediction."""
    gold_governorate = location_of(gold_event).get("admin1")
    predicted_governorate = location_of(predicted_event).get("admin1")
    checks = (
        ("event_type", _equal_field(gold_event, predicted_event, "event_type")),
        ("sub_event_type", _equal_field(gold_event, predicted_event, "sub_event_type")),
        ("location", same_place(gold_event, predicted_event)),
        (
            "admin1",
            same_place_name(gold_governorate, predicted_governorate) if gold_governorate else None,
        ),
        ("date", date_correct(gold_event, predicted_event)),
        (
            "fatalities",
            _equal_field(gold_event, predicted_event, "fatalities")
            if gold_event.get("fatalities") is not None
            else None,
        ),
        ("actor1_category", _same_actor_category(gold_event, predicted_event, "actor1")),
        ("actor2_category", _same_actor_category(gold_event, predicted_event, "actor2")),
        ("reported_by", _same_source(gold_event, predicted_event)),
    )
    gold_persons = persons_of(gold_event)
    recall = (
        shared_person_count(gold_event, predicted_event) / len(gold_persons)
        if gold_persons
        else None
    )
    return PairVerdict(checks, recall)


def _equal_field(gold_event: Record, predicted_event: Record, field: str) -> bool:
    return bool(gold_event.get(field) == predicted_event.get(field))


def _same_actor_category(gold_event: Record, predicted_event: Record, role: str) -> bool | None:
    gold_actor = gold_event.get(role)
    if not gold_actor:
        return None
    return bool(actor_category(gold_actor) == actor_category(predicted_event.get(role)))


def _same_source(gold_event: Record, predicted_event: Record) -> bool | None:
    """Whether the report is attributed to the same source ("مراسلنا", "مصادر محلية")."""
    gold_source = gold_event.get("reported_by")
    if not gold_source:
        return None
    predicted_source = predicted_event.get("reported_by")
    return bool(predicted_source) and same_name(gold_source, predicted_source)
