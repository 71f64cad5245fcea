"""Reading the Arabic lexicon tables shipped under ``marsad/data/arabic/``.

Lexicons are data reviewed like code, so they live in TSV files rather than in
Python literals. Each file has a header row; blank lines and lines starting with
``#`` are comments. Entries are folded with :func:`marsad.arabic.normalize.fold`
by the modules that use them, so a file may spell a word with or without hamza
or diacritics (``أيلول`` and ``ايلول`` are the same key).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from marsad.arabic.normalize import fold


@cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The data rows of ``data/arabic/<name>``, each a tuple of its tab-separated cells.

    >>> ("أيلول", "gregorian", "9", "no") in read_table("months.tsv")
    True
    """
    resource = files("marsad").joinpath("data", "arabic", name)
    rows: list[tuple[str, ...]] = []
    lines = resource.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:  # the first line is the header
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def folded_alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of folded ``words``, longest first, spaces matching any run.

    Longest first, because Python's ``re`` takes the first alternative that
    matches: ``كانون الثاني`` must be tried before a shorter entry could win.
    """
    keys = sorted({fold(w) for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in key.split()) for key in keys)
