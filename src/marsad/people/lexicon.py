"""The people lexicons shipped under ``marsad/data/people/``.

Each file is a TSV with a header row; lines starting with ``#`` are comments.
Arabic entries are folded by the code that uses them, so a file may spell a word
with or without hamza (``أسامة`` and ``اسامه`` are one key).

>>> "محمد" in given_names()
True
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from marsad.arabic.normalize import fold
from marsad.errors import MarsadError


@cache
def read_people_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The data rows of ``data/people/<name>``, each a tuple of its cells."""
    try:
        text = resources.files("marsad.data").joinpath("people", name).read_text("utf-8")
    except OSError as error:
        raise MarsadError(
            f"people data file {name} is missing from the installed package ({error}); "
            "reinstall marsad"
        ) from error
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in lines[1:])


_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_HAMZA_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def light(text: str) -> str:
    """A lighter key than ``fold``: no diacritics, bare alef, but ى and ة kept.

    ``fold`` merges the preposition على with the name علي; ``light`` does not.

    >>> light("عَلى"), light("علي"), fold("على")
    ('على', 'علي', 'علي')
    """
    return _MARKS.sub("", text).translate(_HAMZA_ALEF)


@cache
def given_names() -> frozenset[str]:
    """Folded given names (one word or several: ``عبد الله``)."""
    return frozenset(" ".join(fold(row[0]).split()) for row in read_people_table("given_names.tsv"))


@cache
def word_set(name: str, kind: str | None = None) -> frozenset[str]:
    """Folded first cells of ``data/people/<name>``, optionally only rows of one kind.

    >>> "الذي" in word_set("not_names.tsv")
    True
    """
    rows = read_people_table(name)
    return frozenset(
        " ".join(fold(row[0]).split())
        for row in rows
        if kind is None or (len(row) > 1 and row[1] == kind)
    )


@cache
def light_set(name: str) -> frozenset[str]:
    """First cells of ``data/people/<name>`` in :func:`light` form."""
    return frozenset(light(row[0]) for row in read_people_table(name))
