"""Bring annotations read from a file into the library: find each one's article, place its passage
on every version of it, and keep its identity.

The article is found by Qalam's article identity where the file carries it (the same in every
library holding the same dumps), else by the target's web address, exactly and then in its
common variants (http/https, www., a trailing slash, a #fragment). Where several articles share
an address, the one whose text holds the quote wins.

The passage is placed as a highlight made here would be (anchoring.py): on the version it was
made on when the file names that text by its hash and the library has it, with the position the
file gives; otherwise exactly, else approximately, wherever the quote is; otherwise it is kept as
an orphan, never dropped. Where a Qalam file lists the passage's place on a version the library
holds (a passage re-attached by hand included), that place is kept as it was.

An annotation keeps its UUID. One already in the library is left alone unless the file's copy
was modified later (then its note and colour are updated); one deleted here stays deleted. So
the same file imported twice changes nothing. Everything runs in one transaction: a file is in
whole or not at all.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from sqlite_utils import Database

from desktop.core.anchoring import Anchor, AnchorStatus, anchor
from desktop.core.annotation_import.reading import (
    AnnotationFile,
    IncomingAnnotation,
    IncomingCoding,
    Skipped,
    read_annotation_file,
)
from desktop.core.annotations import list_colors
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.coding.codebook import create_code, insert_coding
from desktop.core.coding.snapshots import sibling_named
from desktop.core.identity import article_uuid
from desktop.core.ids import AnnotationId, ArticleId, CodeId, VersionId
from desktop.core.normalize import title_key
from desktop.core.transactions import write_transaction

Progress = Callable[[int, int], None]  # (annotations done, annotations in the file)
PROGRESS_EVERY = 25
DEFAULT_COLOR = 1  # a highlight from a tool without Qalam's colours gets the first
_CACHED_ARTICLES = 64


@dataclass
class _Tally:
    """What the import counts as it goes; frozen into the report at the end."""

    kind: str
    total: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    exact: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    notes: int = 0
    codings: int = 0
    tags_in_notes: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    articles: set[ArticleId] = field(default_factory=set)
    touched: set[AnnotationId] = field(default_factory=set)
    codes_changed: bool = False

    def copy(self) -> _Tally:
        return replace(self, skipped=list(self.skipped), articles=set(self.articles), touched=set(self.touched))

    def report(self) -> AnnotationImportReport:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(skipped=tuple(self.skipped), articles=frozenset(self.articles), touched=frozenset(self.touched))
        return AnnotationImportReport(**values)


@dataclass(frozen=True)
class AnnotationImportReport:
    kind: str
    total: int = 0  # annotations in the file
    added: int = 0
    updated: int = 0  # already here, and the file's copy was newer
    unchanged: int = 0  # already here as the file has them
    exact: int = 0  # of those added: placed exactly on the version they were made on
    fuzzy: int = 0  # placed approximately
    orphaned: int = 0  # kept, but their passage is in no version here
    notes: int = 0  # notes on a whole article
    codings: int = 0  # codings added
    tags_in_notes: int = 0  # annotations whose tags were kept in their note
    skipped: tuple[Skipped, ...] = ()
    articles: frozenset[ArticleId] = frozenset()
    touched: frozenset[AnnotationId] = frozenset()
    codes_changed: bool = False

    @property
    def matched(self) -> int:
        return self.added + self.updated + self.unchanged

    @property
    def change(self) -> Change:
        change = Change.of_annotations(self.articles, self.touched)
        return change | Change.of_codes(self.articles) if self.codes_changed else change

    def reasons(self) -> dict[str, int]:
        """Why annotations were skipped, with how many each."""
        counted: dict[str, int] = {}
        for s in self.skipped:
            counted[s.reason] = counted.get(s.reason, 0) + 1
        return counted

    def summary(self) -> list[str]:
        """The report as lines, for the command line and the window."""
        lines = [f"{_count(self.total, 'annotation')} in the file ({self.kind}); {self.matched} matched to an article"]
        if self.added:
            placed = [
                f"{self.exact} placed exactly",
                f"{self.fuzzy} approximately",
                f"{self.orphaned} orphaned (passage not found)",
            ]
            placed.append(_count(self.notes, "article note"))
            lines.append(f"Added {self.added}: " + ", ".join(placed))
        if self.updated:
            lines.append(f"Updated {self.updated} (the file's copy was edited later)")
        if self.unchanged:
            lines.append(f"Already in the library: {self.unchanged}")
        if self.codings:
            lines.append(f"Codings added: {self.codings}")
        if self.tags_in_notes:
            lines.append(f"Tags that are not colour names kept in the note of {_count(self.tags_in_notes, 'annotation')}")
        if self.skipped:
            lines.append(f"Skipped {len(self.skipped)}:")
            lines.extend(f"  {count} × {reason}" for reason, count in self.reasons().items())
        return lines


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


@dataclass(frozen=True)
class _Version:
    id: VersionId
    sha256: str
    text: str


@dataclass(frozen=True)
class _Placement:
    version: VersionId
    start: int | None
    end: int | None
    anchors: dict[VersionId, Anchor]

    @property
    def status(self) -> AnchorStatus:
        return self.anchors[self.version].status


class _Library:
    """What the import looks up, with the texts of recently used articles kept at hand."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._versions: OrderedDict[ArticleId, list[_Version]] = OrderedDict()
        colors = list_colors(db)
        self.color_ids = {c.id for c in colors}
        self.color_names = {c.name.casefold(): c.id for c in colors}

    def versions(self, article: ArticleId) -> list[_Version]:
        if article in self._versions:
            self._versions.move_to_end(article)
            return self._versions[article]
        found = [
            _Version(VersionId(r[0]), r[1], r[2])
            for r in self.db.execute("SELECT id, sha256, text FROM versions WHERE article_id = ? ORDER BY id", [article])
        ]
        self._versions[article] = found
        if len(self._versions) > _CACHED_ARTICLES:
            self._versions.popitem(last=False)
        return found

    def by_identity(self, incoming: IncomingAnnotation) -> ArticleId | None:
        if not incoming.article_uuid or not incoming.title:
            return None
        for article, site, key, date in self.db.execute(
            "SELECT a.id, s.name, a.title_key, a.date FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.title_key = ?",
            [title_key(incoming.title)],
        ):
            if article_uuid(site, key, date) == incoming.article_uuid:
                return ArticleId(article)
        return None

    def by_address(self, source: str) -> list[ArticleId]:
        for url in _address_variants(source):
            found = [ArticleId(r[0]) for r in self.db.execute("SELECT id FROM articles WHERE source_url = ? ORDER BY id", [url])]
            if found:
                return found
        return []


