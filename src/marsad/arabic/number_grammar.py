"""How Arabic number words combine into one value.

Arabic puts units before tens (``ثلاثة وعشرون`` = 3 + 20), joins every part
after the first with ``و``, builds teens without it (``خمسة عشر``, ``اثنا عشر``),
and multiplies by a following scale word (``ثلاثة آلاف``, ``خمسة وعشرين ألفاً``).
:func:`reduce_number_words` folds a run of number words into one value and says
how many of them belong to it, so ``ثلاثة وخمسة`` stops after the first word.
"""

from __future__ import annotations

from dataclasses import dataclass

# the units that can start a teen (ثلاثة عشر) or multiply مئة (ثلاث مئة)
_SMALL_UNITS = range(1, 10)
_TEN = 10
_HUNDRED = 100


@dataclass(frozen=True, slots=True)
class NumberWord:
    """A number word: its value, its kind (see ``number_words.tsv``), ال allowed."""

    value: int
    kind: str
    article: bool


@dataclass(slots=True)
class _State:
    total: int = 0  # closed groups (thousands, millions)
    current: int = 0  # the open group below the last scale
    last: str = ""  # kind of the last word taken: unit, teen, teen_head, ten, hundred, scale
    last_value: int = 0
    last_scale: int = 0


def _start(state: _State, word: NumberWord) -> bool:
    if word.kind in ("unit", "ten", "hundred", "teen_head"):
        state.current, state.last = word.value, word.kind
    elif word.kind in ("scale", "scale_dual"):
        state.total, state.last, state.last_scale = word.value, "scale", word.value
    else:
        return False
    state.last_value = word.value
    return True


def _bare(state: _State, word: NumberWord) -> bool:
    """A word joined without و: a teen, units × مئة, or a scale."""
    if (
        word.kind == "unit"
        and word.value == _TEN
        and state.last in ("unit", "teen_head")
        and state.last_value in _SMALL_UNITS
    ):
        state.current += _TEN
        state.last = "teen"
    elif (
        word.kind == "hundred"
        and word.value == _HUNDRED
        and state.last == "unit"
        and state.last_value in _SMALL_UNITS
    ):
        state.current += state.last_value * (_HUNDRED - 1)
        state.last = "hundred"
    elif word.kind in ("scale", "scale_plural") and state.last != "scale" and state.current:
        state.total += state.current * word.value
        state.current = 0
        state.last, state.last_scale = "scale", word.value
    else:
        return False
    state.last_value = word.value
    return True


def _after_waw(state: _State, word: NumberWord) -> bool:
    """A word joined with و: it must be a smaller part than what precedes it."""
    small = word.kind in ("unit", "teen_head")
    units_then_ten = (
        state.last == "unit" and state.last_value in _SMALL_UNITS and word.kind == "ten"
    )
    if units_then_ten or (state.last == "hundred" and (small or word.kind == "ten")):
        state.current += word.value
    elif state.last == "scale" and (small or word.kind in ("ten", "hundred")):
        state.current = word.value
    elif (
        state.last == "scale"
        and word.kind in ("scale", "scale_dual")
        and word.value < state.last_scale
    ):
        state.total += word.value
        state.last_scale = word.value
        state.last, state.last_value = "scale", word.value
        return True
    else:
        return False
    state.last, state.last_value = word.kind, word.value
    return True


def reduce_number_words(items: list[tuple[NumberWord, bool]]) -> tuple[int, int] | None:
    """(words used, value) of the number that starts ``items``, or ``None``.

    Each item is a number word and whether it was joined with ``و``.
    """
    state = _State()
    used = 0
    for k, (word, waw) in enumerate(items):
        if k == 0:
            ok = not waw and _start(state, word)
        else:
            ok = _after_waw(state, word) if waw else _bare(state, word)
        if not ok:
            break
        used = k + 1
    if used == 0:
        return None
    if state.last == "teen_head":  # اثنا without عشر is not a number
        return reduce_number_words(items[: used - 1]) if used > 1 else None
    return used, state.total + state.current
