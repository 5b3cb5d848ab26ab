"""REFI-QDA: exports valid against Project.xsd and Codebook.xsd (xmlschema and lxml), a lossless round trip, idempotent imports."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
import xmlschema
from lxml import etree
from sqlite_utils import Database

from desktop.core.annotations import article_annotations, create_highlight, create_note
from desktop.core.coding import codebook, codings
from desktop.core.coding.refi_export import codebook_xml, project_files
from desktop.core.coding.refi_import import RefiError, import_codebook, import_project, match_version
from desktop.core.exports.registry import find_format
from desktop.core.exports.writing import write_export_file
from desktop.core.importer import import_paths
from desktop.core.store import open_library
from tests.core.coding.conftest import PASSAGE, Coded, span

SCHEMAS = Path(__file__).resolve().parents[2] / "data" / "refi-qda"
PROJECT_NS = "{urn:QDA-XML:project:1.0}"


def _valid(xml: bytes, schema: str) -> None:
    """Both validators must accept it: xmlschema (pure Python, XSD 1.0) and lxml (libxml2)."""
    xmlschema.XMLSchema(SCHEMAS / schema).validate(io.BytesIO(xml))
    lxml_schema = etree.XMLSchema(etree.parse(str(SCHEMAS / schema)))
    document = etree.fromstring(xml)
    assert lxml_schema.validate(document), lxml_schema.error_log


def _populate(coded: Coded) -> None:
    db, text, v = coded.db, coded.text, coded.versions
    a = span(text, PASSAGE)
    later = text.index("Murat Abenov")
    codebook.update_code(
        db, coded.conflict, description="Definition: opposing sides.\nInclude: protests.", memo="Check against 2019."
    )
    codings.code_passage(db, coded.murat, v[0], *a, [coded.conflict, coded.actors], "Aigerim")
    codings.code_passage(db, coded.murat, v[0], *a, [coded.conflict], "Daniyar")
    highlight = create_highlight(db, coded.murat, v[0], later, later + 30, 2, "who speaks?").annotation
    codings.code_annotation(db, highlight.id, [coded.actors], "Daniyar")
    society = db.execute("SELECT text FROM versions WHERE id = ?", [v[1]]).fetchone()[0]
    made_on_second = society.index("draft norms")
    codings.code_passage(db, coded.murat, v[1], made_on_second, made_on_second + len("draft norms"), [coded.consensus], "Aigerim")
    codings.code_articles(db, [coded.murat, coded.murat + 1], [coded.frames], "Aigerim")
    create_note(db, coded.murat + 1, "Follow up with the editor.")
    create_highlight(
        db,
        coded.murat + 2,
        db.execute("SELECT id FROM versions WHERE article_id = ? ORDER BY id", [coded.murat + 2]).fetchone()[0],
        0,
        20,
        5,
    )


def test_the_project_and_codebook_are_valid_against_the_refi_schemas(coded: Coded):
    _populate(coded)
    project, files, count = project_files(coded.db)
    _valid(project, "Project.xsd")
    xml, codes = codebook_xml(coded.db)
    _valid(xml, "Codebook.xsd")
    assert codes == 4 and count == 3
    root = etree.fromstring(project)
    sources = root.findall(f".//{PROJECT_NS}TextSource")
    assert len(sources) == 6  # every version of the three articles (two each)
    for source in sources:
        path = source.get("plainTextPath")
        assert path.startswith("internal://") and f"sources/{path[len('internal://') :]}" in files
    # Positions are code points into the source file's text, end exclusive, and CodeRefs resolve.
    codes_by_guid = {c.get("guid"): c.get("name") for c in root.iter(f"{PROJECT_NS}Code")}
    texts = {s.get("guid"): files[f"sources/{s.get('guid')}.txt"].decode("utf-8") for s in sources}
    quoted = []
    for source in sources:
        for selection in source.findall(f"{PROJECT_NS}PlainTextSelection"):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            quoted.append(texts[source.get("guid")][start:end])
            for ref in selection.iter(f"{PROJECT_NS}CodeRef"):
                assert ref.get("targetGUID") in codes_by_guid
    assert PASSAGE in quoted and "draft norms" in quoted
    users = sorted(u.get("name") for u in root.iter(f"{PROJECT_NS}User"))
    assert users == ["Aigerim", "Daniyar"]
    notes = {n.findtext(f"{PROJECT_NS}PlainTextContent") for n in root.iter(f"{PROJECT_NS}Note")}
    assert notes == {"who speaks?", "Follow up with the editor.", "Check against 2019."}
    assert all(b"\r" not in data for data in files.values())


def _state(db: Database) -> dict[str, object]:
    """Everything the round trip must keep, by identity (UUIDs), never by local ids."""
    codes = {
        c.uuid: (c.name, c.color, c.description, c.memo, c.parent_id and codebook.get_code(db, c.parent_id).uuid)
        for c in codebook.list_codes(db)
    }
    by_id = {c.id: c.uuid for c in codebook.list_codes(db)}
    passages = {}
    coding_rows = set()
    for article in [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]:
        title = db.execute("SELECT title FROM articles WHERE id = ?", [article]).fetchone()[0]
        for a in article_annotations(db, article):
            passages[a.uuid] = (
                title,
                a.quote,
                a.start,
                a.end,
                a.color_id,
                a.note,
                a.created,
                tuple((x.start, x.end, x.status) for x in a.anchors),
            )
        for g in codings.article_codings(db, article):
            holder = db.execute("SELECT uuid FROM annotations WHERE id = ?", [g.annotation_id]).fetchone()[0]
            coding_rows.add((g.uuid, holder, by_id[g.code_id], g.coder, g.created))
    return {"codes": codes, "passages": passages, "codings": coding_rows, "coders": codings.coders(db)}


def _fresh(tmp_path: Path, samples_dir: Path, name: str) -> Database:
    db = open_library(tmp_path / name)
    import_paths(db, [samples_dir])
    return db


def test_a_round_trip_into_a_fresh_library_is_lossless_and_a_second_import_changes_nothing(
    coded: Coded, tmp_path: Path, samples_dir: Path
):
    _populate(coded)
    target = tmp_path / "project.qdpx"
    result = write_export_file(coded.db, find_format("qdpx"), target)
    assert result.count == 3 and zipfile.ZipFile(target).testzip() is None
    fresh = _fresh(tmp_path, samples_dir, "fresh.sqlite")
    report = import_project(fresh, target)
    assert report.problems == [] and report.sources_matched == report.sources == 6
    assert _state(fresh) == _state(coded.db)
    before = {
        t: fresh.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
        for t in ("codes", "codings", "annotations", "annotation_anchors")
    }
    again = import_project(fresh, target)
    assert (again.codes_added, again.codings_added, again.passages_added, again.notes_added) == (0, 0, 0, 0)
    assert again.change.is_empty
    assert {t: fresh.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in before} == before
    # Into the library it came from, too: nothing new.
    assert import_project(coded.db, target).codings_added == 0


def test_a_codebook_imports_once_and_matches_codes_by_name_too(coded: Coded, tmp_path: Path, samples_dir: Path):
    xml, _ = codebook_xml(coded.db)
    path = tmp_path / "book.qdc"
    path.write_bytes(xml)
    fresh = _fresh(tmp_path, samples_dir, "fresh.sqlite")
    codebook.create_code(fresh, "Actors")  # already there by name, with another UUID
    report = import_codebook(fresh, path)
    assert (report.codes_added, report.codes_known) == (3, 1)
    assert [n.path for n in codebook.code_tree(fresh)] == ["Actors", "Frames", "Frames/Conflict", "Frames/Consensus"]
    conflict = codebook.get_code(fresh, codebook.find_codes(fresh, "Conflict")[0])
    assert (conflict.uuid, conflict.color) == (codebook.get_code(coded.db, coded.conflict).uuid, "#e53935")
    assert import_codebook(fresh, path).codes_added == 0


def _foreign_project(text: str, start: int, end: int) -> bytes:
    """A project as another tool writes it: upper-case braced GUIDs, CRLF text, a #RGB colour, a QualCoder-style note."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin="ATLAS.ti">
  <Users><User guid="{{11111111-2222-3333-4444-555555555555}}" name="Coder X"/></Users>
  <CodeBook><Codes><Code guid="AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE" name="Sovereignty" isCodable="true" color="#A3C"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="99999999-8888-7777-6666-555555555555" name="Interview" plainTextPath="internal://99999999-8888-7777-6666-555555555555.txt">
      <PlainTextSelection guid="12121212-3434-5656-7878-909090909090" startPosition="{start}" endPosition="{end}" creatingUser="11111111-2222-3333-4444-555555555555">
        <Coding guid="ABABABAB-CDCD-EFEF-ABAB-CDCDCDCDCDCD" creatingUser="{{11111111-2222-3333-4444-555555555555}}">
          <CodeRef targetGUID="{{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}}"/>
        </Coding>
      </PlainTextSelection>
      <NoteRef targetGUID="31313131-3131-3131-3131-313131313131"/>
    </TextSource>
  </Sources>
  <Notes><Note guid="31313131-3131-3131-3131-313131313131" creationDateTime="2026-03-01T10:00:00Z">
    <PlainTextContent>Strong wording.</PlainTextContent><PlainTextSelection guid="41414141-4141-4141-4141-414141414141" startPosition="{start}" endPosition="{end}"/>
  </Note></Notes>
