"""Aho-Corasick over folded place names, with proclitic-aware word boundaries.

Arabic writes prepositions and conjunctions onto the next word: «وبإنخل» is
و + ب + إنخل, «لدرعا» is ل + درعا, and «للحراك» is ل + الحراك with the alef of the
article dropped. A name matches when it ends a word and whatever stands before it
in its word is one of the proclitic strings allowed for that name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from marsad.arabic import fold
from marsad.gazetteer.entries import GazetteerEntry, load_entries

# Names shorter than this (letters, after folding) are never indexed: two-letter
# names collide with particles (في، من، لا) far more often than they name places.
MIN_NAME_LETTERS = 3

# Abandoned (PPLQ), destroyed and historical villages are kept in places.tsv; their
# one-word names are not indexed (most are depopulated hamlets whose names are
# everyday words), their names of two words or more are: GeoNames marks some living
# towns abandoned («دبسي عفنان» on the Raqqa–Aleppo road), and a two-word name is
# rarely an everyday phrase. A current place by the same name always wins.
INDEX_ABANDONED = False

ARTICLE = "ال"
# What may stand before a name inside its word (conjunction, then preposition).
# ك ("like") is left out: news rarely compares a place, and a word starting with ك
# often ends with a village's name («آثار كدمات» is no «دمات»).
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
# Before a name that starts with the article, ل cannot stand (ل + ال is written لل).
PROCLITICS_BEFORE_ARTICLE = frozenset({"", "و", "ف", "ب", "وب", "فب"})
# «للحراك»: the key «لحراك» (ل of the article kept, alef dropped) after ل, ول or فل.
PROCLITICS_BEFORE_LAM_FORM = frozenset({"ل", "ول", "فل"})
# Compound names written with and without the space: «تل كلخ» / «تلكلخ».
JOINABLE_FIRST_WORDS = frozenset({"تل", "كفر"})


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A gazetteer name found in normalized text, before context is read.

    ``start``/``end`` cover the name (not its proclitics) in the normalized text;
    ``prefix`` is the proclitic string before it in the same word.
    """

    start: int
    end: int
    prefix: str
    key: str
    entry_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class _Payload:
    key: str
    plain_ids: tuple[int, ...]  # the key as a name
    lam_ids: tuple[int, ...]  # the key as the «لل» form of an article name


def _keys(entry: GazetteerEntry) -> set[str]:
    keys = set()
    for name in entry.names:
        key = " ".join(fold(name).split())
        if sum(ch.isalnum() for ch in key) < MIN_NAME_LETTERS:
            continue
        keys.add(key)
        first, _, rest = key.partition(" ")
        if first in JOINABLE_FIRST_WORDS and rest and " " not in rest:
            keys.add(first + rest)
    return keys


@cache
def load_automaton() -> ahocorasick.Automaton:
    """The automaton over every indexed name, built once per process."""
    plain: dict[str, list[int]] = {}
    lam: dict[str, list[int]] = {}
    entries = load_entries()
    current_keys = {key for entry in entries if not entry.abandoned for key in _keys(entry)}
    for entry_id, entry in enumerate(entries):
        keys = _keys(entry)
        if entry.abandoned and not INDEX_ABANDONED:
            keys = {key for key in keys if " " in key and key not in current_keys}
        for key in keys:
            plain.setdefault(key, []).append(entry_id)
            if key.startswith(ARTICLE) and len(key) > len(ARTICLE) + 1:
                lam.setdefault("ل" + key[len(ARTICLE) :], []).append(entry_id)
    automaton = ahocorasick.Automaton()
    for key in plain.keys() | lam.keys():
        payload = _Payload(key, tuple(plain.get(key, ())), tuple(lam.get(key, ())))
        automaton.add_word(key, payload)
    automaton.make_automaton()
    return automaton


def _word_start(text: str, index: int) -> int:
    while index > 0 and text[index - 1].isalnum():
        index -= 1
    return index


def _candidates(text: str) -> list[NameMatch]:
    found = []
    for last, payload in load_automaton().iter(text):
        end = last + 1
        if end < len(text) and text[end].isalnum():
            continue  # the name must end its word
        start = end - len(payload.key)
        prefix = text[_word_start(text, start) : start]
        if payload.plain_ids:
            allowed = PROCLITICS_BEFORE_ARTICLE if payload.key.startswith(ARTICLE) else PROCLITICS
            if prefix in allowed:
                found.append(NameMatch(start, end, prefix, payload.key, payload.plain_ids))
                continue
        if payload.lam_ids and prefix in PROCLITICS_BEFORE_LAM_FORM:
            # report the name from the article's lam: «للحراك» → «لحراك»
            key = ARTICLE + payload.key[1:]
            found.append(NameMatch(start, end, prefix, key, payload.lam_ids))
    return found


def match_names(text: str) -> list[NameMatch]:
    """Non-overlapping name matches in normalized ``text``, longest first, in text order.

    >>> [m.key for m in match_names("وصلوا لدرعا البلد وبانخل")]
    ['درعا البلد', 'انخل']
    """
    chosen: list[NameMatch] = []
    taken = bytearray(len(text))
    for match in sorted(_candidates(text), key=lambda m: (m.start - m.end, m.start)):
        if taken.find(1, match.start, match.end) != -1:
            continue
        chosen.append(match)
        taken[match.start : match.end] = b"\x01" * (match.end - match.start)
    return sorted(chosen, key=lambda m: m.start)
