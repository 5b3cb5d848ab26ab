"""Export to REFI-QDA: a project (`.qdpx`) or the codebook alone (`.qdc`). See refi_format.py.

A project holds, for each exported article, every version as a TextSource (its text in
`sources/<guid>.txt`, UTF-8 with LF line ends, which QualCoder requires), each passage as a
PlainTextSelection on the version it was made on (its GUID is the annotation's UUID) with one
Coding per coding, codes on the whole article as Codings of the article's first version, the
codebook (a memo is a Note the code refers to), the coders as Users, and the notes as Notes. A
note on a passage is referred to from its selection and, for QualCoder, from its source with the
passage's positions. The whole library exports the articles that carry annotations or codings.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from typing import IO

from sqlite_utils import Database

from desktop import __version__
from desktop.core.annotations import Annotation, article_annotations, list_colors
from desktop.core.clock import now_iso
from desktop.core.coding.codebook import code_tree
from desktop.core.coding.codings import Coding, article_codings
from desktop.core.coding.refi_format import (
    CODEBOOK_NS,
    HIGHLIGHT_PREFIX,
    PROJECT_NS,
    coder_guid,
    highlight_note_guid,
    memo_guid,
    note_selection_guid,
    version_guid,
    xml_datetime,
)
from desktop.core.exports.article_stream import iter_articles
from desktop.core.identity import article_uuid
from desktop.core.ids import ArticleId, CodeId, Uuid

ORIGIN = f"Qalam {__version__}"


def _el(parent: ET.Element, ns: str, tag: str, attrs: dict[str, str | None] | None = None, text: str | None = None) -> ET.Element:
    node = ET.SubElement(parent, tag, {k: v for k, v in (attrs or {}).items() if v is not None})
    if text is not None:
        node.text = text
    return node


def _codes_xml(db: Database, parent: ET.Element, ns: str, *, memos: bool) -> tuple[int, dict[CodeId, Uuid]]:
    nodes = code_tree(db, counts=False)
    if not nodes:
        return 0, {}
    codes_el = _el(parent, ns, "Codes")
    placed: dict[CodeId, ET.Element] = {}
    for node in nodes:
        c = node.code
        holder = placed.get(c.parent_id) if c.parent_id is not None else None
        el = _el(
            holder if holder is not None else codes_el,
            ns,
            "Code",
            {"guid": c.uuid, "name": c.name, "isCodable": "true", "color": c.color},
        )
        if c.description:
            _el(el, ns, "Description", text=c.description)
        if memos and c.memo:
            _el(el, ns, "NoteRef", {"targetGUID": memo_guid(c.uuid)})
        placed[c.id] = el
    # Description and NoteRef must come before the sub-codes (an xsd:sequence): move the sub-codes last.
    for el in placed.values():
        children = [child for child in el if child.tag == "Code"]
        for child in children:
            el.remove(child)
            el.append(child)
    return len(nodes), {n.code.id: n.code.uuid for n in nodes}


def _write_xml(root: ET.Element, ns: str) -> bytes:
    """Elements are built unqualified under a root that declares `ns` as the default namespace
    (ElementTree cannot write a default namespace with unqualified attributes otherwise)."""
    assert root.get("xmlns") == ns
    ET.indent(root)
    buffer = io.BytesIO()
    ET.ElementTree(root).write(buffer, encoding="utf-8", xml_declaration=True)
    return buffer.getvalue()


def codebook_xml(db: Database) -> tuple[bytes, int]:
    root = ET.Element("CodeBook", {"xmlns": CODEBOOK_NS, "origin": ORIGIN})
    count, _ = _codes_xml(db, root, CODEBOOK_NS, memos=False)
    if not count:
        raise ValueError("The codebook is empty: there is nothing to export.")
    return _write_xml(root, CODEBOOK_NS), count


def export_qdc(db: Database, out: IO[bytes], ids: list[ArticleId] | None = None) -> int:
    """The codebook alone (`ids` do not apply): names, colours, descriptions and the hierarchy."""
    data, count = codebook_xml(db)
    out.write(data)
    return count


def _exported_articles(db: Database, ids: list[ArticleId] | None) -> list[ArticleId]:
    if ids is not None:
        return list(ids)
    return [ArticleId(r[0]) for r in db.execute("SELECT id FROM articles WHERE annotation_count > 0 ORDER BY date, id")]


def project_files(db: Database, ids: list[ArticleId] | None = None) -> tuple[bytes, dict[str, bytes], int]:
    """project.qde, the source files by name, and the number of articles."""
    ns = PROJECT_NS
    now = xml_datetime(now_iso())
    root = ET.Element(
        "Project", {"xmlns": ns, "name": "Qalam library", "origin": ORIGIN, "creationDateTime": now, "modifiedDateTime": now}
    )
    users_el = _el(root, ns, "Users")
    book = _el(root, ns, "CodeBook")
    code_count, code_uuids = _codes_xml(db, book, ns, memos=True)
    if not code_count:
        root.remove(book)
    sources_el = _el(root, ns, "Sources")
    notes: list[ET.Element] = []
    coders: set[str] = set()
    colors = {c.id: c for c in list_colors(db)}
    files: dict[str, bytes] = {}
    count = 0
    for article in iter_articles(db, _exported_articles(db, ids)):
        key = db.execute("SELECT title_key FROM articles WHERE id = ?", [article.id]).fetchone()[0]
        ident = article_uuid(article.source, key, article.date)
        annotations = article_annotations(db, article.id)
        by_annotation: dict[int, list[Coding]] = {}
        for coding in article_codings(db, article.id):
            by_annotation.setdefault(coding.annotation_id, []).append(coding)
            coders.add(coding.coder)
        for index, version in enumerate(article.versions):
            source_guid = version_guid(ident, version.sha256)
            name = (
                f"{article.title} ({article.source}, {article.date or 'no date'}, version {index + 1} of {len(article.versions)})"
            )
            source = _el(
                sources_el,
                ns,
                "TextSource",
                {"guid": source_guid, "name": name, "plainTextPath": f"internal://{source_guid}.txt"},
            )
            _el(
                source,
                ns,
                "Description",
                text="\n".join(x for x in (article.source_url, f"Qalam article {ident}", f"sha256 {version.sha256}") if x),
            )
            files[f"sources/{source_guid}.txt"] = version.text.encode("utf-8")
            source_notes: list[Uuid] = []
            for a in annotations:
                if a.version_id != version.id or a.quote is None or a.start is None or a.end is None:
                    continue
                _selection(source, ns, a, by_annotation.get(a.id, []), code_uuids, colors)
                if a.note:
                    notes.append(_note(ns, highlight_note_guid(a.uuid), a, (a.start, a.end)))
                    source_notes.append(highlight_note_guid(a.uuid))
            if index == 0:
                for a in annotations:
                    if a.quote is not None:
                        continue
                    for coding in by_annotation.get(a.id, []):
                        _coding(source, ns, coding, code_uuids)
                    if a.note:
                        notes.append(_note(ns, a.uuid, a, None))
                        source_notes.append(a.uuid)
            for note in source_notes:
                _el(source, ns, "NoteRef", {"targetGUID": note})
        count += 1
    for node in code_tree(db, counts=False):
        if node.code.memo:
            note = ET.Element("Note", {"guid": memo_guid(node.code.uuid), "name": f"Memo: {node.path}", "creationDateTime": xml_datetime(node.code.created) or now, "modifiedDateTime": xml_datetime(node.code.modified) or now})  # fmt: skip
            _el(note, ns, "PlainTextContent", text=node.code.memo)
            notes.append(note)
    if coders:
        for coder in sorted(coders, key=str.casefold):
            _el(users_el, ns, "User", {"guid": coder_guid(coder), "name": coder})
    else:
        root.remove(users_el)
    if not len(sources_el):
        root.remove(sources_el)
    if notes:
        notes_el = ET.Element("Notes")
        notes_el.extend(notes)
        root.insert(list(root).index(sources_el) + 1 if sources_el in list(root) else len(root), notes_el)
    _el(root, ns, "Description", text=f"Exported from {ORIGIN}: news articles, every version a source.")
    return _write_xml(root, ns), files, count


def _selection(
    source: ET.Element, ns: str, a: Annotation, codings: list[Coding], code_uuids: dict[CodeId, Uuid], colors: dict
) -> None:
    creator = coder_guid(codings[0].coder) if codings else None
    quote = a.quote or ""
    el = _el(source, ns, "PlainTextSelection", {
        "guid": a.uuid, "name": quote if len(quote) <= 120 else quote[:119] + "…", "startPosition": str(a.start), "endPosition": str(a.end),
        "creatingUser": creator, "creationDateTime": xml_datetime(a.created), "modifiedDateTime": xml_datetime(a.modified),
    })  # fmt: skip
    color = colors.get(a.color_id) if a.color_id is not None else None
    if color is not None:
        _el(el, ns, "Description", text=f"{HIGHLIGHT_PREFIX}{color.name} {color.color}")
    for coding in codings:
        _coding(el, ns, coding, code_uuids)
    if a.note:
        _el(el, ns, "NoteRef", {"targetGUID": highlight_note_guid(a.uuid)})


def _coding(parent: ET.Element, ns: str, coding: Coding, code_uuids: dict[CodeId, Uuid]) -> None:
    if coding.code_id not in code_uuids:
        return
    el = _el(
        parent,
        ns,
        "Coding",
        {"guid": coding.uuid, "creatingUser": coder_guid(coding.coder), "creationDateTime": xml_datetime(coding.created)},
    )
    _el(el, ns, "CodeRef", {"targetGUID": code_uuids[coding.code_id]})


def _note(ns: str, guid: Uuid, a: Annotation, selection: tuple[int, int] | None) -> ET.Element:
    label = f"Note on “{(a.quote or '')[:60]}”" if a.quote else "Note on the article"
    note = ET.Element(
        "Note",
        {"guid": guid, "name": label, "creationDateTime": xml_datetime(a.created), "modifiedDateTime": xml_datetime(a.modified)},
    )
    _el(note, ns, "PlainTextContent", text=a.note)
    if selection is not None:
        _el(
            note,
            ns,
            "PlainTextSelection",
            {"guid": note_selection_guid(a.uuid), "startPosition": str(selection[0]), "endPosition": str(selection[1])},
        )
    return note


def export_qdpx(db: Database, out: IO[bytes], ids: list[ArticleId] | None = None) -> int:
    """A REFI-QDA project of these articles (None: those with annotations or codings); returns how many."""
    project, files, count = project_files(db, ids)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project)
        for name, data in files.items():
            archive.writestr(name, data)
    return count
