"""Word tokens with their proclitics split off, keeping offsets.

Arabic writes the conjunctions و ف, the prepositions ب ل ك and the article
ال as part of the next word: ``وبدرعا`` is "and in Daraa". A gazetteer or
lexicon lookup needs the stem (``درعا``), and every stem must still point into
the original text.

Whether an initial letter is a clitic cannot be decided from the word alone
(``بشار`` is a name, ``بدرعا`` is "in Daraa"), so this module offers two things:

* :func:`stem_candidates` lists every grammatical segmentation, longest stem
  first, for a matcher that can check each against its lexicon;
* :func:`tokens` applies one conservative default, :func:`segment`:

  1. a word listed in ``unsegmented_words.tsv`` is left whole;
  2. an article sequence is stripped when at least two letters remain:
     ``ال``, ``بال`` ``كال`` ``لل``, and each of those after ``و``/``ف``
     (``وال`` ``فبال`` ``ولل`` …); the article's alef must be written bare
     (``ألمانيا`` with hamza is not ``ال`` + ``مانيا``);
  3. otherwise ``و``/``ف`` and then ``ب``/``ل`` are stripped one at a time,
     each only when at least three letters remain and the remainder is not a
     listed whole word: ``وبدرعا`` → ``درعا``, ``وبشار`` → ``بشار``,
     ``ولد`` stays whole. ``ك`` alone is never stripped (``كفرنبل``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from marsad.arabic.lexicon import read_table
from marsad.arabic.normalize import fold, normalize
from marsad.model import Span

TokenKind = Literal["word", "number", "punct"]

# The shortest noun left after the article: الري, الباب's cousins of two letters.
MIN_STEM_AFTER_ARTICLE = 2
# Issue 3's rule: a lone و/ف/ب/ل goes only when three letters stay (وبدرعا, not ولد).
MIN_STEM_AFTER_LETTER = 3
# stem_candidates offers nothing shorter: one-letter "stems" are never names.
MIN_CANDIDATE_STEM = 2
# Distinct word forms in a news archive follow Zipf's law; this covers the head.
SEGMENTATION_CACHE_SIZE = 1 << 16

# Combining marks, tatweel and ZWNJ/ZWJ belong to the word they sit in.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_INVISIBLE = "\u200b\u200e\u200f\u061c\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
_TOKEN_RE = re.compile(
    rf"(?P<word>[^\W\d_](?:[^\W_]|[{_MARKS}])*)"
    r"|(?P<number>\d+(?:[.,\u066b\u066c]\d+)*)"
    rf"|(?P<punct>[^\s{_INVISIBLE}])"
)
_BARE_ALEF = frozenset("\u0627\u0671")  # ا and alef wasla: how the article is written
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the original text.

    ``proclitics`` are the detached clitics in order, in their dictionary form:
    ``وبالمدينة`` → ``("و", "ب", "ال")``; ``للتنظيم`` → ``("ل", "ال")`` (the
    written ``لل`` merges the two). For numbers and punctuation the stem is the
    whole token.
    """

    span: Span
    surface: str
    stem_span: Span
    stem: str
    proclitics: tuple[str, ...]
    kind: TokenKind = "word"


@dataclass(frozen=True, slots=True)
class _Proclitics:
    conjunctions: frozenset[str]
    prepositions: frozenset[str]
    lone_prepositions: frozenset[str]  # the ones rule 3 may strip without an article
    article: str


@cache
def _proclitics() -> _Proclitics:
    rows = read_table("proclitics.tsv")
    by_role: dict[str, set[str]] = {}
    for form, role, *flags in rows:
        by_role.setdefault(role, set()).add(fold(form))
        if flags and flags[0] == "yes":
            by_role.setdefault("lone", set()).add(fold(form))
    (article,) = by_role["article"]
    return _Proclitics(
        frozenset(by_role["conjunction"]),
        frozenset(by_role["preposition"]),
        frozenset(by_role.get("lone", set())),
        article,
    )


@cache
def _unsegmented() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in read_table("unsegmented_words.tsv"))


@cache
def _all_prefixes() -> tuple[tuple[str, tuple[str, ...], int | None], ...]:
    """Every written proclitic sequence: (written form, clitics, index of article alef)."""
    clitics = _proclitics()
    article = clitics.article
    out: list[tuple[str, tuple[str, ...], int | None]] = []
    for conj in ["", *sorted(clitics.conjunctions)]:
        for prep in ["", *sorted(clitics.prepositions)]:
            head = conj + prep
            parts = tuple(p for p in (conj, prep) if p)
            if head:
                out.append((head, parts, None))
            if prep and prep == article[-1]:
                # ل + ال is written لل: the article's alef drops out
                out.append((head + article[1:], (*parts, article), None))
            else:
                out.append((head + article, (*parts, article), len(head)))
    return tuple(out)


