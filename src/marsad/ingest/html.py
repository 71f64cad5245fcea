"""HTML pages → Document: main text and title with trafilatura, date with care.

trafilatura finds the article body and the title well, but on a page with no
date metadata it takes the copyright year of the footer as the publication
date. So its date is used only when the page carries date metadata; otherwise
the first full date written in the page's visible Arabic text is used, and
failing that, none.
"""

from __future__ import annotations

import re

from marsad.errors import InputError
from marsad.model import PartialDate

# Markup that states a publication date explicitly: OpenGraph/article meta,
# schema.org JSON-LD or microdata, Dublin Core, <time datetime>.
_DATE_METADATA = re.compile(
    r"""article:published_time|datePublished|og:published_time|"""
    r"""name=["'](?:pubdate|publishdate|publish-date|date|dc\.date|DC\.date\.issued)["']|"""
    r"""<time[^>]+datetime=""",
    re.IGNORECASE,
)
# How much of the extracted text to scan for a visible date: datelines and
# "نشر بتاريخ" lines sit next to the headline, not in the body.
VISIBLE_DATE_WINDOW = 1500
# "نشر بتاريخ: 7 تشرين الثاني 2022", "تاريخ النشر ٣ أيلول": a cue this close before a date
# marks it as the publication date rather than a date in the story.
_PUBLICATION_CUE = re.compile(r"نشر|النشر|بتاريخ|تاريخ|آخر تحديث|published", re.IGNORECASE)
CUE_DISTANCE = 25


def has_date_metadata(html: str) -> bool:
    """True when the page states its publication date in markup."""
    return _DATE_METADATA.search(html) is not None


def visible_date(text: str) -> PartialDate | None:
    """The publication date written in the page: after a "نشر" cue, else the first full date.

    >>> visible_date("قصف على ريف إدلب\nنشر بتاريخ: 7 تشرين الثاني 2022\n…").value
    '2022-11-07'
    """
    from marsad.arabic.dates import find_dates

    head = text[:VISIBLE_DATE_WINDOW]
    full_dates = [
        m
        for m in find_dates(head)
        if m.date is not None and not m.relative and m.date.precision == "day"
    ]
    for mention in full_dates:
        if _PUBLICATION_CUE.search(
            head[max(0, mention.span.start - CUE_DISTANCE) : mention.span.start]
        ):
            return mention.date
    return full_dates[0].date if full_dates else None


def parse_html(html: str) -> tuple[str, str | None, PartialDate | None, str | None]:
    """Return ``(text, title, published, url)`` of an article page.

    Raises ``InputError`` when no article text can be found.
    """
    import trafilatura

    from marsad.ingest.ids import parse_published

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as err:  # lxml/trafilatura raise many types on broken markup
        raise InputError(f"broken HTML: {type(err).__name__}: {err}") from err
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise InputError("no article text found in the HTML page")
    title = getattr(result, "title", None) or None
    url = getattr(result, "url", None) or None
    published: PartialDate | None = None
    if has_date_metadata(html):
        published = parse_published(getattr(result, "date", None))
    if published is None:
        published = visible_date(text) or visible_date(_page_text_without_footer(html))
    return text, title, published, url


# Parts of a page that carry no publication date but often a © year.
_NO_DATE_XPATH = (
    "//script|//style|//footer|//nav|//aside|//noscript"
    "|//*[contains(@class, 'footer') or contains(@class, 'copyright')]"
)


def _page_text_without_footer(html: str) -> str:
    """The visible text of the page from its top, without footer, menus and scripts."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # unparseable markup: no visible text to search
        return ""
    for element in root.xpath(_NO_DATE_XPATH):
        element.drop_tree()
    return " ".join(root.text_content().split())
