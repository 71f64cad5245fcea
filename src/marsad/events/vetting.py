"""Vetting: a learned check of every coded event against what it looks like.

The rules in ``extract`` find a trigger, read its place and date and code an event;
many of their false alarms are visible only when the whole telling is seen: the
same kind at the same place told again further down, a province-wide "attack"
from a round-up, a clause full of "كان … قد" or "منذ", a strike told at a place the
headline never names. A logistic model scores each event from such signals
(its type, place and date precision, its arguments, its position among the
document's events, and the words of its sentence around the trigger) and gives
the probability that a human coder would code it.

The score becomes the event's ``confidence``; events under ``THRESHOLD`` are dropped
unless the caller keeps them (``marsad extract --keep-doubtful``). The weights
live in ``data/models/event_vetting.tsv``, trained by ``tools/train_event_vetting.py``
on the annotated articles (``tests/eval``, ``examples/``, the seed). Retrain after
changing rules.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.model import Document, Event, Span

# Below this probability an event is more likely a false alarm than a coded event.
# Leave-one-set-out cross-validation (tools/train_event_vetting.py, 631 articles)
# gives F1 0.855 at 0.05 and 0.860-0.861 from 0.10 to 0.20; 0.05 keeps the plain
# one-sentence reports of the coding tests (an unknown-gunmen shooting with two
# wounded scores 0.086), which have no document around them.
THRESHOLD = 0.05
MODEL_FILE = "models/event_vetting.tsv"
# Words around the trigger that are read as features: how a clause opens before
# it ("وكان … قد", "بعد", "إثر") and what follows it ("عن مقتل", "بحق").
WORDS_BEFORE = 3
WORDS_AFTER = 2
# a word with its diacritics and tatweel (which \w alone would split it at)
_WORD = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+")
# Names are read as what they are, not as words: a village or a victim seen in a
# false alarm of the training set says nothing about the next article.
PLACE_WORD = "@place"
PERSON_WORD = "@person"
_DIGITS = re.compile(r"[0-9\u0660-\u0669]+")
_YEAR = re.compile(r"[0-9\u0660-\u0669]{4}")
_PARAGRAPH_BREAK = re.compile(r"\n+")
# Training: stochastic gradient descent on the log loss with an L2 penalty strong
# enough that a word seen in a handful of sentences cannot decide alone (1e-2
# cross-validates as 3e-3 does and keeps single words from deciding; 3e-2 loses
# 0.007 F1).
L2 = 1e-2
EPOCHS = 40
LEARNING_RATE = 0.1
SMALLEST_WEIGHT = 5e-4  # weights closer to zero are left out of the file


@dataclass(frozen=True, slots=True)
class VettingModel:
    bias: float
    weights: dict[str, float]

    def probability(self, features: set[str]) -> float:
        return _logistic(self.bias + sum(self.weights.get(f, 0.0) for f in features))


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def vet_events(
    document: Document,
    annotations: Annotations,
    events: Sequence[Event],
    stats: bool,
    keep_doubtful: bool = False,
    model: VettingModel | None = None,
) -> tuple[Event, ...]:
    """Events scored by the vetting model; the doubtful ones dropped unless kept."""
    model = model or load_model()
    names = name_spans(annotations)
    kept = []
    for index, event in enumerate(events):
        score = model.probability(event_features(document, names, events, index, stats))
        if keep_doubtful or score >= THRESHOLD:
            kept.append(replace(event, confidence=round(score, 3)))
    return tuple(kept)


def name_spans(annotations: Annotations) -> tuple[tuple[Span, str], ...]:
    """Where the text names a place or a person, with the word that stands for each."""
    places = [(m.span, PLACE_WORD) for m in annotations.places]
    people = [
        (span, PERSON_WORD)
        for p in annotations.people
        for span in (p.span, *p.mentions, *(alias for alias, _ in p.aliases))
    ]
    return tuple(sorted(places + people, key=lambda n: n[0].start))


def event_features(
    document: Document,
    names: Sequence[tuple[Span, str]],
    events: Sequence[Event],
    index: int,
    stats: bool,
) -> set[str]:
    """The signals the model weighs for ``events[index]``, as feature names."""
    event = events[index]
    text = document.text
    place = event.location
    features = {
        f"sub={event.sub_event_type}",
        f"place_precision={place.precision if place else None}",
        f"date_precision={event.date.precision if event.date else None}",
        f"days_before={_days_before(event, document)}",
        f"actor1={event.actor1.category if event.actor1 else None}",
        f"actor2={event.actor2.category if event.actor2 else None}",
        f"index={min(index, 3)}",
        f"events={min(len(events), 5)}",
    }
    paragraph = len(_PARAGRAPH_BREAK.findall(text, 0, event.evidence.start))
    features.add(f"paragraph={min(paragraph, 4)}")
    flags = {
        "persons": bool(event.persons),
        "fatalities": event.fatalities > 0,
        "source": bool(event.reported_by),
        "stats": stats,
        "place_in_title": bool(
            place and document.title and fold(place.name) in fold(document.title)
        ),
    }
    earlier = events[:index]
    here = place.name if place else None
    flags |= {
        "same_kind_before": any(e.sub_event_type == event.sub_event_type for e in earlier),
        "same_place_before": any(_place_name(e) == here for e in earlier),
        "same_date_before": any(e.date == event.date for e in earlier),
        "same_as_previous": bool(earlier)
        and _place_name(earlier[-1]) == here
        and earlier[-1].date == event.date,
        "shares_sentence": any(e.evidence == event.evidence for e in events if e is not event),
    }
    features |= {flag for flag, on in flags.items() if on}
    features.add(f"events_here={min(sum(_place_name(e) == here for e in events), 3)}")
    trigger = _words(text, event.trigger_span, ())
    if trigger:
        features.add(f"trigger={trigger[0]}")
        if trigger[0].startswith(("ال", "وال")):
            features.add("definite_trigger")
    start, end = event.evidence.start, event.evidence.end
    before = _words(text, Span(start, max(start, event.trigger_span.start)), names)
    after = _words(text, Span(min(end, event.trigger_span.end), end), names)
    features |= {f"before={w}" for w in before[-WORDS_BEFORE:]}
    features |= {f"after={w}" for w in after[:WORDS_AFTER]}
    if len(before) <= 2:
        features.add("trigger_opens_sentence")
    features |= {f"word={w}" for w in _words(text, event.evidence, names)}
    if _YEAR.search(text, start, end):
        features.add("year_in_sentence")
    return features


def _place_name(event: Event) -> str | None:
    return event.location.name if event.location else None


def _words(text: str, span: Span, names: Sequence[tuple[Span, str]]) -> list[str]:
    """The folded words of ``span``, digits collapsed ("12 عنصراً" and "3 عناصر" read
    alike), a named place or person once as its stand-in word."""
    words: list[str] = []
    for match in _WORD.finditer(text, span.start, span.end):
        name = next(
            (word for where, word in names if where.start <= match.start() < where.end), None
        )
        if name is None:
            words.append(_DIGITS.sub("#", fold(match.group())))
        elif not words or words[-1] != name:
            words.append(name)
    return [w for w in words if w]


def _days_before(event: Event, document: Document) -> str:
    if event.date is None or document.published is None:
        return "unknown"
    try:
        days = (
            date.fromisoformat(document.published.first_day())
            - date.fromisoformat(event.date.first_day())
        ).days
    except ValueError:
        return "unknown"
    if days <= 0:
        return "0"
    if days == 1:
        return "1"
    return "week" if days <= 7 else "month" if days <= 31 else "older"


@lru_cache(maxsize=1)
def load_model() -> VettingModel:
    """The shipped weights: ``feature<TAB>weight`` lines, ``#`` comments, one ``(bias)``."""
    text = resources.files("marsad.data").joinpath(MODEL_FILE).read_text("utf-8")
    return parse_model(text)


