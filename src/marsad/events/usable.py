"""Which trigger words in a clause tell an act: not a charge («بشبهة التورط في
التفجير»), a placard's slogan, a retold incident («عقب الانفجار»), a raid that arrested
nobody, shots into the air, or what a negation, threat or denial governs."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from marsad.arabic.normalize import fold
from marsad.events.context import Clause, DocumentContext
from marsad.events.cues import Cue
from marsad.events.sides import ARMED, FEUD_SIDES
from marsad.events.triggers import TriggerMatch
from marsad.model import Span

# Triggers that only make an event when an armed actor is named in the clause
# ("نقل المصابين إلى المستشفى" is not a group movement).
_NEEDS_ARMED_ACTOR = frozenset(
    {"Change to group/activity", "Other", "Agreement", "Headquarters or base established"}
)
# "عقب الانفجار", "بعد الهجوم", "على خلفية الاشتباكات" point back to an incident
# already told; only definite nouns do ("بعد انفجار عبوة" may tell a new one).
_BACK_REFERENCE = re.compile(
    # ("وتأتي هذه الاحتجاجات بعد …", "ويأتي الانفجار بعد أسبوعين على اغتيال …")
    r"(?:عقب|بعد|على خلفية|إثر|اثر|وقت|لحظة|قبيل|منذ|هذه|هذا|تلك|ذلك"
    r"|[وف]?(?:يأتي|تأتي|ياتي|تاتي)(?:\s+(?:هذه|هذا))?"
    # "وبعد ساعات من التفجير، اعتقلت …": the blast told before
    r"|بعد\s+(?:نحو\s+)?(?:ساع\w*|ايام|أيام|يوم|يومين)\s+(?:من|على)"
    # "وتبنّى تنظيم داعش الهجوم عبر معرّفاته": a claim for the attack told before
    # ("ولم تتبنَّ أي جهة الهجوم": no claim, the same attack)
    r"|[وف]?(?:تبن[ىي]|تبنت|يتبن[ىي]?|تتبن[ىي]?)(?:\s+[^\s،,.]+){0,3})\s*(?:ال)?$"
)
# Words before a noun that make it what people denounce or demand, not an act told.
_DENOUNCED = re.compile(
    r"(?:تندد|ينددون|نددوا|تنديدا|تنديد|احتجاجا علي|رفضا ل|للمطالبه|المطالبه|ردا علي)"
    r"\s*[بل]?(?:ال)?$"
)
# "مستخدمين الأسلحة الرشاشة والقذائف الصاروخية": the weapons an assault used
_WIELDED = re.compile(r"(?:استخدم\w*|مستخدم\w*|باستخدام)(?!\w)")
# "هاجموا الحاجز بالأسلحة الرشاشة وقنبلة يدوية": a weapon listed after the guns of
# an assault told just before it
_LISTED_AFTER_GUNS = re.compile(r"(?<!\w)ب(?:ال)?(?:اسلحه|رشاشات|بنادق|رصاص)(?:\s+\S+)?\s+و\S*$")
WIELDED_REACH = 40
_REMNANTS_OF = re.compile(r"(?<!\w)(?:من\s+)?مخلفات\s+(?:ال)?$")
_UNEXPLODED = re.compile(r"^(?:\s+\S+){0,2}?\s+(?:لم\s+(?:تنفجر|ينفجر)|غير\s+(?:ال)?منفجر)")
UNEXPLODED_REACH = 30
# "تفجير فرق الهندسة لذخائر غير منفجرة", "فجّرتها وحدة الهندسة بشكل آمن": munitions
# destroyed on purpose by deminers, no attack
_CONTROLLED_BLAST = re.compile(
    r"(?:تفجير|فجرت\w*|فجر)\s+(?:\S+\s+){0,2}?(?:فرق|فريق|وحدات|وحده|عناصر)\s+(?:ال)?هندس"
    r"|(?:تفجير|فجرت\w*|فجر)\w*(?:\s+\S+){0,3}\s+(?:بشكل|بطريقه)\s+(?:امن|محكوم)"
    r"|تفجير\w*\s+(?:ال)?محكوم"
)
_ARRESTING_UNIT = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:دوري[هة]|حاجز|قو[هة]|اعتقل\w*)(?!\w)")
_RAID = re.compile(r"دهم|داهم|مداهم|تفتيش|تمشيط")
_DETAINED = re.compile(r"اعتقل|اعتقال|القبض|توقيف|اوقف|احتجز|اقتاد|معتقل|موقوف|خطف|اختطف|سوق")
_INTO_THE_AIR = re.compile(r"^\s*(?:\S+\s+)?في\s+الهواء")
_ACCUSED_OF = re.compile(
    r"(?:بشبه[ةه]|بتهم[ةه]|يشتبه|مشتبه|تورط\w*|بالتورط|المتورطين|متورطين|المتهمين|متهم\w*"
    # ("دعماً لوجستياً لمنفذ التفجير": who carried out the blast told elsewhere)
    r"|بالضلوع|بالمشارك[ةه]|بالوقوف وراء|(?:ال)?مشاركين|(?:ال)?مشاركون|منفذ\w*"
    # ("مطلوب بقضايا خطف وسلب سابقة"; "عصابة تمتهن الخطف والسلب": its trade)
    r"|مطلوب\w*|بقضايا|بقضي[ةه]|[تي]متهن\w*|امتهان|[تي]مارس\w*"
    # ("عصابة متخصصة بالخطف"; "الجهات المختصة" are the authorities)
    r"|(?<!\w)(?:مت?خصص|مختص)\w*"
    # ("المدعو … الذي يتهمه ذوو القتيلين بإطلاق النار": a suspect described)
    r"|(?<!\w)[يت]تهم(?:ه|ها|هم|هما))"
    r"(?:\s+[^\s،,.]+){0,6}\s+(?:في|ب)?\s*(?:ال)?$"
)
# "بعد محاولة فاشلة لخطفهم", "حاولوا اختطافه": an abduction tried, not carried out
_TRIED = re.compile(r"(?<!\w)(?:محاول[ةه](?:\s+\S+)?|حاول\w*)\s+(?:ل|ال)?$")
# "العصابة التي اختطفته", "المسلحين الذين اغتالوه": a verb in a relative clause says
# what a group did, told elsewhere or the charge, not a new act in this sentence
RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:التي|الذي|الذين|اللذين|اللتين|اللذان|اللتان)\s+$")
_TOOK_PART = re.compile(r"(?<!\w)(?:شاركوا|شارك|شاركا)\s+(?:في|ب)\s*(?:ال)?$")
_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
# ("زاعماً مقتل خمسة", "زاعماً أن عناصره قتلوا": what the claimant says it did)
_CLAIMED = re.compile(r"(?<!\w)(?:زاعم|مدعي)\w*(?:\s+ان(?:\s+\S+){0,2})?\s*$")
# ("بمؤازرة من الطيران المروحي": aircraft supporting a ground sweep)
_FLYING_OVER = re.compile(
    r"(?<!\w)(?:[وف]?(?:ل|ال)?تحليق|[بو]?(?:مؤازره|موازره|مسانده|غطاء))(?:\s+\S+){0,2}\s+(?:ل|ال|لل)?$"
)
_DESCRIBED = re.compile(r"^\S*\s+(?:كانت|كان|تعد|يعد|تعتبر|يعتبر)(?!\w)")
# "بعد اختطافه", "عقب اغتيالها": a noun with a possessive pronoun is definite
_POSSESSED = re.compile(r"^[وفبل]?(?:اختطاف|اغتيال)(?:ه|ها|هم|هما)$")
# "أفرجت عنه بعد نحو ثلاثين ساعة على اختطافه": the abduction behind a release or a
# body found, told as its background
_SOME_TIME_AFTER = re.compile(r"(?<!\w)بعد\s+(?:نحو\s+)?(?:\S+\s+){1,2}(?:من|علي|على)\s*$")
_DEFINITE = re.compile(r"^[وفبل]?ال|\sال\w+$")
# a lexicon form matched without its article ("بعد الغارة" matched at "غارة")
_ARTICLE_BEFORE = re.compile(r'(?:^|[\s“"«(])[وفبل]?ال$')
# What is brought under control without an area changing hands.
_NO_TERRITORY = re.compile(r"\s*(?:علي\s+)?(?:ال)?(?:حريق|نيران|النار|الوضع|الموقف|الاوضاع)")
# A weapons depot named this close after "السيطرة على" is what was taken.
SEIZED_OBJECT_REACH = 25
# ("مركز التسوية": the office where men settle their status, no agreement)
_PERSONAL_SETTLEMENT = re.compile(r"اجري|اجروا|اجراء|وضعه|وضعهم|اوضاع|وضع|مركز|مراكز")
# Words that say something went off (as opposed to being found or seized).
# ("عبوات ناسفة جاهزة للتفجير", "معدة للتفجير": ready to blow up, so not blown up)
_EXPLODED = re.compile(r"انفجر|انفجار|تفجير|استهدف|سقط|قصف|اصاب|طال|قتل|مقتل")
# "عبوتين ناسفتين معدّتين للتفجير": ready to go off, so they did not
_READY_TO_EXPLODE = re.compile(r"(?<!\w)(?:معد|جاهز)\w{0,3}\s+لل?تفجير")


def _exploded(folded: str) -> bool:
    return bool(_EXPLODED.search(_READY_TO_EXPLODE.sub(" ", folded)))


# Words before an agreement that name one already made: broken, applied, dated from
_AGREED_BEFORE = re.compile(
    r"(?<!\w)(?:[وف]?(?:خرق\w*|خروقات|انتهاك\w*|انتهاكات|تطبيق|تنفيذ|بنود|بموجب|رغم|التزام\w*)"
    r"|منذ\s+(?:اعلان|توقيع|ابرام|التوصل\s+(?:الي|ل))|(?:ال)?منصوص\s+عليه\w*\s+في)"
    r"(?:\s+\S+){0,2}\s+(?:ب|ل|ال)?$"
)


def has_cue(context: DocumentContext, kind: str, span: Span) -> bool:
    return any(c.kind == kind and span.contains(c.span) for c in context.cues)


# "استجابت منذ الخامس من الشهر لأكثر من 200 هجوم": acts counted since a date
_COUNTED_SINCE = re.compile(
    r"(?<!\w)منذ(?!\w).*(?<!\w)\d+\s+(?:هجوم|هجمات|غاره|غارات|عمليه|عمليات|خرق|خروقات|حاله|حالات)"
)


# "شهدت الأشهر السبعة نحو ٦٠ هجوماً", "وثّق ١٢ حالة اغتيال": eleven and more of a kind
# (a number with a singular noun) counts incidents; "نفذت 6 غارات" is one raid told
# ("وثّق مقتل 27 شخصاً في المحافظة خلال كانون الأول الماضي": a month's toll)
_COUNTED = re.compile(
    r"(?<!\w)\(?\d+\)?\s+(?:هجوما|تفجيرا|انفجارا|اعتداء|حاله"
    r"|عمليه\s+(?:اغتيال|خطف|قتل|دهم|مداهمه|اعتقال))(?!\w)"
    r"|(?<!\w)(?:مقتل|مصرع)\s+\d+\s+\S+(?:\s+\S+){0,3}\s+خلال\s+(?:شهر\s+)?"
    r"(?:كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل"
    r"|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)(?!\w)"
)


def is_generality(context: DocumentContext, sentence: Span) -> bool:
    """The sentence describes a pattern or a tally, not one incident. "ارتفعت حصيلة
    الاستهداف إلى سبعة قتلى" is one incident's toll rising, not a tally."""
    folded = fold(sentence.of(context.text))
    if _COUNTED_SINCE.search(folded) or _COUNTED.search(folded):
        return True
    if _risen_since_days_before(context, sentence) or _risen_count_since(folded):
        return True
    general = [
        c for c in context.cues if c.kind in ("general", "tally") and sentence.contains(c.span)
    ]
    rose = any(
        c.kind == "rise"
        and c.phrase in ("ارتفعت", "ارتفع", "ليرتفع", "لترتفع")
        and sentence.contains(c.span)
        for c in context.cues
    )
    # ("وتتواصل الاشتباكات … منذ ساعات الفجر على محور سد تشرين": today's fight goes on;
    # "وأحصى المرصد مقتل 5 … في اشتباكات اندلعت منذ فجر اليوم": today's fight counted)
    today = bool(_SINCE_DAWN.search(folded))
    return any(
        not (rose and _one_incident_toll(context, c))
        and not (today and (c.phrase in ("تتواصل", "يتواصل") or c.kind == "tally"))
        for c in general
    )


