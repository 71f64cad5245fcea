"""Matching rules: clitics, common-word names, person and organisation names, regions."""

from __future__ import annotations

import dataclasses
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad import gazetteer
from marsad.gazetteer import PlaceMention, context, find_places, matcher
from marsad.gazetteer import places as places_module


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place.name_en) for m in find_places(text)]


def only(text: str) -> PlaceMention:
    (mention,) = find_places(text)
    assert mention.span.of(text) == mention.surface
    return mention


@pytest.mark.parametrize(
    ("text", "surface", "name_en"),
    [
        ("وصل الرتل وبإنخل صباحاً", "إنخل", "Inkhil"),
        ("عاد المهجرون لدرعا بعد سنوات", "درعا", "Daraa"),
        ("اشتباكات بدرعا منذ الصباح", "درعا", "Daraa"),
        ("فبدرعا تتركز الحملة الأمنية", "درعا", "Daraa"),
        ("دخلت قوات إلى طفس ثم انسحبت منها وبطفس بقيت دورية", "طفس", "Tafas"),
        ("انضم أبناء بصرى الشام للمظاهرات", "بصرى الشام", "Buşrá ash Shām"),
        ("وصلت التعزيزات للحراك في ساعات الفجر", "لحراك", "Al Ḩarāk"),
        ("اقتحمت القوات بلدة الحراك وبالحراك نفذت حملة دهم", "الحراك", "Al Ḩarāk"),
    ],
)
def test_matching_accepts_proclitics(text: str, surface: str, name_en: str) -> None:
    found = [m for m in find_places(text) if m.surface == surface]
    assert found, places(text)
    assert all(m.place.name_en == name_en for m in found)
    assert all(m.span.of(text) == surface for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "نصيب الأسد من الدعم ذهب إلى الفصائل",
        "عدوان النظام على المدنيين مستمر",
        "يواصل الحراك الشعبي احتجاجاته",
        "انضم إلى الحراك الثوري مئات الشبان",
        "قطع الطريق أمام السد منذ الصباح",
        "قتل عنصر من الجيش والأمن",
        "تحدث الشيخ عن الأوضاع",
        "وصلت إلى المحطة الأخيرة",
        "فتح الاتفاق الباب أمام المفاوضات",
        "تشهد الجزيرة تغطية واسعة للأحداث",
        "قال جاسم محمد إن الوضع معقد",
        "اعتقل المدعو جاسم الحريري",
        "قتل أبو جاسم في اشتباك",
        "أعلن لواء شهداء اليرموك عن عملية",
        "قتل القيادي “نصيب عدوان” في ظروف غامضة",
        "فجر انتحاري نفسه داخل الكنيسة أثناء القداس",
        "وظهرت آثار كدمات على الظهر والساقين",  # «ك» + the village «دمات»
    ],
)
def test_matching_rejects_common_words_and_names(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("في بلدة نصيب", "نصيب"),
        ("قتل شاب في نصيب", "نصيب"),
        ("اقتحمت القوات بلدة عدوان", "عدوان"),
        ("انفجار في الحراك بريف درعا الشرقي", "الحراك"),
        ("سيطرت الفصائل على طريق السد، والحمادين، والمهندسين", "المهندسين"),
        ("قتل شاب في حي المنشية", "المنشية"),
    ],
)
def test_matching_accepts_common_words_in_place_context(text: str, surface: str) -> None:
    assert surface in [m.surface for m in find_places(text)], places(text)


def test_matching_picks_the_homonym_in_the_named_governorate() -> None:
    text = "اشتباكات في نصيب بريف الحسكة"
    nasib = find_places(text)[0]
    assert (nasib.surface, nasib.place.admin1) == ("نصيب", "الحسكة")
    assert "الحسكة" in nasib.reason


