"""What a citation of an article says, whatever the format: one record per article, for one version.

A news article changes after it is printed, so a citation names the text that was read: the
version (by its SHA-256) and the dump it was first seen in. That dump's import is when it was
"accessed". Unless told otherwise, the version cited is the one the reader opens on (the first
seen). The language, where the text shows it, is told from its letters (kk, ru or en).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.anchors_text import detect_language
from desktop.core.identity import article_uuid
from desktop.core.ids import ArticleId, VersionId

LANGUAGE_SAMPLE = 4000  # characters of the text its language is told from


@dataclass(frozen=True)
class CitationRecord:
    article_id: ArticleId
    uuid: str  # the article's stable identity: the citation's id
    title: str
    site: str
    date: str | None  # ISO yyyy-mm-dd, as the dump printed it
    url: str | None
    section: str | None  # where the cited version was first printed
    language: str | None
    version_sha256: str
    dump: str  # the file the cited version was first seen in
    dump_sha256: str
    accessed: str  # ISO date the dump was imported

    @property
    def provenance(self) -> str:
        """The note every format carries: exactly which text was read."""
        return f"Qalam: version sha256 {self.version_sha256}, first seen in dump {self.dump} (sha256 {self.dump_sha256})"

    @property
    def date_parts(self) -> tuple[int, int, int] | None:
        return _parts(self.date)

    @property
    def accessed_parts(self) -> tuple[int, int, int] | None:
        return _parts(self.accessed)


def _parts(iso: str | None) -> tuple[int, int, int] | None:
    if not iso or len(iso) < 10:
        return None
    try:
        return int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
    except ValueError:
        return None


_ARTICLE = "SELECT a.id, s.name, a.title, a.title_key, a.date, a.source_url FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?"
_VERSION = (
    "SELECT v.id, v.sha256, substr(v.text, 1, ?), d.file_name, d.sha256, d.imported_at,"
    " (SELECT sn.name FROM occurrences o JOIN sections sn ON sn.id = o.section_id"
    "  WHERE o.version_id = v.id ORDER BY o.dump_id, o.position LIMIT 1)"
    " FROM versions v JOIN dumps d ON d.id = v.first_dump_id WHERE v.article_id = ?"
)


def citation_record(db: Database, article: ArticleId, version: VersionId | None = None) -> CitationRecord | None:
    """The citation of an article as read in `version` (by default the first seen); None if it is gone."""
    row = db.execute(_ARTICLE, [article]).fetchone()
    if row is None:
        return None
    chosen = None
    if version is not None:
        chosen = db.execute(_VERSION + " AND v.id = ?", [LANGUAGE_SAMPLE, article, version]).fetchone()
    if chosen is None:
        chosen = db.execute(_VERSION + " ORDER BY v.id LIMIT 1", [LANGUAGE_SAMPLE, article]).fetchone()
    if chosen is None:
        return None
    _id, site, title, key, date, url = row
    _version, sha, sample, dump, dump_sha, imported, section = chosen
    return CitationRecord(
        article_id=ArticleId(_id),
        uuid=article_uuid(site, key, date),
        title=title,
        site=site,
        date=date,
        url=url,
        section=section,
        language=detect_language(sample) if sample.strip() else None,
        version_sha256=sha,
        dump=dump,
        dump_sha256=dump_sha,
        accessed=imported[:10],
    )


def iter_citations(
    db: Database, ids: list[ArticleId] | None = None, versions: Mapping[ArticleId, VersionId] | None = None
) -> Iterator[CitationRecord]:
    """Records in date then id order (or in the order given), one article at a time."""
    if ids is None:
        ids = [ArticleId(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY date, id")]
    for article in ids:
        record = citation_record(db, article, (versions or {}).get(article))
        if record is not None:
            yield record
