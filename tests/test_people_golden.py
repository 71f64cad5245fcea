"""Golden sentences: every person, alias, pseudonym and later reference, with spans.

The cases live in ``tests/golden/people/sentences.jsonl`` (one sentence or two a line,
written in the style of Syrian local outlets; every name is invented): cue words with
clitics (وللمدعو، والملقب، ويُدعى), quoted and unquoted names, kunya-only people,
aliases (الملقب، المعروف بـ، المكنى، واسمه الحركي، واسمه الحقيقي، ويُعرف بلقب),
pseudonyms and unnamed sources, coordinated names, coreference of shortened names,
and traps (a cue before a non-name, a place or a faction after a cue word).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marsad.people import PersonMention, find_people

GOLDEN = Path(__file__).parent / "golden" / "people" / "sentences.jsonl"
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line
]


def _shape(person: PersonMention) -> dict[str, Any]:
    return {
        "surface": person.surface,
        "start": person.span.start,
        "end": person.span.end,
        "aliases": [
            {"text": text, "start": span.start, "end": span.end, "kind": kind}
            for (span, text), kind in zip(person.aliases, person.alias_kinds, strict=True)
        ],
        "pseudonym": person.pseudonym,
    }


def test_golden_file_has_enough_cases() -> None:
    assert len(CASES) >= 40
    assert sum(1 for case in CASES if not case["people"]) >= 8  # traps with no person
    kinds = {a["kind"] for case in CASES for p in case["people"] for a in p["aliases"]}
    assert kinds == {"kunya", "laqab", "real", "partial"}
    assert sum(p["pseudonym"] for case in CASES for p in case["people"]) >= 4


@pytest.mark.parametrize("case", CASES, ids=[case["note"] for case in CASES])
def test_golden_case_spans_are_the_text(case: dict[str, Any]) -> None:
    text = case["text"]
    for person in case["people"]:
        assert text[person["start"] : person["end"]] == person["surface"]
        for item in person["aliases"] + person["mentions"]:
            assert text[item["start"] : item["end"]] == item["text"]


@pytest.mark.parametrize("case", CASES, ids=[case["note"] for case in CASES])
def test_golden_sentence_gives_expected_people(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_people(text)
    expected = [{k: v for k, v in p.items() if k != "mentions"} for p in case["people"]]
    assert [_shape(p) for p in found] == expected
    for person, want in zip(found, case["people"], strict=True):
        assert person.span.of(text) == person.surface
        assert all(span.of(text) == alias for span, alias in person.aliases)
        assert person.span in person.mentions
        spans = {(s.start, s.end) for s in person.mentions}
        assert {(m["start"], m["end"]) for m in want["mentions"]} <= spans
        assert person.latin and person.latin.isascii()
