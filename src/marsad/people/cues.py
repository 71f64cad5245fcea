"""Person names introduced by cue words, with their aliases and pseudonyms.

Syrian outlets introduce people with a cue word and usually quote the name:
    المدعو “أسامة عزيزية” الملقب (أبو الليث)
    الناشط “أحمد حسان” اسم مستعار
This module reads those constructions. Names no cue introduces are left to
the name tagger (a later stage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.arabic.normalize import fold, normalize
from marsad.model import Span

# Quotes Arabic outlets put around names: “…” «…» "…" (…) and mixed pairs.
_OPEN = "“”\"«(‘'"
_CLOSE = "”“\"»)’'"
# A name without quotes runs for at most this many words after its cue.
MAX_UNQUOTED_NAME_WORDS = 3
# An alias cue further than this many characters from the name is not its alias.
MAX_ALIAS_GAP = 4
# A quoted name longer than this is a quotation, not a name.
MAX_QUOTED_NAME_WORDS = 6
_PSEUDONYM = re.compile(r"^\s*[،,(]?\s*(?:وهو\s+)?(?:اسم\s+مستعار|اسم\s+وهمي)")
_ANY_CLOSE = re.compile("[" + re.escape(_CLOSE) + "]")
# Cues after which an unquoted run of words is a name ("المدعو أبو طارق الصبيحي").
_UNQUOTED_NAME_CUES = frozenset({"المدعو", "المدعوه", "لمدعو", "لمدعوه"})
_KUNYA_WORDS = frozenset({"ابو", "ام", "ابن", "بن"})
# Words that end an unquoted name: verbs and particles that follow names.
_STOP_WORDS = frozenset(
    fold(w)
    for w in (
        "في على من إلى الى عن إثر اثر بعد قبل مع و أن إن الذي التي الملقب المعروف "
        "قائد زعيم عنصر القيادي وهو بينما حيث كما قد لم تم"
    ).split()
)


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person's name with the cue that introduced it."""

    span: Span
    surface: str
    cue: str
    aliases: tuple[tuple[Span, str], ...] = ()
    pseudonym: bool = False
    rule: str = "cue"


@cache
def _cues() -> tuple[tuple[str, str], ...]:
    text = resources.files("marsad.data").joinpath("people/cues.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    # longest cue first so "الملقب باسم" wins over "الملقب"
    cues = sorted(((fold(c), k) for c, k in rows[1:]), key=lambda row: -len(row[0]))
    # "للمدعو" is ل + المدعو with the alef of the article dropped
    cues += [("ل" + c[1:], k) for c, k in cues if c.startswith("ال")]
    return tuple(cues)


@cache
def _cue_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(cue) for cue, _ in _cues())
    # a cue may carry و/ف in front ("والمدعو"), and ل merges with ال ("للمدعو")
    return re.compile(r"(?<!\w)[وف]?(?:ل(?=ل))?(" + alternatives + r")(?!\w)\s*")


def _read_name(norm: str, start: int, *, unquoted: bool) -> tuple[int, int] | None:
    """Normalized [start, end) of the name at ``start``: quoted, or (if allowed) a few words."""
    pos = start
    if pos < len(norm) and norm[pos] in "بـ" and pos + 1 < len(norm) and norm[pos + 1] in _OPEN:
        pos += 1  # الملقب ب”هفو”
    if pos < len(norm) and norm[pos] == "ـ":
        pos += 1
    if pos < len(norm) and norm[pos] in _OPEN:
        # the nearest closing mark ends the name: outlets mix “…” with ”…” and "…"
        match = _ANY_CLOSE.search(norm, pos + 1)
        end = match.start() if match else -1
        if end == -1 or end == pos + 1:
            return None
        inner = norm[pos + 1 : end].strip()
        if not inner or len(inner.split()) > MAX_QUOTED_NAME_WORDS or not re.search(r"\w", inner):
            return None
        left = pos + 1 + (len(norm[pos + 1 : end]) - len(norm[pos + 1 : end].lstrip()))
        return left, left + len(inner)
    words = list(re.finditer(r"[^\W\d_]+", norm[pos : pos + 80]))
    # after a bare title ("القائد", "الشاب") an unquoted name is read only when it
    # starts with a kunya; otherwise "قائد العصابة" would become a name
    if not unquoted and not (words and words[0].group() in _KUNYA_WORDS):
        return None
    taken: list[re.Match[str]] = []
    for word in words:
        gap = norm[pos + (taken[-1].end() if taken else 0) : pos + word.start()]
        if (taken and gap.strip()) or (not taken and gap.strip()):
            break
        if word.group() in _STOP_WORDS or len(taken) >= MAX_UNQUOTED_NAME_WORDS:
            break
        taken.append(word)
    if not taken:
        return None
    return pos + taken[0].start(), pos + taken[-1].end()


def _quoted_before(norm: str, cue_start: int) -> tuple[int, int] | None:
    """Normalized [start, end) of a quoted name that ends just before ``cue_start``."""
    close = len(norm[:cue_start].rstrip()) - 1
    if close < 0 or norm[close] not in _CLOSE or cue_start - close > MAX_ALIAS_GAP:
        return None
    opening = max(norm.rfind(q, max(0, close - 60), close) for q in _OPEN)
    if opening == -1:
        return None
    return _read_name(norm, opening, unquoted=False)


def find_people(text: str) -> tuple[PersonMention, ...]:
    """Names introduced by cue words, with aliases (الملقب …) and pseudonym flags.

    >>> [p.surface for p in find_people("قتل المدعو “نادر خلف” الملقب باسم “أبو جزوان”")]
    ['نادر خلف']
    """
    norm = normalize(text)
    kinds = dict(_cues())
    people: list[PersonMention] = []
    last_end = -1  # normalized end of the last name read (person or alias)
    for match in _cue_pattern().finditer(norm.text):
        cue = match.group(1)
        found = _read_name(norm.text, match.end(), unquoted=cue in _UNQUOTED_NAME_CUES)
        if found is None:
            continue
        span = norm.span_to_original(*found)
        surface = span.of(text).strip(_OPEN + _CLOSE + " ")
        if kinds[cue] == "alias":
            # an alias cue belongs to the name just before it ("X” الملقب (Y)")
            if not (people and 0 <= match.start() - last_end <= MAX_ALIAS_GAP):
                # a quoted name right before the alias cue is a person too:
                # 'لـ “محمد المسالمة” الملقب ب”هفو”'
                quoted = _quoted_before(norm.text, match.start())
                if quoted is not None:
                    named = norm.span_to_original(*quoted)
                    people.append(PersonMention(named, named.of(text), "quoted"))
                    last_end = quoted[1] + 1
            if people and 0 <= match.start() - last_end <= MAX_ALIAS_GAP:
                last = people[-1]
                people[-1] = PersonMention(
                    last.span,
                    last.surface,
                    last.cue,
                    (*last.aliases, (span, surface)),
                    last.pseudonym,
                    last.rule,
                )
                last_end = found[1] + 1
            continue
        pseudonym = bool(_PSEUDONYM.match(norm.text[found[1] + 1 : found[1] + 30]))
        people.append(PersonMention(span, surface, cue, (), pseudonym))
        last_end = found[1] + 1
    return tuple(people)
