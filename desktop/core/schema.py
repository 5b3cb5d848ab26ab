"""The library's schema, as sqlite-utils migrations.

Each migration is applied once and recorded in `_sqlite_migrations`; the store backs the file
up before applying any to an existing library. Counts that the sidebar shows (articles per
source, section and tag, unread, starred, ...) are kept by triggers, so showing them never
scans a table, and they cannot drift from the rows because SQLite maintains them in the same
transaction as the change.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

from desktop.core.highlight_defaults import DEFAULT_HIGHLIGHT_COLORS
from desktop.core.search_folding import yo_folded_sql

MIGRATIONS = Migrations("qalam")

COUNTER_NAMES = ("articles", "unread", "starred", "annotated", "multi_version")


def _create_triggers(db: Database, sql: str) -> None:
    """One CREATE TRIGGER at a time: executescript() would commit the migration's transaction."""
    for trigger in sql.split("\nEND;")[:-1]:
        db.execute(trigger + "\nEND;")


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    db["sources"].create(
        {"id": int, "name": str, "article_count": int},
        pk="id",
        not_null={"name", "article_count"},
        defaults={"article_count": 0},
    )
    db["sources"].create_index(["name"], unique=True)

    db["sections"].create(
        {"id": int, "source_id": int, "name": str, "article_count": int},
        pk="id",
        not_null={"source_id", "name", "article_count"},
        defaults={"article_count": 0},
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["sections"].create_index(["source_id", "name"], unique=True)

    db["dumps"].create(
        {
            "id": int,
            "sha256": str,
            "file_name": str,
            "path": str,
            "size": int,
            "encoding": str,
            "compressed": int,
            "imported_at": str,
            "source_id": int,
            "new_articles": int,
            "new_versions": int,
            "occurrence_count": int,
            "warnings": str,  # JSON array of strings
        },
        pk="id",
        not_null={"sha256", "file_name", "size", "imported_at", "occurrence_count"},
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["dumps"].create_index(["sha256"], unique=True)

    db["articles"].create(
        {
            "id": int,
            "source_id": int,
            "date": str,  # ISO yyyy-mm-dd, NULL when the dump printed none
            "title": str,  # as first seen
            "title_key": str,  # identity, and the title sort order
            "source_url": str,
            "first_dump_id": int,
            "created_at": str,
            "is_read": int,
            "is_starred": int,
            "version_count": int,
            "annotation_count": int,
        },
        pk="id",
        not_null={"source_id", "title", "title_key", "is_read", "is_starred", "version_count", "annotation_count"},
        defaults={"is_read": 0, "is_starred": 0, "version_count": 0, "annotation_count": 0},
        foreign_keys=[("source_id", "sources", "id"), ("first_dump_id", "dumps", "id")],
    )
    db.execute("CREATE UNIQUE INDEX idx_articles_identity ON articles(source_id, title_key, ifnull(date, ''))")
    db["articles"].create_index(["date", "id"])
    db["articles"].create_index(["title_key", "id"])
    db["articles"].create_index(["source_id", "date"])

    db["versions"].create(
        {
            "id": int,
            "article_id": int,
            "sha256": str,
            "title": str,  # as printed where this text was first seen
            "text": str,  # paragraphs joined by \n
            "length": int,
            "first_dump_id": int,
        },
        pk="id",
        not_null={"article_id", "sha256", "title", "text", "length"},
        foreign_keys=[("article_id", "articles", "id"), ("first_dump_id", "dumps", "id")],
    )
    db["versions"].create_index(["article_id", "sha256"], unique=True)

    db["occurrences"].create(
        {
            "id": int,
            "dump_id": int,
            "section_id": int,
            "position": int,
            "line": int,
            "version_id": int,
            "title": str,  # exactly as printed at this place
        },
        pk="id",
        not_null={"dump_id", "position", "version_id", "title"},
        foreign_keys=[("dump_id", "dumps", "id"), ("section_id", "sections", "id"), ("version_id", "versions", "id")],
    )
    db["occurrences"].create_index(["dump_id", "position"], unique=True)
    db["occurrences"].create_index(["version_id"])

    db.execute(
        """CREATE TABLE article_sections (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            section_id INTEGER NOT NULL REFERENCES sections(id),
            PRIMARY KEY (article_id, section_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX idx_article_sections_section ON article_sections(section_id, article_id)")

    db["tags"].create(
        {"id": int, "name": str, "color": str, "article_count": int, "created_at": str},
        pk="id",
        not_null={"name", "article_count"},
        defaults={"article_count": 0},
    )
    db.execute("CREATE UNIQUE INDEX idx_tags_name ON tags(name COLLATE NOCASE)")
    db.execute(
        """CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            created_at TEXT,
            PRIMARY KEY (article_id, tag_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX idx_article_tags_tag ON article_tags(tag_id, article_id)")

    db["counters"].create({"name": str, "value": int}, pk="name", not_null={"value"})
    db["counters"].insert_all([{"name": n, "value": 0} for n in COUNTER_NAMES])

    # Full-text index over every version's title and text, stored once (external content).
    db.execute(
        """CREATE VIRTUAL TABLE search_index USING fts5(
            title, text, content='versions', content_rowid='id',
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    _create_triggers(db, _TRIGGERS)


@MIGRATIONS(name="0002_import_log")
def _import_log(db: Database) -> None:
    db["import_log"].create(
        {
            "id": int,
            "logged_at": str,
            "path": str,
            "file_name": str,
            "status": str,  # imported | already imported | error
            "dump_id": int,
            "message": str,
            "warnings": str,  # JSON array of strings
            "new_articles": int,
            "new_versions": int,
            "occurrences": int,
        },
        pk="id",
        not_null={"logged_at", "path", "file_name", "status"},
        foreign_keys=[("dump_id", "dumps", "id")],
    )


@MIGRATIONS(name="0003_versions_compare")
def _versions_compare(db: Database) -> None:
    """How each version differs from its article's first one, and links between translations."""
    from desktop.core.version_compare import backfill_change_classes

    # identical | whitespace | punctuation | edited, against the article's first version (NULL on that one).
    db["versions"].add_column("change_class", str)
    db["versions"].add_column("words_changed", int)
    db["versions"].create_index(["change_class", "article_id"])
    # Translations share a source URL but for its `lang` parameter: found by a range scan on this index.
    db["articles"].create_index(["source_url"])
    db.execute(
        """CREATE TABLE translation_links (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            other_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            linked INTEGER NOT NULL,  -- 1: linked by hand; 0: unlinked by hand, overriding a link by URL
            created_at TEXT,
            PRIMARY KEY (article_id, other_id),
            CHECK (article_id < other_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX idx_translation_links_other ON translation_links(other_id, article_id)")
    db.execute("INSERT OR IGNORE INTO counters (name, value) VALUES ('edited', 0)")
    _create_triggers(db, _COMPARE_TRIGGERS)
    backfill_change_classes(db)


# The `edited` counter: articles with at least one version classed as edited.
_COMPARE_TRIGGERS = """
CREATE TRIGGER versions_edited_ai AFTER INSERT ON versions WHEN new.change_class = 'edited' BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'edited' AND NOT EXISTS
        (SELECT 1 FROM versions WHERE article_id = new.article_id AND change_class = 'edited' AND id <> new.id);
END;
CREATE TRIGGER versions_edited_ad AFTER DELETE ON versions WHEN old.change_class = 'edited' BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'edited' AND NOT EXISTS
        (SELECT 1 FROM versions WHERE article_id = old.article_id AND change_class = 'edited');
END;
CREATE TRIGGER versions_edited_au AFTER UPDATE OF change_class ON versions
WHEN (old.change_class IS 'edited') <> (new.change_class IS 'edited') BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'edited' AND new.change_class IS 'edited' AND NOT EXISTS
        (SELECT 1 FROM versions WHERE article_id = new.article_id AND change_class = 'edited' AND id <> new.id);
    UPDATE counters SET value = value - 1 WHERE name = 'edited' AND old.change_class IS 'edited' AND NOT EXISTS
        (SELECT 1 FROM versions WHERE article_id = old.article_id AND change_class = 'edited');
END;
"""


@MIGRATIONS(name="0004_annotations")
def _annotations(db: Database) -> None:
    db["highlight_colors"].create({"id": int, "name": str, "color": str}, pk="id", not_null={"name", "color"})
    db["highlight_colors"].insert_all([{"id": i, "name": n, "color": c} for i, n, c in DEFAULT_HIGHLIGHT_COLORS])
    db["annotations"].create(
        {
            "id": int,
            "article_id": int,
            "version_id": int,  # the version it was made on; NULL for a note on the whole article
            "start_pos": int,  # Unicode code points into that version's text
            "end_pos": int,
            "quote": str,  # W3C TextQuoteSelector: exact, prefix, suffix
            "prefix": str,
            "suffix": str,
            "color_id": int,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"article_id", "note", "created_at", "updated_at"},
        defaults={"note": ""},
        foreign_keys=[("article_id", "articles", "id"), ("version_id", "versions", "id"), ("color_id", "highlight_colors", "id")],
    )
    db["annotations"].create_index(["article_id"])
    db.execute(
        """CREATE TABLE annotation_anchors (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            version_id INTEGER NOT NULL REFERENCES versions(id),
            start_pos INTEGER,
            end_pos INTEGER,
            status TEXT NOT NULL CHECK (status IN ('exact', 'fuzzy', 'orphan')),
            PRIMARY KEY (annotation_id, version_id)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE VIRTUAL TABLE annotation_index USING fts5(
            quote, note, content='annotations', content_rowid='id',
            tokenize = 'unicode61 remove_diacritics 2'
        )"""
    )
    _create_triggers(db, _ANNOTATION_TRIGGERS)


_ANNOTATION_TRIGGERS = """
CREATE TRIGGER annotations_ai AFTER INSERT ON annotations BEGIN
    INSERT INTO annotation_index(rowid, quote, note) VALUES (new.id, ifnull(new.quote, ''), new.note);
    UPDATE articles SET annotation_count = annotation_count + 1 WHERE id = new.article_id;
END;
CREATE TRIGGER annotations_ad AFTER DELETE ON annotations BEGIN
    INSERT INTO annotation_index(annotation_index, rowid, quote, note) VALUES ('delete', old.id, ifnull(old.quote, ''), old.note);
    UPDATE articles SET annotation_count = annotation_count - 1 WHERE id = old.article_id;
END;
CREATE TRIGGER annotations_au AFTER UPDATE OF quote, note ON annotations BEGIN
    INSERT INTO annotation_index(annotation_index, rowid, quote, note) VALUES ('delete', old.id, ifnull(old.quote, ''), old.note);
    INSERT INTO annotation_index(rowid, quote, note) VALUES (new.id, ifnull(new.quote, ''), new.note);
END;
"""


_TRIGGERS = """
CREATE TRIGGER versions_ai AFTER INSERT ON versions BEGIN
    INSERT INTO search_index(rowid, title, text) VALUES (new.id, new.title, new.text);
    UPDATE articles SET version_count = version_count + 1 WHERE id = new.article_id;
END;
CREATE TRIGGER versions_ad AFTER DELETE ON versions BEGIN
    INSERT INTO search_index(search_index, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    UPDATE articles SET version_count = version_count - 1 WHERE id = old.article_id;
END;

CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'articles';
    UPDATE counters SET value = value + (new.is_read = 0) WHERE name = 'unread';
    UPDATE counters SET value = value + (new.is_starred <> 0) WHERE name = 'starred';
    UPDATE counters SET value = value + (new.annotation_count > 0) WHERE name = 'annotated';
    UPDATE counters SET value = value + (new.version_count > 1) WHERE name = 'multi_version';
    UPDATE sources SET article_count = article_count + 1 WHERE id = new.source_id;
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    UPDATE counters SET value = value - 1 WHERE name = 'articles';
    UPDATE counters SET value = value - (old.is_read = 0) WHERE name = 'unread';
    UPDATE counters SET value = value - (old.is_starred <> 0) WHERE name = 'starred';
    UPDATE counters SET value = value - (old.annotation_count > 0) WHERE name = 'annotated';
    UPDATE counters SET value = value - (old.version_count > 1) WHERE name = 'multi_version';
    UPDATE sources SET article_count = article_count - 1 WHERE id = old.source_id;
END;
CREATE TRIGGER articles_au_read AFTER UPDATE OF is_read ON articles WHEN (old.is_read = 0) <> (new.is_read = 0) BEGIN
    UPDATE counters SET value = value + (new.is_read = 0) - (old.is_read = 0) WHERE name = 'unread';
END;
CREATE TRIGGER articles_au_star AFTER UPDATE OF is_starred ON articles WHEN (old.is_starred <> 0) <> (new.is_starred <> 0) BEGIN
    UPDATE counters SET value = value + (new.is_starred <> 0) - (old.is_starred <> 0) WHERE name = 'starred';
END;
CREATE TRIGGER articles_au_annotated AFTER UPDATE OF annotation_count ON articles
WHEN (old.annotation_count > 0) <> (new.annotation_count > 0) BEGIN
    UPDATE counters SET value = value + (new.annotation_count > 0) - (old.annotation_count > 0) WHERE name = 'annotated';
END;
CREATE TRIGGER articles_au_versions AFTER UPDATE OF version_count ON articles
WHEN (old.version_count > 1) <> (new.version_count > 1) BEGIN
    UPDATE counters SET value = value + (new.version_count > 1) - (old.version_count > 1) WHERE name = 'multi_version';
END;

CREATE TRIGGER article_sections_ai AFTER INSERT ON article_sections BEGIN
    UPDATE sections SET article_count = article_count + 1 WHERE id = new.section_id;
END;
CREATE TRIGGER article_sections_ad AFTER DELETE ON article_sections BEGIN
    UPDATE sections SET article_count = article_count - 1 WHERE id = old.section_id;
END;
CREATE TRIGGER article_tags_ai AFTER INSERT ON article_tags BEGIN
    UPDATE tags SET article_count = article_count + 1 WHERE id = new.tag_id;
END;
CREATE TRIGGER article_tags_ad AFTER DELETE ON article_tags BEGIN
    UPDATE tags SET article_count = article_count - 1 WHERE id = old.tag_id;
END;
"""


@MIGRATIONS(name="0005_scale_indexes")
def _scale_indexes(db: Database) -> None:
    """What a library of a million articles needs to stay instant (see tests/benchmarks/).

    - `dumps.article_count`: the sidebar's "Recent imports" counts, stored at import instead of
      counted over occurrences every time the sidebar is drawn.
    - `articles.sort_date`: the date with NULL as '' (a virtual column, computed, never stored).
      It sorts exactly as `date` does (no date is ''), but has no NULLs, so that "the rows after
      this one" is a plain row-value comparison, which SQLite answers with an index seek.
    - Indexes in every sort order the list offers but by source, each ending in the id: every
      window of the list is then a seek from the previous window's last key, never an OFFSET
      into, or a sort of, the whole library. (0007 drops the versions and annotations ones again.)
    """
    db["dumps"].add_column("article_count", int)
    db.execute(
        "UPDATE dumps SET article_count = (SELECT count(DISTINCT v.article_id) FROM occurrences o"
        " JOIN versions v ON v.id = o.version_id WHERE o.dump_id = dumps.id)"
    )
    db.execute("ALTER TABLE articles ADD COLUMN sort_date TEXT GENERATED ALWAYS AS (ifnull(date, '')) VIRTUAL")
    db.execute("CREATE INDEX idx_articles_sort_date ON articles(sort_date, id)")
    db.execute("CREATE INDEX idx_articles_sort_versions ON articles(version_count, sort_date, id)")
    db.execute("CREATE INDEX idx_articles_sort_annotations ON articles(annotation_count, sort_date, id)")


@MIGRATIONS(name="0006_import_log_file_stat")
def _import_log_file_stat(db: Database) -> None:
    """The size and modification time of each file an import looked at, so a watched inbox can
    tell at start-up which of its files are already in, without reading and hashing them all."""
    db["import_log"].add_column("file_size", int)
    db["import_log"].add_column("file_mtime_ns", int)
    db["import_log"].create_index(["path"])


@MIGRATIONS(name="0007_drop_count_sort_indexes")
def _drop_count_sort_indexes(db: Database) -> None:
    """Sorting by versions or annotations goes without an index again (0005 added two).

    Every new version changes its article's `version_count`, so an index in that order is
    rewritten all through an import: measured at 100k articles it made the whole import 13%
    slower, the difference between meeting the import budget (1.2× a bare importer) and not.
    Those two sorts are rare and scan the library instead (see the README's Performance).
    """
    db.execute("DROP INDEX IF EXISTS idx_articles_sort_versions")
    db.execute("DROP INDEX IF EXISTS idx_articles_sort_annotations")


@MIGRATIONS(name="0008_sync_identity")
def _sync_identity(db: Database) -> None:
    """Every user-made row gets a stable UUID, a `modified` time and, instead of vanishing when
    deleted, a tombstone (`deleted_at`): what undo, exchange formats and sync between devices
    rest on (see identity.py). Queries read live rows only; the triggers below keep counts and
    the annotations' full-text index to live rows, so a tombstone costs a view nothing.

    Read and star flags are columns of the article, whose identity is its natural key; each flag
    gets its own `modified` time, so two devices' flag changes can be ordered.
    """
    from desktop.core.clock import now_iso
    from desktop.core.identity import article_uuid, highlight_color_uuid, new_uuid, tag_link_uuid, tag_uuid, translation_link_uuid

    now = now_iso()
    # Annotations: `updated_at` becomes `modified`, the name every user table uses.
    db.execute("ALTER TABLE annotations RENAME COLUMN updated_at TO modified")
    db["annotations"].add_column("uuid", str)
    db["annotations"].add_column("deleted_at", str)
    ids = [r[0] for r in db.execute("SELECT id FROM annotations")]
    db.conn.executemany("UPDATE annotations SET uuid = ? WHERE id = ?", [(new_uuid(), i) for i in ids])
    db.execute("CREATE UNIQUE INDEX idx_annotations_uuid ON annotations(uuid)")

    # Tags: the name is unique among live tags only, so a deleted name can be used again.
    for column in ("uuid", "modified", "deleted_at"):
        db["tags"].add_column(column, str)
    used: set[str] = set()
    for tag, name, created in db.execute("SELECT id, name, created_at FROM tags ORDER BY id").fetchall():
        ident = tag_uuid(name)
        ident = ident if ident not in used else new_uuid()
        used.add(ident)
        db.execute("UPDATE tags SET uuid = ?, modified = ? WHERE id = ?", [ident, created or now, tag])
    db.execute("CREATE UNIQUE INDEX idx_tags_uuid ON tags(uuid)")
    db.execute("DROP INDEX idx_tags_name")
    db.execute("CREATE UNIQUE INDEX idx_tags_name ON tags(name COLLATE NOCASE) WHERE deleted_at IS NULL")

    # Links between articles and tags: their UUID is derived from the two things they link.
    for column in ("uuid", "modified", "deleted_at"):
        db["article_tags"].add_column(column, str)
    articles = {
        r[0]: article_uuid(r[1], r[2], r[3])
        for r in db.execute(
            "SELECT a.id, s.name, a.title_key, a.date FROM articles a JOIN sources s ON s.id = a.source_id"
            " WHERE a.id IN (SELECT article_id FROM article_tags)"
        )
    }
    tags = dict(db.execute("SELECT id, uuid FROM tags").fetchall())
    db.conn.executemany(
        "UPDATE article_tags SET uuid = ?, modified = ifnull(created_at, ?) WHERE article_id = ? AND tag_id = ?",
        [
            (tag_link_uuid(articles[a], tags[t]), now, a, t)
            for a, t in db.execute("SELECT article_id, tag_id FROM article_tags").fetchall()
        ],
    )
    db.execute("DROP INDEX idx_article_tags_tag")
    # Partial: only live links, so a tag filter seeks exactly as before tombstones existed.
    db.execute("CREATE INDEX idx_article_tags_tag ON article_tags(tag_id, article_id) WHERE deleted_at IS NULL")

    # Translation links and unlinks made by hand.
    for column in ("uuid", "modified", "deleted_at"):
        db["translation_links"].add_column(column, str)
    linked = db.execute("SELECT article_id, other_id FROM translation_links").fetchall()
    keys = {
        r[0]: article_uuid(r[1], r[2], r[3])
        for r in db.execute(
            "SELECT a.id, s.name, a.title_key, a.date FROM articles a JOIN sources s ON s.id = a.source_id"
            " WHERE a.id IN (SELECT article_id FROM translation_links UNION SELECT other_id FROM translation_links)"
        )
    }
    db.conn.executemany(
        "UPDATE translation_links SET uuid = ?, modified = ifnull(created_at, ?) WHERE article_id = ? AND other_id = ?",
        [(translation_link_uuid(keys[a], keys[b]), now, a, b) for a, b in linked],
    )

    # The six highlight colour slots, whose names the user edits.
    db["highlight_colors"].add_column("uuid", str)
    db["highlight_colors"].add_column("modified", str)
    for slot in [r[0] for r in db.execute("SELECT id FROM highlight_colors")]:
        # `modified` stays NULL until a name is changed: the default names are older than any edit.
        db.execute("UPDATE highlight_colors SET uuid = ? WHERE id = ?", [highlight_color_uuid(slot), slot])

    # Read and star flags: when each was last set.
    db["articles"].add_column("read_modified", str)
    db["articles"].add_column("starred_modified", str)

    for trigger in ("annotations_ai", "annotations_ad", "annotations_au", "article_tags_ai", "article_tags_ad"):
        db.execute(f"DROP TRIGGER {trigger}")
    _create_triggers(db, _LIVE_ROW_TRIGGERS)


# Counts and the annotations' index cover live rows: a tombstone leaves them as a delete would.
_LIVE_ROW_TRIGGERS = """
CREATE TRIGGER annotations_ai AFTER INSERT ON annotations WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO annotation_index(rowid, quote, note) VALUES (new.id, ifnull(new.quote, ''), new.note);
    UPDATE articles SET annotation_count = annotation_count + 1 WHERE id = new.article_id;
END;
CREATE TRIGGER annotations_ad AFTER DELETE ON annotations WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO annotation_index(annotation_index, rowid, quote, note) VALUES ('delete', old.id, ifnull(old.quote, ''), old.note);
    UPDATE articles SET annotation_count = annotation_count - 1 WHERE id = old.article_id;
END;
CREATE TRIGGER annotations_au AFTER UPDATE OF quote, note, deleted_at ON annotations BEGIN
    INSERT INTO annotation_index(annotation_index, rowid, quote, note)
        SELECT 'delete', old.id, ifnull(old.quote, ''), old.note WHERE old.deleted_at IS NULL;
    INSERT INTO annotation_index(rowid, quote, note) SELECT new.id, ifnull(new.quote, ''), new.note WHERE new.deleted_at IS NULL;
    UPDATE articles SET annotation_count = annotation_count + (new.deleted_at IS NULL) - (old.deleted_at IS NULL)
        WHERE id = new.article_id AND (new.deleted_at IS NULL) <> (old.deleted_at IS NULL);
END;
CREATE TRIGGER article_tags_ai AFTER INSERT ON article_tags WHEN new.deleted_at IS NULL BEGIN
    UPDATE tags SET article_count = article_count + 1 WHERE id = new.tag_id;
END;
CREATE TRIGGER article_tags_ad AFTER DELETE ON article_tags WHEN old.deleted_at IS NULL BEGIN
    UPDATE tags SET article_count = article_count - 1 WHERE id = old.tag_id;
END;
CREATE TRIGGER article_tags_au AFTER UPDATE OF deleted_at ON article_tags
WHEN (new.deleted_at IS NULL) <> (old.deleted_at IS NULL) BEGIN
    UPDATE tags SET article_count = article_count + (new.deleted_at IS NULL) - (old.deleted_at IS NULL) WHERE id = new.tag_id;
END;
"""


@MIGRATIONS(name="0009_coding")
def _coding(db: Database) -> None:
    """Qualitative coding (core/coding/): a hierarchical codebook, and codings that tie a code to
    an annotation (a passage, or the whole article) for one coder. Both are user rows: a UUID, a
    `modified` time and a tombstone. A code's name is unique among its live siblings, as in NVivo
    and MAXQDA; `position` orders siblings. `codings.article_id` repeats the annotation's article so
    that counts per code and per article are index ranges, with no join to annotations.
    """
    db.execute(
        """CREATE TABLE codes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            parent_id INTEGER REFERENCES codes(id),
            name TEXT NOT NULL,
            color TEXT,
            description TEXT NOT NULL DEFAULT '',
            memo TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute("CREATE UNIQUE INDEX idx_codes_uuid ON codes(uuid)")
    db.execute("CREATE UNIQUE INDEX idx_codes_name ON codes(ifnull(parent_id, 0), name COLLATE NOCASE) WHERE deleted_at IS NULL")
    db.execute(
        """CREATE TABLE codings (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            annotation_id INTEGER NOT NULL REFERENCES annotations(id),
            code_id INTEGER NOT NULL REFERENCES codes(id),
            article_id INTEGER NOT NULL REFERENCES articles(id),
            coder TEXT NOT NULL,
            created_at TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute("CREATE UNIQUE INDEX idx_codings_uuid ON codings(uuid)")
    db.execute("CREATE UNIQUE INDEX idx_codings_live ON codings(annotation_id, code_id, coder) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX idx_codings_code ON codings(code_id, article_id) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX idx_codings_article ON codings(article_id, code_id) WHERE deleted_at IS NULL")


@MIGRATIONS(name="0010_saved_searches")
def _saved_searches(db: Database) -> None:
    """Saved searches: a search box text and a sidebar filter under a name, in the user's order.

    A user-made row like the others (uuid, modified, tombstone). The sidebar part is stored by
    what stays true on another device and across renames (`filter`, JSON): sources by name,
    sections by source and name, tags by UUID, imports by their file's sha256 (saved_searches.py).
    """
    db.execute(
        """CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            name TEXT NOT NULL,
            query TEXT NOT NULL DEFAULT '',
            filter TEXT NOT NULL DEFAULT '{}',
            position INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute("CREATE UNIQUE INDEX idx_saved_searches_uuid ON saved_searches(uuid)")
    db.execute("CREATE INDEX idx_saved_searches_position ON saved_searches(position, id) WHERE deleted_at IS NULL")


@MIGRATIONS(name="0011_open_database")
def _open_database(db: Database) -> None:
    """The library as an open database: tools find its full-text indexes, and it has views to browse.

    Datasette and sqlite-utils (`detect_fts()`, which `sqlite-utils search` and Datasette's
    `?_search=` rely on) recognise an index of a table only when it is declared `content="table"`
    or `content=[table]`, not `content='table'` as 0001 and 0004 wrote it. To FTS5 the two are the
    same option (it unquotes both), so only the declaration's text changes: it is rewritten in
    place, SQLite's documented procedure for schema changes that leave the file's contents as
    they are (lang_altertable.html, "making other kinds of table schema changes"). That takes
    milliseconds, where making the index again takes 20 s at 100k articles and minutes at 1M.
    A connection that may not edit the schema (SQLite's defensive mode) makes both indexes again
    instead, under the same names, so the triggers that keep them go on working: `search_index`
    rebuilt from every version, `annotation_index` from live annotations only, as the 0008
    triggers keep it.

    The views are the joins a person exploring the file would otherwise write; they use plain
    SQL only (no Qalam functions), so every SQLite tool can read them. SQLite refuses to rename or
    drop a column a view uses: a later migration that must, drops the view first and makes it again.
    """
    for name, (table, create, refill) in _FTS_INDEXES.items():
        _declare_fts_content(db, name, table, create, refill)
    for statement in _OPEN_DATABASE_VIEWS.split(";\n")[:-1]:
        db.execute(statement)


_FTS_INDEXES = {
    "search_index": (
        "versions",
        """CREATE VIRTUAL TABLE search_index USING fts5(
            title, text, content="versions", content_rowid='id',
            tokenize = 'unicode61 remove_diacritics 2'
        )""",
        "INSERT INTO search_index(search_index) VALUES ('rebuild')",
    ),
    "annotation_index": (
        "annotations",
        """CREATE VIRTUAL TABLE annotation_index USING fts5(
            quote, note, content="annotations", content_rowid='id',
            tokenize = 'unicode61 remove_diacritics 2'
        )""",
        "INSERT INTO annotation_index(rowid, quote, note) SELECT id, ifnull(quote, ''), note FROM annotations WHERE deleted_at IS NULL",
    ),
}


def _declare_fts_content(db: Database, name: str, table: str, create: str, refill: str) -> None:
    stored = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone()[0]
    if f'content="{table}"' in stored or f"content=[{table}]" in stored:
        return
    declared = stored.replace(f"content='{table}'", f'content="{table}"', 1)
    if declared != stored:
        try:
            _rewrite_declaration(db, name, declared)
            return
        except sqlite3.DatabaseError:
            pass  # defensive mode: "table sqlite_master may not be modified"
    db.execute(f"DROP TABLE {name}")
    db.execute(create)
    db.execute(refill)


def _rewrite_declaration(db: Database, name: str, declared: str) -> None:
    """Replace a table's CREATE statement, bumping the schema cookie so every connection reads it anew."""
    version = int(db.execute("PRAGMA schema_version").fetchone()[0])
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", [declared, name])
        db.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


_OPEN_DATABASE_VIEWS = """
CREATE VIEW article_texts AS
SELECT a.id AS article_id, a.date, s.name AS source, a.title, v.text, a.source_url,
       a.version_count, a.annotation_count, a.is_read, a.is_starred, v.id AS version_id, v.sha256
FROM articles a
JOIN sources s ON s.id = a.source_id
JOIN versions v ON v.id = (SELECT max(id) FROM versions WHERE article_id = a.id);
CREATE VIEW annotation_quotes AS
SELECT n.id AS annotation_id, a.title AS article_title, n.quote, n.note, c.name AS color_name,
       a.date AS article_date, s.name AS source, a.source_url, n.article_id, n.version_id,
       c.color, n.created_at, n.modified, n.uuid
FROM annotations n
JOIN articles a ON a.id = n.article_id
JOIN sources s ON s.id = a.source_id
LEFT JOIN highlight_colors c ON c.id = n.color_id
WHERE n.deleted_at IS NULL;
CREATE VIEW tag_counts AS
SELECT id AS tag_id, name, color, article_count
FROM tags
WHERE deleted_at IS NULL;
CREATE VIEW version_sightings AS
SELECT o.id AS occurrence_id, v.article_id, v.id AS version_id, v.sha256, o.title AS printed_title,
       d.file_name AS dump, d.imported_at, sn.name AS section, o.position, o.line
FROM occurrences o
JOIN versions v ON v.id = o.version_id
JOIN dumps d ON d.id = o.dump_id
LEFT JOIN sections sn ON sn.id = o.section_id;
"""


@MIGRATIONS(name="0012_alignment_corrections")
def _alignment_corrections(db: Database) -> None:
    """What translators decide about a pair of editions (issue 16), each a user row (UUID, `modified`,
    tombstone), stored per pair of articles with the lower id first:

    - `alignment_corrections`: a row boundary of the parallel view added, removed or moved by hand,
      kept as text anchors (the words around it on each side, and its offsets), so that it is put
      back on a new alignment of new versions wherever those words still are
      (core/alignment_corrections.py);
    - `drift_acceptances`: a mismatch of the drift check accepted as fine, keyed by the side, the
      kind and the normalised text, so it stays accepted however the rows are cut again; its UUID
      is derived from that key, so two devices accepting the same mismatch make the same row;
    - `translation_dismissals`: a suggested translation the user said is not one;
    - `annotations.source_uuid`: on a highlight made by confirming a projection, the highlight on
      the translation it was projected from (core/projection.py).
    """
    db.execute(
        """CREATE TABLE alignment_corrections (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            other_id INTEGER NOT NULL REFERENCES articles(id),
            removed TEXT,  -- JSON: the boundary taken away (a merge, a move), as text anchors on each side
            added TEXT,  -- JSON: the boundary put in (a split, a move)
            created_at TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted_at TEXT,
            CHECK (article_id < other_id),
            CHECK (removed IS NOT NULL OR added IS NOT NULL)
        )"""
    )
    db.execute("CREATE UNIQUE INDEX idx_alignment_corrections_uuid ON alignment_corrections(uuid)")
    db.execute("CREATE INDEX idx_alignment_corrections_pair ON alignment_corrections(article_id, other_id) WHERE deleted_at IS NULL")
    db.execute(
        """CREATE TABLE drift_acceptances (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            other_id INTEGER NOT NULL REFERENCES articles(id),
            side TEXT NOT NULL CHECK (side IN ('first', 'second')),  -- whose text states what the other lacks
            kind TEXT NOT NULL,
            text_key TEXT NOT NULL,  -- the mismatch's text, case-folded, spaces collapsed
            text TEXT NOT NULL,  -- as it was shown
            created_at TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted_at TEXT,
            CHECK (article_id < other_id)
        )"""
    )
    db.execute("CREATE UNIQUE INDEX idx_drift_acceptances_uuid ON drift_acceptances(uuid)")
    db.execute("CREATE UNIQUE INDEX idx_drift_acceptances_key ON drift_acceptances(article_id, other_id, side, kind, text_key)")
    db.execute(
        """CREATE TABLE translation_dismissals (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            other_id INTEGER NOT NULL REFERENCES articles(id),
            created_at TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted_at TEXT,
            CHECK (article_id < other_id)
        )"""
    )
    db.execute("CREATE UNIQUE INDEX idx_translation_dismissals_uuid ON translation_dismissals(uuid)")
    db.execute("CREATE UNIQUE INDEX idx_translation_dismissals_pair ON translation_dismissals(article_id, other_id)")
    db.execute("CREATE INDEX idx_translation_dismissals_other ON translation_dismissals(other_id, article_id)")
    db["annotations"].add_column("source_uuid", str)


@MIGRATIONS(name="0013_sync")
def _sync(db: Database) -> None:
    """Sync through a shared folder (desktop/core/sync/): an op log that triggers fill, and what
    the folder has been seen to hold. None of these tables is ever shared; change files are.

    - `sync_state`: this library's device id (made when sync is set up; a copy of the library
      that turns up in the folder takes a new one), its hybrid clock, whether edits are being
      captured, how far its own ops were written out, and the sync folder (and the id of the
      folder last synced with: in a new one, every op this library holds is written out again).
    - `sync_ops`: every write of a synced field, made here or received: (table, stable key,
      field, clock, device) is its identity; `parents` are the ops it replaced knowingly;
      `leaf` is 0 once another op names it as a parent. The winner of a field is its newest
      leaf; the other leaves are the Conflicts list.
    - `sync_pending_parents`: parents named before they arrived (files come in any order).
    - `sync_applied` / `sync_exported` / `sync_files`: change files read and written, and the
      size and time each file had when last looked at, so an unchanged folder costs a listing.
    - `sync_waiting`: rows that cannot be placed yet (their article is not imported here).
    - `sync_devices` (from each device's device.json) and `sync_log` (the sync log).
    - `annotations.author`: who made a highlight or note.
    - `alignment_corrections.sequence`: the order a pair's corrections apply in, which local ids
      cannot tell once corrections arrive from other devices (core/alignment_corrections.py);
      corrections made before it keep the order they were made in.
    """
    from desktop.core.sync.triggers import install_triggers

    db["annotations"].add_column("author", str)
    db["alignment_corrections"].add_column("sequence", int, not_null_default=0)
    db.execute(
        "UPDATE alignment_corrections SET sequence = CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER)"
        " + (SELECT count(*) FROM alignment_corrections p WHERE p.article_id = alignment_corrections.article_id"
        " AND p.other_id = alignment_corrections.other_id AND p.id < alignment_corrections.id)"
    )
    db.execute("CREATE UNIQUE INDEX idx_highlight_colors_uuid ON highlight_colors(uuid)")
    for statement in _SYNC_TABLES.split(";\n")[:-1]:
        db.execute(statement)
    db.execute("INSERT INTO sync_state (id) VALUES (1)")
    _create_triggers(db, _SYNC_OP_TRIGGERS)
    install_triggers(db)


_SYNC_TABLES = """
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device TEXT,
    hlc INTEGER NOT NULL DEFAULT 0,
    capturing INTEGER NOT NULL DEFAULT 0,
    exported_seq INTEGER NOT NULL DEFAULT 0,
    exported_upto INTEGER NOT NULL DEFAULT 0,
    folder TEXT,
    share_dumps INTEGER NOT NULL DEFAULT 0,
    folder_id TEXT,
    relay_upto INTEGER NOT NULL DEFAULT 0,
    waiting_checked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_ops (
    rid INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    dev TEXT NOT NULL,
    value ANY,
    parents TEXT NOT NULL DEFAULT '[]',
    seen TEXT,
    leaf INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX idx_sync_ops_identity ON sync_ops(tbl, key, field, hlc, dev);
CREATE TABLE sync_pending_parents (
    tbl TEXT NOT NULL, key TEXT NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL, dev TEXT NOT NULL,
    PRIMARY KEY (tbl, key, field, hlc, dev)
) WITHOUT ROWID;
CREATE TABLE sync_applied (
    dev TEXT NOT NULL, seq INTEGER NOT NULL, sha256 TEXT NOT NULL, ops INTEGER NOT NULL, applied_at TEXT NOT NULL,
    PRIMARY KEY (dev, seq, sha256)
) WITHOUT ROWID;
CREATE TABLE sync_exported (
    dev TEXT NOT NULL, seq INTEGER NOT NULL, upto INTEGER NOT NULL, sha256 TEXT NOT NULL, ops INTEGER NOT NULL, written_at TEXT NOT NULL,
    PRIMARY KEY (dev, seq)
) WITHOUT ROWID;
CREATE TABLE sync_files (
    dev TEXT NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, status TEXT NOT NULL, reason TEXT,
    PRIMARY KEY (dev, name)
) WITHOUT ROWID;
CREATE TABLE sync_waiting (
    tbl TEXT NOT NULL, key TEXT NOT NULL, needs TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
CREATE TABLE sync_devices (
    device TEXT PRIMARY KEY, name TEXT, user TEXT, qalam TEXT, schema INTEGER, seen_at TEXT
);
CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, ok INTEGER NOT NULL, summary TEXT NOT NULL, details TEXT NOT NULL
);
"""

# Leaves: an op stops being one when another names it as a parent, whichever arrives first. (Most
# ops name none, and most of the time no parent is awaited: the WHEN clauses keep those cheap.)
_SYNC_OP_TRIGGERS = """
CREATE TRIGGER sync_ops_parents AFTER INSERT ON sync_ops WHEN new.parents <> '[]' BEGIN
    UPDATE sync_ops SET leaf = 0 WHERE leaf = 1 AND tbl = new.tbl AND key = new.key AND field = new.field
        AND (hlc, dev) IN (SELECT json_extract(p.value, '$[0]'), json_extract(p.value, '$[1]') FROM json_each(new.parents) p);
    INSERT OR IGNORE INTO sync_pending_parents (tbl, key, field, hlc, dev)
        SELECT new.tbl, new.key, new.field, json_extract(p.value, '$[0]'), json_extract(p.value, '$[1]') FROM json_each(new.parents) p
        WHERE NOT EXISTS (SELECT 1 FROM sync_ops o WHERE o.tbl = new.tbl AND o.key = new.key AND o.field = new.field
            AND o.hlc = json_extract(p.value, '$[0]') AND o.dev = json_extract(p.value, '$[1]'));
END;
CREATE TRIGGER sync_ops_awaited AFTER INSERT ON sync_ops WHEN EXISTS (SELECT 1 FROM sync_pending_parents) BEGIN
    UPDATE sync_ops SET leaf = 0 WHERE rid = new.rid AND EXISTS (SELECT 1 FROM sync_pending_parents q
        WHERE q.tbl = new.tbl AND q.key = new.key AND q.field = new.field AND q.hlc = new.hlc AND q.dev = new.dev);
    DELETE FROM sync_pending_parents WHERE tbl = new.tbl AND key = new.key AND field = new.field AND hlc = new.hlc AND dev = new.dev;
END;
"""


@MIGRATIONS(name="0014_search_folding")
def _search_folding(db: Database) -> None:
    """ё is е in the full-text indexes (core/search_folding.py): printed Russian mostly writes е,
    so a search for either must find both. The triggers insert (and delete) the folded title,
    text, quote and note; the folding is plain replace(), so the library stays writable by any
    SQLite tool. Both indexes are then refilled with the folded text.

    The indexes are not declared again: 0011_open_database may have re-declared them (content=
    "versions" in double quotes, for Datasette and sqlite-utils), and whichever declaration is
    there stays. FTS5's 'rebuild' would read the unfolded text back from the content table, so
    each index is emptied ('delete-all') and refilled from a SELECT of the folded text instead:
    a migration that declares an index again must refill it with `refill_search_indexes`.
    """
    for trigger in ("versions_ai", "versions_ad", "annotations_ai", "annotations_ad", "annotations_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    _create_triggers(db, _FOLDED_INDEX_TRIGGERS)
    refill_search_indexes(db)


def refill_search_indexes(db: Database) -> None:
    """Fill both full-text indexes afresh with the folded text of every version and live annotation."""
    db.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    db.execute(f"INSERT INTO search_index(rowid, title, text) SELECT id, {_yo('title')}, {_yo('text')} FROM versions")
    db.execute("INSERT INTO annotation_index(annotation_index) VALUES ('delete-all')")
    quote, note = _yo("ifnull(quote, '')"), _yo("note")
    db.execute(f"INSERT INTO annotation_index(rowid, quote, note) SELECT id, {quote}, {note} FROM annotations WHERE deleted_at IS NULL")


def _yo(expression: str) -> str:
    return yo_folded_sql(expression)


# The triggers of 0001 (versions) and 0008 (annotations, live rows only), with ё folded.
_FOLDED_INDEX_TRIGGERS = f"""
CREATE TRIGGER versions_ai AFTER INSERT ON versions BEGIN
    INSERT INTO search_index(rowid, title, text) VALUES (new.id, {_yo('new.title')}, {_yo('new.text')});
    UPDATE articles SET version_count = version_count + 1 WHERE id = new.article_id;
END;
CREATE TRIGGER versions_ad AFTER DELETE ON versions BEGIN
    INSERT INTO search_index(search_index, rowid, title, text) VALUES ('delete', old.id, {_yo('old.title')}, {_yo('old.text')});
    UPDATE articles SET version_count = version_count - 1 WHERE id = old.article_id;
END;
CREATE TRIGGER annotations_ai AFTER INSERT ON annotations WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO annotation_index(rowid, quote, note) VALUES (new.id, {_yo("ifnull(new.quote, '')")}, {_yo('new.note')});
    UPDATE articles SET annotation_count = annotation_count + 1 WHERE id = new.article_id;
END;
CREATE TRIGGER annotations_ad AFTER DELETE ON annotations WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO annotation_index(annotation_index, rowid, quote, note)
        VALUES ('delete', old.id, {_yo("ifnull(old.quote, '')")}, {_yo('old.note')});
    UPDATE articles SET annotation_count = annotation_count - 1 WHERE id = old.article_id;
END;
CREATE TRIGGER annotations_au AFTER UPDATE OF quote, note, deleted_at ON annotations BEGIN
    INSERT INTO annotation_index(annotation_index, rowid, quote, note)
        SELECT 'delete', old.id, {_yo("ifnull(old.quote, '')")}, {_yo('old.note')} WHERE old.deleted_at IS NULL;
    INSERT INTO annotation_index(rowid, quote, note)
        SELECT new.id, {_yo("ifnull(new.quote, '')")}, {_yo('new.note')} WHERE new.deleted_at IS NULL;
    UPDATE articles SET annotation_count = annotation_count + (new.deleted_at IS NULL) - (old.deleted_at IS NULL)
        WHERE id = new.article_id AND (new.deleted_at IS NULL) <> (old.deleted_at IS NULL);
END;
"""
