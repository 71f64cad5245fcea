"""The figures an evaluation produces, as immutable values.

``ScoreReport.to_dict()`` gives exactly the JSON object the official scorer
prints with ``--json``, so reports from either can be compared or stored alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DetectionScore:
    """Counts of one detection task, and the precision, recall and F1 they give.

    An empty task (nothing to find, nothing found) scores 0, not 1, as in the
    official scorer.
    """

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        """Share of predictions that are right."""
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        precision, recall = self.precision, self.recall
        # Same operation order as score.py, so the float is bit-for-bit the same.
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def __add__(self, other: DetectionScore) -> DetectionScore:
        return DetectionScore(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )

    def to_dict(self) -> dict[str, float | int]:
        """``{"precision", "recall", "f1", "tp", "fp", "fn"}`` as score.py writes them."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
        }


NOTHING_DETECTED = DetectionScore(0, 0, 0)


@dataclass(frozen=True, slots=True)
class AttributeAccuracy:
    """How often matched predictions got one attribute right.

    ``credit`` sums what each judged pair earned (1 right, 0 wrong, or the share
    of people found for ``persons_recall``); ``judged`` counts the pairs whose
    gold states the attribute.
    """

    name: str
    credit: float
    judged: int

    @property
    def accuracy(self) -> float | None:
        """Mean credit per judged pair; ``None`` when no pair was judged."""
        return self.credit / self.judged if self.judged else None


@dataclass(frozen=True, slots=True)
class EntityTypeScore:
    """Entity detection for one type (``PER``, ``ORG`` or ``LOC``)."""

    entity_type: str
    detection: DetectionScore


@dataclass(frozen=True, slots=True)
class ScoreReport:
    """Everything the scorer measures over a gold set.

    ``events_strict`` counts as right only matches whose sub-event type, place,
    date and fatalities are all right; the others count as both a false alarm and
    a miss. ``attributes`` is sorted by name; ``entities`` is empty when there is
    no gold document. ``errors`` lists misses, false alarms and matches with a
    wrong attribute, one line each, in the order ``--show-errors`` prints them.
    """

    documents: int
    missing_documents: tuple[str, ...]
    events: DetectionScore
    events_strict: DetectionScore
    attributes: tuple[AttributeAccuracy, ...]
    entities: tuple[EntityTypeScore, ...]
    aliases: DetectionScore
    relations: DetectionScore
    errors: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The report as score.py's ``--json`` object (without ``errors``, as there)."""
        return {
            "documents": self.documents,
            "missing_documents": list(self.missing_documents),
            "events": self.events.to_dict(),
            "events_strict": self.events_strict.to_dict(),
            "attributes": {item.name: item.accuracy for item in self.attributes},
            "attribute_counts": {item.name: item.judged for item in self.attributes},
            "entities": {item.entity_type: item.detection.to_dict() for item in self.entities},
            "aliases": self.aliases.to_dict(),
            "relations": self.relations.to_dict(),
        }
