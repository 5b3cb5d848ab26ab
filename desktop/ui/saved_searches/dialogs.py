"""The dialog that names a saved search, and edits what it searches for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.article_query import LibraryView
from desktop.core.saved_searches import FilterSpec, MissingEntries
from desktop.ui.sidebar.sidebar import LIBRARY_ENTRIES

# The sidebar's own names for its fixed entries (its "Edited" entry sits below "Several versions").
_VIEW_NAMES = {view.value: label for view, label, _icon in LIBRARY_ENTRIES} | {LibraryView.EDITED.value: "Edited"}


class SpecWords(QObject):
    """A saved search's sidebar part in the interface language (a class: lupdate finds plural texts only in self.tr)."""

    def describe(self, spec: FilterSpec) -> str:
        """A sidebar filter in words: "Unread + Enbekshi QazaQ + not politics"."""
        parts = [QCoreApplication.translate("Sidebar", _VIEW_NAMES.get(view, view)) for view in spec.views]
        parts += list(spec.sources)
        parts += [f"{name} ({source})" for source, name in spec.sections]
        parts += [name for _uuid, name in spec.tags]
        parts += [self.tr("not %1").replace("%1", name) for _uuid, name in spec.excluded_tags]
        if spec.dumps:
            parts.append(self.tr("%Ln import(s)", "", len(spec.dumps)))
        return " + ".join(parts) if parts else QCoreApplication.translate("Sidebar", "All articles")

    def missing(self, missing: MissingEntries) -> str:
        """The entries no longer in the library, named ("tag “law”, an import")."""
        named = [self.tr("source “%1”").replace("%1", s) for s in missing.sources]
        named += [self.tr("section “%1” of %2").replace("%1", n).replace("%2", s) for s, n in missing.sections]
        named += [self.tr("tag “%1”").replace("%1", n) for n in missing.tags]
        named += [self.tr("an import")] if missing.an_import else []
        return ", ".join(named)


def describe_spec(spec: FilterSpec) -> str:
    return SpecWords().describe(spec)


class SavedSearchDialog(QDialog):
    """Name (always), search text (when `query` is given) and, in an edit, whether to take the sidebar filter now on."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        name: str,
        query: str | None,
        spec: FilterSpec | None,
        current: FilterSpec | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("savedSearchDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self._spec = spec
        self._current = current
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("savedSearchName")
        self.name_edit.selectAll()
        form.addRow(self.tr("Name:"), self.name_edit)
        self.query_edit = QLineEdit(query or "", self)
        self.query_edit.setObjectName("savedSearchQuery")
        self.query_edit.setPlaceholderText(self.tr('words, "phrases", tag:, date:… (as in the search box)'))
        if query is not None:
            form.addRow(self.tr("Search:"), self.query_edit)
        else:
            self.query_edit.hide()
        self.use_current = QCheckBox(self)
        self.use_current.setObjectName("savedSearchUseCurrent")
        if spec is not None:
            shown = QLabel(describe_spec(spec), self)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # tag and source names come from users and dumps
            shown.setWordWrap(True)
            form.addRow(self.tr("Sidebar:"), shown)
            if current is not None and current != spec:
                self.use_current.setText(
                    self.tr("Use the sidebar filter now on instead: %1").replace("%1", describe_spec(current))
                )
                form.addRow("", self.use_current)
        self.use_current.setVisible(current is not None and spec is not None and current != spec)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        self._ok.setEnabled(bool(name.strip()))

    def _accept(self) -> None:
        if self.name().strip():
            self.accept()

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def query(self) -> str:
        return self.query_edit.text().strip()

    def chosen_spec(self) -> FilterSpec | None:
        """The sidebar filter to keep: the one now on if ticked, else unchanged (None)."""
        return self._current if self.use_current.isChecked() and self._current is not None else None
