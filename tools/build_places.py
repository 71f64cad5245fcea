"""Build ``src/marsad/data/gazetteer/places.tsv`` from the shared Syria gazetteer.

Input (read only here, never at run time): ``wof_sy_places.csv`` (Who's On First,
CC0, localities imported from GeoNames, CC BY 4.0), ``geonames_cities500_SY.tsv``
(extra Arabic alternate names and populations) and the Mesoshapes governorate and
district polygons under ``boundaries/``.

Output: one row per current Syrian locality, district, governorate, neighbourhood
and the country, with Arabic name variants, an English name, the point,
governorate/district (Arabic and English), population, ids and the feature kind.

Decisions (documented in ``src/marsad/data/gazetteer/README.md``):

* deprecated / superseded records are dropped;
* not-current localities (GeoNames PPLQ abandoned, PPLW destroyed, PPLH historical)
  are kept with ``status=abandoned``; the matcher does not index them by default;
* localities with no governorate/district link get one by point-in-polygon (plain
  ray casting) against the district polygons, else the nearest district;
* aliases made of a generic word plus a name (``محافظة درعا``, ``مركز حمص``,
  ``منطقة دوما``) lose the generic word: the matcher reads those words as cues.

Usage::

    python tools/build_places.py [--source /work/shared/data/gazetteer] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SOURCE = Path("/work/shared/data/gazetteer")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/marsad/data/gazetteer/places.tsv"

COLUMNS = (
    "place_id",
    "kind",
    "name_ar",
    "names_ar",
    "name_en",
    "lat",
    "lon",
    "admin1_ar",
    "admin1_en",
    "admin2_ar",
    "admin2_en",
    "population",
    "geonameid",
    "feature_code",
    "wikidata",
    "status",
    "admin_from",
    "bbox",
)

# WOF placetype -> our kind; other placetypes (continent, campus duplicates) are skipped
KINDS = {
    "locality": "locality",
    "county": "district",
    "region": "governorate",
    "neighbourhood": "neighbourhood",
    "country": "country",
    "campus": "campus",
}

# ACLED's English spelling of the governorates, keyed by HASC code; WOF's own
# names ("Days Az Zawr", "Homs (Hims)") are not what ACLED users search for.
GOVERNORATE_EN = {
    "SY.HL": "Aleppo",
    "SY.HA": "Al Hasakeh",
    "SY.RA": "Ar Raqqa",
    "SY.SU": "As Sweida",
    "SY.DI": "Damascus",
    "SY.DR": "Dara",
    "SY.DY": "Deir ez Zor",
    "SY.HM": "Hama",
    "SY.HI": "Homs",
    "SY.ID": "Idleb",
    "SY.LA": "Lattakia",
    "SY.QU": "Quneitra",
    "SY.RD": "Rural Damascus",
    "SY.TA": "Tartous",
}

# Words that turn a name into "the governorate/district/city/area of <name>".
GENERIC_PREFIXES = ("محافظة", "محافظه", "مُحافظة", "مدينة", "منطقة", "مركز", "ناحية")

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")

Ring = Sequence[tuple[float, float]]  # (lon, lat) pairs, GeoJSON order


@dataclass(frozen=True, slots=True)
class Area:
    """A governorate or district polygon with what the table needs from it."""

    wof_id: str
    hasc: str
    name_ar: str
    name_en: str
    admin1_wof_id: str  # the governorate a district belongs to, when WOF says
    polygons: tuple[tuple[Ring, ...], ...]  # each: outer ring first, then holes
    bbox: tuple[float, float, float, float]  # min_lat, min_lon, max_lat, max_lon


def strip_marks(name: str) -> str:
    """Drop diacritics and tatweel and squeeze spaces: ``دِرعا`` → ``درعا``."""
    return " ".join(_DIACRITICS.sub("", name).split())


def strip_generic(name: str) -> str:
    """``مركز دير الزور`` → ``دير الزور``; names without a generic word stay."""
    first, _, rest = name.partition(" ")
    return rest if first in GENERIC_PREFIXES and rest else name


def point_in_ring(lon: float, lat: float, ring: Ring) -> bool:
    """Ray casting: count crossings of a ray going east from the point."""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat):
            x_cross = xi + (lat - yi) * (xj - xi) / (yj - yi)
            if lon < x_cross:
                inside = not inside
        j = i
    return inside


def point_in_area(lon: float, lat: float, area: Area) -> bool:
    min_lat, min_lon, max_lat, max_lon = area.bbox
    if not (min_lat <= lat <= max_lat and min_lon <= lon <= max_lon):
        return False
    return any(
        point_in_ring(lon, lat, outer) and not any(point_in_ring(lon, lat, h) for h in holes)
        for outer, *holes in area.polygons
    )


def distance_to_area(lon: float, lat: float, area: Area) -> float:
    """Degrees to the nearest vertex: good enough to place a border village."""
    return min(math.hypot(x - lon, y - lat) for rings in area.polygons for x, y in rings[0])


def load_areas(path: Path) -> list[Area]:
    areas = []
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props = feature["properties"]
        geometry = feature["geometry"]
        parts = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            parts = [parts]
        polygons = tuple(
            tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon)
            for polygon in parts
        )
        lons = [x for polygon in polygons for x, _ in polygon[0]]
        lats = [y for polygon in polygons for _, y in polygon[0]]
        areas.append(
            Area(
                wof_id=str(props["wof_id"]),
                hasc=props.get("hasc") or "",
                name_ar=strip_generic(strip_marks(props.get("name_ar") or "")),
                name_en=props.get("name_en") or "",
                admin1_wof_id=str(props.get("admin1_wof_id") or ""),
                polygons=polygons,
                bbox=(min(lats), min(lons), max(lats), max(lons)),
            )
        )
    return areas


def locate(lon: float, lat: float, areas: Sequence[Area]) -> Area:
    """The area containing the point, else the nearest one."""
    for area in areas:
        if point_in_area(lon, lat, area):
            return area
    return min(areas, key=lambda area: distance_to_area(lon, lat, area))


def arabic_names(*groups: Iterable[str]) -> list[str]:
    """Clean, de-duplicated Arabic names in first-seen order."""
    names: list[str] = []
    for group in groups:
        for raw in group:
            name = strip_marks(raw.strip())
            if not name or _LATIN.search(name) or not _ARABIC.search(name):
                continue
            for variant in (name, strip_generic(name)):
                if variant not in names:
                    names.append(variant)
    # a generic-prefixed alias is dropped once its bare form is present
    return [n for n in names if strip_generic(n) == n or strip_generic(n) not in names]


def read_cities500(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return {row["geonameid"]: row for row in csv.DictReader(handle, delimiter="\t")}


# WOF English names damaged by an import: a lone letter ("Dar a") or a lower-case
# word after the article ("As sanamayn").
_BROKEN_LATIN = re.compile(r"(?:^| )\w(?: |$)|^(?:A[lnrsdtz]|Ash) [a-z]")


def english_name(row: dict[str, str], geonames: dict[str, str] | None) -> str:
    """WOF's English name unless it is Arabic script or broken; then a variant."""
    name = row["name_en"]
    if name and not _ARABIC.search(name) and not _BROKEN_LATIN.search(name):
        return name
    variants = [v for v in row["name_latin_variants"].split("|") if v]
    if variants:
        return variants[0]
    return geonames["name"] if geonames is not None else name


