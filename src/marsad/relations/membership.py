"""member_of and leads: who belongs to or leads which group, as one sentence says it.

«الشاب X، وهو عنصر سابق في صفوف قسد»          → member_of(X, قسد)
«اغتيال عنصر في الأمن العام يُدعى X»            → member_of(X, الأمن العام)
«وكان X قد انضم إلى صفوف قسد عام 2019»          → member_of(X, قسد)
«الأسايش التابعة لقوات سوريا الديمقراطية»       → member_of(الأسايش, قسد)
«قائد قسد مظلوم عبدي», «قوات النمر التي كان يقودها اللواء X» → leads
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.relations.grammar import Found, Rule, apply, compile_pattern, names_after
from marsad.relations.skeleton import Skeleton, Slot

_AFTER_ROLE = ("{in_group}{O:tail}", "{via_group}{PO:tail}")

MEMBER_RULES = (
    *(
        # «X وعنصر في …» joins two people: the role must not start with و
        Rule("member_of", "{P:head}{appos}(?![وف]){role_phrase}" + group, "X، وهو عنصر في قسد")
        for group in _AFTER_ROLE
    ),
    *(
        Rule("member_of", "{P:head}{nop}{copula}\\s*{role_phrase}" + group, "X … وكان عنصراً في")
        for group in _AFTER_ROLE
    ),
    Rule(
        "member_of",
        "{P:head}{appos}(?:{copula}\\s*)?{affiliation}(?:{group_descriptor}\\s*)?{PO:tail}",
        "X الملقب «هفو» المبايع لتنظيم داعش",
    ),
    Rule("member_of", "{P:head}{appos}(?:احد|من)\\s+{role_plural}\\s*{O:tail}", "X، أحد وجهاء"),
    Rule("member_of", "(?:احد|من)\\s+{role_plural}\\s*{O:tail}{named}{P:head}", "أحد عناصر قسد X"),
    # group and group, written side by side
    Rule(
        "member_of", "{O:head}{ogap}(?:{affiliation}|{bridge})(?:{group_descriptor}\\s*)?{O:tail}"
    ),
)

LEADER_RULES = (
    Rule(
        "leads",
        "{leader}(?:\\s+{leader_qualifier})?\\s*ل?\\s*(?:{group_descriptor}\\s*)?{O:tail}"
        "(?:\\s*(?:في|ب)\\s*(?:{place_word})?⟦L\\d+⟧)?{named}(?:{rank}\\s+)?{P:head}",
        "قائد قسد مظلوم عبدي",
    ),
    Rule(
        "leads",
        "{P:head}{appos}(?:{copula}\\s*)?(?![وف]){leader}(?:\\s+{leader_qualifier})?\\s*ل?\\s*{O:tail}",
        "X، زعيم التنظيم",
    ),
    Rule(
        "leads",
        "{O:tail}{ogap}(?:(?:ال|و)?(?:الذي|التي)\\s+)?(?:كان\\s+)?{led_by}\\s*(?:{rank}\\s+)?{P:head}",
        "قوات النمر التي كان يقودها اللواء X",
    ),
)

# The role and the group come first, the members after: «المقاتلان في قسد X وY».
# «مدير منطقة السلمية في قيادة الأمن الداخلي، X»: the role may take two words of its own
_MEMBERS_AFTER = "{role_phrase}(?:[^\\s⟦]+\\s+){0,2}?{in_group}{O:tail}{named}{P:head}"
# «نعت قيادة الأمن الداخلي العنصرين X وY»: a group mourns its own
_MOURNED = (
    "{mourned}(?:[^\\s⟦]+\\s+){0,3}?ل?{O:tail}(?:\\s*(?:[^\\s⟦]+|⟦L\\d+⟧)){0,5}?\\s*"
    "(?:{role_phrase}|{the_dead})?{named}{P:head}"
)
# «… X وY، وكلاهما من مقاتلي وحدات حماية الشعب»: everyone named before
_ALL_OF_THEM = (
    "{all_of_them}(?:من\\s+)?{role_plural}(?:(?:من|في)\\s*(?:{group_descriptor})?)?{O:tail}"
)
# A verb whose subject is the last person named before it: «X … انضم إلى الأمن العام».
# a few words may stand between verb and preposition: «يعمل منذ نحو أربع سنوات ضمن
# صفوف …», «كان يعمل قبل سقوط النظام ضمن مجموعة محلية تتبع لـ …»
_TO_GROUP = (
    "(?:\\s+(?:[^\\s⟦]+|⟦[OL]\\d+⟧)){0,4}?\\s*{join_preposition}"
    "(?:{via_group}|(?:{group_descriptor}){0,2}){O:tail}"
)
_JOINED = "(?P<verb>{join_verb})" + _TO_GROUP
_JOINED_TOGETHER = "(?P<verb>{join_verb_dual}|{join_verb_plural})" + _TO_GROUP
# «بين قائدها مظلوم عبدي»: the group is the last one named before
_LEADER_OF_IT = "{leader_of_it}\\s*(?:{rank}\\s+)?{P:head}"


def memberships(skeleton: Skeleton) -> Iterator[Found]:
    """member_of and leads stated in one sentence."""
    yield from apply(MEMBER_RULES + LEADER_RULES, skeleton)
    yield from _members_listed_after(skeleton)
    yield from _joined(skeleton)
    yield from _leader_of_group_before(skeleton)


def _members_listed_after(skeleton: Skeleton) -> Iterator[Found]:
    for pattern in (_MEMBERS_AFTER, _MOURNED):
        for match in compile_pattern(pattern).finditer(skeleton.text):
            group = skeleton.slot(match.group("tail"))
            for person in names_after(skeleton, match.end(), match.group("head")):
                yield Found("member_of", person, group, skeleton.sentence)
    for match in compile_pattern(_ALL_OF_THEM).finditer(skeleton.text):
        group = skeleton.slot(match.group("tail"))
        for person in dict.fromkeys(skeleton.slots_between(0, match.start(), "P")):
            yield Found("member_of", person, group, skeleton.sentence)


def _joined(skeleton: Skeleton) -> Iterator[Found]:
    text = skeleton.text
    for match in compile_pattern(_JOINED).finditer(text):
        if _denied(text, match.start("verb")):
            continue
        subject = _last_person_before(skeleton, match.start("verb"))
        if subject is not None:
            yield Found("member_of", subject, skeleton.slot(match.group("tail")), skeleton.sentence)
    for match in compile_pattern(_JOINED_TOGETHER).finditer(text):
        if _denied(text, match.start("verb")):
            continue
        group = skeleton.slot(match.group("tail"))
        for person in dict.fromkeys(skeleton.slots_between(0, match.start("verb"), "P")):
            yield Found("member_of", person, group, skeleton.sentence)


def _last_person_before(skeleton: Skeleton, at: int) -> Slot | None:
    people = skeleton.slots_between(0, at, "P")
    return people[-1] if people else None


def _denied(text: str, verb_at: int) -> bool:
    """«ولم ينتسب إلى …», «دون أن ينضم»: the two words before the verb deny it."""
    before = " ".join(text[:verb_at].split()[-2:])
    return compile_pattern("{negation}").search(before) is not None


def _leader_of_group_before(skeleton: Skeleton) -> Iterator[Found]:
    for match in compile_pattern(_LEADER_OF_IT).finditer(skeleton.text):
        groups = skeleton.slots_between(0, match.start(), "O")
        if groups:
            yield Found("leads", skeleton.slot(match.group("head")), groups[-1], skeleton.sentence)
