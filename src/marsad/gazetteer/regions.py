"""Region phrases: «ريف درعا الغربي», «شرقي درعا», «بادية السويداء», «قرب جاسم».

A region phrase resolves to its own ``Place`` built from the base place it names,
never silently to the base town. The representative point is:

* the governorate (or district, or country) bounding-box centre moved toward the
  direction by ``DIRECTION_SHIFT_FRACTION`` of the half-extent («ريف درعا الغربي» →
  west of centre), or the governorate's own point when no direction is given
  («ريف السويداء» → precision ``governorate``);
* for «بادية X», the side of X where its desert lies (``badia_side`` in cues.tsv);
* for a direction from a town («شرق مدينة درعا»), the town moved
  ``NEAR_TOWN_SHIFT_KM``; for «قرب/محيط X», the town itself at precision
  ``district`` (ACLED's geo-precision 2, "near a town").
"""

from __future__ import annotations

import math

from marsad.arabic import fold
from marsad.gazetteer.context import Context
from marsad.gazetteer.entries import GOVERNORATE_KINDS, GazetteerEntry
from marsad.gazetteer.lexicon import Lexicon, Vector
from marsad.gazetteer.mention import written_name
from marsad.model import GeoPrecision, Place

# Half of the half-extent: the point lands midway between the centre and the edge,
# inside the named part for the compact Syrian governorates (checked on Daraa and
# As-Suwayda: ريف درعا الغربي → 35.97 E, the Tasil–Nawa belt).
DIRECTION_SHIFT_FRACTION = 0.5
# "East of town X" without a distance: a point this far away in that direction,
# about the radius of a Hauran town's lands.
NEAR_TOWN_SHIFT_KM = 5.0
KM_PER_DEGREE_LAT = 111.0

# compass vector -> (id suffix, English adjective)
_COMPASS = {
    (1, 0): ("north", "Northern"),
    (-1, 0): ("south", "Southern"),
    (0, 1): ("east", "Eastern"),
    (0, -1): ("west", "Western"),
    (1, 1): ("north-east", "North-eastern"),
    (1, -1): ("north-west", "North-western"),
    (-1, 1): ("south-east", "South-eastern"),
    (-1, -1): ("south-west", "South-western"),
}


def _unit(vector: Vector) -> tuple[int, int]:
    north, east = vector
    return (north > 0) - (north < 0), (east > 0) - (east < 0)


def compass_name(vector: Vector | None) -> str | None:
    """English name of a compass vector: ``(1, 1)`` → ``"north-east"``."""
    if vector is None or _unit(vector) == (0, 0):
        return None
    return _COMPASS[_unit(vector)][0]


def shift_area(entry: GazetteerEntry, vector: Vector) -> tuple[float, float]:
    """A point toward ``vector`` inside the area's bounding box."""
    north, east = _unit(vector)
    if entry.bbox is None:
        return shift_point(entry.lat, entry.lon, vector, NEAR_TOWN_SHIFT_KM * 4)
    min_lat, min_lon, max_lat, max_lon = entry.bbox
    centre_lat, centre_lon = (min_lat + max_lat) / 2, (min_lon + max_lon) / 2
    lat = centre_lat + north * (max_lat - min_lat) / 2 * DIRECTION_SHIFT_FRACTION
    lon = centre_lon + east * (max_lon - min_lon) / 2 * DIRECTION_SHIFT_FRACTION
    return round(lat, 4), round(lon, 4)


def shift_point(lat: float, lon: float, vector: Vector, km: float) -> tuple[float, float]:
    """``km`` from the point toward ``vector`` (diagonals the same distance)."""
    north, east = _unit(vector)
    if (north, east) == (0, 0):
        return lat, lon
    scale = km / math.hypot(north, east)
    d_lat = north * scale / KM_PER_DEGREE_LAT
    d_lon = east * scale / (KM_PER_DEGREE_LAT * math.cos(math.radians(lat)))
    return round(lat + d_lat, 4), round(lon + d_lon, 4)


def region_place(
    entry: GazetteerEntry, ctx: Context, surface: str, lexicon: Lexicon
) -> tuple[Place, str]:
    """The ``Place`` a region phrase denotes, and the rule name; ``ctx.region`` holds."""
    direction = compass_name(ctx.direction)
    suffix = direction or ""
    precision: GeoPrecision = "district"
    admin2: str | None = None
    area_like = entry.kind in GOVERNORATE_KINDS or entry.kind in ("district", "country", "area")
    if ctx.badia and area_like:
        side = lexicon.vectors.get(fold(entry.admin1 or entry.name_ar), (0.0, 0.0))
        lat, lon = shift_area(entry, side)
        rule, name_en = "badia", f"Desert (badia) of {entry.name_en}"
    elif (ctx.rural or ctx.direction is not None) and area_like:
        if direction is None:
            lat, lon = entry.lat, entry.lon
            precision = "governorate" if entry.precision == "governorate" else entry.precision
        else:
            lat, lon = shift_area(entry, ctx.direction or (0.0, 0.0))
            precision = "country" if entry.precision == "country" else "district"
        rule = "rural" if ctx.rural else "direction"
        part = "countryside" if ctx.rural else "part"
        adjective = _COMPASS[_unit(ctx.direction)][1] + " " if direction and ctx.direction else ""
        name_en = f"{adjective}{part} of {entry.name_en}"
        name_en = name_en[0].upper() + name_en[1:]
    elif ctx.direction is not None and direction is not None:
        lat, lon = shift_point(entry.lat, entry.lon, ctx.direction, NEAR_TOWN_SHIFT_KM)
        admin2 = entry.admin2 or None
        rule, name_en = "direction-of-town", f"{direction.capitalize()} of {entry.name_en}"
    else:
        lat, lon = entry.lat, entry.lon
        admin2 = entry.admin2 or None
        # near a town is ACLED's "near" (district); near a wider area keeps its level
        if entry.precision in ("governorate", "country"):
            precision = entry.precision
        what = "Countryside" if ctx.rural else "Near"
        rule, name_en = "near-town", f"{what} {entry.name_en}"
    place = Place(
        name=written_name(surface),
        precision=precision,
        admin1=entry.admin1 or None,
        admin2=admin2,
        lat=lat,
        lon=lon,
        place_id=f"{entry.place_id}#{rule}{'-' + suffix if suffix else ''}",
        name_en=name_en,
    )
    return place, rule
