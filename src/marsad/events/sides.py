"""Who acted and who was acted upon (ACLED actor1 / actor2).

Arabic news puts the agent right after an active verb ("قصفت قوات النظام
بلدة …"), after agent markers in passive clauses ("قُتل شاب برصاص مجهولين",
"على يد", "من قبل"), and the target after target markers ("هجوم على حاجز
لقسد", "استهدفت … سيارة لقوات …"); clashes name both sides ("بين X و Y").
Violence against civilians always has civilians as actor2, whatever the
victim's affiliation (ACLED).
"""

from __future__ import annotations

import re

from marsad.actors import ActorMention
from marsad.arabic.normalize import fold
from marsad.entities import display_actor_surface
from marsad.events.context import DocumentContext
from marsad.model import Actor, Span

# An agent or target marker governs an actor that starts within this many
# characters after it ("برصاص مسلحين", "استهدفت طائرة مسيرة تركية سيارة لقسد").
MARKER_REACH = 40
# A member cue governs the force named this close after it ("عنصر من قوات النظام").
MEMBER_REACH = 12
_MEMBER_OF = re.compile(r"^(?:عنصر|عناصر|جندي|جنود|مقاتل|عسكري|افراد)\w*\s+(?:من|في)$")
# Acts whose agent, if the clause omits it, is the armed actor named just before.
_AGENT_CARRIES_OVER = frozenset(
    {
        "Arrests",
        "Armed clash",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Disrupted weapons use",
        "Protest with intervention",
        "Change to group/activity",
        "Government regains territory",
        "Non-state actor overtakes territory",
    }
)
UNIDENTIFIED_ID = "unidentified-armed-group"
# "التابعة لـ", "المبايع لـ" right before an actor make it the parent of the one before.
_AFFILIATION = re.compile(
    r"(?:التابع\w*|تتبع|يتبع|المبايع\w*|المرتبط\w*|المدعوم\w*)\s*(?:ل|لـ)?\s*\S*$"
)
AFFILIATION_REACH = 24
# "مسلحين من …", "مسلحون يرجح انتماؤهم لـ …": words between gunmen and their group.
_BELONGING = re.compile(r"^\s*(?:من|ينتمون|ينتمي|انتماو\w*|تابعين|يتبعون|يرجح انتماو\w*)")
BELONGING_REACH = 40
# How far back (characters) an omitted subject may have been named.
LOOKBACK_CHARS = 1000
# Acts whose second side is armed only when a target cue names it ("اعتقال خلية لداعش");
# otherwise a co-raider or sponsor named in passing is not the target.
_ONE_ARMED_SIDE = frozenset({"Arrests", "Disrupted weapons use"})
_PLANTED = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
ARMED = frozenset({"state", "rebel", "militia", "identity", "external"})
UNIDENTIFIED = Actor("مسلحون مجهولون", "militia")
CIVILIANS = Actor("مدنيون", "civilians")
PROTESTERS = Actor("متظاهرون", "protesters")


# Target cues that name the unit doing an arrest, not the one acted upon (folded).
_ARRESTING_UNITS = ("دوريه", "حاجز")


def _actor(mention: ActorMention, text: str) -> Actor:
    name = mention.name_ar if mention.anaphor else display_actor_surface(text, mention.span)
    return Actor(name, mention.category, mention.actor_id)


# Target cues that are finite verbs: the actor right after one is its subject
# ("استهدف جيش الاحتلال التركي قريتي صيدا والمعلق"), the target comes after that.
_TARGETING_VERBS = ("استهدف", "استهدفت")
SUBJECT_GAP = 2


def _describes_act(context: DocumentContext, clause: Span, verb: Span) -> bool:
    """The verb describes an act named before it ("حملات أمنية، استهدفت التنظيم"):
    that act is its subject, so the actor after it is the target."""
    return any(clause.contains(t.span) and t.span.end <= verb.start for t in context.triggers)


def _after(
    context: DocumentContext, clause: Span, kind: str, skip: tuple[str, ...] = ()
) -> list[ActorMention]:
    """The actor each ``kind`` cue governs; "subject" is the actor right after a
    targeting verb, which "target" passes over."""
    found = []
    cue_kind = "target" if kind == "subject" else kind
    for cue in context.cues:
        if cue.kind != cue_kind or not clause.contains(cue.span):
            continue
        if any(word in cue.phrase for word in skip):
            continue
        end = cue.span.end
        # "عنصران من الأمن الداخلي": a member's force is named right after him, and
        # the attackers told further on ("بهجوم شنه مسلحون") are not it
        reach = MEMBER_REACH if _MEMBER_OF.match(cue.phrase) else MARKER_REACH
        for mention in context.annotations.actors:
            if not clause.contains(mention.span) or mention.span.start < end:
                continue
            if mention.span.start - end > reach:
                break
            if (
                kind in ("target", "subject")
                and cue.phrase in _TARGETING_VERBS
                and mention.span.start - cue.span.end <= SUBJECT_GAP
                and not _describes_act(context, clause, cue.span)
            ):
                if kind == "subject":
                    found.append(mention)
                    break
                end = mention.span.end  # the verb's subject: the target is named after it
                continue
            if kind != "subject":
                found.append(mention)
                break
    return found


