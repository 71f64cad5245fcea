"""Sentence spans of Arabic news text.

A sentence ends at ``.`` ``!`` ``?`` ``؟`` ``؛`` ``…`` or a line break, never at a
comma (``،`` ``,``). A single full stop does not end a sentence when it

* follows an abbreviation: a single letter (``د.`` doctor, ``م.`` engineer, the
  initial ``ع.``) or a title in ``abbreviations.tsv`` — except ``م``/``هـ``
  after a number, which mark the calendar (``عام 2011م.``) and close the
  sentence;
* sits between two Latin letters or digits: decimals (``3.5``), dotted dates
  (``7.9.2022``), domains (``SY24.net``);
* is inside a URL (so is any ``?`` or ``!`` there).

Closing quotes and brackets right after the terminator stay with the sentence.

>>> text = "قال د. أحمد إن 3.5 طن وصلت. وأكد موقع SY24.net ذلك؟"
>>> [s.of(text) for s in sentences(text)]
['قال د. أحمد إن 3.5 طن وصلت.', 'وأكد موقع SY24.net ذلك؟']
"""

from __future__ import annotations

import re
from functools import cache

from marsad.arabic.lexicon import read_table
from marsad.model import Span

_TERMINATORS_RE = re.compile(
    r"(?P<stop>[.!?\u061f\u061b\u2026]+)|(?P<line>[\n\r\v\f\x1c-\x1e\u0085\u2028\u2029]+)"
)
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s\u061f\u060c\"'”»)]+[^\s.,!?\u061f\u060c\"'”»)]")
_CLOSERS_RE = re.compile(r"[\"'”’»›)\]}]+")
# the word right before a full stop, diacritics and tatweel included
_WORD_BEFORE_RE = re.compile(r"([^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])*)\s*$")
_NUMBER_BEFORE_RE = re.compile(r"\d\s*$")
_ALNUM_LATIN = re.compile(r"[0-9A-Za-z]|\d")
_DIACRITICS_RE = re.compile(r"[\u064b-\u065f\u0670\u0640]")
# whitespace as str.isspace sees it, plus the invisible bidi and zero-width marks
_SPACE = r"\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c"
_TRIM_RE = re.compile(rf"[^{_SPACE}]")
_LAST_RE = re.compile(rf"[^{_SPACE}][{_SPACE}]*$")
# how far back to look for an abbreviation: the longest title plus a space
_LOOKBEHIND = 12


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(titles, era markers), both as written (diacritics dropped)."""
    titles: set[str] = set()
    eras: set[str] = set()
    for form, kind in read_table("abbreviations.tsv"):
        bare = _DIACRITICS_RE.sub("", form)
        (eras if kind == "era" else titles).add(bare)
    return frozenset(titles), frozenset(eras)


def _in_urls(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL_RE.finditer(text)]


def _stop_continues(text: str, at: int) -> bool:
    """True when the single full stop at ``at`` does not end the sentence."""
    before = text[max(0, at - _LOOKBEHIND) : at]
    after = text[at + 1 : at + 2]
    if before and after and _ALNUM_LATIN.match(before[-1]) and _ALNUM_LATIN.match(after):
        return True
    word_match = _WORD_BEFORE_RE.search(before)
    if word_match is None or word_match.end(1) != len(before):
        return False
    word = _DIACRITICS_RE.sub("", word_match.group(1))
    titles, eras = _abbreviations()
    if word in eras:
        ahead = text[max(0, at - _LOOKBEHIND - 8) : at - len(word_match.group(1))]
        return _NUMBER_BEFORE_RE.search(ahead) is None
    if word_match.start(1) > 0 and before[word_match.start(1) - 1].isalnum():
        return False  # the lookbehind window cut a longer word
    return len(word) == 1 or word in titles


def _boundaries(text: str) -> list[int]:
    """Offsets where a sentence ends (exclusive)."""
    urls = _in_urls(text)
    ends: list[int] = []
    url_index = 0
    for match in _TERMINATORS_RE.finditer(text):
        start, end = match.span()
        while url_index < len(urls) and urls[url_index][1] <= start:
            url_index += 1
        if url_index < len(urls) and urls[url_index][0] <= start < urls[url_index][1]:
            continue
        if match.lastgroup == "line":
            ends.append(start)
            continue
        if end - start == 1 and text[start] == "." and _stop_continues(text, start):
            continue
        closers = _CLOSERS_RE.match(text, end)
        ends.append(closers.end() if closers else end)
    return ends


def sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans of ``text``, offsets into ``text``, surrounding whitespace trimmed.

    Empty sentences (a run of blank lines, a lone terminator) are skipped.

    >>> text = "قُتل شخصان في درعا؛ وأصيب ثلاثة آخرون.\\nالمصدر: تجمع أحرار حوران"
    >>> [s.of(text) for s in sentences(text)]
    ['قُتل شخصان في درعا؛', 'وأصيب ثلاثة آخرون.', 'المصدر: تجمع أحرار حوران']
    """
    spans: list[Span] = []
    start = 0
    for end in [*_boundaries(text), len(text)]:
        if end <= start:
            continue
        first = _TRIM_RE.search(text, start, end)
        if first is not None:
            last = _LAST_RE.search(text, first.start(), end)
            stop = last.start() + 1 if last else end
            if _TRIM_RE.search(text[first.start() : stop]) and not _only_terminators(
                text[first.start() : stop]
            ):
                spans.append(Span(first.start(), stop))
        start = end
    return tuple(spans)


def _only_terminators(chunk: str) -> bool:
    return _TERMINATORS_RE.fullmatch(chunk) is not None
