"""Names no cue introduces: quoted names, pseudonyms, kunyas, and the tagger's people.

«قُتل "معاذ أحمد الدغيم"», «ويروي "سامر"، وهو اسم مستعار», «زعيمه (أبو الحسين …)»,
«أبو محمد الجولاني», and a confident name from the CRF that starts with a given name.

>>> from marsad.people import find_people
>>> [(p.surface, p.rule) for p in find_people("ونعت مجموعات محلية أبو محمد الحوراني")]
[('أبو محمد الحوراني', 'kunya')]
>>> [(p.surface, p.pseudonym) for p in find_people('ويروي "سامر"، وهو اسم مستعار، أن …')]
[('سامر', True)]
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.model import Span
from marsad.people.constructions import LEAD_WORDS
from marsad.people.cues import Cue
from marsad.people.lexicon import given_names
from marsad.people.names import (
    KUNYA_HEADS,
    OPENING,
    NameRun,
    given_length,
    is_family,
    is_stop,
    read_name,
    starts_name,
)
from marsad.people.reader import PSEUDONYM, PSEUDONYM_WINDOW, Reader
from marsad.people.tagger import NameSpan

# The name tagger alone makes a person only above this confidence (smallest marginal of
# the span's labels). Chosen on the sample corpus (examples/gold.jsonl), the seed and
# the development set (tests/eval): lower values admitted organisations and places that
# the ANERcorp-trained model tags as people in Syrian reporting.
TAGGER_MIN_CONFIDENCE = 0.9


# A quoted pseudonym is a short name: «"سامر"», «"أبو محمد الجاسمي"».
PSEUDONYM_MAX_WORDS = 4
# A quoted phrase of more words than this is not read as a name without a cue.
MAX_QUOTED_PERSON_WORDS = 5


def _names_something(reader: Reader, run: NameRun) -> bool:
    """A name that is a place's or a group's: «لواء أبو الفضل العباس», «ساحة سعد الله …»."""
    return (
        reader.is_place_or_group(run)
        or reader.inside_known_phrase(run.first, run.last)
        or reader.after_place_noun(run.first)
    )


def quoted_pseudonyms(reader: Reader) -> None:
    """«ويروي "سامر"، وهو اسم مستعار»: a quoted name the text calls not real."""
    for i, word in enumerate(reader.words):
        if i in reader.taken or word.surface not in OPENING:
            continue
        run = read_name(reader.words, i, "strong")
        if run is None or not run.quoted or not reader.free(run):
            continue
        inner = reader.words[run.first : run.last + 1]
        if len(inner) > PSEUDONYM_MAX_WORDS or any(is_stop(w) for w in inner):
            continue
        tail = reader.text[reader.after_name(run) : reader.after_name(run) + PSEUDONYM_WINDOW]
        if PSEUDONYM.match(tail):
            reader.add(run, "", "pseudonym")


def quoted_names(reader: Reader, cues: Sequence[Cue]) -> None:
    """A quoted phrase that starts with a given name: «قُتل "معاذ أحمد الدغيم"».

    Not one a cue introduces: «الملقب (أبو حمزة)» is read with its cue.
    """
    after_cue = {cue.after for cue in cues}
    for i, word in enumerate(reader.words[:-1]):
        if i in reader.taken or word.surface not in OPENING or i in after_cue:
            continue
        before = reader.words[i - 1] if i > 0 else None
        if before is not None and (before.folded in LEAD_WORDS or before.folded == "ب"):
            continue
        run = read_name(reader.words, i, "strong")
        if run is None or not run.quoted or not reader.free(run):
            continue
        inner = reader.words[run.first : run.last + 1]
        if len(inner) > MAX_QUOTED_PERSON_WORDS or any(is_stop(w) for w in inner):
            continue
        # a quoted kunya may be an alias used again: the bracketed pass reads it later
        if given_length(reader.words, run.first) and not _names_something(reader, run):
            reader.add(run, "", "quoted")


def bracketed_kunyas(reader: Reader) -> None:
    """A kunya in brackets or quotes that no cue introduced: «زعيمه (أبو الحسين …)»."""
    for i, word in enumerate(reader.words[:-1]):
        if i in reader.taken or word.surface not in OPENING:
            continue
        if reader.words[i + 1].folded in KUNYA_HEADS:
            run = read_name(reader.words, i, "alias")
            if run is not None and reader.free(run) and not _names_something(reader, run):
                reader.add(run, "", "kunya")


def kunya_nisbas(reader: Reader) -> None:
    """An unquoted kunya followed by a nisba: «أبو محمد الجولاني», not «أبو حمام»."""
    for i, word in enumerate(reader.words):
        if i in reader.taken:
            continue
        if i > 0 and reader.words[i - 1].surface in OPENING:
            continue  # «(أبو الحسين الحسيني القرشي)»: the bracketed pass reads it whole
        if word.folded in KUNYA_HEADS and starts_name(reader.words, i) >= 2:
            end = i + starts_name(reader.words, i)
            if end < len(reader.words) and is_family(reader.words[end]):
                while end + 1 < len(reader.words) and is_family(reader.words[end + 1]):
                    end += 1  # «أبو بكر البغدادي القرشي»
                run = NameRun(
                    Span(word.span.start, reader.words[end].span.end), i, end, quoted=False
                )
                if reader.free(run) and not _names_something(reader, run):
                    reader.add(run, "", "kunya")


def tagger_people(reader: Reader, names: Sequence[NameSpan]) -> None:
    """Names only the tagger finds: confident, starting with a given name or kunya."""
    for name in names:
        if name.label != "PER" or name.confidence < TAGGER_MIN_CONFIDENCE:
            continue
        inside = [
            w
            for w in reader.words
            if name.span.start <= w.span.start and w.span.end <= name.span.end
        ]
        if not inside or inside[0].index in reader.taken:
            continue
        first = inside[0].index
        start = inside[0].span.start
        if not starts_name(reader.words, first):
            head = inside[0].folded
            if not (head.startswith("و") and head[1:] in given_names()):
                continue
            start += 1  # «وحسين خليل الأحمد»: the conjunction is not the name
        run = read_name(reader.words, first, "title", reader.tagged)
        last = max(inside[-1].index, run.last if run is not None else first)
        words = reader.words[first : last + 1]
        if any(is_stop(w) for w in words[1:]) or any(w.kind != "word" for w in words):
            continue
        found = NameRun(Span(start, reader.words[last].span.end), first, last, quoted=False)
        if not reader.free(found) or reader.is_place_or_group(found):
            continue
        if reader.inside_known_phrase(first, last) or reader.after_place_noun(first):
            continue
        reader.add(found, "", "tagger", name.confidence)
