"""Build the dashboard's offline base map: ``src/marsad/data/boundaries/*.geojson``.

Input (read only here): the Mesoshapes governorate and district polygons (CC0, via Who's
On First) under ``/work/shared/data/gazetteer/boundaries/``, about 1.6 MB of GeoJSON.

Output: ``governorates.geojson`` and ``districts.geojson``, simplified to a few hundred
KB, with Arabic and English names, so that the map draws Syria's borders with no tile
server.

Decisions:

* Shared borders stay shared. Rings are cut into arcs at junctions (vertices where the
  set of polygons owning a point changes), every arc is simplified once with
  Douglas-Peucker and reused by each polygon that borders it, so neighbouring
  districts and the governorate around them never show slivers or gaps.
* Names lose their diacritics (``دِرعا`` → ``درعا``) so the map's labels read like the
  events' governorate names; English governorate names follow ACLED (``GOVERNORATE_EN``
  of ``build_places.py``).
* The UNDOF zone (a quattroshapes polygon, not a governorate) is left out; Quneitra
  district, which has no governorate link in the source, gets Quneitra's.

Usage::

    python tools/build_boundaries.py [--source DIR] [--out DIR] [--tolerance DEG]
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from build_places import GOVERNORATE_EN

DEFAULT_SOURCE = Path("/work/shared/data/gazetteer/boundaries")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/marsad/data/boundaries"
# 0.002° is about 200 m: invisible at the zoom levels that show a district or more, and
# it brings 1.6 MB of input down to about 210 KB (0.004° gives 140 KB but rounds off
# the coast and the Golan line visibly at zoom 9).
DEFAULT_TOLERANCE = 0.002
# Four decimals (about 11 m) is finer than the tolerance; more digits only add bytes.
DECIMALS = 4
UNDOF_WOF_ID = 85681385
QUNEITRA = ("القنيطرة", "Quneitra")
_HARAKAT = re.compile("[\u064b-\u0652\u0670]")

Point = tuple[float, float]
Ring = list[Point]


def _key(point: Sequence[float]) -> Point:
    return (round(point[0], 7), round(point[1], 7))


def _polygons(geometry: dict[str, Any]) -> list[list[Ring]]:
    coords = geometry["coordinates"]
    polygons = coords if geometry["type"] == "MultiPolygon" else [coords]
    return [[[_key(p) for p in ring] for ring in polygon] for polygon in polygons]


def _distance(p: Point, a: Point, b: Point) -> float:
    """Distance from ``p`` to the segment ``a``–``b`` in degrees (planar is fine at 200 m)."""
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def douglas_peucker(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Keep the endpoints and every point farther than ``tolerance`` from the simplified line."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


class Topology:
    """Which rings own each vertex, and every arc simplified once."""

    def __init__(self, rings: list[Ring], tolerance: float) -> None:
        self.owners: dict[Point, set[int]] = {}
        for index, ring in enumerate(rings):
            for point in ring:
                self.owners.setdefault(point, set()).add(index)
        self.tolerance = tolerance
        self._arcs: dict[tuple[Point, ...], list[Point]] = {}

    def _arc(self, points: list[Point]) -> list[Point]:
        # simplify in one canonical direction so both neighbours get the same points
        forward = tuple(points)
        backward = forward[::-1]
        canonical = min(forward, backward)
        if canonical not in self._arcs:
            self._arcs[canonical] = douglas_peucker(canonical, self.tolerance)
        done = self._arcs[canonical]
        return done if canonical == forward else done[::-1]

    def simplify(self, ring: Ring) -> Ring:
        points = ring[:-1] if ring[0] == ring[-1] else ring
        n = len(points)
        junctions = [
            i
            for i in range(n)
            if self.owners[points[i]] != self.owners[points[i - 1]]
            or self.owners[points[i]] != self.owners[points[(i + 1) % n]]
        ]
        if not junctions:  # a ring nobody else touches (or touches all along)
            start = points.index(min(points))
            junctions = [start, (start + n // 2) % n]
        out: list[Point] = []
        for j, start in enumerate(junctions):
            end = junctions[(j + 1) % len(junctions)]
            span = (end - start) % n or n
            arc = [points[(start + k) % n] for k in range(span + 1)]
            out.extend(self._arc(arc)[:-1])
        out.append(out[0])
        if len(out) < 4:  # a sliver that collapsed: keep it as it was
            return [*points, points[0]]
        return out


def _rounded(ring: Ring) -> list[list[float]]:
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring]


def _name(text: str) -> str:
    return _HARAKAT.sub("", text or "").strip()


def _load(path: Path) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))["features"]
    return features


def build(source: Path, out: Path, tolerance: float) -> dict[str, int]:
    """Write the two simplified layers; return their sizes in bytes."""
    governorates = [
        f
        for f in _load(source / "syria_admin1_governorates.geojson")
        if f["properties"]["wof_id"] != UNDOF_WOF_ID
    ]
    districts = _load(source / "syria_admin2_districts.geojson")
    layers = {"governorates": governorates, "districts": districts}
    shapes = {name: [_polygons(f["geometry"]) for f in fs] for name, fs in layers.items()}
    rings = [ring for polys in shapes.values() for shape in polys for p in shape for ring in p]
    topology = Topology(rings, tolerance)
    out.mkdir(parents=True, exist_ok=True)
    sizes: dict[str, int] = {}
    for name, features in layers.items():
        collection = []
        for feature, shape in zip(features, shapes[name], strict=True):
            props = feature["properties"]
            admin1_ar, admin1_en = _name(props["admin1_ar"]), props["admin1_en"]
            if name == "districts" and not admin1_ar and _name(props["name_ar"]) == QUNEITRA[0]:
                admin1_ar, admin1_en = QUNEITRA
            properties = {
                "name_ar": _name(props["name_ar"]),
                "name_en": GOVERNORATE_EN.get(props["hasc"], props["name_en"])
                if name == "governorates"
                else props["name_en"],
                "admin1_ar": admin1_ar,
                "admin1_en": GOVERNORATE_EN.get(props["hasc"][:5], admin1_en),
                "hasc": props["hasc"],
                "wof_id": props["wof_id"],
            }
            polygons = [[_rounded(topology.simplify(ring)) for ring in p] for p in shape]
            geometry = (
                {"type": "Polygon", "coordinates": polygons[0]}
                if len(polygons) == 1
                else {"type": "MultiPolygon", "coordinates": polygons}
            )
            collection.append({"type": "Feature", "properties": properties, "geometry": geometry})
        text = json.dumps(
            {"type": "FeatureCollection", "features": collection},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        (out / f"{name}.geojson").write_text(text + "\n", "utf-8")
        sizes[name] = len(text.encode("utf-8"))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    args = parser.parse_args()
    for name, size in build(args.source, args.out, args.tolerance).items():
        print(f"{args.out / name}.geojson: {size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
