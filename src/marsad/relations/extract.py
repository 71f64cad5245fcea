"""Relations stated in the text: alias_of, member_of, leads, facilitated_by, located_in, killed_by.

A cue phrase links the name just before it to the name just after it:
    "محمد المسالمة” … المبايع لتنظيم داعش"   → member_of(محمد المسالمة, تنظيم داعش)
    "وسهلت مرور عناصر داعش … تحت حماية من المخابرات الجوية" → facilitated_by
    "وهم يتوزعون في بلدة نصيب"                → located_in
killed_by comes from events: a named person killed in an event whose actor1 is known.
Names are given as the document's entity texts, so relations and entities agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.entities import EntityIndex
from marsad.model import Event, Relation, RelationType, Span

# The head stands at most this many characters before the cue, the tail after it.
HEAD_REACH = 120
# "محمد المسالمة، القيادي في …": a role noun's person stands just before it.
ROLE_HEAD_REACH = 16
_ROLE_NOUN = re.compile(r"(?:ال)?(?:عنصر|قيادي|مقاتل|مسؤول|احد عناصر|من عناصر|في صفوف)")
TAIL_REACH = 40
# A leader's group follows the title at once ("زعيم تنظيم داعش", "قائد اللواء الثامن");
# "قائد مجموعة تتبع لـ X" is membership, not leadership.
LEADS_TAIL_REACH = 8
# A victim's name follows the death word closely ("مقتل المدعو “فايز الراضي”").
VICTIM_REACH = 40
_KILLED = re.compile(r"قتل|مقتل|اغتيال|مصرع|اعدام|تصفية")
_KINDS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "member_of": ("PER", "ORG"),
    "leads": ("PER",),
    "facilitated_by": ("ORG",),
    "located_in": ("ORG", "PER"),
}


@dataclass(frozen=True, slots=True)
class _Cue:
    type: RelationType
    span: Span


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    text = resources.files("marsad.data").joinpath("relations/cues.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    types = {fold(phrase): kind for kind, _head, phrase in rows[1:]}
    phrases = sorted(types, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    # "لـ" glues to the next word: "المبايع لتنظيم" — the cue may end inside a word
    return re.compile(r"(?<!\w)[وف]?(" + body + r")"), types


def _cues(annotations: Annotations) -> list[_Cue]:
    pattern, types = _pattern()
    norm = annotations.norm
    found = []
    for match in pattern.finditer(norm.text):
        key = " ".join(match.group(1).split())
        relation_type = types.get(key)
        if relation_type is None:
            continue
        span = norm.span_to_original(match.start(1), match.end(1))
        found.append(_Cue(relation_type, span))  # type: ignore[arg-type]
    return found


def _sentence_of(annotations: Annotations, span: Span) -> Span:
    return next((s for s in annotations.sentences if s.contains(span)), span)


def extract_relations(
    annotations: Annotations, index: EntityIndex, events: tuple[Event, ...]
) -> tuple[Relation, ...]:
    """Relations with evidence sentences, each once."""
    relations: dict[tuple[str, str, str], Relation] = {}

    def add(kind: RelationType, head: str, tail: str, evidence: Span) -> None:
        if fold(head) != fold(tail):
            relations.setdefault((kind, head, tail), Relation(kind, head, tail, evidence))

    for named in annotations.people:
        for span, alias in named.aliases:
            name = index.person_name(named.surface)
            add("alias_of", alias, name, _sentence_of(annotations, span))
    text = annotations.norm.original
    for cue in _cues(annotations):
        sentence = _sentence_of(annotations, cue.span)
        tail_kinds = ("LOC",) if cue.type == "located_in" else ("ORG", "PER")
        reach = LEADS_TAIL_REACH if cue.type == "leads" else TAIL_REACH
        tail_end = min(sentence.end, cue.span.end + reach)
        tail = index.first_after(cue.span.end, tail_end, tail_kinds)
        if tail is None:
            continue
        head = None
        if cue.type == "leads":
            # "الزعيم العام للتنظيم (أبو الحسن الهاشمي القرشي)": the leader follows
            head = index.first_after(cue.span.end, min(sentence.end, tail_end + 40), ("PER",))
        if head is None:
            # a role noun ("القيادي في", "عنصر في") describes the name right before it;
            # "قُتل قيادي في داعش" names nobody
            role = _ROLE_NOUN.match(fold(cue.span.of(text)))
            head_from = max(sentence.start, cue.span.start - HEAD_REACH)
            kinds = _KINDS_BY_TYPE[cue.type]
            gap = ROLE_HEAD_REACH if role else None
            head = index.last_before(head_from, cue.span.start, kinds, tail, gap)
        if head is None:
            continue
        add(cue.type, head, tail, sentence)
    # a person's own group is not their killer ("مقتل الزعيم العام لتنظيم داعش" with
    # no other side named leaves ISIS as the only actor of the clause)
    belongs = {(k[1], k[2]) for k in relations if k[0] in ("member_of", "leads")}
    for event in events:
        if event.actor1 is None or event.fatalities == 0:
            continue
        killer = index.actor_name(event.actor1.actor_id)
        if killer is None:
            continue  # unidentified gunmen are nobody to name
        told = event.evidence.of(text)
        for victim in event.persons:
            at = told.find(victim)
            name = index.person_name(victim)
            if (name, killer) in belongs:
                continue
            if at >= 0 and _KILLED.search(told[max(0, at - VICTIM_REACH) : at]):
                add("killed_by", name, killer, event.evidence)
    return tuple(relations.values())
