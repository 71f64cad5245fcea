"""Context words (``cues.tsv``) and common-word names (``common_words.tsv``).

All words are folded with ``marsad.arabic.fold`` at load, so the data files are
written in ordinary Arabic and matched against normalized text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from marsad.arabic import fold
from marsad.errors import MarsadError
from marsad.gazetteer.entries import data_lines, read_table

Vector = tuple[float, float]  # (north, east) components of a compass direction

CUE_KINDS = (
    "town_noun",
    "quarter_noun",
    "area_noun",
    "governorate",
    "rural",
    "rural_definite",
    "badia",
    "direction",
    "direction_adj",
    "near",
    "preposition",
    "person_cue",
    "kunya",
    "given_name",
    "family_noun",
    "org_head",
    "not_a_name",
    "compound_start",
    "badia_side",
)
COMMON_TIERS = ("word", "frequent")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded context words by kind, compass vectors and common-word tiers."""

    words: dict[str, frozenset[str]]
    vectors: dict[str, Vector]  # direction words, direction adjectives, badia sides
    common_tier: dict[str, str]  # folded name -> "word" | "frequent"
    _unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

    def is_(self, kind: str, word: str) -> bool:
        """Whether folded ``word`` is a cue of ``kind`` (``lexicon.is_("near", "قرب")``)."""
        return word in self.words[kind]

    def any_of(self, kinds: tuple[str, ...]) -> frozenset[str]:
        """Every cue word of the given kinds (cached per tuple of kinds)."""
        union = self._unions.get(kinds)
        if union is None:
            union = self._unions[kinds] = frozenset().union(*(self.words[k] for k in kinds))
        return union


def _vector(value: str, where: str) -> Vector:
    try:
        north, east = (float(v) for v in value.split(","))
    except ValueError as error:
        raise MarsadError(f"cues.tsv: bad compass vector {value!r} for {where}") from error
    return north, east


@cache
def load_lexicon() -> Lexicon:
    """Read ``cues.tsv`` and ``common_words.tsv`` once per process."""
    words: dict[str, set[str]] = defaultdict(set)
    vectors: dict[str, Vector] = {}
    for line in data_lines("cues.tsv"):
        kind, word, *rest = line.split("\t")
        if kind not in CUE_KINDS:
            raise MarsadError(f"cues.tsv: unknown cue kind {kind!r} (line {line!r})")
        key = fold(word)
        words[kind].add(key)
        if rest and rest[0]:
            vectors[key] = _vector(rest[0], word)
    common: dict[str, str] = {}
    for row in read_table("common_words.tsv"):
        if row["tier"] not in COMMON_TIERS:
            raise MarsadError(f"common_words.tsv: unknown tier {row['tier']!r}")
        common[fold(row["name"])] = row["tier"]
    return Lexicon(
        words={kind: frozenset(words[kind]) for kind in CUE_KINDS},
        vectors=vectors,
        common_tier=common,
    )
