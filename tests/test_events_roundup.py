"""Statistics round-ups: which documents tally a period rather than report incidents."""

from __future__ import annotations

import pytest

from marsad.events.roundup import is_roundup
from marsad.model import Document, PartialDate
from marsad.pipeline import analyze

PUBLISHED = PartialDate("2025-11-02", "day")


def _document(title: str, text: str) -> Document:
    return Document(doc_id="t", text=text, published=PUBLISHED, title=title)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "حصيلة تشرين الأول في درعا",
            "وثّق مكتب التوثيق خلال شهر تشرين الأول مقتل 21 شخصاً في محافظة درعا، "
            "بينهم 6 أطفال، في 14 عملية اغتيال و7 حالات انفجار ألغام.",
        ),
        (
            "التقرير الأسبوعي",
            "رصدت الشبكة في تقريرها الأسبوعي 11 عملية أمنية في ريفي حمص وحماة، "
            "توزعت بين اغتيالات وعمليات خطف.",
        ),
        (
            "ألغام الرقة",
            "وثّقت منظمات محلية منذ مطلع العام مقتل 58 شخصاً بانفجار ألغام ومخلفات حرب "
            "في ريف الرقة، و23 حالة بتر أطراف.",
        ),
    ],
)
def test_a_tally_of_a_period_is_a_roundup(title: str, text: str) -> None:
    assert is_roundup(_document(title, text))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # SOHR opens every report with «وثّق المرصد» and may close on a year's tally
        (
            "حصيلة يوم دامٍ في ريف دير الزور",
            "وثّق المرصد السوري مقتل عنصر في الأسايش برصاص مسلحين مجهولين في بلدة ذيبان، "
            "مساء أمس، حيث كان خارج أوقات خدمته.\nووفقاً لمصادر المرصد السوري، فإن القتيل "
            "ينحدر من البلدة ذاتها، ولم تتبنَّ أي جهة عملية الاغتيال.\nوفي سياق متصل، هاجم "
            "مسلحون من خلايا التنظيم حاجزاً عند مدخل بلدة أبريها، فجر اليوم، ما أدى إلى "
            "اندلاع اشتباكات استمرت لدقائق.\nفي حين اعتقلت دورية ثلاثة أشخاص خلال مداهمة "
            "منازلهم في مدينة الميادين، بتهمة الاتجار بالمخدرات.\n"
            "وأحصى المرصد السوري، منذ مطلع العام، 61 عملية نفذتها خلايا التنظيم، "
            "أسفرت عن مقتل 19 شخصاً.",
        ),
        (
            "مقتل شاب في جاسم",
            "قُتل شاب برصاص مجهولين في مدينة جاسم مساء أمس، وفق ما وثّقه مراسلنا.",
        ),
    ],
)
def test_a_report_of_incidents_is_no_roundup(title: str, text: str) -> None:
    assert not is_roundup(_document(title, text))


def test_a_daily_report_ending_on_a_tally_keeps_its_incidents() -> None:
    text = (
        "وثّق المرصد السوري لحقوق الإنسان مقتل عنصر في قوى الأمن الداخلي برصاص مسلحين "
        "مجهولين أمام منزله في بلدة ذيبان بريف دير الزور الشرقي، مساء أمس.\n"
        "ووفقاً لمصادر المرصد السوري، فإن القتيل ينحدر من البلدة ذاتها، ولم تتبنَّ أي جهة "
        "عملية الاغتيال، فيما أصيب طفله بجروح طفيفة جراء الاستهداف.\n"
        "كما انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد قرب بلدة الطيانة، "
        "ما أدى إلى إصابة عنصرين بجروح.\n"
        "في حين اعتقلت دورية تابعة للأمن العام ثلاثة أشخاص خلال مداهمة منازلهم "
        "في مدينة الميادين.\n"
        "وأحصى المرصد السوري، منذ مطلع العام 2025، 61 عملية نفذتها خلايا التنظيم "
        "أسفرت عن مقتل 19 شخصاً."
    )
    result = analyze(_document("حصيلة يوم دامٍ في ريف دير الزور", text))
    assert not result.stats
    assert {e.location.name for e in result.events if e.location} >= {"ذيبان", "الميادين"}
    assert "Remote explosive/landmine/IED" in {e.sub_event_type for e in result.events}
