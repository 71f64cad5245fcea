"""The dead named after the sentence that counts them.

A report first counts the dead with their group, then names them:

    «قُتل عنصران من قسد إثر هجوم لتنظيم داعش … والقتيلان هما X وY»
    → member_of(X, قسد), member_of(Y, قسد), killed_by(X, داعش), killed_by(Y, داعش)

The killer comes from the event that tells the death (its named side that is not
the victims' own group) or, failing that, from the attack the sentence tells.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.entities import EntityIndex
from marsad.model import Actor, Event, Span
from marsad.relations.grammar import Found, compile_pattern, names_after
from marsad.relations.skeleton import Skeleton, Slot
from marsad.relations.violence import VIOLENT, named_side

# The group of the dead follows the death word and their count: «قُتل عنصران من قسد»,
# «مقتل ثلاثة من مقاتلي العشائر», «أحد قتلى قسد»; a group named elsewhere in the
# sentence may be the killers («قُتل شاب برصاص عناصر من الأسايش»).
_DEAD_GROUP = (
    "{death}\\s+(?:(?!{killed_with}|{attack})[^\\s⟦]+\\s+){0,2}?(?:من\\s+)?(?:{role_plural}|{role})"
    "(?:\\s+{role_qualifier}){0,2}\\s*(?:(?:من|في)\\s*(?:{group_descriptor}\\s*)?)?{O:group}",
    "(?<!\\w)(?:قتلى|قتيلي)\\s*{O:group}",
)
# «القتيلان هما X وY»; «المقاتلَين هما روهات عفرين، واسمه الحقيقي X»
_NAMING = "(?:[\\s،,:]|{dead_naming})*(?:[^⟦]{1,40}?(?:{alias_word}|{naming}))?"
_THE_DEAD = "{the_dead}" + _NAMING + "{P:first}"
_DEAD_AMONG = "{dead_among}" + _NAMING + "{P:first}"
# «بهجوم شنته خلايا تنظيم داعش», «شنّ مسلحون يُعتقد أنهم من خلايا داعش هجوماً»; the
# words between name the attackers, so «هجوماً على حاجز لقسد» (the target) is no match
_ATTACK = "{attack}(?:ل?{attacker_word}){0,6}ل?{O:attacker}"


def victims(
    skeletons: Iterable[Skeleton], events: tuple[Event, ...], index: EntityIndex
) -> Iterator[Found]:
    """member_of and killed_by for the dead a report names after counting them."""
    told: Skeleton | None = None  # the last sentence that told a death
    for skeleton in skeletons:
        death = compile_pattern("{death}").search(skeleton.text)
        for pattern in (_THE_DEAD, _DEAD_AMONG):
            for match in compile_pattern(pattern).finditer(skeleton.text):
                in_this = death is not None and death.start() < match.start()
                if pattern == _DEAD_AMONG and not in_this:
                    continue
                # «ما أدى لمقتل العنصرين X وY» may leave their group to an earlier sentence
                sources = [s for s in (skeleton if in_this else None, told) if s is not None]
                if not sources or _someone_else(skeleton.text, match.start()):
                    continue
                dead = names_after(skeleton, match.end(), match.group("first"))
                yield from _the_dead(dead, sources, skeleton.sentence, events, index)
        if death is not None:
            told = skeleton


def _someone_else(text: str, at: int) -> bool:
    """«أحد أقارب الضحية», «المطلوب القتيل»: the word before names another person."""
    before = text[:at].split()[-1:]
    return bool(before) and bool(compile_pattern("^{not_the_dead}$").match(before[0]))


def _the_dead(
    dead: list[Slot],
    sources: list[Skeleton],
    evidence: Span,
    events: tuple[Event, ...],
    index: EntityIndex,
) -> Iterator[Found]:
    """The dead's group and killer, from the first sentence (of ``sources``, the
    death sentences nearest first) that names their group."""
    told, group = next(
        ((s, g) for s in sources if (g := _dead_group(s)) is not None), (sources[0], None)
    )
    killer = _killer(told.sentence, group, events, index) or _attacker(told, group)
    for person in dead:
        if group is not None:
            yield Found("member_of", person, group, evidence)
        if killer is not None:
            yield Found("killed_by", person, killer, evidence)


def _dead_group(skeleton: Skeleton) -> Slot | None:
    """The group the dead of a sentence belonged to: «قُتل عنصران من قسد» → قسد."""
    for pattern in _DEAD_GROUP:
        match = compile_pattern(pattern).search(skeleton.text)
        if match:
            return skeleton.slot(match.group("group"))
    return None


def _killer(
    sentence: Span, group: Slot | None, events: tuple[Event, ...], index: EntityIndex
) -> Slot | None:
    """The named side of the deadly event told in ``sentence`` that is not the
    victims' own group; with the group unknown, only a lone named side."""
    for event in events:
        if event.fatalities == 0 or event.event_type not in VIOLENT:
            continue
        if not event.evidence.overlaps(sentence):
            continue
        sides = [named_side(actor, index) for actor in (event.actor1, event.actor2)]
        if group is not None:
            others = [s for s in sides if s is not None and s != group.text]
            if others and group.text in sides:
                return Slot("O", others[0])
        elif sides[0] is not None and _civilians(event.actor2):
            return Slot("O", sides[0])
    return None


def _attacker(told: Skeleton, group: Slot | None) -> Slot | None:
    """The group the death sentence says attacked, when the victims' group is known
    (so that the target of «هجوم على حاجز لقسد» is not taken for the attacker):
    «قُتل عنصران من قسد بهجوم شنته خلايا تنظيم داعش» → تنظيم داعش."""
    if group is None:
        return None
    for match in compile_pattern(_ATTACK).finditer(told.text):
        attacker = told.slot(match.group("attacker"))
        if attacker != group:
            return attacker
    return None


def _civilians(actor: Actor | None) -> bool:
    return actor is not None and actor.category == "civilians"
