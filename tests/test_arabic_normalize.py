"""normalize / fold: the folding table, and the offset map as a property."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import fold, normalize
from marsad.model import Span

CASES = [
    # hamza seats and alef forms
    ("أحمد", "احمد"),
    ("إدلب", "ادلب"),
    ("آذار", "اذار"),
    ("ٱلله", "الله"),
    ("مؤسسة", "موسسة".replace("ة", "ه")),
    ("رئيس", "رييس"),
    # alef maqsura, teh marbuta, Persian letters
    ("مصطفى", "مصطفي"),
    ("بصرى", "بصري"),
    ("مدينة", "مدينه"),
    ("درعا البلد", "درعا البلد"),
    ("سوریا", "سوريا"),
    ("کفرنبل", "كفرنبل"),
    # diacritics, shadda, superscript alef, tatweel
    ("قُتِلَ", "قتل"),
    ("شابٌّ", "شاب"),
    ("هٰذا", "هذا"),
    ("الرحمٰن", "الرحمن"),
    ("قـــتـل", "قتل"),
    ("ثلاثةً", "ثلاثه"),
    # digits and Arabic number punctuation
    ("٣ قتلى", "3 قتلى".replace("ى", "ي")),
    ("۱۵ شخصاً", "15 شخصا"),
    ("١٬٢٠٠", "1,200"),
    ("٣٫٥", "3.5"),
    ("٥٠٪", "50%"),
    # invisible characters and odd spaces
    ("درعا\u200f", "درعا"),
    ("\u202bحلب\u202c", "حلب"),
    ("\u2067ادلب\u2069", "ادلب"),
    ("مي\u200cخواهم", "ميخواهم"),
    ("\ufeffحمص", "حمص"),
    ("ريف\u00a0درعا", "ريف درعا"),
    ("ريف\u202fدرعا", "ريف درعا"),
    ("ريف\tدرعا", "ريف درعا"),
    # Latin capitals fold; presentation forms and ligatures decompose
    ("SY24", "sy24"),
    ("\ufedf\ufe8e", "لا"),  # ﻟ + ﺎ presentation forms
    ("\ufefb", "لا"),  # ﻻ lam-alef ligature
    ("\ufef7", "لا"),  # ﻷ lam-alef with hamza
    ("\ufe8d\ufeaa\ufedf\ufe90", "ادلب"),  # ﺍﺩﻟﺐ
    ("", ""),
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_normalize_folds_cases(original: str, expected: str) -> None:
    assert normalize(original).text == expected
    assert fold(original) == expected


@pytest.mark.parametrize(
    ("original", "start", "end", "span"),
    [
        ("وبإدلبَ", 2, 6, Span(2, 7)),  # the trailing fatha stays with the word
        ("قـــتـل", 0, 3, Span(0, 7)),
        ("\u200fدرعا", 0, 4, Span(1, 5)),
        ("\ufefbجئ", 0, 2, Span(0, 1)),  # both letters of ﻻ map to the one ligature
        ("\ufefbجئ", 1, 3, Span(0, 2)),
        ("abc", 1, 1, Span(1, 1)),
    ],
)
def test_normalize_span_to_original_cases(original: str, start: int, end: int, span: Span) -> None:
    assert normalize(original).span_to_original(start, end) == span


def test_normalize_to_original_end_maps_to_end() -> None:
    text = "قُتِلَ"
    norm = normalize(text)
    assert norm.to_original(len(norm.text)) == len(text)


# Arabic blocks, presentation forms, ligatures, marks and controls, plus anything else
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PRESENTATION = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF)
CONTROLS = st.sampled_from(
    [
        *("\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202b", "\u202c", "\u2067"),
        *("\u0640", "\u00a0", "\t", "\n", " ", "\ufdfa", "\ufdfb", "\u0670", "\u0651"),
    ]
)
ANY = st.characters(codec="utf-8")  # any character but surrogates
MIXED_TEXT = st.text(st.one_of(ARABIC, PRESENTATION, CONTROLS, ANY), max_size=60)


@settings(max_examples=400)
@given(MIXED_TEXT)
def test_normalize_every_char_maps_to_an_original_char_that_yields_it(text: str) -> None:
    norm = normalize(text)
    for index, char in enumerate(norm.text):
        origin = norm.to_original(index)
        assert 0 <= origin < len(text)
        assert char in normalize(text[origin]).text


@settings(max_examples=400)
@given(MIXED_TEXT, st.data())
def test_normalize_spans_map_inside_the_original(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    start = data.draw(st.integers(0, len(norm.text)))
    end = data.draw(st.integers(start, len(norm.text)))
    span = norm.span_to_original(start, end)
    assert 0 <= span.start <= span.end <= len(text)
    if end > start:
        # every normalized character of the span comes from inside the original span
        for index in range(start, end):
            assert span.start <= norm.to_original(index) < span.end
        # and the original span normalizes to (at least) the normalized slice
        assert norm.text[start:end] in normalize(text[span.start : span.end]).text


@settings(max_examples=400)
@given(MIXED_TEXT)
def test_normalize_is_idempotent_and_fold_agrees(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
    assert fold(text) == once


@given(st.text(ANY, max_size=200))
def test_normalize_never_raises_on_arbitrary_unicode(text: str) -> None:
    norm = normalize(text)
    assert norm.original == text


def test_normalize_negative_index_maps_to_the_start() -> None:
    norm = normalize("\u200fدرعا")
    assert norm.to_original(-3) == norm.to_original(0) == 1
