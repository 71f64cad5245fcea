"""The founding article, whole: "من يقف وراء إحياء داعش في الجنوب السوري؟" (SY24).

Checks the events the system codes, the aliases and the pseudonym, and the
relations that answer the title's question — against the facts the article
states (the hand annotation is shared/examples/seed-gold.jsonl).
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from marsad import extract
from marsad.model import Extraction

from .conftest import SEED_JSONL


@cache
def _seed() -> Extraction:
    record = json.loads(SEED_JSONL.read_text("utf-8"))
    return extract(record["text"], doc_id=record["doc_id"], source=record["source"])


# (sub-event type, place as coded, date or None, fatalities, actor1 category) of the
# article's non-optional incidents that the coder finds; the seventh, the local factions'
# takeover of طريق السد in November 2022, is coded with the year only ("أواخر العام
# الماضي") because the article ties it to November only through the story around it.
EXPECTED_EVENTS = [
    ("Change to group/activity", "ريف درعا الشمالي الشرقي", "rebel"),
    ("Other", None, "rebel"),
    ("Armed clash", "درعا", "militia"),
    ("Armed clash", "درعا البلد", "militia"),
    ("Armed clash", "شرقي درعا", "militia"),
    ("Attack", "درعا البلد", "militia"),
    ("Non-state actor overtakes territory", "طريق السد", "rebel"),
]


@pytest.mark.parametrize(("sub_event_type", "place", "actor1"), EXPECTED_EVENTS)
def test_seed_codes_each_incident(sub_event_type: str, place: str | None, actor1: str) -> None:
    found = [
        e
        for e in _seed().events
        if e.sub_event_type == sub_event_type
        and (place is None or (e.location is not None and e.location.name == place))
    ]
    assert found, f"no {sub_event_type} at {place}"
    assert any(e.actor1 is not None and e.actor1.category == actor1 for e in found)


def test_seed_october_strikes_killed_the_isis_leader() -> None:
    [strike] = [e for e in _seed().events if e.date and e.date.value == "2022-10"]
    assert (strike.sub_event_type, strike.fatalities) == ("Armed clash", 1)
    assert strike.location is not None and strike.location.precision == "governorate"


def test_seed_two_days_ago_raid_killed_the_gang_leader() -> None:
    [raid] = [e for e in _seed().events if "فايز الراضي" in e.persons]
    assert raid.fatalities == 1
    assert raid.date is None  # "قبل يومين" with no publication date: unknown, never guessed
    assert raid.actor1 is not None and raid.actor1.name == "اللواء الثامن"


def test_seed_gunmen_killing_is_violence_against_civilians() -> None:
    [killing] = [e for e in _seed().events if "نادر خلف أبو نبوت" in e.persons]
    assert (killing.event_type, killing.fatalities) == ("Violence against civilians", 1)
    assert killing.actor2 is not None and killing.actor2.category == "civilians"


def test_seed_every_event_points_at_its_sentence() -> None:
    text = _seed().document.text
    for event in _seed().events:
        assert event.evidence.contains(event.trigger_span)
        assert text[event.trigger_span.start : event.trigger_span.end] == event.trigger


def test_seed_aliases_and_pseudonym() -> None:
    aliases = {(r.head, r.tail) for r in _seed().relations if r.type == "alias_of"}
    assert aliases >= {
        ("أبو الليث", "أسامة عزيزية"),
        ("أبو جزوان", "نادر خلف أبو نبوت"),
        ("هفو", "محمد المسالمة"),
    }
    people = {e.text: e for e in _seed().entities if e.type == "PER"}
    assert people["أحمد حسان"].pseudonym is True
    actors = {a.name for e in _seed().events for a in (e.actor1, e.actor2) if a}
    assert "أحمد حسان" not in actors  # a pseudonymous source is never an actor


def test_seed_answers_who_is_behind_isis() -> None:
    text = _seed().document.text
    behind = {r.tail: r for r in _seed().relations if r.type == "facilitated_by"}
    assert {"الأمن العسكري", "المخابرات الجوية", "النظام"} <= set(behind)
    for tail, relation in behind.items():
        assert relation.head == "تنظيم داعش"
        sentence = text[relation.evidence.start : relation.evidence.end]
        assert tail in sentence  # the evidence sentence names the facilitator