_SINCE_DAWN = re.compile(
    r"(?<!\w)منذ\s+(?:(?:ساعات|ساعه)\s+)?(?:ال)?(?:فجر|صباح|ظهر|مساء|ليل\w*)(?:\s+اليوم|\s+امس)?(?!\w)"
)


# "ليرتفع عدد ضحايا الهجوم إلى اثنين": the dead of one incident named by its noun
_ONE_INCIDENT = re.compile(
    r"\s+(?:الهجوم|الانفجار|التفجير|الغاره|الاستهداف|الحادث|الحادثه|الكمين|القصف|المجزره)(?!\w)"
)


def _one_incident_toll(context: DocumentContext, cue: Cue) -> bool:
    if cue.phrase == "حصيله":
        return True
    return cue.phrase == "عدد ضحايا" and bool(
        _ONE_INCIDENT.match(fold(context.text[cue.span.end : cue.span.end + 16]))
    )


# "يرتفع إلى 23 عدد العسكريين الذين قُتلوا … منذ توقيع اتفاق العاشر من آذار": a count
# of the dead since an event sums many incidents; "منذ فجر اليوم" is one day's fight
_RISEN_COUNT = re.compile(r"(?<!\w)و?[ايت]رتفع\w*\s+(?:\S+\s+){0,3}(?:عدد|تعداد)(?!\w)")
_SINCE = re.compile(r"(?<!\w)منذ\s+((?:\S+\s*){1,3})")
_HOURS_AGO = re.compile(r"(?<!\w)(?:اليوم|امس|البارحه|الليله|ساع\w*|دقائق|لحظ\w*)(?!\w)")


