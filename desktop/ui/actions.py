"""The action registry: every command of the app, by id, with its text, keys, icon and help.

Controllers register their actions here; the main window builds its menus and toolbar from
ids (never from menu titles, which translation changes), and Help ▸ Keyboard Shortcuts (F1)
is generated from the same specs, so a key is written in one place and listed in F1 by
construction. Gestures that are not actions (Ctrl-click in the sidebar) are registered too,
for F1 only.

Texts are source strings marked with QT_TRANSLATE_NOOP, translated when the QAction is made
and again on `retranslate()`, which the registry runs itself when the language changes (it is
a child of the window, so it receives LanguageChange), for the actions and the menu bar's menus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from desktop.ui.resources import themed_icon
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.theme import Palette

CONTEXT = "Actions"
Key = str | QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ActionSpec:
    id: str  # "article.star": the area, then the verb
    text: str  # menu text, with & before the mnemonic
    group: str  # the heading F1 lists it under ("Articles", "Reader", "Compare view", ...)
    keys: tuple[Key, ...] = ()
    icon: str | None = None
    tip: str = ""
    help: str = ""  # F1's description; by default the text without & and …
    checkable: bool = False
    role: QAction.MenuRole | None = None

    @property
    def description(self) -> str:
        return self.help or self.text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


@dataclass(frozen=True)
class Gesture:
    """A key or mouse gesture that is not an action, listed in F1."""

    keys: str
    description: str
    group: str


@dataclass
class _Entry:
    spec: ActionSpec
    action: QAction | None  # None while only declared (a window not yet opened)
    text: str = field(default="")  # a text set at run time (a colour's name), else the spec's


def key_text(key: Key) -> str:
    """A key as the user reads it, on this platform ("Ctrl+O", "⌘O")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class ActionRegistry(RetranslatingObject, QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._entries: dict[str, _Entry] = {}
        self._gestures: list[Gesture] = []
        self._menus: dict[str, QMenu] = {}
        self._bar_menus: list[QMenu] = []
        self._icon_color = "#3c4043"

    # --- registering ------------------------------------------------------------------------------
    def add(self, spec: ActionSpec, slot: Callable[..., object] | None = None, *, widget: QWidget | None = None) -> QAction:
        """Make the QAction for a spec; its shortcut works in `widget`'s window (the main window by default)."""
        owner = widget or self._window
        action = QAction(owner)
        action.setObjectName(spec.id)
        if spec.checkable:
            action.setCheckable(True)
        if slot is not None:
            action.triggered.connect(slot)
        owner.addAction(action)  # shortcuts work even with the menu bar hidden
        return self.adopt(spec, action)

    def declare(self, spec: ActionSpec) -> None:
        """Announce an action of a window made later (the compare view), so F1 lists it from the start."""
        if spec.id in self._entries:
            raise ValueError(f"two actions with the id {spec.id}")
        self._entries[spec.id] = _Entry(spec, None)

    def adopt(self, spec: ActionSpec, action: QAction) -> QAction:
        """Register an action made elsewhere (Qt's undo actions, a dock's toggle)."""
        known = self._entries.get(spec.id)
        if known is not None and (known.action is not None or known.spec != spec):
            raise ValueError(f"two actions with the id {spec.id}")
        action.setObjectName(spec.id)
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.role is not None:
            action.setMenuRole(spec.role)
        if spec.icon:
            action.setIcon(themed_icon(spec.icon, self._icon_color))
        self._entries[spec.id] = _Entry(spec, action)
        self._apply_text(self._entries[spec.id])
        return action

    def add_gesture(self, keys: str, description: str, group: str) -> None:
        self._gestures.append(Gesture(keys, description, group))

    def add_menu(self, menu_id: str, menu: QMenu) -> None:
        """A submenu a controller fills (File ▸ Export, Article ▸ Highlight Selection), placed by id."""
        self._menus[menu_id] = menu

    # --- looking up ----------------------------------------------------------------------------------
    def action(self, action_id: str) -> QAction:
        action = self._entries[action_id].action
        if action is None:
            raise KeyError(f"{action_id} is declared but not made yet")
        return action

    def spec(self, action_id: str) -> ActionSpec:
        return self._entries[action_id].spec

    def specs(self) -> list[ActionSpec]:
        return [e.spec for e in self._entries.values()]

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    def gestures(self) -> list[Gesture]:
        return list(self._gestures)

    def set_text(self, action_id: str, text: str) -> None:
        """A text decided at run time (already translated): "Highlight as claim"."""
        entry = self._entries[action_id]
        entry.text = text
        self._apply_text(entry)

    # --- menus and toolbars ---------------------------------------------------------------------------
    def fill(self, target: QMenu | QToolBar, items: tuple[str, ...]) -> None:
        """Add items by id: an action id, "-" for a separator, "@menu" for a registered submenu."""
        for item in items:
            if item == "-":
                target.addSeparator()
            elif item.startswith("@"):
                menu = self._menus[item[1:]]
                if isinstance(target, QMenu):
                    target.addMenu(menu)
            else:
                target.addAction(self.action(item))

    def build_menu_bar(self, bar: QMenuBar, layout: tuple[tuple[str, str, tuple[str, ...]], ...]) -> dict[str, QMenu]:
        """Menus from (id, title, items); returns the menus by id."""
        menus = {}
        for menu_id, title, items in layout:
            menu = bar.addMenu(tr(title))
            menu.setObjectName(f"menu.{menu_id}")
            menu.setProperty("source_title", title)
            self._bar_menus.append(menu)
            self.fill(menu, items)
            menus[menu_id] = menu
        return menus

    # --- appearance -------------------------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._icon_color = palette.icon
        for entry in self._entries.values():
            if entry.spec.icon and entry.action is not None:
                entry.action.setIcon(themed_icon(entry.spec.icon, palette.icon))

    def retranslate(self) -> None:
        for entry in self._entries.values():
            self._apply_text(entry)
        for menu in self._bar_menus:
            menu.setTitle(tr(menu.property("source_title")))

    def _apply_text(self, entry: _Entry) -> None:
        action, spec = entry.action, entry.spec
        if action is None:
            return
        action.setText(entry.text or tr(spec.text))
        tip = tr(spec.tip) if spec.tip else ""
        keys = ", ".join(key_text(k) for k in spec.keys)
        if tip:
            action.setStatusTip(tip)
        shown = tip or (entry.text or tr(spec.text)).replace("&", "").rstrip("…")
        action.setToolTip(f"{shown} ({keys})" if keys else shown)

    # --- F1 ---------------------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, description) of every action with a key, and every gesture, grouped in registry order."""
        rows: list[tuple[str, str, str]] = []
        for entry in self._entries.values():
            keys = entry.action.shortcuts() if entry.action is not None else [QKeySequence(k) for k in entry.spec.keys]
            if keys:
                text = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                description = entry.text.replace("&", "") if entry.text else tr(entry.spec.description)
                rows.append((entry.spec.group, text, description))
        rows.extend((g.group, tr(g.keys), tr(g.description)) for g in self._gestures)
        order = list(dict.fromkeys(group for group, _, _ in rows))
        return sorted(rows, key=lambda r: order.index(r[0]))

