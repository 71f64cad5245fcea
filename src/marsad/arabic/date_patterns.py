"""The patterns that find Arabic date expressions, built from the data tables.

The patterns run over :func:`marsad.arabic.normalize.normalize`-d text (no
diacritics, one alef, ASCII digits) and are built from ``months.tsv`` and
``date_words.tsv``, so a new spelling is a data change. ``scan_dates``
in ``date_expressions`` reads what each match *says* (``RawDate``: "October of
last year", "two days before"); turning that into a calendar date is
``date_resolve``'s job.

Expressions found (examples in their written form):

* ``calendar`` — a month name with optional weekday, part, day and year:
  ``يوم الأحد 7 أيلول/سبتمبر 2022``, ``أواخر تشرين الثاني 2022``,
  ``الخامس من آذار``, ``شهر تشرين الأول من العام الماضي``, ``آب الماضي``,
  ``15 رمضان 1444هـ``;
* ``numeric`` — ``7/9/2022``, ``7-9-2022``, ``7.9.2022`` (day first), ``2022-09-07``;
* ``year`` — ``عام 2011``, ``في 2019``, ``2011م``;
* ``period`` — ``الأسبوع الماضي``, ``مطلع الشهر الجاري``, ``هذا العام``,
  ``أواخر العام المنصرم``, ``العام نفسه``, ``في الأسبوع ذاته``, ``اليوم التالي``;
* ``day`` — ``اليوم``, ``أمس``, ``أول أمس``, ``فجر اليوم``, ``مساء أمس``, ``اليوم الأحد``;
* ``weekday`` — ``يوم الأحد``, ``الجمعة الماضية``, ``ليلة الخميس-الجمعة``;
* ``ago`` — ``قبل يومين``, ``منذ ثلاثة أيام``, ``قبل أسبوع``, ``بعد يومين``;
* ``day_of_month`` — ``في الخامس من الشهر الجاري``, ``5 من هذا الشهر``, and
  ``في الثالث من الشهر``, ``وفي ٢٣ منه``: the month told before (a monthly report's),
  else this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from marsad.arabic.lexicon import folded_alternation, read_table
from marsad.arabic.normalize import fold

RawKind = Literal["calendar", "numeric", "year", "period", "day", "weekday", "ago", "day_of_month"]
Calendar = Literal["gregorian", "hijri"]


@dataclass(frozen=True, slots=True)
class Months:
    """Month names (folded) → (calendar, month number, ambiguous), and their alternation."""

    by_name: dict[str, tuple[Calendar, int, bool]]
    pattern: str


@dataclass(frozen=True, slots=True)
class Words:
    """``date_words.tsv`` as role → folded word → value."""

    by_role: dict[str, dict[str, str]]

    def alt(self, *roles: str) -> str:
        """A regex alternation of every word of ``roles``."""
        words: set[str] = set()
        for role in roles:
            words |= set(self.by_role[role])
        return folded_alternation(words)

    def value(self, role: str, word: str) -> str:
        """The value column of ``word`` (as matched) under ``role``."""
        return self.by_role[role][re.sub(r"\s+", " ", word)]


@cache
def month_table() -> Months:
    by_name: dict[str, tuple[Calendar, int, bool]] = {}
    for name, calendar, month, ambiguous in read_table("months.tsv"):
        cal: Calendar = "hijri" if calendar == "hijri" else "gregorian"
        by_name[fold(name)] = (cal, int(month), ambiguous == "yes")
    return Months(by_name, folded_alternation(list(by_name)))


@cache
def word_table() -> Words:
    by_role: dict[str, dict[str, str]] = {}
    for role, word, value in read_table("date_words.tsv"):
        by_role.setdefault(role, {})[fold(word)] = value
    return Words(by_role)


_SEP = r"\s*[\u060c,]?\s*"  # optional comma between parts: الأحد، 7 أيلول
_START = r"(?<!\w)[\u0648\u0641]?"  # a conjunction و/ف may be glued to the first word
_END = r"(?!\w)"


@cache
def compiled_patterns() -> tuple[tuple[RawKind, re.Pattern[str]], ...]:
    w = word_table()
    month = month_table().pattern
    weekday = w.alt("weekday")
    rel = w.alt("relative")
    anaphor = w.alt("anaphor")
    of = w.alt("of")
    # a folded stem ends in ه where the word ends in ة; its endings vary
    place_stem = "|".join(sorted(re.escape(p.removesuffix("ه")) for p in w.by_role["place"]))
    year_word = w.alt("year_word")
    era = w.alt("era")
    day_part = w.alt("day_part")
    month_part = w.alt("month_part")
    day_prefix = w.alt("day_prefix")
    month_periods = [k for k, v in w.by_role["period"].items() if v == "month"]
    month_period = folded_alternation(month_periods)
    day_ordinal = w.alt("day_ordinal")
    # a written day may take من (7 من أيلول); an ordinal day must (الخامس من آذار)
    # ("في الـ22 من حزيران": a written day may carry the article)
    day_num = (
        rf"(?:(?:ال)?(?P<day>\d{{1,2}})\s*(?:(?:{of})\s+)?"
        rf"|(?P<dayord>{day_ordinal})\s+(?:(?:{of})\s+|(?=منه(?!\w))))"
    )
    calendar = rf"""{_START}(?P<expr>
        (?:(?:{day_part}|{day_prefix})\s+)?
        (?:(?P<wd>{weekday}){_SEP})?
        (?:(?P<part>{month_part})\s+)?
        {day_num}?
        (?P<shahr>(?:{w.alt("month_word")})\s+)?
        (?P<month>{month})
        (?:\s*[/(\-\u2013]\s*(?P<month2>{month})\s*\)?)?
        (?:
            {_SEP}(?:(?:{of}|{w.alt("year_prep")})\s+)?(?:(?:{year_word})\s+)?
                (?P<year>\d{{4}})(?:\s*(?P<era>{era}))?
          | \s+(?:(?:{of})\s+)?(?:{year_word})\s+(?:(?P<yrel>{rel})|(?P<yana>{anaphor}))
          | \s+(?P<mrel>{rel})
        )?
    ){_END}"""
    numeric = r"""(?<![\w/.\-])(?P<expr>
        (?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})
      | (?P<y2>\d{4})(?P<s2>[/.\-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})
    )(?![\w/\-]|\.\d)"""
    year = rf"""{_START}(?:(?P<prep>{w.alt("year_prep")})\s+)?(?P<expr>
        (?:(?P<part>{month_part})\s+)?(?:(?P<yw>{year_word})\s+)?
        (?P<year>\d{{4}})(?:\s*(?P<era>{era}))?
    ){_END}"""
    period = rf"""{_START}(?P<expr>
        (?:(?P<dpart>{day_part})\s+)?
        (?:(?P<part>{month_part})\s+)?
        (?:(?P<this>{w.alt("this")})\s+(?P<pthis>{w.alt("period")})
          | (?P<pre>{w.alt("anaphor_before")})\s+(?P<ppre>{w.alt("period")})
          | (?P<period>{w.alt("period")})\s+(?:(?P<rel>{rel})|(?P<ana>{anaphor}))
        )
        (?:\s*\(?\s*(?P<year>\d{{4}})\s*\)?)?
    ){_END}"""
    day = rf"""{_START}(?P<expr>
        (?:(?P<dpart>{day_part})\s+)?(?:(?:{day_prefix})\s+)?
        (?P<dayword>{w.alt("day_word")})
        (?:{_SEP}(?P<wd>{weekday}))?
    ){_END}"""
    weekday_re = rf"""{_START}(?P<expr>
        (?:(?:{day_part}|{day_prefix})\s+)?
        (?P<wd>{weekday})
        (?:(?:\s*[\-\u2013/]\s*|\s+(?:(?:{w.alt("onto")})\s+)?)(?P<wd2>{weekday}))?
        (?:\s+(?P<rel>{rel}))?
    ){_END}"""
    count = rf"\d{{1,3}}|{w.alt('vague_count')}|{_countword_table()}"
    ago = rf"""{_START}(?P<expr>
        (?P<ago>{w.alt("ago", "after")})\s+
        (?:(?:{w.alt("approx")})\s+)?
        (?:(?P<count>{count})\s+)?
        (?P<unit>{w.alt("unit")})
    ){_END}(?!\s+(?:\d|(?:{month})(?!\w)|(?:{weekday})(?!\w)|(?:{w.alt("month_word")})\s))
    (?P<anchor>\s+(?:{of}|{w.alt("onto")}){_END}(?!\s+(?:ال)?(?:{place_stem})))?"""
    day_of_month = rf"""{_START}(?P<expr>
        {day_num}
        (?:(?P<this>{w.alt("this")})\s+(?:{month_period})
          | (?:{month_period})\s+(?:(?P<rel>{rel})|(?P<ana>{anaphor}))
          | (?P<bare>الشهر|منه))
    ){_END}"""
    sources: list[tuple[RawKind, str]] = [
        ("calendar", calendar),
        ("numeric", numeric),
        ("year", year),
        ("period", period),
        ("day", day),
        ("weekday", weekday_re),
        ("ago", ago),
        ("day_of_month", day_of_month),
    ]
    return tuple((kind, re.compile(src, re.VERBOSE)) for kind, src in sources)


@cache
def _countword_table() -> str:
    """Number words that can count days: units and tens (ثلاثة أيام، عشرين يوماً)."""
    rows = read_table("number_words.tsv")
    return folded_alternation([word for word, _v, kind, _a in rows if kind in ("unit", "ten")])


def warm_up() -> None:
    """Load the tables and compile the patterns now rather than on first use."""
    compiled_patterns()