def _risen_count_since(folded: str) -> bool:
    counted = _RISEN_COUNT.search(folded)
    if counted is None:
        return False
    since = _SINCE.findall(folded[counted.end() :])
    return any(not _HOURS_AGO.search(words) for words in since)


# "يرتفع إلى 418 تعداد الذين قُتلوا في المعارك منذ الـ 12 من كانون الأول": a toll
# counted from a day this far before publication sums many incidents
TALLY_SINCE_DAYS = 3
_SINCE_BEFORE = re.compile(r"(?<!\w)منذ\s+(?:ال\s*)?$")  # "منذ 12", "منذ الـ 12"


def _risen_since_days_before(context: DocumentContext, sentence: Span) -> bool:
    published = context.document.published
    if published is None or published.precision != "day":
        return False
    if not any(c.kind == "rise" and sentence.contains(c.span) for c in context.cues):
        return False
    text = context.text
    for mention in context.annotations.dates:
        if not sentence.contains(mention.span) or mention.date is None:
            continue
        before = fold(text[max(sentence.start, mention.span.start - 10) : mention.span.start])
        if not _SINCE_BEFORE.search(before):
            continue
        started = date.fromisoformat(mention.date.first_day())
        if (date.fromisoformat(published.value) - started).days >= TALLY_SINCE_DAYS:
            return True
    return False


