"""Relations stated in the text, each with the sentence that states it."""

from __future__ import annotations

import pytest

from marsad import extract

CASES = [
    (
        "ويعد المدعو “محمد المسالمة” المبايع لتنظيم داعش من أبرز المطلوبين في درعا البلد.",
        ("member_of", "محمد المسالمة", "تنظيم داعش"),
    ),
    (
        "قُتل المدعو “رامي الحلقي”، وهو عنصر في تنظيم داعش، خلال الاشتباكات في مدينة جاسم.",
        ("member_of", "رامي الحلقي", "تنظيم داعش"),
    ),
    (
        "تعيد خلايا تنظيم داعش تنظيم صفوفها بتسهيل من الأمن العسكري في ريف درعا.",
        ("facilitated_by", "تنظيم داعش", "الأمن العسكري"),
    ),
    (
        "ويتنقل عناصر داعش بين القرى تحت حماية من المخابرات الجوية، بحسب مصادر محلية.",
        ("facilitated_by", "داعش", "المخابرات الجوية"),
    ),
    (
        # no named group before the cue: nothing to relate
        "وتتحرك المجموعة بالتنسيق مع حزب الله اللبناني في ريف القنيطرة.",
        None,
    ),
    (
        "وتنشط خلية لتنظيم داعش في ريف القنيطرة بالتنسيق مع حزب الله اللبناني.",
        ("facilitated_by", "تنظيم داعش", "حزب الله اللبناني"),
    ),
    ("وهم يتوزعون في بلدة نصيب حالياً، بحسب الناشط.", None),
    (
        "قالت مصادر إن خلايا تنظيم داعش يتوزعون في بلدة نصيب حالياً.",
        ("located_in", "تنظيم داعش", "نصيب"),
    ),
    (
        "أسفرت الضربات عن مقتل الزعيم العام لتنظيم داعش (أبو الحسن الهاشمي القرشي).",
        ("leads", "أبو الحسن الهاشمي القرشي", "تنظيم داعش"),
    ),
    (
        "وقتل اللواء الثامن المدعو “فايز الراضي” في حملة على مواقع التنظيم شرقي درعا.",
        ("killed_by", "فايز الراضي", "اللواء الثامن"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_relation_is_read_with_its_evidence(
    text: str, expected: tuple[str, str | None, str] | None
) -> None:
    relations = extract(text, published="2023-01-20").relations
    if expected is None:
        assert not [r for r in relations if r.type != "alias_of"]
        return
    kind, head, tail = expected
    found = [r for r in relations if r.type == kind and r.tail == tail]
    assert found, [(r.type, r.head, r.tail) for r in relations]
    if head is not None:
        assert found[0].head == head
    assert found[0].evidence.start == 0 and found[0].evidence.end <= len(text)


def test_alias_relation_points_alias_to_name() -> None:
    text = "قتل المدعو “نادر خلف أبو نبوت” الملقب باسم “أبو جزوان” برصاص مجهولين في درعا البلد."
    aliases = [(r.head, r.tail) for r in extract(text).relations if r.type == "alias_of"]
    assert aliases == [("أبو جزوان", "نادر خلف أبو نبوت")]


def test_unidentified_killers_are_nobody_to_name() -> None:
    text = "قُتل المدعو “نادر خلف” برصاص مسلحين مجهولين في درعا البلد، مساء أمس."
    assert not [r for r in extract(text, published="2023-01-20").relations if r.type == "killed_by"]


def test_own_group_is_not_the_killer() -> None:
    text = "أسفرت الضربات عن مقتل الزعيم العام لتنظيم داعش (أبو الحسن الهاشمي القرشي)."
    kinds = {r.type for r in extract(text, published="2023-01-20").relations}
    assert "killed_by" not in kinds
