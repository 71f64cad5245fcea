"""Relations stated in the text, each with the sentence that states it."""

from __future__ import annotations

import pytest

from marsad import extract
from marsad.relations.lexicon import CLASSES, entries

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
        "وتتحرك المجموعة بغطاء من حزب الله اللبناني في ريف القنيطرة.",
        None,
    ),
    (
        "وتنشط خلية لتنظيم داعش في ريف القنيطرة بغطاء من حزب الله اللبناني.",
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


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {
        (r.type, r.head, r.tail)
        for r in extract(text, published="2025-05-20").relations
        if r.type != "alias_of"
    }


# Sentences as outlets write them (the people are invented); each states the relation.
STATED = [
    pytest.param(
        "قُتل الشاب رائد سليم الحوراني، الملقب «أبو سليم»، وهو عنصر في قوات سوريا "
        "الديمقراطية، مساء أمس في ريف دير الزور.",
        ("member_of", "رائد سليم الحوراني", "قوات سوريا الديمقراطية"),
        id="role-after-name-and-alias",
    ),
    pytest.param(
        "والقتيل “فادي سليم الخطيب” مقاتل سابق في صفوف اللواء الثامن، ويعمل حالياً في تجارة "
        "المواشي.",
        ("member_of", "فادي سليم الخطيب", "اللواء الثامن"),
        id="former-fighter-in-ranks",
    ),
    pytest.param(
        "اغتال مسلحون مجهولون عنصراً في الأمن العام يُدعى ماجد خليل الدرويش أمام منزله في مدينة طفس.",
        ("member_of", "ماجد خليل الدرويش", "الأمن العام"),
        id="role-then-group-then-name",
    ),
    pytest.param(
        "وقال القيادي في جيش العزة المدعو “سامر يوسف النعسان” إن الفصائل صدّت الهجوم.",
        ("member_of", "سامر يوسف النعسان", "جيش العزة"),
        id="commander-in-group-then-name",
    ),
    pytest.param(
        "وكان “أبو عبدو” قائد مجموعة في فصيل جيش العزة قبل التسوية.",
        ("member_of", "أبو عبدو", "جيش العزة"),
        id="group-commander-is-a-member",
    ),
    pytest.param(
        "وكان المدعو وليد حسن العمر قد انضم إلى صفوف قوات سوريا الديمقراطية عام 2019.",
        ("member_of", "وليد حسن العمر", "قوات سوريا الديمقراطية"),
        id="joined-the-ranks",
    ),
    pytest.param(
        "وأوضح المراسل أن المدعو “باسل فهد الزعبي” كان يعمل ضمن مجموعة محلية تتبع لفرع الأمن "
        "العسكري قبل سقوط النظام.",
        ("member_of", "باسل فهد الزعبي", "فرع الأمن العسكري"),
        id="local-group-of-a-branch",
    ),
    pytest.param(
        "اشتبك عناصر من الأسايش التابعة لقوات سوريا الديمقراطية مع شبان في حي الشيخ مقصود.",
        ("member_of", "الأسايش", "قوات سوريا الديمقراطية"),
        id="sub-unit-of-parent",
    ),
    pytest.param(
        "قُتل عنصران من قوات سوريا الديمقراطية بهجوم شنته خلايا تنظيم داعش على حاجز في بلدة "
        "الشحيل. وقال المراسل إن القتيلين هما خالد جاسم الحمد وعمر فيصل العبيد.",
        ("member_of", "عمر فيصل العبيد", "قوات سوريا الديمقراطية"),
        id="the-dead-named-later",
    ),
    pytest.param(
        "قُتل عنصران من قوات سوريا الديمقراطية بهجوم شنته خلايا تنظيم داعش على حاجز في بلدة "
        "الشحيل. وقال المراسل إن القتيلين هما خالد جاسم الحمد وعمر فيصل العبيد.",
        ("killed_by", "خالد جاسم الحمد", "تنظيم داعش"),
        id="the-dead-killed-by-the-attackers",
    ),
    pytest.param(
        "فككت وحدات الأمن الداخلي خلية تتبع لتنظيم داعش في ريف حمص. وأسفرت العملية عن القبض "
        "على متزعم الخلية المدعو فراس عادل الشيخ.",
        ("member_of", "فراس عادل الشيخ", "تنظيم داعش"),
        id="cell-leader-belongs-to-the-cells-group",
    ),
    pytest.param(
        "ونعت قيادة الأمن الداخلي العنصرين محمود سامي الخطيب وعلي حسن النجار.",
        ("member_of", "علي حسن النجار", "قيادة الأمن الداخلي"),
        id="mourned-by-their-group",
    ),
    pytest.param(
        "ووقع الاتفاق عن الفصائل القائد العام لقوات سوريا الديمقراطية مظلوم عبدي في دمشق.",
        ("leads", "مظلوم عبدي", "قوات سوريا الديمقراطية"),
        id="commander-in-chief",
    ),
    pytest.param(
        "قُتل عنصر سابق في ميليشيا الدفاع الوطني التي كان يقودها المدعو نزار علي صقر.",
        ("leads", "نزار علي صقر", "ميليشيا الدفاع الوطني"),
        id="group-he-led",
    ),
    pytest.param(
        "اندلعت اشتباكات بين قسد وفصائل الجيش الوطني السوري المدعومة من الجيش التركي قرب سد تشرين.",
        ("facilitated_by", "فصائل الجيش الوطني السوري", "الجيش التركي"),
        id="backed-by",
    ),
    pytest.param(
        "وصباح اليوم داهمت دوريات تابعة لقسد، بمساندة مروحيات التحالف الدولي، منازل في بلدة "
        "الشحيل.",
        ("facilitated_by", "قسد", "التحالف الدولي"),
        id="raid-with-coalition-helicopters",
    ),
    pytest.param(
        "وقصفت قوات النظام المتمركزة في محيط مدينة كفرنبل قرية معرة حرمة.",
        ("located_in", "قوات النظام", "كفرنبل"),
        id="stationed-around-a-town",
    ),
    pytest.param(
        "وتعرضت بلدة ذيبان الواقعة تحت سيطرة قسد لقصف مدفعي.",
        ("located_in", "قسد", "ذيبان"),
        id="town-held-by",
    ),
    pytest.param(
        "ويأتي ذلك بعد أسبوع من مقتل الراعي “سامي خليل العواد” برصاص الجيش الإسرائيلي قرب "
        "بلدة جملة.",
        ("killed_by", "سامي خليل العواد", "الجيش الإسرائيلي"),
        id="killed-by-fire-of",
    ),
]


@pytest.mark.parametrize(("text", "relation"), STATED)
def test_relation_stated_is_found(text: str, relation: tuple[str, str, str]) -> None:
    assert relation in _relations(text)


# Sentences that look like a relation and state none (or another one).
NOT_STATED = [
    pytest.param(
        "وقّع الاتفاقَ الرئيس أحمد الشرع وقائد قوات سوريا الديمقراطية مظلوم عبدي في دمشق.",
        ("leads", "أحمد الشرع", "قوات سوريا الديمقراطية"),
        id="and-the-commander-is-someone-else",
    ),
    pytest.param(
        "والمدعو “حسان فايز الحلبي” مقاتل سابق، ولم ينتسب إلى أي تشكيل عسكري تابع لقوات النظام "
        "بعد التسوية.",
        ("member_of", "حسان فايز الحلبي", "قوات النظام"),
        id="never-joined",
    ),
    pytest.param(
        "ألقت وحدات الأمن الداخلي القبض على خلية تتبع لفلول النظام البائد في ريف جبلة.",
        ("member_of", "الأمن الداخلي", "النظام البائد"),
        id="arresting-force-is-not-the-cells-group",
    ),
    pytest.param(
        "نفذت قوى الأمن الداخلي بالتنسيق مع وزارة الدفاع حملة أمنية في ريف درعا.",
        ("facilitated_by", "قوى الأمن الداخلي", "وزارة الدفاع"),
        id="coordination-is-not-cover",
    ),
    pytest.param(
        "قُتل عنصر من الأمن العام بهجوم في مدينة الميادين. ونقل المراسل عن أحد أقارب الضحية، "
        "ويدعى جميل حسن الراشد، أن العائلة تطالب بالتحقيق.",
        ("member_of", "جميل حسن الراشد", "الأمن العام"),
        id="relative-of-the-dead",
    ),
    pytest.param(
        "قُتل شاب برصاص عناصر من الأسايش في مدينة الطبقة. وقال المراسل إن القتيل يدعى عمر "
        "فواز الحسين.",
        ("member_of", "عمر فواز الحسين", "الأسايش"),
        id="killers-are-not-the-victims-group",
    ),
    pytest.param(
        "قُتل المدعو “رامي خالد الصالح”، وهو عنصر في اللواء الثامن، ووالده في هجوم على منزلهما.",
        ("killed_by", "رامي خالد الصالح", "اللواء الثامن"),
        id="own-group-is-not-the-killer",
    ),
    pytest.param(
        "والمدعو “عمار يوسف الكفري” مقاتل سابق في صفوف فصائل المعارضة.",
        ("member_of", "عمار يوسف الكفري", "فصائل المعارضة"),
        id="the-opposition-at-large-is-no-group",
    ),
]


@pytest.mark.parametrize(("text", "relation"), NOT_STATED)
def test_relation_not_stated_is_not_found(text: str, relation: tuple[str, str, str]) -> None:
    assert relation not in _relations(text)


def test_a_kind_of_group_is_in_no_relation() -> None:
    text = "وكان ياسر محمود العلي قد انضم بعد التسوية إلى مجموعة محلية في مدينة نوى."
    assert not {r for r in _relations(text) if "مجموعة محلية" in r}


def test_cue_table_has_only_known_classes() -> None:
    assert set(entries()) == CLASSES
    assert all(entries()[name] for name in CLASSES), "a word class with no phrases"