</Project>""".encode()


def test_another_tools_project_is_matched_by_text_and_anchored(coded: Coded, tmp_path: Path):
    text = coded.text.replace("\n", "\r\n") + "\r\n"  # the other tool stored it with Windows line ends
    passage_at = text.index("international law")
    project = _foreign_project(text, passage_at, passage_at + len("international law"))
    _valid(project, "Project.xsd")
    path = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", project)
        archive.writestr("sources/99999999-8888-7777-6666-555555555555.txt", text.encode("utf-8"))
    report = import_project(coded.db, path)
    assert report.problems == [] and report.codings_added == 1 and report.notes_added == 1
    [coding] = codings.article_codings(coded.db, coded.murat)
    assert coding.coder == "Coder X" and coding.uuid == "abababab-cdcd-efef-abab-cdcdcdcdcdcd"
    code = codebook.get_code(coded.db, coding.code_id)
    assert (code.name, code.color) == ("Sovereignty", "#aa33cc")
    passages = {a.uuid: a for a in article_annotations(coded.db, coded.murat)}
    coded_passage = passages["12121212-3434-5656-7878-909090909090"]
    assert coded_passage.quote == "international law"
    assert passages["31313131-3131-3131-3131-313131313131"].note == "Strong wording."
    assert import_project(coded.db, path).codings_added == 0


def test_a_source_that_is_not_in_the_library_is_reported(coded: Coded, tmp_path: Path):
    path = tmp_path / "other.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", _foreign_project("An interview about fishing quotas in the Aral Sea region.", 3, 12))
        archive.writestr(
            "sources/99999999-8888-7777-6666-555555555555.txt", b"An interview about fishing quotas in the Aral Sea region."
        )
    report = import_project(coded.db, path)
    assert report.sources_matched == 0 and "matches no article" in report.problems[0]
    assert codings.coders(coded.db) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a zip", "not a .qdpx"), (None, "no project.qde")],
)
def test_bad_files_get_a_clear_message(tmp_path: Path, library: Database, content: bytes | None, message: str):
    path = tmp_path / "bad.qdpx"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    else:
        path.write_bytes(content)
    with pytest.raises(RefiError, match=message):
        import_project(library, path)
    entity = tmp_path / "entity.qdc"
    entity.write_bytes(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>')
    with pytest.raises(RefiError, match="DTD"):
        import_codebook(library, entity)


def test_match_version_finds_the_same_text_and_a_close_edit(coded: Coded):
    article, version, _text, same = match_version(coded.db, coded.text)
    assert (article, version, same) == (coded.murat, coded.versions[0], True)
    edited = coded.text.replace("carefully", "very carefully")
    assert match_version(coded.db, edited)[:2] == (coded.murat, coded.versions[0])
    assert match_version(coded.db, "Nothing like any article here at all.") is None


def test_codes_and_codings_are_in_the_json_and_w3c_exports(coded: Coded):
    _populate(coded)
    out = io.StringIO()
    find_format("json").write(coded.db, out, None)
    data = json.loads(out.getvalue())
    assert [c["path"] for c in data["codes"]] == ["Frames", "Frames/Conflict", "Frames/Consensus", "Actors"]
    murat = next(a for a in data["articles"] if a["id"] == coded.murat)
    passage = next(a for a in murat["annotations"] if a["quote"] == PASSAGE)
    assert sorted((g["code_path"], g["coder"]) for g in passage["codings"]) == [
        ("Actors", "Aigerim"),
        ("Frames/Conflict", "Aigerim"),
        ("Frames/Conflict", "Daniyar"),
    ]
    w3c = io.StringIO()
    find_format("w3c").write(coded.db, w3c, None)
    items = json.loads(w3c.getvalue())["first"]["items"]
    classifying = [i for i in items if i["motivation"] == "classifying"]
    assert classifying
    bodies = [b for i in items for b in i["body"] if b.get("purpose") == "classifying"]
    assert {(b["value"], b["creator"]["name"]) for b in bodies} >= {("Frames/Conflict", "Daniyar"), ("Actors", "Aigerim")}
    # The coding's UUID is Qalam's `coding` term: the W3C suite takes any body with an `id` for a web resource, which may have no purpose.
    assert all(b["type"] == "TextualBody" and b["coding"].startswith("urn:uuid:") and "id" not in b for b in bodies)
