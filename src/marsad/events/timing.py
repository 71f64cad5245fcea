"""When an incident happened: the date that governs its clause.

The date written in the clause wins (nearest the trigger); then one written
elsewhere in the sentence; then the date of the incident told before it in the
same paragraph (the story goes on); and for news told in the present, the
publication date. Background clauses ("وكان … قد …") never take
the publication date. "في الأسبوع ذاته" refers to the previous incident's
week; a relative date that cannot be resolved leaves the date unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.arabic.dates import DateMention
from marsad.arabic.normalize import fold
from marsad.arabic.numbers import parse_number
from marsad.events.context import DocumentContext
from marsad.model import PartialDate, Precision, Span

_SAME_PERIOD = {"الاسبوع": "week", "اليوم": "day", "الليله": "day", "الشهر": "month"}


def _nearest(mentions: list[DateMention], trigger: Span) -> DateMention | None:
    if not mentions:
        return None
    return min(mentions, key=lambda m: abs(m.span.start - trigger.start))


def _same_period(context: DocumentContext, span: Span) -> str | None:
    for cue in context.cues:
        if cue.kind == "sameday" and span.contains(cue.span):
            for word, precision in _SAME_PERIOD.items():
                if word in cue.phrase:
                    return precision
    return None


def _coarsen(date: PartialDate, precision: str) -> PartialDate:
    if precision == "month":
        return PartialDate(date.first_day()[:7], "month")
    if precision == "week" and date.precision == "day":
        return PartialDate(date.value, "week")
    return date


# "… المدعو رامي الحلقي، الذي يتهمه الأهالي بعمليات اغتيال خلال العام الماضي": a
# relative clause this close after a person describes the person, not the incident
_RELATIVE = re.compile(r"^[^.؟!\n]{0,30}?(?<!\w)(?:الذي|التي|الذين|اللذين|اللذان)(?!\w)")


# characters after a trigger within which «منذ» can date its incident ("مخطوفاً منذ
# أربعة أيام")
SINCE_REACH = 40
_SINCE = re.compile(r"(?<!\w)[وف]?منذ(?:\s+[^\s،,.]+){0,4}\s*$")


def _since(context: DocumentContext, sentence: Span, mention: DateMention) -> bool:
    # "منذ ثلاثة أيام" (the span itself opens with «منذ»), "منذ مطلع الشهر"
    if fold(mention.expression).startswith("منذ"):
        return True
    before = context.text[max(sentence.start, mention.span.start - 30) : mention.span.start]
    return bool(_SINCE.search(fold(before)))


def sentence_dates(
    context: DocumentContext, sentence: Span, trigger: Span, since: bool = True
) -> list[DateMention]:
    """The date expressions of a sentence that can date the incident its trigger tells;
    with ``since=False`` not those after «منذ» (the start of a state, not an incident)."""
    annotations = context.annotations
    # «سد تشرين», «حي تشرين»: a month's name inside a place name is no date
    dates = [
        m
        for m in annotations.dates
        if sentence.contains(m.span)
        and not any(p.span.overlaps(m.span) for p in annotations.places)
    ]
    if not since:
        # "ومنذ سقوط نظام الأسد في 8 كانون الأول": where a lasting state began
        dates = [m for m in dates if not _since(context, sentence, m)]
    described = [
        person.span.end
        for person in annotations.people
        if trigger.end <= person.span.start
        and sentence.contains(person.span)
        and _RELATIVE.match(context.text[person.span.end : person.span.end + 40])
    ]
    if described:
        dates = [m for m in dates if m.span.start < min(described)]
    return dates


def choose_date(
    context: DocumentContext,
    clause: Span,
    sentence: Span,
    trigger: Span,
    background: bool,
    previous: PartialDate | None,
    first_told: PartialDate | None = None,
) -> PartialDate | None:
    """The incident's date, or None when the text does not fix it.

    ``first_told`` is the date of the story's first incident: "ويأتي ذلك بعد يومين
    من …" counts back from it.
    """
    published = context.document.published
    story = first_told or (published if published and published.precision == "day" else None)
    earlier = _days_before(context.text[max(clause.start, trigger.start - 70) : trigger.start])
    if earlier is not None and story is not None and story.precision == "day":
        # "ويأتي ذلك بعد يومين من استشهاد شاب": the incident after «من» came first
        days, precision = earlier
        return PartialDate(
            (date.fromisoformat(story.value) - timedelta(days=days)).isoformat(), precision
        )
    dates = sentence_dates(context, sentence, trigger)
    if any(m.date is not None for m in dates):
        # "صباح اليوم الخميس … بعد يومين من اختطافه": the span counted from another
        # incident dates that one; the sentence's own date dates this one
        dates = [m for m in dates if not _anchored(context, m)]
    # "توفي، اليوم الخميس، شاب متأثراً بجروح أصيب بها في هجوم … مساء الثلاثاء الماضي":
    # the day of the death does not date the attack that wounded him
    dates = [
        m
        for m in dates
        if not (
            m.span.end <= trigger.start
            and _DIED_OF_WOUNDS.match(fold(context.text[m.span.end : trigger.start]))
        )
    ]
    in_clause = [m for m in dates if clause.contains(m.span)]
    # "… جراء القصف على السرمانية، لترتفع بذلك الحصيلة منذ مطلع الشهر إلى 9": «منذ»
    # starts a tally, not this incident, when told in another clause or after the toll
    # begins counting ("مخطوفاً منذ أربعة أيام" in the trigger's own clause does date it)
    in_clause = [m for m in in_clause if not _tallied_since(context, sentence, trigger, m)]
    # "نفّذ ذوو المخطوفين منذ أحداث تموز وقفة احتجاجية، صباح اليوم": the clause's own
    # day dates the act; «منذ» dates it only when nothing else does
    in_clause = [m for m in in_clause if not _since(context, sentence, m)] or [
        # "مشيراً إلى أن القدور كان في إجازة منذ ثلاثة أيام": a «منذ» told well after
        # the trigger says how long a state has lasted
        m
        for m in in_clause
        if m.span.start < trigger.start or m.span.start - trigger.end <= SINCE_REACH
    ]
    in_sentence = [m for m in dates if not _since(context, sentence, m)]
    # "الأول من نوعه خلال الشهر الجاري، إذ داهمت قوة الثلاثاء الماضي …": a period
    # after «خلال» frames a count; a day in the same clause dates the incident
    on_a_day = [m for m in in_clause if m.date is not None and m.date.precision == "day"]
    if on_a_day:
        in_clause = [m for m in in_clause if m in on_a_day or not _framing(context, m)]
    mention = _nearest(in_clause, trigger) or _nearest(in_sentence, trigger)
    if mention is not None and mention.date is None and mention.span.start >= trigger.end:
        # "أبرزها في ٢٤ كانون الثاني، حين داهمت … قبل أن تفرج عن أحدهما في اليوم
        # التالي": a span told after the act counts from it; the clause's date dates it
        mention = _nearest([m for m in in_clause if m.date is not None], trigger) or mention
    if mention is not None and mention.date is not None:
        return mention.date
    day_before = previous is not None and previous.precision == "day"
    if (
        mention is not None
        and day_before
        and mention.span.end <= trigger.start
        and _anchored(context, mention)
        and (later := _span_after(mention.expression)) is not None
    ):
        # "وبعد ساعات من الضربة، أطلقت الميليشيات …", "بعد يومين من المظاهرة، أفرجت":
        # counted forward from the incident told before
        assert previous is not None
        days, precision = later
        counted = date.fromisoformat(previous.value) + timedelta(days=days)
        return PartialDate(counted.isoformat(), precision)
    reference = previous if day_before else story
    if (
        mention is not None
        and reference is not None
        and reference.precision == "day"
        and _anchored(context, mention, "قبل")
        and (back := _span_length(mention.expression)) is not None
    ):
        # "كان قد خُطف قبل نحو عشرة أيام من العثور على جثته": counted back from the
        # incident told before, or from the story's
        days, precision = back
        counted = date.fromisoformat(reference.value) - timedelta(days=days)
        return PartialDate(counted.isoformat(), precision)
    if mention is not None and day_before and _NEXT_DAY.search(fold(mention.expression)):
        # "وفي اليوم التالي، شيّع المئات الضحايا": the day after the incident told
        assert previous is not None
        following = date.fromisoformat(previous.value) + timedelta(days=1)
        return PartialDate(following.isoformat(), "day")
    if mention is not None and counts_hours(mention.expression) and not background:
        # "وسقطت قذائف بعد نحو ساعة على حي السريان": hours after what was told before
        if day_before:
            return previous
        if published is not None and published.precision == "day":
            return published
    period = _same_period(context, sentence)
    if period is not None:
        return _coarsen(previous, period) if previous else None
    dated = [m for m in in_clause + in_sentence if m.date is not None]
    if mention is not None and dated:
        # "اعترضوا الطبيب مساء الأحد الماضي … قبل أن يتواصلوا مع عائلته في اليوم
        # التالي": an undated span nearer the trigger leaves the date written in it
        nearest = _nearest(dated, trigger)
        assert nearest is not None and nearest.date is not None
        return nearest.date
    if mention is not None:
        return None  # "قبل يومين" with no publication date: unknown, not today
    if background:
        return None
    if previous is not None:
        return previous  # the story goes on in the same paragraph
    if published is not None and published.precision == "day":
        return published
    return None


# (the date and the wounds a word or two apart: "ارتفعت حصيلة الاقتتال الذي دار أول أمس
# … بعد وفاة شاب متأثراً بجراحه" keeps the fight's date)
_DIED_OF_WOUNDS = re.compile(r"[\s،,]*(?:\S+[\s،,]+){0,2}متاثر\w*\s+(?:ب|ل)(?:جروح|جراح|اصاب)")
_DURING = re.compile(r"(?<!\w)[وف]?خلال\s*$")


def _framing(context: DocumentContext, mention: DateMention) -> bool:
    before = context.text[max(0, mention.span.start - 8) : mention.span.start]
    return (
        mention.date is not None
        and mention.date.precision != "day"
        and bool(_DURING.search(fold(before)))
    )


def dated_in_clause(context: DocumentContext, clause: Span, sentence: Span, trigger: Span) -> bool:
    """The trigger's clause tells a date of its own. "وصلت بعد نحو ساعة من اندلاع
    الاقتتال، ثم داهمت صباح اليوم": the day is the raid's, in another clause, and the
    hour is counted from the fight, so «الاقتتال» is the fight told before."""
    return any(
        clause.contains(m.span) and not _anchored(context, m)
        for m in sentence_dates(context, sentence, trigger)
    )


def _tallied_since(
    context: DocumentContext, sentence: Span, trigger: Span, mention: DateMention
) -> bool:
    """A «منذ» date after a rise or tally cue that follows the trigger."""
    return _since(context, sentence, mention) and any(
        cue.kind in ("rise", "tally") and trigger.end <= cue.span.start < mention.span.start
        for cue in context.cues
    )


def _anchored(context: DocumentContext, mention: DateMention, direction: str = "بعد") -> bool:
    """ "بعد يومين من اختطافه", "بعد نحو شهر على اعتقاله" (or, with ``direction``
    «قبل», "قبل عشرة أيام من العثور على جثته"): a span counted from another
    incident, with no date of its own."""
    if mention.date is not None or not fold(mention.expression).startswith(direction):
        return False
    return bool(_FROM_ANOTHER.match(context.text[mention.span.end : mention.span.end + 6]))


_FROM_ANOTHER = re.compile(r"\s*(?:من|على)(?!\w)")
_NEXT_DAY = re.compile(r"(?:اليوم|صباح|مساء|ظهر|فجر|ليله|ليل)\s+(?:اليوم\s+)?التالي")
_SPAN_UNITS: dict[str, tuple[int, Precision]] = {
    "يوم": (1, "day"),
    "يومين": (2, "day"),
    "اسبوع": (7, "week"),
    "اسبوعين": (14, "week"),
}
_COUNTED_UNITS: dict[str, tuple[int, Precision]] = {"ايام": (1, "day"), "اسابيع": (7, "week")}
_AFTER_SPAN = re.compile(
    r"(?<!\w)بعد\s+(?:نحو\s+|حوالي\s+)?(?:(?P<unit>يوم|يومين|اسبوع|اسبوعين)"
    r"|(?P<n>\S+)\s+(?P<units>ايام|اسابيع))\s+(?:من|علي)\s*(?:[^\s،,.]+\s+){0,8}[وفبل]?$"
)


_HOURS = re.compile(r"^بعد\s+(?:نحو\s+|حوالي\s+)?(?:\S+\s+)?ساع")


def counts_hours(expression: str) -> bool:
    """ "بعد ساعات", "بعد نحو ثلاث ساعات": a span within the day of what it counts from."""
    return bool(_HOURS.match(fold(expression)))


def _span_after(expression: str) -> tuple[int, Precision] | None:
    """Days a span «بعد ساعات», «بعد يومين», «بعد أسبوع» counts forward."""
    if counts_hours(expression):
        return 0, "day"
    words = fold(expression).split()
    unit = words[-1] if words else ""
    if unit in _SPAN_UNITS:
        return _SPAN_UNITS[unit]
    return None


# a count back beyond this many days is read to the week, not the day
DAY_PRECISE_SPAN = 7


def _span_length(expression: str) -> tuple[int, Precision] | None:
    """Days a span «قبل يومين», «قبل نحو عشرة أيام» counts back."""
    span = _span_days(fold(expression).split())
    if span is None:
        return None
    days, precision = span
    return days, ("day" if precision == "day" and days <= DAY_PRECISE_SPAN else "week")


def _span_days(words: list[str]) -> tuple[int, Precision] | None:
    """Days the last words of a span name: «يومين», «أسبوع», «عشرة أيام»."""
    if words and words[-1] in _SPAN_UNITS:
        return _SPAN_UNITS[words[-1]]
    if len(words) < 2 or words[-1] not in _COUNTED_UNITS:
        return None
    count = parse_number(words[-2])
    if count is None:
        return None
    step, precision = _COUNTED_UNITS[words[-1]]
    return count * step, precision


def _days_before(before_trigger: str) -> tuple[int, Precision] | None:
    """Days from the incident after «بعد يومين من» to the one told around it."""
    match = _AFTER_SPAN.search(fold(before_trigger))
    if match is None:
        return None
    return _span_days([match["unit"]] if match["unit"] else [match["n"], match["units"]])