def choose_sides(
    context: DocumentContext,
    clause: Span,
    sentence: Span,
    event_type: str,
    sub_event_type: str,
    victim: str | None,
) -> tuple[Actor | None, Actor | None]:
    """actor1 and actor2 for an incident told in ``clause``."""
    mentions = _sides_only(
        context, [m for m in context.annotations.actors if clause.contains(m.span)]
    )
    agents = _after(context, clause, "agent") + _after(context, clause, "subject")
    # "اعتقلت دورية تابعة لفرع الأمن العسكري": the patrol and checkpoint arrest
    units = _ARRESTING_UNITS if sub_event_type == "Arrests" else ()
    targets = [m for m in _after(context, clause, "target", units) if m not in agents]
    if event_type == "Strategic developments" and sub_event_type not in _ONE_ARMED_SIDE:
        targets = []  # "عناصر من داعش" in a movement names members, not a target
    if sub_event_type == "Disrupted weapons use":
        # "طائرات مسيّرة أطلقتها التنظيمات", "عبوة زرعها مسلحون": whoever wielded the
        # weapon is the side whose weapon was disrupted
        targets, agents = agents + targets, []
    between = _after(context, clause, "between")

    actor1: ActorMention | None = agents[0] if agents else None
    actor2: ActorMention | None = targets[0] if targets else None
    if actor1 is None and between:
        pair = [m for m in mentions if m.span.start >= between[0].span.start - MARKER_REACH]
        armed = _distinct([m for m in pair if m.category in ARMED])
        if len(armed) >= 2:
            actor1, actor2 = armed[0], armed[1]
    if actor1 is None and event_type == "Explosions/Remote violence" and sub_event_type in _PLANTED:
        # a bomb has no visible agent: the armed actors a clause names are its targets
        armed = [m for m in mentions if m.category in ARMED]
        if actor2 is None and armed:
            actor2 = armed[0]
        hit = _civilians_hit(context, clause, mentions)
        return _finish(
            event_type, sub_event_type, None, actor2, victim, mentions, context.text, hit
        )
    if actor1 is None and sub_event_type == "Air/drone strike":
        # only states and foreign forces fly: the rebel group named is the target
        flyers = [m for m in mentions if m.category in ("state", "external")]
        if flyers:
            actor1 = flyers[0]
            if actor2 is None or actor2.actor_id == actor1.actor_id:
                armed = [
                    m for m in mentions if m.category in ARMED and m.actor_id != actor1.actor_id
                ]
                actor2 = armed[0] if armed else None
    if actor1 is None:
        # the first armed actor that is not the target: the subject of the verb
        candidates = [m for m in mentions if m.category in ARMED and m is not actor2]
        if actor2 is not None:
            candidates = [m for m in candidates if m.actor_id != actor2.actor_id]
        actor1 = candidates[0] if candidates else None
    if actor1 is None and sub_event_type in _AGENT_CARRIES_OVER:
        # "… انتشرت دوريات لقوات النظام، كما داهمت … واعتقلت": the subject was named before
        actor1 = _named_before(context, clause, sentence, actor2)
    if actor2 is None and actor1 is not None and sub_event_type not in _ONE_ARMED_SIDE:
        others = [
            m
            for m in mentions
            if m.actor_id != actor1.actor_id
            and m.category in ARMED
            # "قصفت القوات التركية والفصائل الموالية لها": joined to the agent, on its
            # side (the parties to an agreement are its two sides)
            and (
                sub_event_type == "Agreement"
                or not _JOINED.match(context.text[actor1.span.end : m.span.start])
            )
        ]
        actor2 = others[0] if others else None
    communal = actor1 is None or (actor1.category == "identity" and actor2 is None)
    if sub_event_type in ("Armed clash", "Agreement") and communal:
        families = FEUD_SIDES.search(clause.of(context.text))
        if families:
            # "اشتباك بين أفراد من عائلتين": a feud's sides are communal (ACLED identity)
            side = Actor(families[1], "identity")
            return (_actor(actor1, context.text) if actor1 else side), side
    hit = _civilians_hit(context, clause, mentions)
    return _finish(event_type, sub_event_type, actor1, actor2, victim, mentions, context.text, hit)


FEUD_SIDES = re.compile(
    r"(?<!\w)بين\s+((?:(?:أبناء|ابناء|أفراد|افراد|مسلحين|مسلحي)\s+(?:من\s+)?)?"
    r"(?:ال)?(?:عائلت[يا]ن|عائلتين|عائلتي|عائلة|عائلات|عشيرت[يا]ن|عشيرتين|عشيرتي|عشيرة|"
    r"أبناء\s+عمومة))"
)


