"""The translations are complete, current and well formed, and plural forms follow each language's rules.

Qt's lupdate runs over the source into scratch copies of the committed .ts files: a text the code
shows without a finished Kazakh or Russian translation (or an English plural form) fails here, as
does a .ts or .qm that is not what the update command would write. Because lupdate reads Python
by pattern, a second scan reads the source with Python's own parser and checks that lupdate saw
every text the code translates, under the context Qt will look it up in at run time.
"""

from __future__ import annotations

import ast
import filecmp
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.ui.language import update
from desktop.ui.language.translators import install_language

LANGUAGES = ("kk", "ru")


def test_every_text_has_a_finished_translation_and_the_committed_files_are_current(tmp_path: Path):
    left, stale = update.check()
    assert {code: [(m.message.context, m.message.source, m.why) for m in items] for code, items in left.items()} == {
        "kk": [], "ru": [], "en": []
    }  # fmt: skip
    assert stale == {"kk": [], "ru": [], "en": []}, "run: python -m desktop.ui.language.update"
    for code in (*LANGUAGES, "en"):
        fresh = update.lrelease(update.ts_path(code), tmp_path / f"qalam_{code}.qm")
        assert filecmp.cmp(fresh, update.ts_path(code).with_suffix(".qm"), shallow=False), f"qalam_{code}.qm is not its .ts compiled"


