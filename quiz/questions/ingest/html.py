"""HTML ingest: drop scripts, styles and navigation; keep block breaks and metadata."""

from __future__ import annotations

import re
from typing import Any

from ..dates import find_date

_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "figcaption")
_DROP = (
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "noscript",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
)
_DATE_META = (
    "article:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publish-date",
    "sailthru.date",
    "og:published_time",
    "dc.date",
)


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment."""
    return bool(re.search(r"<(?:!doctype|html|body|p|div|article|h1)\b", text[:5000], re.I))


def _meta(root: Any, names: tuple[str, ...]) -> str | None:
    """Content of the first <meta> whose name or property is in names."""
    for name in names:
        for el in root.iter("meta"):
            if (el.get("property") or el.get("name") or el.get("itemprop") or "") == name:
                content = el.get("content")
                if content:
                    return str(content).strip()
    return None


def html_to_lines(text: str) -> tuple[str, str | None, str | None, list[str]]:
    """Parse HTML into (title, ISO date or None, canonical URL or None, text lines)."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return "", None, None, re.sub(r"<[^>]+>", " ", text).split("\n")
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter("i", "em", "cite"):
        # Italic titles become quoted titles so the title rules can see them.
        inner = el.text_content().strip()
        if inner[:1].isupper() and len(inner.split()) <= 10 and not len(el):
            el.text = f"“{inner}”"
    h1 = next(root.iter("h1"), None)
    title_el = next(root.iter("title"), None)
    title = (
        _meta(root, ("og:title",))
        or (h1.text_content().strip() if h1 is not None else "")
        or (title_el.text_content().strip() if title_el is not None else "")
    )
    raw_date = _meta(root, _DATE_META)
    if raw_date is None:
        time_el = next((t for t in root.iter("time") if t.get("datetime")), None)
        raw_date = time_el.get("datetime") if time_el is not None else None
    url = _meta(root, ("og:url",))
    canon = next((ln.get("href") for ln in root.iter("link") if ln.get("rel") == "canonical"), None)
    lines = []
    for el in root.iter(*_BLOCKS):
        if el.tag == "h1" or any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue
        lines.append(" ".join(el.text_content().split()))
    if not lines:
        lines = root.text_content().split("\n")
    date = find_date(raw_date) if raw_date else None
    if raw_date and date is None and re.match(r"\d{4}-\d\d-\d\d", raw_date):
        date = raw_date[:10]
    return title, date, canon or url, lines
