"""Scoring predicted documents against gold, the way the official scorer does.

Documents pair by ``doc_id``; a gold document without a prediction is scored
against an empty one (everything missed) and listed as missing. Predicted
documents that gold does not have are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from marsad.evaluation.attributes import PairVerdict, judge_pair
from marsad.evaluation.entities import (
    ENTITY_TYPES,
    alias_pairs,
    entity_detection,
    relation_triples,
    set_detection,
)
from marsad.evaluation.matching import match_events
from marsad.evaluation.records import Record, location_of, persons_of, records_in
from marsad.evaluation.results import (
    NOTHING_DETECTED,
    AttributeAccuracy,
    DetectionScore,
    EntityTypeScore,
    ScoreReport,
)

_NO_DOCUMENT: Record = {}


@dataclass(frozen=True, slots=True)
class DocumentOutcome:
    """What one gold document and its prediction contribute to the report.

    ``verdicts`` keeps the order in which events were paired: credits must be
    summed in that order for the averages to be the official scorer's floats.
    """

    events: DetectionScore
    verdicts: tuple[PairVerdict, ...]
    entities: tuple[DetectionScore, ...]  # one per ENTITY_TYPES member
    aliases: DetectionScore
    relations: DetectionScore
    errors: tuple[str, ...]


def score_document(doc_id: str, gold: Record, predicted: Record) -> DocumentOutcome:
    """Compare one document's prediction with its gold annotation."""
    gold_events, predicted_events = records_in(gold, "events"), records_in(predicted, "events")
    pairs = match_events(gold_events, predicted_events)
    paired_gold = {pair.gold_index for pair in pairs}
    paired_predicted = {pair.predicted_index for pair in pairs}
    errors: list[str] = []
    missed = 0
    for index, event in enumerate(gold_events):
        # An optional gold event is no miss when absent (nor a false alarm when found).
        if index not in paired_gold and not event.get("optional"):
            missed += 1
            errors.append(f"{doc_id}: missed {_describe_event(event)}")
    false_alarms = 0
    for index, event in enumerate(predicted_events):
        if index not in paired_predicted:
            false_alarms += 1
            errors.append(f"{doc_id}: false alarm {_describe_event(event)}")
    verdicts: list[PairVerdict] = []
    for pair in pairs:
        gold_event = gold_events[pair.gold_index]
        if gold_event.get("optional"):
            continue
        verdict = judge_pair(gold_event, predicted_events[pair.predicted_index])
        verdicts.append(verdict)
        if not verdict.strict:
            errors.append(
                f"{doc_id}: matched {gold_event.get('sub_event_type')} at "
                f"{location_of(gold_event).get('name')} but wrong {list(verdict.wrong)}"
            )
    return DocumentOutcome(
        events=DetectionScore(len(verdicts), false_alarms, missed),
        verdicts=tuple(verdicts),
        entities=tuple(entity_detection(gold, predicted, kind) for kind in ENTITY_TYPES),
        aliases=set_detection(alias_pairs(gold), alias_pairs(predicted)),
        relations=set_detection(relation_triples(gold), relation_triples(predicted)),
        errors=tuple(errors),
    )


def score(gold: Mapping[str, Record], predicted: Mapping[str, Record]) -> ScoreReport:
    """Score predicted documents against gold ones, both keyed by ``doc_id``.

    Gives the official scorer's figures (``shared/tools/score.py``): event
    detection P/R/F1 (plain and strict), per-attribute accuracy over matched
    events, entity P/R/F1 per type, alias and relation P/R/F1, the gold documents
    without a prediction, and the error lines of ``--show-errors``.
    """
    outcomes = [
        score_document(doc_id, gold_document, predicted.get(doc_id, _NO_DOCUMENT))
        for doc_id, gold_document in gold.items()
    ]
    events = _total(outcome.events for outcome in outcomes)
    strict_hits = sum(verdict.strict for outcome in outcomes for verdict in outcome.verdicts)
    strict_misses = events.true_positives - strict_hits
    return ScoreReport(
        documents=len(gold),
        missing_documents=tuple(sorted(set(gold) - set(predicted))),
        events=events,
        # A match with a wrong attribute is, strictly, one false alarm and one miss.
        events_strict=DetectionScore(
            strict_hits,
            events.false_positives + strict_misses,
            events.false_negatives + strict_misses,
        ),
        attributes=_attribute_accuracies(
            verdict for outcome in outcomes for verdict in outcome.verdicts
        ),
        entities=tuple(
            EntityTypeScore(kind, _total(outcome.entities[position] for outcome in outcomes))
            for position, kind in enumerate(ENTITY_TYPES)
            if outcomes  # without gold documents there are no entity rows at all
        ),
        aliases=_total(outcome.aliases for outcome in outcomes),
        relations=_total(outcome.relations for outcome in outcomes),
        errors=tuple(line for outcome in outcomes for line in outcome.errors),
    )


def _total(scores: Iterable[DetectionScore]) -> DetectionScore:
    return sum(scores, NOTHING_DETECTED)


def _attribute_accuracies(verdicts: Iterable[PairVerdict]) -> tuple[AttributeAccuracy, ...]:
    credit: dict[str, float] = {}
    judged: dict[str, int] = {}
    for verdict in verdicts:
        for name, earned in verdict.credits():
            # One running sum per attribute, in pairing order: float addition is
            # not associative, and the fractional persons_recall must come out equal.
            credit[name] = credit.get(name, 0.0) + earned
            judged[name] = judged.get(name, 0) + 1
    return tuple(AttributeAccuracy(name, credit[name], judged[name]) for name in sorted(judged))


def _describe_event(event: Record) -> str:
    """``Attack at درعا البلد 2022-11-01 ['نادر خلف أبو نبوت']`` — the scorer's wording."""
    people: list[Any] = list(persons_of(event))  # printed in Python list notation
    return (
        f"{event.get('sub_event_type')} at {location_of(event).get('name')} "
        f"{event.get('date')} {people}"
    )
