"""Reading fields of spec-shaped documents, events and entities while scoring.

Gold and predictions are plain JSON (``shared/spec/events.md``), written by hand
or by other systems, so any field may be missing, ``null`` or of the wrong shape.
These readers give the scorer's view of a field: empty things are absent, and a
shape the scorer could not read at all counts as absent instead of stopping the
whole evaluation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

Record = Mapping[str, Any]

_NO_RECORD: Record = {}


def record_or_empty(value: object) -> Record:
    """``value`` when it is a JSON object, else an empty one."""
    return value if isinstance(value, Mapping) else _NO_RECORD


def items_of(value: object) -> tuple[Any, ...]:
    """The members of a list field; ``null``, ``[]`` and non-lists give none.

    A string is iterated letter by letter, as the scorer does with a string
    where a list belongs.
    """
    if not value or not isinstance(value, Iterable):
        return ()
    return tuple(value)


def records_in(document: Record, field: str) -> tuple[Record, ...]:
    """The JSON objects listed under ``field`` (``events``, ``entities``, ``relations``)."""
    return tuple(item for item in items_of(document.get(field)) if isinstance(item, Mapping))


def location_of(event: Record) -> Record:
    """The event's ``location`` object, empty when there is none."""
    return record_or_empty(event.get("location"))


def persons_of(event: Record) -> tuple[Any, ...]:
    """The named people of an event, without empty entries."""
    return tuple(person for person in items_of(event.get("persons")) if person)


def actor_category(actor: object) -> Any:
    """The ACLED category of an actor object (``None`` without actor or category)."""
    return record_or_empty(actor).get("category")


def coordinate(value: object) -> float | None:
    """A latitude or longitude as a finite number, or ``None`` when it is not one."""
    if not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer beyond any float
        return None
    return number if math.isfinite(number) else None
