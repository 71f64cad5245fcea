"""HTML pages: body and title from the article, the date never from the footer."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.ingest import read_inputs
from marsad.model import Document, PartialDate

PAGE = """<!doctype html>
<html dir="rtl" lang="ar"><head><meta charset="utf-8">
<title>قصف مدفعي على كفرنبل جنوبي إدلب - عنب بلدي</title>{meta}</head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li>
<li><a href="/reports">تقارير</a></li></ul></nav>
<div class="share">Facebook Twitter WhatsApp Telegram</div>
<article>
<h1>قصف مدفعي على كفرنبل جنوبي إدلب</h1>
<div class="meta">{visible}</div>
<p>قصفت قوات النظام السوري بالمدفعية الثقيلة بلدة كفرنبل في ريف إدلب الجنوبي، صباح اليوم،
ما أدى إلى مقتل مدنيَّين اثنين وإصابة ثلاثة آخرين بجروح متفاوتة.</p>
<p>وقال مراسل عنب بلدي في المنطقة إن القذائف سقطت على منازل المدنيين في الحي الشمالي من
البلدة، وأدت إلى أضرار مادية كبيرة في الممتلكات.</p>
<p>وتتعرض قرى جبل الزاوية وريف إدلب الجنوبي لقصف متكرر منذ أشهر، رغم سريان اتفاق وقف إطلاق
النار الموقّع بين روسيا وتركيا في آذار 2020.</p>
</article>
<aside><h3>اقرأ أيضًا</h3><ul><li><a href="/1">غارات روسية على ريف اللاذقية</a></li></ul></aside>
<footer><p>© 2024 جميع الحقوق محفوظة لعنب بلدي</p></footer>
</body></html>
"""


def _page(tmp_path: Path, name: str, *, meta: str = "", visible: str = "") -> Document:
    path = tmp_path / name
    path.write_text(PAGE.format(meta=meta, visible=visible), "utf-8")
    [document] = list(read_inputs([str(path)]))
    assert isinstance(document, Document), document
    return document


def test_html_body_keeps_article_and_drops_boilerplate(tmp_path: Path) -> None:
    document = _page(tmp_path, "page.html")
    assert "قصفت قوات النظام السوري بالمدفعية الثقيلة" in document.text
    assert "سريان اتفاق وقف إطلاق" in document.text
    for boilerplate in ("Facebook", "الرئيسية", "جميع الحقوق محفوظة", "غارات روسية"):
        assert boilerplate not in document.text
    assert document.title is not None and "كفرنبل" in document.title


def test_html_date_from_metadata(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2022-11-07T09:30:00+03:00">'
    document = _page(tmp_path, "meta.html", meta=meta)
    assert document.published == PartialDate("2022-11-07", "day")


@pytest.mark.parametrize(
    ("visible", "expected"),
    [
        ("نشر بتاريخ: 7 تشرين الثاني 2022", "2022-11-07"),
        ("الأحد 12 شباط/فبراير 2023", "2023-02-12"),
        ("تاريخ النشر ٣ أيلول ٢٠٢٣", "2023-09-03"),
    ],
)
def test_html_without_metadata_takes_visible_arabic_date_not_copyright(
    tmp_path: Path, visible: str, expected: str
) -> None:
    document = _page(tmp_path, "visible.html", visible=visible)
    assert document.published == PartialDate(expected, "day")


def test_html_without_any_date_has_none_not_copyright_year(tmp_path: Path) -> None:
    document = _page(tmp_path, "undated.html")
    assert document.published is None
