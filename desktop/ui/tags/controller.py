"""Tag workflows: tagging articles, and renaming, recolouring, merging and deleting tags — all undoable.

Each edit runs as a write op and returns a `TagEdit` whose `before` snapshot is what undo puts
back (core/tags.py); restoring returns the snapshot it replaced, which is what redo puts back.
So Ctrl+Z after deleting a tag brings back the tag, its colour and every article it was on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMenu, QWidget
from sqlite_utils import Database

from desktop.core import tags as tag_ops
from desktop.core.ids import ArticleId, TagId
from desktop.core.tags import TagEdit, TagError, TagSnapshot
from desktop.ui.actions import ActionSpec
from desktop.ui.dialogs import ask_item, confirm, inform
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession
from desktop.ui.tags.dialogs import TagNameDialog

ACTIONS = (
    ActionSpec("tags.add", QT_TRANSLATE_NOOP("Actions", "Add &Tag…"), QT_TRANSLATE_NOOP("Actions", "Articles"), ("T",), "tag",
               help=QT_TRANSLATE_NOOP("Actions", "tag the selected articles")),
)  # fmt: skip


class _TagCommand(QUndoCommand):
    """A tag edit; undo and redo swap the library between the two snapshots.

    The snapshots are handed over inside the write ops, on the writer thread, which runs ops in
    the order they were queued: an undo pressed before the edit finished still finds its snapshot.
    """

    def __init__(self, controller: TagsController, text: str, op: Callable[[Database], TagEdit]) -> None:
        super().__init__(text)
        self.controller, self.op = controller, op
        self.before: TagSnapshot | None = None
        self.after: TagSnapshot | None = None

    def redo(self) -> None:
        def op(db: Database) -> TagEdit:
            edit = self.op(db) if self.after is None else tag_ops.restore_tags(db, self.after)
            self.before = edit.before
            return edit

        self.controller.run(op)

    def undo(self) -> None:
        def op(db: Database) -> TagEdit | None:
            if self.before is None:
                return None  # the edit failed: nothing to undo
            edit = tag_ops.restore_tags(db, self.before)
            self.after = edit.before
            return edit

        self.controller.run(op)


class TagsController(RetranslatingObject, QObject):
    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        session.actions.add(ACTIONS[0], self.add_tag_to_targets)
        self.remove_menu = QMenu(parent)
        self.remove_menu.setObjectName("tags.remove")
        self.remove_menu.aboutToShow.connect(self._fill_remove_menu)
        session.actions.add_menu("tags.remove", self.remove_menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.remove_menu.setTitle(self.tr("Remove Tag"))

    def _names(self) -> list[str]:
        return [t.name for t in tag_ops.list_tags(self.session.db)]

    def run(self, op: Callable[[Database], TagEdit | None]) -> None:
        self.session.write(op, None, self._error)

    def _push(self, text: str, op: Callable[[Database], TagEdit]) -> None:
        self.session.undo_stack.push(_TagCommand(self, text, op))

    def _error(self, error: BaseException) -> None:
        inform(self._parent, self.tr("Tags"), str(error) if isinstance(error, ValueError) else f"{type(error).__name__}: {error}")

    # --- tagging -------------------------------------------------------------------------------------
    @Slot()
    def add_tag_to_targets(self) -> None:
        ids = self.session.targets()
        if not ids:
            self.session.say(self.tr("Select articles to tag first."), 4000)
            return
        prompt = self.tr("Tag %n article(s) with:", "", len(ids))
        dialog = TagNameDialog(self._parent, self.tr("Add Tag"), prompt, self._names())
        if dialog.exec() and dialog.name():
            self.tag_articles(ids, dialog.name())
        dialog.deleteLater()

    def tag_articles(self, ids: list[ArticleId], name: str) -> None:
        try:
            clean = tag_ops.clean_tag_name(name)
        except TagError as exc:
            inform(self._parent, self.tr("Add Tag"), str(exc))
            return
        self._push(self.tr("Tag “%1”").replace("%1", clean), lambda db: tag_ops.add_tag(db, ids, clean))

    @Slot(int, list)
    def tag_articles_by_id(self, tag: int, ids: list) -> None:
        """Articles dropped on a tag in the sidebar."""
        name = next((t.name for t in tag_ops.list_tags(self.session.db) if t.id == tag), None)
        if name is not None:
            self.tag_articles([ArticleId(int(i)) for i in ids], name)

    def remove_tag(self, ids: list[ArticleId], tag: TagId) -> None:
        name = next((t.name for t in tag_ops.list_tags(self.session.db) if t.id == tag), str(tag))
        self._push(self.tr("Remove Tag “%1”").replace("%1", name), lambda db: tag_ops.remove_tag(db, ids, tag))

    @Slot(int, int)
    def remove_tag_from(self, article: int, tag: int) -> None:
        """A tag chip's ✕ in the reader."""
        self.remove_tag([ArticleId(article)], TagId(tag))

    def _fill_remove_menu(self) -> None:
        self.remove_menu.clear()
        ids = self.session.targets()
        placeholders = ",".join("?" * len(ids))
        rows = self.session.db.execute(
            f"SELECT DISTINCT t.id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id IN ({placeholders})"
            " AND at.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.name COLLATE casefold",
            ids,
        ).fetchall() if ids else []  # fmt: skip
        for tag, name in rows:
            self.remove_menu.addAction(name, lambda t=tag, i=list(ids): self.remove_tag(i, TagId(t)))
        if not rows:
            self.remove_menu.addAction(self.tr("No tags")).setEnabled(False)

    # --- the tags themselves ------------------------------------------------------------------------------
    def _tag(self, tag: int):
        return next((t for t in tag_ops.list_tags(self.session.db) if t.id == tag), None)

    @Slot(int)
    def rename_tag(self, tag: int) -> None:
        info = self._tag(tag)
        if info is None:
            return
        prompt = self.tr("Rename “%1” to (an existing name merges the two):").replace("%1", info.name)
        dialog = TagNameDialog(self._parent, self.tr("Rename Tag"), prompt, self._names(), info.name)
        if dialog.exec() and dialog.name() and dialog.name() != info.name:
            new = dialog.name()
            self._push(self.tr("Rename Tag “%1”").replace("%1", info.name), lambda db: tag_ops.rename_tag(db, TagId(tag), new))
        dialog.deleteLater()

    @Slot(int, str)
    def recolor_tag(self, tag: int, color: str) -> None:
        self._push(self.tr("Recolour Tag"), lambda db: tag_ops.set_tag_color(db, TagId(tag), color or None))

    @Slot(int)
    def merge_tag(self, tag: int) -> None:
        tags = tag_ops.list_tags(self.session.db)
        source = next((t for t in tags if t.id == tag), None)
        others = [t for t in tags if t.id != tag]
        if source is None or not others:
            self.session.say(self.tr("There is no other tag to merge into."), 4000)
            return
        label = self.tr("Move the %Ln article(s) tagged “%1” to:", "", source.article_count).replace("%1", source.name)
        name = ask_item(self._parent, self.tr("Merge Tag"), label, [t.name for t in others])
        if name is not None:
            target = next(t.id for t in others if t.name == name)
            self._push(self.tr("Merge Tag “%1”").replace("%1", source.name), lambda db: tag_ops.merge_tags(db, [TagId(tag)], target))

    @Slot(int)
    def delete_tag(self, tag: int) -> None:
        info = self._tag(tag)
        if info is None:
            return
        text = self.tr("Delete the tag “%1”? It is removed from %Ln article(s); the articles stay. Edit ▸ Undo brings it back.", "", info.article_count)
        if confirm(self._parent, self.tr("Delete Tag"), text.replace("%1", info.name), self.tr("Delete Tag")):
            self._push(self.tr("Delete Tag “%1”").replace("%1", info.name), lambda db: tag_ops.delete_tag(db, TagId(tag)))
