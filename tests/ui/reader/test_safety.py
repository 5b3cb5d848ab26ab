"""Dump text is shown as text: markup never becomes HTML, and the only links are http(s) sources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCharFormat

from desktop.core.importer import import_paths
from desktop.core.store import open_library
from tests.dump_factory import dump_text, write_dump

HOSTILE_TITLE = '<script>alert("t")</script> <img src=x onerror=alert(1)> Headline'
HOSTILE_BODY = [
    'First <a href="javascript:alert(1)">click me</a> paragraph with <b>bold</b> and <img src="http://tracker.example/p.png">.',
    "Second paragraph <script>document.write('x')</script> end.",
]


def _anchors(browser) -> list[str]:
    hrefs = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt: QTextCharFormat = it.fragment().charFormat()
            if fmt.isAnchor():
                hrefs.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return hrefs


def _hostile_library(tmp_path: Path, url: str) -> Path:
    db_path = tmp_path / "hostile.sqlite"
    lines = [f"{HOSTILE_TITLE} 05.03.2026", HOSTILE_BODY[0], f"{HOSTILE_BODY[1]}Source : {url}"]
    write_dump(tmp_path / "hostile.txt", dump_text("Evil <b>Site</b>", {"News": [lines]}))
    db = open_library(db_path)
    import_paths(db, [tmp_path / "hostile.txt"])
    db.close()
    return db_path


def test_markup_in_a_dump_is_shown_as_text_and_is_not_a_link(open_window, tmp_path: Path):
    window = open_window(_hostile_library(tmp_path, "https://example.org/a?lang=kk"))
    window.article_list.select_row(0)
    browser = window.reader.browser
    text = browser.toPlainText()
    assert '<script>alert("t")</script>' in text
    assert '<a href="javascript:alert(1)">click me</a>' in text
    assert "<img src=\"http://tracker.example/p.png\">" in text
    assert _anchors(browser) == ["https://example.org/a?lang=kk"]
    assert window.model.index(0, 0).data() == HOSTILE_TITLE


def test_a_javascript_source_url_is_not_a_link(open_window, tmp_path: Path):
    # The parser only takes http(s) sources, so this stays in the text; either way it is no link.
    window = open_window(_hostile_library(tmp_path, "javascript:alert(1)"))
    window.article_list.select_row(0)
    assert _anchors(window.reader.browser) == []
    assert "javascript:alert(1)" in window.reader.browser.toPlainText()


def test_a_5_mb_article_opens_and_is_split_into_blocks(open_window, tmp_path: Path, qtbot):
    sentence = "This sentence repeats to make a very long single-line body for the reader. "
    body = (sentence * (5_000_000 // len(sentence) + 1))[:5_000_000]
    write_dump(tmp_path / "big.txt", dump_text("Big", {"News": [["A very long article 01.03.2026", body]]}))
    db = open_library(tmp_path / "big.sqlite")
    import_paths(db, [tmp_path / "big.txt"])
    db.close()
    window = open_window(tmp_path / "big.sqlite")
    window.article_list.select_row(0)
    document = window.reader.browser.document()
    assert document.blockCount() > 1000  # laid out as blocks, which keeps layout linear
    assert document.characterCount() > 5_000_000


def _tooltip_document(tip: str):
    """A tooltip as Qt renders it: rich text when it looks like markup, else plain."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    if GuiQt.mightBeRichText(tip):
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    return document


def test_tooltips_show_dump_markup_as_text(open_window, tmp_path: Path, qtbot):
    from PySide6.QtCore import Qt

    from desktop.ui.article_list.model import COL_TITLE
    from desktop.ui.sidebar.sidebar import EntryKind

    window = open_window(_hostile_library(tmp_path, "https://example.org/a"))
    tip = window.model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    shown = _tooltip_document(tip)
    assert HOSTILE_TITLE.split(" <img")[0] in shown.toPlainText()  # the markup is there as characters
    assert "<script>" not in shown.toHtml().split("<body")[1].replace("&lt;script&gt;", "")
    source = window.sidebar.find_entry(EntryKind.SOURCE, 1)
    assert "Evil <b>Site</b>" in _tooltip_document(source.toolTip(0)).toPlainText()


def test_a_source_url_with_a_direction_override_is_shown_visibly_and_never_opened(open_window, tmp_path: Path, qtbot):
    from desktop.ui.reader.html import safe_link

    url = "https://example.org/news/\u202egpj.exe"
    window = open_window(_hostile_library(tmp_path, url))
    window.article_list.select_row(0)
    assert safe_link(url) is None
    assert _anchors(window.reader.browser) == []  # not a link
    assert "[U+202E RLO]" in window.reader.browser.toPlainText()
    assert window.reader.open_source() is False
