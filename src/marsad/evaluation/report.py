"""The text report, worded and laid out exactly as the official scorer prints it."""

from __future__ import annotations

from marsad.evaluation.results import DetectionScore, ScoreReport

# Width of the attribute-name column; the longest name, "actor1_category", fits.
_ATTRIBUTE_COLUMN = 16
# Width of the "aliases"/"relations" label column.
_SET_COLUMN = 9


def format_rate(value: float | None) -> str:
    """A rate as five characters: ``0.833``, or ``  n/a`` when there is none."""
    return "  n/a" if value is None else f"{value:5.3f}"


def format_report(report: ScoreReport, show_errors: bool = False) -> str:
    """The report as score.py prints it, without the final newline.

    ``print(format_report(report))`` writes exactly what ``score.py GOLD PRED``
    writes, and with ``show_errors=True`` what ``--show-errors`` writes: the
    error lines and a blank line first (nothing when there are no errors).
    """
    lines: list[str] = []
    if show_errors and report.errors:
        lines.extend(report.errors)
        lines.append("")
    events, strict = report.events, report.events_strict
    lines.append(f"documents {report.documents}  missing {len(report.missing_documents)}")
    lines.append(
        f"events        {_prf(events)}  (tp {events.true_positives} "
        f"fp {events.false_positives} fn {events.false_negatives})"
    )
    lines.append(f"events strict {_prf(strict)}  (type+place+date+fatalities right)")
    lines.extend(
        f"  {item.name:{_ATTRIBUTE_COLUMN}s} {format_rate(item.accuracy)}  of {item.judged}"
        for item in report.attributes
    )
    lines.extend(f"entities {item.entity_type}  {_prf(item.detection)}" for item in report.entities)
    lines.append(f"{'aliases':{_SET_COLUMN}s}     {_prf(report.aliases)}")
    lines.append(f"{'relations':{_SET_COLUMN}s}     {_prf(report.relations)}")
    return "\n".join(lines)


def _prf(score: DetectionScore) -> str:
    return (
        f"P {format_rate(score.precision)}  R {format_rate(score.recall)}  "
        f"F1 {format_rate(score.f1)}"
    )
