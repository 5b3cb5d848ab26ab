"""A library with every kind of annotation the exports and the annotation import must carry.

On the sample dumps plus one later edit of MURAT's article: a coloured highlight with a note that
CommonMark would misread, placed exactly on the news version and approximately on the
quote-stripped society copy; a highlight whose passage the edit removed, re-attached by hand on
the edited version; a highlight on an article with a web address; a note on a whole article; a
passage made only to carry a code, a whole-article code; and a deleted highlight that no export
may show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.annotations import create_highlight, create_note, delete_annotation, reattach
from desktop.core.coding import codebook, codings
from desktop.core.ids import AnnotationId, ArticleId, VersionId
from desktop.core.importer import import_paths
from tests.dump_factory import dump_text, write_dump

MURAT = "MURAT ABENOV ON THE NEW CONSTITUTION: THE BALANCE OF SOVEREIGNTY AND INTERNATIONAL LAW HAS BEEN PRESERVED"
QUOTED = '"We, together with our colleagues, have carefully studied the draft norms.'
TRICKY_NOTE = "1. first point\r\n---\n&copy; <b>not bold</b> *not em*\n\n# not a heading\n> not a quote"
GONE_PASSAGE = "Kazakhstan remains committed to the principle of mutual respect"
REMOVED = "The deputy declined to comment on the draft."
KOSTANAY_URL = "https://www.gov.kz/memleket/entities/kostanai-kalasy-akimat/press/news/details/1154967?lang=kk"
KOSTANAY_PASSAGE = "The event was attended by heads of state institutions"


@dataclass(frozen=True)
class Annotated:
    db: Database
    dumps: tuple[Path, ...]  # every dump the library holds: a fresh library of the same dumps imports these
    murat: ArticleId
    kostanay: ArticleId
    claim: AnnotationId  # the highlight with the tricky note
    reattached: AnnotationId
    kostanay_highlight: AnnotationId
    article_note: AnnotationId
    coded_passage: AnnotationId
    deleted: AnnotationId
    versions: tuple[VersionId, ...]  # MURAT's: news, society, edited


def span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


def murat_versions(db: Database) -> tuple[ArticleId, list[tuple[VersionId, str]]]:
    article = ArticleId(db.execute("SELECT id FROM articles WHERE title = ?", [MURAT]).fetchone()[0])
    rows = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article]).fetchall()
    return article, [(VersionId(r[0]), r[1]) for r in rows]


def annotate(db: Database, samples_dir: Path, tmp_path: Path) -> Annotated:
    """Annotations made on `db`, which holds the sample dumps."""
    murat, [(news, news_text), _] = murat_versions(db)
    claim = create_highlight(db, murat, news, *span(news_text, QUOTED), 2, TRICKY_NOTE).annotation.id
    gone = create_highlight(db, murat, news, *span(news_text, GONE_PASSAGE), 4, "later removed").annotation.id
    edited_text = news_text.replace(GONE_PASSAGE, REMOVED)
    later = write_dump(
        tmp_path / "dumps" / "later.txt", dump_text("Enbekshi QazaQ", {"News": [[f"{MURAT} 04.02.2026", edited_text]]})
    )
    import_paths(db, [later])
    murat, versions = murat_versions(db)
    edited, text = versions[-1]
    reattach(db, gone, edited, *span(text, REMOVED))
    kostanay = ArticleId(db.execute("SELECT id FROM articles WHERE source_url = ?", [KOSTANAY_URL]).fetchone()[0])
    kostanay_version, kostanay_text = db.execute("SELECT id, text FROM versions WHERE article_id = ?", [kostanay]).fetchone()
    kostanay_highlight = create_highlight(db, kostanay, kostanay_version, *span(kostanay_text, KOSTANAY_PASSAGE), 3).annotation.id
    note = create_note(db, ArticleId(1), "Compare with the Kazakh edition").annotation.id
    frames = codebook.create_code(db, "Frames").code
    conflict = codebook.create_code(db, "Conflict", frames, color="#e53935").code
    coded = codings.code_passage(db, kostanay, kostanay_version, 0, 40, [conflict], "Aigerim").change.touched_annotations
    codings.code_articles(db, [murat], [frames], "Daniyar")
    deleted = create_highlight(db, kostanay, kostanay_version, 50, 90, 5, "deleted").annotation.id
    delete_annotation(db, deleted)
    dumps = (*sorted(samples_dir.glob("*.txt")), later)
    return Annotated(
        db,
        dumps,
        murat,
        kostanay,
        claim,
        gone,
        kostanay_highlight,
        note,
        next(iter(coded)),
        deleted,
        tuple(v for v, _ in versions),
    )