def _address_variants(source: str) -> list[str]:
    """The address as given, then as sites commonly spell the same page otherwise."""
    variants = [source]
    try:
        parts = urlsplit(source)
    except ValueError:
        return variants
    if parts.scheme not in ("http", "https"):
        return variants
    base = parts._replace(fragment="")
    hosts = [base.netloc]
    hosts.append(base.netloc[4:] if base.netloc.startswith("www.") else f"www.{base.netloc}")
    paths = [base.path, base.path[:-1] if base.path.endswith("/") and len(base.path) > 1 else base.path + "/"]
    for scheme in (base.scheme, "https" if base.scheme == "http" else "http"):
        for host in hosts:
            for path in paths:
                variants.append(urlunsplit(base._replace(scheme=scheme, netloc=host, path=path)))
    return list(dict.fromkeys(variants))


def _best_version(versions: list[_Version], incoming: IncomingAnnotation) -> tuple[_Version, Anchor]:
    """The version the quote lies on most surely: exactly first, then approximately; else the first, orphaned."""
    assert incoming.quote is not None
    hint = incoming.position or (None, None)
    found = [(v, anchor(v.text, incoming.quote, *hint)) for v in versions]
    for status in (AnchorStatus.EXACT, AnchorStatus.FUZZY):
        for version, placed in found:
            if placed.status is status:
                return version, placed
    return versions[0], Anchor(AnchorStatus.ORPHAN)


