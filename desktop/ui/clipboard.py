"""Rich text on the clipboard without a crash on quit.

The clipboard owns what is put on it and deletes it only in Qt's own exit handlers, after Python
has finalised. A `QMimeData` made in Python is a shiboken subclass whose destructor calls back into
Python, so deleting it then crashes the app on quit (seen on the offscreen platform: exit code 139
after Copy Citation). Data that C++ allocated has no such destructor; a plain item model makes it.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel


def put_rich_text(plain: str, html: str) -> None:
    """Put `plain` and `html` on the clipboard as one item, for editors that paste either."""
    model = QStandardItemModel()
    model.appendRow(QStandardItem())
    mime: QMimeData = model.mimeData([model.index(0, 0)])  # allocated by C++: see the module docstring
    for kind in mime.formats():
        mime.removeFormat(kind)
    mime.setText(plain)
    mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)
