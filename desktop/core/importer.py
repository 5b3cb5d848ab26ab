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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from hashlib import sha256
from pathlib import Path

from sqlite_utils import Database

from desktop.core.annotations import anchor_new_version
from desktop.core.decoding import NotADumpError, decode_dump, read_dump_bytes
from desktop.core.dumps import DumpFormatError, ParsedArticle, ParsedDump, parse_dump
from desktop.core.ids import ArticleId, DumpId, SectionId, SourceId, VersionId
from desktop.core.import_log import record_file
from desktop.core.normalize import title_key
from desktop.core.store import now_iso

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
) -> ImportReport:
    """Import files and folders; one bad file never stops the others. Cancels between dumps.

    Each file's report goes to `on_file` as soon as its dump is committed, and, with `log`,
    into the library's import log.
    """
    files = find_dump_files(paths)
    sizes = [_size(p) for p in files]
    total = sum(sizes)
    reports: list[FileReport] = []
    done_bytes = 0
    for index, (path, size) in enumerate(zip(files, sizes, strict=True)):
        if cancel is not None and cancel():
            return ImportReport(tuple(reports), cancelled=True)
        if progress is not None:
            progress(ImportProgress(index, len(files), done_bytes, total, path))
        report = import_file(db, path)
        if log:
            record_file(db, report)
        reports.append(report)
        if on_file is not None:
            on_file(report)
        done_bytes += size
    if progress is not None:
        progress(ImportProgress(len(files), len(files), done_bytes, total, None))
    return ImportReport(tuple(reports))


def import_file(db: Database, path: Path) -> FileReport:
    """Import one dump in one transaction; every failure becomes a report, never an exception."""
    try:
        data, compressed, notes = read_dump_bytes(path)
        decoded = decode_dump(data, compressed=compressed, warnings=notes)
    except FileNotFoundError:
        return FileReport(path, FileStatus.ERROR, error="no such file")
    except IsADirectoryError:
        return FileReport(path, FileStatus.ERROR, error="is a folder, not a dump file")
    except (NotADumpError, OSError) as exc:
        return FileReport(path, FileStatus.ERROR, error=str(exc))

    existing = db.execute("SELECT file_name FROM dumps WHERE sha256 = ?", [decoded.sha256]).fetchone()
    if existing is not None:
        same = "same content" if existing[0] == path.name else f"same content as {existing[0]}"
        return FileReport(path, FileStatus.ALREADY_IMPORTED, error=same, encoding=decoded.encoding)

    try:
        parsed = parse_dump(decoded.text)
    except DumpFormatError as exc:
        return FileReport(path, FileStatus.ERROR, error=f"not a dump: {exc}", encoding=decoded.encoding)

    warnings = tuple(decoded.warnings) + tuple(str(issue) for issue in parsed.issues)
    try:
        with db.atomic():
            return _write_dump(db, path, parsed, decoded.sha256, decoded.size, decoded.encoding, decoded.compressed, warnings)
    except sqlite3.IntegrityError as exc:
        # Another process imported the same content between our check and our write.
        if "dumps.sha256" in str(exc):
            return FileReport(path, FileStatus.ALREADY_IMPORTED, error="imported meanwhile by another process")
        return FileReport(path, FileStatus.ERROR, error=f"library error, nothing imported: {exc}")
    except sqlite3.Error as exc:
        return FileReport(path, FileStatus.ERROR, error=f"library error, nothing imported: {exc}")


