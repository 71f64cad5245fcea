"""Document ids and publication dates from input metadata."""

from __future__ import annotations

import hashlib
import re

from marsad.model import PartialDate

_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s].*)?\s*$")


def make_doc_id(*, url: str | None, text: str) -> str:
    """A stable id: a hash of the URL when there is one, else of the text.

    Ids are hashes of natural keys, so reading the same article twice yields
    the same id and storing it again changes nothing.
    """
    key = ("url:" + url.strip()) if url and url.strip() else ("text:" + text)
    return "doc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def parse_published(value: object) -> PartialDate | None:
    """Read ``2022``, ``2022-11``, ``2022-11-07`` or an ISO timestamp as a partial date.

    Anything else (including impossible months and days) yields ``None``: a
    publication date is never guessed.
    """
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    if month is None:
        return PartialDate(year, "year")
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return PartialDate(f"{year}-{int(month):02d}", "month")
    from datetime import date

    try:
        exact = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return PartialDate(exact.isoformat(), "day")
