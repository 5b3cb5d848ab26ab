"""Regenerate the README's screenshots of the main window on the bundled sample dumps.

    python -m desktop.ui.screenshot [OUT_DIR]      (default: resources/screenshots)

Runs offscreen, on a throwaway library, with a few tags and a star set through core so the
picture shows what a library in use looks like; one PNG per theme. The coding pictures
(codebook-*.png, cooccurrence-*.png) show the samples coded by two coders. The corpus panel is shown
twice per theme: the concordance on the sample dumps, and the frequency chart on half a year
of dumps written here from the samples' sentences, with topics that rise and fall, so the
chart has a timeline to show. The parallel view (parallel-*.png) shows the Kazakhstan–Pakistan
item of the hand-aligned corpus (tests/data/alignment, so it is made from a checkout) in English
and Russian, the Russian republished with one figure changed, one segment re-paired by hand, and
the list of mismatches.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import sys
import tempfile
from pathlib import Path

TIMELINE_SOURCES = ("Enbekshi QazaQ", "Astana Herald")
TOPICS = {"constitution": "constitution", "treaties": r"treat|agreement", "language": "language"}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest

    from desktop.core import articles, saved_searches, tags
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
    saved_searches.create_saved_search(db, "Constitution debate", "constitution", saved_searches.FilterSpec())
    saved_searches.create_saved_search(db, "Shymkent, unread", "shymkent", saved_searches.FilterSpec(views=("unread",)))
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
    _language_shot(db_path, out_dir, ids[2], settings_folder=work / "settings")
    _coding_shots(db_path, out_dir)
    _parallel_shots(work, out_dir)
    _corpus_shots(out_dir, db_path, _timeline_library(work))
    app.quit()
    return 0


def _language_shot(db_path: Path, out_dir: Path, article: int, *, settings_folder: Path, language: str = "kk") -> None:
    """The main window in Kazakh (README ▸ Languages): the reader, the annotations and the concordance open.
    Its settings (the language, the open panels) are its own; the other pictures' folder is used again after."""
    from PySide6.QtTest import QTest

    from desktop.ui.app import create_main_window
    from desktop.ui.language.translators import install_language
    from desktop.ui.settings import Settings, use_settings_folder

    use_settings_folder(Path(tempfile.mkdtemp(prefix="qalam-shot-language-")))
    settings = Settings()
    settings.theme, settings.language = "light", language
    install_language(language)
    window = create_main_window(db_path, settings=settings)
    window.resize(1280, 720)
    window.show()
    window.set_search_text("constitution")
    window.article_list.select_article(article)
    window.annotations.dock.show()
    window.corpus.show_tab(0)
    _wait(lambda: window.corpus.kwic_model.rowCount() > 0)
    QTest.qWait(400)
    target = out_dir / f"main-{language}-light.png"
    window.grab().save(str(target))
    print(target)
    window.close()
    install_language("en")
    use_settings_folder(settings_folder)


