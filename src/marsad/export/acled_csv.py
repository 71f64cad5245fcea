"""Spec documents → an ACLED-style CSV (ACLED's columns first, provenance after)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from marsad.taxonomy import GEO_PRECISION, INTER_CODES, TIME_PRECISION, disorder_types

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
# What ACLED has no column for: where each fact comes from.
PROVENANCE_COLUMNS = [
    "doc_id",
    "url",
    "trigger",
    "evidence_start",
    "evidence_end",
    "reported_by",
    "persons",
    "confidence",
]
COLUMNS = ACLED_COLUMNS + PROVENANCE_COLUMNS
# ACLED notes are a sentence or two; longer evidence is cut at this length.
MAX_NOTES_CHARS = 400


def _inter(actor: dict[str, Any] | None) -> tuple[int, str]:
    return INTER_CODES.get((actor or {}).get("category") or "", (0, ""))


def _interaction(actor1: dict[str, Any] | None, actor2: dict[str, Any] | None) -> str:
    first, second = _inter(actor1), _inter(actor2)
    if not first[1]:
        return ""
    if not second[1]:
        return f"{first[1]} only"
    low, high = sorted([first, second])
    return f"{low[1]}-{high[1]}"


def acled_row(document: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    """One CSV row for one event of a spec document."""
    location = event.get("location") or {}
    actor1, actor2 = event.get("actor1"), event.get("actor2")
    start, end = (event.get("evidence") or [0, 0])[:2]
    date = event.get("date") or ""
    return {
        "event_id_cnty": event.get("event_id", ""),
        "event_date": date,
        "year": date[:4],
        "time_precision": TIME_PRECISION.get(event.get("date_precision") or "", ""),
        "disorder_type": disorder_types().get(
            (event.get("event_type", ""), event.get("sub_event_type", "")), ""
        ),
        "event_type": event.get("event_type", ""),
        "sub_event_type": event.get("sub_event_type", ""),
        "actor1": (actor1 or {}).get("name", ""),
        "assoc_actor_1": "; ".join(a["name"] for a in event.get("assoc_actors") or [] if a),
        "inter1": _inter(actor1)[1],
        "actor2": (actor2 or {}).get("name", ""),
        "assoc_actor_2": "",
        "inter2": _inter(actor2)[1],
        "interaction": _interaction(actor1, actor2),
        "civilian_targeting": "Civilian targeting"
        if (actor2 or {}).get("category") == "civilians"
        else "",
        "iso": 760,
        "region": "Middle East",
        "country": "Syria",
        "admin1": location.get("admin1") or "",
        "admin2": location.get("admin2") or "",
        "admin3": "",
        "location": location.get("name") or "",
        "latitude": location.get("lat") if location.get("lat") is not None else "",
        "longitude": location.get("lon") if location.get("lon") is not None else "",
        "geo_precision": GEO_PRECISION.get(location.get("precision") or "", ""),
        "source": document.get("source") or "",
        "source_scale": "",
        "notes": (document.get("text") or "")[start:end][:MAX_NOTES_CHARS],
        "fatalities": event.get("fatalities", 0),
        "tags": "",
        "timestamp": "",
        "doc_id": document.get("doc_id", ""),
        "url": document.get("url") or "",
        "trigger": event.get("trigger", ""),
        "evidence_start": start,
        "evidence_end": end,
        "reported_by": event.get("reported_by") or "",
        "persons": "; ".join(event.get("persons") or []),
        "confidence": event.get("confidence", ""),
    }


def write_acled_csv(documents: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    """Write one row per event; return the number of rows."""
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    rows = 0
    for document in documents:
        for event in document.get("events") or []:
            writer.writerow(acled_row(document, event))
            rows += 1
    return rows