def _place(versions: list[_Version], incoming: IncomingAnnotation) -> _Placement:
    assert incoming.quote is not None
    by_sha = {v.sha256: v for v in versions}
    given: dict[VersionId, Anchor] = {}
    for a in incoming.anchors:
        version = by_sha.get(a.version_sha256)
        if version is None:
            continue
        if a.status is AnchorStatus.ORPHAN:
            given[version.id] = Anchor(AnchorStatus.ORPHAN)
        elif a.start is not None and a.end is not None and a.end <= len(version.text):
            given[version.id] = Anchor(a.status, a.start, a.end)
    made_on = by_sha.get(incoming.version_sha256 or "")
    position = incoming.position
    if made_on is not None and position is not None and position[1] <= len(made_on.text):
        start, end = position
        placed = given.get(made_on.id) or anchor(made_on.text, incoming.quote, start, end)
    else:
        if made_on is not None:
            placed = given.get(made_on.id) or anchor(made_on.text, incoming.quote, *(position or (None, None)))
        else:
            made_on, placed = _best_version(versions, incoming)
        start, end = placed.start, placed.end
    anchors = {made_on.id: placed}
    for version in versions:
        if version.id not in anchors:
            anchors[version.id] = given.get(version.id) or anchor(version.text, incoming.quote, start, end)
    return _Placement(made_on.id, start, end, anchors)


def _choose_article(library: _Library, incoming: IncomingAnnotation) -> ArticleId | None:
    known = library.by_identity(incoming)
    if known is not None:
        return known
    candidates = library.by_address(incoming.source) if incoming.source else []
    if len(candidates) <= 1 or incoming.quote is None:
        return candidates[0] if candidates else None
    best: tuple[int, ArticleId] | None = None
    for article in candidates:
        versions = library.versions(article)
        if not versions:
            continue
        _, placed = _best_version(versions, incoming)
        rank = {AnchorStatus.EXACT: 0, AnchorStatus.FUZZY: 1, AnchorStatus.ORPHAN: 2}[placed.status]
        if best is None or rank < best[0]:
            best = (rank, article)
    return best[1] if best else candidates[0]


def _color(library: _Library, incoming: IncomingAnnotation) -> tuple[int | None, tuple[str, ...]]:
    """The colour slot, and the tags left over (kept in the note)."""
    tags = list(incoming.tags)
    if incoming.color_slot in library.color_ids:
        return incoming.color_slot, tuple(tags)
    if incoming.color_name and incoming.color_name.casefold() in library.color_names:
        return library.color_names[incoming.color_name.casefold()], tuple(tags)
    for tag in tags:
        if tag.casefold() in library.color_names:
            tags.remove(tag)
            return library.color_names[tag.casefold()], tuple(tags)
    if incoming.quote is None or incoming.codings or incoming.article_uuid:
        return None, tuple(tags)  # a note; a passage made to carry codes; a Qalam highlight without a colour
    return DEFAULT_COLOR, tuple(tags)


def _note(note: str, tags: tuple[str, ...]) -> str:
    if not tags:
        return note
    line = "Tags: " + ", ".join(tags)
    return f"{note}\n\n{line}" if note.strip() else line


def _code_for(db: Database, coding: IncomingCoding) -> tuple[CodeId, bool]:
    """The code a coding names: by UUID, else by its path, made where it is missing."""
    if coding.code_uuid:
        row = db.execute("SELECT id FROM codes WHERE uuid = ? AND deleted_at IS NULL", [coding.code_uuid]).fetchone()
        if row is not None:
            return CodeId(row[0]), False
    parent: CodeId | None = None
    made = False
    names = [n for n in coding.path.split("/") if n.strip()] or ["imported"]
    for depth, name in enumerate(names):
        found = sibling_named(db, parent, name)
        if found is None:
            last = depth == len(names) - 1
            uuid = coding.code_uuid if last and coding.code_uuid else None
            if uuid and db.execute("SELECT 1 FROM codes WHERE uuid = ?", [uuid]).fetchone() is not None:
                uuid = None  # that code was deleted here: a new one under the name
            found = create_code(db, name, parent, uuid=uuid).code
            made = True
        parent = found
    assert parent is not None
    return parent, made


def _add_codings(db: Database, annotation: AnnotationId, codings: tuple[IncomingCoding, ...], report: _Tally) -> int:
    added = 0
    now = now_iso()
    for coding in codings:
        if coding.uuid and db.execute("SELECT 1 FROM codings WHERE uuid = ?", [coding.uuid]).fetchone() is not None:
            continue
        code, made = _code_for(db, coding)
        report.codes_changed |= made
        live = db.execute(
            "SELECT 1 FROM codings WHERE annotation_id = ? AND code_id = ? AND coder = ? AND deleted_at IS NULL",
            [annotation, code, coding.coder],
        ).fetchone()
        if live is None:
            insert_coding(db, annotation, code, coding.coder, now, uuid=coding.uuid, created=coding.created)
            added += 1
    if added:
        report.codes_changed = True
        report.codings += added
    return added


