"""Latin display forms of Arabic person and actor names.

marsad's simplified scheme, for English-speaking readers rather than for
linguists (no macrons or dots; one Latin form per Arabic spelling):

* a name or word listed in ``data/people/given_names.tsv`` (latin column) or
  ``data/people/latin.tsv`` is written as listed — the tables win over the rules
  (``محمد`` → Muhammad, ``عبد الرحمن`` → Abd al-Rahman);
* the article is ``al-`` before every letter (no sun-letter assimilation), and
  the word after it is capitalised: ``الليث`` → al-Layth; a name that starts
  with the article starts ``Al-``;
* kunya words: أبو → Abu, أم → Umm, ابن → ibn, بن → bin;
* otherwise letters follow ``data/people/latin_letters.tsv``; ا و ي write long
  vowels a u i between consonants (و ي are w y next to a vowel or at the start);
  ة is ``a`` (ـية → ``iya``); a short ``a`` goes between two consonants, except
  in the pattern فاعل (CāCiC: نادر → Nadir); ʿayn and a medial hamza are ``'``;
  nothing is written for them at the start or end of a word.

>>> transliterate("أبو الليث")
'Abu al-Layth'
>>> transliterate("أسامة عزيزية")
'Usama Aziziya'
>>> transliterate("عبد الرحمن فرحان العبيد")
'Abd al-Rahman Farhan al-Ubayd'
"""

from __future__ import annotations

import re
from functools import cache

from marsad.arabic.normalize import fold
from marsad.people.lexicon import read_people_table

# Longest run of words one override row may cover (عبد الرحمن, نصر الله, سيف الدين).
MAX_OVERRIDE_WORDS = 3

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c-\u200f]")
_ARTICLE = "ال"
_CONNECTORS = frozenset({"ibn", "bin", "bint", "al-Din"})


@cache
def _overrides() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, _gender, latin in read_people_table("given_names.tsv"):
        table.setdefault(" ".join(fold(name).split()), latin)
    for arabic, latin in read_people_table("latin.tsv"):
        table[" ".join(fold(arabic).split())] = latin  # the curated table wins
    return table


@cache
def _letters() -> dict[str, tuple[str, str]]:
    rows = read_people_table("latin_letters.tsv")
    return {row[0]: (row[1], row[2] if len(row) > 2 else "") for row in rows}


def _capitalise(word: str) -> str:
    if word.startswith("al-"):
        return "al-" + word[3:4].upper() + word[4:]
    if word.startswith("'"):
        return word[1:2].upper() + word[2:]
    return word[:1].upper() + word[1:]


def _is_vowel_letter(word: str, i: int) -> bool:
    """Whether the و/ي at ``i`` writes a long vowel (between a consonant and a consonant)."""
    letter = word[i]
    if i == 0 or word[i - 1] in "اآوىي":
        return False
    after = word[i + 1] if i + 1 < len(word) else ""
    if after in ("ا", "آ"):
        return False
    # CyC is a diphthong: ليث Layth, سيف Sayf
    return not (letter == "ي" and len(word) == 3 and i == 1)


def _romanise(word: str) -> str:
    """Rule-based romanisation of one word without the article."""
    letters = _letters()
    units: list[tuple[str, bool]] = []  # (latin, is_consonant)
    for i, letter in enumerate(word):
        consonant, vowel = letters.get(letter, (letter, ""))
        last = i == len(word) - 1
        if letter == "ة":
            units.append(("a", False))
        elif letter in "وي" and _is_vowel_letter(word, i):
            nxt = word[i + 1] if not last else ""
            units.append((vowel + ("y" if letter == "ي" and nxt == "ة" else ""), False))
        elif letter in "أإآ" and i == 0:
            units.append((vowel, False))
        elif consonant:
            units.append((consonant, True))
        else:
            units.append((vowel, False))
    out: list[str] = []
    for i, (latin, is_consonant) in enumerate(units):
        out.append(latin)
        if is_consonant and i + 1 < len(units) and units[i + 1][1]:
            fa_il = i >= 2 and units[i - 1] == ("a", False) and i + 2 == len(units)
            out.append("i" if fa_il else "a")
    text = "".join(out)
    return text.strip("'") or text


def _word(word: str) -> str:
    key = fold(word)
    table = _overrides()
    if key in table:
        return table[key]
    if key.startswith(_ARTICLE) and len(key) > len(_ARTICLE) + 1:
        stem = word[len(_ARTICLE) :] if fold(word[:2]) == _ARTICLE else word[2:]
        stem_key = key[len(_ARTICLE) :]
        if stem_key in table and not table[stem_key].startswith("al-"):
            return "al-" + table[stem_key]
        return "al-" + _capitalise(_romanise(stem))
    return _capitalise(_romanise(word))


def transliterate(name: str) -> str:
    """The Latin display form of an Arabic name (see the module docstring).

    >>> transliterate("محمد المسالمة")
    'Muhammad al-Masalima'
    """
    words = _MARKS.sub("", name).split()
    table = _overrides()
    parts: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_OVERRIDE_WORDS, len(words) - i), 1, -1):
            key = fold(" ".join(words[i : i + size]))
            if key in table:
                parts.append(table[key])
                i += size
                break
        else:
            parts.append(_word(words[i]))
            i += 1
    if parts and parts[0] not in _CONNECTORS:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return " ".join(parts)
