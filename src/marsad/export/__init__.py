"""Exports: the spec JSONL, ACLED-style CSV, GeoJSON."""

from marsad.export.acled_csv import write_acled_csv
from marsad.export.geojson import write_geojson
from marsad.export.spec import event_id, to_spec, write_jsonl

__all__ = ["event_id", "to_spec", "write_acled_csv", "write_geojson", "write_jsonl"]
