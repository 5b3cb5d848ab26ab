"""Highlights carried across languages: a passage marked in one edition, shown on its translations.

A highlight (or a coded passage) made on the English edition is found on the Russian one through
the pair's alignment as the user corrected it (core/alignment_corrections.py): the rows holding
the highlight, then, inside them, the sentences a sentence alignment pairs with the highlighted
ones. The result is a *projection*: the fourth anchor status beside exact, fuzzy and orphan. It is
computed whenever the translation is read, never stored, so it follows every new version and every
correction of the alignment. A highlighted sentence that the other edition leaves out projects
nowhere: no place is better than a wrong one.

Confirming a projection makes it a real highlight of the translation, placed exactly on the text
the user selected there (or on the whole projection): a new annotation with the original's colour
and note, whose `source_uuid` names the original. That link keeps the original from being
projected again onto the article that now has its own, and keeps the copy from being projected
back onto the edition it came from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.alignment import AlignedRow, Unit, align_segments
from desktop.core.alignment_corrections import pair_alignment
from desktop.core.alignment_cuts import segments_in
from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import AnnotationCreated, AnnotationError, article_annotations, create_highlight, get_annotation
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.coding.codebook import insert_coding
from desktop.core.drift import Side, omitted_sentences
from desktop.core.ids import AnnotationId, ArticleId, CodeId, Uuid, VersionId
from desktop.core.pair_drift import edition_label
from desktop.core.transactions import write_transaction
from desktop.core.translations import translations_of


@dataclass(frozen=True)
class Projection:
    """A highlight of a translation, placed on this article's text (code points) through the alignment."""

    source: AnnotationId
    source_uuid: Uuid
    source_article: ArticleId
    source_label: str  # the translation's language ("EN"), or "linked"
    color_id: int | None
    note: str
    quote: str  # the highlighted text, in the other language
    start: int
    end: int
    codes: tuple[str, ...] = ()  # the names of the codes the original carries (core/coding)

    @property
    def status(self) -> AnchorStatus:
        return AnchorStatus.PROJECTED