def test_matching_picks_the_homonym_nearest_the_other_places() -> None:
    # both governorates are named, so only distance to طفس and درعا can decide
    text = "شنت الطائرات غارات على محافظتي الحسكة ودرعا، وتركزت في طفس ونصيب"
    nasib = next(m for m in find_places(text) if m.surface == "نصيب")
    assert nasib.place.admin1 == "درعا"
    assert "nearest to" in nasib.reason


def test_matching_falls_back_to_the_larger_population() -> None:
    jasim = only("اجتماع أمني في مدينة جاسم")
    assert jasim.place.admin1 == "درعا"
    assert "population" in jasim.reason


def test_matching_leaves_an_undecidable_homonym_unresolved() -> None:
    mention = only("قصف مدفعي على بلدة تل شهاب")
    assert mention.place.unresolved_reason is not None
    assert mention.place.unresolved_reason.startswith("ambiguous")
    assert {alt.admin1 for alt in mention.alternatives} == {"درعا", "حمص"}


def test_homonyms_a_few_kilometres_apart_are_coded_at_one_of_them() -> None:
    mention = only("عُثر على جثة رجل في قرية حريصون")
    assert mention.place.unresolved_reason is None
    assert (mention.place.name, mention.place.admin1) == ("حريصون", "طرطوس")
    assert "within" in mention.reason


def test_an_unresolved_homonym_is_named_without_its_noun() -> None:
    mention = only("قصف مدفعي قرب بلدة تل شهاب")
    assert mention.place.unresolved_reason is not None
    assert mention.place.name == "تل شهاب"


def test_matching_keeps_an_unknown_town_unresolved() -> None:
    mention = only("داهمت دورية قرية عين ذكر")
    assert mention.surface == "عين ذكر"
    assert mention.place.unresolved_reason == "not in the gazetteer"
    assert mention.place.lat is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("تعرضت قرية أم الكيف لقصف مدفعي", "أم الكيف"),  # a short first word
        ("قُتل صيدلاني في حي باب قبلي", "باب قبلي"),  # a common second word
        ("انفجرت عبوة في حي المحطة", "المحطة"),  # a quarter named after a station
        ("اشتباكات في وادي العيون", None),  # no town noun before it: not read
        ("داهمت دورية شقة في حي دف الشوك", "دف الشوك"),  # its second word is a village
        ("في عدد من بلدات وقرى ريف المحافظة", None),  # a region word is no name
        ("في قرى وبلدات الريفين الشرقي والغربي", None),  # nor its dual
        ("غارة على مخيم للنازحين عند أطراف المدينة", None),  # a camp for the displaced
        ("قُتل عنصر برصاص قناص على محور الحاكورة", "الحاكورة"),  # a front named by its village
        ("انفجرت عبوة في بلدة خراب الشحم", "خراب الشحم"),  # not the village خراب
        ("اشتباك مع مهربين قرب قرية خراب الشحم", "خراب الشحم"),  # nor «قرب قرية خراب»
        ("اشتباك قرب قرية حوش السيد علي على الحدود", "حوش السيد علي"),  # «السيد» needs a name
        ("وأكد أن محور المقاومة سيرد على الهجوم", None),  # an alliance, no front
        ("اشتباكات على أطراف بلدة جديد عكيدات المجاورة", "جديد عكيدات"),  # «جديد» starts it
        ("وفي حي قدور بك، اعتقلت دورية ستة شبان", "قدور بك"),  # an Ottoman title ends it
    ],
    ids=[
        "um",
        "bab",
        "station-quarter",
        "no-noun",
        "village-inside",
        "region-word",
        "region-dual",
        "camp-for",
        "front",
        "kharab",
        "near-kharab",
        "sayyid",
        "axis-of-resistance",
        "jadid",
        "bek",
    ],
)
def test_two_word_unknown_names_after_a_town_noun(text: str, surface: str | None) -> None:
    found = find_places(text)
    unknown = [m for m in found if m.place.unresolved_reason == "not in the gazetteer"]
    assert [m.surface for m in unknown] == ([surface] if surface else [])
    if surface:
        assert len(found) == 1  # no village inside the name


