"""ACLED's type for an incident: from its trigger, then from who did it.

A killing of people who could not fight back is violence against civilians, one at
a front-line post a battle; a protest the force broke up is a protest with
intervention; a side taking an area is the state regaining it or a non-state actor
overtaking it; a clan, or a militia that takes people to an unknown place, abducts
rather than arrests.
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import fold
from marsad.events.context import Clause, DocumentContext
from marsad.events.sides import ARMED, MEMBER_REACH
from marsad.events.triggers import TriggerMatch
from marsad.events.usable import has_cue
from marsad.model import Actor

_CIVILIAN_VICTIMS = re.compile(r"(?<!\w)[وبل]?(?:ال)?مدني(?:ين|ان|ون|ه|ا)?(?!\w)")
# A post named this close after an agent cue is the killers' ("برصاص عناصر حاجز").
AGENT_POST_REACH = 12


def acled_type(
    context: DocumentContext, clause: Clause, trigger: TriggerMatch, victims: bool
) -> tuple[str, str]:
    """ACLED's event type and sub-type for the incident ``trigger`` tells in ``clause``;
    ``victims`` says the clause names or counts people killed or hurt."""
    rule = trigger.rule
    if rule.kind == "attack":
        if _CIVILIAN_VICTIMS.search(fold(clause.span.of(context.text))):
            return "Violence against civilians", "Attack"  # "قُتل فيه سائقان مدنيان"
        armed_target = (
            # ("إثر تعرض دورية لهجوم مسلح": a patrol or a checkpoint fights back)
            any(c.kind in ("target", "post") and clause.span.contains(c.span) for c in context.cues)
            or sum(
                1
                for a in context.annotations.actors
                if clause.span.contains(a.span) and a.category in ARMED
            )
            >= 2
        )
        if victims and not armed_target:
            return "Violence against civilians", "Attack"
    if (
        rule.kind == "kill"
        and has_cue(context, "post", clause.span)
        and _armed_side_hit(context, clause)
    ):
        # "قُتل عنصر من قوات النظام برصاص قناص من الفصائل على محور الحويز": a fighter
        # killed at his post by the other side is a battle, not violence against civilians
        return "Battles", "Armed clash"
    if rule.kind == "protest" and has_cue(context, "intervention", clause.sentence):
        return "Protests", "Protest with intervention"
    return rule.event_type, rule.sub_event_type


def _armed_side_hit(context: DocumentContext, clause: Clause) -> bool:
    """A named armed actor after a target cue ("عنصر من قوات النظام")."""
    if _CIVILIAN_VICTIMS.search(fold(clause.span.of(context.text))):
        return False
    agents = [c.span.end for c in context.cues if c.kind == "agent"]
    for cue in context.cues:
        if cue.kind != "target" or not clause.span.contains(cue.span):
            continue
        if any(0 <= cue.span.start - end <= AGENT_POST_REACH for end in agents):
            continue  # "برصاص عناصر حاجز لـ«قسد»": the killers' checkpoint
        for actor in context.annotations.actors:
            near = 0 <= actor.span.start - cue.span.end <= MEMBER_REACH
            if near and actor.category in ARMED and clause.span.contains(actor.span):
                return True
    return False


_UNKNOWN_PLACE = "جهه مجهوله"
# Detainers named as men of a family or clan right after the verb.
_CLAN_DETAINERS = re.compile(
    r"^\s*((?:شبان|مسلحون|مسلحين|رجال|افراد|أفراد)\s+من\s+(?:عائلة|عائله|عشيرة|عشيره|آل)\s+\S+)"
)
CLAN_REACH = 40


def _territory(sub_event_type: str, actor_category: str | None) -> str:
    if sub_event_type in ("Government regains territory", "Non-state actor overtakes territory"):
        return (
            "Government regains territory"
            if actor_category == "state"
            else "Non-state actor overtakes territory"
        )
    return sub_event_type


def refine_by_sides(
    context: DocumentContext,
    clause: Clause,
    trigger: TriggerMatch,
    sub_event_type: str,
    actor1: Actor | None,
) -> tuple[str, Actor | None]:
    """The sub-type once the sides are known, and the detainer a clan's men are."""
    sub_event_type = _territory(sub_event_type, actor1.category if actor1 else None)
    clan = _CLAN_DETAINERS.search(context.text[trigger.span.end : trigger.span.end + CLAN_REACH])
    if sub_event_type == "Arrests" and actor1 is None and clan:
        actor1 = Actor(clan[1], "identity")  # "احتجز شبان من عائلة المقداد ثلاثة أشخاص"
    if (
        sub_event_type == "Arrests"
        and actor1 is not None
        and (
            actor1.category == "identity"
            or (
                actor1.category == "militia"
                and _UNKNOWN_PLACE in fold(clause.sentence.of(context.text))
            )
        )
    ):
        # "احتجز شبان من عائلة المقداد ثلاثة أشخاص", "اعتقلت الميليشيات 3 شبان …
        # واقتادتهم إلى جهة مجهولة": a clan, or a militia that takes people to an
        # unknown place, abducts them (ACLED)
        sub_event_type = "Abduction/forced disappearance"
    return sub_event_type, actor1
