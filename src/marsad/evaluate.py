"""Scoring against gold JSONL: the public entry point.

Gives the figures and text of the official scorer (``shared/tools/score.py``)::

    from marsad.evaluate import format_report, load_documents, score

    report = score(load_documents("gold.jsonl"), load_documents("pred.jsonl"))
    print(format_report(report))          # score.py gold.jsonl pred.jsonl
    report.to_dict()                      # score.py --json
    print(format_report(report, True))    # score.py --show-errors
    report.events.f1, report.errors

The implementation lives in :mod:`marsad.evaluation`.
"""

from marsad.evaluation import (
    AttributeAccuracy,
    DetectionScore,
    EntityTypeScore,
    ScoreReport,
    format_report,
    load_documents,
    score,
)

__all__ = [
    "AttributeAccuracy",
    "DetectionScore",
    "EntityTypeScore",
    "ScoreReport",
    "format_report",
    "load_documents",
    "score",
]
