"""Name comparison as the official scorer does it (``shared/tools/score.py``).

The scorer folds spelling variants much more coarsely than
:mod:`marsad.arabic.normalize` — it must, because gold and predictions come from
different hands — and its folding is part of the metric: a name that folds
differently scores differently. So this module keeps its own rules rather than
reusing the pipeline's normalizer, and they must not drift from the scorer's.

>>> same_place_name("شرقي درعا", "شرق درعا")
True
>>> same_name("أسامة عزيزية", "اسامه عزيزيه")
True
"""

from __future__ import annotations

from collections.abc import Sequence

# Harakat, Quranic marks, superscript alef and tatweel: the ranges score.py strips.
_DIACRITICS = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(0x0670), "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)
# Quotes, brackets, sentence and list punctuation, dashes and the slash count as spaces.
_PUNCTUATION = "\"'«»“”‘’()[]{}.,،؛:!?؟-–—/"
_LETTER_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
}
_DIGIT_FOLDS = {chr(0x0660 + d): str(d) for d in range(10)} | {
    chr(0x06F0 + d): str(d) for d in range(10)
}
_SCORING_FOLDS = str.maketrans(
    {ch: None for ch in _DIACRITICS}
    | _LETTER_FOLDS
    | _DIGIT_FOLDS
    | dict.fromkeys(_PUNCTUATION, " ")
)

# Generic words for a kind of place ("the town of", "the countryside of"), written
# as they are after folding (ة→ه). Gold says "مدينة درعا" where a system says "درعا".
PLACE_WORDS = frozenset({"مدينه", "بلده", "قريه", "حي", "منطقه", "محافظه", "ناحيه", "مركز", "ريف"})

# The forms of each compass direction ("شرق", "شرقي", "الشرقي", "شرقا"), so that
# "شرقي درعا" and "ريف درعا الشرقي" both say east of Daraa.
_DIRECTION_FORMS = {
    "شرق": ("شرق", "شرقي", "الشرقي", "شرقا"),
    "غرب": ("غرب", "غربي", "الغربي", "غربا"),
    "شمال": ("شمال", "شمالي", "الشمالي", "شمالا"),
    "جنوب": ("جنوب", "جنوبي", "الجنوبي", "جنوبا"),
}
_DIRECTION_OF_FORM = {
    form: direction for direction, forms in _DIRECTION_FORMS.items() for form in forms
}

# A lone word may carry a one-letter proclitic (بدرعا، ودرعا) only when the bare
# word is longer than this: stripping a letter off a three-letter word too often
# leaves another word.
_SHORTEST_WORD_WITH_CLITIC = 4


def normalize_for_scoring(value: object) -> str:
    """Fold a name as the scorer compares it; anything empty or missing gives ``""``.

    Strips diacritics and tatweel, maps Arabic-Indic and Persian digits to ASCII,
    folds أ إ آ ٱ→ا, ى→ي, ة→ه, turns punctuation into spaces, collapses spaces
    and lower-cases. Non-text values are compared by their ``str()``, as the scorer
    does. ``"مدينةُ  درعا، البلد"`` → ``"مدينه درعا البلد"``.
    """
    if not value:
        return ""
    folded = str(value).translate(_SCORING_FOLDS)
    return " ".join(folded.split()).lower()


def name_tokens(value: object) -> list[str]:
    """The words of a person's or source's name after folding."""
    return normalize_for_scoring(value).split()


def place_name_tokens(value: object) -> list[str]:
    """The words of a place name without generic place words, directions folded.

    ``"ريف درعا الغربي"`` → ``["درعا", "غرب"]``.
    """
    kept = [word for word in name_tokens(value) if word not in PLACE_WORDS]
    return [_DIRECTION_OF_FORM.get(word, word) for word in kept]


def same_name(first: object, second: object) -> bool:
    """Whether two names (people, sources) name the same thing.

    True when they fold to the same words, or when the shorter has two or more
    words all found in the longer ("أبو طارق" inside "أبو طارق الصبيحي"). A lone
    word matches a lone word that adds the article or a one-letter clitic — in
    that direction only, as in the scorer: ``same_name("درعا", "بدرعا")`` is true,
    ``same_name("بدرعا", "درعا")`` is not.
    """
    return _words_agree(name_tokens(first), name_tokens(second))


def same_place_name(first: object, second: object) -> bool:
    """Like :func:`same_name`, ignoring place words and folding directions.

    ``"شرقي درعا"`` ~ ``"شرق درعا"``, ``"مدينة درعا"`` ~ ``"درعا"``, but
    ``"ريف درعا الغربي"`` is not ``"درعا"``: a region is not its town.
    """
    return _words_agree(place_name_tokens(first), place_name_tokens(second))


def _words_agree(first: Sequence[str], second: Sequence[str]) -> bool:
    if not first or not second:
        return False
    if first == second:
        return True
    # On equal length the first name plays the shorter one; this is what makes
    # the lone-word rule one-directional.
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    if len(shorter) == 1:
        return len(longer) == 1 and _lone_word_agrees(shorter[0], longer[0])
    return set(shorter) <= set(longer)


def _lone_word_agrees(word: str, other: str) -> bool:
    if other in (word, "ال" + word):
        return True
    return len(word) >= _SHORTEST_WORD_WITH_CLITIC and other[1:] == word
