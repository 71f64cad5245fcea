"""Statistics round-ups ("حصيلة شهر تشرين الأول: 45 عملية اغتيال"): counts are not events."""

from __future__ import annotations

import re

from marsad.arabic.normalize import fold
from marsad.model import Document

_ROUNDUP_WORDS = re.compile(
    r"حصيله|احصائيه|وثق\w*|توثيق|تقرير\w* (?:ال)?(?:شهري|اسبوعي)|خلال شهر|منذ مطلع|منذ بدايه"
)
# the period a tally covers, named up front ("خلال شهر تشرين الأول", "التقرير الأسبوعي")
_PERIOD = re.compile(
    r"خلال (?:ال)?شهر|خلال (?:ال)?اسبوع|تقرير\w* (?:ال)?(?:شهري|اسبوعي)"
    r"|(?<!\w)ال(?:شهري|اسبوعي)(?!\w)|منذ مطلع|منذ بدايه"
)
_COUNTED_ACTS = re.compile(r"\d+\s+(?:عمليه|عمليات|حادثه|حالات|حاله|هجوما|هجمات|شخصا)")
# A round-up states several aggregate counts; a news report rarely more than one.
MIN_AGGREGATE_COUNTS = 2


def is_roundup(document: Document) -> bool:
    """True for a document that mainly tallies incidents over a period.

    "وثّق المرصد السوري" opens any SOHR report, and a daily report may end on a
    year's tally; a round-up names its period or gives a count up front.
    """
    head = fold((document.title or "") + "\n" + document.text[:400])
    if not _ROUNDUP_WORDS.search(head):
        return False
    period = bool(_PERIOD.search(head))
    counted_up_front = bool(_COUNTED_ACTS.search(head))
    counts = len(_COUNTED_ACTS.findall(fold(document.text)))
    return (period or counted_up_front) and (
        counts >= MIN_AGGREGATE_COUNTS or (period and counted_up_front)
    )
