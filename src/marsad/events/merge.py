"""One incident told several times in a document (headline, lead, details) is one event."""

from __future__ import annotations

from dataclasses import replace

from marsad.arabic.normalize import fold
from marsad.events.location import PRECISION_RANK, km_apart, near_a_town
from marsad.model import Event, PartialDate, Place

# Characters between two tellings for an undated one to join a dated one (about two
# sentences: "… أمس. وأضاف المصدر أن الهجوم …").
UNDATED_MERGE_REACH = 400
# Two places this close are one for telling incidents apart (ACLED codes one event
# per town and day; a quarter the gazetteer lacks sits on its town's point).
SAME_POINT_KM = 1.0
_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if fold(a.name) == fold(b.name):
        return True
    if _same_point(a, b):
        return True  # a quarter placed at its town's point, and the town
    if "country" in (a.precision, b.precision):
        return True  # "جنوب سوريا" is too coarse to tell two incidents apart
    if near_a_town(a) and near_a_town(b):
        return False  # "أطراف قرية بليون" is next to one town, not a region holding others
    # a town and the region or governorate that holds it ("قرى جبل الزاوية" then
    # "كنصفرة"): the same governorate is the best containment test the data allows
    return a.precision != b.precision and bool(a.admin1) and a.admin1 == b.admin1


def _same_point(a: Place, b: Place) -> bool:
    km = km_apart(a, b)
    return km is not None and km < SAME_POINT_KM


def _dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None and b is None:
        return True
    if a is None or b is None:
        return False
    # a day and the month around it are different tellings ("أمس" vs "مطلع الشهر")
    return a.value == b.value


def _people_agree(a: Event, b: Event) -> bool:
    if not a.persons or not b.persons:
        return True
    return bool({fold(p) for p in a.persons} & {fold(p) for p in b.persons})


def same_incident(
    a: Event,
    b: Event,
    adjacent: bool = True,
    self_dated: frozenset[int] = frozenset(),
    retellings: frozenset[int] = frozenset(),
) -> bool:
    # an undated retelling joins a dated one only when told close by, with no other
    # incident told in between, and when it has no date of its own that we could not
    # resolve ("قبل يومين" with no publication date is another day, not "unknown")
    undated = b if b.date is None else a
    # (a retelling at the same town may come further down: a witness's account)
    same_town = (
        a.location is not None
        and b.location is not None
        and a.location.precision == "town"
        and fold(a.location.name) == fold(b.location.name)
    )
    close = (
        adjacent
        and (abs(b.evidence.start - a.evidence.end) <= UNDATED_MERGE_REACH or same_town)
        and undated.evidence.start not in self_dated
    )
    # a telling with no date of its own took the publication's or the story's; told
    # close by at the same town, a dated telling of the same incident gives the day
    # ("قُتل شخصان في اشتباك بين عائلتين في مدينة نوى" then "اندلع الاشتباك مساء السبت")
    borrowed = a.evidence.start not in self_dated or b.evidence.start not in self_dated
    dates = (
        _dates_agree(a.date, b.date)
        or (close and (a.date is None or b.date is None))
        or (close and same_town and borrowed)
    )
    # ("وكان العنصران … قد قُتلا على الفور في الهجوم": a retelling that names the dead
    # reads as an attack on them; it is the clash told before)
    retold_fight = b.evidence.start in retellings and {a.sub_event_type, b.sub_event_type} <= _FIGHT
    return (
        (_types_agree(a, b) or retold_fight)
        and _places_agree(a.location, b.location)
        and dates
        # (a retelling names the dead the first telling left out: «وأسفر الاشتباك عن
        # مقتل عنصر يدعى …» after a telling that named the group's leader)
        and (_people_agree(a, b) or b.evidence.start in retellings)
    )


# An attack on men who fought back is a clash; which one a telling reads depends on
# whether it names the victims' side ("تعرض الدورية لإطلاق نار" after "الهجوم على دورية").
_FIGHT = frozenset({"Attack", "Armed clash"})


# a crowd's gathering told in a lead and its road-block with burning tyres in the details
_CROWD = frozenset({"Protests", "Riots"})


def _types_agree(a: Event, b: Event) -> bool:
    if a.sub_event_type == b.sub_event_type:
        return True
    if a.event_type in _CROWD and b.event_type in _CROWD:
        return True
    if {a.sub_event_type, b.sub_event_type} & _FIGHT and "Grenade" in (
        a.sub_event_type,
        b.sub_event_type,
    ):
        # "فتحوا النار … وألقوا قنبلة يدوية باتجاه غرفة الحرس": the grenade thrown in
        # the attack on the checkpoint told before
        return True
    if {a.sub_event_type, b.sub_event_type} == {"Grenade", "Air/drone strike"}:
        return True  # "المسيّرة … ألقت قنبلة يدوية معدّلة على غرفة الحاجز": its payload
    unnamed_victims = any(e.actor2 is None or e.actor2.actor_id == "civilians" for e in (a, b))
    # ("استشهد عنصران من قوى الأمن الداخلي … جراء اعتداء على حاجز" then "أطلقوا النار
    # على عناصر الحاجز، ما أدى إلى مقتل محمد ياسين الحسن": the clash, its dead named)
    armed_victims = any(
        e.sub_event_type == "Armed clash"
        and not e.persons
        and e.actor2 is not None
        and e.actor2.category == "state"
        for e in (a, b)
    )
    return (
        {a.sub_event_type, b.sub_event_type} == _FIGHT
        and (unnamed_victims or armed_victims)
        and not (a.persons and b.persons)
    )


