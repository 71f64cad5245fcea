"""Event dates while scoring: when two dates may be one event, and when one is right.

A gold date is only as precise as the text: "in November" is stored as
``2022-11-01`` with precision ``month``. Two events are allowed to pair when their
dates lie within the window that precision implies; a paired prediction's date is
then *right* when it falls in the gold date's day, week, month or year.
"""

from __future__ import annotations

from datetime import date

from marsad.evaluation.records import Record

# How many days apart two dates may be and still be the same event, by the
# precision of the gold date. A month or year window is measured from the date
# given (the first day of the range), as the official scorer does.
DATE_WINDOW_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
# Unknown or missing precision: treated like a month, the scorer's default.
UNKNOWN_PRECISION_WINDOW_DAYS = 31
# A "week" date is right within this many days either side.
WEEK_TOLERANCE_DAYS = 7


def parse_event_date(value: object) -> date | None:
    """The calendar date an event's ``date`` field gives, or ``None``.

    Only the first ten characters count, so ``"2022-11-07T10:00"`` is 7 November;
    anything that is not an ISO date is ``None``.
    """
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def window_days(precision: object) -> int:
    """The pairing window for a gold date of ``precision``."""
    if isinstance(precision, str):
        return DATE_WINDOW_DAYS.get(precision, UNKNOWN_PRECISION_WINDOW_DAYS)
    return UNKNOWN_PRECISION_WINDOW_DAYS


def dates_compatible(gold_event: Record, predicted_event: Record) -> bool:
    """Whether the two events' dates allow them to be the same event.

    An event without a readable date is compatible with any date: the text may
    simply not say when it happened.
    """
    gold_date = parse_event_date(gold_event.get("date"))
    predicted_date = parse_event_date(predicted_event.get("date"))
    if gold_date is None or predicted_date is None:
        return True
    days_apart = abs((gold_date - predicted_date).days)
    return days_apart <= window_days(gold_event.get("date_precision"))


def date_correct(gold_event: Record, predicted_event: Record) -> bool | None:
    """Whether the predicted date is right at the gold date's precision.

    ``None`` when gold has no date (nothing to judge); a missing predicted date
    is wrong. Day: the same day; week: within seven days; month: the same
    calendar month; year or unknown precision: the same year.
    """
    gold_date = parse_event_date(gold_event.get("date"))
    if gold_date is None:
        return None
    predicted_date = parse_event_date(predicted_event.get("date"))
    if predicted_date is None:
        return False
    precision = gold_event.get("date_precision")
    if precision == "day":
        return gold_date == predicted_date
    if precision == "week":
        return abs((gold_date - predicted_date).days) <= WEEK_TOLERANCE_DAYS
    if precision == "month":
        return (gold_date.year, gold_date.month) == (predicted_date.year, predicted_date.month)
    return gold_date.year == predicted_date.year
