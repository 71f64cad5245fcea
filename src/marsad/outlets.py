"""News outlets named in the text ("منصة SY24", "عنب بلدي"): organisations, not actors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.arabic.normalize import fold, normalize
from marsad.model import Span

# Words that introduce an outlet ("منصة SY24", "موقع عنب بلدي"); the phrase with the
# word is another name of the outlet.
_MEDIA_NOUNS = ("منصه", "موقع", "شبكه", "وكاله", "صحيفه", "قناه", "تلفزيون", "منصتنا")


@dataclass(frozen=True, slots=True)
class OutletMention:
    span: Span  # the outlet's name, with its media noun when the text gives one
    surface: str
    name: str  # canonical name


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    text = resources.files("marsad.data").joinpath("outlets.tsv").read_text("utf-8")
    canonical: dict[str, str] = {}
    for line in text.splitlines()[3:]:
        if not line or line.startswith("#"):
            continue
        name, _, variants = line.partition("\t")
        for form in [name, *(v for v in variants.split("|") if v)]:
            canonical[fold(form)] = name
    forms = sorted(canonical, key=len, reverse=True)
    nouns = "|".join(_MEDIA_NOUNS)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    pattern = re.compile(r"(?<!\w)[وفل]?(?:ل)?(?:((?:" + nouns + r")\s+)?(" + body + r"))(?!\w)")
    return pattern, canonical


def find_outlets(text: str) -> tuple[OutletMention, ...]:
    """Outlets the text names.

    >>> [(o.surface, o.name) for o in find_outlets("مصادر خاصة أكدت لمنصة SY24")]
    [('منصة SY24', 'SY24')]
    """
    norm = normalize(text)
    pattern, canonical = _pattern()
    found = []
    for match in pattern.finditer(norm.text):
        start = match.start(1) if match.group(1) else match.start(2)
        span = norm.span_to_original(start, match.end(2))
        name = canonical[" ".join(match.group(2).split())]
        found.append(OutletMention(span, span.of(text), name))
    return tuple(found)
