"""Formatted references, for the clipboard: the CSL-JSON records rendered by citeproc-py with a CSL style.

The style file is handed in as a path (the window ships one, resources/csl/), so the core never
guesses where the app is installed. citeproc-py's HTML formatter does not escape the text it is
given, and titles come from scraped pages, so the HTML rendering is made from escaped values:
a title "<b>x</b>" is pasted as those characters, never as markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from desktop.core.exports.citation_csl import csl_item
from desktop.core.exports.citation_record import CitationRecord

STYLE_LOCALE = "en-GB"  # Cite Them Right is a British style: "1 December 2026"


@dataclass(frozen=True)
class FormattedReferences:
    plain: str  # one reference per line
    html: str  # the same, with the style's italics, one paragraph per reference
    count: int


def _escaped(item: dict[str, object]) -> dict[str, object]:
    return {k: html.escape(v, quote=False) if isinstance(v, str) and k not in ("id", "type") else v for k, v in item.items()}


def _render(items: list[dict[str, object]], style: CitationStylesStyle, output: object) -> list[str]:
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), output)
    for item in items:
        bibliography.register(Citation([CitationItem(str(item["id"]))]))
    return [str(entry) for entry in bibliography.bibliography()]


def format_references(records: list[CitationRecord], style_path: Path) -> FormattedReferences:
    """The references in the style's order (Harvard: by site, then year, then title)."""
    if not records:
        return FormattedReferences("", "", 0)
    style = CitationStylesStyle(str(style_path), locale=STYLE_LOCALE, validate=False)
    items = [{k: v for k, v in csl_item(r).items() if k != "note"} for r in records]
    plain = _render(items, style, formatter.plain)
    rich = _render([_escaped(i) for i in items], style, formatter.html)
    return FormattedReferences("\n".join(plain), "\n".join(f"<p>{line}</p>" for line in rich), len(plain))
