"""Spec documents → a GeoJSON FeatureCollection of located events."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def event_feature(document: dict[str, Any], event: dict[str, Any]) -> dict[str, Any] | None:
    """A Point feature for an event with coordinates; None for an unplaced event."""
    location = event.get("location") or {}
    lat, lon = location.get("lat"), location.get("lon")
    if lat is None or lon is None:
        return None
    start, end = (event.get("evidence") or [0, 0])[:2]
    return {
        "type": "Feature",
        # GeoJSON is longitude first (RFC 7946)
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "event_id": event.get("event_id"),
            "doc_id": document.get("doc_id"),
            "source": document.get("source"),
            "url": document.get("url"),
            "event_type": event.get("event_type"),
            "sub_event_type": event.get("sub_event_type"),
            "date": event.get("date"),
            "date_precision": event.get("date_precision"),
            "location": location.get("name"),
            "admin1": location.get("admin1"),
            "geo_precision": location.get("precision"),
            "actor1": (event.get("actor1") or {}).get("name"),
            "actor2": (event.get("actor2") or {}).get("name"),
            "fatalities": event.get("fatalities"),
            "persons": event.get("persons") or [],
            "reported_by": event.get("reported_by"),
            "evidence": (document.get("text") or "")[start:end],
        },
    }


def write_geojson(documents: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    """Write a FeatureCollection; return the number of features (events with a point)."""
    features = [
        feature
        for document in documents
        for event in document.get("events") or []
        if (feature := event_feature(document, event)) is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    stream.write("\n")
    return len(features)
