"""The Markdown export: articles to read, each followed by its highlights and notes."""

from __future__ import annotations

from typing import TextIO

from sqlite_utils import Database

from desktop.core.annotations import Annotation, HighlightColor, article_annotations
from desktop.core.articles import ArticleDetail
from desktop.core.exports.annotation_json import color_map
from desktop.core.exports.article_stream import iter_articles
from desktop.core.ids import ArticleId


def md_escape(text: str) -> str:
    """Keep dump text literal in Markdown: escape what a renderer would treat as markup or HTML."""
    out = []
    for ch in text:
        if ch in "\\`*_{}[]<>#|!":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def annotations_markdown(article: ArticleDetail, annotations: list[Annotation], colors: dict[int, HighlightColor]) -> str:
    """Each highlight as a block quote followed by its note; then notes on the whole article."""
    parts: list[str] = []
    highlights = [a for a in annotations if a.is_highlight]
    notes = [a for a in annotations if not a.is_highlight]
    if highlights:
        parts.append("\n### Highlights\n")
        for a in highlights:
            color = colors.get(a.color_id or 0)
            quote = "\n> ".join(md_escape(line) for line in (a.quote or "").split("\n"))
            parts.append(f"\n> {quote}\n\n")
            label = f"*{md_escape(color.name)}*" if color else ""
            note = "  \n".join(md_escape(line) for line in a.note.split("\n")) if a.note else ""
            parts.append(" — ".join(p for p in (label, note) if p) + "\n")
    if notes:
        parts.append("\n### Notes\n")
        for a in notes:
            parts.append("\n" + "\n".join(md_escape(line) for line in a.note.split("\n")) + "\n")
    return "".join(parts)


def export_markdown(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    out.write("# Qalam export\n")
    count = 0
    colors = color_map(db)
    for article in iter_articles(db, ids):
        out.write(f"\n## {md_escape(article.title)}\n\n")
        out.write(f"- Date: {article.date or 'unknown'}\n- Source: {md_escape(article.source)}\n")
        if article.source_url:
            out.write(f"- URL: <{article.source_url}>\n")
        if article.sections:
            out.write(f"- Sections: {md_escape(', '.join(article.sections))}\n")
        if article.tags:
            out.write(f"- Tags: {md_escape(', '.join(t.name for t in article.tags))}\n")
        if len(article.versions) > 1:
            out.write(f"- Versions: {len(article.versions)} (the first seen is shown)\n")
        out.write("\n")
        if article.versions:
            out.write("\n\n".join(md_escape(p) for p in article.versions[0].paragraphs))
            out.write("\n")
        out.write(annotations_markdown(article, article_annotations(db, article.id), colors))
        count += 1
    return count
