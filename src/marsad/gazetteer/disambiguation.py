"""Choose one place among homonyms, using what else the article names.

Order of preference (the issue's rule): a candidate inside a governorate the article
names, then the candidate nearest the article's other places, then the larger
population. When nothing separates the candidates the name stays unresolved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.gazetteer.entries import GazetteerEntry
from marsad.geo import distance_km

# WOF holds some villages twice (two GeoNames records a few hundred metres apart, e.g.
# عربين, تلبيسة); same governorate and closer than this counts as one place.
DUPLICATE_RADIUS_KM = 3.0
# The nearest-place rule decides only when the nearest candidate is at least this much
# nearer than the next one; Daraa's villages are 3-10 km apart, so a smaller margin
# would let one stray anchor decide.
DISTANCE_MARGIN_KM = 10.0
# Homonyms all closer than this to the best-ranked one, in one governorate, are coded
# at that one: the article cannot tell them apart and neither can ACLED's "near".
NEIGHBOURHOOD_KM = 8.0


@dataclass(frozen=True, slots=True)
class Anchor:
    """An unambiguous point place elsewhere in the article."""

    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What the whole article says about where it is."""

    admin1: frozenset[str]  # governorates named, or holding an unambiguous place
    countries: frozenset[str]  # foreign countries named, or holding an unambiguous place
    anchors: tuple[Anchor, ...]


@dataclass(frozen=True, slots=True)
class Choice:
    entry: GazetteerEntry | None  # None: unresolved
    alternatives: tuple[GazetteerEntry, ...]
    reason: str


def _rank(entry: GazetteerEntry) -> tuple[int, int]:
    return entry.population, entry.importance


def collapse_duplicates(entries: Iterable[GazetteerEntry]) -> list[GazetteerEntry]:
    """Merge candidates that are the same place recorded twice (see DUPLICATE_RADIUS_KM)."""
    kept: list[GazetteerEntry] = []
    for entry in sorted(entries, key=_rank, reverse=True):
        if not any(
            other.kind == entry.kind
            and other.admin1 == entry.admin1
            and distance_km(other.lat, other.lon, entry.lat, entry.lon) < DUPLICATE_RADIUS_KM
            for other in kept
        ):
            kept.append(entry)
    return kept


def _where(entries: Sequence[GazetteerEntry]) -> str:
    return ", ".join(sorted({e.admin1 or e.country for e in entries}))


def _nearest(
    candidates: Sequence[GazetteerEntry], anchors: Sequence[Anchor]
) -> tuple[GazetteerEntry, str] | None:
    scored = []
    for entry in candidates:
        distance, anchor = min(
            (distance_km(entry.lat, entry.lon, a.lat, a.lon), a.name) for a in anchors
        )
        scored.append((distance, anchor, entry))
    scored.sort(key=lambda item: item[0])
    best, runner_up = scored[0], scored[1]
    if best[0] + DISTANCE_MARGIN_KM <= runner_up[0]:
        return best[2], f"nearest to {best[1]} ({best[0]:.0f} km)"
    return None


def _one_neighbourhood(pool: Sequence[GazetteerEntry]) -> bool:
    first = pool[0]
    return all(
        e.admin1 == first.admin1
        and e.kind == first.kind
        and distance_km(e.lat, e.lon, first.lat, first.lon) < NEIGHBOURHOOD_KM
        for e in pool[1:]
    )


def choose(candidates: Sequence[GazetteerEntry], doc: DocumentContext) -> Choice:
    """Pick the place a name refers to (see the module docstring for the order)."""
    pool = collapse_duplicates(candidates)
    others = tuple(e for e in candidates if e not in pool[:1])
    if len(pool) == 1:
        return Choice(pool[0], others, "one place by this name")
    steps: list[str] = []
    named = [e for e in pool if e.admin1 and e.admin1 in doc.admin1]
    if named and len(named) < len(pool):
        pool = named
        steps.append(f"in {_where(named)}, named in the article")
    foreign = [e for e in pool if e.country in doc.countries]
    if foreign and len(foreign) < len(pool):
        pool = foreign
        countries = ", ".join(sorted({e.country for e in foreign}))
        steps.append(f"in {countries}, a country named in the article")
    if len(pool) > 1 and doc.anchors:
        nearest = _nearest(pool, doc.anchors)
        if nearest is not None:
            pool = [nearest[0]]
            steps.append(nearest[1])
    if len(pool) > 1:
        pool = sorted(pool, key=_rank, reverse=True)
        if pool[0].population > pool[1].population:
            steps.append(f"largest population ({pool[0].population})")
            pool = pool[:1]
        elif pool[0].importance > pool[1].importance:
            steps.append("better known (administrative seat or Wikidata item)")
            pool = pool[:1]
    if len(pool) > 1 and _one_neighbourhood(pool):
        # two villages of one name a few kilometres apart in one governorate (حريصون
        # near Baniyas): either point is within ACLED's "near" of the scene
        steps.append(f"{len(pool)} places by this name within {NEIGHBOURHOOD_KM:.0f} km")
        pool = pool[:1]
    if len(pool) == 1:
        alternatives = tuple(e for e in candidates if e is not pool[0])
        return Choice(pool[0], alternatives, "; ".join(steps))
    return Choice(
        None,
        tuple(candidates),
        f"ambiguous: {len(pool)} places by this name ({_where(pool)}) and nothing in "
        "the article tells them apart",
    )
