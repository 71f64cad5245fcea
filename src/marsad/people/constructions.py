"""Cue constructions: a name after a cue word, and aliases, real names, pseudonyms.

«المدعو “X”», «الشاب X», «الزعيم العام للتنظيم (X)», «مدير المخيم، X،»; «X الملقب (Y)»,
«X المعروف بـ"Y"», «X، واسمه الحركي (Y)», «X، ويُعرف بين عناصره بلقب (Y)»,
«Y، واسمه الحقيقي X»; «طلب الإشارة إليه باسم "X"». Each function reads one cue
(see ``data/people/cues.tsv``) into the :class:`~marsad.people.reader.Reader`.

>>> from marsad.people import find_people
>>> text = "اعتقلت الدورية المدعو “جهاد العمري” الملقب (أبو صالح)، واسمه الحقيقي جهاد الخالد"
>>> [(p.surface, [a for _, a in p.aliases], p.alias_kinds) for p in find_people(text)]
[('جهاد العمري', ['أبو صالح', 'جهاد الخالد'], ('kunya', 'real'))]
"""

from __future__ import annotations

from marsad.model import Span
from marsad.people.cues import Cue
from marsad.people.draft import Draft, alias_kind
from marsad.people.names import (
    CLOSING,
    MAX_ROLE_SKIP,
    OPENING,
    NameRun,
    given_length,
    is_family,
    is_stop,
    read_coordinated,
    read_name,
    starts_name,
)
from marsad.people.reader import PSEUDONYM, PSEUDONYM_WINDOW, Reader

# Words after which an alias follows: «ويُعرف بين عناصره بلقب (…)».
LEAD_WORDS = frozenset({"بلقب", "باسم", "بكنيه"})


def name_cue(reader: Reader, cue: Cue) -> None:
    """The name after a strong, title or role cue, and any name joined to it by و."""
    run = read_name(reader.words, cue.after, cue.kind, reader.tagged)
    if run is None and cue.kind == "role":
        run = name_after_role(reader, cue)
    if run is None or not reader.free(run):
        return
    if cue.kind != "strong" and (
        reader.is_place_or_group(run) or reader.inside_known_phrase(cue.first, run.last)
    ):
        return  # «الشيخ مقصود» is a quarter of Aleppo, «اللواء الثامن» a faction
    reader.add(run, cue.cue, "cue")
    joined = read_coordinated(reader.words, run.last)
    while joined is not None and reader.free(joined):
        reader.add(joined, cue.cue, "cue")
        joined = read_coordinated(reader.words, joined.last)


def name_after_role(reader: Reader, cue: Cue) -> NameRun | None:
    """«الزعيم العام للتنظيم (أبو الحسن …)», «مدير المخيم، محمود الحج علي»: a few
    words (or a quoted organisation) between a role and a name that starts with a
    given name or a kunya."""
    skipped = 0
    at = cue.after
    while at < len(reader.words) and skipped <= MAX_ROLE_SKIP:
        word = reader.words[at]
        if word.kind == "word":
            if at > cue.after and starts_name(reader.words, at):
                return read_name(reader.words, at, cue.kind, reader.tagged)
            skipped += 1
        elif word.surface in OPENING and reader.words[at - 1].kind == "word":
            run = read_name(reader.words, at, "strong")
            if run is not None and run.quoted and starts_name(reader.words, run.first):
                return run
        elif word.surface in "،," and at + 1 < len(reader.words):
            if starts_name(reader.words, at + 1):
                return read_name(reader.words, at + 1, cue.kind, reader.tagged)
            return None
        elif word.surface not in OPENING + CLOSING:
            return None
        at += 1
    return None


def quoted_before(reader: Reader, cue: Cue) -> NameRun | None:
    """A quoted name just before an alias cue: «لـ “محمد المسالمة” الملقب …»."""
    close = cue.first - 1
    if close < 1 or reader.words[close].kind != "punct":
        return None
    for opening in range(close - 1, max(-1, close - 8), -1):
        if reader.words[opening].surface in OPENING:
            run = read_name(reader.words, opening, "strong")
            if run is not None and run.quoted and run.last == close - 1:
                return run
            return None
    return None


def name_before(reader: Reader, cue: Cue) -> NameRun | None:
    """An unquoted name just before an alias cue: «، أحمد الخبيل الملقب بـ"…"»."""
    last = cue.first - 1
    if last >= 0 and reader.words[last].surface in "،,":
        last -= 1  # «محمد الخطيب، المعروف بـ"أبو جعفر"»
    first = last
    while first >= 0 and last - first < 4:
        word = reader.words[first]
        if word.kind != "word" or is_stop(word) or first in reader.taken:
            break
        first -= 1
    first += 1
    while first <= last and not given_length(reader.words, first):
        first += 1  # the name starts at its given name
    if first > last or not (is_family(reader.words[last]) or last in reader.tagged):
        return None
    span = Span(reader.words[first].span.start, reader.words[last].span.end)
    return NameRun(span, first, last, quoted=False)


def alias_cue(reader: Reader, cue: Cue, at: int) -> None:
    """The alias at word ``at``, for the person just named (or the name right before).

    With no person to attach to, the alias is the only name given and becomes one:
    «قتل عنصر في التنظيم الملقب (أبو علي)».
    """
    run = read_name(reader.words, at, "alias", reader.tagged)
    if run is None or not reader.free(run):
        return
    # a name written right before the cue is its owner: «لـ “محمد المسالمة” الملقب …»,
    # «، أحمد الخبيل الملقب بـ"…"»; else the person named last in the sentence
    before = quoted_before(reader, cue) or name_before(reader, cue)
    if before is not None and reader.free(before):
        person: Draft | None = reader.add(before, "", "quoted" if before.quoted else "cue")
    else:
        person = reader.near_person(cue)
    text = reader.surface(run)
    if person is None:
        # «قتل عنصر في التنظيم الملقب (أبو علي)»: the alias is the only name given
        reader.add(run, cue.cue, "kunya" if alias_kind(text) == "kunya" else "cue")
        return
    person.add_alias(run.span, text, alias_kind(text))
    reader.taken.update(range(run.first, run.last + 1))
    tail = reader.text[reader.after_name(run) : reader.after_name(run) + PSEUDONYM_WINDOW]
    person.pseudonym = person.pseudonym or bool(PSEUDONYM.match(tail))


def lead_cue(reader: Reader, cue: Cue) -> None:
    """«ويُعرف بين عناصره بلقب (Y)»: find بلقب/باسم within a few words."""
    for at in range(cue.after, min(len(reader.words), cue.after + MAX_ROLE_SKIP)):
        word = reader.words[at]
        if word.kind != "word":
            return
        if word.folded in LEAD_WORDS or word.folded == "ب":
            alias_cue(reader, cue, at + 1)
            return


def real_name_cue(reader: Reader, cue: Cue) -> None:
    """«أبو محمد الجولاني، واسمه الحقيقي أحمد الشرع»: the real name is an alias."""
    run = read_name(reader.words, cue.after, "strong", reader.tagged)
    person = reader.near_person(cue)
    if run is None or person is None or not reader.free(run):
        return
    person.add_alias(run.span, reader.surface(run), "real")
    reader.taken.update(range(run.first, run.last + 1))


def pseudonym_cue(reader: Reader, cue: Cue) -> None:
    """«طلب الإشارة إليه باسم "سليم"»: a person known to the text only by a pseudonym."""
    run = read_name(reader.words, cue.after, "pseudonym", reader.tagged)
    if run is not None and reader.free(run):
        reader.add(run, cue.cue, "pseudonym").pseudonym = True
