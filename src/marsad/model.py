"""The data model: frozen dataclasses that every stage passes along.

A ``Document`` owns the text; every extracted fact is a ``Span`` into
``Document.text`` (half-open character offsets), so the sentence that states a
fact can always be shown again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "week", "month", "year"]
GeoPrecision = Literal["town", "district", "governorate", "country"]
ActorCategory = Literal[
    "state", "rebel", "militia", "identity", "rioters", "protesters", "civilians", "external"
]
RelationType = Literal[
    "alias_of", "member_of", "leads", "facilitated_by", "located_in", "killed_by"
]
EntityType = Literal["PER", "ORG", "LOC"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character offsets ``[start, end)`` into ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The characters this span covers in ``text``."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known only as precisely as the text gives it.

    ``value`` is an ISO prefix: ``2022``, ``2022-11`` or ``2022-11-07``; for
    ``week`` precision it is the first day of the week (a full ISO date).
    A day the text did not give is never invented.
    """

    value: str
    precision: Precision

    def first_day(self) -> str:
        """The first day of the range as ``YYYY-MM-DD`` (ACLED's convention)."""
        parts = self.value.split("-")
        while len(parts) < 3:
            parts.append("01")
        return "-".join(parts[:3])


@dataclass(frozen=True, slots=True)
class Document:
    """One cleaned article. ``text`` is never altered after ingest."""

    doc_id: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: PartialDate | None = None
    origin: str | None = None  # the file (and line) the document was read from


@dataclass(frozen=True, slots=True)
class Mention:
    """A name, date or number found in the text, before it is resolved."""

    span: Span
    surface: str
    label: str  # PER ORG LOC DATE NUM TRIGGER …
    score: float = 1.0
    rule: str = ""  # which rule or model produced it
    value: str | None = None  # resolved value (ISO date, number, canonical id)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place, or an explicit "not resolved" with the reason."""

    name: str  # as the text gives it
    precision: GeoPrecision
    admin1: str | None = None  # governorate, Arabic
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_id: str | None = None  # wof:<id>, geonames:<id> or a curated id
    name_en: str | None = None
    unresolved_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # Arabic surface form
    category: ActorCategory
    actor_id: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A document-level entity: one name and its aliases, with where it is mentioned."""

    text: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    pseudonym: bool = False
    latin: str | None = None
    external_id: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """An ACLED-typed event with the evidence that states it."""

    event_type: str
    sub_event_type: str
    evidence: Span
    trigger: str
    trigger_span: Span
    date: PartialDate | None = None
    location: Place | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: tuple[Actor, ...] = ()
    fatalities: int = 0
    persons: tuple[str, ...] = ()
    reported_by: str | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Relation:
    type: RelationType
    head: str
    tail: str
    evidence: Span
    reported_by: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the pipeline found in one document."""

    document: Document
    events: tuple[Event, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    mentions: tuple[Mention, ...] = ()
    stats: bool = False
    # which stage produced what (for debugging); not exported
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Failure:
    """A document (or input) that could not be processed, kept in quarantine."""

    origin: str  # file path, with ":line" for JSONL
    stage: str  # ingest, normalize, places, events …
    error: str  # one line a user can act on
    doc_id: str | None = None