def _coding_shots(db_path: Path, out_dir: Path, sizes: tuple[tuple[int, int], ...] = ((1280, 720),)) -> None:
    """The codebook beside a coded article, and the co-occurrence heat map with a cell opened."""
    import re

    from PySide6.QtTest import QTest

    from desktop.core.annotations import create_highlight
    from desktop.core.coding import codebook, codings
    from desktop.core.store import open_library
    from desktop.ui.app import create_main_window
    from desktop.ui.settings import Settings

    db = open_library(db_path)

    def code(name: str, parent=None, color: str | None = None, description: str = ""):
        return codebook.create_code(db, name, parent, color=color, description=description).code

    frames = code("Frames", color="#4363d8", description="How the article frames the new constitution.")
    conflict = code("Conflict", frames, "#e6194b", "Definition: opposing sides, criticism, dispute.\nInclude: objections, protests.\nExclude: neutral reporting of votes.")
    consensus = code("Consensus", frames, "#3cb44b", "Broad support, agreement, unity.")
    sovereignty = code("Sovereignty", frames, "#f58231")
    actors = code("Actors", color="#911eb4")
    deputies, experts, citizens = code("Deputies", actors, "#42d4f4"), code("Experts", actors, "#f032e6"), code("Citizens", actors, "#9a6324")
    economy = code("Economy", color="#469990")
    plan = [(consensus, deputies), (sovereignty, experts), (conflict, citizens), (consensus, experts), (sovereignty, deputies)]
    rows = db.execute(
        "SELECT a.id, v.id, v.text FROM articles a JOIN versions v ON v.id = (SELECT min(id) FROM versions WHERE article_id = a.id) ORDER BY a.id"
    ).fetchall()
    for n, (article, version, text) in enumerate(rows):
        for k, (s, e) in enumerate([m.span() for m in re.finditer(r"[^.!?\n]{40,260}[.!?]", text)][:6]):
            first, second = plan[(n + k) % len(plan)]
            codings.code_passage(db, article, version, s, e, [first, second] if k % 2 == 0 else [first], "Aigerim")
            if (n + k) % 3:
                codings.code_passage(db, article, version, s + 10 if e - s > 30 else s, e, [first], "Daniyar")
        if n % 3 == 0:
            codings.code_articles(db, [article], [economy], "Aigerim")
    murat = db.execute("SELECT id FROM articles WHERE title LIKE 'MURAT%'").fetchone()[0]
    version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [murat]).fetchone()
    start = text.index("We, together")
    create_highlight(db, murat, version, start, start + 74, 2, "The deputy's key claim")
    db.close()
    for theme in ("light", "dark"):
        for width, height in sizes:
            settings = Settings()
            settings.theme = theme
            settings.set("coding/coder", "Aigerim")
            window = create_main_window(db_path, settings=settings)
            window.resize(width, height)
            window.show()
            window.article_list.select_article(murat)
            window.coding.analysis_dock.hide()
            window.coding.dock.show()
            QTest.qWait(500)
            window.coding.panel.select_code(int(conflict))
            QTest.qWait(300)
            suffix = "" if (width, height) == sizes[0] else f"-{width}"
            window.grab().save(str(out_dir / f"codebook-{theme}{suffix}.png"))
            window.coding.show_analysis("cooccurrence")
            QTest.qWait(1000)
            tab = window.coding.analysis.cooccurrence
            if tab.matrix is not None and conflict in tab.matrix.codes and citizens in tab.matrix.codes:
                tab.open_cell(list(tab.matrix.codes).index(conflict), list(tab.matrix.codes).index(citizens))
            QTest.qWait(1000)
            window.grab().save(str(out_dir / f"cooccurrence-{theme}{suffix}.png"))
            print(out_dir / f"cooccurrence-{theme}{suffix}.png")
            window.close()


