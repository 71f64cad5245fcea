"""Event queries: the filters that the map, the timeline, the table and the API share."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from marsad.api.errors import ApiError
from marsad.api.names import latin_name, name_key, resolve_identity

# The map draws every matching event; past this many a page must narrow its filters.
MAX_LIMIT = 5000
DEFAULT_LIMIT = 100

_COLUMNS = (
    "event_id, e.doc_id, event_type, sub_event_type, date, date_precision, location_name, "
    "admin1, admin2, lat, lon, geo_precision, place_id, actor1, actor1_category, actor2, "
    "actor2_category, fatalities, trigger, trigger_start, trigger_end, reported_by, "
    "evidence_start, evidence_end, confidence, d.title, d.source, d.url, d.published, "
    "substr(d.text, evidence_start + 1, evidence_end - evidence_start)"
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the analyst asked for; every field optional. The query string's shape."""

    type: str | None = None
    sub_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    admin1: str | None = None
    place: str | None = None
    bbox: str | None = None
    actor: str | None = None
    person: str | None = None
    q: str | None = None
    doc_id: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def cleaned(self) -> EventFilter:
        """Blank strings (an empty form field) mean "no filter"."""

        def value(name: str) -> Any:
            given = getattr(self, name)
            return None if isinstance(given, str) and not given.strip() else given

        return EventFilter(**{name: value(name) for name in EventFilter.__dataclass_fields__})

    def query_string_items(self) -> list[tuple[str, str]]:
        """The filter as query-string pairs (limit and offset left out)."""
        skip = {"limit", "offset", "doc_id"}
        return [
            (name, str(getattr(self, name)))
            for name in EventFilter.__dataclass_fields__
            if name not in skip and getattr(self, name) not in (None, "")
        ]


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise ApiError(
            400, "bad_bbox", "bbox must be minlon,minlat,maxlon,maxlat (four numbers)"
        ) from None
    if west > east or south > north:
        raise ApiError(400, "bad_bbox", "bbox minimum is greater than its maximum")
    return west, south, east, north