_JOINED = re.compile(r"^\s*و\s*$")
# "أضرار مادية في ممتلكات المدنيين": their property was hit, not the people
_PROPERTY_OF = re.compile(
    r"(?<!\w)[وبفل]?(?:ال)?(?:ممتلكات|منازل|بيوت|اراضي|محاصيل|سيارات|محال)\s+(?:لل|ال)?"
    r"(?:مدني\w*|اهالي|مواطنين)"
)
_CIVILIAN_WORDS = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:مدني\w*|اطفال|طفل\w*|نساء|سيده|امراه|مزارع\w*|اهالي)(?!\w)"
)


def _civilians_hit(context: DocumentContext, clause: Span, mentions: list[ActorMention]) -> bool:
    for mention in mentions:
        before = fold(context.text[max(0, mention.span.start - 12) : mention.span.end])
        if mention.category == "civilians" and not _PROPERTY_OF.search(before):
            return True
    return bool(_CIVILIAN_WORDS.search(_PROPERTY_OF.sub(" ", fold(clause.of(context.text)))))


def _sides_only(context: DocumentContext, mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop parents named as affiliations; name gunmen by the group they belong to.

    "قوات الفجر التابعة لشعبة المخابرات العسكرية": the branch is the group's parent,
    not a side. "مسلحين من العشائر البدوية", "مسلحون يُرجّح انتماؤهم لخلايا داعش":
    the gunmen are that group.
    """
    text = context.text
    kept: list[ActorMention] = []
    for mention in mentions:
        before = fold(text[max(0, mention.span.start - AFFILIATION_REACH) : mention.span.start])
        if kept and _AFFILIATION.search(before):
            continue
        kept.append(mention)
    resolved: list[ActorMention] = []
    for mention in kept:
        if mention.actor_id == UNIDENTIFIED_ID:
            after = [
                m
                for m in kept
                if m.actor_id != UNIDENTIFIED_ID
                and 0 <= m.span.start - mention.span.end <= BELONGING_REACH
                and _BELONGING.search(fold(text[mention.span.end : m.span.start]))
            ]
            if after:
                resolved.append(after[0])
                continue
        if mention not in resolved:
            resolved.append(mention)
    return _unique_spans(resolved)


def _unique_spans(mentions: list[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for mention in mentions:
        key = (mention.span.start, mention.span.end)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


def _named_before(
    context: DocumentContext, clause: Span, sentence: Span, target: ActorMention | None
) -> ActorMention | None:
    start = min(sentence.start, max(0, clause.start - LOOKBACK_CHARS))
    earlier = [
        m
        for m in context.annotations.actors
        if start <= m.span.start < clause.start
        and m.category in ARMED
        and (target is None or m.actor_id != target.actor_id)
    ]
    return earlier[-1] if earlier else None


def _distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out = []
    for mention in mentions:
        if mention.actor_id not in seen:
            seen.add(mention.actor_id)
            out.append(mention)
    return out


def _finish(
    event_type: str,
    sub_event_type: str,
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    victim: str | None,
    mentions: list[ActorMention],
    text: str,
    civilians_hit: bool = False,
) -> tuple[Actor | None, Actor | None]:
    first = _actor(actor1, text) if actor1 else None
    second = _actor(actor2, text) if actor2 else None
    if event_type == "Violence against civilians":
        civilians = next((m for m in mentions if m.category == "civilians"), None)
        name = victim or (civilians.surface if civilians else CIVILIANS.name)
        return first or UNIDENTIFIED, Actor(name, "civilians")
    if event_type in ("Protests", "Riots"):
        protesters = next((m for m in mentions if m.category == "protesters"), None)
        crowd = _actor(protesters, text) if protesters else PROTESTERS
        if event_type == "Riots":
            # "قطع أقارب القتيل الطريق بالإطارات المشتعلة": the crowd turned rioters
            crowd = Actor(crowd.name, "rioters")
        # a peaceful protest has no second side (ACLED); the one named in the
        # demands ("المعتقلين في سجون النظام") is not acting on the crowd
        # ("فرّقت عناصر من الأمن العام وقفة": the force may be read as either side)
        armed = next((a for a in (first, second) if a and a.category in ARMED), None)
        force = armed if sub_event_type != "Peaceful protest" else None
        return crowd, force
    if event_type == "Explosions/Remote violence" and second is None and civilians_hit:
        second = CIVILIANS
    if event_type == "Explosions/Remote violence" and first is None:
        return UNIDENTIFIED, second
    if sub_event_type in ("Arrests", "Abduction/forced disappearance") and second is None:
        civilians = next((m for m in mentions if m.category == "civilians"), None)
        return first, _actor(civilians, text) if civilians else Actor(
            victim or CIVILIANS.name, "civilians"
        )
    return first, second
