"""Date expressions in Arabic news text, resolved against the publication date.

:func:`find_dates` finds every date expression (month names in all their
regional spellings, numeric dates, weekdays, يوم أمس and قبل يومين, parts of
days and months, Hijri dates) and resolves each to a ``PartialDate`` no more
precise than the text. :func:`infer_publication_year` recovers the
publication year from the text itself when the publication date is unknown.

The patterns live in ``date_patterns``, the resolution rules in
``date_resolve`` (read its docstring for each rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from marsad.arabic.date_expressions import RawDate, scan_dates
from marsad.arabic.date_patterns import word_table
from marsad.arabic.date_resolve import Reference, is_relative, resolve
from marsad.arabic.normalize import fold, normalize
from marsad.model import PartialDate, Span

# "last year" in an article that names years: the latest named year is that last year
_LAST_YEAR = -1


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: its span, its surface, the date it names, and whether it is relative.

    ``date`` is ``None`` when the expression was found but cannot be resolved
    (``قبل يومين`` without a publication date, ``في الأسبوع ذاته``).

    >>> m = find_dates("قُتل شاب فجر اليوم", PartialDate("2022-09-07", "day"))[0]
    >>> (m.expression, m.date, m.relative)
    ('فجر اليوم', PartialDate(value='2022-09-07', precision='day'), True)
    """

    span: Span
    expression: str
    date: PartialDate | None
    relative: bool


def find_dates(text: str, published: PartialDate | None = None) -> tuple[DateMention, ...]:
    """Every date expression in ``text``, resolved against ``published``.

    Without ``published``, the publication year is inferred from the text
    (:func:`infer_publication_year`); year- and month-level expressions are
    resolved against it and day-level ones (``أمس``، ``قبل يومين``) are left
    unresolved.

    >>> text = "أواخر تشرين الثاني 2022 ... في شهر تشرين الأول من العام الماضي"
    >>> [(m.expression, m.date.value if m.date else None) for m in find_dates(text)]
    [('أواخر تشرين الثاني 2022', '2022-11-21'), ('شهر تشرين الأول من العام الماضي', '2022-10')]
    """
    norm = normalize(text)
    raws = scan_dates(norm.text)
    ref: Reference | None = None
    if published is not None:
        ref = Reference.from_partial(published)
    else:
        year = _infer_year(raws)
        ref = Reference(year) if year is not None else None
    found: list[DateMention] = []
    previous: PartialDate | None = None
    for raw in raws:
        value = resolve(raw, ref, previous)
        if value is not None:
            previous = value
        span = norm.span_to_original(raw.start, raw.end)
        expression = span.of(text)
        value = _after_midnight(norm.text[max(0, raw.start - 6) : raw.end], value)
        found.append(
            DateMention(span, expression, _part_of_month(expression, value), is_relative(raw))
        )
    return tuple(found)


# "بعد منتصف ليل الثلاثاء – الأربعاء": after midnight it is already the second day
_AFTER_MIDNIGHT = re.compile(r"بعد\s+منتصف\s+ليل[هة]?\s+\S+\s*[-–—/]\s*\S+$")


def _after_midnight(folded: str, value: PartialDate | None) -> PartialDate | None:
    if value is None or value.precision != "day" or not _AFTER_MIDNIGHT.search(folded):
        return value
    day = date.fromisoformat(value.value) + timedelta(days=1)
    return PartialDate(day.isoformat(), "day")


def _part_of_month(expression: str, value: PartialDate | None) -> PartialDate | None:
    """ "منتصف أيار" is the week from the 11th, not all May (as the gold sets code it)."""
    if value is None or value.precision != "month":
        return value
    first = fold(expression).split(maxsplit=1)[0] if expression.strip() else ""
    day = word_table().by_role.get("month_part", {}).get(first)
    if not day or not day.isdigit():
        return value
    return PartialDate(f"{value.value}-{int(day):02d}", "week")


def infer_publication_year(text: str) -> int | None:
    """The publication year the text implies, or ``None`` when nothing pins it.

    A relative-year reference next to an explicit year pins it
    (``العام الماضي (2022)`` → 2023, ``العام الجاري 2023`` → 2023). Otherwise an
    article that says "last year" (``العام الماضي``، ``من العام المنصرم``) and
    names years is taken to be published the year after the latest year it names:
    outlets leave the year out of the current year's dates and write it for past
    ones. Explicit years alone only bound the year from below, so they give ``None``.

    >>> infer_publication_year("أواخر تشرين الثاني 2022 ... تشرين الأول من العام الماضي")
    2023
    >>> infer_publication_year("قُتل في عام 2019 ثلاثة مدنيين") is None
    True
    """
    return _infer_year(scan_dates(normalize(text).text))


def _infer_year(raws: list[RawDate]) -> int | None:
    explicit: list[int] = []
    says_last_year = False
    for raw in raws:
        if raw.kind == "period" and raw.period == "year" and not raw.anaphoric:
            if raw.year is not None and raw.relation is not None:
                return raw.year - raw.relation
            says_last_year = says_last_year or raw.relation == _LAST_YEAR
        elif raw.kind == "calendar" and raw.year_relation == _LAST_YEAR:
            says_last_year = True
        elif raw.year is not None and raw.calendar == "gregorian":
            explicit.append(raw.year)
    if says_last_year and explicit:
        return max(explicit) + 1
    return None