def is_tally(context: DocumentContext, sentence: Span) -> bool:
    """A count over a period, whatever the day the tally was published ("كشفت المديرية
    في إحصائية نشرتها اليوم عن مقتل تسعة أشخاص")."""
    return has_cue(context, "tally", sentence)


def usable(context: DocumentContext, clause: Clause, trigger: TriggerMatch) -> bool:
    annotations = context.annotations
    before = context.text[max(clause.span.start, trigger.span.start - 24) : trigger.span.start]
    folded_before = fold(before)
    if trigger.rule.event_type in _VIOLENT and _TOOK_PART.search(folded_before):
        # "يعتقل ٤ أشخاص من الطرفين شاركوا في إطلاق النار": what the arrested did (a
        # meeting they took part in is an event: "شاركوا في الاجتماع الأمني")
        return False
    if (
        RELATIVE_BEFORE.search(folded_before)
        and not _trigger_just_before(context, trigger)
        and not _dated_after(context, trigger)
    ):
        # "العصابة التي اختطفته": what the gang did, told elsewhere; "العبوة التي
        # انفجرت صباح الأربعاء الماضي" dates an incident of its own
        return False
    if _POSSESSED.search(fold(trigger.surface)) and _SOME_TIME_AFTER.search(
        fold(context.text[max(clause.span.start, trigger.span.start - 40) : trigger.span.start])
    ):
        return False  # "أفرج عنه بعد خمسة أيام على اختطافه": the release's background
    if _CLAIMED.search(folded_before):
        return False  # "زاعماً مقتل خمسة عناصر": the toll a claimant gives, not a report
    if _TOPIC.search(folded_before):
        return False  # "ملف الخطف يحظى بأولوية قصوى": a subject, not an incident
    # (folded too: "وتبنّى" carries a shadda the pattern does not spell)
    back = _BACK_REFERENCE.search(before) or _BACK_REFERENCE.search(folded_before)
    if back and is_definite(context.text, trigger):
        return False  # "وعقب الانفجار": the incident told before, not a new one
    if is_definite(context.text, trigger) and _named_earlier_in_sentence(context, clause, trigger):
        return False  # "الهجوم الذي نفذه … متأثراً بجراحه التي أصيب بها خلال الهجوم"
    if trigger.rule.kind == "kill" and _INTO_THE_AIR.match(
        context.text[trigger.span.end : trigger.span.end + 20]
    ):
        return False  # "وسط إطلاق نار في الهواء": shots to frighten, not an attack
    if is_definite(context.text, trigger) and _DESCRIBED.match(
        context.text[trigger.span.end : trigger.span.end + 16]
    ):
        return False  # "المعركة كانت حاسمة": a battle told before, now described
    if _REMNANTS_OF.search(folded_before):
        return False  # "من مخلفات المعارك التي شهدتها المنطقة": what the fighting left
    if _ACCUSED_OF.search(fold(context.text[max(0, trigger.span.start - 60) : trigger.span.start])):
        return False  # "اعتقلت ثلاثة بشبهة التورط في التفجير": the charge, not a new act
    if _DENOUNCED.search(fold(context.text[max(0, trigger.span.start - 16) : trigger.span.start])):
        return False  # "لافتات تندد بالاعتقالات": what protesters denounce, not an act
    if trigger.rule.sub_event_type == "Air/drone strike" and _FLYING_OVER.search(folded_before):
        return False  # "بالتزامن مع تحليق لطيران التحالف": aircraft overhead, no strike
    wielded_kind = trigger.rule.sub_event_type in ("Shelling/artillery/missile attack", "Grenade")
    if (wielded_kind or "ار بي جي" in trigger.rule.trigger) and _WIELDED.search(
        fold(
            context.text[
                max(clause.span.start, trigger.span.start - WIELDED_REACH) : trigger.span.start
            ]
        )
    ):
        return False  # "استخدموا الأسلحة الرشاشة وقذائف آر بي جي": arms of an assault told
    if (
        wielded_kind
        and _LISTED_AFTER_GUNS.search(folded_before)
        and any(
            clause.span.contains(t.span) and t.span.end <= trigger.span.start
            for t in context.triggers
        )
    ):
        return False  # "هاجموا الحاجز بالأسلحة الرشاشة وقنبلة يدوية": the assault's weapons
    if (
        trigger.rule.event_type == "Explosions/Remote violence"
        and not _exploded(fold(trigger.surface))
        and _UNEXPLODED.match(
            fold(context.text[trigger.span.end : trigger.span.end + UNEXPLODED_REACH])
        )
    ):
        # "عثرا على جسم يُرجّح أنه قنبلة عنقودية لم تنفجر": a munition found, not a
        # blast ("انفجار جسم غير منفجر" is one)
        return False
    if trigger.rule.event_type == "Explosions/Remote violence" and _READY_TO_EXPLODE.search(
        fold(context.text[max(0, trigger.span.start - 12) : trigger.span.end])
    ):
        return False  # "عبوتين ناسفتين معدّتين للتفجير": bombs that have not gone off
    if trigger.rule.kind == "territory" and _NO_TERRITORY.match(
        fold(context.text[trigger.span.end : trigger.span.end + 20])
    ):
        return False  # "تمكنت من السيطرة على الحريق": a fire put out, no area taken
    if trigger.rule.event_type == "Explosions/Remote violence" and _CONTROLLED_BLAST.search(
        fold(clause.sentence.of(context.text))
    ):
        return False  # deminers blowing up what they collected
    for mention in annotations.places:
        if mention.span.start <= trigger.span.start < mention.span.end:
            return False  # a trigger word inside a place name
    if fold(trigger.surface).startswith("اقتاد"):
        # "واقتادوه إلى جهة مجهولة": gunmen abduct; a patrol taking a man away tells
        # the arrest ("الدورية اقتادتهما إلى جهة مجهولة")
        sentence = fold(clause.sentence.of(context.text))
        state = any(
            clause.sentence.contains(a.span) and a.category in ("state", "external")
            for a in annotations.actors
        )
        return not state and not _ARRESTING_UNIT.search(sentence)
    if trigger.rule.sub_event_type == "Arrests" and _RAID.search(fold(trigger.surface)):
        # "بدأت حملة دهم وتمشيط في القرى": a raid that arrested nobody is no arrest
        return bool(_DETAINED.search(fold(clause.sentence.of(context.text))))
    if trigger.rule.kind == "settlement":
        # "أجرى التسوية", "تسوية وضعه": one man's status settled, not an agreement
        around = fold(context.text[max(0, trigger.span.start - 12) : trigger.span.end + 12])
        if _PERSONAL_SETTLEMENT.search(around):
            return False
    if trigger.rule.sub_event_type == "Agreement" and _AGREED_BEFORE.search(
        fold(context.text[max(0, trigger.span.start - 30) : trigger.span.start])
    ):
        return False  # "خرقت اتفاق وقف إطلاق النار": an agreement made before, now named
    if trigger.rule.sub_event_type == "Agreement" and FEUD_SIDES.search(
        clause.sentence.of(context.text)
    ):
        return True  # "توصلوا إلى هدنة بين العائلتين": a truce between feuding families
    if trigger.rule.sub_event_type in _NEEDS_ARMED_ACTOR:
        return any(clause.span.contains(a.span) and a.category in ARMED for a in annotations.actors)
    if trigger.rule.sub_event_type == "Disrupted weapons use" and trigger.rule.priority < 50:
        return has_cue(context, "weapons", clause.span)  # "ضبط" of weapons, not of drugs
    # "ضبط بندقيتين حربيتين ومسدس وقنبلة يدوية": seized, not thrown
    return not (
        trigger.rule.sub_event_type == "Grenade"
        and _SEIZED_LIST.search(fold(context.text[clause.span.start : trigger.span.start]))
    )


