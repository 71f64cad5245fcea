"""Hand-written spec documents for the API, web and browser tests (no tests here).

The seed article (SY24, "من يقف وراء إحياء داعش في الجنوب السوري؟") carries the relations
its gold states: تنظيم داعش facilitated_by الأمن العسكري / المخابرات الجوية / النظام,
with evidence spans into the seed text. Four short articles written for these tests
corroborate some of those links from other outlets, so the ranking by independent
documents and distinct outlets can be checked. One article is hostile HTML.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.store import open_store

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "examples" / "jsonl" / "seed-sy24.jsonl"

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(2)>"


def seed_text() -> str:
    text: str = json.loads(SEED.read_text("utf-8"))["text"]
    return text


def span_of(text: str, fragment: str, occurrence: int = 0) -> list[int]:
    """``[start, end]`` of ``fragment`` in ``text`` (its ``occurrence``-th copy)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(fragment, start + 1)
    return [start, start + len(fragment)]


def sentence_of(text: str, fragment: str) -> list[int]:
    """The sentence holding ``fragment``: from the previous full stop or line to the next."""
    start, end = span_of(text, fragment)
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    while text[left].isspace():
        left += 1
    return [left, right]


def _entity(text: str, kind: str, full: str, *aliases: str, **extra: Any) -> dict[str, Any]:
    spans = [span_of(full, text)] if text in full else []
    spans += [span_of(full, a) for a in aliases if a in full]
    return {"text": text, "type": kind, "aliases": list(aliases), "spans": spans, **extra}


def _relation(kind: str, head: str, tail: str, evidence: list[int]) -> dict[str, Any]:
    return {"type": kind, "head": head, "tail": tail, "evidence": evidence, "reported_by": None}


def seed_document() -> dict[str, Any]:
    """The seed article with hand-written entities, relations and one event."""
    text = seed_text()
    first = sentence_of(text, "فلول تنظيم داعش تعيد تكوين نفسها")
    air = sentence_of(text, "تحت حماية من المخابرات الجوية")
    leader = sentence_of(text, "أبو الحسن الهاشمي القرشي")
    alias = sentence_of(text, "الملقب (أبو الليث)")
    raid = sentence_of(text, "قام اللواء الثامن بحملة نوعية")
    return {
        "doc_id": "sy24-isis-south",
        "source": "SY24",
        "url": "https://www.sy-24.invalid/isis-south",
        "published": "2023-01-20",
        "title": "من يقف وراء إحياء داعش في الجنوب السوري؟",
        "text": text,
        "events": [
            {
                "event_id": "ev-seed-raid",
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "date": "2023-01-18",
                "date_precision": "day",
                "location": {
                    "name": "درعا",
                    "admin1": "درعا",
                    "admin2": "درعا",
                    "lat": 32.6189,
                    "lon": 36.1021,
                    "precision": "town",
                },
                "actor1": {"name": "اللواء الثامن", "category": "militia"},
                "actor2": {"name": "تنظيم داعش", "category": "rebel"},
                "fatalities": 1,
                "persons": ["فايز الراضي"],
                "trigger": "حملة نوعية",
                "trigger_span": span_of(text, "حملة نوعية"),
                "reported_by": "SY24",
                "evidence": raid,
            }
        ],
        "entities": [
            _entity("تنظيم داعش", "ORG", text, "داعش"),
            _entity("الأمن العسكري", "ORG", text),
            _entity("المخابرات الجوية", "ORG", text),
            _entity("النظام", "ORG", text),
            _entity("اللواء الثامن", "ORG", text),
            _entity("أسامة عزيزية", "PER", text, "أبو الليث", latin="Usama Aziziya"),
            _entity("فايز الراضي", "PER", text),
            _entity("أحمد حسان", "PER", text, pseudonym=True),
            _entity("إنخل", "LOC", text),
        ],
        "relations": [
            _relation("facilitated_by", "تنظيم داعش", "الأمن العسكري", first),
            _relation("facilitated_by", "تنظيم داعش", "المخابرات الجوية", air),
            _relation("facilitated_by", "تنظيم داعش", "النظام", first),
            _relation("alias_of", "أبو الليث", "أسامة عزيزية", alias),
            _relation("member_of", "أبو الليث", "لتنظيم داعش", alias),
            _relation("leads", "أبو الحسن الهاشمي القرشي", "تنظيم داعش", leader),
            _relation("killed_by", "أبو الحسن الهاشمي القرشي", "اللواء الثامن", leader),
        ],
        "mentions": [
            {"start": s, "end": e, "surface": text[s:e], "label": "DATE", "rule": "test"}
            for s, e in [span_of(text, "أواخر تشرين الثاني 2022")]
        ],
    }


