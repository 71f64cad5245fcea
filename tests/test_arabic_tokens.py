"""tokens / stem_candidates / segment: proclitics split off with their offsets."""

from __future__ import annotations

import pytest

from marsad.arabic.tokens import proclitic_splits, segment, stem_candidates, tokens

# (word, stem by default, proclitics by default)
SEGMENTS: list[tuple[str, str, tuple[str, ...]]] = [
    # article sequences (rule 2)
    ("المدينة", "مدينة", ("ال",)),
    ("والمقاتلين", "مقاتلين", ("و", "ال")),
    ("فالمدينة", "مدينة", ("ف", "ال")),
    ("بالسويداء", "سويداء", ("ب", "ال")),
    ("وبالسويداء", "سويداء", ("و", "ب", "ال")),
    ("فبالمدينة", "مدينة", ("ف", "ب", "ال")),
    ("كالعادة", "عادة", ("ك", "ال")),
    ("للتنظيم", "تنظيم", ("ل", "ال")),
    ("وللتنظيم", "تنظيم", ("و", "ل", "ال")),
    ("بالأمس", "أمس", ("ب", "ال")),
    ("الرقة", "رقة", ("ال",)),
    # rule 3: lone letters only when three letters stay
    ("وبدرعا", "درعا", ("و", "ب")),
    ("بدرعا", "درعا", ("ب",)),
    ("لتنظيم", "تنظيم", ("ل",)),
    ("وقصفت", "قصفت", ("و",)),
    ("فقتل", "قتل", ("ف",)),
    ("ولد", "ولد", ()),
    ("بين", "بين", ()),
    ("كفرنبل", "كفرنبل", ()),  # ك alone is never stripped
    ("كناكر", "كناكر", ()),
    # listed whole words stay whole, also after a conjunction
    ("بشار", "بشار", ()),
    ("وبشار", "بشار", ("و",)),
    ("لبنان", "لبنان", ()),
    ("ولبنان", "لبنان", ("و",)),
    ("فصائل", "فصائل", ()),
    ("والفصائل", "فصائل", ("و", "ال")),
    ("فرقة", "فرقة", ()),
    ("الذي", "الذي", ()),
    # the article's alef is bare; with hamza it is part of the word
    ("ألمانيا", "ألمانيا", ()),
    ("إلى", "إلى", ()),
    # diacritics and tatweel keep their offsets
    ("وَبِدَرْعَا", "دَرْعَا", ("و", "ب")),
    ("لـداعش", "داعش", ("ل",)),
    ("SY24", "SY24", ()),
]


@pytest.mark.parametrize(("word", "stem", "clitics"), SEGMENTS)
def test_segment_default_rule(word: str, stem: str, clitics: tuple[str, ...]) -> None:
    offset, parts = segment(word)
    assert word[offset:] == stem
    assert parts == clitics


@pytest.mark.parametrize(
    ("word", "candidates"),
    [
        ("وبالسويداء", [(0, "وبالسويداء"), (1, "بالسويداء"), (2, "السويداء"), (4, "سويداء")]),
        ("بشار", [(0, "بشار"), (1, "شار")]),
        ("لبنان", [(0, "لبنان"), (1, "بنان")]),
        ("للتنظيم", [(0, "للتنظيم"), (1, "لتنظيم"), (2, "تنظيم")]),
        ("ألمانيا", [(0, "ألمانيا")]),
        ("ولد", [(0, "ولد"), (1, "لد")]),
        ("و", [(0, "و")]),
        ("", []),
        ("SY24", [(0, "SY24")]),
    ],
)
def test_stem_candidates_longest_first(word: str, candidates: list[tuple[int, str]]) -> None:
    assert list(stem_candidates(word)) == candidates
    for offset, stem in candidates:
        assert word[offset:] == stem


def test_proclitic_splits_on_folded_words() -> None:
    assert proclitic_splits("وبالامس") == (
        (0, ()),
        (1, ("و",)),
        (2, ("و", "ب")),
        (4, ("و", "ب", "ال")),
    )


def test_tokens_spans_and_stems_point_into_the_text() -> None:
    text = "وبدرعا، قُتل ٣ عناصر لـ “محمد المسالمة” الملقب ب”هفو” من SY24.net ١٬٢٠٠"
    toks = tokens(text)
    for tok in toks:
        assert tok.span.of(text) == tok.surface
        assert tok.stem_span.of(text) == tok.stem
        assert tok.span.contains(tok.stem_span)
    words = [(t.surface, t.stem, t.proclitics) for t in toks if t.kind == "word"]
    assert words[0] == ("وبدرعا", "درعا", ("و", "ب"))
    assert ("المسالمة", "مسالمة", ("ال",)) in words
    assert [t.surface for t in toks if t.kind == "number"] == ["٣", "١٬٢٠٠"]
    assert [t.surface for t in toks if t.kind == "punct"] == ["،", "“", "”", "”", "”", "."]


def test_tokens_skip_whitespace_and_invisible_marks() -> None:
    text = "\u200fدرعا\u200f  \u00a0حلب\n"
    assert [t.surface for t in tokens(text)] == ["درعا", "حلب"]
