"""Persistence: SQLite by default, behind an interface a PostgreSQL store can satisfy."""

from marsad.store.base import SaveResult, SearchHit, Store, StoreStats
from marsad.store.sqlite import SQLiteStore, open_store

__all__ = ["SQLiteStore", "SaveResult", "SearchHit", "Store", "StoreStats", "open_store"]
