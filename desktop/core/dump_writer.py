"""Write a batch of parsed dumps into the library with a fixed number of statements.

Real dumps are small (ten articles, 20–25 KB), and the cost of a statement does not shrink
with its rows: the full-text index flushes its pending terms at every statement that writes it,
and every lookup and insert has its own fixed price. Written dump by dump, a batch of forty
small dumps took some 500 statements; planned as a whole, it takes a dozen. So `write_dumps`
looks up everything the batch needs in a few IN queries, hands out ids in memory in the order
articles and texts first appear (exactly as row-by-row inserts would), classifies each new
version against its article's first, and then writes each table with one executemany.

It runs inside the caller's transaction and either writes the whole batch or raises: the
importer then rolls the batch back and writes its dumps one by one, so that one bad dump fails
alone. Every dump is thus fully in the library or not in it.

Identity rules (see schema.py): an article is source + date + normalised title; each distinct
body text is a version of it; each place the article was printed is an occurrence. A variant
is never dropped as a duplicate: a new text becomes a new version.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.core.annotations import anchor_new_version
from desktop.core.clock import now_iso
from desktop.core.ids import ArticleId, DumpId, SectionId, SourceId, VersionId
from desktop.core.import_log import printable_path
from desktop.core.import_prep import PreparedDump, PreparedItem, prepare_dump
from desktop.core.version_compare import classify

_CHUNK = 500  # bound parameters per IN (...) list, well under every SQLite build's limit


@dataclass(frozen=True)
class DumpOutcome:
    """What became of one dump of the batch: written, already in the library, or unreadable."""

    dump_id: DumpId | None = None
    already: str | None = None  # why it is already in: "same content" or "same content as NAME"
    error: str | None = None  # it could not be read after all (re-read because it left the library)
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    new_articles: int = 0
    new_versions: int = 0
    occurrences: int = 0
    # Articles that are new or gained a version or an occurrence: what views must refresh.
    changed_articles: frozenset[ArticleId] = frozenset()


def write_dumps(db: Database, dumps: Sequence[PreparedDump]) -> list[DumpOutcome]:
    """Write every dump (each one parsed without error) in the caller's transaction; one outcome each."""
    return _Batch(db).write(dumps)


@dataclass
class _Article:
    id: ArticleId
    needs_url: bool  # it has no source URL yet: the first one printed is stored
    annotated: bool  # it has highlights, which a new version must be anchored on
    row: list[object] | None = None  # its row, when the batch creates it
    first_version: VersionId | None = None
    first_sha: str = ""  # the sha256 of its first version's text
    versions: dict[str, VersionId] = field(default_factory=dict)  # sha256 of the text → version


@dataclass
class _Rows:
    dumps: list[tuple[object, ...]] = field(default_factory=list)
    articles: list[list[object]] = field(default_factory=list)
    url_fills: dict[ArticleId, str] = field(default_factory=dict)  # articles already in, without a URL until now
    versions: list[list[object]] = field(default_factory=list)
    occurrences: list[tuple[object, ...]] = field(default_factory=list)
    sections: dict[tuple[ArticleId, SectionId], None] = field(default_factory=dict)
    anchors: list[tuple[ArticleId, VersionId, str]] = field(default_factory=list)
    # New versions that are not their article's first: their row, their base, and what the parse
    # worker classified in their dump already. Classified at the end, when every base text is known.
    to_classify: list[tuple[list[object], VersionId, tuple[str, str], dict[tuple[str, str], tuple[str, int]]]] = field(default_factory=list)


