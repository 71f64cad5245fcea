"""Where an incident happened: the place that governs the clause, with ACLED precision.

Not every place in a sentence is the event's: "نازح من الجولان قُتل في المزيريب"
happened in المزيريب. Places after origin cues ("من أبناء", "المنحدر من") and
places inside actor names ("قوات سوريا الديمقراطية") are skipped; a town wins
over the region that contains it; a list of towns after one trigger ("قصفت
قرى كنصفرة والبارة") gives one event per town (ACLED: one event per place).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from marsad.arabic.normalize import fold
from marsad.events.context import DocumentContext
from marsad.gazetteer import PlaceMention, find_places
from marsad.geo import distance_km
from marsad.model import Place, Span

# An origin cue this close before a place makes it a birthplace, not a scene.
ORIGIN_CUE_REACH = 14
# Text allowed between two towns of one list: separators and list nouns.
# "أربعة أشخاص في حي الرميلة وثلاثة آخرين في قرية حزيمة", "من قرية الصور، وستة من
# قرية الكبر": counts shared out between places, one event each
_SHARED_GAP = re.compile(
    r"^[\s،,]*و\s*\S+(?:\s+(?:آخرين|آخرون|أخريات|اخرين|آخر|أخرى))?\s+(?:في|من)\s+"
    r"(?:بلد[ةه]|قري[ةه]|مدين[ةه]|حي|مخيم)?\s*$"
)
_LIST_GAP = re.compile(
    r"^[\s،,و]*(?:و?(?:محيط|أطراف|اطراف|قرب)?\s*"
    r"(?:بلد[ةه]|بلدتي|قري[ةه]|قريتي|قرى|مدين[ةه]|مدينتي|حي|حيي))?[\s،,و]*$"
)
# "الطريق الواصل بين بلدتي صيدا والنعيمة" names one scene by two towns: no split.
_BETWEEN = re.compile(r"(?<!\w)بين(?!\w)")
BETWEEN_REACH = 16
# A spot on a road "بين X وY" placed near a town this close after X ("قرب بلدة العشارة")
ROAD_SPOT_REACH = 90
_NEAR_ENTRANCE = re.compile(r"(?:قرب|بالقرب من|مدخل|على بعد)(?:\s+\S+){0,4}\s*$")
# A quarter's town named this close after it ("حي الزيدية بمدينة عفرين").
QUARTER_TOWN_REACH = 25
# A quarter named this close before its town ("حي الزيدية بمدينة عفرين", "حي دف الشوك
# جنوبي العاصمة دمشق") is the scene.
QUARTER_REACH = 20
# A more precise place this close to the first candidate refines it.
REFINE_REACH = 30
# how far a place may stand before the region that locates it: "جملة بمنطقة", "اليرموك غربي"
CHAIN_GAP = 4
# Places of one list closer than this are quarters of one town (ACLED codes the town
# once); further apart they are separate villages, one event each.
SAME_TOWN_KM = 1.5
# "درعا 24", "السويداء 24": outlet names, not places.
_OUTLET_NUMBER = re.compile(r"^\s*\d{2}(?!\d)")
_DESTINATION = re.compile(r"(?:إلى|الى|نحو|باتجاه|لمنطقة|لمناطق|لمدينة|لبلدة)\s*(?:\S+\s*)?$")
_FROM = re.compile(r"(?<!\w)من\s*(?:\S+\s*)?$")
# "مدينة القائم العراقية": a town the adjective puts abroad
_FOREIGN_ADJECTIVE = re.compile(r"^\s*ال(?:عراقي|لبناني|تركي|اردني|أردني|إسرائيلي)[ةه]")
_SCENE_VERB = re.compile(r"(?:شهدت|شهد|تشهد|يشهد|تعرضت|تعرض|تتعرض|يتعرض)\s+\S*\s*$")
# "بعد خروجها من السخنة", "أثناء عودته بسيارته من مدينة أعزاز": where they came from
_DEPARTURE = re.compile(
    # ("استقدمت تعزيزات من مدينتي درعا وإزرع": where the reinforcements came from)
    r"(?:خروج|انطلاق|هرب|هروب|فرار|فر|انسحاب|انسحب|عودت|عائد|قادم|تعزيزات)\w*(?:\s+\S+){0,2}"
    r"\s+من\s+(?:[^\s،,.]+\s+)?$"
    # ("تسلل مجموعة مسلحة من جهة البادية", "على أطراف البلدة من جهة البادية": a
    # direction, not a scene)
    r"|(?<!\w)من\s+(?:جه[ةه]|ناحي[ةه]|طرف)\s*$"
)
# "اقتادوهما إلى مقر الأمن العام في مدينة درعا", "نُقل إلى مشفى في البصيرة": where a
# victim or detainee was taken, not where the incident happened
_CARRIED_TO = re.compile(
    r"(?:اقتاد|نقل|نُقل|إسعاف|اسعاف|أسعف|سوق|ترحيل|تحويل|أودع|إيداع)\w*"
    # (a comma after the destination closes it: "نقل السيارة إلى المدينة، خلال مداهمة في قرية")
    r"(?:\s+\S+){0,6}?\s+(?:إلى|الى)(?:\s+[^\s،,]+){0,5}?\s+\S*$"
)
# "ثم لاذا بالفرار باتجاه الطريق المؤدي إلى بلدة المزيريب": where the attackers fled
_FLED_TO = re.compile(
    r"(?:فر|فرا|فروا|فرّ|فرّا|فرّوا|لاذ|لاذا|لاذوا|هرب|هربا|هربوا|الفرار|بالفرار)"
    r"(?:\s+\S+){0,6}?\s+(?:إلى|الى|باتجاه|نحو)(?:\s+[^\s،,]+){0,5}?\s+\S*$"
)
_FIRED_AT = re.compile(r"(?:النار|قذائف|قذيفه|صواريخ|صاروخ|الرصاص)[^.]*$")
_HOSPITAL = re.compile(r"(?:مشفى|مستشفى|المشفى|المستشفى)(?:\s+\S+){0,2}\s+\S*$")
# "مراسلنا في إدلب", "مصدر في قيادة الأمن الداخلي بدرعا": where the teller is
_REPORTER_BASE = re.compile(
    r"(?:مراسل\w*(?:\s+\S+){0,3}\s+في\s*"
    r"|(?<!\w)(?:مصدر|مسؤول)(?:\s+\S+){0,4}\s+(?:في\s*|ب)(?:محافظة\s+)?)$"
)
# "مصدرها مواقع قوات النظام في محيط بلدة كفرنبل", "قوات الأسد المتمركزة في معسكر
# جورين": where the fire came from, not where it fell
_LAUNCH_SITE = re.compile(
    r"(?:مصدر(?:ه|ها|هما)|انطلاق[اًا]*\s+من|(?<!\w)من\s+اتجاه|(?<!\w)المتمركز\w*|(?<!\w)المتواجد\w*)"
    r"(?:\s+\S+){0,5}\s+\S*$"
)
# "القذيفة أُطلقت من مواقع ينتشر فيها مسلحون من العشائر في محيط بلدة المزرعة"
_FIRED_FROM = re.compile(
    # ("قذيفة هاون أطلقتها قسد من نقاطها في محيط حقل العمر")
    # ("قذائف هاون أُطلقت فجر اليوم الثلاثاء من بلدة المنصورة وسقطت على … بلدة عتيل":
    # the time between verb and source; where they fell is the scene)
    r"(?<!\w)(?:أُطلقت|أطلقت|اطلقت|انطلقت|أُطلق|أطلق)(?:ها|ه|وها|وه)?"
    r"(?:\s+(?!النار|الرصاص|باتجاه|على)\S+){0,3}\s+من"
    r"(?:\s+(?![وف]?سقط|على|باتجاه|نحو)[^\s،,.]+){0,8}\s+\S*$"
)
# "من أبناء قرية عين الكروم": the victims' home village
_HOME = re.compile(
    r"(?:ابناء|اهالي|اهل)\s+(?:\S+\s+)?$"
    # "قُتل شاب من قرية بيت ياشوط في ريف جبلة": the victim's village
    r"|(?<!\w)(?:من|ينحدر من|المنحدر من)\s+(?:قريه|بلده|مدينه)\s+$"
)
_BADIA = re.compile(r"^(?:ال)?بادي[ةه]\s")
# "مخيم الهول", "دوار الفاخورة", "ساحة المرجة": a camp's, roundabout's or square's
# name includes its noun
_NAMED_WITH_NOUN = re.compile(r"(?<!\w)[وبل]?(?:ل)?(مخيم|دوار|ساحة)\s+$")
# rules of mentions found after a quarter noun ("حي الزيدية", "دوار الشيحان")
_QUARTER_RULE = re.compile(r"(?:حي|دوار)")
# an adjective that makes a place name a common noun: "الجدار الحدودي", "الباب الخارجي"
_COMMON_NOUN_ADJECTIVE = re.compile(
    r"^\s*(?:الحدودي|الحدودية|الخارجي|الرئيسي|الداخلي|الخلفي|الأمامي|العازل)(?!\w)"
)
# "على الطريق المؤدي إلى الدرباسية": where a road leads, not the scene
_ROAD_TO = re.compile(
    r"(?:المؤدي|المؤديه|المؤدية|المتجه|المتجهة|الواصل|الواصلة)\s+(?:إلى|الى|نحو)\s*(?:\S+\s*)?$"
)
# «المدينة», «البلدة ذاتها», «من المخيم»: a town named by its noun alone
# («في محيط السد»: the dam named before, "سد تشرين")
NAMELESS_TOWN = re.compile(r"(?<!\w)(?:[وبلف]|ف?[بل]?)?(?:ال|لل)(?:مدينه|بلده|قريه|مخيم|سد)(?!\w)")
_OPERATES_IN = re.compile(
    r"(?<!\w)(?:العامل[ةه]?|العاملين)\s+(?:في\s+|ب)$"
    # "الأمن الداخلي في منطقة حارم يلقي القبض … في بلدة سلقين", "قائد الأمن الداخلي في
    # محافظة دير الزور": the force's district, not the scene
    r"|(?<!\w)(?:الأمن|الامن)\s+(?:الداخلي|العام)\s+(?:في|ب)\s*(?:(?:منطق[ةه]|محافظ[ةه])\s+)?$"
    # "سيارة موظف يعمل في مرفأ اللاذقية … أمام منزله في بلدة دمسرخو": where a victim
    # works ("مهندسين من شركة تعمل في حقل كونيكو" when no other place is told)
    r"|(?<!\w)(?:يعمل|تعمل|يعملان|يعملون)\s+(?:في|ب)\s*(?:\S+\s+){0,2}$"
)
_LOCATOR = re.compile(
    r"(?<!\w)(?:(?:الواقع[ةه]?|الواقعتين|الواقعين)\s+(?:في\s+|ب)?"
    # "قريتي صيدا والمعلق التابعتين لناحية عين عيسى": the district that holds them
    r"|(?:التابع[ةه]?|التابعتين|التابعين)\s+(?:ل|لل)(?:ناحي[ةه]|منطق[ةه]|مدين[ةه])?\s*)$"
)
_OFFICE_OF = re.compile(
    r"(?<!\w)(?:محافظ|نائب محافظ|قائد منطقة|مدير منطقة)\s+$"
    # "برعاية محافظة دير الزور", "بوساطة محافظة السويداء": the governorate's office
    r"|(?<!\w)(?:برعاي[ةه]|رعاي[ةه]|بوساط[ةه]|وساط[ةه]|بإشراف|باشراف)\s+(?:من\s+)?$"
    # "مديرية الأمن العام في ريف دمشق", "لفرع الأمن العسكري في حمص": where an office sits
    # ("توفي في فرع الأمن العسكري بحمص": inside a branch is a scene; «لفرع» is belonging)
    # ("أمام مبنى قيادة الشرطة في مدينة اعزاز": in front of an office is a scene)
    r"|(?<!أمام )(?<!مبنى )(?<!مقر )(?<!\w)(?:[لو]?(?:مديري[ةه]|قياد[ةه])|لفرع)"
    r"(?:\s+\S+){1,3}\s+(?:في|ب)\s*(?:محافظ[ةه]\s+|مدين[ةه]\s+)?$"
)
# (unlike usable._ACCUSED_OF, which reads folded text for a trigger inside the charge,
# this finds a place inside it and stops at «خلال», «بعد»: the arrest's own adjuncts)
_ACCUSED_OF_THERE = re.compile(
    # ("مطلوب بعدة قضايا خطف وسلب سابقة في ريف طرطوس": where his old cases were)
    r"(?<!\w)(?:[وف]?(?:ال)?متورط\w*|بتهم[ةه]|بالتورط|(?:ال)?متهم\w*|(?:ال)?مطلوب\w*(?=\s+ب)|بقضايا)(?:\s+(?!(?:خلال|أثناء|اثناء|بعد|عقب)(?!\w))[^\s.،,]+){1,9}\s+\S*$"
)
_LOCATES = re.compile(r"^\s*(?:في|ب)?\s*$")
PRECISION_RANK = {"town": 0, "district": 1, "governorate": 2, "country": 3}
OUTSKIRTS_RANK = 0.5  # "قرب قرية مشون": finer than a district, coarser than the town itself
# "حيث سقط صاروخان على منازل عند أطراف بلدة إحسم": where the munitions came down
_IMPACT = re.compile(
    r"(?<!\w)[وف]?(?:سقط|سقطت|سقوط|طال|طالت|أصاب|أصابت|اصاب|اصابت)(?!\w)(?:\s+\S+){0,8}\s+\S*$"
)
IMPACT_REACH = 90


def event_places(
    context: DocumentContext,
    clause: Span,
    trigger: int,
    movement: bool = False,
    crowd: bool = False,
) -> list[PlaceMention]:
    """Candidate scene places in a clause, best first; a coordinated town list all together."""
    places = [p for p in context.annotations.places if clause.contains(p.span)]
    if crowd:
        # "تجمّع العشرات من أهالي جنديرس أمام مبنى إدارة منطقة عفرين", "وقفة أمام مبنى
        # محافظة حمص": where a crowd stands is the town of the building it faces
        fronted = [
            p
            for p in places
            if _IN_FRONT_OF.search(fold(context.text[max(0, p.span.start - 40) : p.span.start]))
        ]
        if fronted:
            return [_seat_of(fronted[0])]
    scenes = [
        _town_for_quarter(context, p)
        for p in places
        if _is_scene(context, p) and (movement or not _taken_to(context, p))
    ]
    if not any(near_a_town(p.place) for p in scenes):
        # "بكمين على الطريق المؤدي إلى قرية الدالية": with no other town, the village
        # the road leads to is where it happened (see _is_scene); "على الطريق المؤدي
        # إلى جسر قره قوزاق … شرقي منبج": nearer than the region around a town
        weak = [
            _town_for_quarter(context, p)
            for p in places
            if _is_scene(context, p, weak_allowed=True) and not _taken_to(context, p)
        ]
        towns = [
            p
            for p in weak
            if near_a_town(p.place)
            and _ROAD_TO.search(context.text[max(0, p.span.start - 40) : p.span.start])
        ]
        scenes = (towns if scenes else weak) or scenes
    if not scenes and crowd:
        # "نظم العشرات من أهالي مدينة جرابلس وقفة احتجاجية": with no other place, the
        # protesters' own town is where they gathered (a victim's home town is not)
        scenes = [p for p in places if _is_scene(context, p, origins_allowed=True)]
    # ("اختُطف تاجر من أبناء بلدة قباسين على طريق الباب – منبج": the road is the scene)
    on_a_road = any(p.rule == "road" for p in scenes)
    if not any(near_a_town(p.place) for p in scenes) and not on_a_road:
        # "قُتل ثلاثة مزارعين من أبناء قرية عين الكروم بريف حماة الغربي": when the text
        # names no town where it happened, the victims' village is the best scene
        homes = [
            p
            for p in places
            if p.place.precision == "town"
            and _HOME.search(fold(context.text[max(0, p.span.start - 24) : p.span.start]))
            and _is_scene(context, p, origins_allowed=True)
        ]
        scenes = [_town_for_quarter(context, p) for p in homes] or scenes
    places = scenes
    if not places:
        return []
    after = [p for p in places if p.span.start >= trigger]
    before = [p for p in places if p.span.end <= trigger]
    # "شهدت مدينة شهبا وبلدة القريا وقفات": the subject of شهد is the scene
    if movement:
        # "نقل المجموعات من البادية إلى ريف درعا": where they went is the place
        bound = [
            p
            for p in places
            if _DESTINATION.search(context.text[max(0, p.span.start - 12) : p.span.start])
        ]
        places = bound or [
            p
            for p in places
            if not _FROM.search(context.text[max(0, p.span.start - 12) : p.span.start])
        ]
        if not places:
            return []
        after = [p for p in places if p.span.start >= trigger]
        before = [p for p in places if p.span.end <= trigger]
    witnessed = [
        p
        for p in before
        if _SCENE_VERB.search(context.text[max(0, p.span.start - 20) : p.span.start])
    ]
    ordered = witnessed + after + list(reversed(before))
    best = ordered[0]
    for other in ordered[1:3]:
        # "بريف درعا الغربي في بلدة اليادودة": a town right after its region is the scene
        close = abs(other.span.start - best.span.end) <= REFINE_REACH
        # ("قرب بلدة صرين جنوبي مدينة كوباني": a town after the outskirts locates them)
        locator = _outskirts(best) and other.span.start > best.span.start
        if close and _scene_rank(other) < _scene_rank(best) and not locator:
            best = other
        elif close and best.rule == "road" and near_a_town(other.place):
            best = other  # "على الطريق الدولي حمص – حماة قرب مدينة الرستن": the town named
    best = _head_of_chain(context.text, best, places)
    towns_after = [p for p in after if p.span.start > best.span.end and _scene_rank(p) == 0]
    if _scene_rank(best) >= PRECISION_RANK["governorate"] and towns_after:
        # "اعتقلت قوى الأمن الداخلي في محافظة درعا، أمس، أربعة أشخاص في مدينة نوى"
        best = towns_after[0]
    spots_after = [
        p for p in after if p.span.start > best.span.end and _scene_rank(p) <= OUTSKIRTS_RANK
    ]
    if best.rule == "direction" and spots_after:
        # "… شمال غربي حلب، مساء أمس، برصاص مسلح … في أرضه الواقعة على أطراف قرية تل
        # سلور": the region sums up where; the village told after it is the scene
        best = spots_after[0]
    located = [
        p
        for p in places
        if 0 <= best.span.start - p.span.end <= 3 and _scene_rank(p) <= OUTSKIRTS_RANK
    ]
    if best.rule.startswith("direction-of-town") and located:
        best = located[0]  # "قرب مفرق قرية رساس جنوب مدينة السويداء": the village
    quarter = [
        p
        for p in places
        if _QUARTER_RULE.search(p.rule) and 0 <= best.span.start - p.span.end <= QUARTER_REACH
    ]
    # "وشهدت منبج … كان آخرها انفجار دراجة مفخخة في حي الحزوانة": the quarter named
    # after the act, in the town the sentence opened with
    quarter += [
        p
        for p in after
        if _QUARTER_RULE.search(p.rule)
        and p.span.start > best.span.end
        and (p.place.lat is None or within_town(best.place, p.place))
        and best in witnessed
    ]
    if quarter and best.place.precision == "town" and not _QUARTER_RULE.search(best.rule):
        best = quarter[-1]  # "في سوق حي الزيدية بمدينة عفرين": the quarter is the scene
    between = context.text[max(0, best.span.start - BETWEEN_REACH) : best.span.start]
    if _BETWEEN.search(between):
        # "على الطريق الواصل بين الميادين والبوكمال، قرب بلدة العشارة": the town the
        # spot is said to be near, else the first end of the road
        near = [
            p
            for p in places
            if 0 < p.span.start - best.span.end <= ROAD_SPOT_REACH
            and (
                _outskirts(p)
                or _NEAR_ENTRANCE.search(context.text[max(0, p.span.start - 30) : p.span.start])
            )
            # ("بين قريتي الطويلة وتل اللبن في ريف ناحية تل تمر": the countryside the
            # road runs through holds both ends; it is no spot near one)
            and not fold(p.surface).startswith("ريف")
        ]
        return near[-1:] if near else [best]
    if _scene_rank(best) > OUTSKIRTS_RANK:
        return [best]
    towns = sorted(
        (p for p in places if _scene_rank(p) <= OUTSKIRTS_RANK), key=lambda p: p.span.start
    )
    return _coordinated(context.text, best, towns)


# "أمام مبنى إدارة منطقة", "أمام مقر", "أمام القصر العدلي في": up to three words of the
# building between «أمام» and the place
_IN_FRONT_OF = re.compile(r"(?<!\w)امام\s+(?:[^\s،,.]+\s+){0,3}(?:(?:في|ب)\s*)?$")


def _seat_of(mention: PlaceMention) -> PlaceMention:
    """The town an office of a district or governorate sits in ("مبنى محافظة حمص" is in
    the city of حمص); a town stays itself."""
    if mention.place.precision == "town":
        return mention
    name = re.sub(r"^(?:محافظ[ةه]|منطق[ةه]|ناحي[ةه])\s+", "", mention.place.name)
    seat = _town_named(name)
    if seat is None:
        return mention
    return replace(seat, span=mention.span, surface=mention.surface)


@cache
def _town_named(name: str) -> PlaceMention | None:
    return next(
        (m for m in find_places(f"مدينة {name}") if m.place.precision == "town"),
        None,
    )


def impact_towns(context: DocumentContext, sentence: Span, trigger: int) -> list[PlaceMention]:
    """Towns a strike's munitions fell on, told after it in the same sentence.

    "استهدفت طائرة حربية … منطقة جبل الزاوية، حيث سقط صاروخان … لبلدة إحسم، فيما
    سقط الصاروخان الآخران … قرب قرية مشون": one event per town struck (ACLED).
    """
    struck = []
    for mention in context.annotations.places:
        if mention.span.start < trigger or not sentence.contains(mention.span):
            continue
        if mention.place.precision != "town" and not mention.rule.startswith("near"):
            continue
        start = max(sentence.start, mention.span.start - IMPACT_REACH)
        if _IMPACT.search(context.text[start : mention.span.start]) and _is_scene(context, mention):
            struck.append(_town_for_quarter(context, mention))
    return struck


def town_named_before(context: DocumentContext, sentence: Span) -> Place | None:
    """The town a sentence names only by its noun ("في البلدة ذاتها", "الحي الغربي من
    المدينة", "القطاع الأول من المخيم"): the last one the article named before it."""
    noun = NAMELESS_TOWN.search(fold(sentence.of(context.text)))
    if noun is None:
        return None
    # a camp or a dam is one named so; a town any other
    named = next((n for n in _NAMED_KINDS if noun[0].endswith(n)), "")
    kind = noun[0][-4:]  # مدينه / بلده / قريه / مخيم
    towns = []
    for mention in reversed(context.annotations.places):
        if mention.span.start >= sentence.start or _QUARTER_RULE.search(mention.rule):
            continue
        if mention.place.precision != "town" or not _is_scene(
            context, mention, origins_allowed=True
        ):
            continue
        place = scene_place(mention, context)
        if place.precision == "town" and _named_as(fold(place.name)) == named:
            before = fold(context.text[max(0, mention.span.start - 8) : mention.span.start])
            if kind in before:
                return place  # "قرية عين الشرقية في ريف جبلة" … "من القرية"
            towns.append(place)
    return towns[0] if towns else None


_NAMED_KINDS = ("مخيم", "سد")


def _named_as(name: str) -> str:
    return next((n for n in _NAMED_KINDS if name.startswith(n + " ")), "")


def happened_abroad(context: DocumentContext, clause: Span) -> bool:
    """The clause sets its incident in another country ("مقتل جنود أتراك في هجمات
    شمالي العراق"), not where it came from ("قادمة من مدينة القائم العراقية")."""
    for mention in context.annotations.places:
        if not clause.contains(mention.span):
            continue
        foreign = (mention.country not in (None, "SY")) or bool(
            _FOREIGN_ADJECTIVE.match(context.text[mention.span.end : mention.span.end + 12])
        )
        before = context.text[max(0, mention.span.start - 40) : mention.span.start]
        if foreign and not _DEPARTURE.search(before) and not _FROM.search(before[-14:]):
            return True
    return False


# A spot this close to a town is in it or on its edge (a quarter, a farm, a depot).
WITHIN_TOWN_KM = 4.0


def _quarter_of_town_after(context: DocumentContext, mention: PlaceMention) -> PlaceMention:
    """A quarter the supplement knows in another governorate ("حي الجورة وسط مدينة
    منبج" is not Deir ez-Zor's الجورة): placed at the town named right after it."""
    town = next(
        (
            m
            for m in context.annotations.places
            if m.place.precision == "town"
            and m.place.lat is not None
            and 0 <= m.span.start - mention.span.end <= QUARTER_TOWN_REACH
        ),
        None,
    )
    # (a quarter in its own governorate is left as the supplement places it: its
    # point may lie some way from the city's)
    if town is None or town.place.admin1 == mention.place.admin1:
        return mention
    return replace(mention, place=replace(town.place, name=mention.place.name))


def within_town(town: Place | None, spot: Place) -> bool:
    """``spot`` lies in or beside ``town``: a quarter or an area of it, or the town itself."""
    if town is None or town.precision != "town":
        return False
    if fold(town.name) == fold(spot.name):
        return True
    km = km_apart(town, spot)
    return km is not None and km < WITHIN_TOWN_KM


def near_a_town(place: Place) -> bool:
    """A town, or the outskirts of one ("قرب قرية مشون" is ACLED's coarser "near")."""
    rule = (place.place_id or "").partition("#")[2]
    return place.precision == "town" or rule.startswith(("near-town", "direction-of-town"))


def _head_of_chain(text: str, best: PlaceMention, places: list[PlaceMention]) -> PlaceMention:
    """The finest place of a chain of locators that ends at ``best``.

    "في بلدة جملة بمنطقة حوض اليرموك غربي درعا": each place locates the one
    before it, so the chain is one scene and its head, the town, is the place.
    """
    head = finest = best
    while True:
        previous = [
            p
            for p in places
            if 0 <= head.span.start - p.span.end <= CHAIN_GAP
            and _LOCATES.match(text[p.span.end : head.span.start])
            and _scene_rank(p) <= _scene_rank(head)
        ]
        if not previous:
            return finest
        head = previous[-1]
        if _scene_rank(head) < _scene_rank(finest):
            finest = head


def _scene_rank(mention: PlaceMention) -> float:
    """PRECISION_RANK, with a town's outskirts ("قرب قرية مشون") just after the town."""
    if _outskirts(mention):
        return OUTSKIRTS_RANK
    return PRECISION_RANK[mention.place.precision]


def _outskirts(mention: PlaceMention) -> bool:
    return mention.place.precision == "district" and near_a_town(mention.place)


def _town_for_quarter(context: DocumentContext, mention: PlaceMention) -> PlaceMention:
    """A quarter ("حي الصناعة") the gazetteer lacks is placed at its town's point,
    as ACLED does, under its own name; the curated supplement knows some quarters
    itself (درعا البلد، طريق السد)."""
    curated = (mention.place.place_id or "").startswith("marsad:")
    square = mention.surface.startswith(("ساحة", "ساحه"))
    quarter = bool(_QUARTER_RULE.search(mention.rule))
    if curated and not square:
        return _quarter_of_town_after(context, mention) if quarter else mention
    if not (quarter or square):
        return mention
    towns = [
        m
        for m in context.annotations.places
        if m.place.precision == "town"
        and m.place.lat is not None
        and (
            m.span.end <= mention.span.start
            # "دوار الشهداء وسط مدينة طفس": the town named right after it
            or 0 <= m.span.start - mention.span.end <= QUARTER_TOWN_REACH
        )
        and _is_scene(context, m)
    ]
    if not towns:
        return mention
    after = [m for m in towns if m.span.start >= mention.span.end]
    town = (after[0] if after else towns[-1]).place
    if "دوار" in mention.rule or square:
        # a roundabout or a square ("ساحة الكرامة وسط مدينة السويداء") is a spot in its
        # town: ACLED codes the town
        return replace(mention, place=replace(town, unresolved_reason=None))
    # the quarter keeps its own name (what a reader looks for) on its town's point
    return replace(mention, place=replace(town, name=mention.place.name, unresolved_reason=None))


def _taken_to(context: DocumentContext, mention: PlaceMention) -> bool:
    """Where the wounded or the detained were taken, or where attackers fled (a
    group's move is another matter)."""
    before = context.text[max(0, mention.span.start - 80) : mention.span.start]
    return bool(
        _CARRIED_TO.search(before) or _FLED_TO.search(before) or _HOSPITAL.search(before[-40:])
    )


_AND_GAP = re.compile(r"^\s*و\s*$")


def _departure_listed_before(context: DocumentContext, mention: PlaceMention) -> bool:
    """ "تعزيزات من مدينتي درعا وإزرع": the second town of a list of departures."""
    listed = [
        m
        for m in context.annotations.places
        if m.span.end <= mention.span.start
        and _AND_GAP.match(context.text[m.span.end : mention.span.start])
    ]
    return bool(listed) and bool(
        _DEPARTURE.search(context.text[max(0, listed[-1].span.start - 40) : listed[-1].span.start])
    )


def _is_scene(
    context: DocumentContext,
    mention: PlaceMention,
    origins_allowed: bool = False,
    weak_allowed: bool = False,
) -> bool:
    if mention.place.precision == "country" and (
        mention.place.lat is None or mention.country != "SY"
    ):
        return False  # a foreign country named in passing ("اتفاق بين روسيا وتركيا")
    if _OUTLET_NUMBER.match(context.text[mention.span.end : mention.span.end + 4]):
        return False
    if _FOREIGN_ADJECTIVE.match(context.text[mention.span.end : mention.span.end + 12]):
        return False  # "مدينة القائم العراقية" is no place in Syria
    before = context.text[max(0, mention.span.start - 40) : mention.span.start]
    if _REPORTER_BASE.search(before):
        return False  # "مراسلنا في إدلب": where the reporter is, not the scene
    if _DEPARTURE.search(before) or _departure_listed_before(context, mention):
        return False  # "بعد خروجها من السخنة": where they came from
    named_by_noun = "+" in mention.rule or mention.rule.startswith("unknown after")
    if not named_by_noun and _COMMON_NOUN_ADJECTIVE.match(
        context.text[mention.span.end : mention.span.end + 12]
    ):
        # "قرب الجدار الحدودي": a wall, not the village of that name ("قرية مطربا
        # الحدودية" is the village: a settlement noun names it)
        return False
    if (_ROAD_TO.search(before) or _OPERATES_IN.search(before)) and not weak_allowed:
        # "على الطريق المؤدي إلى قرية الدالية", "وحدات الجيش العاملة في ريف حلب الغربي":
        # where a road leads or a force works is the scene only when nothing else is
        return False
    if _ACCUSED_OF_THERE.search(context.text[max(0, mention.span.start - 90) : mention.span.start]):
        # "القبض على ثلاثة متورطين بالهجوم على حاجز في بلدة وادي العيون": the scene of
        # what they are accused of, not of the arrest
        return False
    if _LOCATOR.search(before) and not mention.rule.startswith(("near-town", "direction-of-town")):
        # "في البلدة الواقعة بريف دير الزور": where the town lies ("في البادية الواقعة
        # شرق قرية الشيخ هلال": a stretch of desert beside a village is found by it)
        return False
    if _OFFICE_OF.search(context.text[max(0, mention.span.start - 60) : mention.span.start]):
        return False  # "بحضور محافظ دير الزور": an office named after a place
    if _LAUNCH_SITE.search(before) or _FIRED_FROM.search(
        context.text[max(0, mention.span.start - 80) : mention.span.start]
    ):
        return False  # "قصف مصدره القواعد التركية في محيط رأس العين"
    # ("شابين من أبناء مدينة شهبا قرب قرية أم الزيتون": the outskirts say where it happened)
    if (
        mention.place.precision in ("district", "governorate")
        and not origins_allowed
        and not mention.rule.startswith("near-town")
    ):
        # "شابين من أبناء بلدة عريقة في ريف السويداء الغربي": the region locating a
        # home town is part of where the victims come from
        located = [
            m
            for m in context.annotations.places
            if m.span.end <= mention.span.start
            and _LOCATES.match(context.text[m.span.end : mention.span.start])
        ]
        if (
            located
            and located[-1].place.precision == "town"
            and not _is_scene(context, located[-1])
        ):
            return False
    if before.endswith("("):
        # "رأس العين (سري كانيه)": a name in brackets is what the name before it is
        named = [
            m
            for m in context.annotations.places
            if m.span.end <= mention.span.start and mention.span.start - m.span.end <= 3
        ]
        if named and not _is_scene(context, named[-1], origins_allowed):
            return False
    for actor in context.annotations.actors:
        if actor.span.start <= mention.span.start and mention.span.end <= actor.span.end:
            return False  # "سوريا" inside "قوات سوريا الديمقراطية"
    for outlet in context.annotations.outlets:
        if outlet.span.contains(mention.span):
            return False  # "سوريا" inside "موقع تلفزيون سوريا"
    for cue in context.cues:
        if origins_allowed:
            break
        if (
            cue.kind == "origin"
            and 0 <= mention.span.start - cue.span.end <= ORIGIN_CUE_REACH
            # ("من أبناء مدينة شهبا قرب قرية أم الزيتون": the cue governs the first place)
            and not any(
                cue.span.end <= m.span.start and m.span.end <= mention.span.start
                for m in context.annotations.places
            )
        ):
            fired = _FIRED_AT.search(
                fold(context.text[max(0, cue.span.start - 45) : cue.span.start])
            )
            if not (fired and cue.phrase in ("باتجاه", "نحو")):
                return False  # ("أطلقت النار باتجاه رعاة قرب قرية الأصبح": the target)
    return True


def _coordinated(text: str, best: PlaceMention, towns: list[PlaceMention]) -> list[PlaceMention]:
    """``best`` and the towns listed with it ("كنصفرة والبارة والفطيرة"), in text order."""
    index = next(i for i, t in enumerate(towns) if t.span == best.span)
    first = last = index

    def joined(left: PlaceMention, right: PlaceMention) -> bool:
        gap = text[left.span.end : right.span.start]
        if (_outskirts(left) or _outskirts(right)) and not re.search("[و،,]", gap):
            # "أطراف قريتي فركيا وبزابور" is a list; "الدادات قرب مدينة منبج" locates one town
            return False
        if right.rule.startswith("direction-of-town") and "و" not in gap:
            return False  # "بلدة رساس، جنوب غربي مدينة السويداء" locates the village
        return bool(_LIST_GAP.match(gap) or _SHARED_GAP.match(gap))

    while first > 0 and joined(towns[first - 1], towns[first]):
        first -= 1
    while last + 1 < len(towns) and joined(towns[last], towns[last + 1]):
        last += 1
    chain = [best]
    for town in towns[first : last + 1]:
        if all(not _same_town(town.place, kept.place) for kept in chain):
            chain.append(town)
    return chain


def km_apart(a: Place, b: Place) -> float | None:
    """Kilometres between two places, or None when either has no point."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _same_town(a: Place, b: Place) -> bool:
    km = km_apart(a, b)
    return fold(a.name) == fold(b.name) if km is None else km < SAME_TOWN_KM


def fallback_place(context: DocumentContext) -> Place | None:
    """The governorate the document is mostly about, for events that name no place."""
    counts: dict[str, int] = {}
    for mention in context.annotations.places:
        if mention.place.admin1 and _is_scene(context, mention):
            counts[mention.place.admin1] = counts.get(mention.place.admin1, 0) + 1
    if not counts:
        return None
    admin1 = max(counts, key=lambda k: counts[k])
    for mention in context.annotations.places:
        place = mention.place
        if place.admin1 == admin1 and place.precision == "governorate":
            return Place(
                name=admin1,
                precision="governorate",
                admin1=admin1,
                lat=place.lat,
                lon=place.lon,
                place_id=place.place_id,
                name_en=place.name_en,
            )
    return Place(name=admin1, precision="governorate", admin1=admin1)


# A document names its main governorate at least this often for it to outweigh a
# name's default sense.
MAIN_GOVERNORATE_MENTIONS = 3


def _one_sense(place: Place, mention: PlaceMention, context: DocumentContext) -> Place:
    """A name of several places, read in a document about one governorate: "محور بلدة
    المجدل" in a report on Sweida is not Tartus's المجدل. The governorates the article
    names without doubt decide; a sense in none of them gives way to the main one, as
    an unresolved place when the gazetteer knows no such place there."""
    counts: dict[str, int] = {}
    for other in context.annotations.places:
        if other.place.admin1 and not other.alternatives and _is_scene(context, other):
            counts[other.place.admin1] = counts.get(other.place.admin1, 0) + 1
    if not counts or counts.get(place.admin1 or "", 0):
        return place
    main = max(counts, key=lambda k: counts[k])
    if counts[main] < MAIN_GOVERNORATE_MENTIONS:
        return place
    there = next((a for a in mention.alternatives if a.admin1 == main), None)
    if there is not None:
        return there
    return Place(
        name=place.name,
        precision=place.precision,
        admin1=main,
        unresolved_reason=f"not in the gazetteer in {main}, the governorate the article is about",
    )


def with_governorate(place: Place, context: DocumentContext, near: Span) -> Place:
    """``place`` with its governorate filled in when the gazetteer could not resolve it.

    An unknown village ("قرية كنصفرة") sits in the governorate of the resolved
    places around it ("بريف إدلب الجنوبي"), else in the document's main one.
    """
    if place.admin1 or place.precision == "country":
        return place
    nearby = [
        m
        for m in context.annotations.places
        if m.place.admin1 and near.contains(m.span) and _is_scene(context, m)
    ]
    if nearby:
        return replace(place, admin1=nearby[0].place.admin1)
    fallback = fallback_place(context)
    return replace(place, admin1=fallback.admin1) if fallback else place


def scene_place(mention: PlaceMention, context: DocumentContext) -> Place:
    """The Place an event is coded at for a place mention.

    "قرب مدينة إزرع" is coded at إزرع with "near" precision (ACLED geo-precision 2);
    a name left ambiguous here but resolved elsewhere in the article takes that
    resolution (one sense per article).
    """
    place = mention.place
    beside_town = mention.rule.startswith("direction-of-town") and "ريف" not in mention.surface
    if (mention.rule.startswith("near") or beside_town) and mention.parts:
        # "قرب مدينة إزرع", "شرق بلدة عقيربات": coded at the town, with "near" precision
        # ("ريف بلدة الدرباسية الشمالي" is a countryside, named as written)
        town = mention.parts[0].place
        # "بادية الشولا" is the desert around a village, known by that name
        name = mention.surface if _BADIA.match(mention.surface) else town.name
        return replace(town, name=name, precision="district", place_id=mention.place.place_id)
    if (mention.alternatives or "حي" in mention.rule) and place.admin1:
        # a quarter's name alone ("حي الرميلة") is often another city's quarter too
        place = _one_sense(place, mention, context)
    if _QUARTER_RULE.search(mention.rule) and place.place_id and "#" not in place.place_id:
        # a quarter inside its town: a finer scene than the town, told apart when merging
        place = replace(place, place_id=f"{place.place_id}#quarter")
    noun = _NAMED_WITH_NOUN.search(
        context.text[max(0, mention.span.start - 8) : mention.span.start]
    )
    if noun and not place.name.startswith(noun[1]):
        place = replace(place, name=f"{noun[1]} {place.name}")  # "مخيم الهول" is the camp's name
    if place.lat is None:
        key = fold(place.name.split()[-1]) if place.name else ""
        for other in context.annotations.places:
            known = other.place
            same_governorate = place.admin1 is None or known.admin1 == place.admin1
            if (
                known.lat is not None
                and known.precision == "town"
                and fold(known.name) == key
                and same_governorate
            ):
                return replace(known, precision="district") if " " in place.name else known
    return place
