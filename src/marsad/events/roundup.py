"""Statistics round-ups ("حصيلة شهر تشرين الأول: 45 عملية اغتيال"): counts are not events."""

from __future__ import annotations

import re

from marsad.arabic.normalize import fold
from marsad.model import Document

_ROUNDUP_WORDS = re.compile(r"حصيله|احصائيه|وثق\w*|توثيق|تقرير\w* شهري|خلال شهر|منذ مطلع|منذ بدايه")
_COUNTED_ACTS = re.compile(r"\d+\s+(?:عمليه|عمليات|حادثه|حالات|حاله|هجوما|هجمات|شخصا)")
# A round-up states several aggregate counts; a news report rarely more than one.
MIN_AGGREGATE_COUNTS = 2


def is_roundup(document: Document) -> bool:
    """True for a document that mainly tallies incidents over a period."""
    head = fold((document.title or "") + "\n" + document.text[:400])
    body = fold(document.text)
    return bool(_ROUNDUP_WORDS.search(head)) and (
        len(_COUNTED_ACTS.findall(body)) >= MIN_AGGREGATE_COUNTS
    )
