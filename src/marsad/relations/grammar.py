"""A small notation for relation patterns over skeletons, and the pieces they share.

A pattern is a regular expression in which

* ``{PO:head}`` is a slot of kind P or O captured as ``head`` (its number),
* ``{role}`` is the word class ``role`` of ``data/relations/cues.tsv``,
* ``{appos}``, ``{nop}`` … are the shared pieces below.

    compile_pattern("{P:head}{appos}{role}") matches «⟦P0⟧، وهو عنصر».
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from marsad.model import RelationType, Span
from marsad.relations.lexicon import CLASSES, words
from marsad.relations.skeleton import Skeleton, Slot

_TOKEN = re.compile(r"\{([A-Za-z_]\w*)(?::(\w+))?\}")

# What may stand between a name and the words describing it: punctuation, an age
# or alias in brackets or quotes, «وهو», «الملقب "X"» — nothing that starts a new
# statement.
_APPOS = (
    r"(?:\s|[،,:؛\-–]|\d|\([^()⟦]*\)|\"[^\"⟦]*\"|{appositive}"
    r"|{alias_word}\s*(?:ب|باسم|بلقب)?\s*(?:\"[^\"⟦]*\"|⟦P\d+⟧))*?"
)
PIECES = {
    "appos": _APPOS,
    # any words, but no other person: the subject of «… انضم إلى» is the last person named
    "nop": r"(?:[^⟦]|⟦[OGL]\d+⟧)*?",
    # between two groups written side by side: «الأسايش (قوى الأمن الداخلي) التابعة لـ»
    "ogap": r"(?:\s|[،,]|\([^()⟦]*\))*",
    # between a group and the name that follows it: «في الأمن العام يُدعى X»
    "named": r"(?:\s+{name_qualifier})?(?:\s|[،,:(]|{naming})*",
    # a role with what may qualify it: «القيادي الميداني السابق», «قائد مجموعة محلية»
    "role_phrase": (
        r"(?:{role}|{role_plural})(?:\s+{role_qualifier}){0,2}"
        r"(?:\s+ل?{group_noun}(?:\s+{group_adjective}){0,2})?(?:\s+{role_qualifier}){0,2}\s*"
    ),
    # the name of the group a role or verb is in: «في صفوف ميليشيا الدفاع الوطني»
    "in_group": r"{member_preposition}\s*(?:{group_descriptor}\s*){0,2}",
    # a small unnamed group and the bridge to whom it belongs: «في مجموعة محلية تتبع لـ»
    "via_group": (
        r"(?:{member_preposition}\s*)?(?:⟦G\d+⟧|{group_noun}(?:\s+{group_adjective}){0,2})"
        r"(?:\s+{group_adjective}){0,2}[\s،,]*{bridge}\s*(?:{group_descriptor}\s*)?"
    ),
}


@cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The regular expression a pattern in this notation stands for."""
    return re.compile(_expand(pattern))


def _expand(pattern: str) -> str:
    def one(token: re.Match[str]) -> str:
        name, group = token.group(1), token.group(2)
        if group is not None:
            return rf"⟦[{name}](?P<{group}>\d+)⟧"
        if name in PIECES:
            return _expand(PIECES[name])
        if name in CLASSES:
            return words(name)
        raise ValueError(f"unknown word class or piece {{{name}}} in a relation pattern")

    return _TOKEN.sub(one, pattern)


@dataclass(frozen=True, slots=True)
class Rule:
    """A relation read where ``pattern`` matches: its ``head`` and ``tail`` slots."""

    type: RelationType
    pattern: str
    note: str = ""  # an example, for the reader


@dataclass(frozen=True, slots=True)
class Found:
    """A relation read in a sentence, between two slots of its skeleton."""

    type: RelationType
    head: Slot
    tail: Slot
    evidence: Span  # the sentence that states it


def apply(rules: tuple[Rule, ...], skeleton: Skeleton) -> Iterator[Found]:
    """Every relation the rules read in one sentence."""
    for rule in rules:
        for match in compile_pattern(rule.pattern).finditer(skeleton.text):
            yield Found(
                rule.type,
                skeleton.slot(match.group("head")),
                skeleton.slot(match.group("tail")),
                skeleton.sentence,
            )


def names_after(skeleton: Skeleton, at: int, first: str) -> list[Slot]:
    """The person ``first`` and the people listed after them from ``at``:
    «⟦P1⟧ (٢٩ عاماً) من بلدة ⟦L2⟧، و⟦P3⟧» → [P1, P3]."""
    people = [skeleton.slot(first)]
    more = compile_pattern(
        r"(?:[^⟦]|⟦L\d+⟧){0,80}?(?:،|\sو)\s*(?:(?:{dead_naming}|{alias_word})\s*)?{P:next}"
    )
    stop = compile_pattern(r"{list_break}|\.")
    while match := more.match(skeleton.text, at):
        if stop.search(skeleton.text, at, match.start("next")):
            break
        people.append(skeleton.slot(match.group("next")))
        at = match.end()
    return people
