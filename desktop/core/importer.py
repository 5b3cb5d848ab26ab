"""Import dump files into the library: idempotent, atomic per dump, and reporting per file.

Each dump is written in one transaction, so a crash or a kill leaves every dump either fully
in the library or not in it at all. A dump is identified by the sha256 of its decompressed
bytes, which makes re-importing a folder (or a renamed or re-compressed copy) a no-op.

Identity rules (see schema.py): an article is source + date + normalised title; each distinct
body text is a version of it; each place the article was printed is an occurrence. A variant
is never dropped as a duplicate: a new text becomes a new version.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlite_utils import Database

from desktop.core.annotations import anchor_new_version
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.ids import ArticleId, DumpId, SectionId, SourceId, VersionId
from desktop.core.import_log import printable_path, record_file
from desktop.core.import_prep import DumpPreparer, PreparedDump, parallel_workers, prepare_dump

DUMP_SUFFIXES = (".txt", ".txt.gz")


class FileStatus(Enum):
    IMPORTED = "imported"
    ALREADY_IMPORTED = "already imported"
    ERROR = "error"


@dataclass(frozen=True)
class FileReport:
    path: Path
    status: FileStatus
    dump_id: DumpId | None = None
    new_articles: int = 0
    new_versions: int = 0
    occurrences: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None
    encoding: str | None = None
    # Articles that are new or gained a version or an occurrence: what views must refresh.
    changed_articles: frozenset[ArticleId] = frozenset()

    @property
    def change(self) -> Change:
        """What the file changed in the library, for the views."""
        if self.status is not FileStatus.IMPORTED:
            return Change()
        return Change.of_import(self.changed_articles, rows_added=self.new_articles > 0)

    def summary(self) -> str:
        """One line for the command line and the import log."""
        name = self.path.name
        if self.status is FileStatus.ERROR:
            return f"error    {name}: {self.error}"
        if self.status is FileStatus.ALREADY_IMPORTED:
            return f"already  {name}: already imported ({self.error or 'same content'})"
        counts = f"{self.new_articles} new articles, {self.new_versions} new versions, {self.occurrences} occurrences"
        if self.warnings:
            return f"warnings {name}: {counts}, {len(self.warnings)} warning{'s' * (len(self.warnings) != 1)}"
        return f"imported {name}: {counts}"


@dataclass(frozen=True)
class ImportProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: Path | None


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileReport, ...]
    cancelled: bool = False

    @property
    def failed(self) -> bool:
        return any(f.status is FileStatus.ERROR for f in self.files)

    def count(self, status: FileStatus) -> int:
        return sum(f.status is status for f in self.files)

    @property
    def changed_articles(self) -> frozenset[ArticleId]:
        return frozenset().union(*(f.changed_articles for f in self.files))

    def summary(self) -> str:
        parts = [
            f"{self.count(FileStatus.IMPORTED)} imported",
            f"{self.count(FileStatus.ALREADY_IMPORTED)} already imported",
            f"{self.count(FileStatus.ERROR)} failed",
        ]
        totals = (
            f"{sum(f.new_articles for f in self.files)} new articles, "
            f"{sum(f.new_versions for f in self.files)} new versions, "
            f"{sum(f.occurrences for f in self.files)} occurrences"
        )
        tail = " (cancelled)" if self.cancelled else ""
        return f"{len(self.files)} files: {', '.join(parts)}; {totals}{tail}"


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]


def is_dump_file(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(DUMP_SUFFIXES)


def find_dump_files(paths: Iterable[Path | str]) -> list[Path]:
    """Expand folders recursively to their dumps, in name order (dump names sort by date)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted((p for p in path.rglob("*") if p.is_file() and is_dump_file(p)), key=lambda p: str(p)))
        else:
            found.append(path)
    return found


