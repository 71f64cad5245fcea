"""Cue words, name reading and the people lexicons."""

from __future__ import annotations

import pytest

from marsad.arabic.normalize import fold
from marsad.people.cues import CUE_KINDS, find_cues
from marsad.people.lexicon import given_names, light, read_people_table, word_set
from marsad.people.names import (
    given_length,
    is_family,
    is_stop,
    kunya_length,
    read_coordinated,
    read_name,
    words_of,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل المدعو", [("المدعو", "strong")]),
        ("وللمدعو", [("المدعو", "strong")]),
        ("بالمدعو", [("المدعو", "strong")]),
        ("ويُدعى", [("يدعي", "strong")]),
        ("والملقب (أبو عمر)", [("الملقب", "alias")]),
        ("الملقب باسم", [("الملقب باسم", "alias")]),
        ("الملقب بـ", [("الملقب ب", "alias")]),
        ("ويُعرف بلقب", [("يعرف", "alias_lead")]),
        ("واسمه الحقيقي", [("اسمه الحقيقي", "real_name")]),
        ("واسمه الحركي", [("اسمه الحركي", "alias")]),
        ("طلب الإشارة إليه باسم", [("الاشاره اليه باسم", "pseudonym")]),
        ("المتحدث باسم", [("المتحدث باسم", "role")]),
        ("الشابة", [("الشابه", "title")]),
        ("الشبابية", []),
        ("تدعيم", []),
    ],
)
def test_cues_found_with_their_clitics(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.cue, c.kind) for c in find_cues(words_of(text))] == expected


@pytest.mark.parametrize(
    ("text", "at", "strength", "expected"),
    [
        ("المدعو “أسامة عزيزية” الملقب", 1, "strong", "أسامة عزيزية"),
        ("المدعو أبو طارق الصبيحي، والآخرين", 1, "strong", "أبو طارق الصبيحي"),
        ("المدعو (الشايب) فيما", 1, "strong", "الشايب"),
        ("الشاب فراس المقداد في", 1, "title", "فراس المقداد"),
        ("الشاب الذي قتل", 1, "title", None),
        ("العنصر في الفرقة", 1, "title", None),
        ("الشاب محمد بجروح خطيرة", 1, "title", "محمد"),
        ("الشاب محمد متأثراً بجراحه", 1, "title", "محمد"),
        ("المدرّس ياسر حج حمدو في بلدة", 1, "title", "ياسر حج حمدو"),
        ("الطفل عبد الرحمن خالد (7 أعوام)", 1, "title", "عبد الرحمن خالد"),
        ("الناشط “الوضع سيئ في المنطقة”", 1, "title", None),
        ("الملقب بـ”هفو” المبايع", 1, "alias", "هفو"),
        ("الملقب بأبي علي الحمصي في", 1, "alias", "أبي علي الحمصي"),
        ("يدعى علي حسن ديوب، ينحدر", 1, "strong", "علي حسن ديوب"),
        ("ويدعى وائل سمير العكلة مطلوب بعدة قضايا", 1, "strong", "وائل سمير العكلة"),
        ("يدعى باسل الخضر متهماً بالسرقة", 1, "strong", "باسل الخضر"),
        ("القيادي هو محمد العلي، واسمه", 1, "title", "محمد العلي"),
    ],
)
def test_read_name_after_cue(text: str, at: int, strength: str, expected: str | None) -> None:
    run = read_name(words_of(text), at, strength)
    assert (run.span.of(text) if run else None) == expected


def test_read_coordinated_quoted_and_unquoted() -> None:
    text = 'الشابان "أحمد الرفاعي" و"حسام اللباد" من نوى'
    words = words_of(text)
    run = read_coordinated(words, 3)  # after الرفاعي
    assert run is not None and run.span.of(text) == "حسام اللباد"
    text = "عمر خليل الأحمد (11 عاماً) وحسين خليل الأحمد (9 أعوام)"
    words = words_of(text)
    run = read_coordinated(words, 2)
    assert run is not None and run.span.of(text) == "حسين خليل الأحمد"
    assert read_coordinated(words_of("محمد العلي ووالده"), 1) is None


def test_preposition_ala_is_not_the_name_ali() -> None:
    preposition, name = words_of("على علي")
    assert preposition.folded == name.folded
    assert is_stop(preposition) and not is_stop(name)
    assert light("على") != light("علي")


@pytest.mark.parametrize(
    ("word", "family"),
    [
        ("المقداد", True),
        ("الصبيحي", True),
        ("المنظمات", False),
        ("الدولية", False),
        ("السوري", False),
        ("الذي", False),
        ("ال", False),
    ],
)
def test_family_names_are_definite_words_that_are_not_adjectives(word: str, family: bool) -> None:
    assert is_family(words_of(word)[0]) is family


def test_given_and_kunya_lengths() -> None:
    words = words_of("عبد الله أبو بكر عبد الستار محمد")
    assert given_length(words, 0) == 2
    assert kunya_length(words, 2) == 2
    assert given_length(words, 4) == 2  # عبد + any definite divine name
    assert given_length(words, 6) == 1
    assert kunya_length(words, 6) == 0


def test_people_tables_are_well_formed() -> None:
    for row in read_people_table("cues.tsv"):
        assert len(row) == 2 and row[1] in CUE_KINDS, row
    names = read_people_table("given_names.tsv")
    assert len(names) >= 400
    for row in names:
        assert len(row) == 3 and row[1] in ("m", "f") and row[2].isascii(), row
    assert len({(fold(n), g) for n, g, _ in names}) == len(names), "duplicate given names"
    for name in ("latin.tsv", "latin_letters.tsv", "not_names.tsv", "tagger_lexicon.tsv"):
        assert read_people_table(name)
    # a given name never stops a name: not_names must not list one in its written form
    written = {light(row[0]) for row in read_people_table("not_names.tsv")}
    assert not written & {light(row[0]) for row in names}


def test_word_sets_are_folded() -> None:
    assert "الذي" in word_set("not_names.tsv")
    assert "اسامه" in given_names()
    assert "مدرسه" in word_set("not_names.tsv", "place_noun")


def test_a_quoted_kunya_after_a_name_only_the_tagger_finds_is_its_alias() -> None:
    from marsad.people import find_people

    text = "🔴 #هجين: وفاة المزارع حسين عبيد المطر «أبو علي» (٥٢ عاماً) بانفجار لغم."
    [person] = find_people(text)
    assert person.surface == "حسين عبيد المطر"
    assert [alias for _, alias in person.aliases] == ["أبو علي"]
