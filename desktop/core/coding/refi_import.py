"""Import from REFI-QDA: a codebook (`.qdc`) or a project (`.qdpx`) made by Qalam or another QDA tool.

Codes are matched by GUID, then by name under the same parent, so importing a codebook twice,
or one that shares codes with the library, makes no duplicates. A project's sources are matched
to articles by their text: candidates are found with full-text phrases taken from the source, and
the version whose text is the same (or, failing that, the most similar above a threshold) wins.
Its selections are then anchored on that version like any annotation (exact, else fuzzy; a
passage that cannot be placed is reported, never forced). Every row keeps the file's GUID as its
UUID, so importing the same file again changes nothing, and a Qalam export comes back as it left.

Only what is inside the zip is read (never `relative://` or `absolute://` paths on this machine),
and sizes are checked before anything is unpacked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from sqlite_utils import Database

from desktop.core.anchoring import TextQuote, anchor
from desktop.core.annotations import create_highlight, create_note, list_colors
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.coding.codebook import check_color, clean_code_name, create_code, insert_coding
from desktop.core.coding.codings import whole_article_passage
from desktop.core.coding.refi_format import CODEBOOK_NS, HIGHLIGHT_PREFIX, PROJECT_NS, guid, stored_datetime
from desktop.core.coding.snapshots import CodingError, sibling_named
from desktop.core.ids import AnnotationId, ArticleId, CodeId, Uuid, VersionId
from desktop.core.search_folding import fold_yo
from desktop.core.transactions import write_transaction

MAX_PROJECT_BYTES = 2 * 1024**3  # everything unpacked, at most
MAX_ENTRIES = 200_000
SIMILAR_ENOUGH = 90.0  # percent: a source this close to a version is that version, edited
IMPORTED_CODER = "imported"


class RefiError(ValueError):
    """A file that is not a REFI-QDA codebook or project Qalam can read; the message says why."""


@dataclass
class ImportReport:
    codes_added: int = 0
    codes_known: int = 0
    sources: int = 0
    sources_matched: int = 0
    passages_added: int = 0
    codings_added: int = 0
    codings_known: int = 0
    notes_added: int = 0
    problems: list[str] = field(default_factory=list)
    articles: set[ArticleId] = field(default_factory=set)

    @property
    def change(self) -> Change:
        if not (self.codes_added or self.passages_added or self.codings_added or self.notes_added):
            return Change()
        return Change.of_codes(self.articles)

    def summary(self) -> str:
        parts = [f"{self.codes_added} new code{'s' * (self.codes_added != 1)} ({self.codes_known} already here)"]
        if self.sources:
            parts.append(f"{self.sources_matched} of {self.sources} sources matched to articles")
            parts.append(f"{self.codings_added} new coding{'s' * (self.codings_added != 1)} ({self.codings_known} already here)")
            parts.append(
                f"{self.passages_added} new passage{'s' * (self.passages_added != 1)}, {self.notes_added} new note{'s' * (self.notes_added != 1)}"
            )
        return "; ".join(parts)


def _parse(data: bytes, what: str) -> ET.Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise RefiError(f"{what} declares a DTD or entities, which REFI-QDA files never do; it was not read.")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise RefiError(f"{what} is not well-formed XML: {exc}") from exc


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


# --- codes ------------------------------------------------------------------------------------------
def _import_codes(
    db: Database, codes_el: ET.Element | None, ns: str, report: ImportReport, memos: dict[Uuid, str]
) -> dict[Uuid, CodeId]:
    mapping: dict[Uuid, CodeId] = {}
    if codes_el is None:
        return mapping

    def visit(el: ET.Element, parent: CodeId | None) -> None:
        ident = guid(el.get("guid"))
        try:
            name = clean_code_name(el.get("name") or "")
        except CodingError:
            report.problems.append(f"A code without a name (GUID {el.get('guid')}) was left out, with the codes below it.")
            return
        color = _color(el.get("color"))
        description = (el.findtext(_q(ns, "Description")) or "").strip()
        memo = "\n\n".join(memos[g] for ref in el.findall(_q(ns, "NoteRef")) if (g := guid(ref.get("targetGUID"))) in memos)
        row = db.execute("SELECT id, deleted_at FROM codes WHERE uuid = ?", [ident]).fetchone() if ident else None
        if row is not None and row[1] is None:
            code = CodeId(row[0])
            report.codes_known += 1
        elif row is not None:
            report.problems.append(f"The code “{name}” was deleted in this library; it stays deleted (its codings are left out).")
            return
        elif (existing := sibling_named(db, parent, name)) is not None:
            code = existing
            report.codes_known += 1
        else:
            code = create_code(db, name, parent, color=color, description=description, memo=memo, uuid=ident).code  # type: ignore[assignment]
            report.codes_added += 1
        if ident is not None:
            mapping[ident] = code
        for child in el.findall(_q(ns, "Code")):
            visit(child, code)

    for el in codes_el.findall(_q(ns, "Code")):
        visit(el, None)
    return mapping


def _color(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", value):
        value = "#" + "".join(ch * 2 for ch in value[1:])
    try:
        return check_color(value)
    except CodingError:
        return None


def import_codebook(db: Database, path: Path) -> ImportReport:
    """Add a `.qdc` codebook (or a project's codebook) to the library's."""
    data = path.read_bytes()
    if zipfile.is_zipfile(path):
        return import_project(db, path, codebook_only=True)
    root = _parse(data, path.name)
    ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if ns not in (CODEBOOK_NS, PROJECT_NS) or root.tag.split("}")[-1] not in ("CodeBook", "Project"):
        raise RefiError(f"{path.name} is not a REFI-QDA codebook (its root is {root.tag}).")
    report = ImportReport()
    with write_transaction(db):
        codes_el = root.find(_q(ns, "Codes")) if ns == CODEBOOK_NS else root.find(f"{_q(ns, 'CodeBook')}/{_q(ns, 'Codes')}")
        _import_codes(db, codes_el, ns, report, {})
    return report


# --- sources ------------------------------------------------------------------------------------------
def _phrases(text: str) -> list[str]:
    words = re.findall(r"\w+", text)
    if not words:
        return []
    size = min(8, len(words))
    starts = sorted({0, max(0, len(words) // 2 - size // 2), max(0, len(words) - size)})
    return ['"' + " ".join(words[s : s + size]) + '"' for s in starts]


def match_version(db: Database, text: str) -> tuple[ArticleId, VersionId, str, bool] | None:
    """The version whose text this is: (article, version, its text, exactly the same)."""
    wanted = text.replace("\r\n", "\n").replace("\r", "\n")
    candidates: set[int] = set()
    for phrase in _phrases(wanted):
        candidates.update(
            r[0] for r in db.execute("SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50", [fold_yo(phrase)])
        )
    best: tuple[float, int, int, str] | None = None
    for version in sorted(candidates):
        row = db.execute("SELECT article_id, text FROM versions WHERE id = ?", [version]).fetchone()
        if row is None:
            continue
        if row[1] == wanted or row[1].strip() == wanted.strip():
            return ArticleId(row[0]), VersionId(version), row[1], True
        score = fuzz.ratio(row[1], wanted)
        if score >= SIMILAR_ENOUGH and (best is None or score > best[0]):
            best = (score, row[0], version, row[1])
    return (ArticleId(best[1]), VersionId(best[2]), best[3], False) if best is not None else None


def _read_archive(path: Path) -> tuple[bytes, dict[str, bytes]]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise RefiError(f"{path.name} is not a .qdpx file (a zip archive): {exc}") from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_PROJECT_BYTES:
            raise RefiError(f"{path.name} unpacks to more than Qalam reads from a project ({MAX_PROJECT_BYTES // 1024**3} GB).")
        project = next((e for e in entries if e.filename.lower().endswith(".qde") and "/" not in e.filename.strip("/")), None)
        if project is None:
            raise RefiError(f"{path.name} holds no project.qde: it is not a REFI-QDA project.")
        sources = {
            e.filename.split("/", 1)[1].lower(): archive.read(e)
            for e in entries
            if e.filename.lower().startswith("sources/") and not e.is_dir()
        }
        return archive.read(project), sources


def import_project(db: Database, path: Path, *, codebook_only: bool = False) -> ImportReport:
    """Import a `.qdpx`: codes, coders, codings and notes, on the articles whose text its sources hold."""
    project, files = _read_archive(path)
    root = _parse(project, f"{path.name}: project.qde")
    ns = PROJECT_NS
    if root.tag != _q(ns, "Project"):
        raise RefiError(f"{path.name}: project.qde is not a REFI-QDA project (its root is {root.tag}).")
    report = ImportReport()
    users = {g: (u.get("name") or "").strip() or IMPORTED_CODER for u in root.iter(_q(ns, "User")) if (g := guid(u.get("guid")))}
    notes: dict[Uuid, tuple[str, tuple[int, int] | None, str | None]] = {}
    for note in root.iter(_q(ns, "Note")):
        ident = guid(note.get("guid"))
        if ident is None:
            continue
        selection = note.find(_q(ns, "PlainTextSelection"))
        span = _span(selection) if selection is not None else None
        notes[ident] = (
            (note.findtext(_q(ns, "PlainTextContent")) or "").strip(),
            span,
            stored_datetime(note.get("creationDateTime")),
        )
    with write_transaction(db):
        codes = _import_codes(
            db, root.find(f"{_q(ns, 'CodeBook')}/{_q(ns, 'Codes')}"), ns, report, {k: v[0] for k, v in notes.items()}
        )
        if codebook_only:
            return report
        colors = {c.name.casefold(): c.id for c in list_colors(db)} | {c.color.casefold(): c.id for c in list_colors(db)}
        for source in root.iter(_q(ns, "TextSource")):
            report.sources += 1
            _import_source(db, source, ns, files, users, notes, codes, colors, report)
    return report


def _span(el: ET.Element) -> tuple[int, int] | None:
    try:
        start, end = int(el.get("startPosition", "")), int(el.get("endPosition", ""))
    except ValueError:
        return None
    return (start, end) if 0 <= start < end else None


def _source_text(source: ET.Element, ns: str, files: dict[str, bytes], report: ImportReport) -> str | None:
    inline = source.findtext(_q(ns, "PlainTextContent"))
    if inline is not None:
        return inline
    where = source.get("plainTextPath") or ""
    name = source.get("name") or where
    if not where.startswith("internal://"):
        report.problems.append(
            f"“{name}”: its text is outside the project file ({where or 'no path'}), which Qalam does not read."
        )
        return None
    data = files.get(where[len("internal://") :].lower())
    if data is None:
        report.problems.append(f"“{name}”: its text file {where} is missing from the project.")
        return None
    return data.decode("utf-8-sig", errors="replace")


def _import_source(db, source, ns, files, users, notes, codes, colors, report: ImportReport) -> None:
    name = source.get("name") or "(unnamed source)"
    text = _source_text(source, ns, files, report)
    if text is None:
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = match_version(db, text)
    if found is None:
        report.problems.append(f"“{name}” matches no article in this library.")
        return
    article, version, version_text, _same = found
    report.sources_matched += 1
    used_notes: set[Uuid] = set()
    for selection in source.findall(_q(ns, "PlainTextSelection")):
        passage = _import_selection(
            db, selection, ns, article, version, text, version_text, notes, colors, used_notes, report, name
        )
        if passage is None:
            continue
        for coding in selection.findall(_q(ns, "Coding")):
            _import_coding(db, coding, ns, passage, users, selection.get("creatingUser"), codes, report)
    holder: AnnotationId | None = None
    article_codings = source.findall(_q(ns, "Coding"))
    # The holder of whole-article codes was made with the first of them: so it is made again here.
    first_made = min((t for c in article_codings if (t := stored_datetime(c.get("creationDateTime")))), default=None)
    for coding in article_codings:
        if holder is None:
            holder, _new = whole_article_passage(db, article, created=first_made)
        if holder is not None:
            _import_coding(db, coding, ns, holder, users, source.get("creatingUser"), codes, report)
    for ref in source.findall(_q(ns, "NoteRef")):
        ident = guid(ref.get("targetGUID"))
        if ident is None or ident in used_notes or ident not in notes:
            continue
        _import_note(db, ident, notes[ident], article, version, text, version_text, report, name)
    report.articles.add(article)


def _place(text: str, version_text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    start, end = span
    if end > len(text):
        return None
    quote = TextQuote(text[start:end], text[max(0, start - 32) : start], text[end : end + 32])
    found = anchor(version_text, quote, start, end)
    return (
        (found.start, found.end)
        if found.found and found.start is not None and found.end is not None and found.end > found.start
        else None
    )


def _import_selection(
    db, selection, ns, article, version, text, version_text, notes, colors, used_notes, report, name
) -> AnnotationId | None:
    ident = guid(selection.get("guid"))
    row = db.execute("SELECT id, deleted_at FROM annotations WHERE uuid = ?", [ident]).fetchone() if ident else None
    note_refs = [g for ref in selection.findall(_q(ns, "NoteRef")) if (g := guid(ref.get("targetGUID"))) in notes]
    used_notes.update(note_refs)
    if row is not None:
        return AnnotationId(row[0]) if row[1] is None else None
    span = _span(selection)
    placed = _place(text, version_text, span) if span is not None else None
    if placed is None:
        report.problems.append(
            f"“{name}”: the passage “{(selection.get('name') or '')[:60]}” could not be placed on the article's text."
        )
        return None
    description = selection.findtext(_q(ns, "Description")) or ""
    color = None
    if description.startswith(HIGHLIGHT_PREFIX):
        words = description[len(HIGHLIGHT_PREFIX) :].rsplit(" ", 1)
        color = colors.get(words[-1].casefold()) or colors.get(words[0].casefold())
    note = "\n\n".join(notes[g][0] for g in note_refs)
    made = create_highlight(
        db,
        article,
        version,
        placed[0],
        placed[1],
        color,
        note,
        uuid=ident,
        created=stored_datetime(selection.get("creationDateTime")),
    )
    report.passages_added += 1
    return made.annotation.id


def _import_coding(db, coding, ns, passage: AnnotationId, users, fallback_user, codes, report: ImportReport) -> None:
    ident = guid(coding.get("guid"))
    if ident is not None and db.execute("SELECT 1 FROM codings WHERE uuid = ?", [ident]).fetchone() is not None:
        report.codings_known += 1
        return
    ref = coding.find(_q(ns, "CodeRef"))
    code = codes.get(guid(ref.get("targetGUID")) if ref is not None else None)  # type: ignore[arg-type]
    if code is None:
        report.problems.append("A coding refers to a code the project's codebook does not hold; it was left out.")
        return
    coder = users.get(guid(coding.get("creatingUser")) or guid(fallback_user) or "", IMPORTED_CODER)  # type: ignore[arg-type]
    if db.execute(
        "SELECT 1 FROM codings WHERE annotation_id = ? AND code_id = ? AND coder = ? AND deleted_at IS NULL",
        [passage, code, coder],
    ).fetchone():
        report.codings_known += 1
        return
    insert_coding(db, passage, code, coder, now_iso(), uuid=ident, created=stored_datetime(coding.get("creationDateTime")))
    report.codings_added += 1


def _import_note(db, ident: Uuid, note, article, version, text, version_text, report: ImportReport, name: str) -> None:
    content, span, created = note
    if not content or db.execute("SELECT 1 FROM annotations WHERE uuid = ?", [ident]).fetchone() is not None:
        return
    if span is None:
        create_note(db, article, content, uuid=ident, created=created)
    else:
        placed = _place(text, version_text, span)
        if placed is None:
            report.problems.append(f"“{name}”: a note's passage could not be placed on the article's text.")
            return
        create_highlight(db, article, version, placed[0], placed[1], 1, content, uuid=ident, created=created)
    report.notes_added += 1
