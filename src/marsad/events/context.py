"""Everything the event coder reads about a document, computed once.

Sentences are cut into clauses (at "، فيما", "؛" …) because one Arabic sentence
often tells two incidents; each clause knows its sentence and paragraph, and
the document keeps the cues, triggers and mentions the clauses draw on.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from marsad.annotations import Annotations
from marsad.events.cues import Cue, find_cues
from marsad.events.triggers import TriggerMatch, find_triggers
from marsad.model import Document, Span

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True, slots=True)
class Clause:
    span: Span
    sentence: Span
    paragraph: int


@dataclass(frozen=True, slots=True)
class DocumentContext:
    document: Document
    annotations: Annotations
    cues: tuple[Cue, ...]
    triggers: tuple[TriggerMatch, ...]
    clauses: tuple[Clause, ...]

    @property
    def text(self) -> str:
        return self.document.text


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def _split(sentence: Span, cues: tuple[Cue, ...]) -> list[Span]:
    cuts = [c.span.start for c in cues if c.kind == "clause" and sentence.contains(c.span)]
    bounds = [sentence.start, *cuts, sentence.end]
    return [Span(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def read_document(document: Document, annotations: Annotations) -> DocumentContext:
    """Cues, triggers and clauses of a document, for the event coder."""
    cues = find_cues(annotations.norm)
    triggers = find_triggers(annotations.norm)
    starts = _paragraph_starts(document.text)
    clauses: list[Clause] = []
    for sentence in annotations.sentences:
        paragraph = sum(1 for s in starts if s <= sentence.start) - 1
        clauses.extend(Clause(span, sentence, paragraph) for span in _split(sentence, cues))
    return DocumentContext(document, annotations, cues, triggers, tuple(clauses))
