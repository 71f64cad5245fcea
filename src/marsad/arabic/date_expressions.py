"""What each date expression says, read from its pattern match.

``scan_dates`` runs the patterns of ``date_patterns`` over normalized text,
reads each match into a ``RawDate`` ("October of last year", "two days before",
"the Thursday"), drops readings that the context rules out (``الأمين العام
السابق`` is not "last year", ``اليوم العالمي`` is not "today"), and keeps the
longest of overlapping expressions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from marsad.arabic.date_patterns import (
    Calendar,
    RawKind,
    compiled_patterns,
    month_table,
    word_table,
)
from marsad.arabic.lexicon import read_table
from marsad.arabic.normalize import fold

MAX_DAY = 31
MAX_MONTH = 12
# Years read as dates: the modern conflict archive, with room either side. A four-digit
# number outside these is a count (1200 عنصر), not a year.
GREGORIAN_YEARS = (1900, 2100)
HIJRI_YEARS = (1343, 1500)  # the range hijridate's Umm al-Qura tables convert


@dataclass(frozen=True, slots=True)
class RawDate:
    """What one date expression says, before it is resolved against a reference.

    Offsets are into the normalized text. ``relation`` is -1 / 0 / +1 (past,
    current, next) for the thing the expression names: the year of a
    ``calendar`` expression with ``year_relation``, the month for
    ``month_relation``, the period of a ``period``, the weekday of a ``weekday``.
    ``anaphoric`` means it points at a date given earlier (العام نفسه) or at an
    event rather than the publication (بعد يومين، قبل يومين من الهجوم).
    """

    start: int
    end: int
    kind: RawKind
    day: int | None = None
    month: int | None = None
    year: int | None = None
    calendar: Calendar = "gregorian"
    year_relation: int | None = None
    month_relation: int | None = None
    relation: int | None = None
    anaphoric: bool = False
    period: str | None = None
    count: int | None = None  # for ``ago``: None = vague (قبل أيام)
    offset: int | None = None  # for ``day``: days from publication
    weekday: int | None = None


# the word right before a match, for context checks; 30 characters hold any Arabic word
_WORD_BEFORE_RE = re.compile(r"(\w+)\s+$")
_LOOKBACK = 30
_WORD_AFTER_RE = re.compile(r"\s+(\w+)")


def _int(group: str | None) -> int | None:
    return int(group) if group else None


def _calendar(m: re.Match[str]) -> RawDate | None:
    cal, month, ambiguous = month_table().by_name[re.sub(r"\s+", " ", m["month"])]
    day = _int(m["day"]) or (_ordinal(m["dayord"]) if m["dayord"] else None)
    has_context = any(m[g] for g in ("month2", "shahr", "part", "year", "yrel", "yana", "mrel"))
    if ambiguous and day is None and not has_context:
        return None
    if day is not None and not 1 <= day <= MAX_DAY:
        return None
    if m["era"] and word_table().value("era", m["era"]) == "hijri":
        cal = "hijri"
    w = word_table()
    return RawDate(
        m.start("expr"),
        m.end("expr"),
        "calendar",
        day=day,
        month=month,
        year=_int(m["year"]),
        calendar=cal,
        year_relation=int(w.value("relative", m["yrel"])) if m["yrel"] else None,
        month_relation=int(w.value("relative", m["mrel"])) if m["mrel"] else None,
        anaphoric=bool(m["yana"]),
    )


def _ordinal(word: str) -> int:
    return int(word_table().value("day_ordinal", word))


def _numeric(m: re.Match[str]) -> RawDate | None:
    if m["d"]:
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    else:
        day, month, year = int(m["d2"]), int(m["m2"]), int(m["y2"])
    if not (1 <= day <= MAX_DAY and 1 <= month <= MAX_MONTH):
        return None
    return RawDate(m.start("expr"), m.end("expr"), "numeric", day=day, month=month, year=year)


def _year(m: re.Match[str]) -> RawDate | None:
    if not (m["prep"] or m["part"] or m["yw"] or m["era"]):
        return None  # a bare four-digit number is a count as often as a year
    year = int(m["year"])
    hijri = bool(m["era"]) and word_table().value("era", m["era"]) == "hijri"
    low, high = HIJRI_YEARS if hijri else GREGORIAN_YEARS
    if not low <= year <= high:
        return None
    cal: Calendar = "hijri" if hijri else "gregorian"
    return RawDate(m.start("expr"), m.end("expr"), "year", year=year, calendar=cal)


def _period(m: re.Match[str]) -> RawDate | None:
    w = word_table()
    word = m["pthis"] or m["ppre"] or m["period"]
    if m["period"] and not (m["dpart"] or m["part"]) and _after_definite_noun(m):
        return None
    relation: int | None = 0 if m["pthis"] else None
    if m["rel"]:
        relation = int(w.value("relative", m["rel"]))
    anaphoric = bool(m["ppre"] or m["ana"])
    return RawDate(
        m.start("expr"),
        m.end("expr"),
        "period",
        period=w.value("period", word),
        relation=relation,
        anaphoric=anaphoric,
        year=_int(m["year"]) if relation is not None else None,
        # for anaphors: 0 = the same period as the date before (نفسه), 1 = the next (التالي)
        offset=1 if m["ana"] and w.value("anaphor", m["ana"]) == "next" else 0,
    )


def _after_definite_noun(m: re.Match[str]) -> bool:
    """True in الأمين العام السابق: after a definite noun, العام is "general", not "year"."""
    before = _WORD_BEFORE_RE.search(m.string, max(0, m.start() - _LOOKBACK), m.start())
    if before is None or before.end() != m.start():
        return False
    word = before.group(1)
    article = _article()
    return word.startswith(article) and word not in word_table().by_role["period"]


def _before_definite_word(m: re.Match[str]) -> bool:
    after = _WORD_AFTER_RE.match(m.string, m.end())
    return after is not None and after.group(1).startswith(_article())


@cache
def _article() -> str:
    return next(
        fold(form) for form, role, _alone in read_table("proclitics.tsv") if role == "article"
    )


def _day(m: re.Match[str]) -> RawDate | None:
    offset = int(word_table().value("day_word", m["dayword"]))
    if offset == 0 and not (m["dpart"] or m["wd"]) and _before_definite_word(m):
        return None  # اليوم العالمي، اليوم الأول: a day, not today
    return RawDate(m.start("expr"), m.end("expr"), "day", offset=offset)


def _weekday(m: re.Match[str]) -> RawDate:
    w = word_table()
    relation = int(w.value("relative", m["rel"])) if m["rel"] else None
    weekday = int(w.value("weekday", m["wd"]))
    return RawDate(m.start("expr"), m.end("expr"), "weekday", weekday=weekday, relation=relation)


def _ago(m: re.Match[str]) -> RawDate:
    from marsad.arabic.numbers import parse_number  # numbers does not need dates

    w = word_table()
    unit, unit_count = w.value("unit", m["unit"]).split(":")
    count: int | None = int(unit_count) or None
    if m["count"]:
        count = None if fold(m["count"]) in w.by_role["vague_count"] else parse_number(m["count"])
    anaphoric = m["ago"] in w.by_role["after"] or bool(m["anchor"])
    return RawDate(
        m.start("expr"), m.end("expr"), "ago", period=unit, count=count, anaphoric=anaphoric
    )


def _day_of_month(m: re.Match[str]) -> RawDate | None:
    day = _int(m["day"]) or (_ordinal(m["dayord"]) if m["dayord"] else None)
    if day is None or not 1 <= day <= MAX_DAY:
        return None
    if m["bare"] == "منه" and not re.search(r"(?<!\w)[وف]?في\s+$", m.string[: m.start("expr")]):
        return None  # "اعتقلت ٢٠ منه" counts; only "وفي ٢٣ منه" is a day of the month
    # ("في الثالث من الشهر" in a monthly report: the month it reports on, told before;
    # with no month told before, this month)
    relation = 0 if m["this"] or m["bare"] else None
    if m["rel"]:
        relation = int(word_table().value("relative", m["rel"]))
    return RawDate(
        m.start("expr"),
        m.end("expr"),
        "day_of_month",
        day=day,
        relation=relation,
        anaphoric=bool(m["ana"] or m["bare"]),
    )


_INTERPRETERS = {
    "calendar": _calendar,
    "numeric": _numeric,
    "year": _year,
    "period": _period,
    "day": _day,
    "weekday": _weekday,
    "ago": _ago,
    "day_of_month": _day_of_month,
}


def scan_dates(normalized: str) -> list[RawDate]:
    """Date expressions in normalized text, in text order, without overlaps.

    Where two expressions overlap the longer wins (``يوم الأحد 7 أيلول`` over
    ``يوم الأحد``).
    """
    candidates: list[RawDate] = []
    for kind, pattern in compiled_patterns():
        interpret = _INTERPRETERS[kind]
        for match in pattern.finditer(normalized):
            raw = interpret(match)
            if raw is not None:
                candidates.append(raw)
    candidates.sort(key=lambda r: (-(r.end - r.start), r.start))
    starts: list[int] = []
    chosen: list[RawDate] = []  # kept sorted by start
    for raw in candidates:
        at = bisect_left(starts, raw.start)
        if at > 0 and chosen[at - 1].end > raw.start:
            continue
        if at < len(chosen) and chosen[at].start < raw.end:
            continue
        starts.insert(at, raw.start)
        chosen.insert(at, raw)
    return chosen