def project_span(
    rows: Sequence[AlignedRow], left: str, right: str, start: int, end: int, left_out: Collection[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """Where left[start:end] falls in the right text: the sentences of its rows that translate it.

    `left_out`: sentences of the left text that the right one leaves out (core/drift.py); a
    highlight within them projects nowhere.
    """
    touched = [r for r in rows if any(a < end and start < b for a, b in r.left_spans)]
    if not touched or not any(r.right_spans for r in touched):
        return None
    left_lo, left_hi = touched[0].left_spans[0][0], touched[-1].left_spans[-1][1]
    spans = [s for r in touched for s in r.right_spans]
    right_lo, right_hi = spans[0][0], spans[-1][1]
    mine = segments_in(left, left_lo, left_hi)
    highlighted = [s for s in mine if s[0] < end and start < s[1]]
    if highlighted and all(any(a <= s[0] and s[1] <= b for a, b in left_out) for s in highlighted):
        return None
    theirs = segments_in(right, right_lo, right_hi)
    if len(mine) <= 1 or len(theirs) <= 1:
        return right_lo, right_hi
    beads = align_segments([left[a:b] for a, b in mine], [right[a:b] for a, b in theirs], Unit.SENTENCE)
    found = [
        theirs[j]
        for bead in beads
        if any(mine[i][0] < end and start < mine[i][1] for i in range(bead.left_start, bead.left_end))
        for j in range(bead.right_start, bead.right_end)
    ]
    if not found:
        return None  # the highlighted sentences are left out of this edition
    return found[0][0], found[-1][1]


def project_annotations(db: Database, article: ArticleId, version: VersionId) -> tuple[Projection, ...]:
    """The highlights of the article's translations, projected onto `version` of the article (a read op)."""
    row = db.execute("SELECT text FROM versions WHERE id = ? AND article_id = ?", [version, article]).fetchone()
    if row is None:
        return ()
    target = row[0]
    own = db.execute(
        "SELECT uuid, source_uuid FROM annotations WHERE article_id = ? AND deleted_at IS NULL", [article]
    ).fetchall()
    own_uuids = {r[0] for r in own}
    confirmed = {r[1] for r in own if r[1]}
    found: list[Projection] = []
    for translation in translations_of(db, article):
        sources = _sources(db, translation.article)
        highlights = [a for a in article_annotations(db, translation.article) if a.is_highlight and a.uuid not in confirmed]
        highlights = [a for a in highlights if sources.get(a.id) not in own_uuids]
        if not highlights:
            continue
        versions = {
            VersionId(v): text
            for v, text in db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [translation.article])
        }
        newest = max(versions)
        label = edition_label(translation.lang, versions[newest])
        placed: dict[VersionId, list[tuple[int, int, int]]] = defaultdict(list)
        for k, a in enumerate(highlights):
            for choice in (newest, a.version_id):
                info = a.anchor_on(choice) if choice is not None else None
                if (
                    info is not None
                    and info.status is not AnchorStatus.ORPHAN
                    and info.start is not None
                    and info.end is not None
                ):
                    placed[choice].append((k, info.start, info.end))
                    break
        for source_version, spans in placed.items():
            source = versions[source_version]
            alignment = pair_alignment(db, translation.article, article, source, target)
            left_out = [(a, b) for side, a, b in omitted_sentences(source, target) if side is Side.LEFT]
            for k, start, end in spans:
                where = project_span(alignment.rows, source, target, start, end, left_out)
                if where is not None:
                    a = highlights[k]
                    codes = _code_names(db, a.id)
                    found.append(Projection(a.id, a.uuid, translation.article, label, a.color_id, a.note, a.quote or "", *where, codes))
    return tuple(sorted(found, key=lambda p: (p.start, p.end, p.source)))


def _code_names(db: Database, annotation: AnnotationId) -> tuple[str, ...]:
    return tuple(
        r[0]
        for r in db.execute(
            "SELECT DISTINCT c.name FROM codings g JOIN codes c ON c.id = g.code_id"
            " WHERE g.annotation_id = ? AND g.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY c.name",
            [annotation],
        )
    )


def _sources(db: Database, article: ArticleId) -> dict[AnnotationId, str]:
    """The originals that the article's confirmed projections were confirmed from."""
    return {
        AnnotationId(r[0]): r[1]
        for r in db.execute(
            "SELECT id, source_uuid FROM annotations WHERE article_id = ? AND source_uuid IS NOT NULL AND deleted_at IS NULL",
            [article],
        )
    }


def confirm_projection(
    db: Database, article: ArticleId, version: VersionId, start: int, end: int, source: AnnotationId
) -> AnnotationCreated:
    """Make a projection a highlight of `article`, exactly on text[start:end] of `version`, linked to its original.

    It takes the original's colour (none for a passage made to carry codes), note and codings
    (each code by the same coder), so a coded passage confirmed in the translation is coded there too.
    """
    with write_transaction(db):
        original = get_annotation(db, source)
        if original is None or not original.is_highlight:
            raise AnnotationError("The highlight this was projected from no longer exists.")
        made = create_highlight(db, article, version, start, end, original.color_id, original.note)
        db.execute("UPDATE annotations SET source_uuid = ? WHERE id = ?", [original.uuid, made.annotation.id])
        now = now_iso()
        codings = db.execute(
            "SELECT DISTINCT code_id, coder FROM codings WHERE annotation_id = ? AND deleted_at IS NULL ORDER BY code_id, coder", [source]
        ).fetchall()
        for code, coder in codings:
            insert_coding(db, made.annotation.id, CodeId(code), coder, now)
    change = Change.of_annotations({article}, {made.annotation.id})
    return AnnotationCreated(made.annotation, change | Change(codes=True) if codings else change)
