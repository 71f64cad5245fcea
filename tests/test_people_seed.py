"""People of the seed article and of the sample corpus, and the docstring examples."""

from __future__ import annotations

import doctest
import importlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.people import find_people

from .conftest import EXAMPLES

SEED_PEOPLE = [
    ("أسامة عزيزية", ["أبو الليث"], False),
    ("الشايب", [], False),
    ("أبو الحسن الهاشمي القرشي", [], False),
    ("فايز الراضي", [], False),
    ("نادر خلف أبو نبوت", ["أبو جزوان"], False),
    ("محمد المسالمة", ["هفو"], False),
    ("أحمد حسان", [], True),
    ("أبو طارق الصبيحي", [], False),
]


def test_seed_people_aliases_and_pseudonym(seed_text: str) -> None:
    found = find_people(seed_text)
    got = [(p.surface, [alias for _, alias in p.aliases], p.pseudonym) for p in found]
    assert got == SEED_PEOPLE
    for person in found:
        assert person.span.of(seed_text) == person.surface
        assert all(span.of(seed_text) == alias for span, alias in person.aliases)


def test_seed_people_have_latin_names(seed_text: str) -> None:
    latin = {p.surface: p.latin for p in find_people(seed_text)}
    assert latin["أسامة عزيزية"] == "Usama Aziziya"
    assert latin["أبو الحسن الهاشمي القرشي"] == "Abu al-Hasan al-Hashimi al-Qurashi"


def _sample_texts() -> list[str]:
    texts = []
    for path in sorted((EXAMPLES / "jsonl").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


@pytest.mark.parametrize("text", _sample_texts(), ids=lambda t: t[:30])
def test_sample_people_spans_point_into_the_text(text: str) -> None:
    for person in find_people(text):
        assert person.span.of(text) == person.surface
        for span in (*person.mentions, *(s for s, _ in person.aliases)):
            assert 0 <= span.start < span.end <= len(text)
        assert all(span.of(text) == alias for span, alias in person.aliases)
        assert len(person.alias_kinds) == len(person.aliases)
        assert 0.0 < person.confidence <= 1.0


def test_people_stage_handles_empty_and_odd_text() -> None:
    odd: list[Any] = ["", "   ", "\u200f\u200f", "(((", "”", "المدعو", "الملقب (", "أبو"]
    for text in odd:
        assert find_people(text) == ()


MODULES = [
    "marsad.people.conll",
    "marsad.people.cues",
    "marsad.people.features",
    "marsad.people.find",
    "marsad.people.constructions",
    "marsad.people.uncued",
    "marsad.people.lexicon",
    "marsad.people.names",
    "marsad.people.tagger",
    "marsad.people.transliterate",
]


@pytest.mark.parametrize("name", MODULES)
def test_people_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


_WORDS = st.sampled_from(
    "المدعو الملقب والملقب بـ باسم يدعى الشاب الناشط أبو أم محمد أحمد الحريري الذي في "
    'اسم مستعار واسمه الحقيقي القيادي قائد ( ) “ ” " « » ، . بن عبد الله درعا'.split()
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=25))
def test_people_stage_takes_any_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for person in find_people(text):
        assert person.span.of(text) == person.surface and person.surface.strip()
        for span, alias in person.aliases:
            assert span.of(text) == alias
        for span in person.mentions:
            assert 0 <= span.start < span.end <= len(text)
