"""The Markdown export: articles to read, each followed by its highlights (in text order) and notes.

Everything that comes from a dump or a user is escaped for CommonMark (commonmark.py), so a
CommonMark reader shows the text as the reader does: its paragraphs are the reader's blocks
(reading.py), so paragraphs a scraper glued together ("…Kazakhstan.The event…") come apart as
they do on screen, and nothing turns into a list, a rule, a link or HTML.
"""

from __future__ import annotations

from typing import TextIO

from sqlite_utils import Database

from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import Annotation, HighlightColor, article_annotations, in_text_order
from desktop.core.articles import ArticleDetail
from desktop.core.exports.annotation_json import color_map
from desktop.core.exports.article_stream import iter_articles
from desktop.core.exports.commonmark import (
    block_quote,
    escape_heading,
    escape_inline,
    escape_line,
    normalise_newlines,
    note_paragraphs,
    paragraphs,
)
from desktop.core.ids import ArticleId
from desktop.core.reading import display_blocks

NOT_IN_SHOWN = "(not found in the version shown)"


def reader_paragraphs(text: str) -> list[str]:
    """The text's paragraphs as the reader shows them, each escaped."""
    text = normalise_newlines(text)
    return [escape_line(text[b.start : b.end]) for b in display_blocks(text) if text[b.start : b.end].strip()]


def _highlight(a: Annotation, shown: int | None, colors: dict[int, HighlightColor]) -> str:
    quote = block_quote(reader_paragraphs(a.quote or "")) or ">"
    color = colors.get(a.color_id) if a.color_id is not None else None
    label = f"*{escape_inline(color.name)}*" if color else ""
    info = a.anchor_on(shown) if shown is not None else None
    if info is None or info.status is AnchorStatus.ORPHAN:
        label = f"{label} {escape_inline(NOT_IN_SHOWN)}".strip()
    note = paragraphs(note_paragraphs(a.note)) if a.note.strip() else ""
    after = " — ".join(p for p in (label, note) if p)
    return f"\n{quote}\n" + (f"\n{after}\n" if after else "")


def annotations_markdown(article: ArticleDetail, annotations: list[Annotation], colors: dict[int, HighlightColor]) -> str:
    """Each highlight as a block quote followed by its colour and note, in the order of the text
    shown (the first version); then the notes on the whole article."""
    shown = article.versions[0].id if article.versions else None
    ordered = in_text_order(annotations, shown) if shown is not None else annotations
    highlights = [a for a in ordered if a.is_highlight]
    notes = [a for a in ordered if not a.is_highlight and a.note.strip()]
    parts: list[str] = []
    if highlights:
        parts.append("\n### Highlights\n")
        parts.extend(_highlight(a, shown, colors) for a in highlights)
    if notes:
        parts.append("\n### Notes\n")
        parts.extend(f"\n{paragraphs(note_paragraphs(a.note))}\n" for a in notes)
    return "".join(parts)


def _autolink(url: str) -> str:
    """<url> where CommonMark takes it as a link; otherwise the address as escaped text."""
    if url and not any(c in url for c in " <>\t\n") and ":" in url and all(ord(c) > 31 for c in url):
        return f"<{url}>"
    return escape_inline(url)


def export_markdown(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    out.write("# Qalam export\n")
    count = 0
    colors = color_map(db)
    for article in iter_articles(db, ids):
        out.write(f"\n## {escape_heading(article.title)}\n\n")
        out.write(f"- Date: {escape_inline(article.date or 'unknown')}\n- Source: {escape_inline(article.source)}\n")
        if article.source_url:
            out.write(f"- URL: {_autolink(article.source_url)}\n")
        if article.sections:
            out.write(f"- Sections: {escape_inline(', '.join(article.sections))}\n")
        if article.tags:
            out.write(f"- Tags: {escape_inline(', '.join(t.name for t in article.tags))}\n")
        if len(article.versions) > 1:
            out.write(f"- Versions: {len(article.versions)} (the first seen is shown)\n")
        if article.versions:
            body = paragraphs(reader_paragraphs(article.versions[0].text))
            if body:
                out.write(f"\n{body}\n")
        out.write(annotations_markdown(article, article_annotations(db, article.id), colors))
        count += 1
    return count
