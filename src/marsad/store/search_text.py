"""The normalized shadow text that full-text search indexes.

SQLite's tokenizer knows nothing of Arabic: it would index "وبدرعا" as one
word that a search for "درعا" never finds, and "إدلب"/"ادلب" as two words.
So the index holds, for each word, its normalized form and the stems left by
stripping proclitics; queries are normalized the same way.
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import NormalizedText, fold
from marsad.arabic.tokens import stem_candidates

_WORD = re.compile(r"\w+")
# Stems shorter than this are mostly particles left by over-stripping.
MIN_STEM_CHARS = 2


def index_text(text: str) -> str:
    """Normalized words plus their clitic-stripped stems, space-separated.

    >>> index_text("وبدرعا")
    'وبدرعا بدرعا درعا'
    """
    words: list[str] = []
    for match in _WORD.finditer(fold(text)):
        word = match.group()
        words.append(word)
        for _offset, stem in stem_candidates(word):
            if stem != word and len(stem) >= MIN_STEM_CHARS:
                words.append(stem)
    return " ".join(words)


def query_terms(query: str) -> list[str]:
    """Normalized query words (a query is matched word by word, all required)."""
    return _WORD.findall(fold(query))


def fts_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term as a quoted phrase, all required."""
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)


def find_in_text(norm: NormalizedText, terms: list[str]) -> tuple[int, int] | None:
    """Original offsets of the first occurrence of any term (also inside a clitic form)."""
    best: tuple[int, int] | None = None
    for term in terms:
        for match in re.finditer(re.escape(term), norm.text):
            span = norm.span_to_original(match.start(), match.end())
            if best is None or span.start < best[0]:
                best = (span.start, span.end)
            break
    return best


def snippet(text: str, start: int, end: int, context: int = 60) -> str:
    """The text around ``[start, end)`` with the match marked ⟦like this⟧."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    before = ("…" if left else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) else "")
    return " ".join((before + "⟦" + text[start:end] + "⟧" + after).split())
