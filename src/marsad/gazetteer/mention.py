"""``PlaceMention``: a place named in a text, with its span and how it was resolved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.model import Place, Span


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved or explicitly unresolved.

    ``span`` is a half-open range of the original text and ``surface`` the text it
    covers; ``place`` is what it resolves to (``place.unresolved_reason`` set when it
    does not); ``alternatives`` are the other candidates considered; ``reason`` says
    why this one won; ``rule`` names the rule that found it (``name``, ``rural``,
    ``road``, …); ``country`` is the ISO code of the place; ``parts`` are the named
    places inside a region or road phrase.
    """

    span: Span
    surface: str
    place: Place
    alternatives: tuple[Place, ...]
    reason: str
    rule: str
    country: str | None = None
    parts: tuple[PlaceMention, ...] = ()


def written_name(surface: str) -> str:
    """A place's name as the text gives it; a hashtag's underscores are its spaces
    ("#تل_براك" names تل براك)."""
    return surface.replace("_", " ")


def drop_contained(
    mentions: Sequence[PlaceMention], covering: Sequence[PlaceMention]
) -> list[PlaceMention]:
    """``mentions`` without those lying strictly inside one of ``covering``."""
    return [
        m
        for m in mentions
        if not any(o is not m and o.span.contains(m.span) and o.span != m.span for o in covering)
    ]