def _insert(
    db: Database, article: ArticleId, incoming: IncomingAnnotation, color: int | None, note: str, placement: _Placement | None
) -> AnnotationId:
    quote = incoming.quote
    cursor = db.execute(
        "INSERT INTO annotations (uuid, article_id, version_id, start_pos, end_pos, quote, prefix, suffix, color_id, note, created_at, modified)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            incoming.uuid,
            article,
            placement.version if placement else None,
            placement.start if placement else None,
            placement.end if placement else None,
            quote.exact if quote else None,
            quote.prefix if quote else None,
            quote.suffix if quote else None,
            color,
            note,
            incoming.created,
            incoming.modified,
        ],  # fmt: skip
    )
    annotation = AnnotationId(int(cursor.lastrowid))
    if placement is not None:
        db.conn.executemany(
            "INSERT INTO annotation_anchors (annotation_id, version_id, start_pos, end_pos, status) VALUES (?, ?, ?, ?, ?)",
            [(annotation, version, a.start, a.end, a.status.value) for version, a in placement.anchors.items()],
        )
    return annotation


def _import_one(db: Database, library: _Library, incoming: IncomingAnnotation, report: _Tally) -> None:
    existing = db.execute(
        "SELECT id, article_id, deleted_at, modified, note, color_id FROM annotations WHERE uuid = ?", [incoming.uuid]
    ).fetchone()
    color, leftover = _color(library, incoming)
    note = _note(incoming.note, leftover)
    if existing is not None:
        annotation, article, deleted, modified, old_note, old_color = existing
        if deleted is not None:
            report.skipped.append(Skipped(incoming.label, "deleted in this library, so not brought back"))
            return
        changed = False
        if incoming.modified > modified and (note != old_note or color != old_color):
            db.execute(
                "UPDATE annotations SET note = ?, color_id = ?, modified = ? WHERE id = ?",
                [note, color, incoming.modified, annotation],
            )
            changed = True
        changed |= bool(_add_codings(db, AnnotationId(annotation), incoming.codings, report))
        if changed:
            report.updated += 1
            report.articles.add(ArticleId(article))
            report.touched.add(AnnotationId(annotation))
        else:
            report.unchanged += 1
        return
    article = _choose_article(library, incoming)
    if article is None:
        report.skipped.append(Skipped(incoming.label, "no article in the library has its address"))
        return
    placement = None
    if incoming.quote is not None:
        versions = library.versions(article)
        if not versions:
            report.skipped.append(Skipped(incoming.label, "its article has no text in this library"))
            return
        placement = _place(versions, incoming)
    made = _insert(db, article, incoming, color, note, placement)
    _add_codings(db, made, incoming.codings, report)
    report.added += 1
    report.articles.add(article)
    report.touched.add(made)
    report.tags_in_notes += bool(leftover)
    if placement is None:
        report.notes += 1
    elif placement.status is AnchorStatus.EXACT:
        report.exact += 1
    elif placement.status is AnchorStatus.FUZZY:
        report.fuzzy += 1
    else:
        report.orphaned += 1


def import_annotations(db: Database, file: AnnotationFile, progress: Progress | None = None) -> AnnotationImportReport:
    """Import every annotation of a file that was read; returns what happened to each kind."""
    report = _Tally(file.kind, total=len(file.annotations) + len(file.skipped), skipped=list(file.skipped))
    total = len(file.annotations)
    with write_transaction(db):
        library = _Library(db)
        for done, incoming in enumerate(file.annotations):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            before = report.copy()
            try:
                with write_transaction(db):  # a savepoint: one annotation that fails leaves nothing behind
                    _import_one(db, library, incoming, report)
            except ValueError as exc:  # a code name the codebook refuses, say
                report = before
                report.skipped.append(Skipped(incoming.label, f"it could not be stored: {exc}"))
    if progress is not None:
        progress(total, total)
    return report.report()


def import_annotation_file(db: Database, path: Path, progress: Progress | None = None) -> AnnotationImportReport:
    """Read and import a file; AnnotationFileError (a ValueError) says why a file cannot be read."""
    return import_annotations(db, read_annotation_file(path), progress)
