"""A sentence with its names replaced by slots, the text the relation grammar reads.

    «قُتل الشاب فراس الشحادات، الملقب «الأشقر»، وهو عنصر في قوى الأمن الداخلي»
    → «قتل الشاب ⟦P0⟧، الملقب "الاشقر"، وهو عنصر في ⟦O1⟧»

Folding, one kind of quote mark and slots for names let one pattern cover the
spellings, quotes and clitics outlets differ in («لـ"قسد"», «لقسد», «لـ «قسد»»).
Each slot stands for one entity of the document: a name repeated in apposition
(«قوات سوريا الديمقراطية (قسد)», «X الملقب (أبو Y)») becomes one slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.entities import EntityIndex
from marsad.model import Span
from marsad.relations.lexicon import generic_actor_ids, words

# P person, O organisation, G a kind of group («مجموعة محلية»), L place
SLOT = re.compile(r"⟦([POGL])(\d+)⟧")
_KIND_LETTER = {"PER": "P", "ORG": "O", "LOC": "L"}
# the quote marks outlets use, all read as one
_QUOTES = re.compile("[«»“”„‟\"'‘’]")


@dataclass(frozen=True, slots=True)
class Slot:
    kind: str  # P, O, G or L
    text: str  # the entity text


@dataclass(frozen=True, slots=True)
class Skeleton:
    """One sentence, folded, with ``⟦<kind><n>⟧`` where ``slots[n]`` is named."""

    sentence: Span
    text: str
    slots: tuple[Slot, ...]

    def slot(self, number: str) -> Slot:
        return self.slots[int(number)]

    def slots_between(self, start: int, end: int, kinds: str) -> list[Slot]:
        """The slots of the given kinds whose tokens lie in ``text[start:end]``."""
        return [
            self.slots[int(m.group(2))]
            for m in SLOT.finditer(self.text, start, end)
            if m.group(1) in kinds
        ]


@dataclass(frozen=True, slots=True)
class _Name:
    span: Span
    kind: str
    text: str


def skeletons(annotations: Annotations, index: EntityIndex) -> tuple[Skeleton, ...]:
    """One skeleton per sentence of the document, in text order."""
    names = _names(annotations, index)
    text = annotations.norm.original
    return tuple(
        _skeleton(text, sentence, [n for n in names if sentence.contains(n.span)])
        for sentence in annotations.sentences
    )


def _names(annotations: Annotations, index: EntityIndex) -> list[_Name]:
    """Every mention of an entity, people's aliases included, without overlaps."""
    generic = {
        index.by_actor[actor_id] for actor_id in generic_actor_ids() if actor_id in index.by_actor
    }
    # an alias first: where the text introduces «أبو عبادة» as X's kunya, it is X
    found = [
        _Name(span, "P", index.person_name(person.surface))
        for person in annotations.people
        for span, _ in person.aliases
    ]
    found.extend(_Name(n.span, _kind(n.type, n.text, generic), n.text) for n in index.mentions)
    # the town inside a region phrase: «في محيط مدينة كفرنبل» names كفرنبل (a region
    # of a governorate, «ريف دير الزور», is too wide a place to base a group in)
    found.extend(
        _Name(part.span, "L", part.place.name)
        for mention in annotations.places
        for part in mention.parts
        if part.place.precision == "town"
    )
    found.sort(key=lambda n: (n.span.start, -n.span.end))
    kept: list[_Name] = []
    for name in found:
        if not kept or name.span.start >= kept[-1].span.end:
            kept.append(name)
    return kept


def _kind(entity_type: str, text: str, generic: set[str]) -> str:
    return "G" if entity_type == "ORG" and text in generic else _KIND_LETTER[entity_type]


def _skeleton(text: str, sentence: Span, names: list[_Name]) -> Skeleton:
    slots: list[Slot] = []
    parts: list[str] = []
    at = sentence.start
    for name in names:
        slot = Slot(name.kind, name.text)
        if slot not in slots:
            slots.append(slot)
        parts.append(_folded(text[at : name.span.start]))
        parts.append(f"⟦{slot.kind}{slots.index(slot)}⟧")
        at = name.span.end
    parts.append(_folded(text[at : sentence.end]))
    return Skeleton(sentence, _tidy("".join(parts)), tuple(slots))


def _folded(piece: str) -> str:
    return _QUOTES.sub('"', fold(piece))


_QUOTE_BY_NAME = re.compile(r'"\s*(?=⟦)|(?<=⟧)\s*"')
_REPEATED = re.compile(r"(⟦([POGL])(\d+)⟧)[\s،,:()\-–]*⟦\2\3⟧\s*\)?")


@cache
def _renamed() -> re.Pattern[str]:
    """«X ويكنى “أبو عبادة”»: the other name is the same person, whatever entity it became."""
    return re.compile(
        r"(⟦P\d+⟧)[\s،,:()]*" + words("alias_word") + r"(?:ب|باسم|بلقب)?\s*\(?⟦P\d+⟧\s*\)?"
    )


def _tidy(skeleton: str) -> str:
    """Quotes around a name dropped, a name repeated in apposition kept once."""
    skeleton = _QUOTE_BY_NAME.sub("", skeleton)
    while True:
        tidied = _renamed().sub(r"\1", _REPEATED.sub(r"\1", skeleton))
        if tidied == skeleton:
            break
        skeleton = tidied
    return " ".join(skeleton.split())
