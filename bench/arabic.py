"""Throughput of the Arabic text layer on a generated news-like corpus.

Builds a deterministic corpus of at least 1 MB (UTF-8) of Arabic sentences in the
style of Syrian local outlets from templates, splits it into articles, and prints
MB/s for normalize, sentences, tokens, find_numbers and find_dates called once per
article (as the pipeline calls them). Not a test: it prints figures and asserts
nothing about time.

    python bench/arabic.py
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

SEED = 20221107
TARGET_BYTES = 1_100_000  # a little over 1 MB so the figure is per real megabyte
SENTENCES_PER_ARTICLE = 14  # a typical SY24 / Enab Baladi report

PLACES = [
    "درعا البلد",
    "جاسم",
    "إنخل",
    "نوى",
    "طفس",
    "بصرى الشام",
    "السويداء",
    "شهبا",
    "إدلب",
    "سراقب",
    "كفرنبل",
    "أريحا",
    "جسر الشغور",
    "الأتارب",
    "دير الزور",
    "الميادين",
    "البوكمال",
    "الرقة",
    "منبج",
    "الباب",
    "عفرين",
    "حلب",
    "حمص",
    "تدمر",
    "القامشلي",
]
ACTORS = [
    "قوات النظام",
    "الأمن العسكري",
    "المخابرات الجوية",
    "الفرقة الرابعة",
    "اللواء الثامن",
    "تنظيم داعش",
    "هيئة تحرير الشام",
    "قوات سوريا الديمقراطية",
    "الجيش الوطني",
    "ميليشيا الدفاع الوطني",
    "فصائل محلية",
    "مجهولون",
    "الطيران الروسي",
    "مسيّرة تركية",
]
VICTIMS = ["مدنيين", "عناصر", "أطفال", "نساء", "شبان", "مقاتلين", "قياديين"]
COUNTS = [
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ثلاثة وعشرين",
    "اثنا عشر",
    "عشرات",
    "عدد من",
    "أكثر من عشرة",
    "نحو 20",
    "١٢",
    "1,200",
    "قتيلين",
    "شخصين",
    "عدة",
    "مئة وخمسين",
    "ثماني",
]
WHEN = [
    "فجر اليوم الأحد",
    "مساء أمس",
    "قبل يومين",
    "الأسبوع الماضي",
    "يوم الخميس",
    "في 7 أيلول/سبتمبر 2022",
    "أواخر تشرين الثاني 2022",
    "في شهر تشرين الأول من العام الماضي",
    "منذ ثلاثة أيام",
    "ليلة الخميس-الجمعة",
    "في 7/9/2022",
    "مطلع الشهر الجاري",
    "في ١٥ رمضان ١٤٤٤",
    "عام 2011",
    "أواخر العام المنصرم",
    "في الأسبوع ذاته",
]
TEMPLATES = [
    "قُتل {count} {victim} {when} بقصف نفذته {actor} على مدينة {place}.",
    "وثّق المرصد مقتل {count} {victim} في {place} {when}، بحسب مصادر محلية.",
    "اغتال مجهولون قيادياً سابقاً في {place} {when}، ويعد قائد مجموعة تتبع لـ{actor}.",
    "وقال مراسلنا إن {actor} شنّت حملة أمنية في {place} {when} واعتقلت {count} {victim}.",
    "وأشار المصدر إلى أنه وصل {count} {victim} لمناطق غرب {place}، تحت حماية من {actor}.",
    "هل تعيد {actor} تكوين نفسها في {place}؟ يسأل الناشط د. أحمد حسان.",
    "وبحسب موقع SY24.net، انفجرت عبوة ناسفة {when} على طريق {place} وأسفرت عن 3.5 طن.",
    "وكان {actor} قد وجّه ضربات قوية للتنظيم {when}؛ أسفرت عن مقتل {count} {victim}.",
]


def build_corpus(rng: random.Random) -> list[str]:
    """Articles of templated sentences until the corpus passes TARGET_BYTES."""
    articles: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        lines = [
            rng.choice(TEMPLATES).format(
                count=rng.choice(COUNTS),
                victim=rng.choice(VICTIMS),
                when=rng.choice(WHEN),
                actor=rng.choice(ACTORS),
                place=rng.choice(PLACES),
            )
            for _ in range(SENTENCES_PER_ARTICLE)
        ]
        article = "\n".join(" ".join(lines[i : i + 3]) for i in range(0, len(lines), 3))
        articles.append(article)
        size += len(article.encode("utf-8"))
    return articles


def measure(
    name: str, func: Callable[[str], object], articles: list[str], megabytes: float
) -> None:
    start = time.perf_counter()
    found = 0
    for article in articles:
        result = func(article)
        found += len(result) if isinstance(result, tuple) else 1
    elapsed = time.perf_counter() - start
    print(f"{name:<14} {megabytes / elapsed:8.2f} MB/s  {elapsed:7.3f} s  {found:>8} items")


def main() -> None:
    start = time.perf_counter()
    from marsad.arabic import find_dates, find_numbers, normalize, sentences, tokens
    from marsad.model import PartialDate

    imported = time.perf_counter() - start
    start = time.perf_counter()
    find_dates("قبل يومين", PartialDate("2022-09-07", "day"))  # compiles the date patterns
    find_numbers("ثلاثة")
    tokens("وبدرعا")
    sentences("د. أحمد.")
    warmed = time.perf_counter() - start

    articles = build_corpus(random.Random(SEED))
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    published = PartialDate("2023-01-15", "day")
    print(f"corpus: {megabytes:.2f} MB in {len(articles)} articles (seed {SEED})")
    print(f"import marsad.arabic: {imported * 1000:.0f} ms; first calls: {warmed * 1000:.0f} ms")
    measure("normalize", normalize, articles, megabytes)
    measure("sentences", sentences, articles, megabytes)
    measure("tokens", tokens, articles, megabytes)
    measure("find_numbers", find_numbers, articles, megabytes)
    measure("find_dates", lambda text: find_dates(text, published), articles, megabytes)


if __name__ == "__main__":
    main()
