"""Who a sentence attributes its report to: مراسلنا، مصادر محلية، a named outlet."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from marsad.arabic.normalize import NormalizedText, fold
from marsad.model import Span


@cache
def _pattern() -> re.Pattern[str]:
    text = resources.files("marsad.data").joinpath("events/attribution.tsv").read_text("utf-8")
    phrases = [fold(line) for line in text.splitlines() if line and not line.startswith("#")]
    phrases.sort(key=len, reverse=True)
    # the placeholder NAME is lower-cased by fold()
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("name", r"\w+") for p in phrases)
    return re.compile(r"(?<!\w)[وف]?(?:ل)?(" + body + r")(?!\w)")


def find_attribution(norm: NormalizedText, within: Span) -> str | None:
    """The source a sentence cites, as written in the text; None if it cites none.

    >>> from marsad.arabic import normalize
    >>> text = "وقال مراسلنا إن اشتباكات اندلعت"
    >>> find_attribution(normalize(text), Span(0, len(text)))
    'مراسلنا'
    """
    for match in _pattern().finditer(norm.text):
        span = norm.span_to_original(match.start(1), match.end(1))
        if within.contains(span):
            return span.of(norm.original)
    return None