def import_paths(
    db: Database,
    paths: Sequence[Path | str],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    on_file: Callable[[FileReport], None] | None = None,
    log: bool = True,
    workers: int | None = None,
) -> ImportReport:
    """Import files and folders; one bad file never stops the others. Cancels between dumps.

    Each file's report goes to `on_file` as soon as its dump is committed, and, with `log`,
    into the library's import log. `workers` is how many processes parse ahead of the writer
    (0: parse in this thread); by default large imports get some and small ones none.
    """
    files = find_dump_files(paths)
    sizes = [_size(p) for p in files]
    total = sum(sizes)
    reports: list[FileReport] = []
    done_bytes = 0
    # Parsing runs ahead in worker processes (import_prep.py); this thread only writes.
    if workers is None:
        workers = parallel_workers(len(files), total)
    with _import_settings(db), DumpPreparer(files, _known_dumps(db), workers) as preparer:
        for index, (path, size) in enumerate(zip(files, sizes, strict=True)):
            if cancel is not None and cancel():
                return ImportReport(tuple(reports), cancelled=True)
            if progress is not None:
                progress(ImportProgress(index, len(files), done_bytes, total, path))
            report = _import_prepared(db, preparer.get(index), preparer)
            if log:
                record_file(db, report)
            reports.append(report)
            if on_file is not None:
                on_file(report)
            done_bytes += size
    if progress is not None:
        progress(ImportProgress(len(files), len(files), done_bytes, total, None))
    return ImportReport(tuple(reports))


IMPORT_CACHE_KIB = 64 * 1024
IMPORT_CHECKPOINT_PAGES = 16_384  # about 64 MB of WAL between checkpoints, instead of SQLite's 4 MB


@contextmanager
def _import_settings(db: Database) -> Iterator[None]:
    """For the length of an import: a page cache that holds the hot parts of the indexes a
    million articles need (SQLite's default is 2 MB), and fewer, larger WAL checkpoints."""
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    checkpoint = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    db.execute(f"PRAGMA wal_autocheckpoint = {IMPORT_CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        db.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")


def import_file(db: Database, path: Path) -> FileReport:
    """Import one dump in one transaction; every failure becomes a report, never an exception."""
    with DumpPreparer([path], {}, 0) as preparer:
        return _import_prepared(db, preparer.get(0), preparer)


def _known_dumps(db: Database) -> dict[str, str]:
    return {row[0]: row[1] for row in db.execute("SELECT sha256, file_name FROM dumps")}


def _import_prepared(db: Database, prepared: PreparedDump, preparer: DumpPreparer) -> FileReport:
    path = prepared.path
    if prepared.error is not None:
        return FileReport(path, FileStatus.ERROR, error=prepared.error, encoding=prepared.encoding)
    existing = db.execute("SELECT file_name FROM dumps WHERE sha256 = ?", [prepared.sha256]).fetchone()
    if existing is not None:
        same = "same content" if existing[0] == path.name else f"same content as {existing[0]}"
        return FileReport(path, FileStatus.ALREADY_IMPORTED, error=same, encoding=prepared.encoding)
    if prepared.already is not None:
        # The worker saw it in the library when the import started, and now it is gone: parse it here.
        prepared = prepare_dump(path)
        if prepared.error is not None:
            return FileReport(path, FileStatus.ERROR, error=prepared.error, encoding=prepared.encoding)
    try:
        with db.atomic():
            return _write_dump(db, prepared, preparer)
    except sqlite3.IntegrityError as exc:
        # Another process imported the same content between our check and our write.
        if "dumps.sha256" in str(exc):
            return FileReport(path, FileStatus.ALREADY_IMPORTED, error="imported meanwhile by another process")
        return FileReport(path, FileStatus.ERROR, error=f"library error, nothing imported: {exc}")
    except sqlite3.Error as exc:
        return FileReport(path, FileStatus.ERROR, error=f"library error, nothing imported: {exc}")
    except Exception as exc:  # the transaction rolled back; one odd file must not stop the others
        return FileReport(path, FileStatus.ERROR, error=f"unexpected error, nothing imported: {type(exc).__name__}: {exc}")


_CHUNK = 500  # bound parameters per IN (...) list, well under every SQLite build's limit