def fit_model(
    examples: Sequence[tuple[set[str], bool]],
    l2: float = L2,
    epochs: int = EPOCHS,
    seed: int = 0,
) -> VettingModel:
    """Logistic regression on (features, was-a-gold-event) pairs; deterministic for a seed."""
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(examples)))
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for k in order:
            features, label = examples[k]
            error = _logistic(bias + sum(weights.get(f, 0.0) for f in features)) - label
            bias -= LEARNING_RATE * error
            for f in features:
                w = weights.get(f, 0.0)
                weights[f] = w - LEARNING_RATE * (error + l2 * w)
    return VettingModel(bias=bias, weights=weights)


def format_model(model: VettingModel, header: Iterable[str] = ()) -> str:
    """The model file's text: ``#`` header lines, the bias, then features by name."""
    lines = [f"# {line}".rstrip() for line in header]
    lines.append(f"(bias)\t{model.bias:.4f}")
    lines += [
        f"{feature}\t{weight:.4f}"
        for feature, weight in sorted(model.weights.items())
        if abs(weight) >= SMALLEST_WEIGHT
    ]
    return "\n".join(lines) + "\n"


def parse_model(text: str) -> VettingModel:
    bias = 0.0
    weights: dict[str, float] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        feature, sep, value = line.rpartition("\t")
        if not sep:
            raise ValueError(f"{MODEL_FILE}:{number}: expected feature<TAB>weight")
        if feature == "(bias)":
            bias = float(value)
        else:
            weights[feature] = float(value)
    return VettingModel(bias=bias, weights=weights)