def _calls(tree: ast.AST):
    """(class name or None, call) for every call in the module, with the class it is written in."""

    def visit(node: ast.AST, cls: str | None):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
            else:
                if isinstance(child, ast.Call):
                    yield cls, child
                yield from visit(child, cls)

    yield from visit(tree, None)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _texts_in_code() -> tuple[set[tuple[str, str, bool]], list[str]]:
    """(context, source, has a count) of every literal text the code translates, and what lupdate cannot read."""
    found: set[tuple[str, str, bool]] = set()
    unreadable: list[str] = []
    for path in sorted(update.SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for joined in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for call in (n for n in ast.walk(joined) if isinstance(n, ast.Call)):
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                text = call.args[0] if name == "tr" and call.args else call.args[1] if name == "translate" and len(call.args) > 1 else None
                if text is not None and _literal(text) is not None:
                    unreadable.append(f"{path.name}:{call.lineno}: a translated text inside an f-string")
        for cls, call in _calls(tree):
            func = call.func
            name = getattr(func, "attr", getattr(func, "id", ""))
            if isinstance(func, ast.Name) and func.id in ("tr", "_tr") and call.args and _literal(call.args[0]) is not None:
                unreadable.append(f"{path.name}:{call.lineno}: {func.id}(): lupdate does not read a wrapper; translate() or self.tr() it")
                continue
            if name == "tr" and call.args and _literal(call.args[0]) is not None:
                owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None
                if owner != "self" or cls is None:
                    unreadable.append(f"{path.name}:{call.lineno}: {owner}.tr(): lupdate files it under {owner!r}, Qt looks it up under the class")
                    continue
                found.add((cls, _literal(call.args[0]), len(call.args) >= 3))
            elif name == "translate" and len(call.args) >= 2 and _literal(call.args[0]) and _literal(call.args[1]) is not None:
                if len(call.args) >= 4:
                    unreadable.append(f"{path.name}:{call.lineno}: translate() with a count: lupdate reads no plural forms there")
                found.add((_literal(call.args[0]), _literal(call.args[1]), False))
            elif name == "QT_TRANSLATE_NOOP" and len(call.args) == 2 and _literal(call.args[0]) and _literal(call.args[1]) is not None:
                found.add((_literal(call.args[0]), _literal(call.args[1]), False))
    return found, unreadable


def test_lupdate_saw_every_text_the_code_translates_under_the_context_qt_uses():
    in_code, unreadable = _texts_in_code()
    assert unreadable == []
    extracted = {(m.context, m.source, m.numerus) for m in update.messages(update.ts_path("ru"))}
    assert in_code - extracted == set()
    # A base class's self.tr() would be looked up under the subclass's name at run time.
    assert "AnalysisTab" not in {cls for cls, _source, _n in in_code if cls.endswith("Tab") and cls != "AnalysisTab"}


_PLACEHOLDER = re.compile(r"%L?n|%\d")


@pytest.mark.parametrize("code", [*LANGUAGES, "en"])
def test_translations_keep_every_placeholder_and_at_most_one_mnemonic(code: str):
    for message, translation in update._entries(update.ts_path(code)):
        forms = [f.text or "" for f in translation.findall("numerusform")] if message.numerus else [translation.text or ""]
        for form in forms:
            wanted = sorted(_PLACEHOLDER.findall(message.source))
            got = sorted(_PLACEHOLDER.findall(form))
            if message.numerus and "%n" not in got and "%Ln" not in got:
                got += [p for p in wanted if p in ("%n", "%Ln")]  # a form may spell the number out ("one")
            assert got == wanted, (code, message.source, form)
            assert form.replace("&&", "").count("&") <= 1, (code, form)
            assert ("&" in message.source.replace("&&", "")) == ("&" in form.replace("&&", "")), (code, message.source, form)
            assert form.count("\t") == message.source.count("\t"), (code, form)  # a key shown after a tab stays


PLURALS = {
    "ru": ["1 статья", "2 статьи", "5 статей", "21 статья", "22 статьи"],
    "kk": ["1 мақала", "2 мақала", "5 мақала", "21 мақала", "22 мақала"],
    "en": ["1 article", "2 articles", "5 articles", "21 articles", "22 articles"],
}


@pytest.mark.parametrize("code", sorted(PLURALS))
def test_plural_forms_follow_each_language(qapp, code: str):
    install_language(code)
    try:
        shown = [QCoreApplication.translate("ListController", "%Ln article(s)", "", n) for n in (1, 2, 5, 21, 22)]
        assert shown == PLURALS[code]
        # Large counts take the locale's digit grouping: a comma in English, a (non-breaking) space in Kazakh and Russian.
        grouped = QCoreApplication.translate("ListController", "%Ln article(s)", "", 1234567)
        assert grouped.startswith(QLocale().toString(1234567)) and ("1,234,567" in grouped) == (code == "en")
        versions = [QCoreApplication.translate("ArticleTableModel", "%n version(s)", "", n) for n in (1, 3, 11)]
        assert versions == {
            "ru": ["1 версия", "3 версии", "11 версий"],
            "kk": ["1 нұсқа", "3 нұсқа", "11 нұсқа"],
            "en": ["1 version", "3 versions", "11 versions"],
        }[code]
    finally:
        install_language("en")


@pytest.mark.parametrize("code", LANGUAGES)
def test_qts_own_dialogs_speak_the_language_too(qapp, code: str):
    """Standard buttons (Cancel, Close, OK) come from Qt's qtbase translation, which PySide6 ships."""
    install_language(code)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == {"ru": "Отмена", "kk": "Бас тарту"}[code]
    finally:
        install_language("en")


def test_an_english_interface_needs_its_own_file_for_plurals(qapp):
    """Without qalam_en.qm, "%n article(s)" would show as written: "1 article(s)"."""
    translator = QTranslator()
    assert translator.load("qalam_en", str(update.TRANSLATIONS))
    assert translator.translate("ListController", "%Ln article(s)", "", 2) == "%Ln articles"


def test_every_export_format_is_offered_to_the_translators():
    """File ▸ Export names each format by the core registry's English words, translated through FORMAT_TEXTS."""
    from desktop.core.exports.registry import FORMATS
    from desktop.ui.exports.controller import FORMAT_TEXTS

    assert [t for fmt in FORMATS for t in (fmt.label, fmt.description) if t not in FORMAT_TEXTS] == []
