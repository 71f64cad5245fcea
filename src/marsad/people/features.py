"""Token features for the name tagger (a linear-chain CRF).

A token is described by its folded form, its clitic-stripped stems, its prefixes
and suffixes, its shape, the word classes of a lexicon (given names, places,
actors, countries, titles …) that it or a run of tokens starting with it belongs
to, and the same facts about its neighbours two tokens either side.

The features of a word type never change, so they are computed once per word
(:func:`word_facts` is cached) and a sentence only composes them with the
neighbours' facts; that keeps tagging at thousands of sentences a second.

>>> lexicon = FeatureLexicon.from_rows([("محمد", "given"), ("درعا", "place")])
>>> rows = sentence_features(["قتل", "محمد", "في", "درعا"], lexicon)
>>> "g=given" in rows[1], "g=place" in rows[3], "-1g=given" in rows[2]
(True, True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.arabic.normalize import fold
from marsad.arabic.tokens import segment, stem_candidates

# Neighbours on each side whose facts a token sees: ±2 is the usual CRF window for
# NER (Benajiba & Rosso's ANERsys CRF, Ratinov & Roth 2009); wider windows added
# features without gain on the ANERcorp train split (tools/train_ner.py).
WINDOW = 2
# Prefixes and suffixes of the folded word up to this many letters: Arabic
# morphology lives in 1-3 letter affixes (ال، وال، ـية، ـيين); 4 catches foreign name
# endings (ـوفسكي، ـستان).
MAX_AFFIX = 4
# Lexicon entries of more words than this are not matched as token runs; the longest
# shipped name that matters for names is four words (الإمارات العربية المتحدة …).
MAX_RUN_WORDS = 4
# Word types whose facts stay cached: a news archive's vocabulary follows Zipf's
# law, so 64k types cover nearly every token.
FACTS_CACHE_SIZE = 1 << 16

_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a cache key
class FeatureLexicon:
    """Word classes by folded entry: one-word entries and token runs."""

    words: dict[str, tuple[str, ...]]
    runs: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word → (rest, class)
    pairs: dict[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]  # first two words

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str]]) -> FeatureLexicon:
        """Build from (entry, class) pairs; entries are folded here."""
        words: dict[str, set[str]] = {}
        runs: dict[str, set[tuple[tuple[str, ...], str]]] = {}
        for entry, kind in rows:
            parts = fold(entry).split()
            if not parts or len(parts) > MAX_RUN_WORDS:
                continue
            if len(parts) == 1:
                words.setdefault(parts[0], set()).add(kind)
            else:
                runs.setdefault(parts[0], set()).add((tuple(parts[1:]), kind))
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for first, found in runs.items():
            for rest, kind in sorted(found):
                pairs.setdefault((first, rest[0]), []).append((rest, kind))
        return cls(
            {word: tuple(sorted(kinds)) for word, kinds in words.items()},
            {word: tuple(sorted(found)) for word, found in runs.items()},
            {pair: tuple(found) for pair, found in pairs.items()},
        )

    def rows(self) -> list[tuple[str, str]]:
        """(entry, class) pairs, sorted: the form the model's lexicon file stores."""
        out = [(word, kind) for word, kinds in self.words.items() for kind in kinds]
        out += [
            (" ".join((first, *rest)), kind)
            for first, found in self.runs.items()
            for rest, kind in found
        ]
        return sorted(out)


@dataclass(frozen=True, slots=True)
class WordFacts:
    """What a word type contributes to its own and its neighbours' features."""

    folded: str
    stems: tuple[str, ...]  # folded stems after proclitics, the default one first
    own: tuple[str, ...]  # features the token itself carries
    seen: dict[int, tuple[str, ...]]  # what a neighbour at each offset sees, prefixed


def _shape(word: str) -> str:
    if _DIGIT.search(word):
        return "num" if not _ARABIC.search(word) else "mixnum"
    if _LATIN.search(word):
        return "latin"
    if _ARABIC.search(word):
        return "ar"
    return "punct"


@lru_cache(maxsize=FACTS_CACHE_SIZE)
def _facts(word: str, lexicon: FeatureLexicon) -> WordFacts:
    folded = fold(word)
    offset, _clitics = segment(word)
    default = fold(word[offset:]) if offset else folded
    stems = tuple(dict.fromkeys([default, *(fold(s) for _, s in stem_candidates(word)[1:])]))
    own = [f"w={folded}", f"sh={_shape(word)}", f"len={min(len(folded), 8)}"]
    if default != folded:
        own.append(f"s={default}")
        own.append(f"clitic={folded[: len(folded) - len(default)]}")
    own += [f"c={stem}" for stem in stems[1:3] if stem != default]
    for n in range(1, MAX_AFFIX + 1):
        if len(default) > n:
            own.append(f"p{n}={default[:n]}")
            own.append(f"x{n}={default[-n:]}")
    classes: dict[str, None] = {}
    for form in (folded, *stems):
        for kind in lexicon.words.get(form, ()):
            classes.setdefault(kind)
    own += [f"g={kind}" for kind in classes]
    if not classes and _ARABIC.search(word) and len(default) >= 2:
        own.append("g=none")
    shared = [f"w={folded}", f"x2={default[-2:]}"]
    if default != folded:
        shared.append(f"s={default}")
    shared += [f"g={kind}" for kind in classes]
    seen = {
        offset: tuple(f"{-offset}{item}" for item in shared)
        for offset in range(-WINDOW, WINDOW + 1)
        if offset
    }
    return WordFacts(folded, stems, tuple(own), seen)