def _finer_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None or b is None:
        return a or b
    if a.precision == b.precision:
        # "داخل حي عكرمة" and "في حي عكرمة الجديدة": the fuller name
        if fold(b.name).startswith(fold(a.name) + " "):
            return b
        if fold(a.name).startswith(fold(b.name) + " "):
            return a
    if a.precision == b.precision and (b.place_id or "").endswith("#quarter"):
        return b  # "في مدينة حمص" then "في حي عكرمة": the quarter is where it happened
    if a.precision == b.precision and a.admin1 is None and b.admin1 is not None:
        return b  # the telling that places the village in its governorate
    return a if PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] else b


def _finer_date(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    if a is None or b is None:
        return a or b
    return a if _DATE_RANK[a.precision] <= _DATE_RANK[b.precision] else b


def _toll(a: Event, b: Event, updated: bool) -> int:
    """ACLED's conservative toll: the lower of two reports, unless the later one updates it."""
    if updated and b.fatalities:
        return b.fatalities  # "ارتفعت حصيلة القتلى إلى ثلاثة"
    tolls = [n for n in (a.fatalities, b.fatalities) if n]
    return min(tolls) if tolls else 0


def combine(a: Event, b: Event, updated: bool = False) -> Event:
    """``a`` (told first) completed with what ``b`` adds."""
    return replace(
        a,
        location=_finer_place(a.location, b.location),
        date=_finer_date(a.date, b.date),
        actor1=a.actor1 if a.actor1 and a.actor1.name != "مسلحون مجهولون" else b.actor1 or a.actor1,
        actor2=a.actor2 or b.actor2,
        fatalities=_toll(a, b, updated),
        persons=tuple(dict.fromkeys(a.persons + b.persons)),
        reported_by=a.reported_by or b.reported_by,
        confidence=max(a.confidence, b.confidence),
    )


def merge_incidents(
    events: list[Event],
    updates: frozenset[int] = frozenset(),
    self_dated: frozenset[int] = frozenset(),
    new_topics: frozenset[int] = frozenset(),
    retellings: frozenset[int] = frozenset(),
    attackers_dead: frozenset[int] = frozenset(),
) -> list[Event]:
    """Fold each event into an earlier one that tells the same incident.

    ``updates`` holds the evidence offsets of tellings that revise a toll upward;
    ``new_topics`` the offsets where the text turns to another matter ("في سياق
    منفصل"): no telling after one is folded into an incident told before it;
    ``retellings`` the evidence offsets of tellings that refer back to one told before;
    ``attackers_dead`` those whose dead are the attackers, more dead than a telling of
    the victims' toll.
    """
    merged: list[Event] = []
    for event in events:
        for i, kept in enumerate(merged):
            apart = any(kept.evidence.start < t <= event.evidence.start for t in new_topics)
            adjacent = i == len(merged) - 1
            if not apart and same_incident(kept, event, adjacent, self_dated, retellings):
                merged[i] = combine(kept, event, event.evidence.start in updates)
                if event.evidence.start in attackers_dead and kept.fatalities:
                    # the attackers' dead told apart: more dead than the victims' toll,
                    # or a part of a toll that counted both sides
                    toll = (
                        max(kept.fatalities, event.fatalities)
                        if kept.evidence.start in attackers_dead
                        else kept.fatalities + event.fatalities
                    )
                    merged[i] = replace(merged[i], fatalities=toll)
                if kept.evidence.start not in self_dated and event.evidence.start in self_dated:
                    merged[i] = replace(merged[i], date=event.date)
                break
        else:
            merged.append(event)
    return merged


def fold_headline(body: list[Event], headline: list[Event]) -> list[Event]:
    """Headline events add to the body's; alone they stand only if the body tells none.

    A headline is dated by the publication, not the incident ("مقتل ثلاثة عناصر …"
    tells yesterday's blast), so its date never decides the match.
    """
    if not body:
        return merge_incidents(headline)
    merged = list(body)
    for event in headline:
        for i, kept in enumerate(merged):
            if kept.sub_event_type == event.sub_event_type and _places_agree(
                kept.location, event.location
            ):
                merged[i] = combine(kept, replace(event, date=kept.date))
                break
    return merged
