"""ACLED's vocabulary: event types, sub-event types, actor categories."""

from __future__ import annotations

from functools import cache
from importlib import resources

# ACLED's interaction codes, by our actor category (ACLED codebook: "inter" codes).
INTER_CODES: dict[str, tuple[int, str]] = {
    "state": (1, "State forces"),
    "rebel": (2, "Rebel group"),
    "militia": (3, "Political militia"),
    "identity": (4, "Identity militia"),
    "rioters": (5, "Rioters"),
    "protesters": (6, "Protesters"),
    "civilians": (7, "Civilians"),
    "external": (8, "External/Other forces"),
}

# ACLED's time_precision: 1 day, 2 week (or a few days), 3 month or longer.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED's geo_precision: 1 the town itself, 2 part of a region or near a town, 3 a region.
GEO_PRECISION = {"town": 1, "district": 2, "governorate": 3, "country": 3}


@cache
def disorder_types() -> dict[tuple[str, str], str]:
    """``(event_type, sub_event_type) → disorder_type`` from the shipped table."""
    table: dict[tuple[str, str], str] = {}
    text = resources.files("marsad.data").joinpath("acled_taxonomy.tsv").read_text("utf-8")
    for line in text.splitlines()[2:]:
        if line and not line.startswith("#"):
            event_type, sub_event_type, disorder = line.split("\t")
            table[(event_type, sub_event_type)] = disorder
    return table
