"""The seed article (SY24, Daraa): every place it names resolves, with coordinates."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.gazetteer import PlaceMention, find_places

SEED = Path("/work/shared/examples/seed-sy24.txt")
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def mentions(text: str) -> tuple[PlaceMention, ...]:
    return find_places(text)


def by_surface(mentions: tuple[PlaceMention, ...], surface: str) -> list[PlaceMention]:
    return [m for m in mentions if m.surface == surface]


def test_seed_spans_point_into_the_original_text(
    text: str, mentions: tuple[PlaceMention, ...]
) -> None:
    assert mentions
    for mention in mentions:
        assert mention.span.of(text) == mention.surface


def test_seed_resolves_every_mention(mentions: tuple[PlaceMention, ...]) -> None:
    for mention in mentions:
        assert mention.place.unresolved_reason is None, mention
        assert mention.place.lat is not None and mention.place.lon is not None


# surface -> (place_id, admin1, precision, lat, lon); coordinates to 2 decimals
EXPECTED = {
    "إنخل": ("wof:421183843", "درعا", "town", 33.02, 36.13),
    "جاسم": ("wof:1125964931", "درعا", "town", 32.99, 36.06),
    "درعا البلد": ("marsad:sy-daraa-albalad", "درعا", "town", 32.61, 36.10),
    "طريق السد": ("marsad:sy-daraa-tariq-alsadd", "درعا", "town", 32.61, 36.12),
    "مخيم درعا": ("marsad:sy-daraa-camp", "درعا", "town", 32.61, 36.11),
    "الحمادين": ("marsad:sy-daraa-hammadin", "درعا", "town", 32.61, 36.11),
    "المهندسين": ("marsad:sy-daraa-muhandisin", "درعا", "town", 32.60, 36.11),
    "نصيب": ("wof:1310327079", "درعا", "town", 32.55, 36.19),
    "ريف درعا الشمالي الشرقي": ("wof:85678399#rural-north-east", "درعا", "district", 33.06, 36.37),
    "ريف درعا الغربي": ("wof:85678399#rural-west", "درعا", "district", 32.83, 35.96),
    "ريف السويداء": ("wof:85678385#rural", "السويداء", "governorate", 32.75, 36.85),
    "شرق السويداء": ("wof:85678385#direction-east", "السويداء", "district", 32.76, 37.19),
    "شرق محافظة درعا": ("wof:85678399#direction-east", "درعا", "district", 32.83, 36.37),
    "شرقي درعا": ("wof:85678399#direction-east", "درعا", "district", 32.83, 36.37),
    "شمال محافظة درعا": ("wof:85678399#direction-north", "درعا", "district", 33.06, 36.17),
    "البادية السورية": ("marsad:sy-area-badia", None, "country", 34.5, 38.5),
    "جنوب سوريا": ("marsad:sy-area-south", None, "country", 32.8, 36.3),
    "الجنوب السوري": ("marsad:sy-area-south", None, "country", 32.8, 36.3),
    "السويداء": ("wof:421192811", "السويداء", "town", 32.71, 36.57),
    "درعا": ("wof:421197257", "درعا", "town", 32.62, 36.10),
}


@pytest.mark.parametrize("surface", sorted(EXPECTED))
def test_seed_place_resolves(mentions: tuple[PlaceMention, ...], surface: str) -> None:
    place_id, admin1, precision, lat, lon = EXPECTED[surface]
    found = by_surface(mentions, surface)
    assert found, f"{surface} not found"
    for mention in found:
        assert mention.place.place_id == place_id
        assert mention.place.admin1 == admin1
        assert mention.place.precision == precision
        assert mention.place.lat == pytest.approx(lat, abs=0.01)
        assert mention.place.lon == pytest.approx(lon, abs=0.01)


def test_seed_jasim_is_the_daraa_one_not_deir_ez_zor(mentions: tuple[PlaceMention, ...]) -> None:
    for mention in by_surface(mentions, "جاسم"):
        assert "درعا" in mention.reason
        assert any(alt.admin1 == "دير الزور" for alt in mention.alternatives)


def test_seed_nasib_beats_the_hasakah_homonym(mentions: tuple[PlaceMention, ...]) -> None:
    (nasib,) = by_surface(mentions, "نصيب")
    assert [alt.admin1 for alt in nasib.alternatives] == ["الحسكة"]


def test_seed_motorway_is_the_road_with_its_two_ends(
    text: str, mentions: tuple[PlaceMention, ...]
) -> None:
    (road,) = [m for m in mentions if m.rule == "road"]
    assert road.surface == "أوتوستراد (دمشق-عمان)"
    assert road.place.place_id == "marsad:sy-road-damascus-amman"
    assert road.place.precision == "district"
    damascus, amman = road.parts
    assert (damascus.surface, damascus.place.place_id) == ("دمشق", "wof:421202165")
    assert damascus.place.lat == pytest.approx(33.52, abs=0.01)
    assert (amman.surface, amman.place.place_id, amman.country) == ("عمان", "marsad:jo-amman", "JO")
    for part in road.parts:
        assert part.span.of(text) == part.surface
        assert road.span.contains(part.span)
    # Amman is not a place of its own here: only the motorway is
    assert not [m for m in mentions if m.surface == "عمان"]


def test_seed_madinat_daraa_is_the_city(text: str, mentions: tuple[PlaceMention, ...]) -> None:
    city = [m for m in mentions if m.surface == "درعا" and "مدينه" in m.rule]
    assert len(city) == 3
    assert all(text[m.span.start - 6 : m.span.start].endswith("مدينة ") for m in city)


def test_seed_has_no_place_from_common_words_or_names(
    mentions: tuple[PlaceMention, ...],
) -> None:
    surfaces = {m.surface for m in mentions}
    # village names that are ordinary words or person names in this article
    for trap in ("تحت", "مدينة", "جديدة", "تلك", "كبير", "عزيزية", "اللواء", "الشرقية", "بؤر"):
        assert trap not in surfaces