def stem_candidates(word: str) -> tuple[tuple[int, str], ...]:
    """Every plausible (offset, stem) of ``word`` after proclitics, longest stem first.

    The first candidate is always the whole word. Offsets index ``word``; stems
    are slices of it as written (fold them to look them up). A stem must keep at
    least two letters, and the article is only split off when its alef is bare.

    >>> stem_candidates("وبالسويداء")
    ((0, 'وبالسويداء'), (1, 'بالسويداء'), (2, 'السويداء'), (4, 'سويداء'))
    >>> stem_candidates("بشار")
    ((0, 'بشار'), (1, 'شار'))
    """
    if not word or not _ARABIC_LETTER.match(word):
        return ((0, word),) if word else ()
    norm = normalize(word)
    folded = norm.text
    seen: dict[int, str] = {0: word}
    for written, _parts, alef_at in _all_prefixes():
        if len(folded) - len(written) < MIN_CANDIDATE_STEM or not folded.startswith(written):
            continue
        if alef_at is not None and word[norm.to_original(alef_at)] not in _BARE_ALEF:
            continue
        offset = norm.to_original(len(written))
        seen.setdefault(offset, word[offset:])
    return tuple(sorted(seen.items()))


@lru_cache(maxsize=SEGMENTATION_CACHE_SIZE)
def proclitic_splits(folded: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Every (prefix length, proclitics) of an already folded word, longest stem first.

    For closed-class lookups (number words, date words) on :func:`fold`-ed text,
    where the hamza of the article cannot be checked any more. The first split is
    always ``(0, ())``.

    >>> proclitic_splits("وبالامس")
    ((0, ()), (1, ('و',)), (2, ('و', 'ب')), (4, ('و', 'ب', 'ال')))
    """
    splits: dict[int, tuple[str, ...]] = {0: ()}
    for written, parts, _alef_at in _all_prefixes():
        if len(folded) - len(written) >= MIN_CANDIDATE_STEM and folded.startswith(written):
            splits.setdefault(len(written), parts)
    return tuple(sorted(splits.items()))


@lru_cache(maxsize=SEGMENTATION_CACHE_SIZE)
def segment(word: str) -> tuple[int, tuple[str, ...]]:
    """The default segmentation of ``word``: (offset of the stem, proclitics).

    See the module docstring for the rule.

    >>> segment("وبدرعا")
    (2, ('و', 'ب'))
    >>> segment("للتنظيم")
    (2, ('ل', 'ال'))
    >>> segment("بشار")
    (0, ())
    """
    if not word or not _ARABIC_LETTER.match(word):
        return 0, ()
    norm = normalize(word)
    folded = norm.text
    keep = _unsegmented()
    if folded in keep:
        return 0, ()
    best: tuple[int, tuple[str, ...]] | None = None
    for written, parts, alef_at in _all_prefixes():
        if not parts or parts[-1] != _proclitics().article:
            continue
        if len(folded) - len(written) < MIN_STEM_AFTER_ARTICLE:
            continue
        if not folded.startswith(written):
            continue
        if alef_at is not None and word[norm.to_original(alef_at)] not in _BARE_ALEF:
            continue
        if best is None or len(written) > best[0]:
            best = (len(written), parts)
    if best is None:
        best = _strip_letters(folded, keep)
    length, parts = best
    return (norm.to_original(length) if length else 0), parts


def _strip_letters(folded: str, keep: frozenset[str]) -> tuple[int, tuple[str, ...]]:
    """Rule 3: a conjunction, then a lone preposition, each only if 3+ letters remain."""
    clitics = _proclitics()
    at = 0
    parts: list[str] = []
    for allowed in (clitics.conjunctions, clitics.lone_prepositions):
        rest = folded[at:]
        if (
            rest[:1] in allowed
            and len(rest) - 1 >= MIN_STEM_AFTER_LETTER
            and rest not in keep
            and _ARABIC_LETTER.match(rest[1:])
        ):
            parts.append(rest[0])
            at += 1
    return at, tuple(parts)


def tokens(text: str) -> tuple[Token, ...]:
    """Split ``text`` into word, number and punctuation tokens with proclitics split off.

    >>> [(t.surface, t.stem, t.proclitics) for t in tokens("وبدرعا، قُتل 3")]
    [('وبدرعا', 'درعا', ('و', 'ب')), ('،', '،', ()), ('قُتل', 'قُتل', ()), ('3', '3', ())]
    """
    out: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        surface = match.group()
        kind: TokenKind = "word"
        if match.lastgroup == "number":
            kind = "number"
        elif match.lastgroup == "punct":
            kind = "punct"
        offset, parts = segment(surface) if kind == "word" else (0, ())
        span = Span(start, end)
        out.append(
            Token(
                span=span,
                surface=surface,
                stem_span=Span(start + offset, end) if offset else span,
                stem=surface[offset:],
                proclitics=parts,
                kind=kind,
            )
        )
    return tuple(out)
