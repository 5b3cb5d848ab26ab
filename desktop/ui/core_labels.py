"""Values of the core described in the interface language (core's own descriptions are English, for the CLI).

A text with a number in it ("%n word(s)") is written `self.tr(text, comment, n)` inside a QObject
class: that is the only form in which Qt's lupdate finds a plural text in Python (it reads no
numerus from QCoreApplication.translate), and the class's name is the context it files it under.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.core.articles import Occurrence
from desktop.core.version_compare import ChangeClass, Classification


class ChangeLabels(QObject):
    """The context of this module's texts with a number."""

    def edited(self, words: int) -> str:
        return self.tr("edited, %n word(s) changed", "", words)


def class_label(classification: Classification) -> str:
    """"edited, 3 words changed", "punctuation/quotes only", …"""

    if classification.change_class is ChangeClass.EDITED:
        return ChangeLabels().edited(classification.words_changed)
    if classification.change_class is ChangeClass.IDENTICAL:
        return QCoreApplication.translate("ChangeLabels", "identical text")
    if classification.change_class is ChangeClass.WHITESPACE:
        return QCoreApplication.translate("ChangeLabels", "whitespace only")
    return QCoreApplication.translate("ChangeLabels", "punctuation/quotes only")


def place_label(occurrence: Occurrence) -> str:
    """Where a version was printed: "000_….txt · News · line 12"."""
    section = occurrence.section or QCoreApplication.translate("ChangeLabels", "no section")
    where = f"{occurrence.dump} · {section}"
    if occurrence.line is None:
        return where
    return where + " · " + QCoreApplication.translate("ChangeLabels", "line %1").replace("%1", str(occurrence.line))


# The six highlight colours' names as a new library has them: shown in the interface language until
# the user renames them (Edit ▸ Highlight Colour Names); a name the user chose is shown as it is.
DEFAULT_COLOR_NAMES = (
    QT_TRANSLATE_NOOP("HighlightColors", "highlight"),
    QT_TRANSLATE_NOOP("HighlightColors", "claim"),
    QT_TRANSLATE_NOOP("HighlightColors", "term"),
    QT_TRANSLATE_NOOP("HighlightColors", "question"),
    QT_TRANSLATE_NOOP("HighlightColors", "evidence"),
    QT_TRANSLATE_NOOP("HighlightColors", "follow up"),
)


def color_name(name: str) -> str:
    """A highlight colour's name as shown: a default name translated, the user's own unchanged."""
    return QCoreApplication.translate("HighlightColors", name) if name in DEFAULT_COLOR_NAMES else name