_TOPIC = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:ملف|ملفات|ظاهر[ةه])\s+(?:ال)?$")
# a seizure verb and a list of things before a grenade in its clause
_SEIZED_LIST = re.compile(
    r"(?<!\w)[وف]?(?:ضبط|صادر|مصادره|العثور\s+علي)\w*\s+(?:\S+\s+){0,8}[وف]?$"
)


# how far before a relative pronoun a trigger names what the clause describes, and
# after a trigger a date gives its clause an incident of its own
RELATIVE_CLAUSE_REACH = 30


def _trigger_just_before(context: DocumentContext, trigger: TriggerMatch) -> bool:
    """ "الغارة التي استهدفت …": the relative clause tells the incident named just before."""
    return any(
        0 <= trigger.span.start - other.span.end <= RELATIVE_CLAUSE_REACH
        for other in context.triggers
        if other is not trigger
    )


def _dated_after(context: DocumentContext, trigger: TriggerMatch) -> bool:
    return any(
        0 <= m.span.start - trigger.span.end <= RELATIVE_CLAUSE_REACH * 2
        for m in context.annotations.dates
    )


def _named_earlier_in_sentence(
    context: DocumentContext, clause: Clause, trigger: TriggerMatch
) -> bool:
    """The same incident noun already told in an earlier clause of the sentence
    (a weapon is not: "ردّت وحدات الجيش بالقذائف" answers the rockets told before)."""
    word = _bare(trigger.surface)
    if word not in _INCIDENT_NOUNS:
        return False
    return any(
        clause.sentence.start <= other.span.start and other.span.end <= clause.span.start
        for other in context.triggers
        if _bare(other.surface) == word
    )