def word_facts(word: str, lexicon: FeatureLexicon) -> WordFacts:
    """The cached facts of one word type."""
    return _facts(word, lexicon)


def _run_classes(facts: Sequence[WordFacts], lexicon: FeatureLexicon) -> list[list[str]]:
    """Per token, ``m=<class>:B``/``:I`` for lexicon entries several tokens long."""
    marks: list[list[str]] = [[] for _ in facts]
    for i, fact in enumerate(facts[:-1]):
        second = facts[i + 1].folded
        for first in (fact.folded, *fact.stems):
            for rest, kind in lexicon.pairs.get((first, second), ()):
                end = i + 1 + len(rest)
                if end > len(facts):
                    continue
                if all(facts[i + 1 + k].folded == word for k, word in enumerate(rest)):
                    marks[i].append(f"m={kind}:B")
                    for j in range(i + 1, end):
                        marks[j].append(f"m={kind}:I")
    return marks


def sentence_features(words: Sequence[str], lexicon: FeatureLexicon) -> list[list[str]]:
    """The CRF attributes of every token of one sentence."""
    facts = [_facts(word, lexicon) for word in words]
    runs = _run_classes(facts, lexicon)
    rows: list[list[str]] = []
    last = len(facts) - 1
    for i, fact in enumerate(facts):
        row = ["bias", *fact.own, *runs[i]]
        if i == 0:
            row.append("BOS")
        if i == last:
            row.append("EOS")
        for offset in range(-WINDOW, WINDOW + 1):
            j = i + offset
            if offset == 0 or j < 0 or j > last:
                continue
            row += facts[j].seen[-offset]
            if runs[j]:
                row += [f"{offset}{item}" for item in runs[j]]
        if i > 0:
            row.append(f"-1w|w={facts[i - 1].folded}|{fact.folded}")
        if i < last:
            row.append(f"w|1w={fact.folded}|{facts[i + 1].folded}")
        rows.append(row)
    return rows


# Sentences either side whose first-pass names a token sees (document consistency,
# Krishnan & Manning 2006): a name tagged once is usually the same name elsewhere in
# the article. ANERcorp has no document breaks, so a window stands in for the article;
# ±10 sentences was chosen on a held-out sixth of the training split.
DOCUMENT_WINDOW = 10


def document_features(
    sentences: Sequence[Sequence[str]], first_pass: Sequence[Sequence[str]], lexicon: FeatureLexicon
) -> list[list[list[str]]]:
    """Second-pass attributes: each token's first-pass tag and the types its stem had nearby.

    ``first_pass`` holds the IOB tags a first model gave every sentence. A token gets
    ``self=<tag>`` and, for every entity type its default stem was part of in another
    sentence within :data:`DOCUMENT_WINDOW`, ``d=<type>`` and ``d=<type><position>``
    (S single word, F first or L last word of a longer name).
    """
    from marsad.people.conll import spans_of

    seen: list[list[tuple[str, str]]] = []
    for words, tags in zip(sentences, first_pass, strict=True):
        marks: list[tuple[str, str]] = []
        for start, end, kind in spans_of(tags):
            for i in range(start, end):
                stem = _facts(words[i], lexicon).stems[0]
                position = (
                    "S"
                    if end - start == 1
                    else "F"
                    if i == start
                    else "L"
                    if (i == end - 1)
                    else "M"
                )
                marks.append((stem, kind))
                marks.append((stem, kind + position))
        seen.append(marks)
    out: list[list[list[str]]] = []
    for index, (words, tags) in enumerate(zip(sentences, first_pass, strict=True)):
        nearby: dict[str, set[str]] = {}
        low, high = max(0, index - DOCUMENT_WINDOW), min(len(seen), index + DOCUMENT_WINDOW + 1)
        for other in range(low, high):
            if other != index:
                for stem, label in seen[other]:
                    nearby.setdefault(stem, set()).add(label)
        rows = []
        for word, tag in zip(words, tags, strict=True):
            labels = nearby.get(_facts(word, lexicon).stems[0], ())
            rows.append([f"self={tag}", *(f"d={label}" for label in sorted(labels))])
        out.append(rows)
    return out
