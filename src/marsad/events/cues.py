"""Cue phrases around triggers (``data/events/cues.tsv``), found once per document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.arabic.normalize import NormalizedText, fold
from marsad.model import Span

CUE_KINDS = (
    "agent",
    "target",
    "between",
    "origin",
    "background",
    "general",
    "tally",
    "negation",
    "denial",
    "demand",
    "attempt",
    "clause",
    "sameday",
    "intervention",
    "continuation",
    "weapons",
    "explosives",
    "rise",
    "post",
)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    span: Span  # original offsets
    phrase: str  # the folded lexicon phrase


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    text = resources.files("marsad.data").joinpath("events/cues.tsv").read_text("utf-8")
    phrases: dict[str, list[str]] = {kind: [] for kind in CUE_KINDS}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, phrase = line.split("\t")
        phrases[kind].append(fold(phrase))
    patterns = {}
    for kind, items in phrases.items():
        items.sort(key=len, reverse=True)
        words = [p for p in items if p[:1].isalpha()]
        marks = [p for p in items if not p[:1].isalpha()]
        # word-led cues start at a word (after an optional و/ف); punctuation-led
        # ones ("، فيما", "؛") need no boundary before them
        patterns[kind] = re.compile(
            r"(?:(?<!\w)[وف]?(" + _alternatives(words) + r")|(" + _alternatives(marks) + r"))"
            r"(?!\w)"
        )
    return patterns


def _alternatives(phrases: list[str]) -> str:
    if not phrases:
        return r"(?!x)x"  # matches nothing
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def find_cues(norm: NormalizedText) -> tuple[Cue, ...]:
    """Every cue phrase in the document, in text order."""
    found = []
    for kind, pattern in _patterns().items():
        for m in pattern.finditer(norm.text):
            group = 1 if m.group(1) is not None else 2
            span = norm.span_to_original(m.start(group), m.end(group))
            found.append(Cue(kind, span, m.group(group)))
    return tuple(sorted(found, key=lambda c: (c.span.start, c.kind)))