_INCIDENT_NOUNS = frozenset(
    {"هجوم", "انفجار", "تفجير", "اشتباك", "اشتباكات", "كمين", "اغتيال", "اعتداء", "استهداف"}
)


def _bare(surface: str) -> str:
    return re.sub(r"^[وفبل]?(?:ال|لل)", "", fold(surface))


DENIAL_REACH = 80


def negated(context: DocumentContext, clause: Clause, trigger: TriggerMatch) -> bool:
    """ "نفت وقوع اشتباكات", "هدد بشن هجوم": a negation, threat or plan governs the acts
    told after it; "تدخلت لمنع الاعتقال" does not undo the clash told before it. A denial
    also undoes the act told just before it ("شائعات … ونفتها")."""
    for cue in context.cues:
        if cue.kind == "demand" and clause.span.contains(cue.span):
            between = context.text[cue.span.end : trigger.span.start]
            # («احتجاجاً على»: the protest's own word is no act it is against)
            if cue.span.start < trigger.span.start and not re.search("[،,]", between):
                return True
        if cue.kind not in ("negation", "denial") or not clause.span.contains(cue.span):
            continue
        if cue.span.start <= trigger.span.start:
            return True
        if cue.kind == "denial" and cue.span.start - trigger.span.end <= DENIAL_REACH:
            return True
    return False


