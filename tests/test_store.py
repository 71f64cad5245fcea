"""The SQLite store: migrations, idempotent writes, quarantine, Arabic search."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import StoreError
from marsad.model import Failure
from marsad.store import open_store
from marsad.store.schema import MIGRATIONS


def _document(doc_id: str, text: str, **extra: Any) -> dict[str, Any]:
    event = {
        "event_id": f"ev-{doc_id}",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "date": "2024-03-10",
        "date_precision": "day",
        "location": {
            "name": "اليادودة",
            "admin1": "درعا",
            "lat": 32.67,
            "lon": 36.05,
            "precision": "town",
        },
        "actor1": {"name": "مسلحين مجهولين", "category": "militia"},
        "actor2": {"name": "مدنيون", "category": "civilians"},
        "fatalities": 1,
        "persons": ["خالد الحريري"],
        "trigger": "قتل",
        "trigger_span": [0, 3],
        "evidence": [0, len(text)],
    }
    return {
        "doc_id": doc_id,
        "source": "تجمع أحرار حوران",
        "title": "اغتيال شاب",
        "published": "2024-03-10",
        "text": text,
        "events": [event],
        "entities": [{"text": "خالد الحريري", "type": "PER", "aliases": ["أبو عمر"]}],
        "relations": [{"type": "alias_of", "head": "أبو عمر", "tail": "خالد الحريري"}],
        "mentions": [{"start": 0, "end": 3, "surface": "قتل", "label": "TRIGGER"}],
        **extra,
    }


TEXT = "قُتل الشاب خالد الحريري برصاص مسلحين مجهولين وبدرعا البلد، في مدينةِ إنخل شمالي درعا."


def test_migrations_are_applied_once_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    open_store(path).close()
    open_store(path).close()
    rows = sqlite3.connect(path).execute("SELECT version, name FROM schema_migrations").fetchall()
    assert rows == [(version, name) for version, name, _ in MIGRATIONS]


def test_database_from_newer_marsad_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    with pytest.raises(StoreError, match="newer than this marsad"):
        open_store(path)


def test_not_a_database_gives_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(path)


def test_wal_mode_is_on(tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_saving_same_document_twice_changes_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        assert store.save(_document("d1", TEXT)) == "added"
        before = store.db.execute("SELECT ingested_at FROM documents").fetchone()
        assert store.save(_document("d1", TEXT)) == "unchanged"
        assert store.db.execute("SELECT ingested_at FROM documents").fetchone() == before
        figures = store.stats()
    assert (figures.documents, figures.events, figures.people, figures.relations) == (1, 1, 1, 1)


def test_changed_document_replaces_its_rows(tmp_path: Path) -> None:
    with open_store(tmp_path / "u.db") as store:
        store.save(_document("d1", TEXT))
        changed = _document("d1", TEXT + " وأفاد مراسلنا بذلك.")
        changed["events"] = []
        assert store.save(changed) == "updated"
        assert store.stats().events == 0
        assert store.db.execute("SELECT COUNT(*) FROM event_persons").fetchone()[0] == 0
        assert [d["text"] for d in store.iter_documents()] == [changed["text"]]


def test_quarantine_records_each_failure_once(tmp_path: Path) -> None:
    failure = Failure(origin="feed.jsonl:7", stage="ingest", error="not JSON: Expecting value")
    with open_store(tmp_path / "q.db") as store:
        store.save_failure(failure)
        store.save_failure(failure)
        assert store.failures() == [failure]
        assert store.stats().quarantined == 1


@pytest.mark.parametrize(
    "query",
    [
        "درعا",  # inside the clitic form وبدرعا and plain
        "إنخل",
        "انخل",
        "أنخل",
        "مدينة",  # written مدينةِ with a kasra
        "مدينه",
        "قتل",  # written قُتل
        "الحريري",
        "الحريرى",  # ى for ي
        "خالد الحريري",
        "درعـــا",  # tatweel in the query
        "مسلحين",
    ],
)
def test_search_matches_spelling_variants_and_clitics(tmp_path: Path, query: str) -> None:
    with open_store(tmp_path / "f.db") as store:
        store.save(_document("d1", TEXT))
        store.save(_document("d2", "تظاهر العشرات في ساحة الكرامة بالسويداء."))
        hits = store.search(query)
    assert [hit.doc_id for hit in hits] == ["d1"]
    hit = hits[0]
    assert "⟦" in hit.snippet and hit.start < hit.end


@pytest.mark.parametrize("query", ["حمص", "", "   ", '"', "AND OR NOT", "*"])
def test_search_without_match_or_with_odd_query_returns_nothing(tmp_path: Path, query: str) -> None:
    with open_store(tmp_path / "n.db") as store:
        store.save(_document("d1", TEXT))
        assert store.search(query) == []


def test_search_snippet_marks_original_clitic_form(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.db") as store:
        store.save(_document("d1", "اندلعت اشتباكات عنيفة وبدرعا البلد مساء أمس."))
        [hit] = store.search("درعا")
    assert "⟦درعا⟧" in hit.snippet
    assert "اشتباكات عنيفة وب⟦درعا⟧ البلد" in hit.snippet