@dataclass
class _DumpWriter:
    """Per-dump caches, so a dump's repeated sections and articles cost one lookup each."""

    db: Database
    source_id: SourceId
    dump_id: DumpId
    sections: dict[str, SectionId] = field(default_factory=dict)
    articles: dict[tuple[str, str], ArticleId] = field(default_factory=dict)
    new_articles: set[ArticleId] = field(default_factory=set)
    changed: set[ArticleId] = field(default_factory=set)
    new_versions: int = 0

    def section_id(self, name: str | None) -> SectionId | None:
        if name is None:
            return None
        if name not in self.sections:
            self.sections[name] = SectionId(_get_or_create(self.db, "sections", {"source_id": self.source_id, "name": name}))
        return self.sections[name]

    def article_id(self, item: ParsedArticle) -> ArticleId:
        date = item.date.isoformat() if item.date else ""
        key = (title_key(item.title), date)
        found = self.articles.get(key)
        if found is not None:
            if item.source_url:
                self._fill_source_url(found, item.source_url)
            return found
        row = self.db.execute(
            "SELECT id FROM articles WHERE source_id = ? AND title_key = ? AND ifnull(date, '') = ?",
            [self.source_id, key[0], date],
        ).fetchone()
        if row is not None:
            article = ArticleId(row[0])
            if item.source_url:
                self._fill_source_url(article, item.source_url)
        else:
            cursor = self.db.execute(
                "INSERT INTO articles (source_id, date, title, title_key, source_url, first_dump_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [self.source_id, date or None, item.title, key[0], item.source_url, self.dump_id, now_iso()],
            )
            article = ArticleId(cursor.lastrowid)
            self.new_articles.add(article)
        self.articles[key] = article
        return article

    def _fill_source_url(self, article: ArticleId, url: str) -> None:
        self.db.execute("UPDATE articles SET source_url = ? WHERE id = ? AND source_url IS NULL", [url, article])

    def version_id(self, article: ArticleId, item: ParsedArticle) -> VersionId:
        text = item.text
        digest = sha256(text.encode("utf-8")).hexdigest()
        row = self.db.execute("SELECT id FROM versions WHERE article_id = ? AND sha256 = ?", [article, digest]).fetchone()
        if row is not None:
            return VersionId(row[0])
        cursor = self.db.execute(
            "INSERT INTO versions (article_id, sha256, title, text, length, first_dump_id) VALUES (?, ?, ?, ?, ?, ?)",
            [article, digest, item.title, text, len(text), self.dump_id],
        )
        self.new_versions += 1
        version = VersionId(cursor.lastrowid)
        if article not in self.new_articles:
            # Highlights made on the article's other versions find their place on this one too.
            anchor_new_version(self.db, article, version, text)
        return version


def _write_dump(
    db: Database,
    path: Path,
    parsed: ParsedDump,
    digest: str,
    size: int,
    encoding: str,
    compressed: bool,
    warnings: tuple[str, ...],
) -> FileReport:
    source_id = SourceId(_get_or_create(db, "sources", {"name": parsed.site}))
    cursor = db.execute(
        "INSERT INTO dumps (sha256, file_name, path, size, encoding, compressed, imported_at, source_id, occurrence_count)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        [digest, path.name, str(path.resolve()), size, encoding, int(compressed), now_iso(), source_id],
    )
    writer = _DumpWriter(db, source_id, DumpId(cursor.lastrowid))
    occurrences = []
    links = set()
    for item in parsed.articles:
        article = writer.article_id(item)
        version = writer.version_id(article, item)
        section = writer.section_id(item.section)
        occurrences.append((writer.dump_id, section, item.position, item.line, version, item.title))
        if section is not None:
            links.add((article, section))
        writer.changed.add(article)
    db.conn.executemany(
        "INSERT INTO occurrences (dump_id, section_id, position, line, version_id, title) VALUES (?, ?, ?, ?, ?, ?)",
        occurrences,
    )
    db.conn.executemany("INSERT OR IGNORE INTO article_sections (article_id, section_id) VALUES (?, ?)", sorted(links))
    db.execute(
        "UPDATE dumps SET new_articles = ?, new_versions = ?, occurrence_count = ?, warnings = ? WHERE id = ?",
        [len(writer.new_articles), writer.new_versions, len(occurrences), json.dumps(list(warnings), ensure_ascii=False), writer.dump_id],
    )
    return FileReport(
        path,
        FileStatus.IMPORTED,
        dump_id=writer.dump_id,
        new_articles=len(writer.new_articles),
        new_versions=writer.new_versions,
        occurrences=len(occurrences),
        warnings=warnings,
        encoding=encoding,
        changed_articles=frozenset(writer.changed),
    )


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

