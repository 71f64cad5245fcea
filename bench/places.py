"""Benchmark ``find_places``: automaton load time and matching throughput.

Builds a corpus of at least 1 MB by shuffling sentences in the style of Syrian local
outlets (places, region phrases, common-word traps, person names) and prints:
load time of the gazetteer (tables, lexicon, automaton), MB/s and mentions/s.

    python bench/places.py [--mb 1.0] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import time

from marsad.gazetteer import find_places
from marsad.gazetteer.entries import load_entries
from marsad.gazetteer.lexicon import load_lexicon
from marsad.gazetteer.matcher import load_automaton

TEMPLATES = (
    "قتل شاب برصاص مجهولين في بلدة {town} بريف درعا {side}، بحسب ما أفاد مراسلنا.",
    "اقتحمت قوات النظام مدينة {town} وشنت حملة دهم واعتقالات طالت عدداً من الشبان.",
    "انفجرت عبوة ناسفة على طريق {town} - {other} دون وقوع إصابات في صفوف المدنيين.",
    "نصيب الأسد من الدعم ذهب إلى الفصائل المحلية في المنطقة الشرقية.",
    "قال الناشط أبو محمد الحوراني إن الأمن العسكري اعتقل المدعو جاسم الحريري.",
    "وصلت تعزيزات عسكرية إلى الريف الشمالي الشرقي لمحافظة درعا قادمة من دمشق.",
    "هاجم عناصر من تنظيم داعش نقطة عسكرية في بادية السويداء الشرقية.",
    "عدوان النظام على المدنيين مستمر منذ سنوات بحسب تقارير حقوقية.",
    "تتواصل عمليات تهريب المخدرات من سوريا إلى الأردن عبر معبر نصيب الحدودي.",
    "شهدت ساحة الكرامة في مدينة السويداء احتجاجات واسعة ضد الحكومة.",
)
TOWNS = (
    "جاسم",
    "إنخل",
    "طفس",
    "نوى",
    "الحراك",
    "المزيريب",
    "داعل",
    "إزرع",
    "الصنمين",
    "بصرى الشام",
)
SIDES = ("الغربي", "الشرقي", "الشمالي", "الجنوبي")


def corpus(megabytes: float, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        sentence = rng.choice(TEMPLATES).format(
            town=rng.choice(TOWNS), other=rng.choice(TOWNS), side=rng.choice(SIDES)
        )
        parts.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description="find_places throughput")
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (UTF-8)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--doc-chars", type=int, default=3000, help="characters per document")
    args = parser.parse_args()

    started = time.perf_counter()
    load_entries()
    load_lexicon()
    load_automaton()
    load_seconds = time.perf_counter() - started

    text = corpus(args.mb, args.seed)
    documents = [text[i : i + args.doc_chars] for i in range(0, len(text), args.doc_chars)]
    megabytes = len(text.encode("utf-8")) / 1_000_000
    started = time.perf_counter()
    mentions = sum(len(find_places(doc)) for doc in documents)
    seconds = time.perf_counter() - started

    print(f"gazetteer load (tables + lexicon + automaton): {load_seconds:.3f} s")
    print(f"corpus: {megabytes:.2f} MB in {len(documents)} documents of {args.doc_chars} chars")
    print(f"matched {mentions} mentions in {seconds:.2f} s")
    print(f"throughput: {megabytes / seconds:.2f} MB/s, {mentions / seconds:,.0f} mentions/s")


if __name__ == "__main__":
    main()
