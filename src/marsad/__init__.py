"""marsad — Arabic conflict news to a sourced, geocoded ACLED-style dataset.

>>> from marsad import extract
>>> result = extract("قتل شاب برصاص مسلحين مجهولين في بلدة اليادودة بريف درعا الغربي")
"""

from __future__ import annotations

from marsad.errors import MarsadError
from marsad.model import (
    Actor,
    Document,
    Entity,
    Event,
    Extraction,
    Failure,
    Mention,
    PartialDate,
    Place,
    Relation,
    Span,
)

__version__ = "0.1.0"


def extract(
    text: str,
    *,
    published: str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    keep_doubtful: bool = False,
) -> Extraction:
    """Run the whole pipeline on one article text.

    ``published`` is the publication date (``YYYY[-MM[-DD]]``); relative dates
    ("أمس", "قبل يومين") resolve against it. ``keep_doubtful`` keeps the events the
    vetting model doubts. Raises ``MarsadError`` if a stage fails.
    """
    from marsad.ingest.ids import make_doc_id, parse_published
    from marsad.pipeline import StageError, analyze

    document = Document(
        doc_id=doc_id or make_doc_id(url=None, text=text),
        text=text,
        source=source,
        title=title,
        published=parse_published(published) if published else None,
    )
    try:
        return analyze(document, keep_doubtful)
    except StageError as err:
        raise MarsadError(str(err)) from err


__all__ = [
    "Actor",
    "Document",
    "Entity",
    "Event",
    "Extraction",
    "Failure",
    "MarsadError",
    "Mention",
    "PartialDate",
    "Place",
    "Relation",
    "Span",
    "extract",
]
