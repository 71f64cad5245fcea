"""What the mention stages found in one document: the input of the event stage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TypeVar

from marsad.actors import ActorMention
from marsad.arabic.dates import DateMention
from marsad.arabic.normalize import NormalizedText
from marsad.arabic.numbers import NumberMention
from marsad.gazetteer import PlaceMention
from marsad.model import Span
from marsad.outlets import OutletMention
from marsad.people import PersonMention


class _Spanned(Protocol):
    @property
    def span(self) -> Span: ...


_M = TypeVar("_M", bound=_Spanned)


def _inside(span: Span, items: tuple[_M, ...]) -> tuple[_M, ...]:
    return tuple(item for item in items if span.contains(item.span))


@dataclass(frozen=True, slots=True)
class Annotations:
    """Every mention found in a document, each a span into ``Document.text``."""

    norm: NormalizedText
    sentences: tuple[Span, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]
    numbers: tuple[NumberMention, ...]
    actors: tuple[ActorMention, ...]
    people: tuple[PersonMention, ...]
    outlets: tuple[OutletMention, ...] = ()

    def within(self, span: Span) -> Annotations:
        """The mentions inside ``span`` (a sentence or paragraph)."""

        return Annotations(
            norm=self.norm,
            sentences=tuple(s for s in self.sentences if span.contains(s)),
            places=_inside(span, self.places),
            dates=_inside(span, self.dates),
            numbers=_inside(span, self.numbers),
            actors=_inside(span, self.actors),
            people=_inside(span, self.people),
            outlets=_inside(span, self.outlets),
        )