def _short(
    doc_id: str, source: str, title: str, text: str, relations: list[tuple[str, str, str]]
) -> dict[str, Any]:
    whole = [0, len(text)]
    return {
        "doc_id": doc_id,
        "source": source,
        "url": f"https://{doc_id}.invalid/",
        "published": "2023-02-01",
        "title": title,
        "text": text,
        "events": [],
        "entities": [],
        "relations": [_relation(kind, head, tail, whole) for kind, head, tail in relations],
    }


def corroborating_documents() -> list[dict[str, Any]]:
    """Other outlets on the same links; one is the seed outlet reposting its own title.

    Support after these (independent documents / outlets): المخابرات الجوية 3/3,
    النظام 2/2, الأمن العسكري 1/1 (its second document repeats the seed's outlet and title).
    """
    seed_title = "من يقف وراء إحياء داعش في الجنوب السوري؟"
    return [
        _short(
            "daraa24-air-intel",
            "درعا 24",
            "المخابرات الجوية تؤمن طرق خلايا التنظيم",
            "قالت مصادر محلية إن المخابرات الجوية سهلت تنقل خلايا لتنظيم داعش غربي درعا.",
            [("facilitated_by", "لتنظيم داعش", "المخابرات الجوية")],
        ),
        _short(
            "horan-air-intel",
            "تجمع أحرار حوران",
            "حماية أمنية لعناصر داعش في حوران",
            "ذكر مراسل التجمع أن عناصر داعش تنقلوا تحت حماية المخابرات الجوية في ريف درعا.",
            [("facilitated_by", "داعش", "المخابرات الجوية")],
        ),
        _short(
            "sy24-isis-south-repost",
            "SY24",
            seed_title,
            "أعادت المنصة نشر تقريرها: الأمن العسكري سهّل انتقال مجموعات تنظيم داعش.",
            [("facilitated_by", "تنظيم داعش", "الأمن العسكري")],
        ),
        _short(
            "daraa24-regime",
            "درعا 24",
            "النظام يغض الطرف عن تحركات داعش",
            "أفاد ناشطون بأن قوات النظام سهّلت تحركات تنظيم داعش قرب نصيب.",
            [("facilitated_by", "تنظيم داعش", "قوات النظام")],
        ),
    ]


def xss_document() -> dict[str, Any]:
    """An article whose text, title and names try to inject script."""
    text = (
        f"قتل مسلحون مجهولون {XSS_SCRIPT} الشاب خالد في بلدة طفس {XSS_IMG} مساء أمس.\n"
        "وقالت مصادر محلية إن <b>العملية</b> جرت قرب الحاجز."
    )
    evidence = [0, text.index("\n")]
    return {
        "doc_id": "xss-doc",
        "source": "<i>outlet</i>",
        "url": "javascript:alert(3)",
        "published": "2024-03-10",
        "title": f"عنوان {XSS_SCRIPT}",
        "text": text,
        "events": [
            {
                "event_id": "ev-xss",
                "event_type": "Violence against civilians",
                "sub_event_type": "Attack",
                "date": "2024-03-09",
                "date_precision": "day",
                "location": {
                    "name": f"طفس {XSS_IMG}",
                    "admin1": "درعا",
                    "lat": 32.7356,
                    "lon": 36.0669,
                    "precision": "town",
                },
                "actor1": {"name": f"مسلحون {XSS_SCRIPT}", "category": "militia"},
                "actor2": {"name": "مدنيون", "category": "civilians"},
                "fatalities": 1,
                "persons": [f"خالد {XSS_IMG}"],
                "trigger": "قتل",
                "trigger_span": [0, 3],
                "reported_by": XSS_SCRIPT,
                "evidence": evidence,
            }
        ],
        "entities": [
            {
                "text": XSS_SCRIPT,
                "type": "PER",
                "aliases": [XSS_IMG],
                "spans": [span_of(text, XSS_SCRIPT), span_of(text, XSS_IMG)],
            }
        ],
        "relations": [_relation("member_of", XSS_IMG, XSS_SCRIPT, evidence)],
        "mentions": [
            {"start": s, "end": e, "surface": text[s:e], "label": "ORG", "rule": "test"}
            for s, e in [span_of(text, "<b>العملية</b>")]
        ],
    }


def build_db(path: Path, documents: list[dict[str, Any]]) -> Path:
    with open_store(path) as store:
        for document in documents:
            store.save(document)
    return path
