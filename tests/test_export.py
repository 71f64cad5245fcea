"""Exports: ACLED CSV columns and codes, GeoJSON geometry, spec JSONL."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from marsad.export import write_acled_csv, write_geojson, write_jsonl
from marsad.export.acled_csv import ACLED_COLUMNS, acled_row

TEXT = "قصفت قوات النظام بلدة كفرنبل جنوبي إدلب، ما أدى إلى مقتل مدنيين اثنين."


def _event(**changes: Any) -> dict[str, Any]:
    event = {
        "event_id": "ev-1",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "date": "2022-11-07",
        "date_precision": "day",
        "location": {
            "name": "كفرنبل",
            "admin1": "إدلب",
            "lat": 35.61,
            "lon": 36.56,
            "precision": "town",
        },
        "actor1": {"name": "قوات النظام", "category": "state"},
        "actor2": {"name": "مدنيون", "category": "civilians"},
        "fatalities": 2,
        "persons": [],
        "trigger": "قصفت",
        "evidence": [0, len(TEXT)],
    }
    event.update(changes)
    return event


def _doc(*events: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": "enab-1",
        "source": "Enab Baladi",
        "url": "https://example.invalid/1",
        "text": TEXT,
        "events": list(events),
    }


def test_acled_csv_starts_with_acled_columns_in_order() -> None:
    stream = io.StringIO()
    assert write_acled_csv([_doc(_event(), _event(event_id="ev-2"))], stream) == 2
    header = next(csv.reader(io.StringIO(stream.getvalue())))
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert header[:3] == ["event_id_cnty", "event_date", "year"]


def test_acled_row_codes_interaction_precision_and_notes() -> None:
    row = acled_row(_doc(), _event())
    assert row["disorder_type"] == "Political violence"
    assert (row["inter1"], row["inter2"]) == ("State forces", "Civilians")
    assert row["interaction"] == "State forces-Civilians"
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["time_precision"], row["geo_precision"]) == (1, 1)
    assert row["notes"] == TEXT
    assert (row["latitude"], row["longitude"], row["year"]) == (35.61, 36.56, "2022")


@pytest.mark.parametrize(
    ("date_precision", "geo", "time_code", "geo_code"),
    [
        ("day", "town", 1, 1),
        ("week", "district", 2, 2),
        ("month", "governorate", 3, 3),
        ("year", "governorate", 3, 3),
    ],
)
def test_acled_precision_codes(
    date_precision: str, geo: str, time_code: int, geo_code: int
) -> None:
    location = {"name": "ريف درعا الغربي", "admin1": "درعا", "precision": geo}
    row = acled_row(_doc(), _event(date_precision=date_precision, location=location))
    assert (row["time_precision"], row["geo_precision"]) == (time_code, geo_code)


def test_acled_row_one_sided_event() -> None:
    row = acled_row(
        _doc(),
        _event(
            actor2=None,
            event_type="Strategic developments",
            sub_event_type="Change to group/activity",
            actor1={"name": "تنظيم داعش", "category": "rebel"},
        ),
    )
    assert row["interaction"] == "Rebel group only"
    assert row["civilian_targeting"] == ""
    assert row["disorder_type"] == "Strategic developments"


def test_geojson_is_longitude_first_and_skips_unplaced_events() -> None:
    stream = io.StringIO()
    unplaced = _event(
        event_id="ev-2", location={"name": None, "admin1": "درعا", "precision": "governorate"}
    )
    assert write_geojson([_doc(_event(), unplaced)], stream) == 1
    collection = json.loads(stream.getvalue())
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.56, 35.61]}
    assert feature["properties"]["evidence"] == TEXT


def test_jsonl_keeps_arabic_readable_one_line_per_document() -> None:
    stream = io.StringIO()
    assert write_jsonl([_doc(_event()), _doc()], stream) == 2
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2 and "كفرنبل" in lines[0]
    assert json.loads(lines[0])["events"][0]["location"]["name"] == "كفرنبل"
