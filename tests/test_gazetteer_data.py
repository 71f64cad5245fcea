"""The shipped gazetteer data and the script that builds it."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from marsad.gazetteer.entries import load_entries, read_table
from marsad.gazetteer.lexicon import load_lexicon
from marsad.gazetteer.matcher import load_automaton

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "marsad" / "data" / "gazetteer"
SHARED = Path("/work/shared/data/gazetteer")
GOVERNORATES = {
    "حلب", "الحسكة", "الرقة", "السويداء", "دمشق", "درعا", "دير الزور",
    "حماة", "حمص", "إدلب", "اللاذقية", "القنيطرة", "ريف دمشق", "طرطوس",
}  # fmt: skip
# Syria's bounding box with a margin for border villages
SYRIA_LAT = (32.2, 37.4)
SYRIA_LON = (35.6, 42.5)


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_places", ROOT / "tools" / "build_places.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_places"] = module
    spec.loader.exec_module(module)
    return module


def test_places_table_counts_and_size() -> None:
    rows = read_table("places.tsv")
    kinds = Counter(row["kind"] for row in rows)
    assert kinds["governorate"] == 14
    assert kinds["district"] == 62
    assert kinds["country"] == 1
    assert kinds["locality"] > 9_500
    assert (DATA / "places.tsv").stat().st_size < 3_000_000


def test_places_table_rows_are_complete() -> None:
    rows = read_table("places.tsv")
    assert len({row["place_id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["name_ar"] and row["names_ar"].split("|")[0] == row["name_ar"]
        if row["kind"] == "country":
            continue
        assert row["admin1_ar"] in GOVERNORATES, row
        assert SYRIA_LAT[0] < float(row["lat"]) < SYRIA_LAT[1], row
        assert SYRIA_LON[0] < float(row["lon"]) < SYRIA_LON[1], row
        if row["kind"] in ("locality", "neighbourhood"):
            assert row["admin2_ar"], row
        if row["kind"] in ("governorate", "district"):
            assert len(row["bbox"].split(",")) == 4


def test_places_table_names_carry_no_diacritics_or_generic_words() -> None:
    for row in read_table("places.tsv"):
        for name in row["names_ar"].split("|"):
            assert not any("\u064b" <= ch <= "\u065f" for ch in name), name
            assert not name.startswith(("محافظة ", "مركز ")), name


def test_supplement_rows_cite_a_source_and_have_admin1() -> None:
    rows = read_table("supplement.tsv")
    assert len(rows) >= 100
    assert len({row["place_id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["source"], row
        assert row["precision"] in ("town", "district", "governorate", "country"), row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        if row["country"] == "SY" and row["precision"] != "country":
            assert row["admin1_ar"] in GOVERNORATES, row
        if row["country"] == "SY":
            assert SYRIA_LAT[0] < float(row["lat"]) < SYRIA_LAT[1], row
        assert row["common"] in ("", "word", "frequent"), row


def test_supplement_covers_the_daraa_quarters_the_news_names() -> None:
    names = {
        n
        for row in read_table("supplement.tsv")
        for n in [row["name_ar"], *row["aliases"].split("|")]
    }
    quarters = ["درعا البلد", "درعا المحطة", "طريق السد", "مخيم درعا"]
    quarters += ["المنشية", "السحاري", "الحمادين", "المهندسين"]
    for quarter in quarters:
        assert quarter in names


def test_oil_fields_sit_at_the_town_their_source_names() -> None:
    towns = {row["place_id"]: row for row in read_table("places.tsv")}
    fields = [row for row in read_table("supplement.tsv") if row["place_id"].endswith("-field")]
    assert {"حقل العمر", "حقل كونيكو", "حقل الشاعر", "حقل التنك"} <= {f["name_ar"] for f in fields}
    for field in fields:
        wof_id = field["source"].rpartition("WOF ")[2].split()[0].rstrip(",;")
        town = towns["wof:" + wof_id]
        assert (field["lat"], field["lon"]) == (town["lat"], town["lon"]), field["name_ar"]
        assert not any(a.endswith(("النفطي", "للغاز")) for a in field["aliases"].split("|"))


def test_lexicon_and_automaton_load() -> None:
    lexicon = load_lexicon()
    assert lexicon.common_tier["نصيب"] == "word"
    assert lexicon.common_tier["النظام"] == "frequent"
    assert lexicon.vectors["شرقي"] == (0.0, 1.0)
    assert len(load_automaton()) > 10_000
    assert len(load_entries()) > 10_000


def test_build_ray_casting_point_in_polygon() -> None:
    build = load_build_script()
    square = ((0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0))
    assert build.point_in_ring(1.0, 1.0, square)
    assert not build.point_in_ring(3.0, 1.0, square)
    assert not build.point_in_ring(1.0, -0.5, square)
    hole = ((0.5, 0.5), (1.5, 0.5), (1.5, 1.5), (0.5, 1.5), (0.5, 0.5))
    area = build.Area("1", "SY.XX", "", "", "", ((square, hole),), (0.0, 0.0, 2.0, 2.0))
    assert not build.point_in_area(1.0, 1.0, area)
    assert build.point_in_area(0.25, 0.25, area)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("دِرعا", "درعا"),
        ("مركز دير الزور", "دير الزور"),
        ("منطقة دوما", "دوما"),
        ("درعا البلد", "درعا البلد"),
    ],
)
def test_build_cleans_names(raw: str, clean: str) -> None:
    build = load_build_script()
    assert build.strip_generic(build.strip_marks(raw)) == clean


@pytest.mark.skipif(not SHARED.exists(), reason="shared gazetteer source not present")
def test_build_reproduces_the_shipped_table(tmp_path: Path) -> None:
    build = load_build_script()
    out = tmp_path / "places.tsv"
    build.write_rows(build.build_rows(SHARED), out)
    assert out.read_text(encoding="utf-8") == (DATA / "places.tsv").read_text(encoding="utf-8")
