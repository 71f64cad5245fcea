"""Scoring extracted documents against gold annotations.

An independent implementation of the project's official scorer
(``shared/tools/score.py``) that gives the same figures and the same text, typed
and split by concern: :mod:`~marsad.evaluation.names` (name folding and
comparison), :mod:`~marsad.evaluation.dates`, :mod:`~marsad.evaluation.places`,
:mod:`~marsad.evaluation.matching` (pairing events),
:mod:`~marsad.evaluation.attributes` (judging a pair),
:mod:`~marsad.evaluation.entities`, :mod:`~marsad.evaluation.scoring`,
:mod:`~marsad.evaluation.report` and :mod:`~marsad.evaluation.documents`.
The public entry point is :mod:`marsad.evaluate`.
"""

from marsad.evaluation.documents import load_documents
from marsad.evaluation.report import format_report
from marsad.evaluation.results import (
    AttributeAccuracy,
    DetectionScore,
    EntityTypeScore,
    ScoreReport,
)
from marsad.evaluation.scoring import score

__all__ = [
    "AttributeAccuracy",
    "DetectionScore",
    "EntityTypeScore",
    "ScoreReport",
    "format_report",
    "load_documents",
    "score",
]
