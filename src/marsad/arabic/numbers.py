"""Numbers and counts in Arabic news text: digits, number words, duals and vague counts.

Fatality counts are written every way Arabic allows: ``3``, ``٣``, ``1,200``,
``ثلاثة``, ``ثلاثة وعشرون``, ``اثنا عشر``, ``قتيلان`` (a dual is a count of two),
``عشرات`` (ACLED reads "dozens" as 12). :func:`find_numbers` finds them all with
their spans; :func:`parse_number` reads one phrase.

Rules that keep counts conservative:

* ordinals are not counts: ``اللواء الثامن`` gives nothing, and ``عشر`` after an
  ordinal (``الحادي عشر``) is part of it;
* vague words take ACLED's low reading (``vague_counts.tsv``): ``عدة``/``عدد من``
  /``بعض`` = 3, ``عشرات`` = 12, ``مئات`` = 100, ``آلاف`` = 1000, always
  ``approximate``;
* a qualifier (``أكثر من``، ``نحو``، ``حوالي``، ``ما يزيد عن`` …,
  ``count_qualifiers.tsv``) keeps the stated value and marks it approximate;
* dates and decimals written with digits (``7/9/2022``, ``3.5``) are not counts,
  and neither is a number glued to Latin letters (``SY24``). Years written as
  plain digits (``2022``) are numbers; drop those that overlap
  :func:`marsad.arabic.dates.find_dates` if only counts are wanted.

A mention's span leaves out the conjunction, preposition and article glued to its
first word: in ``وبالعشرات`` the surface is ``عشرات``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from marsad.arabic.lexicon import read_table
from marsad.arabic.normalize import NormalizedText, fold, normalize
from marsad.arabic.number_grammar import NumberWord, reduce_number_words
from marsad.arabic.tokens import proclitic_splits
from marsad.model import Span

NumberKind = Literal["digits", "words", "vague", "dual"]

# A stem left after a lone clitic letter must keep 3 letters: لست is "I am not", not ل + ست.
MIN_STEM_AFTER_LONE_CLITIC = 3

# Word forms seen in an archive follow Zipf's law; this keeps the frequent ones.
SPLIT_CACHE_SIZE = 1 << 16
# What a dual counts
DUAL = 2

# The longest written proclitic sequence: فبال, ولل.
MAX_PROCLITIC_LETTERS = 4

# Digits: possessive so that 7/9/2022 is one (rejected) token, never 7/9 + 2022.
_TOKEN_RE = re.compile(r"[\u0621-\u064a]+|(?<![A-Za-z\d])\d++(?:[.,/\-]\d++)*+(?![A-Za-z\d])")
_PLAIN_INT_RE = re.compile(r"\d+|\d{1,3}(?:,\d{3})+")
_DECIMAL_RE = re.compile(r"\d+\.\d+")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in the text: digits, words, a dual noun or a vague count.

    >>> m = find_numbers("قُتل أكثر من عشرة مدنيين")[0]
    >>> (m.surface, m.value, m.approximate, m.kind)
    ('أكثر من عشرة', 10, True, 'words')
    """

    span: Span
    surface: str
    value: int
    approximate: bool
    kind: NumberKind


@dataclass(frozen=True, slots=True)
class _Vague:
    words: tuple[str, ...]
    value: int
    article: bool
    needs_indefinite: bool


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, NumberWord]
    vague: tuple[_Vague, ...]
    qualifiers: tuple[tuple[str, ...], ...]
    duals: frozenset[str]
    article: str
    conjunction_waw: str
    first_words: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    words = {
        fold(word): NumberWord(int(value), kind, article == "yes")
        for word, value, kind, article in read_table("number_words.tsv")
    }
    vague = tuple(
        sorted(
            (
                _Vague(tuple(fold(phrase).split()), int(value), art == "yes", needs == "indefinite")
                for phrase, value, art, needs in read_table("vague_counts.tsv")
            ),
            key=lambda v: -len(v.words),
        )
    )
    qualifiers = tuple(
        sorted(
            {tuple(fold(row[0]).split()) for row in read_table("count_qualifiers.tsv")},
            key=lambda q: -len(q),
        )
    )
    duals = frozenset(fold(row[0]) for row in read_table("dual_nouns.tsv"))
    clitics = {role: fold(form) for form, role, _alone in read_table("proclitics.tsv")}
    waw = next(fold(f) for f, role, _a in read_table("proclitics.tsv") if role == "conjunction")
    first = set(words) | duals | {v.words[0] for v in vague} | {q[0] for q in qualifiers}
    return _Lexicon(words, vague, qualifiers, duals, clitics["article"], waw, frozenset(first))


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    joined: bool  # only whitespace separates it from the previous token


