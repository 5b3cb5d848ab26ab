"""The Markdown export read back by a CommonMark parser (markdown-it-py): the text comes back as written,
paragraphs as the reader shows them, highlights in text order, nothing turned into markup."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from sqlite_utils import Database

from desktop.core.annotations import create_highlight
from desktop.core.articles import get_article
from desktop.core.exports.article_markdown import export_markdown
from desktop.core.exports.commonmark import block_quote, escape_line, note_paragraphs, paragraphs
from desktop.core.importer import import_paths
from desktop.core.reading import display_blocks
from tests.core.annotated_library import QUOTED, TRICKY_NOTE, Annotated, annotate
from tests.dump_factory import dump_text, write_dump

PARSERS = {
    "commonmark": MarkdownIt("commonmark"),
    "with GFM tables and strikethrough": MarkdownIt("commonmark").enable(["table", "strikethrough"]),
}
STRUCTURE = {"ordered_list_open", "hr", "code_block", "fence", "html_block", "table_open"}
TRICKY_TITLE = "1. Breaking: *all* _the_ [news](http://x) & more # today #"
TRICKY_BODY = [
    "1. first point made in a paragraph",
    "- a dash",
    "---",
    "===",
    "# not a heading",
    "> not a quote",
    "<div>raw html</div>",
    "&copy; &amp; &#169; stay as typed",
    "    four spaces of indentation",
    "2026. a year at the start",
    "tab\tinside | pipe ~~not struck~~ and a trailing backslash \\",
    "The Republic of Kazakhstan.The event was attended by delegates.",
]


def blocks(markdown: str, parser: MarkdownIt) -> list[tuple[str, str]]:
    """(kind, text) of each block: h1-h3, p, li, quote; soft and hard breaks read as a newline.
    A token that would make text into structure (a list, a rule, code, HTML) is listed as itself."""
    out: list[tuple[str, str]] = []
    quote_depth, item_depth, kind = 0, 0, ""
    for token in parser.parse(markdown):
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "list_item_open":
            item_depth += 1
        elif token.type == "list_item_close":
            item_depth -= 1
        elif token.type == "heading_open":
            kind = token.tag
        elif token.type == "paragraph_open":
            kind = "quote" if quote_depth else "li" if item_depth else "p"
        elif token.type == "inline":
            text = []
            for child in token.children or []:
                if child.type in ("softbreak", "hardbreak"):
                    text.append("\n")
                elif child.type in ("text", "text_special"):
                    text.append(child.content)
                elif child.type in ("code_inline", "html_inline", "image"):
                    out.append((child.type, child.content))
            out.append((kind, "".join(text)))
        elif token.type in STRUCTURE:
            out.append((token.type, token.content))
    return out


def article_blocks(parsed: list[tuple[str, str]], title: str) -> list[tuple[str, str]]:
    start = parsed.index(("h2", title))
    end = next((i for i in range(start + 1, len(parsed)) if parsed[i][0] == "h2"), len(parsed))
    return parsed[start + 1 : end]


def reader_blocks(text: str) -> list[str]:
    return [text[b.start : b.end].rstrip() for b in display_blocks(text)]


@pytest.fixture
def annotated(sample_library: Database, samples_dir: Path, tmp_path: Path) -> Annotated:
    return annotate(sample_library, samples_dir, tmp_path)


def export(db: Database) -> str:
    out = io.StringIO()
    export_markdown(db, out)
    return out.getvalue()


@pytest.mark.parametrize("parser", PARSERS)
def test_titles_and_paragraphs_come_back_as_the_reader_shows_them(library: Database, tmp_path: Path, parser: str):
    write_dump(tmp_path / "t.txt", dump_text("Site & Co", {"News": [[f"{TRICKY_TITLE} 04.02.2026", *TRICKY_BODY]]}))
    import_paths(library, [tmp_path / "t.txt"])
    parsed = blocks(export(library), PARSERS[parser])
    assert not [b for b in parsed if b[0] in STRUCTURE | {"code_inline", "html_inline", "image"}], parsed
    assert ("h1", "Qalam export") == parsed[0]
    body = article_blocks(parsed, TRICKY_TITLE)
    assert ("li", "Source: Site & Co") in body
    text = get_article(library, 1).versions[0].text
    assert [t for k, t in body if k == "p"] == [b.strip() for b in reader_blocks(text)]
    # The glued paragraph comes back apart, as the reader shows it.
    assert ("p", "The Republic of Kazakhstan.") in body and ("p", "The event was attended by delegates.") in body


@pytest.mark.parametrize("parser", PARSERS)
def test_highlights_come_back_in_text_order_with_their_notes(annotated: Annotated, parser: str):
    db = annotated.db
    article = get_article(db, annotated.murat)
    news = article.versions[0]
    late = news.text.index("The draft text does not contain")
    create_highlight(db, annotated.murat, news.id, late, late + 31, 1, "first made, later in the text")
    early = 0
    create_highlight(db, annotated.murat, news.id, early, early + 9, 5, "")
    parsed = blocks(export(db), PARSERS[parser])
    body = article_blocks(parsed, article.title)
    assert not [b for b in body if b[0] in STRUCTURE], body
    after = body[body.index(("h3", "Highlights")) :]
    quotes = [t for k, t in after if k == "quote"]
    assert quotes == [
        news.text[:9],
        QUOTED,
        "Kazakhstan remains committed to the principle of mutual respect",
        news.text[late : late + 31],
    ]
    # Each quote is followed by its colour (in emphasis) and note. The tricky note: CR LF normalised, its
    # lines kept as hard breaks, its paragraphs apart, nothing in it interpreted.
    assert [t for k, t in after if k == "p"] == [
        "evidence",
        "claim — 1. first point\n---\n&copy; <b>not bold</b> *not em*",
        "# not a heading\n> not a quote",
        "question — later removed",
        "highlight — first made, later in the text",
    ]


def test_the_escaped_forms_of_the_tricky_note_round_trip_exactly_in_a_quote_and_a_paragraph():
    for name, parser in PARSERS.items():
        for source in [TRICKY_NOTE, *TRICKY_BODY, "trailing spaces  \nnext", "a\r\rb", "Цитата «в кавычках» — 1. не список"]:
            want = "\n\n".join(
                "\n".join(line.rstrip(" \t") for line in p.split("\n"))
                for p in source.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
            )
            got = blocks(paragraphs(note_paragraphs(source)), parser)
            assert {k for k, _ in got} == {"p"} and "\n\n".join(t for _, t in got) == want, (name, source, got)
            quoted = blocks(block_quote(note_paragraphs(source)), parser)
            assert {k for k, _ in quoted} == {"quote"} and "\n\n".join(t for _, t in quoted) == want, (name, source, quoted)


def test_without_escaping_the_same_lines_would_break():
    """The check can fail: unescaped, CommonMark turns these lines into structure or other text."""
    parser = PARSERS["commonmark"]
    broken = [line for line in TRICKY_BODY if blocks(line, parser) != [("p", line.strip())]]
    assert len(broken) >= 9
    assert all(blocks(escape_line(line), parser) == [("p", line)] for line in TRICKY_BODY)  # leading blanks kept too
