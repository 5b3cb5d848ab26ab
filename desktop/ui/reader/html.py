"""The reader's HTML: every piece of dump text escaped, so markup in a dump is shown, never run.

The only link in the document is the article's source URL, and only when it is http(s).
Nothing here refers to a remote resource, so rendering never touches the network.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from desktop.core.articles import ArticleDetail, Version
from desktop.core.reading import SearchMarks, display_blocks, match_spans
from desktop.ui.plain_text import has_controls, show_controls
from desktop.ui.theme import Palette


def safe_link(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link; anything else (javascript:, data:, file:) is not a link,
    nor is one holding direction controls (U+202E and kin), which can make it read as another address."""
    if not url or has_controls(url):
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def _marked(text: str, spans: list[tuple[int, int]], color: str) -> str:
    if not spans:
        return html.escape(text)
    out: list[str] = []
    cursor = 0
    for start, end in spans:
        out.append(html.escape(text[cursor:start]))
        out.append(f'<span style="background-color:{color};">{html.escape(text[start:end])}</span>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def article_html(article: ArticleDetail, version: Version, palette: Palette, marks: SearchMarks) -> str:
    """The whole document for one version of an article."""
    title = version.title or article.title
    meta = [article.date or QCoreApplication.translate("ReaderPane", "no date"), article.source]
    if article.sections:
        meta.append(", ".join(article.sections))
    link = safe_link(article.source_url)
    parts = [
        f'<html><body style="color:{palette.text};">',
        f'<h1 style="font-size:1.2em; font-weight:600; margin:0 0 0.4em 0;">'
        f"{_marked(title, match_spans(title, marks), palette.highlight)}</h1>",
        f'<p style="color:{palette.muted}; margin:0 0 {"0.2em" if article.source_url else "1.1em"} 0;">'
        f'{html.escape(" · ".join(meta))}</p>',
    ]
    if link:
        parts.append(
            f'<p style="margin:0 0 1.1em 0;"><a href="{html.escape(link, quote=True)}" '
            f'style="color:{palette.link};">{html.escape(link)}</a></p>'
        )
    elif article.source_url:  # not a link: shown as text, its hidden controls written out
        parts.append(f'<p style="color:{palette.muted}; margin:0 0 1.1em 0;">{html.escape(show_controls(article.source_url))}</p>')
    text = version.text
    if not text.strip():
        empty = QCoreApplication.translate("ReaderPane", "This version has no text (the dump may have been cut off).")
        parts.append(f'<p style="color:{palette.muted};"><i>{html.escape(empty)}</i></p>')
    all_spans = match_spans(text, marks) if marks else []
    span_index = 0
    for block in display_blocks(text):
        chunk = text[block.start : block.end]
        spans: list[tuple[int, int]] = []
        while span_index < len(all_spans) and all_spans[span_index][0] < block.end:
            start, end = all_spans[span_index]
            if end > block.start:
                spans.append((max(start, block.start) - block.start, min(end, block.end) - block.start))
            if end <= block.end:
                span_index += 1
            else:
                break
        # pre-wrap: runs of spaces stay as they are in the text, so document positions map to it 1:1.
        parts.append(
            f'<p style="margin:0 0 0.85em 0; line-height:150%; white-space:pre-wrap;">{_marked(chunk, spans, palette.highlight)}</p>'
        )
    parts.append("</body></html>")
    return "".join(parts)
