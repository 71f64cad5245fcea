"""``find_places``: every place an Arabic text names, resolved, with its evidence.

Stages (compute first, annotate last): match names (Aho-Corasick), read each match's
context, accept or reject it (common words, person and organisation names), pick
the kinds the context allows, learn the article's governorates and anchor places,
choose among homonyms, then build region/road places and the mentions.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace

from marsad.arabic import NormalizedText, normalize
from marsad.gazetteer.context import Context, Words, listed_together, read_context
from marsad.gazetteer.disambiguation import Anchor, Choice, DocumentContext, choose
from marsad.gazetteer.entries import (
    GOVERNORATE_KINDS,
    QUARTER_KINDS,
    GazetteerEntry,
    load_entries,
)
from marsad.gazetteer.lexicon import Lexicon, load_lexicon
from marsad.gazetteer.local import place_by_following_words
from marsad.gazetteer.matcher import NameMatch, match_names
from marsad.gazetteer.mention import PlaceMention, drop_contained, written_name
from marsad.gazetteer.regions import region_place
from marsad.gazetteer.roads import RoadMatch, find_roads
from marsad.gazetteer.unknown import find_unknown_towns
from marsad.model import Place

# A "frequent" common-word name after a bare preposition counts as a place only for a
# town at least this large (GeoNames population): الحراك (23,784) and جاسم (30,283)
# pass, the hamlets called المحطة or الشيخ do not.
LARGE_TOWN_POPULATION = 20_000


@dataclass(slots=True)
class _Found:
    match: NameMatch
    ctx: Context
    candidates: list[GazetteerEntry]
    accepted_by: str  # "" while pending
    kind_note: str = ""


def _tier(match: NameMatch, entries: tuple[GazetteerEntry, ...], lexicon: Lexicon) -> str:
    tiers = {lexicon.common_tier.get(match.key, "")}
    tiers.update(entries[i].common_tier for i in match.entry_ids)
    return "frequent" if "frequent" in tiers else ("word" if "word" in tiers else "")


# Names that are themselves context words («قرى», «الشرقي», «ريف»): some villages
# carry them, but in running text they are the cue, not the place.
_CUE_KINDS_NEVER_PLACES = (
    "town_noun",
    "quarter_noun",
    "area_noun",
    "governorate",
    "rural",
    "rural_definite",
    "direction",
    "direction_adj",
    "near",
    "preposition",
    "person_cue",
)


# A plural settlement noun this close before a list opens it ("قرى قسطون والزيارة").
_PLURAL_SETTLEMENTS = re.compile(r"(?<!\w)[وفبل]?(?:قري|قرى|بلدات|مدن|احياء|مناطق)(?!\w)")
LIST_REACH = 40


# «وصلت التعزيزات للحراك»: after a verb of motion a lam does mark the destination
_MOTION_BEFORE = re.compile(
    r"(?:وصل|توجه|انتقل|عاد|دخل|نقل|وصول|متجه|قادم|اتجاه)\S*(?:\s+\S+){0,3}\s*$"
)


def _acceptance(found: _Found, tier: str, lexicon: Lexicon, before: str = "") -> str | None:
    """Which cue lets the name be a place ("" pending, None rejected)."""
    ctx = found.ctx
    if ctx.person or ctx.organisation:
        return None
    key = found.match.key
    bare = key[2:] if key.startswith("ال") else key
    if any(
        lexicon.is_(kind, form) for kind in ("town_noun", "quarter_noun") for form in (key, bare)
    ):
        # "أحياء مدينة حلب", "أحياء المدينة": the noun is no village called مدينة
        return None
    if not ctx.town_noun and any(
        lexicon.is_(kind, found.match.key) for kind in _CUE_KINDS_NEVER_PLACES
    ):
        return None
    if not tier:
        return "name"
    # «قرب منزله»: nearness or a direction alone does not make an everyday word such as
    # منزله (also a hamlet) a place; a settlement noun or a region phrase does
    nearness_only = (ctx.near or ctx.direction is not None) and not (
        ctx.town_noun or ctx.area_noun or ctx.governorate or ctx.rural or ctx.badia
    )
    if ctx.strong and not (tier == "frequent" and nearness_only and not ctx.follows_locative):
        return "cue"
    if tier == "word":
        return "preposition" if ctx.preposition else ""
    largest = max(e.population for e in found.candidates)
    # «للثورة»: a lam joined to the article marks a possessive, not a place ("للثورة" =
    # "of the revolution"); it is no locative preposition
    lam_only = found.match.prefix.endswith("ل") and not _MOTION_BEFORE.search(before)
    if (
        (ctx.preposition or nearness_only)
        and not lam_only
        and largest >= LARGE_TOWN_POPULATION
        and not ctx.adjective_follows
    ):
        return "large town after a preposition"
    if found.match.prefix.startswith("و") and _PLURAL_SETTLEMENTS.search(before[-LIST_REACH:]):
        # "قرى قسطون والزيارة وخربة الناقوس": an everyday word in a list of villages
        # waits for its neighbours to vouch for it ("بلدة نوى والكشف عن …" is no list)
        return ""
    return None


def _select_kinds(found: _Found) -> None:
    """Keep the candidate kinds the context asks for (bare names prefer towns)."""
    ctx, candidates = found.ctx, found.candidates
    if ctx.governorate:
        wanted = [e for e in candidates if e.kind in GOVERNORATE_KINDS]
        note = "governorate (after محافظة)"
    elif (ctx.rural or ctx.badia or ctx.direction is not None) and not ctx.town_noun:
        wanted = [e for e in candidates if e.kind in GOVERNORATE_KINDS or e.kind == "country"]
        wanted = wanted or [e for e in candidates if e.kind in ("district", "area")]
        note = "area base for a region phrase"
    elif ctx.quarter_noun:
        wanted = [e for e in candidates if e.kind in QUARTER_KINDS]
        wanted = wanted or [e for e in candidates if e.is_town]
        note = "quarter (after حي)"
    elif ctx.town_noun:
        wanted = [e for e in candidates if e.is_town]
        note = "settlement (after a town noun)"
    else:
        wanted = [e for e in candidates if e.is_town]
        note = "town preferred for a bare name"
    if wanted and len(wanted) < len(candidates):
        found.candidates, found.kind_note = wanted, note


def _document_context(found: list[_Found], choices: dict[int, Choice]) -> DocumentContext:
    admin1: Counter[str] = Counter()
    countries: set[str] = set()
    anchors = []
    for item in found:
        entries = item.candidates
        if len({e.admin1 for e in entries}) == 1 and entries[0].admin1:
            admin1[entries[0].admin1] += 1
        if len({e.country for e in entries}) == 1 and entries[0].country != "SY":
            countries.add(entries[0].country)
        choice = choices.get(id(item))
        if choice and choice.entry and choice.entry.is_town and not choice.alternatives:
            anchors.append(Anchor(choice.entry.name_ar, choice.entry.lat, choice.entry.lon))
    return DocumentContext(frozenset(admin1), frozenset(countries), tuple(anchors))


def _mention(
    norm: NormalizedText,
    start: int,
    end: int,
    place: Place,
    choice: Choice,
    rule: str,
    country: str | None,
    parts: tuple[PlaceMention, ...] = (),
) -> PlaceMention:
    span = norm.span_to_original(start, end)
    surface = span.of(norm.original)
    place = replace(place, name=written_name(surface))
    alternatives = tuple(e.as_place(e.name_ar) for e in choice.alternatives)
    return PlaceMention(span, surface, place, alternatives, choice.reason, rule, country, parts)


def _resolve(norm: NormalizedText, item: _Found, choice: Choice, lexicon: Lexicon) -> PlaceMention:
    ctx, match = item.ctx, item.match
    cue = "+".join(ctx.cues)
    if choice.entry is None:
        unresolved = Place(name="", precision="town", unresolved_reason=choice.reason)
        mention = _mention(
            norm, ctx.phrase_start, ctx.phrase_end, unresolved, choice, "ambiguous", None
        )
        # "قرب قرية حريصون": the unresolved place is named by its name, not the phrase
        name = written_name(norm.span_to_original(match.start, match.end).of(norm.original))
        return replace(mention, place=replace(mention.place, name=name))
    entry = choice.entry
    reason = "; ".join(r for r in (item.kind_note, choice.reason) if r)
    choice = Choice(entry, choice.alternatives, reason)
    if ctx.region:
        place, rule = region_place(entry, ctx, "", lexicon)
        base = _mention(
            norm, match.start, match.end, entry.as_place(""), choice, "name", entry.country
        )
        return _mention(
            norm, ctx.phrase_start, ctx.phrase_end, place, choice, rule, entry.country, (base,)
        )
    rule = f"name+{cue}" if cue else "name"
    if item.accepted_by not in ("name", "cue", ""):
        rule = f"{rule} ({item.accepted_by})"
    return _mention(
        norm, ctx.phrase_start, ctx.phrase_end, entry.as_place(""), choice, rule, entry.country
    )


def _road_mention(
    norm: NormalizedText, road: RoadMatch, ends: tuple[PlaceMention, PlaceMention]
) -> PlaceMention:
    entries = load_entries()
    first, second = ends
    if road.entry_id is not None:
        entry = entries[road.entry_id]
        choice = Choice(entry, (), "known road with these two ends")
        return _mention(
            norm, road.start, road.end, entry.as_place(""), choice, "road", entry.country, ends
        )
    syrian = [m for m in ends if m.country == "SY" and m.place.lat is not None]
    points = [m.place for m in ends if m.place.lat is not None and m.place.lon is not None]
    place = Place(
        name="",
        precision="district",
        admin1=(syrian[0].place.admin1 if syrian else first.place.admin1),
        lat=sum(p.lat or 0.0 for p in points) / len(points) if points else None,
        lon=sum(p.lon or 0.0 for p in points) / len(points) if points else None,
        place_id=f"road:{road.first.key}|{road.second.key}",
        name_en=f"Road {first.place.name_en}–{second.place.name_en}",
        unresolved_reason=None if points else "neither end of the road resolved",
    )
    choice = Choice(None, (), "road named by its ends; midpoint of the two")
    return _mention(norm, road.start, road.end, place, choice, "road", "SY", ends)


def find_places(text: str) -> tuple[PlaceMention, ...]:
    """Every place the Arabic ``text`` names, in text order, with spans into ``text``.

    >>> [(m.surface, m.place.name_en, m.place.precision) for m in find_places(
    ...     "قتل شاب برصاص مجهولين في بلدة نصيب بريف درعا الشرقي")]
    [('نصيب', 'Nasib', 'town'), ('ريف درعا الشرقي', 'Eastern countryside of Dara', 'district')]
    """
    entries = load_entries()
    lexicon = load_lexicon()
    norm = normalize(text)
    words = Words(norm.text, lexicon)
    matches = match_names(norm.text)
    roads = find_roads(norm.text, matches)
    in_roads = {id(m) for road in roads for m in (road.first, road.second)}

    found: list[_Found] = []
    for match in matches:
        if _accusative(norm, match.end):
            continue
        item = _Found(match, read_context(words, match), [entries[i] for i in match.entry_ids], "")
        if id(match) in in_roads:
            item.accepted_by = "road end"
            found.append(item)
            continue
        before = norm.text[max(0, match.start - len(match.prefix) - 40) : match.start]
        if _hashtag_dateline(norm, match.start - len(match.prefix), match.end):
            item.accepted_by = "hashtag dateline"
            found.append(item)
            continue
        accepted = _acceptance(item, _tier(match, entries, lexicon), lexicon, before)
        if accepted is not None:
            item.accepted_by = accepted
            found.append(item)
    _accept_listed(found, words)
    found = [item for item in found if item.accepted_by]
    for item in found:
        _select_kinds(item)

    # governorates first from unambiguous names, then choose with that context
    first_pass = {
        id(item): choose(item.candidates, DocumentContext(frozenset(), frozenset(), ()))
        for item in found
    }
    doc = _document_context(found, first_pass)
    mentions: dict[int, PlaceMention] = {}
    for item in found:
        mentions[id(item.match)] = _resolve(norm, item, choose(item.candidates, doc), lexicon)
    result = [m for key, m in mentions.items() if key not in in_roads]
    for road in roads:
        result.append(
            _road_mention(norm, road, (mentions[id(road.first)], mentions[id(road.second)]))
        )
    # «الشرقي» inside «الريف الشمالي الشرقي لمحافظة درعا» is part of the region phrase
    result = drop_contained(result, [m for m in result if m.parts])
    # twice: names take their adjectives before unknown towns are looked for (so
    # «الشرقي» of «الكرك الشرقي» is not one), then the unknown towns are placed too;
    # a mention already placed is left as it is
    result = place_by_following_words(text, result)
    taken = [(m.span.start, m.span.end) for m in result]
    unknown = find_unknown_towns(norm, words, matches, taken)
    kept = [
        m
        for m in drop_contained(result, unknown)
        if not any(m.span.start < u.span.start < m.span.end <= u.span.end for u in unknown)
    ]
    result = place_by_following_words(text, kept + unknown)
    return tuple(sorted(result, key=lambda m: (m.span.start, m.span.end)))


# "🔴 #الباب | مقتل شاب": a local network opens its post with the town as a hashtag
_DATELINE_HASHTAG = re.compile(r"^[^\w]*#$")


def _hashtag_dateline(norm: NormalizedText, start: int, end: int) -> bool:
    line_start = norm.text.rfind("\n", 0, start) + 1
    # ("#الرمل_الشمالي" names more than the الرمل the gazetteer knows)
    after = norm.to_original(end - 1) + 1
    whole = norm.original[after : after + 1] != "_"
    return whole and bool(_DATELINE_HASHTAG.match(norm.text[line_start:start]))


def _accusative(norm: NormalizedText, end: int) -> bool:
    """The name's last letter carries the accusative tanween («طريقاً ترابياً وعراً»).

    Place names are not declined with tanween in news prose, so such a word is an
    adjective or adverb whose letters happen to spell a village («وعراً» → عرا).
    """
    last = norm.to_original(end - 1)
    # written «وعراً» or «وعرًا»: on the final alif or on the letter before it
    return "\u064b" in norm.original[last - 1 : last + 2]


def _accept_listed(found: list[_Found], words: Words) -> None:
    """Pending names listed next to an accepted place («طريق السد، والحمادين») are places."""
    changed = True
    while changed:
        changed = False
        for left, right in itertools.pairwise(found):
            if bool(left.accepted_by) == bool(right.accepted_by):
                continue
            gap_start = left.ctx.phrase_end
            # the و of «والحمادين» is the second name's proclitic, not part of the gap
            gap_end = min(right.ctx.phrase_start, right.match.start - len(right.match.prefix))
            if listed_together(words, gap_start, gap_end):
                (right if left.accepted_by else left).accepted_by = "listed with a place"
                changed = True
