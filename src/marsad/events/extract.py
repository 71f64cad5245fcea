"""The event coder: clauses with a trigger become ACLED-typed events.

For each clause (a sentence, or a part of one cut at "، فيما" / "؛" …) the
strongest trigger (ACLED's priority) gives the type; then the scene place(s),
the date, the two sides, the named people, the toll and the cited source are
read from the clause, its sentence and its paragraph. Clauses that deny,
threaten or generalise ("تشهد المحافظة فلتاناً أمنياً") are not events; in a
statistics round-up only itemised incidents are. The same incident told twice
is kept once (``merge``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from marsad.actors.ontology import date_bounds
from marsad.annotations import Annotations
from marsad.arabic.dates import DateMention
from marsad.arabic.normalize import fold
from marsad.events.attribution import attribute_unsourced, sources_by_sentence
from marsad.events.coding import acled_type, refine_by_sides
from marsad.events.context import Clause, DocumentContext, read_document
from marsad.events.fatalities import count_fatalities, death_word_spans
from marsad.events.layout import date_header, dateline_place, summary_lines
from marsad.events.location import (
    NAMELESS_TOWN,
    event_places,
    fallback_place,
    happened_abroad,
    impact_towns,
    near_a_town,
    scene_place,
    town_named_before,
    with_governorate,
    within_town,
)
from marsad.events.merge import fold_headline, merge_incidents
from marsad.events.roundup import is_roundup
from marsad.events.sides import choose_sides
from marsad.events.timing import choose_date, counts_hours, dated_in_clause, sentence_dates
from marsad.events.triggers import TriggerMatch
from marsad.events.usable import (
    RELATIVE_BEFORE,
    has_cue,
    is_definite,
    is_generality,
    is_tally,
    negated,
    protest_broken_up,
    seized_not_exploded,
    tried_abduction,
    usable,
)
from marsad.model import Document, Event, PartialDate, Place, Span
from marsad.people import PersonMention

# "وقُتل عنصران على الفور، بينما توفي ثالث متأثراً بجروحه صباح أمس": deaths of the
# fight told before, whatever later day the wounded died on
_DIED_THERE = re.compile(r"علي الفور|متاثر\w*\s+بجر")
_COMBAT = frozenset({"Battles", "Explosions/Remote violence"})
RELATIVE_REACH = 16  # «التي » right before a trigger, and the character before it
# "دارت اشتباكات …، قُتل خلالها أحد المهاجمين": the attackers' dead, told after the
# lead gave the victims' ("قُتل عنصران من القوات الحكومية"), add to that toll
_ATTACKERS_DEAD = re.compile(
    r"(?<!\w)[وفب]?(?:قتل|مقتل|مصرع|لقي)\w*\s+(?:\S+\s+){0,2}?(?:من\s+)?(?:ال)?(?:مهاجمين|مسلحين|مهاجم)(?!\w)"
)
# "في سياق منفصل، قُتل شاب …": the text turns to another incident
# (at the head of a paragraph or sentence: "قسد من جهة والعشائر من جهة أخرى" is no turn)
_NEW_TOPIC = re.compile(
    r"(?:^|(?<=\n)|(?<=\.\s))[\s\W]*(?:[وف]?(?:في|على)\s+(?:سياق|صعيد|شأن)\s+(?:منفصل|آخر|اخر)"
    r"|[وف]?من جهة أخرى)"
)
# An incident that ended more than this many days before publication is history.
HISTORY_DAYS = 365
# A victim's name follows its death word closely ("مقتل المدعو “فايز الراضي”").
VICTIM_REACH = 40
# Confidence: a base for a rule-coded event, raised by each argument the text fixes.
BASE_CONFIDENCE = 0.5
ARGUMENT_CONFIDENCE = 0.1


def extract_events(document: Document, annotations: Annotations) -> tuple[Event, ...]:
    """ACLED-typed events with place, date, sides, people, toll, source and evidence."""
    context = read_document(document, annotations)
    roundup = is_roundup(document)
    events: list[Event] = []
    last_date: PartialDate | None = None
    last_place: dict[int, Place] = {}
    story_place: Place | None = None
    last_source: dict[int, str] = {}
    sources = sources_by_sentence(context)
    summaries = summary_lines(document.text)
    dateline = dateline_place(context)
    summed: list[Event] = []
    # sentence starts of retellings («وأسفر الاشتباك عن مقتل …») folded into a telling
    retellings: set[int] = set()
    for clause in context.clauses:
        header = date_header(context, clause.sentence)
        if header is not None:
            last_date = header  # "الأحد 16 تشرين الأول:" dates the items below it
            continue
        summary = any(line.contains(clause.sentence) for line in summaries)
        source = sources.get(clause.sentence.start)
        if source is None and has_cue(context, "continuation", clause.sentence):
            source = last_source.get(clause.paragraph)
        if source:
            last_source[clause.paragraph] = source
        triggers = [
            t
            for t in context.triggers
            if clause.span.contains(t.span)
            and usable(context, clause, t)
            and not negated(context, clause, t)
        ]
        if not triggers:
            continue
        strongest = max(triggers, key=lambda t: (t.rule.priority, -t.span.start))
        trigger = protest_broken_up(
            context, clause, seized_not_exploded(context, clause, strongest, triggers), triggers
        )
        trigger = tried_abduction(context, clause, trigger)
        people = [p for p in annotations.people if clause.span.contains(p.span) and not p.pseudonym]
        dated = [
            d
            for d in sentence_dates(context, clause.sentence, trigger.span, since=False)
            if d.date and d.date.precision == "day"
        ]
        if is_generality(context, clause.sentence) and not (
            people or (dated and not is_tally(context, clause.sentence))
        ):
            continue
        # groups move to, and meet in, the place they went to ("انتقلوا لمنطقة إنخل")
        movement = trigger.rule.sub_event_type in ("Change to group/activity", "Other")
        crowd = trigger.rule.kind == "protest"
        # "اعتقلت دورية … شبان من بلدة كفرلاها …، خلال حملة دهم": the scene is read from
        # the first word that tells the act
        # ("ليست المرة الأولى التي تعتقل فيها …، إذ اعتقلت": not from a relative clause)
        told_at = min(
            [trigger.span.start]
            + [
                t.span.start
                for t in triggers
                if t.rule.sub_event_type == trigger.rule.sub_event_type
                and not RELATIVE_BEFORE.search(
                    context.text[max(0, t.span.start - RELATIVE_REACH) : t.span.start]
                )
            ]
        )
        places = event_places(context, clause.span, told_at, movement, crowd) or event_places(
            context, clause.sentence, told_at, movement, crowd
        )
        if not places and happened_abroad(context, clause.span):
            continue  # marsad codes Syria; an incident abroad is context
        if trigger.rule.event_type == "Explosions/Remote violence" and not any(
            near_a_town(p.place) for p in places
        ):
            # a strike on a region whose munitions the sentence places on towns
            places = impact_towns(context, clause.sentence, trigger.span.start) or places
        own_date = dated_in_clause(context, clause.span, clause.sentence, trigger.span)
        retold = is_definite(context.text, trigger) and not own_date and events
        told_kind = any(e.sub_event_type == trigger.rule.sub_event_type for e in events)
        retold_into: int | None = None
        kind = trigger.rule.sub_event_type
        spot_of = (
            _spot_of(events, kind, [scene_place(p, context) for p in places]) if retold else None
        )
        if retold and (
            not places
            or (told_kind and not any(near_a_town(p.place) for p in places))
            or spot_of is not None
        ):
            # "وأسفرت الاشتباكات عن مقتل عنصرين", "حين انفجر اللغم قرب تل الجموع": the
            # incident already told (a coarser place there is the region it happened
            # in, not another scene); what the retelling adds goes to it
            retold_into = (
                spot_of
                if spot_of is not None
                else next(
                    (i for i in reversed(range(len(events))) if events[i].sub_event_type == kind),
                    None,
                )
            )
            if retold_into is None:
                continue
        if roundup and not (people or (dated and places)):
            continue
        background = has_cue(context, "background", clause.sentence)
        date = choose_date(
            context,
            clause.span,
            clause.sentence,
            trigger.span,
            background,
            None if background else last_date,
            next((e.date for e in events if e.date and e.date.precision == "day"), None),
        )
        if (
            trigger.rule.kind == "kill"
            and not summary
            and events
            and events[-1].event_type in _COMBAT
            and not places
            and (not own_date or _DIED_THERE.search(fold(clause.span.of(context.text))))
            and not any(c.kind == "agent" and clause.span.contains(c.span) for c in context.cues)
        ):
            if background or has_cue(context, "rise", clause.sentence):
                # "وكانت مصادر قد تحدثت عن مقتل ستة … قبل أن يصحح الدفاع المدني
                # الحصيلة": an earlier or revised count of the same dead, not more dead
                continue
            # "وفي المقابل قُتل مقاتل من المجموعات المحلية": a death in the fight told before;
            # the same number in a later paragraph is the same dead told again ("انتهى
            # بمقتل أحدهم" then "ما أسفر عن مقتل أحد المهربين")
            extra = count_fatalities(annotations, clause.span, victims=1, attempt=False)
            toll = events[-1].fatalities
            later_paragraph = "\n" in context.text[events[-1].evidence.end : clause.span.start]
            same_dead = (extra == toll and later_paragraph) or (
                # "وقُتل أحد المهاجمين" told in the lead, "مقتل أحد المهاجمين" again
                extra <= toll
                and _ATTACKERS_DEAD.search(fold(clause.span.of(context.text))) is not None
                and _ATTACKERS_DEAD.search(fold(events[-1].evidence.of(context.text))) is not None
            )
            events[-1] = replace(events[-1], fatalities=toll if same_dead else toll + extra)
            continue
        attempt = has_cue(context, "attempt", clause.span)
        killed = _victims(annotations, clause.span, people)
        victim = (killed or people)[0].surface if (killed or people) else None
        fatalities = count_fatalities(
            annotations,
            clause.span,
            # named people after a death word; for a killing, any named person
            victims=len(killed) or (len(people) if trigger.rule.kind == "kill" else 0),
            attempt=attempt,
        )
        event_type, sub_event_type = acled_type(
            context, clause, trigger, bool(people) or fatalities > 0
        )
        actor1, actor2 = choose_sides(
            context, clause.span, clause.sentence, event_type, sub_event_type, victim
        )
        sub_event_type, actor1 = refine_by_sides(context, clause, trigger, sub_event_type, actor1)
        if retold_into is not None:
            scene: list[Place | None] = [events[retold_into].location]
            date = events[retold_into].date
            retellings.add(clause.sentence.start)
        elif all(p.place.precision == "country" for p in places) and (
            named := town_named_before(context, clause.sentence)
        ):
            # "في البلدة ذاتها": the town named before ("على أطراف البادية جنوبي البلدة":
            # a desert that spans governorates is no scene beside it)
            scene = [named]
        elif not places and clause.paragraph in last_place:
            scene = [last_place[clause.paragraph]]
        elif places:
            # an agreement is one event wherever it applies ("وقف إطلاق النار على محوري دير
            # حافر وسد تشرين"): it is coded where it is first placed
            placed = places[:1] if sub_event_type == "Agreement" else places
            scene = [
                with_governorate(scene_place(p, context), context, clause.sentence) for p in placed
            ]
        elif story_place is not None and not background:
            # a details paragraph that names no place goes on with the story's scene
            scene = [story_place]
        elif (
            dateline is not None
            and story_place is None
            and NAMELESS_TOWN.search(fold(clause.sentence.of(context.text)))
        ):
            # "جبلة-سانا … على حاجز عند المدخل الجنوبي للمدينة": the dateline's town
            scene = [dateline]
        else:
            scene = [fallback_place(context)]
        told_before = len(events)
        for place in scene:
            confidence = BASE_CONFIDENCE + ARGUMENT_CONFIDENCE * sum(
                [
                    bool(place and place.precision == "town"),
                    bool(date and not background),
                    bool(actor1 and actor2),
                    bool(source),
                ]
            )
            events.append(
                Event(
                    event_type=event_type,
                    sub_event_type=sub_event_type,
                    evidence=clause.sentence,
                    trigger=trigger.surface,
                    trigger_span=trigger.span,
                    date=date,
                    location=place,
                    actor1=actor1,
                    actor2=actor2,
                    fatalities=fatalities if len(scene) == 1 else 0,
                    persons=tuple(p.surface for p in people),
                    reported_by=source,
                    confidence=confidence,
                )
            )
        companion = _companion_act(context, clause, trigger, triggers)
        if companion is not None:
            # "والقبض على أربعة من أفرادها …، وضبط أحزمة ناسفة": the raid arrested people
            # and seized weapons, two acts ACLED codes apart, at the same place and day
            other_type, other_sub = acled_type(context, clause, companion, False)
            other1, other2 = choose_sides(
                context, clause.span, clause.sentence, other_type, other_sub, None
            )
            seizure = other_sub == "Disrupted weapons use"
            events.extend(
                replace(
                    e,
                    event_type=other_type,
                    sub_event_type=other_sub,
                    trigger=companion.surface,
                    trigger_span=companion.span,
                    actor1=other1 or e.actor1,
                    actor2=other2,
                    fatalities=0,
                    persons=() if seizure else e.persons,
                )
                for e in events[told_before:]
            )
        if summary:
            # a headline or subheading sums up the story told below it; a list's
            # introduction may date its items ("يوم أمس الثلاثاء 16 أيار")
            summed.extend(events[told_before:])
            del events[told_before:]
            if own_date and date is not None and date.precision == "day":
                last_date = date
            continue
        if date is not None and not background and date.precision in ("day", "week"):
            last_date = date  # a year or month describes a period, not the story's day
        if places and not background:
            last_place[clause.paragraph] = with_governorate(
                scene_place(places[0], context), context, clause.sentence
            )
            story_place = last_place[clause.paragraph]
    events = attribute_unsourced(_recent(events, document, annotations.dates), context, sources)
    summed = attribute_unsourced(_recent(summed, document, annotations.dates), context, sources)
    # tellings that revise a toll ("ارتفعت الحصيلة إلى …") and tellings with a date
    # expression of their own, resolved or not, by the start of their sentence
    updates = frozenset(
        e.evidence.start
        for e in events
        if any(c.kind == "rise" and e.evidence.contains(c.span) for c in context.cues)
    )
    self_dated = frozenset(
        e.evidence.start
        for e in events
        if any(e.evidence.contains(d.span) and _names_a_day(d) for d in annotations.dates)
    )
    attackers_dead = frozenset(
        e.evidence.start
        for e in events
        if e.fatalities and _ATTACKERS_DEAD.search(fold(e.evidence.of(context.text)))
    )
    new_topics = frozenset(m.start() for m in _NEW_TOPIC.finditer(context.text))
    told = merge_incidents(
        events, updates, self_dated, new_topics, frozenset(retellings), attackers_dead
    )
    return tuple(fold_headline(told, summed) if summed else told)


# Acts one raid often does together, each an event of its own.
_PAIRED_ACTS = {"Arrests": "Disrupted weapons use", "Disrupted weapons use": "Arrests"}


# "وضبطت بحوزتهم …", "وضبط الأسلحة المستخدمة في الجريمة": what the arrested men
# carried or used
_ON_THEM = re.compile(r"بحوز|(?<!\w)معه(?:م|ما)?(?!\w)|المستخدم\w*\s+في")


def _companion_act(
    context: DocumentContext, clause: Clause, trigger: TriggerMatch, triggers: list[TriggerMatch]
) -> TriggerMatch | None:
    other = _PAIRED_ACTS.get(trigger.rule.sub_event_type)
    companion = next((t for t in triggers if t.rule.sub_event_type == other), None)
    if (
        companion is not None
        and other == "Disrupted weapons use"
        and _ON_THEM.search(fold(clause.span.of(context.text)))
        and not has_cue(context, "explosives", clause.span)
    ):
        return None  # "وضبطت بحوزتهم مسدساً حربياً وبندقية آلية": part of the arrest
    return companion


def _spot_of(events: list[Event], kind: str, spots: list[Place]) -> int | None:
    """The incident of ``kind`` told before in whose town all ``spots`` lie ("وأوضح
    المراسل أن الغارات طالت مستودعاً في منطقة المزارع جنوب المدينة")."""
    if not spots:
        return None
    return next(
        (
            i
            for i in reversed(range(len(events)))
            if events[i].sub_event_type == kind
            and all(within_town(events[i].location, spot) for spot in spots)
        ),
        None,
    )


def _recent(events: list[Event], document: Document, dates: tuple[DateMention, ...]) -> list[Event]:
    """Events of the news, not of history or of plans: an incident over a year before
    publication ("بعد اتفاق التسوية صيف 2018", "اتفاقية فض الاشتباك لعام 1974") is
    context that was coded when it was news; one dated after it has not happened."""
    published = document.published
    if published is None or published.precision != "day":
        return events
    cutoff = (date.fromisoformat(published.value) - timedelta(days=HISTORY_DAYS)).isoformat()

    def history(event: Event) -> bool:
        if event.date is not None:
            bounds = date_bounds(event.date)
            return bounds is not None and bounds[1] < cutoff
        # undated, in a sentence that names only old dates ("منذ تموز 2018، بعد اتفاق")
        told = [date_bounds(m.date) for m in dates if m.date and event.evidence.contains(m.span)]
        return bool(told) and all(b is not None and b[1] < cutoff for b in told)

    def planned(event: Event) -> bool:
        # "دعت صفحات محلية إلى وقفة يوم الجمعة المقبل": not an event before it happens
        return event.date is not None and event.date.first_day() > published_day

    published_day = published.value
    return [e for e in events if not history(e) and not planned(e)]


def _names_a_day(mention: DateMention) -> bool:
    """Whether a date expression could put its telling on another day ("فارق الحياة
    بعد ساعتين": hours after the incident are still its day)."""
    if mention.date is None and fold(mention.expression).startswith("منذ"):
        return False  # "يقيم في القرية منذ سنوات": how long a state lasted, no day
    return not counts_hours(mention.expression)


def _victims(
    annotations: Annotations, clause: Span, people: list[PersonMention]
) -> list[PersonMention]:
    """The named people a death word governs ("قُتل المدعو “نادر خلف”")."""
    deaths = death_word_spans(annotations, clause)
    return [p for p in people if any(0 <= p.span.start - d.end <= VICTIM_REACH for d in deaths)]
