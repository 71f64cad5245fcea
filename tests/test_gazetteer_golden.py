"""Golden sentences: each expected place with its span, place id, admin1 and precision.

The cases live in ``tests/golden/places/sentences.jsonl`` (one sentence a line, written
in the style of Syrian local outlets): homonyms, clitics, common-word traps, person and
organisation names, region phrases, roads, crossings and neighbouring countries.
A ``place_id`` of ``null`` expects an unresolved mention.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.gazetteer import find_places

GOLDEN = Path(__file__).parent / "golden" / "places" / "sentences.jsonl"
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line
]


def test_golden_file_has_enough_cases() -> None:
    assert len(CASES) >= 40
    assert sum(1 for case in CASES if not case["places"]) >= 4  # pure traps


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:40] for case in CASES])
def test_golden_sentence_resolves_as_expected(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_places(text)
    got = [(m.span.start, m.span.end, m.surface) for m in found]
    expected = [(e["start"], e["end"], e["surface"]) for e in case["places"]]
    assert got == expected
    for mention, want in zip(found, case["places"], strict=True):
        assert text[want["start"] : want["end"]] == want["surface"]
        assert mention.span.of(text) == mention.surface
        assert mention.place.precision == want["precision"]
        assert mention.place.admin1 == want["admin1"]
        if want["place_id"] is None:
            assert mention.place.unresolved_reason
        else:
            assert mention.place.place_id == want["place_id"]
            assert mention.place.name_en == want["name_en"]
            assert mention.place.lat is not None and mention.place.lon is not None
            assert mention.place.unresolved_reason is None
