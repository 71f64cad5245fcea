"""What the words right after a town say about it: «قرب بلدة الرصافة جنوبي الرقة».

A town named and then placed in a governorate («X بريف درعا الغربي», «X جنوبي الرقة»)
must lie in that governorate. When the gazetteer's only «الرصافة» is in Hama, or its
«الشيخ سعد» are in Idlib and Tartus, the text is right and the table is short: the
mention keeps its name, takes the governorate the text gives and loses coordinates
that would put it in another province (a reviewer sees the reason).

A direction or size adjective after a town noun and a known name is part of a
different village's name («بلدة الكرك الشرقي», «قرية المليحة الغربية»); the name is
kept whole. The base village's point is kept only when it lies in the governorate
the text gives, where the pair are a few kilometres apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.gazetteer.mention import PlaceMention, drop_contained, written_name
from marsad.model import Place, Span

# Between a town and the phrase that places it: nothing, «في», «ب», «ضمن», a comma.
_PLACING_GAP = re.compile(r"^\s*[،,]?\s*(?:(?:في|ضمن|من)\s+|ب)?$")
_TOWN_NOUN_BEFORE = re.compile(r"(?:^|\s)[وفب]*(?:بلدة|قرية|مدينة|بلدتي|قريتي|ناحية|حي)\s+$")
# («حي برزة البلد»: the old town of a place is a quarter of its own name; «حي عكرمة
# الجديدة» is the newer quarter of that name)
_NAME_ADJECTIVE = re.compile(
    r"^\s+(ال(?:شرقي|غربي|شمالي|جنوبي|فوقاني|تحتاني|كبير|صغير|قبلي|جديد|قديم)ة?|البلد)"
    r"(?=$|[\s،,.؛:)\"»])"
)
_WIDE = ("district", "governorate")
NOT_IN_THIS_GOVERNORATE = "the gazetteer has no place by this name in {}"


def _placing_governorate(text: str, mention: PlaceMention, after: PlaceMention) -> str | None:
    """The governorate of the region phrase right after ``mention``, if one follows."""
    if after.place.precision not in _WIDE or after.place.unresolved_reason:
        return None
    if not _PLACING_GAP.match(text[mention.span.end : after.span.start]):
        return None
    return after.place.admin1


def _is_near(mention: PlaceMention) -> bool:
    """«قرب بلدة X»: a region mention whose first part is the town itself."""
    return mention.rule.startswith("near") and bool(mention.parts)


def _with_adjective(text: str, mention: PlaceMention) -> PlaceMention:
    """«بلدة الكرك الشرقي»: the adjective belongs to the village's name."""
    near = _is_near(mention)
    if mention.place.precision != "town" and not near:
        return mention
    base = mention.parts[0] if near else mention
    if not _TOWN_NOUN_BEFORE.search(text[max(0, base.span.start - 12) : base.span.start]):
        return mention
    found = _NAME_ADJECTIVE.match(text[mention.span.end : mention.span.end + 16])
    if not found:
        return mention
    extra = found.end(1)
    if near:
        return replace(
            mention,
            span=Span(mention.span.start, mention.span.end + extra),
            surface=text[mention.span.start : mention.span.end + extra],
            parts=(_with_adjective(text, base), *mention.parts[1:]),
            rule=f"{mention.rule}+adjective",
        )
    span = Span(mention.span.start, mention.span.end + extra)
    surface = span.of(text)
    place = replace(
        mention.place, name=written_name(surface), place_id=None, name_en=None, admin2=None
    )
    return replace(
        mention,
        span=span,
        surface=surface,
        place=place,
        reason=f"{mention.reason}; «{found.group(1)}» is part of the name; base village point",
        rule=f"{mention.rule}+adjective",
    )


def _in_governorate(mention: PlaceMention, governorate: str) -> PlaceMention:
    if _is_near(mention):
        base = _in_governorate(mention.parts[0], governorate)
        place = replace(
            mention.place,
            admin1=governorate,
            lat=base.place.lat,
            lon=base.place.lon,
            unresolved_reason=base.place.unresolved_reason,
        )
        return replace(mention, place=place, parts=(base, *mention.parts[1:]), reason=base.reason)
    if mention.place.admin1 == governorate and mention.place.lat is not None:
        return mention
    options = [
        p
        for p in (mention.place, *mention.alternatives)
        if p.admin1 == governorate and p.lat is not None
    ]
    if options and not mention.rule.endswith("+adjective"):
        chosen = replace(options[0], name=mention.place.name, precision=mention.place.precision)
        reason = f"in {governorate}, as the words after it say"
    else:
        reason = NOT_IN_THIS_GOVERNORATE.format(governorate)
        chosen = Place(
            name=mention.place.name,
            precision=mention.place.precision,
            admin1=governorate,
            unresolved_reason=reason,
        )
    return replace(mention, place=chosen, reason=reason)


def place_by_following_words(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Apply the name adjective and the governorate that follows each town mention.

    ``mentions`` are in text order; ``text`` is the original text they index.
    """
    ordered = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    result = []
    for index, mention in enumerate(ordered):
        mention = _with_adjective(text, mention)
        following = [m for m in ordered[index + 1 :] if m.span.start >= mention.span.end]
        is_town = mention.place.precision == "town" or _is_near(mention)
        if is_town and following:
            governorate = _placing_governorate(text, mention, following[0])
            if governorate:
                mention = _in_governorate(mention, governorate)
        result.append(mention)
    # an extended name may now cover a mention of the adjective's own («الشرقية»)
    return drop_contained(result, result)