def fmt(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def build_rows(source: Path) -> list[dict[str, str]]:
    governorates = [
        a
        for a in load_areas(source / "boundaries/syria_admin1_governorates.geojson")
        if a.hasc in GOVERNORATE_EN
    ]
    districts = load_areas(source / "boundaries/syria_admin2_districts.geojson")
    country = load_areas(source / "boundaries/syria_admin0_country.geojson")[0]
    gov_by_hasc = {a.hasc: a for a in governorates}
    gov_by_id = {a.wof_id: a for a in governorates}
    district_by_id = {a.wof_id: a for a in districts}
    cities500 = read_cities500(source / "geonames_cities500_SY.tsv")

    def gov_of_district(district: Area) -> Area:
        # the Damascus district carries Rural Damascus' HASC prefix, so WOF's link wins
        linked = gov_by_id.get(district.admin1_wof_id)
        return linked or gov_by_hasc[district.hasc.rsplit(".", 1)[0]]

    rows: list[dict[str, str]] = []
    with (source / "wof_sy_places.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kind = KINDS.get(row["placetype"])
            if kind is None or row["edtf_deprecated"] or row["superseded_by"]:
                continue
            if kind == "governorate" and row["wof_id"] not in gov_by_id:
                continue  # the UNDOF zone and a misfiled Lebanese region (Akkar)
            if kind == "campus":
                kind = "locality"  # Qamishli airport: a point place like a town
            lat, lon = float(row["lat"]), float(row["lon"])
            geonames = cities500.get(row["geonameid"])
            extra_names = geonames["alternatenames"].split(",") if geonames else []
            names = arabic_names([row["name_ar"]], row["name_ar_all"].split("|"), extra_names)
            if not names:
                continue  # nothing to match Arabic text against
            admin_from = "wof"
            bbox = ""
            gov: Area | None = gov_by_id.get(row["admin1_wof_id"])
            district: Area | None = district_by_id.get(row["admin2_wof_id"])
            if kind == "governorate":
                gov, district = gov_by_id[row["wof_id"]], None
                bbox = ",".join(fmt(v) for v in gov.bbox)
            elif kind == "district":
                district = district_by_id[row["wof_id"]]
                gov = gov_of_district(district)
                bbox = ",".join(fmt(v) for v in district.bbox)
            elif kind == "country":
                gov = district = None
                bbox = ",".join(fmt(v) for v in country.bbox)
            elif district is None or gov is None:
                district = locate(lon, lat, districts)
                gov = gov_of_district(district)
                admin_from = "pip"
            population = row["population"] if row["population"] not in ("", "0") else ""
            if not population and geonames and geonames["population"] not in ("", "0"):
                population = geonames["population"]
            status = (
                "abandoned" if kind == "locality" and row["mz_is_current"] == "0" else "current"
            )
            rows.append(
                {
                    "place_id": f"wof:{row['wof_id']}",
                    "kind": kind,
                    "name_ar": names[0],
                    "names_ar": "|".join(names),
                    "name_en": GOVERNORATE_EN[gov.hasc]
                    if kind == "governorate" and gov
                    else english_name(row, geonames),
                    "lat": fmt(lat),
                    "lon": fmt(lon),
                    "admin1_ar": gov.name_ar if gov else "",
                    "admin1_en": GOVERNORATE_EN[gov.hasc] if gov else "",
                    "admin2_ar": district.name_ar if district else "",
                    "admin2_en": district.name_en if district else "",
                    "population": population,
                    "geonameid": row["geonameid"],
                    "feature_code": row["gn_feature_code"],
                    "wikidata": row["wikidata"],
                    "status": status,
                    "admin_from": admin_from,
                    "bbox": bbox,
                }
            )
    order = {"country": 0, "governorate": 1, "district": 2, "locality": 3, "neighbourhood": 4}
    rows.sort(
        key=lambda r: (
            order[r["kind"]],
            r["admin1_en"],
            r["admin2_en"],
            r["name_en"],
            r["place_id"],
        )
    )
    return rows


def write_rows(rows: Sequence[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Syria places derived by tools/build_places.py from Who's On First (CC0) and\n"
        )
        handle.write(
            "# GeoNames (CC BY 4.0); see ../ATTRIBUTION and README.md. Do not edit by hand.\n"
        )
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    rows = build_rows(args.source)
    write_rows(rows, args.out)
    by_kind: dict[str, int] = {}
    for row in rows:
        by_kind[row["kind"]] = by_kind.get(row["kind"], 0) + 1
    pip = sum(1 for row in rows if row["admin_from"] == "pip")
    print(
        f"wrote {len(rows)} rows to {args.out} ({by_kind}; {pip} admin links by point-in-polygon)"
    )


if __name__ == "__main__":
    main()