@pytest.mark.parametrize(
    ("text", "surface", "precision", "place_id"),
    [
        ("مدينة درعا", "درعا", "town", "wof:421197257"),
        ("محافظة درعا", "محافظة درعا", "governorate", "wof:85678399"),
        ("في درعا", "درعا", "town", "wof:421197257"),
        ("ريف حلب", "ريف حلب", "governorate", "wof:85678359#rural"),
        ("ريف درعا الشمالي الشرقي", "ريف درعا الشمالي الشرقي", "district", None),
        ("شرقي درعا", "شرقي درعا", "district", "wof:85678399#direction-east"),
        ("شرق درعا", "شرق درعا", "district", "wof:85678399#direction-east"),
        ("شرق مدينة درعا", "شرق مدينة درعا", "district", "wof:421197257#direction-of-town-east"),
        ("بادية السويداء", "بادية السويداء", "district", "wof:85678385#badia"),
        ("جنوب سوريا", "جنوب سوريا", "country", "marsad:sy-area-south"),
        ("الجنوب السوري", "الجنوب السوري", "country", "marsad:sy-area-south"),
        ("محافظة السويداء", "محافظة السويداء", "governorate", "wof:85678385"),
        ("قرب جاسم", "قرب جاسم", "district", "wof:1125964931#near-town"),
    ],
)
def test_region_phrases_resolve_to_region_places(
    text: str, surface: str, precision: str, place_id: str | None
) -> None:
    mention = only(text)
    assert mention.surface == surface
    assert mention.place.precision == precision
    if place_id is not None:
        assert mention.place.place_id == place_id
    if mention.rule in ("rural", "direction", "badia", "near-town", "direction-of-town"):
        assert mention.parts, "a region phrase keeps the place it is built on"


def test_region_point_moves_toward_the_direction() -> None:
    west = only("ريف درعا الغربي").place
    east = only("ريف درعا الشرقي").place
    north = only("ريف درعا الشمالي").place
    assert west.lon is not None and east.lon is not None and north.lat is not None
    assert west.lon < east.lon
    assert north.lat > (only("ريف درعا الجنوبي").place.lat or 0)


def test_roads_named_by_their_ends() -> None:
    known = only("قطع أوتوستراد (دمشق-عمان) الدولي")
    assert known.place.place_id == "marsad:sy-road-damascus-amman"
    adhoc = only("كمين على طريق درعا - إزرع")
    assert adhoc.rule == "road"
    assert adhoc.place.precision == "district"
    assert adhoc.place.lat is not None
    assert [p.surface for p in adhoc.parts] == ["درعا", "إزرع"]


def test_spans_survive_diacritics_and_tatweel() -> None:
    text = "قُتِلَ شابٌّ في مدينةِ جـاسمَ"
    mention = only(text)
    assert mention.span.of(text) == mention.surface
    assert mention.place.name_en == "Jāsim"


def test_place_mention_is_frozen() -> None:
    mention = only("في مدينة درعا")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.surface = "x"  # type: ignore[misc]


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءئؤ ،.-()\u064e\u0640")),
        max_size=80,
    )
)
def test_find_places_never_fails_and_spans_match(text: str) -> None:
    for mention in find_places(text):
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert mention.span.of(text) == mention.surface
        assert mention.place.name == mention.surface


@pytest.mark.parametrize("text", ["", " ", "\n\n", "SY24", "١٢٣"])
def test_find_places_on_text_without_places(text: str) -> None:
    assert find_places(text) == ()


