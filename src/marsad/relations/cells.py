"""A cell's people: a raid names the cell's group first, then its people.

«فككت الوحدات خلية تتبع لتنظيم داعش … القبض على متزعم الخلية المدعو X»
→ member_of(X, تنظيم داعش)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.relations.grammar import Found, compile_pattern
from marsad.relations.lexicon import words
from marsad.relations.skeleton import Skeleton, Slot

_CELL = "{cell}(?:\\s+[^\\s⟦]+){0,5}?\\s*{bridge}\\s*(?:{group_descriptor}\\s*)?{O:group}"
# «القبض على متزعم الخلية المدعو X», «بين القتلى قيادياً في الخلية يُدعى X»
_CELL_MEMBER_AFTER = (
    "(?:{cell_role}|{role_phrase}(?:في|من)\\s*){cell_noun}"
    "(?:[\\s،,:]|{naming}|{dead_naming})*{P:head}"
)
_CELL_MEMBER_BEFORE = "{P:head}{appos}(?:{copula}\\s*)?{cell_role}\\s*{cell_noun}"
# «القبض على متزعمها المدعو X»: the pronoun is the cell
_CELL_PRONOUN_MEMBER = (
    words("cell_role", whole=False) + "(?:ها|ه)(?!\\w)(?:[\\s،,:]|{naming}|{dead_naming})*{P:head}"
)


def cell_members(skeletons: Iterable[Skeleton]) -> Iterator[Found]:
    """member_of(person, group) for the people of the last cell the text tied to a group."""
    cell: Slot | None = None
    for skeleton in skeletons:
        cell = _cell_group(skeleton) or cell
        if cell is None:
            continue
        for pattern in (_CELL_MEMBER_AFTER, _CELL_PRONOUN_MEMBER, _CELL_MEMBER_BEFORE):
            for match in compile_pattern(pattern).finditer(skeleton.text):
                person = skeleton.slot(match.group("head"))
                yield Found("member_of", person, cell, skeleton.sentence)


def _cell_group(skeleton: Skeleton) -> Slot | None:
    found = [m.group("group") for m in compile_pattern(_CELL).finditer(skeleton.text)]
    return skeleton.slot(found[-1]) if found else None
