"""sentences: where Arabic news text splits and where it must not."""

from __future__ import annotations

from itertools import pairwise

import pytest

from marsad.arabic.sentences import sentences

CASES: list[tuple[str, list[str]]] = [
    # terminators
    ("قُتل شاب في درعا. وأصيب آخر.", ["قُتل شاب في درعا.", "وأصيب آخر."]),
    ("من يقف وراء الهجوم؟ لا أحد يعرف", ["من يقف وراء الهجوم؟", "لا أحد يعرف"]),
    ("What happened? Nobody knows", ["What happened?", "Nobody knows"]),
    ("انفجار عنيف! ودخان كثيف", ["انفجار عنيف!", "ودخان كثيف"]),
    ("قُتل شخصان في درعا؛ وأصيب ثلاثة", ["قُتل شخصان في درعا؛", "وأصيب ثلاثة"]),
    ("ماذا يجري؟! لا جواب", ["ماذا يجري؟!", "لا جواب"]),
    ("توقف القصف... ثم عاد", ["توقف القصف...", "ثم عاد"]),
    # line breaks, blank lines and whitespace
    ("خاص - SY24\n\nفلول تنظيم داعش", ["خاص - SY24", "فلول تنظيم داعش"]),
    ("  قُتل شاب  \r\n  وأصيب آخر  ", ["قُتل شاب", "وأصيب آخر"]),
    ("العنوان\u2029النص", ["العنوان", "النص"]),
    ("قال: “انتهى\nالأمر”", ["قال: “انتهى", "الأمر”"]),
    # not at commas
    ("قُتل شاب، وأصيب آخر, ونزح العشرات.", ["قُتل شاب، وأصيب آخر, ونزح العشرات."]),
    # not at abbreviations and initials
    ("قال د. أحمد إن الوضع خطير.", ["قال د. أحمد إن الوضع خطير."]),
    ("التقى م. خالد بالأهالي.", ["التقى م. خالد بالأهالي."]),
    ("وقّع ع. الحمصي البيان.", ["وقّع ع. الحمصي البيان."]),
    ("أكد أ.د. محمد ذلك.", ["أكد أ.د. محمد ذلك."]),
    ("said Dr. Smith today.", ["said Dr. Smith today."]),
    # but an era marker after a year does end the sentence
    ("ولد عام 2011م. ثم نزح", ["ولد عام 2011م.", "ثم نزح"]),
    # not in numbers, dates or domains
    ("بلغت المسافة 3.5 كم.", ["بلغت المسافة 3.5 كم."]),
    ("بلغت المسافة ٣.٥ كم وبلغ الوزن ٣٫٥ طن.", ["بلغت المسافة ٣.٥ كم وبلغ الوزن ٣٫٥ طن."]),
    ("في 7.9.2022 قُتل شاب.", ["في 7.9.2022 قُتل شاب."]),
    ("نشر موقع SY24.net الخبر. وأكده آخرون", ["نشر موقع SY24.net الخبر.", "وأكده آخرون"]),
    (
        "المصدر: https://www.sy24.net/news?id=3! انتهى",
        ["المصدر: https://www.sy24.net/news?id=3!", "انتهى"],
    ),
    ("زوروا www.enabbaladi.net. شكراً", ["زوروا www.enabbaladi.net.", "شكراً"]),
    # closing quotes stay with their sentence
    ('قال: "انتهى الأمر." ثم غادر', ['قال: "انتهى الأمر."', "ثم غادر"]),
    ("قال: «انتهى؟» ثم صمت", ["قال: «انتهى؟»", "ثم صمت"]),
    # nothing to split
    ("", []),
    ("   \n\n  ", []),
    ("...", []),
    ("بدون نقطة", ["بدون نقطة"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences_cases(text: str, expected: list[str]) -> None:
    spans = sentences(text)
    assert [span.of(text) for span in spans] == expected
    for span in spans:
        assert span.of(text) == span.of(text).strip()
    assert all(a.end <= b.start for a, b in pairwise(spans))


def test_sentences_on_seed_paragraph() -> None:
    text = (
        "من يقف وراء إحياء داعش في الجنوب السوري؟ \n\nخاص - SY24\n\n"
        "مصادر خاصة أكدت لمنصة SY24، أن الفترة الأخيرة شهدت نقل تلك المجموعات إلى "
        "ريف درعا الشمالي الشرقي، تحت حماية من المخابرات الجوية.\n"
    )
    got = [span.of(text) for span in sentences(text)]
    assert got == [
        "من يقف وراء إحياء داعش في الجنوب السوري؟",
        "خاص - SY24",
        "مصادر خاصة أكدت لمنصة SY24، أن الفترة الأخيرة شهدت نقل تلك المجموعات إلى "
        "ريف درعا الشمالي الشرقي، تحت حماية من المخابرات الجوية.",
    ]