def _parallel_shots(work: Path, out_dir: Path, themes: tuple[str, ...] = ("light", "dark"), size: tuple[int, int] = (1280, 720)) -> None:
    """Parallel reading with drift badges, a corrected row and the mismatch list (the README's Translations)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from desktop.core.alignment import parallel_rows
    from desktop.core.alignment_corrections import add_correction
    from desktop.core.alignment_cuts import cuts_of, move_edit
    from desktop.core.drift import Side
    from desktop.core.pair_drift import newest_text
    from desktop.core.store import open_library
    from desktop.core.translations import link_translations
    from desktop.ui.app import create_main_window
    from desktop.ui.settings import Settings
    from tests.core.corpus_library import import_corpus, import_new_version

    def wait(ms: int) -> None:  # an event loop, which lets the read threads run (QTest.qWait holds the GIL)
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    folder = work / "editions"
    folder.mkdir()
    db = open_library(folder / "editions.sqlite")
    ids = import_corpus(db, folder)
    en, ru, kk = ids[("01", "en")], ids[("01", "ru")], ids[("01", "kk")]
    link_translations(db, en, ru)
    link_translations(db, en, kk)
    import_new_version(db, folder, "01", "ru", newest_text(db, ru).replace("стоимостью 108 млн долларов", "стоимостью 180 млн долларов"))
    left, right = newest_text(db, en), newest_text(db, ru)
    add_correction(db, en, ru, left, right, move_edit(left, right, cuts_of(parallel_rows(left, right)), 2, Side.RIGHT, up=True))
    db.close()
    for theme in themes:
        settings = Settings()
        settings.theme = theme
        window = create_main_window(folder / "editions.sqlite", settings=settings)
        window.show()
        window.compare.open_parallel(en, ru)
        view = window.findChild(QWidget, "compareView")
        view.resize(*size)
        wait(500)
        view.parallel.jump_to(next(m for m in view.pair.mismatches if m.text == "180 млн долларов"))
        wait(300)
        target = out_dir / f"parallel-{theme}.png"
        view.grab().save(str(target))
        print(target)
        view.close()
        window.close()


def _corpus_shots(out_dir: Path, samples_db: Path, timeline_db: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.core.corpus.frequency import Period
    from desktop.core.corpus.kwic import KwicSort
    from desktop.ui.app import create_main_window
    from desktop.ui.settings import Settings

    for theme in ("light", "dark"):
        settings = Settings()
        settings.theme = theme
        window = create_main_window(samples_db, settings=settings)
        window.resize(1400, 900)
        window.show()
        window.set_search_text("constitution")
        window.corpus.show_tab(0)
        window.corpus.kwic.set_sort(KwicSort.LEFT1)
        window.resizeDocks([window.corpus.dock], [430], Qt.Orientation.Vertical)
        _wait(lambda w=window: w.corpus.kwic_model.sorted_total is not None and w.corpus.kwic_model.rowCount() > 10)
        window.corpus.kwic.table.selectRow(3)
        window.corpus.openHitRequested.emit(*_hit_of(window, 3))
        QTest.qWait(300)
        target = out_dir / f"corpus-kwic-{theme}.png"
        window.grab().save(str(target))
        print(target)
        window.close()

        window = create_main_window(timeline_db, settings=settings)
        window.resize(1400, 900)
        window.show()
        pane = window.corpus.frequency
        pane.select_option(pane.by, Period.WEEK)
        pane.relative.setChecked(True)
        pane.compare.setText("treaties; language")
        window.set_search_text("constitution date:2026-02-01..2026-02-28")
        window.corpus.show_tab(1)
        window.resizeDocks([window.corpus.dock], [430], Qt.Orientation.Vertical)
        _wait(lambda p=pane: p.result() is not None and len(p.result().series) == 3)
        QTest.qWait(300)
        target = out_dir / f"corpus-chart-{theme}.png"
        window.grab().save(str(target))
        print(target)
        window.close()


def _wait(done, seconds: float = 30) -> None:
    import time

    from PySide6.QtTest import QTest

    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the corpus panel did not fill in time")
        QTest.qWait(50)
    QTest.qWait(200)


def _hit_of(window, row: int) -> tuple[int, int, int, int]:
    line = window.corpus.kwic_model.line(row)
    assert line is not None
    return int(line.article), int(line.version), line.start, line.end


def _timeline_library(work: Path) -> Path:
    """Half a year of daily dumps from two sites, written from the samples' sentences; each topic's share rises and falls."""
    from desktop.core.importer import import_paths
    from desktop.core.store import open_library
    from desktop.ui.resources import sample_dumps

    text = " ".join(path.read_text(encoding="utf-8") for path in sample_dumps())
    sentences = sorted(
        {s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 60 < len(s.strip()) < 300 and "\n" not in s.strip()}
    )
    by_topic = {name: [s for s in sentences if re.search(pattern, s, re.IGNORECASE)] for name, pattern in TOPICS.items()}
    plain = [s for s in sentences if not any(s in group for group in by_topic.values())]
    rng = random.Random(15)
    folder = work / "timeline"
    folder.mkdir()
    start = dt.date(2025, 9, 1)
    for day in range(181):
        date = start + dt.timedelta(days=day)
        progress = day / 180
        weights = {  # a referendum campaign, a treaty season in November, a language day in September
            "constitution": 0.04 + 0.5 * progress**3,
            "treaties": 0.25 * max(0.0, 1 - abs(day - 75) / 30),
            "language": 0.2 * max(0.0, 1 - abs(day - 21) / 14) + 0.03,
        }
        for site, source in enumerate(TIMELINE_SOURCES):
            lines = [source, "News More"]
            for number in range(6):
                body = []
                for _ in range(5):
                    roll, topic = rng.random(), None
                    for name, weight in weights.items():
                        if roll < weight * (0.7 if site else 1.0):
                            topic = name
                            break
                        roll -= weight
                    body.append(rng.choice(by_topic[topic] if topic and by_topic[topic] else plain))
                title = " ".join(body[0].split()[:8]).rstrip(",.;:") + f" ({number + 1})"
                lines += [f"{title} {date:%d.%m.%Y}", " ".join(body)]
            (folder / f"{day:03d}_{site}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = work / "timeline.sqlite"
    db = open_library(path)
    import_paths(db, [folder])
    db.close()
    return path


if __name__ == "__main__":
    sys.exit(main())
