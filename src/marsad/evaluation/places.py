"""Whether a predicted event happened at the gold event's place.

Three ways to agree, in order: the place names agree (:func:`same_place_name`);
failing that, the coordinates lie close enough — 5 km for a town, 30 km for a
district or wider area; or, when gold knows only the governorate, the prediction
names that governorate.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad import geo
from marsad.evaluation.names import same_place_name
from marsad.evaluation.records import Record, coordinate, location_of

# A town or neighbourhood: two geocoders put the same town a few km apart.
TOWN_DISTANCE_LIMIT_KM = 5
# A district ("ريف درعا الغربي") or anything coarser: its centroid is a loose point.
AREA_DISTANCE_LIMIT_KM = 30


@dataclass(frozen=True, slots=True)
class Coordinates:
    """A point in degrees."""

    lat: float
    lon: float


def distance_km(first: Coordinates, second: Coordinates) -> float:
    """Great-circle (haversine) distance in km, computed as score.py computes it."""
    return geo.distance_km(first.lat, first.lon, second.lat, second.lon)


def location_coordinates(location: Record) -> Coordinates | None:
    """The location's point, or ``None`` unless it has both a numeric lat and lon."""
    lat, lon = coordinate(location.get("lat")), coordinate(location.get("lon"))
    if lat is None or lon is None:
        return None
    return Coordinates(lat, lon)


def distance_limit_km(gold_location: Record) -> int:
    """How far a prediction may be from the gold location and still be there."""
    if gold_location.get("precision") == "town":
        return TOWN_DISTANCE_LIMIT_KM
    return AREA_DISTANCE_LIMIT_KM


def same_place(gold_event: Record, predicted_event: Record) -> bool:
    """Whether the predicted event's location is the gold event's.

    A gold location with a name is matched by name, else by distance. One with
    only ``admin1`` (gold knows just the governorate, "في درعا") is matched by a
    predicted ``admin1`` or ``name`` naming that governorate. A gold location with
    neither matches nothing.
    """
    gold, predicted = location_of(gold_event), location_of(predicted_event)
    if gold.get("name"):
        return _same_named_place(gold, predicted)
    governorate = gold.get("admin1")
    if governorate:
        return any(
            same_place_name(governorate, predicted.get(field))
            for field in ("admin1", "name")
            if predicted.get(field)
        )
    return False


def _same_named_place(gold: Record, predicted: Record) -> bool:
    if predicted.get("name") and same_place_name(gold["name"], predicted["name"]):
        return True
    gold_point, predicted_point = location_coordinates(gold), location_coordinates(predicted)
    if gold_point is None or predicted_point is None:
        return False
    return distance_km(gold_point, predicted_point) <= distance_limit_km(gold)
