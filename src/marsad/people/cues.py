"""Cue words that introduce a person's name, or another name of the person just named.

The table is ``data/people/cues.tsv`` (see its header for the kinds). A cue may
be written with proclitics — ``والملقب``، ``وللمدعو``، ``ويُدعى``، ``بالمدعو`` — and
is matched word by word on folded text, so ``المدعوة`` and ``المدعوه`` are one cue.

>>> from marsad.people.names import words_of
>>> [(c.cue, c.kind) for c in find_cues(words_of("قتل وللمدعو “نادر” والملقب (أبو جزوان)"))]
[('المدعو', 'strong'), ('الملقب', 'alias')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalize import fold
from marsad.people.lexicon import read_people_table
from marsad.people.names import Word

CUE_KINDS = ("strong", "title", "role", "alias", "alias_lead", "real_name", "pseudonym")
_ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in the text: words ``[first, after)``, folded cue and kind."""

    first: int
    after: int
    cue: str
    kind: str


@cache
def _table() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First folded word → (the cue's words, kind), longest cue first."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for cue, kind in read_people_table("cues.tsv"):
        if kind not in CUE_KINDS:
            raise ValueError(f"cues.tsv: unknown kind {kind!r} for {cue!r}")
        parts = tuple(fold(cue).split())
        by_first.setdefault(parts[0], []).append((parts, kind))
    return {
        first: tuple(sorted(rows, key=lambda row: -len(row[0]))) for first, rows in by_first.items()
    }


def _first_word_forms(word: Word) -> list[str]:
    """The cue forms a written word can stand for once its proclitics are set aside."""
    forms = []
    for stem in word.stems:
        forms.append(stem)
        if stem != word.folded and not stem.startswith(_ARTICLE):
            forms.append(_ARTICLE + stem)  # للمدعو: ل + (ا)لمدعو
    return forms


def find_cues(words: Sequence[Word]) -> tuple[Cue, ...]:
    """Every cue of the table in the text, in order; overlapping cues keep the longest."""
    table = _table()
    found: list[Cue] = []
    i = 0
    while i < len(words):
        match: Cue | None = None
        if words[i].kind == "word":
            for form in _first_word_forms(words[i]):
                for parts, kind in table.get(form, ()):
                    end = i + len(parts)
                    if end <= len(words) and all(
                        words[i + k].folded == part for k, part in enumerate(parts[1:], 1)
                    ):
                        if match is None or end > match.after:
                            match = Cue(i, end, " ".join(parts), kind)
                        break
        if match is not None:
            found.append(match)
            i = match.after
        else:
            i += 1
    return tuple(found)
