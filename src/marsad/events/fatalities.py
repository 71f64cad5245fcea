"""Death tolls, read conservatively (ACLED): the number the text gives, never more.

A number counts when it stands next to a death word ("مقتل ثلاثة عناصر",
"قتيلان", "أكثر من عشر جثث"); a named person killed with no number counts
one; a plural "قتلى" with no number counts nothing (ACLED codes unknown tolls
as 0); wounded are not counted.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from marsad.annotations import Annotations
from marsad.model import Span

_DEATH_WORDS = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:قتلي|قتيل\w*|جثث|جث[ته]\w*|ضحايا|ضحيه|مقتل\w*|قتل\w*|مصرع\w*|"
    r"حتف\w*|اغتيال\w*|استشهاد\w*|شهيد\w*|شهداء)(?!\w)"
)
_AGE = re.compile(r"^\s*(?:عام|عاما|عاماً|عامًا|سنة|سنوات|سنه)")
_WOUND_WORDS = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:جريح\w*|جرحي|اصاب\w*|مصاب\w*)(?!\w)")
# A number and its death word stand within this many characters ("مقتل ثلاثة من
# عناصر قسد" puts 3 words between them; tolls further away describe something else).
DEATH_WORD_WINDOW = 28
# "قتيلان", "مقتل شخصين": a dual death noun counts two even with no number word.
_DUAL_DEATH = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:قتيلان|قتيلين|جثتان|جثتين|ضحيتان|ضحيتين)(?!\w)")


def death_word_spans(annotations: Annotations, within: Span) -> list[Span]:
    norm = annotations.norm
    return [
        span
        for m in _DEATH_WORDS.finditer(norm.text)
        if within.contains(span := norm.span_to_original(m.start(), m.end()))
    ]


def count_fatalities(annotations: Annotations, clause: Span, victims: int, attempt: bool) -> int:
    """The toll a clause states; ``victims`` named people were killed if it names no number."""
    if attempt:
        return 0
    deaths = death_word_spans(annotations, clause)
    if not deaths:
        return 0
    norm = annotations.norm
    wounds = [norm.span_to_original(m.start(), m.end()) for m in _WOUND_WORDS.finditer(norm.text)]
    best = 0
    for number in annotations.numbers:
        if not clause.contains(number.span) or (number.kind == "digits" and number.value > 1900):
            continue
        if _AGE.match(annotations.norm.original[number.span.end : number.span.end + 12]):
            continue  # "(52 عاماً)": an age, not a toll
        near_death = min(_distance(number.span, d) for d in deaths)
        near_wound = min((_distance(number.span, w) for w in wounds), default=10**6)
        if near_death <= DEATH_WORD_WINDOW and near_death <= near_wound:
            best = max(best, number.value)
    if best:
        return best
    for m in _DUAL_DEATH.finditer(norm.text):
        if clause.contains(norm.span_to_original(m.start(), m.end())):
            return 2
    if victims:
        return victims
    for m in _one_person().finditer(norm.text):
        if clause.contains(norm.span_to_original(m.start(), m.end())):
            return 1  # "قُتل شاب", "مقتل قيادي في التنظيم"
    return 0


@cache
def _one_person() -> re.Pattern[str]:
    text = resources.files("marsad.data").joinpath("events/person_nouns.tsv").read_text("utf-8")
    nouns = [w for w in text.splitlines()[1:] if w and not w.startswith("#") and w != "noun"]
    death = r"(?:قتل|مقتل|مصرع|اغتيال|اعدام|تصفيه|وفاه|استشهاد)"
    return re.compile(
        r"(?<!\w)[وفبل]?(?:ال)?" + death + r"\s+(?:ال)?(?:" + "|".join(nouns) + r")(?!\w)"
    )


def _distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0
