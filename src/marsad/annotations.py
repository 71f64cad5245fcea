"""What the mention stages found in one document: the input of the event stage."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.actors import ActorMention
from marsad.arabic.dates import DateMention
from marsad.arabic.normalize import NormalizedText
from marsad.arabic.numbers import NumberMention
from marsad.gazetteer import PlaceMention
from marsad.model import Span
from marsad.outlets import OutletMention
from marsad.people import PersonMention


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