def _chunks(values: list, size: int = _CHUNK):
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _write_dump(db: Database, prepared: PreparedDump, preparer: DumpPreparer) -> FileReport:
    """Write one prepared dump with a fixed number of statements, whatever its size.

    Identity lookups are batched: the dump's articles are looked up in a few IN queries, its
    versions in a few more, and every insert is one executemany. Ids are handed out in the
    order articles and texts first appear in the dump, exactly as row-by-row inserts would.
    """
    items = prepared.items
    source_id = SourceId(_get_or_create(db, "sources", {"name": prepared.site}))
    cursor = db.execute(
        "INSERT INTO dumps (sha256, file_name, path, size, encoding, compressed, imported_at, source_id, occurrence_count)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        [prepared.sha256, printable_path(Path(prepared.path.name)), printable_path(prepared.path.resolve()), prepared.size, prepared.encoding,
         int(prepared.compressed), now_iso(), source_id],
    )  # fmt: skip
    dump_id = DumpId(cursor.lastrowid)
    sections = _section_ids(db, source_id, list(dict.fromkeys(i.section for i in items if i.section is not None)))

    # Articles: one per (title key, date); known ones found in a few queries, new ones numbered here.
    identities = list(dict.fromkeys((i.key, i.date) for i in items))
    known: dict[tuple[str, str], tuple[ArticleId, bool, bool]] = {}  # → id, has no source URL, has annotations
    for chunk in _chunks(list(dict.fromkeys(key for key, _ in identities))):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT id, title_key, ifnull(date, ''), source_url IS NULL, annotation_count > 0 FROM articles"
            f" WHERE source_id = ? AND title_key IN ({marks})",
            [source_id, *chunk],
        ):
            known[(row[1], row[2])] = (ArticleId(row[0]), bool(row[3]), bool(row[4]))
    next_article = _next_id(db, "articles")
    article_of: dict[tuple[str, str], ArticleId] = {}
    new_articles: dict[ArticleId, list[object]] = {}  # → its row
    url_fills: dict[ArticleId, str] = {}  # known articles without a source URL get the first one printed
    created = now_iso()
    for item in items:
        identity = (item.key, item.date)
        article = article_of.get(identity)
        if article is None:
            found = known.get(identity)
            if found is not None:
                article = found[0]
            else:
                article = ArticleId(next_article)
                next_article += 1
                new_articles[article] = [article, source_id, item.date or None, item.title, item.key, item.source_url, dump_id, created]
            article_of[identity] = article
        if item.source_url:
            row = new_articles.get(article)
            if row is not None:
                if row[5] is None:
                    row[5] = item.source_url
            elif known[identity][1]:
                url_fills.setdefault(article, item.source_url)

    # Versions: one per distinct text of an article; each new one is classified against its article's first.
    old_articles = [a for a in dict.fromkeys(article_of.values()) if a not in new_articles]
    version_of: dict[tuple[ArticleId, str], VersionId] = {}
    first_version: dict[ArticleId, VersionId] = {}
    for chunk in _chunks(old_articles):
        marks = ",".join("?" * len(chunk))
        for vid, article, digest in db.execute(f"SELECT id, article_id, sha256 FROM versions WHERE article_id IN ({marks})", chunk):
            version_of[(ArticleId(article), digest)] = VersionId(vid)
            if article not in first_version or vid < first_version[ArticleId(article)]:
                first_version[ArticleId(article)] = VersionId(vid)
    next_version = _next_id(db, "versions")
    new_version_rows: list[tuple[object, ...]] = []
    to_classify: list[tuple[VersionId, VersionId, str]] = []  # new version, its article's first version, its text
    to_anchor: list[tuple[ArticleId, VersionId, str]] = []
    annotated = {found[0] for found in known.values() if found[2]}
    for item in items:
        article = article_of[(item.key, item.date)]
        if (article, item.sha) in version_of:
            continue
        version = VersionId(next_version)
        next_version += 1
        text = prepared.texts[item.sha]
        version_of[(article, item.sha)] = version
        new_version_rows.append((version, article, item.sha, item.title, text, len(text), dump_id))
        base = first_version.setdefault(article, version)
        if base != version:
            to_classify.append((version, base, text))
        if article in annotated:
            to_anchor.append((article, version, text))
    # How each new version differs from its article's first one (the list's marker, the "Edited" filter):
    # classified on a worker process while this thread writes the rows.
    base_texts = {row[0]: row[4] for row in new_version_rows}
    wanted = sorted({base for _, base, _ in to_classify if base not in base_texts})
    for chunk in _chunks(wanted):
        marks = ",".join("?" * len(chunk))
        base_texts.update(db.execute(f"SELECT id, text FROM versions WHERE id IN ({marks})", chunk).fetchall())
    pairs = [(base_texts[base], text) for _, base, text in to_classify]
    classes = preparer.classify(pairs)

    conn = db.conn
    conn.executemany(
        "INSERT INTO articles (id, source_id, date, title, title_key, source_url, first_dump_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        list(new_articles.values()),
    )
    conn.executemany("UPDATE articles SET source_url = ? WHERE id = ? AND source_url IS NULL", [(u, a) for a, u in url_fills.items()])
    conn.executemany(
        "INSERT INTO versions (id, article_id, sha256, title, text, length, first_dump_id) VALUES (?, ?, ?, ?, ?, ?, ?)", new_version_rows
    )
    occurrences = [
        (dump_id, sections.get(i.section) if i.section is not None else None, i.position, i.line,
         version_of[(article_of[(i.key, i.date)], i.sha)], i.title)
        for i in items
    ]  # fmt: skip
    conn.executemany(
        "INSERT INTO occurrences (dump_id, section_id, position, line, version_id, title) VALUES (?, ?, ?, ?, ?, ?)", occurrences
    )
    links = sorted({(article_of[(i.key, i.date)], sections[i.section]) for i in items if i.section is not None})
    conn.executemany("INSERT OR IGNORE INTO article_sections (article_id, section_id) VALUES (?, ?)", links)
    results = preparer.classify_result(classes, pairs)
    conn.executemany(
        "UPDATE versions SET change_class = ?, words_changed = ? WHERE id = ?",
        [(cls, words, version) for (version, _, _), (cls, words) in zip(to_classify, results, strict=True)],
    )
    for article, version, text in to_anchor:
        # Highlights made on the article's other versions find their place on this one too.
        anchor_new_version(db, article, version, text)
    changed = frozenset(article_of.values())
    db.execute(
        "UPDATE dumps SET new_articles = ?, new_versions = ?, occurrence_count = ?, article_count = ?, warnings = ? WHERE id = ?",
        [len(new_articles), len(new_version_rows), len(occurrences), len(changed), json.dumps(list(prepared.warnings), ensure_ascii=False), dump_id],
    )
    return FileReport(
        prepared.path,
        FileStatus.IMPORTED,
        dump_id=dump_id,
        new_articles=len(new_articles),
        new_versions=len(new_version_rows),
        occurrences=len(occurrences),
        warnings=prepared.warnings,
        encoding=prepared.encoding,
        changed_articles=changed,
    )


def _section_ids(db: Database, source: SourceId, names: list[str]) -> dict[str, SectionId]:
    return {name: SectionId(_get_or_create(db, "sections", {"source_id": source, "name": name})) for name in names}


def _next_id(db: Database, table: str) -> int:
    """The id SQLite would give the next row (max + 1). Safe: the dump's first insert took the write lock."""
    return int(db.execute(f"SELECT ifnull(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _get_or_create(db: Database, table: str, values: dict[str, object]) -> int:
    columns = list(values)
    where = " AND ".join(f"{c} = ?" for c in columns)
    row = db.execute(f"SELECT id FROM {table} WHERE {where}", list(values.values())).fetchone()
    if row is not None:
        return int(row[0])
    placeholders = ", ".join("?" for _ in columns)
    cursor = db.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", list(values.values()))
    return int(cursor.lastrowid)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0