class _Batch:
    """One batch: what the library already holds of it, the ids handed out, and the rows to write."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.rows = _Rows()
        self.articles: dict[tuple[SourceId, str, str], _Article] = {}  # (source, title key, date) → article
        self.sections: dict[tuple[SourceId, str], SectionId] = {}
        self.base_texts: dict[VersionId, str] = {}  # the batch's new first versions: later ones are classified against them
        self.created = now_iso()
        self.next_article = self.next_version = 0

    def write(self, dumps: Sequence[PreparedDump]) -> list[DumpOutcome]:
        db = self.db
        existing = dict(_select_in(db, "SELECT sha256, file_name FROM dumps WHERE sha256 IN ({})", [d.sha256 for d in dumps]))
        # A worker saw the dump in the library when the import started, and now it is gone: read it again.
        dumps = [prepare_dump(d.path) if d.already is not None and d.sha256 not in existing else d for d in dumps]
        new = [d for d in dumps if d.error is None and d.sha256 not in existing]
        sources = {site: SourceId(_get_or_create(db, "sources", {"name": site})) for site in dict.fromkeys(d.site for d in new)}
        self._load_articles(new, sources)
        next_dump = _next_id(db, "dumps")
        self.next_article = _next_id(db, "articles")
        self.next_version = _next_id(db, "versions")
        outcomes: list[DumpOutcome] = []
        for dump in dumps:
            name = dump.path.name
            if dump.error is not None:
                outcomes.append(DumpOutcome(error=dump.error, encoding=dump.encoding))
            elif dump.sha256 in existing:
                earlier = existing[dump.sha256]
                same = "same content" if earlier == name else f"same content as {earlier}"
                outcomes.append(DumpOutcome(already=same, encoding=dump.encoding))
            else:
                existing[dump.sha256] = printable_path(Path(name))  # the same content again later in the batch
                outcomes.append(self._plan(dump, DumpId(next_dump), sources[dump.site]))
                next_dump += 1
        self._classify()
        self._insert()
        return outcomes

    def _load_articles(self, dumps: list[PreparedDump], sources: dict[str, SourceId]) -> None:
        """The batch's articles that are already in the library, with their versions: a few queries."""
        keys: dict[SourceId, dict[str, None]] = {}
        for dump in dumps:
            keys.setdefault(sources[dump.site], {}).update(dict.fromkeys(i.key for i in dump.items))
        by_id: dict[ArticleId, _Article] = {}
        for source, titles in keys.items():
            sql = (
                "SELECT id, title_key, ifnull(date, ''), source_url IS NULL, annotation_count > 0 FROM articles"
                " WHERE source_id = ? AND title_key IN ({})"
            )
            for row in _select_in(self.db, sql, list(titles), [source]):
                article = by_id[ArticleId(row[0])] = _Article(ArticleId(row[0]), bool(row[3]), bool(row[4]))
                self.articles[(source, row[1], row[2])] = article
        sql = "SELECT id, article_id, sha256 FROM versions WHERE article_id IN ({})"
        for version, article_id, digest in _select_in(self.db, sql, list(by_id)):
            article = by_id[ArticleId(article_id)]
            article.versions[digest] = VersionId(version)
            if article.first_version is None or version < article.first_version:
                article.first_version, article.first_sha = VersionId(version), digest

    def _plan(self, dump: PreparedDump, dump_id: DumpId, source: SourceId) -> DumpOutcome:
        """The rows of one dump. Ids are handed out in the order its articles and texts appear."""
        rows = self.rows
        new_articles = new_versions = 0
        changed: dict[ArticleId, None] = {}
        for item in dump.items:
            article = self.articles.get((source, item.key, item.date))
            if article is None:
                article = _Article(ArticleId(self.next_article), item.source_url is None, False)
                article.row = [article.id, source, item.date or None, item.title, item.key, item.source_url, dump_id, self.created]
                self.articles[(source, item.key, item.date)] = article
                rows.articles.append(article.row)
                self.next_article += 1
                new_articles += 1
            elif item.source_url and article.needs_url:
                article.needs_url = False
                if article.row is not None:
                    article.row[5] = item.source_url
                else:
                    rows.url_fills[article.id] = item.source_url
            changed[article.id] = None
            version = article.versions.get(item.sha)
            if version is None:
                version = self._add_version(article, item, dump, dump_id)
                new_versions += 1
            section = None if item.section is None else self._section(source, item.section)
            if section is not None:
                rows.sections[(article.id, section)] = None
            rows.occurrences.append((dump_id, section, item.position, item.line, version, item.title))
        rows.dumps.append(
            (dump_id, dump.sha256, printable_path(Path(dump.path.name)), printable_path(dump.resolved or dump.path.resolve()),
             dump.size, dump.encoding, int(dump.compressed), self.created, source, new_articles, new_versions,
             len(dump.items), len(changed), json.dumps(list(dump.warnings), ensure_ascii=False))
        )  # fmt: skip
        return DumpOutcome(
            dump_id=dump_id,
            encoding=dump.encoding,
            warnings=dump.warnings,
            new_articles=new_articles,
            new_versions=new_versions,
            occurrences=len(dump.items),
            changed_articles=frozenset(changed),
        )

    def _add_version(self, article: _Article, item: PreparedItem, dump: PreparedDump, dump_id: DumpId) -> VersionId:
        version = article.versions[item.sha] = VersionId(self.next_version)
        self.next_version += 1
        text = dump.texts[item.sha]
        row: list[object] = [version, article.id, item.sha, item.title, text, len(text), dump_id, None, None]
        self.rows.versions.append(row)
        if article.first_version is None:
            article.first_version, article.first_sha = version, item.sha
            self.base_texts[version] = text
        else:
            self.rows.to_classify.append((row, article.first_version, (article.first_sha, item.sha), dump.classes))
        if article.annotated:
            self.rows.anchors.append((article.id, version, text))
        return version

    def _section(self, source: SourceId, name: str) -> SectionId:
        found = self.sections.get((source, name))
        if found is None:
            found = self.sections[(source, name)] = SectionId(_get_or_create(self.db, "sections", {"source_id": source, "name": name}))
        return found

    def _classify(self) -> None:
        """How each new version differs from its article's first one (the list's marker, the
        "Edited" filter): stored with the row, never updated after."""
        pending = []
        for row, base, pair, known in self.rows.to_classify:
            done = known.get(pair)
            if done is not None:
                row[7], row[8] = done
            else:
                pending.append((row, base))
        wanted = sorted({base for _, base in pending if base not in self.base_texts})
        self.base_texts.update(_select_in(self.db, "SELECT id, text FROM versions WHERE id IN ({})", wanted))
        for row, base in pending:
            found = classify(self.base_texts[base], row[4])  # type: ignore[arg-type]
            row[7], row[8] = found.change_class.value, found.words_changed

    def _insert(self) -> None:
        rows, conn = self.rows, self.db.conn
        conn.executemany(
            "INSERT INTO dumps (id, sha256, file_name, path, size, encoding, compressed, imported_at, source_id,"
            " new_articles, new_versions, occurrence_count, article_count, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows.dumps,
        )
        conn.executemany(
            "INSERT INTO articles (id, source_id, date, title, title_key, source_url, first_dump_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows.articles,
        )
        conn.executemany("UPDATE articles SET source_url = ? WHERE id = ? AND source_url IS NULL", [(u, a) for a, u in rows.url_fills.items()])
        conn.executemany(
            "INSERT INTO versions (id, article_id, sha256, title, text, length, first_dump_id, change_class, words_changed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows.versions,
        )
        conn.executemany("INSERT INTO occurrences (dump_id, section_id, position, line, version_id, title) VALUES (?, ?, ?, ?, ?, ?)", rows.occurrences)
        conn.executemany("INSERT OR IGNORE INTO article_sections (article_id, section_id) VALUES (?, ?)", list(rows.sections))
        for article, version, text in rows.anchors:
            # Highlights made on the article's other versions find their place on this one too.
            anchor_new_version(self.db, article, version, text)


def _select_in(db: Database, sql: str, values: list, before: Sequence[object] = ()) -> Iterator[tuple]:
    """Rows of `sql` for every value, asked a chunk at a time; its "{}" is where the marks go."""
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        yield from db.execute(sql.format(",".join("?" * len(chunk))), [*before, *chunk])


def _next_id(db: Database, table: str) -> int:
    """The id SQLite would give the next row (max + 1). Safe: the transaction holds the write lock."""
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
