"""The Jinja2 environment: autoescape everywhere, bilingual labels, small filters."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


@cache
def labels() -> dict[str, dict[str, str]]:
    """UI labels in Arabic and English (``static/labels.json``, shared with the scripts)."""
    text = resources.files("marsad.web").joinpath("static/labels.json").read_text("utf-8")
    table: dict[str, dict[str, str]] = json.loads(text)
    return table


def label(key: str | None, **values: Any) -> Markup:
    """Both languages of a label; CSS shows the one the reader chose (``data-ui-lang``).

    ``{name}`` placeholders take ``values`` (escaped), so a phrase with numbers stays one
    piece in either direction. Unknown keys (a new ACLED type, a free text) show as is.
    """
    if key is None:
        return Markup("")
    entry = labels().get(key)
    if entry is None:
        return escape(key)
    safe = {name: escape(value) for name, value in values.items()}
    return _both(entry["ar"].format(**safe), entry["en"].format(**safe))


def label_pair(first: str | None, second: str | None, separator: str = " / ") -> Markup:
    """Two labels as one phrase per language («معارك / اشتباك مسلح», "Battles / Armed clash")."""
    parts = [k for k in (first, second) if k]
    ar = separator.join(label_text(k, "ar") for k in parts)
    en = separator.join(label_text(k, "en") for k in parts)
    return _both(ar, en)


def _both(ar: str, en: str) -> Markup:
    return Markup(
        '<span class="l10n" lang="ar">{}</span><span class="l10n" lang="en" dir="ltr">{}</span>'
    ).format(ar, en)


def label_text(key: str | None, lang: str = "ar") -> str:
    """One language of a label as plain text (for attributes such as placeholders)."""
    if key is None:
        return ""
    return labels().get(key, {}).get(lang, key)


def snippet_html(snippet: str) -> Markup:
    """A search snippet with its ⟦match⟧ as <mark>, every piece escaped."""
    out = []
    for n, piece in enumerate(snippet.replace("⟧", "⟦").split("⟦")):
        out.append(Markup("<mark>{}</mark>").format(piece) if n % 2 else escape(piece))
    return Markup("").join(out)


def query_string(items: list[tuple[str, str]], **changes: Any) -> str:
    """A query string from filter pairs with some values replaced (None or "" removes)."""
    values = {key: value for key, value in items if value not in (None, "")}
    for key, value in changes.items():
        if value is None or value == "":
            values.pop(key, None)
        else:
            values[key] = str(value)
    return urlencode(values)


def web_url(url: str | None) -> str | None:
    """An article's URL if it is safe to link (http or https); stored URLs are untrusted."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def entity_url(name: str | None) -> str:
    return "/entities/" + quote(name or "", safe="")


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,  # every template, whatever its extension
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(t=label, t2=label_pair, tt=label_text, labels=labels, entity_url=entity_url)
    env.filters.update(snippet_html=snippet_html, qs=query_string, urlquote=quote, web_url=web_url)
    return env


templates = Jinja2Templates(env=_environment())


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    json_url: str,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """A page with its JSON twin's URL (shown as a link and a ``rel=alternate``)."""
    return templates.TemplateResponse(
        request, name, {**context, "json_url": json_url}, status_code=status, headers=headers
    )
