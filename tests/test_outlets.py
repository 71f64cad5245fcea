"""Outlets are organisations the text cites, never actors or places."""

from __future__ import annotations

import pytest

from marsad import extract
from marsad.outlets import find_outlets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مصادر خاصة أكدت لمنصة SY24 أن الاجتماع عقد في إنخل.", [("منصة SY24", "SY24")]),
        ("وقال مراسل عنب بلدي في إدلب إن القصف استهدف البلدة.", [("عنب بلدي", "عنب بلدي")]),
        (
            "وثّق المرصد السوري لحقوق الإنسان مقتل شاب.",
            [("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان")],
        ),
        ("بحسب ما أكده أحد أقاربه لدرعا 24.", [("درعا 24", "درعا 24")]),
        ("قُتل شاب في مدينة درعا.", []),
        # an outlet's number is no toll: "مراسل دير الزور 24 إن القتيل"
        ("وقال مراسل دير الزور 24 إن القتيل يُدعى خالد.", [("دير الزور 24", "دير الزور 24")]),
        ("وأفاد مراسل وكالة ستيب الإخبارية في الحسكة.", [("وكالة ستيب الإخبارية", "ستيب نيوز")]),
    ],
)
def test_find_outlets_names_the_cited_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_outlets(text)
    assert [(o.surface, o.name) for o in found] == expected
    for outlet in found:
        assert text[outlet.span.start : outlet.span.end] == outlet.surface


def test_outlet_is_an_organisation_with_its_other_name_and_not_a_place() -> None:
    text = "وقال مراسل درعا 24 إن مسلحين مجهولين اغتالوا شاباً في بلدة نوى. وحسب ما رصدته منصة SY24 فإن الشاب من أبناء البلدة."
    entities = {(e.type, e.text): e for e in extract(text, published="2023-05-01").entities}
    assert ("ORG", "درعا 24") in entities
    assert entities[("ORG", "SY24")].aliases == ("منصة SY24",)
    assert ("LOC", "درعا") not in entities
    assert ("LOC", "نوى") in entities