def _scan(norm: NormalizedText) -> list[_Tok]:
    out: list[_Tok] = []
    prev_end = -1
    text = norm.text
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        joined = prev_end >= 0 and (start == prev_end or text[prev_end:start].isspace())
        out.append(_Tok(start, end, match.group(), joined))
        prev_end = end
    return out


@lru_cache(maxsize=SPLIT_CACHE_SIZE)
def _split(word: str, allow_article: bool = True) -> tuple[tuple[int, str, bool], ...]:
    """(clitic length, stem, has article) for each grammatical split, longest stem first."""
    article = _lexicon().article
    out: list[tuple[int, str, bool]] = []
    for length, parts in proclitic_splits(word):
        stem = word[length:]
        has_article = bool(parts) and parts[-1] == article
        if has_article and not allow_article:
            continue
        if parts and not has_article and len(stem) < MIN_STEM_AFTER_LONE_CLITIC:
            continue
        out.append((length, stem, has_article))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Found:
    next_index: int
    start: int  # normalized offset where the mention starts (after proclitics)
    end: int
    value: int
    kind: NumberKind
    approximate: bool


class _Parser:
    def __init__(self, toks: list[_Tok], lex: _Lexicon) -> None:
        self.toks = toks
        self.lex = lex

    def word_at(self, i: int, allow_clitics: bool) -> tuple[int, NumberWord] | None:
        """The number word at token ``i``: (clitic length, entry)."""
        word = self.toks[i].text
        if not allow_clitics:
            entry = self.lex.words.get(word)
            return (0, entry) if entry else None
        for length, stem, has_article in _split(word):
            entry = self.lex.words.get(stem)
            if entry is not None and (entry.article or not has_article):
                return length, entry
        return None

    def parse(self, i: int) -> _Found | None:
        return self.qualified(i) or self.number(i)

    def qualified(self, i: int) -> _Found | None:
        stems = {stem for _length, stem, _article in _split(self.toks[i].text, False)}
        for phrase in self.lex.qualifiers:
            if phrase[0] not in stems:
                continue
            offset = self.phrase_at(i, phrase, allow_article=False)
            if offset is None or i + len(phrase) >= len(self.toks):
                continue
            if not self.toks[i + len(phrase)].joined:
                continue
            inner = self.number(i + len(phrase))
            if inner is not None:
                start = self.toks[i].start + offset
                return _Found(inner.next_index, start, inner.end, inner.value, inner.kind, True)
        return None

    def phrase_at(self, i: int, words: tuple[str, ...], allow_article: bool) -> int | None:
        """Clitic length on the first word if ``words`` start at token ``i``."""
        if i + len(words) > len(self.toks):
            return None
        for k, word in enumerate(words[1:], start=1):
            if self.toks[i + k].text != word or not self.toks[i + k].joined:
                return None
        for length, stem, _has_article in _split(self.toks[i].text, allow_article):
            if stem == words[0]:
                return length
        return None

    def number(self, i: int) -> _Found | None:
        return self.digits(i) or self.vague(i) or self.words(i) or self.dual(i)

    def scale_after(self, j: int) -> int | None:
        """The multiplier of a scale word (ألف، آلاف، مليون) at token ``j``, if any."""
        if j >= len(self.toks) or not self.toks[j].joined:
            return None
        found = self.word_at(j, allow_clitics=True)
        # عشرات الآلاف: the article is the only clitic a following scale word takes
        if found is None or (found[0] and not self.toks[j].text.startswith(self.lex.article)):
            return None
        entry = found[1]
        return entry.value if entry.kind in ("scale", "scale_plural") else None

    def digits(self, i: int) -> _Found | None:
        tok = self.toks[i]
        if not tok.text[0].isdigit():
            return None
        scale = self.scale_after(i + 1)
        if _PLAIN_INT_RE.fullmatch(tok.text):
            value = int(tok.text.replace(",", ""))
        elif _DECIMAL_RE.fullmatch(tok.text) and scale is not None:
            value = int(float(tok.text) * scale)
            return _Found(i + 2, tok.start, self.toks[i + 1].end, value, "digits", False)
        else:
            return None
        if scale is not None:
            return _Found(i + 2, tok.start, self.toks[i + 1].end, value * scale, "digits", False)
        return _Found(i + 1, tok.start, tok.end, value, "digits", False)

    def vague(self, i: int) -> _Found | None:
        stems = {stem for _length, stem, _article in _split(self.toks[i].text)}
        for entry in self.lex.vague:
            if entry.words[0] not in stems:
                continue
            offset = self.phrase_at(i, entry.words, entry.article)
            if offset is None:
                continue
            after = i + len(entry.words)
            if entry.needs_indefinite and not self.indefinite_at(after):
                continue
            value, end = entry.value, self.toks[after - 1].end
            scale = self.scale_after(after)
            if scale is not None:
                value, end, after = value * scale, self.toks[after].end, after + 1
            return _Found(after, self.toks[i].start + offset, end, value, "vague", True)
        found = self.word_at(i, allow_clitics=True)
        if found is not None and found[1].kind == "scale_plural":  # آلاف alone
            start = self.toks[i].start + found[0]
            return _Found(i + 1, start, self.toks[i].end, found[1].value, "vague", True)
        return None

    def indefinite_at(self, j: int) -> bool:
        if j >= len(self.toks) or not self.toks[j].joined:
            return False
        text = self.toks[j].text
        return not (
            text.startswith(self.lex.article)
            or text[0].isdigit()
            or self.word_at(j, allow_clitics=True) is not None
        )

    def words(self, i: int) -> _Found | None:
        first = self.word_at(i, allow_clitics=True)
        if first is None:
            return None
        if first[1].kind == "unit" and first[1].value == 10 and self.after_ordinal(i):
            return None
        items = [(first[1], False)]
        j = i + 1
        while j < len(self.toks) and self.toks[j].joined:
            text = self.toks[j].text
            bare = self.lex.words.get(text)
            if bare is not None:
                items.append((bare, False))
            elif text.startswith(self.lex.conjunction_waw) and text[1:] in self.lex.words:
                items.append((self.lex.words[text[1:]], True))
            else:
                break
            j += 1
        reduced = reduce_number_words(items)
        if reduced is None:
            return None
        used, value = reduced
        start = self.toks[i].start + first[0]
        return _Found(i + used, start, self.toks[i + used - 1].end, value, "words", False)

    def after_ordinal(self, i: int) -> bool:
        if i == 0 or not self.toks[i].joined:
            return False
        before = self.word_at(i - 1, allow_clitics=True)
        return before is not None and before[1].kind == "ordinal"

    def dual(self, i: int) -> _Found | None:
        for length, stem, _article in _split(self.toks[i].text):
            if stem in self.lex.duals:
                start, end = self.toks[i].start + length, self.toks[i].end
                # مدنيان اثنان: the number after a dual repeats it, it adds nothing
                after = i + 1
                if after < len(self.toks) and self.toks[after].joined:
                    entry = self.lex.words.get(self.toks[after].text)
                    if entry is not None and entry.kind == "unit" and entry.value == DUAL:
                        return _Found(after + 1, start, self.toks[after].end, DUAL, "dual", False)
                return _Found(after, start, end, DUAL, "dual", False)
        return None


