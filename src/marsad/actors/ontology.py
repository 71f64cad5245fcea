"""The actor ontology: who fights in Syria, under which names, and when.

The data lives in ``marsad/data/actors.yaml`` (reviewed like code); this module holds
its types, loads it once per process and resolves names whose referent depends on the
date: «الجيش السوري» is Assad's army in 2023 and the transitional government's forces
in 2025.

>>> resolve_actor("الجيش السوري", PartialDate("2023-05-02", "day")).actor_id
'sy-forces-2000-2024'
>>> resolve_actor("الجيش السوري", PartialDate("2025-03-07", "day")).actor_id
'sy-forces-2024'
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Literal

from marsad.arabic import fold
from marsad.errors import MarsadError
from marsad.model import ActorCategory, PartialDate

ONTOLOGY_RESOURCE = "actors.yaml"

Gender = Literal["m", "f"]


class OntologyError(MarsadError):
    """The actor ontology file is malformed; the message names the bad entry."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the ontology.

    ``valid_to`` is exclusive: the Assad government's forces have ``valid_to``
    ``2024-12-08`` and the transitional government's ``valid_from`` ``2024-12-08``.
    An entry with ``variants`` is a name whose referent depends on the date; see
    :func:`resolve_actor`.
    """

    actor_id: str
    name_ar: str
    name_en: str
    category: ActorCategory
    names_ar: tuple[str, ...] = ()
    guarded_ar: tuple[str, ...] = ()
    parent: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    variants: tuple[str, ...] = ()
    anaphor_target: bool = True
    sources: tuple[str, ...] = ()
    note: str = ""

    @property
    def all_names(self) -> tuple[str, ...]:
        """Canonical name, variants and guarded names, in file order."""
        return (self.name_ar, *self.names_ar, *self.guarded_ar)

    def covers(self, first: str, last: str) -> bool:
        """True when the actor existed on every day from ``first`` to ``last`` (ISO)."""
        starts_in_time = self.valid_from is None or self.valid_from <= first
        ends_in_time = self.valid_to is None or last < self.valid_to
        return starts_in_time and ends_in_time

    def founded_after(self, last: str) -> bool:
        """True when the actor did not exist yet on ``last`` (ISO)."""
        return self.valid_from is not None and self.valid_from > last


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A generic noun («التنظيم») that refers back to the last compatible actor."""

    word: str
    gender: Gender
    heads: frozenset[str]  # folded, article dropped
    categories: frozenset[str]
    title: bool = False  # also a military rank before a person's name
    note: str = ""


@dataclass(frozen=True, slots=True)
class Ontology:
    """The validated ontology, with a folded-name index."""

    actors: Mapping[str, ActorEntry]
    anaphors: tuple[Anaphor, ...]
    not_actors: tuple[str, ...]
    spellings: tuple[tuple[str, ...], ...]
    by_name: Mapping[str, str]  # folded name (with spelling twins) → actor id

    def lookup(self, id_or_name: str) -> ActorEntry | None:
        """The entry with this id, or whose name folds to the same string."""
        entry = self.actors.get(id_or_name)
        if entry is not None:
            return entry
        actor_id = self.by_name.get(" ".join(fold(id_or_name).split()))
        return None if actor_id is None else self.actors[actor_id]

    def resolve(self, entry: ActorEntry, on: PartialDate | None) -> ActorEntry:
        """The variant of ``entry`` valid on ``on``; ``entry`` itself if none fits.

        A date that straddles the change («كانون الأول 2024» at month precision) keeps
        the generic entry rather than guessing a side.
        """
        if not entry.variants or on is None:
            return entry
        bounds = date_bounds(on)
        if bounds is None:
            return entry
        fitting = [v for v in entry.variants if self.actors[v].covers(*bounds)]
        return self.actors[fitting[0]] if len(fitting) == 1 else entry


def date_bounds(on: PartialDate) -> tuple[str, str] | None:
    """First and last ISO day a partial date can mean; None if it does not parse.

    >>> date_bounds(PartialDate("2024-02", "month"))
    ('2024-02-01', '2024-02-29')
    """
    parts = on.value.split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return f"{numbers[0]:04d}-01-01", f"{numbers[0]:04d}-12-31"
        if len(numbers) == 2:
            year, month = numbers
            last_day = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last_day:02d}"
        if len(numbers) == 3:
            first = date(*numbers)
            last = first + timedelta(days=6) if on.precision == "week" else first
            return first.isoformat(), last.isoformat()
    except (ValueError, calendar.IllegalMonthError):
        return None
    return None


@cache
def load_ontology() -> Ontology:
    """The shipped ontology, parsed and validated once per process."""
    from marsad.actors.schema import parse_ontology

    text = resources.files("marsad.data").joinpath(ONTOLOGY_RESOURCE).read_text("utf-8")
    return parse_ontology(text, origin=f"marsad/data/{ONTOLOGY_RESOURCE}")


def resolve_actor(actor_id_or_name: str, on: PartialDate | None = None) -> ActorEntry | None:
    """The ontology actor an id or Arabic name stands for on a date.

    Names are compared after folding, without proclitics. For a date-dependent name
    the variant valid on ``on`` is returned; with no date (or one straddling the
    change) the generic entry, whose category is still known. Unknown names give None.

    >>> resolve_actor("الأمن العام", PartialDate("2025-01-15", "day")).actor_id
    'sy-general-security-2024'
    >>> resolve_actor("القوات الحكومية", PartialDate("2023", "year")).name_en
    'Military Forces of Syria (2000-2024)'
    >>> resolve_actor("قسد").category
    'rebel'
    """
    ontology = load_ontology()
    entry = ontology.lookup(actor_id_or_name)
    return None if entry is None else ontology.resolve(entry, on)