@pytest.mark.parametrize("module", [gazetteer, places_module, matcher, context])
def test_docstring_examples_hold(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0
    assert result.attempted > 0


def test_an_everyday_word_listed_between_villages_is_a_village() -> None:
    found = find_places("قصفت قوات النظام قرى قسطون والزيارة وخربة الناقوس في سهل الغاب")
    assert [m.surface for m in found][:3] == ["قسطون", "الزيارة", "خربة الناقوس"]
    assert find_places("وشملت الزيارة عدة مواقع") == ()


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("طال القصف قرى السرمانية والدقماق وتل واسط", ["السرمانية", "الدقماق", "تل واسط"]),
        ("استهدفت المدفعية بلدتي بينين والموزرة", ["بينين", "الموزرة"]),
        ("سقطت قذائف على قرى السرمانية والقرى المجاورة", ["السرمانية"]),
    ],
    ids=["unknown-after-known", "unknown-after-unknown", "common-word-ends-the-list"],
)
def test_unknown_villages_listed_after_a_plural_noun(text: str, listed: list[str]) -> None:
    assert [m.place.name for m in find_places(text)] == listed


@pytest.mark.parametrize(
    "text",
    [
        "انتشرت قوى الأمن في أحياء المدينة وأقامت حواجز بين منازل العائلتين",
        "تجريف مساحات من الأراضي الزراعية والحراجية قرب خط وقف إطلاق النار",
        # «وعراً» / «وعرًا» (rough) spells the village عرا after و; tanween marks a common word
        "رصدت الدورية سيارتين تسلكان طريقاً ترابياً وعراً شمال البلدة",
        "سلك المهربون طريقًا وعرًا باتجاه الحدود",
    ],
)
def test_a_noun_a_verb_or_an_adjective_is_no_village(text: str) -> None:
    assert find_places(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("على الطريق الواصل بين الشياح والمسمية", ["الشياح", "المسمية"]),
        ("اندلعت اشتباكات بين قسد والعشائر في المسمية", ["المسمية"]),
        ("بين الحين والآخر تسقط قذائف على المسمية", ["المسمية"]),
    ],
    ids=["unknown-road-end", "sides-no-place", "idiom"],
)
def test_an_unknown_name_paired_with_a_known_place_by_bayn(text: str, names: list[str]) -> None:
    assert [m.place.name for m in find_places(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "اشتباكات بين عائلتي الهويدي والجدعان في ريف دير الزور",
        "قُتل شاب من آل المقداد برصاص مجهولين",
        "خلاف بين عشيرة البوسرايا وأخرى",
    ],
)
def test_a_family_is_no_village(text: str) -> None:
    assert not [m for m in find_places(text) if m.surface in ("الجدعان", "المقداد", "البوسرايا")]


def test_a_village_whose_name_ends_in_alif_is_still_found() -> None:
    # the tanween check must not drop the bare name «عرا» itself
    surfaces = [m.surface for m in find_places("سقطت قذيفة على قرية عرا بريف السويداء")]
    assert surfaces == ["عرا", "ريف السويداء"]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("🔴 #الباب | مقتل شاب بمشاجرة مسلحة في سوق الهال", ["الباب"]),
        ("#درعا | انفجار عبوة ناسفة بسيارة مدنية", ["درعا"]),
        # a longer hashtag names more than the word the gazetteer knows
        ("🔴 #الرمل_الشمالي | دورية للأمن العام تلقي القبض على ثلاثة أشخاص", []),
        # a stall is no village
        ("اندلعت المشاجرة بسبب خلاف على مكان بسطة خضار", []),
    ],
)
def test_a_town_hashtag_opening_a_post_is_its_dateline(text: str, surfaces: list[str]) -> None:
    assert [m.surface for m in find_places(text)] == surfaces


def test_busr_al_harir_in_the_spelling_of_daraa_outlets() -> None:
    [mention] = find_places("قُتل شاب من أبناء بلدة بصر الحرير")
    assert (mention.surface, mention.place.admin1) == ("بصر الحرير", "درعا")
    assert mention.place.lat is not None


def test_a_two_word_name_listed_after_a_dual_noun_is_read_whole() -> None:
    text = "قصفت القوات التركية قريتي الدردارة وأم الكيف في ريف تل تمر"
    unknown = [m for m in find_places(text) if m.rule.startswith("unknown after")]
    assert [(m.surface, m.span.of(text)) for m in unknown] == [("أم الكيف", "أم الكيف")]
