"""A small library whose every count is known: articles written for the corpus tests.

Each article is (source, date, title, paragraphs); printing the same title again on the same
date with another text makes a second version of that article, as a dump would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.importer import FileStatus, import_paths
from desktop.core.store import open_library
from tests.dump_factory import article_lines, dump_text, write_dump

Article = tuple[str, dt.date, str, list[str]]


def build_library(path: Path, dumps: list[list[Article]]) -> Database:
    """One dump per list, in order; each dump's articles grouped by source (one file per source)."""
    db = open_library(path)
    folder = path.parent / "dumps"
    for number, articles in enumerate(dumps):
        sources = dict.fromkeys(a[0] for a in articles)
        for i, source in enumerate(sources):
            lines = [article_lines(title, date, paragraphs) for s, date, title, paragraphs in articles if s == source]
            write_dump(folder / f"{number:03d}_{i}.txt", dump_text(source, {"News": lines}))
    report = import_paths(db, sorted(folder.glob("*.txt")))
    assert all(f.status is FileStatus.IMPORTED for f in report.files), report.summary()
    return db


@pytest.fixture
def make_library(tmp_path: Path) -> Callable[[list[list[Article]]], Database]:
    opened: list[Database] = []

    def make(dumps: list[list[Article]]) -> Database:
        db = build_library(tmp_path / f"lib{len(opened)}.sqlite", dumps)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


def article_id(db: Database, title: str) -> int:
    return int(db.execute("SELECT id FROM articles WHERE title = ?", [title]).fetchone()[0])
