"""facilitated_by and located_in: who acts under whose cover, and where a group is.

«فلول تنظيم داعش تعيد تكوين نفسها بتسهيل من الأمن العسكري» → facilitated_by
«فصائل الجيش الوطني الموالية لتركيا»                      → facilitated_by
«قسد المتمركزة في محيط تل رفعت»                           → located_in
«بلدة ذيبان الواقعة تحت سيطرة قسد»                        → located_in
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.model import RelationType
from marsad.relations.grammar import Found, Rule, apply, compile_pattern
from marsad.relations.skeleton import Skeleton

# The group acting stands at most this many skeleton characters before an adverbial
# cue («… بتسهيل من X»): the seed article's «إذ تعيش خلايا التنظيم أسوأ أيامها … وهم
# يتوزعون في بلدة نصيب حالياً تحت حماية النظام» puts 95 between them.
ACTOR_REACH = 120

ADJACENT_RULES = (
    Rule("facilitated_by", "{O:head}{ogap}{backed_by}\\s*(?:{facilitator_noun}\\s*)?{O:tail}"),
    Rule("located_in", "{L:tail}{ogap}{held_by}\\s*{O:head}", "بلدة ذيبان الواقعة تحت سيطرة قسد"),
    Rule(
        "located_in", "{post}\\s*{L:tail}{ogap}{affiliation}{O:head}", "حاجز منكت الحطب التابع لـ"
    ),
    Rule(
        "located_in",
        "{in_group}{O:head}\\s*ب(?:{place_word}){L:tail}",
        "قيادي في ميليشيا الدفاع الوطني بمدينة مصياف",
    ),
)
# Cues whose actor is the subject of the clause, named somewhere before them.
_FACILITATED = "{facilitation}\\s*(?:{facilitator_noun}\\s*){0,2}{O:tail}"
_BY_WAY_OF = "(?<!\\w)عبر\\s*{O:tail}"  # «عبر الأمن العسكري», not «عبر وكالة أعماق»
_BASED = "{based_in}\\s*(?:{place_word}\\s*){0,3}{L:tail}(?:\\s*و(?:{place_word})?{L:more})?"


def links(skeleton: Skeleton) -> Iterator[Found]:
    """facilitated_by and located_in stated in one sentence."""
    yield from apply(ADJACENT_RULES, skeleton)
    for pattern in (_FACILITATED, _BY_WAY_OF):
        yield from _with_actor_before(skeleton, pattern, "facilitated_by", "O")
    yield from _with_actor_before(skeleton, _BASED, "located_in", "O")


def _with_actor_before(
    skeleton: Skeleton, pattern: str, kind: RelationType, actor_kinds: str
) -> Iterator[Found]:
    for match in compile_pattern(pattern).finditer(skeleton.text):
        tail = skeleton.slot(match.group("tail"))
        actors = [
            slot
            for slot in skeleton.slots_between(
                max(0, match.start() - ACTOR_REACH), match.start(), actor_kinds
            )
            if slot != tail
        ]
        if actors:
            yield Found(kind, actors[-1], tail, skeleton.sentence)
            if "more" in match.groupdict() and match.group("more") is not None:
                # «تتمركز في حيي الشيخ مقصود والأشرفية»: both places
                yield Found(kind, actors[-1], skeleton.slot(match.group("more")), skeleton.sentence)