def find_numbers(text: str) -> tuple[NumberMention, ...]:
    """Every number in ``text`` with its span, value and how it was written.

    >>> [(m.surface, m.value) for m in find_numbers("مقتل ثلاثة وعشرين مدنياً وجرح ١٬٢٠٠")]
    [('ثلاثة وعشرين', 23), ('١٬٢٠٠', 1200)]
    >>> [(m.surface, m.value) for m in find_numbers("عناصر اللواء الثامن")]
    []
    """
    lex = _lexicon()
    norm = normalize(text)
    toks = _scan(norm)
    parser = _Parser(toks, lex)
    found: list[NumberMention] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not tok.text[0].isdigit() and not any(
            tok.text[length:] in lex.first_words for length, _ in proclitic_splits(tok.text)
        ):
            i += 1
            continue
        hit = parser.parse(i)
        if hit is None:
            i += 1
            continue
        span = norm.span_to_original(hit.start, hit.end)
        found.append(NumberMention(span, span.of(text), hit.value, hit.approximate, hit.kind))
        i = hit.next_index
    return tuple(found)


def parse_number(text: str) -> int | None:
    """The value of ``text`` if it is one number phrase, else ``None``.

    Proclitics on the first word are allowed; anything else around the number
    makes it not a number.

    >>> parse_number("ثلاثمئة وخمسون"), parse_number("وبعشرات"), parse_number("الثامن")
    (350, 12, None)
    """
    mentions = find_numbers(text)
    if len(mentions) != 1:
        return None
    span = mentions[0].span
    lead, tail = text[: span.start].lstrip(), text[span.end :]
    if tail.strip() or (lead and (len(lead) > MAX_PROCLITIC_LETTERS or not lead.isalpha())):
        return None
    return mentions[0].value
