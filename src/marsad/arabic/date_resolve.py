"""Turning what a date expression says into a ``PartialDate``.

Every rule resolves against a ``Reference`` — the publication date, or only its
year when that is all that is known — and never invents precision the text
does not give:

* a bare weekday (``الخميس``) is the latest such day on or before publication;
  with ``الماضي``/``الفائت`` strictly before it; ``اليوم الأحد`` is the
  publication day itself;
* a day and month without a year (``7 أيلول``), or a month alone
  (``في أيلول``), take the year that puts them on or before publication;
  ``آب الماضي`` is the latest August strictly before the publication month;
* ``الأسبوع الماضي`` and ``قبل أسبوع`` are week precision starting seven days
  before publication (ACLED codes the first day of a range; seven days back
  needs no convention about which day a week starts on); ``الأسبوع الجاري``
  starts six days back, so the week ends on the publication day; ``قبل أيام``
  is the week before publication;
* ``قبل ساعات`` is the publication day;
* parts of a month or year (``أواخر تشرين الثاني``، ``أواخر العام الماضي``)
  keep the precision of the month or year: ACLED has no "late November";
* ``العام نفسه`` / ``الشهر ذاته`` take the year / month of the previous
  resolved date in the text, ``العام التالي`` the one after; the same day or
  week (``في الأسبوع ذاته``، ``اليوم التالي``) and anything counted from an
  event (``بعد يومين``، ``قبل يومين من الهجوم``) stay unresolved;
* Hijri dates are converted with hijridate (Umm al-Qura); a Hijri month
  without a day is the Gregorian month of its first day, a Hijri year the
  Gregorian year of 1 Muharram.

With only a year known, day-relative expressions (``أمس``، ``قبل يومين``)
and month names without a year stay unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from marsad.arabic.date_expressions import RawDate
from marsad.model import PartialDate

DAYS_PER_WEEK = 7
MONTHS_PER_YEAR = 12
# قبل ساعات: a count of hours under a day still falls on the publication day
HOURS_PER_DAY = 24


@dataclass(frozen=True, slots=True)
class Reference:
    """What is known of the publication date: a year, maybe its month and day."""

    year: int
    month: int | None = None
    day: date | None = None

    @classmethod
    def from_partial(cls, published: PartialDate) -> Reference | None:
        """The reference a ``PartialDate`` gives; ``None`` if its value is not ISO."""
        parts = published.value.split("-")
        try:
            numbers = [int(p) for p in parts[:3]]
            if len(numbers) == 3:
                day = date(numbers[0], numbers[1], numbers[2])
                return cls(day.year, day.month, day)
            if len(numbers) == 2 and 1 <= numbers[1] <= MONTHS_PER_YEAR:
                return cls(numbers[0], numbers[1])
            return cls(numbers[0])
        except ValueError:
            return None


def _day(value: date) -> PartialDate:
    return PartialDate(value.isoformat(), "day")


def _month(year: int, month: int) -> PartialDate | None:
    if not 1 <= year <= 9999 or not 1 <= month <= MONTHS_PER_YEAR:
        return None
    return PartialDate(f"{year:04d}-{month:02d}", "month")


def _year(year: int) -> PartialDate | None:
    return PartialDate(f"{year:04d}", "year") if 1 <= year <= 9999 else None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * MONTHS_PER_YEAR + (month - 1) + delta
    return index // MONTHS_PER_YEAR, index % MONTHS_PER_YEAR + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    from hijridate import Hijri  # imported on first use: keeps `import marsad` fast

    try:
        converted = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(converted.year, converted.month, converted.day)


def _hijri_year_of(day: date) -> tuple[int, int, int] | None:
    from hijridate import Gregorian

    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return hijri.year, hijri.month, hijri.day


def _year_of(previous: PartialDate | None) -> int | None:
    return int(previous.value[:4]) if previous is not None else None


def _calendar_year(raw: RawDate, ref: Reference | None, previous: PartialDate | None) -> int | None:
    """The year of a month-name date, from the text, the reference or the date before."""
    if raw.year is not None:
        return raw.year
    if raw.anaphoric:
        return _year_of(previous)
    if ref is None or raw.month is None:
        return None
    if raw.year_relation is not None:
        return ref.year + raw.year_relation
    if ref.month is None:
        return None  # only the year is known: "October" may be this year's or last year's
    if raw.month_relation is not None:
        if raw.month_relation < 0:
            return ref.year if raw.month < ref.month else ref.year - 1
        if raw.month_relation > 0:
            return ref.year if raw.month > ref.month else ref.year + 1
        return ref.year
    last_day = ref.day.day if ref.day is not None else 31
    on_or_before = (raw.month, raw.day or 1) <= (ref.month, last_day)
    return ref.year if on_or_before else ref.year - 1


def _resolve_hijri(raw: RawDate, ref: Reference | None) -> PartialDate | None:
    assert raw.month is not None
    year = raw.year
    if year is None:
        if ref is None or ref.day is None:
            return None
        today = _hijri_year_of(ref.day)
        if today is None:
            return None
        year = today[0] if (raw.month, raw.day or 1) <= (today[1], today[2]) else today[0] - 1
    first = _hijri_to_gregorian(year, raw.month, raw.day or 1)
    if first is None:
        return None
    return _day(first) if raw.day else _month(first.year, first.month)


def _resolve_calendar(
    raw: RawDate, ref: Reference | None, previous: PartialDate | None
) -> PartialDate | None:
    assert raw.month is not None
    if raw.calendar == "hijri":
        return _resolve_hijri(raw, ref)
    year = _calendar_year(raw, ref, previous)
    if year is None:
        return None
    if raw.day is None:
        return _month(year, raw.month)
    found = _safe_date(year, raw.month, raw.day)
    return _day(found) if found else None


def _resolve_period(
    raw: RawDate, ref: Reference | None, previous: PartialDate | None
) -> PartialDate | None:
    if raw.anaphoric:
        if previous is None:
            return None
        step = raw.offset or 0
        if raw.period == "year":
            return _year(int(previous.value[:4]) + step)
        if raw.period == "month" and previous.precision in ("month", "day"):
            year, month = _add_months(int(previous.value[:4]), int(previous.value[5:7]), step)
            return _month(year, month)
        return None  # the same day or week as an event: not the publication's business
    relation = raw.relation or 0
    if raw.period == "year":
        if raw.year is not None:
            return _year(raw.year)
        return _year(ref.year + relation) if ref is not None else None
    if ref is None:
        return None
    if raw.period == "month":
        if ref.month is None:
            return None
        return _month(*_add_months(ref.year, ref.month, relation))
    if ref.day is None:
        return None
    if raw.period == "week":
        start = {-1: -DAYS_PER_WEEK, 0: 1 - DAYS_PER_WEEK}.get(relation, 1)
        shifted = _shift(ref.day, start)
        return PartialDate(shifted.isoformat(), "week") if shifted else None
    shifted = _shift(ref.day, relation)
    return _day(shifted) if shifted else None


def _resolve_weekday(raw: RawDate, ref: Reference | None) -> PartialDate | None:
    if ref is None or ref.day is None or raw.weekday is None:
        return None
    back = (ref.day.weekday() - raw.weekday) % DAYS_PER_WEEK
    if raw.relation is not None and raw.relation < 0:
        back = back or DAYS_PER_WEEK
    elif raw.relation is not None and raw.relation > 0:
        back = -((raw.weekday - ref.day.weekday()) % DAYS_PER_WEEK or DAYS_PER_WEEK)
    shifted = _shift(ref.day, -back)
    return _day(shifted) if shifted else None


def _resolve_ago(raw: RawDate, ref: Reference | None) -> PartialDate | None:
    if raw.anaphoric or ref is None:
        return None
    count = raw.count
    if raw.period == "year":
        return _year(ref.year - count) if count is not None else None
    if raw.period == "month":
        if count is None or ref.month is None:
            return None
        return _month(*_add_months(ref.year, ref.month, -count))
    if ref.day is None:
        return None
    if raw.period == "hour":
        return _day(ref.day) if count is None or count < HOURS_PER_DAY else None
    if raw.period == "day" and count is not None:
        shifted = _shift(ref.day, -count)
        return _day(shifted) if shifted else None
    if raw.period == "day" or (raw.period == "week" and count is not None):
        shifted = _shift(ref.day, -DAYS_PER_WEEK * (count or 1))
        return PartialDate(shifted.isoformat(), "week") if shifted else None
    return None


def _resolve_day_of_month(
    raw: RawDate, ref: Reference | None, previous: PartialDate | None
) -> PartialDate | None:
    # ("في الثالث من الشهر", anaphoric with relation 0, falls back to this month when
    # no month was told before; "الشهر ذاته" has no relation and no fallback)
    told_before = previous is not None and previous.precision != "year"
    if raw.anaphoric and (told_before or raw.relation is None):
        # "في العاشر من الشهر ذاته": the day in the month of the date told before
        if previous is None or previous.precision == "year" or raw.day is None:
            return None
        year, month = (int(part) for part in previous.value[:7].split("-"))
        found = _safe_date(year, month, raw.day)
        return _day(found) if found else None
    if ref is None or ref.month is None or raw.day is None:
        return None
    year, month = _add_months(ref.year, ref.month, raw.relation or 0)
    found = _safe_date(year, month, raw.day)
    return _day(found) if found else None


def resolve(
    raw: RawDate, ref: Reference | None, previous: PartialDate | None = None
) -> PartialDate | None:
    """The date ``raw`` names, or ``None`` when the text and reference do not pin it.

    ``previous`` is the last date resolved before it in the same text, for
    anaphora such as ``العام نفسه``.
    """
    if raw.kind == "calendar":
        return _resolve_calendar(raw, ref, previous)
    if raw.kind == "numeric":
        assert raw.year is not None and raw.month is not None and raw.day is not None
        found = _safe_date(raw.year, raw.month, raw.day)
        return _day(found) if found else None
    if raw.kind == "year":
        assert raw.year is not None
        if raw.calendar == "hijri":
            first = _hijri_to_gregorian(raw.year, 1, 1)
            return _year(first.year) if first else None
        return _year(raw.year)
    if raw.kind == "period":
        return _resolve_period(raw, ref, previous)
    if raw.kind == "day":
        if ref is None or ref.day is None or raw.offset is None:
            return None
        shifted = _shift(ref.day, raw.offset)
        return _day(shifted) if shifted else None
    if raw.kind == "weekday":
        return _resolve_weekday(raw, ref)
    if raw.kind == "ago":
        return _resolve_ago(raw, ref)
    return _resolve_day_of_month(raw, ref, previous)


def is_relative(raw: RawDate) -> bool:
    """True when the expression depends on the publication date or an earlier date."""
    if raw.kind in ("numeric", "year"):
        return False
    if raw.kind == "calendar":
        return raw.year is None
    # العام الماضي (2022) names its year; every other kind counts from a reference
    return not (raw.kind == "period" and raw.year is not None and not raw.anaphoric)
