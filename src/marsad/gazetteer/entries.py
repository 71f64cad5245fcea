"""The place table: derived Syria places plus the curated supplement.

Both files ship in ``marsad/data/gazetteer`` (``places.tsv`` is rebuilt by
``tools/build_places.py``; ``supplement.tsv`` is edited by hand) and load into one
tuple of ``GazetteerEntry`` records, read once per process.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import get_args

from marsad.arabic import fold
from marsad.errors import MarsadError
from marsad.model import GeoPrecision, Place

DATA_PACKAGE = "marsad.data"
DATA_DIR = "gazetteer"

# Settlement-like kinds: a bare name prefers these, and "بلدة X" keeps only these.
TOWN_KINDS = frozenset({"locality", "neighbourhood", "camp", "crossing", "city"})
# What "حي X" names: a quarter or a camp inside a town.
QUARTER_KINDS = frozenset({"neighbourhood", "camp"})
# Kinds that stand for a governorate-sized area ("ريف X", "محافظة X").
GOVERNORATE_KINDS = frozenset({"governorate", "region"})

# How well known a place is, for homonyms with no population figure: GeoNames
# administrative seats by level, and places with a Wikidata item (WOF marks those
# current; نوى in Daraa has no population in WOF but has an item).
SEAT_RANK = {"PPLC": 4, "PPLA": 3, "PPLA2": 2, "PPLA3": 1}
WIKIDATA_RANK = 2

_KIND_PRECISION: dict[str, GeoPrecision] = {
    "country": "country",
    "governorate": "governorate",
    "district": "district",
}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the matcher can resolve a name to."""

    place_id: str
    kind: str  # locality district governorate country neighbourhood camp area road crossing city
    name_ar: str
    names: tuple[str, ...]  # Arabic names as written; folded at automaton build
    name_en: str
    precision: GeoPrecision
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # governorate (Arabic) for Syrian rows; province for foreign rows
    admin2: str
    lat: float
    lon: float
    population: int
    importance: int  # SEAT_RANK / WIKIDATA_RANK, 0 for an ordinary village
    bbox: tuple[float, float, float, float] | None  # min_lat, min_lon, max_lat, max_lon
    endpoints: tuple[frozenset[str], ...]  # roads: folded endpoint-name pairs
    common_tier: str  # "", "word" or "frequent" (see common_words.tsv)
    abandoned: bool
    source: str

    @property
    def is_town(self) -> bool:
        return self.kind in TOWN_KINDS

    def as_place(self, name: str) -> Place:
        """The model ``Place`` for this entry, named as the text gives it."""
        return Place(
            name=name,
            precision=self.precision,
            admin1=self.admin1 or None,
            admin2=self.admin2 or None,
            lat=self.lat,
            lon=self.lon,
            place_id=self.place_id,
            name_en=self.name_en or None,
        )


def data_lines(filename: str) -> Iterator[str]:
    """Lines of a shipped data file with ``#`` comment lines left out."""
    path = resources.files(DATA_PACKAGE).joinpath(DATA_DIR, filename)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise MarsadError(
            f"gazetteer data file {filename} is missing from the installed package "
            f"({error}); reinstall marsad or run tools/build_places.py"
        ) from error
    return (line for line in text.splitlines() if line and not line.startswith("#"))


def read_table(filename: str) -> list[dict[str, str]]:
    """Rows of a shipped TSV data file (header line first, ``#`` comments skipped)."""
    return list(csv.DictReader(data_lines(filename), delimiter="\t", quoting=csv.QUOTE_NONE))


def _bbox(value: str) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    min_lat, min_lon, max_lat, max_lon = (float(v) for v in value.split(","))
    return min_lat, min_lon, max_lat, max_lon


def _precision(value: str) -> GeoPrecision:
    for option in get_args(GeoPrecision):
        if value == option:
            return option  # type: ignore[no-any-return]
    raise MarsadError(f"supplement.tsv: unknown precision {value!r}")


def _derived_entry(row: dict[str, str]) -> GazetteerEntry:
    return GazetteerEntry(
        place_id=row["place_id"],
        kind=row["kind"],
        name_ar=row["name_ar"],
        names=tuple(row["names_ar"].split("|")),
        name_en=row["name_en"],
        precision=_KIND_PRECISION.get(row["kind"], "town"),
        country="SY",
        admin1=row["admin1_ar"],
        admin2=row["admin2_ar"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        population=int(row["population"] or 0),
        importance=max(
            SEAT_RANK.get(row["feature_code"], 0), WIKIDATA_RANK * bool(row["wikidata"])
        ),
        bbox=_bbox(row["bbox"]),
        endpoints=(),
        common_tier="",
        abandoned=row["status"] == "abandoned",
        source="wof",
    )


def _supplement_entry(row: dict[str, str]) -> GazetteerEntry:
    aliases = tuple(a for a in row["aliases"].split("|") if a)
    endpoints = tuple(
        frozenset(fold(name) for name in pair.split("|"))
        for pair in row["endpoints"].split(";")
        if pair
    )
    return GazetteerEntry(
        place_id=row["place_id"],
        kind=row["kind"],
        name_ar=row["name_ar"],
        names=(row["name_ar"], *aliases),
        name_en=row["name_en"],
        precision=_precision(row["precision"]),
        country=row["country"],
        admin1=row["admin1_ar"],
        admin2=row["admin2_ar"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        population=int(row["population"] or 0),
        importance=0,
        bbox=None,
        endpoints=endpoints,
        common_tier=row["common"],
        abandoned=False,
        source=row["source"],
    )


@cache
def load_entries() -> tuple[GazetteerEntry, ...]:
    """Every place: ``places.tsv`` rows first, then ``supplement.tsv`` rows."""
    derived = [_derived_entry(row) for row in read_table("places.tsv")]
    curated = [_supplement_entry(row) for row in read_table("supplement.tsv")]
    return (*derived, *curated)
