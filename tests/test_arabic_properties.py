"""Every public function of marsad.arabic takes arbitrary Unicode without raising,
and every span it returns points at the text it claims."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import (
    find_dates,
    find_numbers,
    infer_publication_year,
    parse_number,
    segment,
    sentences,
    stem_candidates,
    tokens,
)
from marsad.model import PartialDate

# Arabic news vocabulary mixed with random characters, so that the grammars are
# exercised near their edges and not only on noise
WORDS = st.sampled_from(
    [
        "قبل",
        "يومين",
        "منذ",
        "ثلاثة",
        "أيام",
        "أمس",
        "اليوم",
        "الأحد",
        "ليلة",
        "الخميس",
        "-",
        "/",
        "الجمعة",
        "الماضي",
        "العام",
        "الشهر",
        "الأسبوع",
        "ذاته",
        "نفسه",
        "من",
        "أواخر",
        "تشرين",
        "الثاني",
        "الأول",
        "أيلول",
        "سبتمبر",
        "آب",
        "رمضان",
        "1444",
        "2022",
        "٢٠٢٢",
        "7/9/2022",
        "31/2/2022",
        "99",
        "0",
        "00",
        "أكثر",
        "عشر",
        "عشرة",
        "اثنا",
        "اثنتين",
        "عشرات",
        "الآلاف",
        "آلاف",
        "مئة",
        "وخمسون",
        "ألفين",
        "عدد",
        "قتيلان",
        "بثلاثة",
        "الثامن",
        "عام",
        "في",
        "هـ",
        "م",
        ".",
        "؟",
        "،",
        "\n",
        "د.",
        "SY24.net",
        "\u200f",
        "\u0640",
        "\ufefb",
        "\u064b",
        "مليون",
        "1.5",
        "1,200",
        "يوماً",
        "أول",
        "الخامس",
        "عشر",
        "هذا",
        "الحالي",
        "المقبل",
        "بعد",
        "على",
    ]
)
NEWSY = st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=25).map(" ".join)
# any character but surrogates
ANY = st.text(st.characters(codec="utf-8"), max_size=120)
TEXT = st.one_of(NEWSY, ANY)
PUBLISHED = st.one_of(
    st.none(),
    st.dates().map(lambda d: PartialDate(d.isoformat(), "day")),
    st.integers(1, 9999).map(lambda y: PartialDate(f"{y:04d}", "year")),
    st.sampled_from([PartialDate("2022-13", "month"), PartialDate("junk", "day")]),
)


@settings(max_examples=300)
@given(TEXT)
def test_sentences_never_raise_and_spans_are_trimmed(text: str) -> None:
    for span in sentences(text):
        assert 0 <= span.start < span.end <= len(text)
        assert span.of(text).strip()


@settings(max_examples=300)
@given(TEXT)
def test_tokens_never_raise_and_spans_point_into_the_text(text: str) -> None:
    for tok in tokens(text):
        assert tok.span.of(text) == tok.surface
        assert tok.stem_span.of(text) == tok.stem
        assert tok.span.contains(tok.stem_span)


@settings(max_examples=300)
@given(TEXT)
def test_stem_candidates_and_segment_never_raise(text: str) -> None:
    for offset, stem in stem_candidates(text):
        assert text[offset:] == stem
    offset, _parts = segment(text)
    assert 0 <= offset <= len(text)


@settings(max_examples=300)
@given(TEXT)
def test_find_numbers_never_raise_and_spans_match(text: str) -> None:
    for mention in find_numbers(text):
        assert mention.span.of(text) == mention.surface
        assert mention.value >= 0
    parse_number(text)


@settings(max_examples=300)
@given(TEXT, PUBLISHED)
def test_find_dates_never_raise_and_spans_match(text: str, published: PartialDate | None) -> None:
    for mention in find_dates(text, published):
        assert mention.span.of(text) == mention.expression
        if mention.date is not None:
            assert mention.date.precision in ("day", "week", "month", "year")
    infer_publication_year(text)