def _where(db: sqlite3.Connection, f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.type:
        clauses.append("event_type = ?")
        params.append(f.type)
    if f.sub_type:
        clauses.append("sub_event_type = ?")
        params.append(f.sub_type)
    if f.date_from:
        clauses.append("date >= ?")
        params.append(f.date_from)
    if f.date_to:
        # a date_to of 2023-03 must include 2023-03-31: compare on the prefix
        clauses.append("substr(date, 1, ?) <= ?")
        params += [len(f.date_to), f.date_to]
    if f.admin1:
        clauses.append("marsad_key(admin1) = ?")
        params.append(name_key(f.admin1))
    if f.place:
        clauses.append(
            "(marsad_contains(location_name, ?) OR marsad_key(admin2) = ? "
            "OR marsad_key(admin1) = ?)"
        )
        params += [f.place, name_key(f.place), name_key(f.place)]
    if f.bbox:
        west, south, east, north = _bbox(f.bbox)
        clauses.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
        params += [west, east, south, north]
    if f.actor:
        keys = sorted(resolve_identity(db, f.actor).keys)
        marks = ",".join("?" * len(keys))
        clauses.append(f"(marsad_key(actor1) IN ({marks}) OR marsad_key(actor2) IN ({marks}))")
        params += keys + keys
    if f.person:
        keys = sorted(resolve_identity(db, f.person).keys)
        marks = ",".join("?" * len(keys))
        clauses.append(
            "EXISTS (SELECT 1 FROM event_persons p WHERE p.event_id = e.event_id "
            f"AND marsad_key(p.name) IN ({marks}))"
        )
        params += keys
    if f.q:
        # the event's own sentence and fields, not the whole article: /api/search is
        # the document-level search
        clauses.append(
            "marsad_match(substr(d.text, evidence_start + 1, evidence_end - evidence_start) "
            "|| ' ' || coalesce(location_name, '') || ' ' || coalesce(admin1, '') || ' ' "
            "|| coalesce(actor1, '') || ' ' || coalesce(actor2, ''), ?)"
        )
        params.append(f.q)
    if f.doc_id:
        clauses.append("e.doc_id = ?")
        params.append(f.doc_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _persons(db: sqlite3.Connection, event_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for start in range(0, len(event_ids), 500):  # SQLite's bound-parameter limit
        chunk = event_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for event_id, name in db.execute(
            f"SELECT event_id, name FROM event_persons WHERE event_id IN ({marks}) "
            "ORDER BY event_id, position",
            chunk,
        ):
            found.setdefault(event_id, []).append(name)
    return found


def _actor(name: str | None, category: str | None) -> dict[str, Any] | None:
    if not name:
        return None
    return {"name": name, "category": category, "latin": latin_name(name)}


def event_record(row: tuple[Any, ...], persons: list[str]) -> dict[str, Any]:
    """One events row (``_COLUMNS`` order) as the API's event object."""
    (event_id, doc_id, event_type, sub_type, date, date_precision, location, admin1, admin2,
     lat, lon, geo_precision, place_id, actor1, actor1_cat, actor2, actor2_cat, fatalities,
     trigger, trigger_start, trigger_end, reported_by, ev_start, ev_end, confidence,
     title, source, url, published, evidence_text) = row  # fmt: skip
    return {
        "event_id": event_id,
        "doc_id": doc_id,
        "event_type": event_type,
        "sub_event_type": sub_type,
        "date": date,
        "date_precision": date_precision,
        "location": {
            "name": location,
            "admin1": admin1,
            "admin2": admin2,
            "lat": lat,
            "lon": lon,
            "precision": geo_precision,
            "place_id": place_id,
        },
        "actor1": _actor(actor1, actor1_cat),
        "actor2": _actor(actor2, actor2_cat),
        "persons": persons,
        "fatalities": fatalities,
        "trigger": trigger,
        "trigger_span": [trigger_start, trigger_end] if trigger_start is not None else None,
        "reported_by": reported_by,
        "evidence": [ev_start, ev_end],
        "evidence_text": evidence_text,
        "confidence": confidence,
        "document": {
            "doc_id": doc_id,
            "title": title,
            "source": source,
            "url": url,
            "published": published,
        },
        "links": {"html": f"/events/{event_id}", "document": f"/documents/{doc_id}"},
    }


def query_events(db: sqlite3.Connection, f: EventFilter) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, the page of events), newest first, undated last."""
    f = f.cleaned()
    where, params = _where(db, f)
    base = " FROM events e JOIN documents d ON d.doc_id = e.doc_id" + where
    total = int(db.execute("SELECT COUNT(*)" + base, params).fetchone()[0])
    rows = db.execute(
        f"SELECT {_COLUMNS}{base} ORDER BY date IS NULL, date DESC, event_id LIMIT ? OFFSET ?",
        [*params, f.limit, f.offset],
    ).fetchall()
    persons = _persons(db, [row[0] for row in rows])
    return total, [event_record(row, persons.get(row[0], [])) for row in rows]


def get_events(db: sqlite3.Connection, event_ids: list[str]) -> list[dict[str, Any]]:
    """The events with these ids, in the order given (unknown ids left out)."""
    rows: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(event_ids), 500):  # SQLite's bound-parameter limit
        chunk = event_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT {_COLUMNS} FROM events e JOIN documents d ON d.doc_id = e.doc_id "
            f"WHERE event_id IN ({marks})",
            chunk,
        ):
            rows[row[0]] = row
    persons = _persons(db, list(rows))
    return [event_record(rows[i], persons.get(i, [])) for i in event_ids if i in rows]


def get_event(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    found = get_events(db, [event_id])
    return found[0] if found else None


def facets(db: sqlite3.Connection) -> dict[str, Any]:
    """The values the filter form offers: types, sub-types, governorates, date range."""
    types: dict[str, list[str]] = {}
    for event_type, sub_type in db.execute(
        "SELECT DISTINCT event_type, sub_event_type FROM events ORDER BY 1, 2"
    ):
        types.setdefault(event_type, []).append(sub_type)
    admin1 = [
        row[0]
        for row in db.execute(
            "SELECT admin1, COUNT(*) FROM events WHERE admin1 IS NOT NULL "
            "GROUP BY admin1 ORDER BY 2 DESC, 1"
        )
    ]
    first, last = db.execute("SELECT MIN(date), MAX(date) FROM events").fetchone()
    return {"types": types, "admin1": admin1, "date_min": first, "date_max": last}
