"""Regenerate the README's screenshots of the main window on the bundled sample dumps.

    python -m desktop.ui.screenshot [OUT_DIR]      (default: resources/screenshots)

Runs offscreen, on a throwaway library, with a few tags and a star set through core so the
picture shows what a library in use looks like; one PNG per theme.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest

    from desktop.core import articles, tags
    from desktop.core.ids import ArticleId
    from desktop.core.store import open_library
    from desktop.ui.app import build_demo_library, create_main_window, make_application
    from desktop.ui.resources import resources_dir
    from desktop.ui.settings import Settings, use_settings_folder

    out_dir = Path(args[0]) if args else resources_dir() / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="qalam-shot-"))
    use_settings_folder(work / "settings")
    app = make_application()
    db_path = build_demo_library(work)
    db = open_library(db_path)
    ids = [ArticleId(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY id")]
    tags.add_tag(db, ids[2:5], "constitution")
    tags.add_tag(db, ids[2:3], "people/murat abenov")
    tags.set_tag_color(db, tags.ensure_tag(db, "constitution"), "#0969da")
    tags.add_tag(db, ids[0:1], "economy")
    articles.set_starred(db, ids[2:3], True)
    articles.set_read(db, ids[5:], True)
    db.close()
    for theme in ("light", "dark"):
        settings = Settings()
        settings.theme = theme
        window = create_main_window(db_path, settings=settings)
        window.resize(1400, 860)
        window.show()
        window.article_list.select_article(ids[2])
        window.search_box.setText("constitution")
        window.search_box.apply_now()
        window.article_list.select_article(ids[2])
        QTest.qWait(400)
        target = out_dir / f"main-{theme}.png"
        window.grab().save(str(target))
        print(target)
        window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
