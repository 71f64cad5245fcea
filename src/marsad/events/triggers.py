"""The trigger lexicon (``data/events/triggers.tsv``) and its matcher."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.arabic.normalize import NormalizedText, fold
from marsad.model import Span

# Proclitics a trigger may carry: و/ف, then ب/ل/ك, then the article.
_PROCLITICS = r"(?:[وف])?(?:[بك]|ل(?:ل(?!ل))?)?(?:ال)?"  # «للخطف»: ل + the article without its alef
# "أطلق مسلحون مجهولو الهوية النار", "لقي شاب مصرعه": a trigger written "A ... B" in
# the lexicon matches with up to this many words between its parts; its span is A's.
GAP = "..."
MAX_GAP_WORDS = 4
# the words of a trigger, also across quotes ("قذيفة «آر بي جي»")
_JOIN = r"[\s\"«»“”']+"


@dataclass(frozen=True, slots=True)
class TriggerRule:
    trigger: str  # folded form from the lexicon, without the trailing *
    event_type: str
    sub_event_type: str
    priority: int
    prefix: bool  # the lexicon's "*": longer words match too
    kind: str = "plain"  # kill | attack | territory | protest | plain (see the TSV)
    source: str = ""  # the lexicon's entry as written ("اطلق* ... النار")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    span: Span  # in the original text
    surface: str
    rule: TriggerRule


@cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    """The lexicon, longest trigger first."""
    text = resources.files("marsad.data").joinpath("events/triggers.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    rules = [
        TriggerRule(
            trigger=fold(word.rstrip("*")),
            event_type=event_type,
            sub_event_type=sub_event_type,
            priority=int(priority),
            prefix=word.endswith("*"),
            kind=kind,
            source=word,
        )
        for word, event_type, sub_event_type, priority, kind in rows[1:]
    ]
    return tuple(sorted(rules, key=lambda r: -len(r.trigger)))


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, TriggerRule]]:
    rules = trigger_rules()
    by_word = {r.trigger: r for r in rules}
    alternatives = []
    for rule in rules:
        if GAP in rule.source:
            continue
        words = _JOIN.join(re.escape(w) for w in rule.trigger.split())
        alternatives.append(words + (r"\w*" if rule.prefix else ""))
    pattern = re.compile(r"(?<!\w)" + _PROCLITICS + "(" + "|".join(alternatives) + r")(?!\w)")
    return pattern, by_word


def _part(word: str) -> str:
    words = _JOIN.join(re.escape(w) for w in word.rstrip("*").split())
    return words + (r"\w*" if word.endswith("*") else "")


@cache
def _gapped() -> tuple[tuple[re.Pattern[str], TriggerRule], ...]:
    found = []
    for rule in trigger_rules():
        if GAP not in rule.source:
            continue
        first, second = (part.strip() for part in rule.source.split(GAP))
        pattern = re.compile(
            r"(?<!\w)" + _PROCLITICS + "(" + _part(fold(first)) + ")"
            rf"(?:\s+\S+){{0,{MAX_GAP_WORDS}}}?\s+" + _part(fold(second)) + r"(?!\w)"
        )
        found.append((pattern, rule))
    return tuple(found)


def _rule_for(word: str, by_word: dict[str, TriggerRule]) -> TriggerRule | None:
    key = re.sub(_JOIN, " ", word).strip()
    if key in by_word:
        return by_word[key]
    prefixed = [r for r in trigger_rules() if r.prefix and key.startswith(r.trigger)]
    return prefixed[0] if prefixed else None


def find_triggers(norm: NormalizedText, within: Span | None = None) -> tuple[TriggerMatch, ...]:
    """Trigger words in the text (or in ``within``, original offsets), in text order.

    >>> from marsad.arabic import normalize
    >>> [m.surface for m in find_triggers(normalize("واندلعت اشتباكات عنيفة"))]
    ['اشتباكات']
    """
    pattern, by_word = _pattern()
    matches = []
    for match in pattern.finditer(norm.text):
        rule = _rule_for(match.group(1), by_word)
        if rule is None:
            continue
        span = norm.span_to_original(match.start(1), match.end(1))
        if within is not None and not within.contains(span):
            continue
        if _hashtag(norm.original, norm.span_to_original(match.start(), match.end()).start):
            continue  # "#مخلفات_الحرب": a channel's tag, not a blast
        matches.append(TriggerMatch(span, span.of(norm.original), rule))
    for gapped, rule in _gapped():
        for match in gapped.finditer(norm.text):
            span = norm.span_to_original(match.start(1), match.end(1))
            if within is not None and not within.contains(span):
                continue
            if any(m.span.start <= span.start < m.span.end for m in matches):
                continue
            # «وقف شامل لإطلاق النار»: the words inside a gapped phrase are its own
            extent = norm.span_to_original(match.start(1), match.end())
            matches = [m for m in matches if not extent.contains(m.span)]
            matches.append(TriggerMatch(span, span.of(norm.original), rule))
    return tuple(sorted(matches, key=lambda m: m.span.start))


def _hashtag(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] == "#"
