"""Roads named by their two ends: «أوتوستراد (دمشق-عمان)», «طريق درعا - السويداء».

The road is the place, not the towns at its ends: «عمان» in «أوتوستراد دمشق-عمان»
is the motorway, not Amman. Known roads come from ``supplement.tsv`` (column
``endpoints``); any other pair gives an ad-hoc road at the midpoint of its ends.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.gazetteer.entries import load_entries
from marsad.gazetteer.matcher import NameMatch

# A road word right before the first name, optionally with an epithet and a bracket.
_ROAD_BEFORE = re.compile(
    r"(?:^|\W)[وف]?[بل]?(?P<road>(?:ال)?(?:اوتوستراد|اتوستراد|اوتستراد|طريق)"
    r"(?: (?:الدولي|السريع|العام|الرئيسي|الواصل بين))?)\s*(?P<bracket>\()?\s*$"
)
# Between the two names: a dash, en dash, em dash or slash.
_ROAD_JOIN = re.compile("^\\s*[-\u2010-\u2015/]\\s*$")
_ROAD_AFTER = re.compile(r"(?P<bracket>\s*\))?(?P<epithet> (?:الدولي|السريع))?")
# How far back the road word may stand (characters): «الأوتوستراد الدولي (» is 20.
_ROAD_LOOKBACK = 40


@dataclass(frozen=True, slots=True)
class RoadMatch:
    """A road phrase in normalized text and the two names that end it."""

    start: int
    end: int
    first: NameMatch
    second: NameMatch
    entry_id: int | None  # the supplement road, when the pair is a known one


@cache
def _roads_by_endpoints() -> dict[frozenset[str], int]:
    index: dict[frozenset[str], int] = {}
    for entry_id, entry in enumerate(load_entries()):
        for pair in entry.endpoints:
            index.setdefault(pair, entry_id)
    return index


def find_roads(text: str, matches: Sequence[NameMatch]) -> list[RoadMatch]:
    """Road phrases among consecutive name matches in normalized ``text``."""
    roads = []
    for first, second in itertools.pairwise(matches):
        if first.prefix or not _ROAD_JOIN.match(
            text[first.end : second.start - len(second.prefix)]
        ):
            continue
        window = text[max(0, first.start - _ROAD_LOOKBACK) : first.start]
        before = _ROAD_BEFORE.search(window)
        if before is None:
            continue
        after = _ROAD_AFTER.match(text, second.end)
        end = second.end
        if after is not None and (before.group("bracket") or not after.group("bracket")):
            end = after.end()
        start = first.start - len(window) + before.start("road")
        entry_id = _roads_by_endpoints().get(frozenset({first.key, second.key}))
        roads.append(RoadMatch(start, end, first, second, entry_id))
    return roads
