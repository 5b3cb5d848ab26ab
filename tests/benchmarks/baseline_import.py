"""The baseline importer: the least a dump importer can do, as a yardstick for Qalam's.

Plain `sqlite3`, one transaction per dump, INSERT OR IGNORE of articles, versions and
occurrences, and an FTS5 external-content index over the versions kept by a trigger. No
encoding detection, no warnings, no reports, no counters, no identity normalisation beyond
lower case: anything Qalam's import does beyond this is what the 1.2× budget pays for.

    python -m tests.benchmarks.baseline_import LIBRARY.sqlite DUMP_FOLDER
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import sys
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, site TEXT NOT NULL, date TEXT, title TEXT NOT NULL, key TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY, article_key TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, title TEXT NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS occurrences (
    dump TEXT NOT NULL, position INTEGER NOT NULL, section TEXT, version_sha256 TEXT NOT NULL, PRIMARY KEY (dump, position)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
    title, text, content='versions', content_rowid='id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS versions_ai AFTER INSERT ON versions BEGIN
    INSERT INTO search_index(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""

_TITLE = re.compile(r"^(.*\S)\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_SECTION = re.compile(r"^(\S.{0,78}?)\s+More$")
_SOURCE = re.compile(r"Source\s*:\s*https?://\S+\s*$")


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.executescript(SCHEMA)
    return conn


def import_dump(conn: sqlite3.Connection, path: Path) -> int:
    """Import one dump in one transaction; returns how many articles it printed."""
    lines = path.read_bytes().decode("utf-8").splitlines()
    site = lines[0].strip()
    dump = path.name
    section = None
    articles, versions, occurrences = [], [], []
    pending: tuple[str, str, str] | None = None  # key, title, date
    body: list[str] = []

    def flush() -> None:
        if pending is None:
            return
        key, title, date = pending
        text = "\n".join(body)
        digest = hashlib.sha256(f"{key}\0{text}".encode()).hexdigest()
        articles.append((site, date, title, key))
        versions.append((key, digest, title, text))
        occurrences.append((dump, len(occurrences), section, digest))

    for raw in lines[1:]:
        line = raw.strip()
        if not line:
            continue
        m = _SECTION.match(line) if len(line) <= 100 else None
        if m:
            flush()
            pending, body, section = None, [], m.group(1)
            continue
        t = _TITLE.match(line) if len(line) <= 400 else None
        if t:
            flush()
            title, date = t.group(1), f"{t.group(4)}-{int(t.group(3)):02d}-{int(t.group(2)):02d}"
            pending, body = (f"{site}\0{date}\0{title.lower()}", title, date), []
            continue
        body.append(_SOURCE.sub("", line))
    flush()

    conn.execute("BEGIN")
    conn.executemany("INSERT OR IGNORE INTO articles (site, date, title, key) VALUES (?, ?, ?, ?)", articles)
    conn.executemany("INSERT OR IGNORE INTO versions (article_key, sha256, title, text) VALUES (?, ?, ?, ?)", versions)
    conn.executemany("INSERT OR IGNORE INTO occurrences (dump, position, section, version_sha256) VALUES (?, ?, ?, ?)", occurrences)
    conn.execute("COMMIT")
    return len(occurrences)


def import_folder(library: Path, folder: Path) -> int:
    """Import every *.txt dump of a folder in name order; returns the number of prints."""
    conn = connect(library)
    try:
        return sum(import_dump(conn, path) for path in sorted(folder.glob("*.txt")))
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    library, folder = Path(argv[0]), Path(argv[1])
    start = time.perf_counter()
    prints = import_folder(library, folder)
    print(f"{prints} prints in {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
