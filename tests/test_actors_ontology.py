"""Actor ontology: the shipped file validates; bad files fail with a useful message."""

from __future__ import annotations

from collections import Counter

import pytest

from marsad.actors import OntologyError, load_ontology, parse_ontology, resolve_actor
from marsad.errors import MarsadError
from marsad.model import PartialDate

# At least this many actors (issue 5).
MIN_ACTORS = 120


def test_ontology_has_enough_actors() -> None:
    assert len(load_ontology().actors) >= MIN_ACTORS


def test_ontology_covers_every_category() -> None:
    counts = Counter(entry.category for entry in load_ontology().actors.values())
    assert set(counts) == {
        "state",
        "rebel",
        "militia",
        "identity",
        "rioters",
        "protesters",
        "civilians",
        "external",
    }


def test_ontology_is_cached() -> None:
    assert load_ontology() is load_ontology()


def test_ontology_government_change_dates() -> None:
    actors = load_ontology().actors
    for actor_id in [
        "sy-forces-2000-2024",
        "sy-military-security-2000-2024",
        "sy-air-force-intelligence-2000-2024",
        "sy-state-security-2000-2024",
        "sy-political-security-2000-2024",
        "sy-4th-division-2000-2024",
        "sy-25th-division-2000-2024",
        "sy-republican-guard-2000-2024",
        "sy-ndf-2012-2024",
        "sy-national-security-bureau-2000-2024",
        "sy-baath-brigades-2012-2024",
    ]:
        assert actors[actor_id].valid_to == "2024-12-08", actor_id
    for actor_id in ["sy-gov-2024", "sy-forces-2024", "sy-general-security-2024"]:
        assert actors[actor_id].valid_from == "2024-12-08", actor_id
        assert actors[actor_id].category == "state"
    assert actors["sy-military-operations-department"].valid_from == "2024-11-27"


@pytest.mark.parametrize(
    ("name", "on", "actor_id", "category"),
    [
        ("الجيش السوري", PartialDate("2023-05-02", "day"), "sy-forces-2000-2024", "state"),
        ("الجيش السوري", PartialDate("2025-03-07", "day"), "sy-forces-2024", "state"),
        ("الجيش السوري", PartialDate("2024-12-08", "day"), "sy-forces-2024", "state"),
        ("الجيش السوري", PartialDate("2024-12-07", "day"), "sy-forces-2000-2024", "state"),
        ("الجيش السوري", PartialDate("2024-12-02", "week"), "sy-forces", "state"),
        ("الجيش السوري", PartialDate("2024", "year"), "sy-forces", "state"),
        ("الجيش السوري", None, "sy-forces", "state"),
        ("القوات الحكومية", PartialDate("2023", "year"), "sy-forces-2000-2024", "state"),
        ("الحكومة السورية", PartialDate("2025-02", "month"), "sy-gov-2024", "state"),
        ("الأمن العام", PartialDate("2025-01-15", "day"), "sy-general-security-2024", "state"),
        ("الأمن العام", PartialDate("2022-01-15", "day"), "hts-general-security", "rebel"),
        ("sy-mod", PartialDate("2025-01-15", "day"), "sy-forces-2024", "state"),
        ("قسد", None, "sdf", "rebel"),
        ("النظام", PartialDate("2025-01-01", "day"), "sy-forces-2000-2024", "state"),
        ("مليشيا فاطميون", None, "fatemiyoun", "militia"),
        ("القوات الاميركية", None, "us-forces", "external"),
    ],
)
def test_resolve_actor_by_date(
    name: str, on: PartialDate | None, actor_id: str, category: str
) -> None:
    entry = resolve_actor(name, on)
    assert entry is not None
    assert (entry.actor_id, entry.category) == (actor_id, category)


def test_resolve_actor_unknown_name() -> None:
    assert resolve_actor("نادي الكرامة الرياضي") is None


def test_resolve_actor_bad_date_keeps_generic() -> None:
    entry = resolve_actor("الجيش السوري", PartialDate("2024-13", "month"))
    assert entry is not None and entry.actor_id == "sy-forces"


_GOOD_ACTOR = """
  - id: sdf
    name_ar: قوات سوريا الديمقراطية
    names_ar: [قسد]
    name_en: "SDF: Syrian Democratic Forces"
    category: rebel
    note: test
"""


def _yaml(actors: str) -> str:
    return "version: 1\nactors:" + _GOOD_ACTOR + actors


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors: [", "not valid YAML"),
        ("- a\n- b\n", "expected a mapping"),
        (_yaml(_GOOD_ACTOR), "actor 'sdf': duplicate id"),
        (
            _yaml("  - {id: Bad Id, name_ar: س, name_en: x, category: rebel, note: n}\n"),
            "ascii slug",
        ),
        (
            _yaml("  - {id: x, name_ar: س, name_en: x, category: stat, note: n}\n"),
            "actor 'x': unknown category 'stat'",
        ),
        (
            _yaml("  - {id: x, name_ar: س, name_en: x, category: rebel, parent: y, note: n}\n"),
            "actor 'x': unknown parent 'y'",
        ),
        (
            _yaml(
                "  - {id: x, name_ar: س, name_en: x, category: rebel, note: n, "
                "valid_from: 2024-13-01}\n"
            ),
            "actor 'x': 'valid_from' must be an ISO date",
        ),
        (
            _yaml(
                "  - {id: x, name_ar: س, name_en: x, category: rebel, note: n, "
                "valid_from: 2025-01-01, valid_to: 2024-01-01}\n"
            ),
            "actor 'x': valid_from 2025-01-01 is not before valid_to 2024-01-01",
        ),
        (
            _yaml("  - {id: x, name_ar: س, name_en: x, category: rebel}\n"),
            "actor 'x': give 'sources' or a 'note'",
        ),
        (
            _yaml("  - {id: x, name_ar: قسد, name_en: x, category: rebel, note: n}\n"),
            "actor 'x': name 'قسد' is also a name of 'sdf'",
        ),
        (
            _yaml("  - {id: x, name_ar: س, name_en: x, category: rebel, note: n, colour: red}\n"),
            "actor 'x': unknown field(s) 'colour'",
        ),
        (
            _yaml(
                "  - {id: x, name_ar: س, name_en: x, category: state, note: n, variants: [sdf]}\n"
            ),
            "actor 'x': variant 'sdf' has no valid_from/valid_to",
        ),
        (
            _yaml("  - {id: x, name_ar: س, name_en: x, category: rebel, note: n, parent: x}\n"),
            "actor 'x': parent chain loops back to 'x'",
        ),
        (
            _yaml("") + "anaphors:\n  - {word: التنظيم, gender: n, heads: [تنظيم]}\n",
            "anaphor #1 ('التنظيم'): 'gender' must be m or f",
        ),
    ],
)
def test_parse_ontology_rejects_bad_entries(text: str, message: str) -> None:
    with pytest.raises(OntologyError) as caught:
        parse_ontology(text, origin="test.yaml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("test.yaml")
    assert isinstance(caught.value, MarsadError)


def test_parse_ontology_accepts_minimal_file() -> None:
    ontology = parse_ontology(_yaml(""))
    assert ontology.lookup("قسد") is ontology.actors["sdf"]


def test_ontology_variants_keep_their_category() -> None:
    """Only «جهاز الأمن العام» changes category with the date (HTS's, then the state's)."""
    actors = load_ontology().actors
    mixed = {
        entry.actor_id
        for entry in actors.values()
        if any(actors[v].category != entry.category for v in entry.variants)
    }
    assert mixed == {"sy-general-security"}