def seized_not_exploded(
    context: DocumentContext, clause: Clause, best: TriggerMatch, triggers: list[TriggerMatch]
) -> TriggerMatch:
    """ "ضبطت مستودعاً يضم عبوات ناسفة": explosives that were seized did not explode."""
    seizure = [t for t in triggers if t.rule.sub_event_type == "Disrupted weapons use"]
    if not seizure:
        return best
    if best.rule.kind == "territory":
        # "السيطرة على عدة مخازن من الأسلحة": taking weapons depots, not an area
        near = [t for t in seizure if 0 <= t.span.start - best.span.end <= SEIZED_OBJECT_REACH]
        return near[0] if near else best
    # ("ضبط مستودع يضم قذائف «آر بي جي»": rockets seized, not fired)
    fired_weapon = best.rule.kind == "attack" and seizure[0].span.start < best.span.start
    if best.rule.event_type != "Explosions/Remote violence" and not fired_weapon:
        return best
    # ("ضبطت بحوزتهم عبوة ناسفة" in a clause that also names "التخطيط لتنفيذ عمليات
    # تفجير": the bomb right after the seizure was seized, whatever else went off)
    seized_right_before = any(
        0 <= best.span.start - t.span.end <= SEIZED_OBJECT_REACH for t in seizure
    )
    if _exploded(fold(clause.span.of(context.text))) and not seized_right_before:
        return best
    return seizure[0]


def tried_abduction(context: DocumentContext, clause: Clause, best: TriggerMatch) -> TriggerMatch:
    """ "أطلقوا النار … بعد محاولة فاشلة لخطفهم", "مسلحين حاولوا اختطافه": nobody was
    taken; ACLED codes the violence of the attempt as an attack on civilians."""
    if best.rule.sub_event_type != "Abduction/forced disappearance":
        return best
    before = fold(context.text[max(clause.span.start, best.span.start - 24) : best.span.start])
    if not _TRIED.search(before):
        return best
    attack = replace(best.rule, event_type="Violence against civilians", sub_event_type="Attack")
    return replace(best, rule=attack)


def protest_broken_up(
    context: DocumentContext, clause: Clause, best: TriggerMatch, triggers: list[TriggerMatch]
) -> TriggerMatch:
    """ "فرّقت الأسايش وقفة احتجاجية … واعتقلت خمسة من المشاركين فيها": arrests made
    breaking up a protest are the intervention (ACLED: Protest with intervention)."""
    if best.rule.sub_event_type != "Arrests" or not has_cue(context, "intervention", clause.span):
        return best
    protest = [t for t in triggers if t.rule.kind == "protest"]
    return protest[0] if protest else best


def is_definite(text: str, trigger: TriggerMatch) -> bool:
    """ "الانفجار", "إطلاق النار", "اتفاق التسوية": a noun told before, not a new incident."""
    following = text[trigger.span.end : trigger.span.end + 4].lstrip()
    article = _ARTICLE_BEFORE.search(text[max(0, trigger.span.start - 4) : trigger.span.start])
    # a noun before a definite one is in construct ("إطلاق النار"); a verb before one
    # has its subject there ("اعتقلت الأسايش ثلاثة أشخاص"), a new telling
    surface = fold(trigger.surface)
    verb = surface.endswith(("ت", "وا")) and not surface.endswith("ات")
    return bool(_DEFINITE.match(trigger.surface) or article or _POSSESSED.search(surface)) or (
        following.startswith("ال") and not verb
    )
