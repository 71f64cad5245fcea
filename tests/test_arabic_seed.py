"""The whole seed article (SY24) through the Arabic layer: golden expectations."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.arabic import (
    find_dates,
    find_numbers,
    infer_publication_year,
    normalize,
    sentences,
    tokens,
)
from marsad.model import PartialDate

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-sy24.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")


def test_seed_publication_year_is_inferred(seed: str) -> None:
    assert infer_publication_year(seed) == 2023


def test_seed_dates(seed: str) -> None:
    mentions = find_dates(seed)
    for mention in mentions:
        assert mention.span.of(seed) == mention.expression
    assert [(m.expression, m.date, m.relative) for m in mentions] == [
        ("أواخر تشرين الثاني 2022", PartialDate("2022-11-21", "week"), False),
        ("شهر تشرين الأول من العام الماضي", PartialDate("2022-10", "month"), True),
        ("بداية تشرين الثاني من العام نفسه", PartialDate("2022-11-01", "week"), True),
        ("قبل يومين", None, True),
        ("الأسبوع ذاته", None, True),
        ("أواخر العام المنصرم", PartialDate("2022", "year"), True),
        ("أواخر العام الماضي", PartialDate("2022", "year"), True),
    ]


def test_seed_numbers(seed: str) -> None:
    mentions = find_numbers(seed)
    for mention in mentions:
        assert mention.span.of(seed) == mention.surface
    found = [(m.surface, m.value, m.approximate) for m in mentions]
    assert ("أكثر من عشر", 10, True) in found
    assert ("اثنتين", 2, False) in found
    assert ("عدد من", 3, True) in found
    assert all(m.value != 8 for m in mentions)  # اللواء الثامن is a name, not a count
    assert all("الثامن" not in m.surface for m in mentions)


def test_seed_sentences_and_tokens_keep_offsets(seed: str) -> None:
    spans = sentences(seed)
    assert spans[0].of(seed) == "Facebook"
    assert any(s.of(seed) == "من يقف وراء إحياء داعش في الجنوب السوري؟" for s in spans)
    assert not any(s.of(seed).startswith("net") for s in spans)
    for tok in tokens(seed):
        assert tok.span.of(seed) == tok.surface
        assert tok.stem_span.of(seed) == tok.stem
    norm = normalize(seed)
    assert norm.span_to_original(0, len(norm.text)).of(seed) == seed
