"""An article as HTML with every extracted span highlighted and linked.

The article text is untrusted (it may hold ``<script>`` or ``<img onerror=…>``), so the
HTML is built here piece by piece: every text piece and every attribute value goes
through ``markupsafe.escape``, and only the tags written in this module are markup.

Spans overlap and nest (an event's sentence holds its trigger, which may be inside an
entity name), and HTML cannot express crossing elements. So the text is cut at every
span boundary and each piece is wrapped on its own: in ``<mark>`` when an event
sentence covers it, and in one link to the innermost word-level span (trigger →
event page, entity or mention → entity page).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from urllib.parse import quote

from markupsafe import Markup, escape

from marsad.api.documents import TextSpan

# When word-level spans cover the same piece, the narrowest wins; on a tie, this order.
_PRIORITY = {"trigger": 0, "entity": 1, "mention": 2}
_SAFE_CLASS = re.compile(r"[^A-Za-z0-9_-]")


def _href(span: TextSpan) -> str | None:
    if span.target is None:
        return None
    if span.kind in ("trigger", "evidence"):
        return f"/events/{quote(span.target, safe='')}"
    return f"/entities/{quote(span.target, safe='')}"


def _word_span(piece: str, span: TextSpan) -> str:
    label = _SAFE_CLASS.sub("", span.label) if span.kind != "trigger" else "trigger"
    classes = f"span {span.kind} label-{label}"
    attrs = f' class="{classes}" title="{escape(span.title)}" data-label="{escape(span.label)}"'
    href = _href(span)
    if href is None:
        return f"<span{attrs}>{piece}</span>"
    return f'<a{attrs} href="{escape(href)}">{piece}</a>'


def _marker(span: TextSpan, focus: bool) -> str:
    """The anchor at the start of an event sentence: target of /documents/…#<event_id>."""
    event_id = escape(span.target or "")
    css = "ev-marker focus" if focus else "ev-marker"
    return (
        f'<a class="{css}" id="{event_id}" href="/events/{escape(quote(span.target or ""))}" '
        f'title="{escape(span.title)}" data-event="{event_id}">◆</a>'
    )


def _boundaries(length: int, spans: Iterable[TextSpan]) -> list[int]:
    points = {0, length}
    for span in spans:
        points.update((span.start, span.end))
    return sorted(p for p in points if 0 <= p <= length)


def highlight(text: str, spans: list[TextSpan], focus_event: str | None = None) -> Markup:
    """``text`` as safe HTML with ``spans`` highlighted; ``focus_event``'s sentence marked.

    >>> html = highlight("<b>قتل</b>", [TextSpan(3, 6, "trigger", "Attack", "ev-1", "Attack")])
    >>> html.startswith("&lt;b&gt;<a class=") and html.endswith(">قتل</a>&lt;/b&gt;")
    True
    """
    evidence = [s for s in spans if s.kind == "evidence"]
    words = [s for s in spans if s.kind != "evidence"]
    out: list[str] = []
    points = _boundaries(len(text), spans)
    for start, end in pairwise(points):
        for span in evidence:
            if span.start == start:
                out.append(_marker(span, span.target == focus_event))
        piece = str(escape(text[start:end]))
        covering = [s for s in words if s.start <= start and end <= s.end]
        if covering:
            best = min(covering, key=lambda s: (s.end - s.start, _PRIORITY.get(s.kind, 9)))
            piece = _word_span(piece, best)
        around = [s for s in evidence if s.start <= start and end <= s.end]
        if around:
            events = " ".join(dict.fromkeys(s.target or "" for s in around))
            focus = focus_event is not None and any(s.target == focus_event for s in around)
            titles = "; ".join(dict.fromkeys(s.title for s in around))
            css = "evidence focus" if focus else "evidence"
            piece = (
                f'<mark class="{css}" data-events="{escape(events)}" '
                f'title="{escape(titles)}">{piece}</mark>'
            )
        out.append(piece)
    return Markup("".join(out))
