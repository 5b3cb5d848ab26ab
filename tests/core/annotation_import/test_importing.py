"""Importing annotations: Qalam's own W3C export round-trips losslessly and idempotently, and
Hypothesis's exports land on the right articles with the usual exact / fuzzy / orphan placement."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.cli import main
from desktop.core.anchoring import AnchorStatus
from desktop.core.annotation_import.importing import import_annotation_file, import_annotations
from desktop.core.annotation_import.reading import AnnotationFileError, read_annotations
from desktop.core.annotations import article_annotations, browse_annotations, delete_annotation, update_note
from desktop.core.exports.annotation_w3c import export_w3c
from desktop.core.exports.options import ExportOptions
from desktop.core.importer import import_paths
from desktop.core.store import open_library
from tests.core.annotated_library import KOSTANAY_URL, Annotated, annotate
from tests.core.helpers import consistency_problems, snapshot

DATA = Path(__file__).resolve().parents[2] / "data" / "hypothesis"
THIRTY_TWO_URL = "https://www.gov.kz/memleket/entities/mti/press/news/details/1155035?lang=kk"


@pytest.fixture
def annotated(sample_library, samples_dir: Path, tmp_path: Path) -> Annotated:
    return annotate(sample_library, samples_dir, tmp_path)


def w3c_file(db: Database, path: Path) -> Path:
    out = io.StringIO()
    export_w3c(db, out, None, ExportOptions(creator="Aigerim"))
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def fresh_library(path: Path, dumps: tuple[Path, ...]) -> Database:
    db = open_library(path)
    import_paths(db, list(dumps))
    return db


def annotation_rows(db: Database) -> list[tuple]:
    """Every live annotation and its anchors, by what is the same in every library: UUIDs, hashes, positions, texts."""
    return sorted(
        db.execute(
            "SELECT n.uuid, a.title, v.sha256, n.start_pos, n.end_pos, n.quote, n.prefix, n.suffix, c.name, n.note, n.created_at,"
            " n.modified FROM annotations n JOIN articles a ON a.id = n.article_id LEFT JOIN versions v ON v.id = n.version_id"
            " LEFT JOIN highlight_colors c ON c.id = n.color_id WHERE n.deleted_at IS NULL"
        ).fetchall()
    )


def anchor_rows(db: Database) -> list[tuple]:
    return sorted(
        db.execute(
            "SELECT n.uuid, v.sha256, x.start_pos, x.end_pos, x.status FROM annotation_anchors x"
            " JOIN annotations n ON n.id = x.annotation_id JOIN versions v ON v.id = x.version_id WHERE n.deleted_at IS NULL"
        ).fetchall()
    )


def coding_rows(db: Database) -> list[tuple]:
    return sorted(
        db.execute(
            "SELECT g.uuid, n.uuid, c.name, g.coder FROM codings g JOIN annotations n ON n.id = g.annotation_id"
            " JOIN codes c ON c.id = g.code_id WHERE g.deleted_at IS NULL"
        ).fetchall()
    )


def test_a_round_trip_into_a_fresh_library_gives_the_same_annotations_notes_colours_and_anchors(
    annotated: Annotated, tmp_path: Path
):
    exported = w3c_file(annotated.db, tmp_path / "out.jsonld")
    fresh = fresh_library(tmp_path / "fresh.sqlite", annotated.dumps)
    report = import_annotation_file(fresh, exported)
    assert (report.total, report.added, report.skipped) == (6, 6, ())
    assert annotation_rows(fresh) == annotation_rows(annotated.db)
    assert anchor_rows(fresh) == anchor_rows(annotated.db)  # the hand re-attachment included
    assert coding_rows(fresh) == coding_rows(annotated.db)
    assert {r[0] for r in annotation_rows(fresh)} == {r[0] for r in annotation_rows(annotated.db)}
    assert consistency_problems(fresh) == []
    assert [h.annotation.note for h in browse_annotations(fresh, text="Kazakh edition")] == ["Compare with the Kazakh edition"]


def test_importing_the_same_file_twice_changes_nothing(annotated: Annotated, tmp_path: Path):
    exported = w3c_file(annotated.db, tmp_path / "out.jsonld")
    fresh = fresh_library(tmp_path / "fresh.sqlite", annotated.dumps)
    import_annotation_file(fresh, exported)
    before = snapshot(fresh)
    again = import_annotation_file(fresh, exported)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    assert again.change.is_empty
    assert snapshot(fresh) == before
    # …and into the library it came from, nothing either.
    before = snapshot(annotated.db)
    assert import_annotation_file(annotated.db, exported).unchanged == 6
    assert snapshot(annotated.db) == before


def test_a_later_edit_in_the_file_updates_the_note_and_an_older_one_does_not(annotated: Annotated, tmp_path: Path):
    old = w3c_file(annotated.db, tmp_path / "old.jsonld")
    fresh = fresh_library(tmp_path / "fresh.sqlite", annotated.dumps)
    import_annotation_file(fresh, old)
    data = json.loads(old.read_text(encoding="utf-8"))
    item = data["first"]["items"][0]
    item["modified"] = "2099-01-01T00:00:00Z"
    item["body"][0]["value"] = "edited elsewhere"
    (tmp_path / "newer.jsonld").write_text(json.dumps(data), encoding="utf-8")
    report = import_annotation_file(fresh, tmp_path / "newer.jsonld")
    assert report.updated == 1 and report.unchanged == 5
    uuid = item["id"].removeprefix("urn:uuid:")
    assert fresh.execute("SELECT note, modified FROM annotations WHERE uuid = ?", [uuid]).fetchone() == (
        "edited elsewhere", "2099-01-01T00:00:00+00:00",
    )  # fmt: skip
    # This library's own later edit is not overwritten by the older file.
    annotation = fresh.execute("SELECT id FROM annotations WHERE uuid = ?", [uuid]).fetchone()[0]
    update_note(fresh, annotation, "mine")
    fresh.execute("UPDATE annotations SET modified = '2100-01-01T00:00:00+00:00' WHERE id = ?", [annotation])
    assert import_annotation_file(fresh, tmp_path / "newer.jsonld").updated == 0
    assert fresh.execute("SELECT note FROM annotations WHERE id = ?", [annotation]).fetchone()[0] == "mine"


def test_an_annotation_deleted_here_stays_deleted(annotated: Annotated, tmp_path: Path):
    exported = w3c_file(annotated.db, tmp_path / "out.jsonld")
    delete_annotation(annotated.db, annotated.claim)
    report = import_annotation_file(annotated.db, exported)
    assert [s.reason for s in report.skipped] == ["deleted in this library, so not brought back"]
    assert annotated.claim not in {a.id for a in article_annotations(annotated.db, annotated.murat)}


def test_hypothesis_json_ld_is_matched_by_address_and_placed_by_its_quote(sample_library: Database):
    report = import_annotation_file(sample_library, DATA / "sample-library.jsonld")
    assert report.kind == "Hypothesis JSON-LD"
    assert (report.total, report.added, report.exact, report.fuzzy, report.orphaned, report.notes) == (5, 4, 1, 1, 1, 1)
    assert [(s.label, s.reason) for s in report.skipped] == [
        ("https://hypothes.is/a/Oe14Ppe1Ee-7Ca2d5TpA3j", "no article in the library has its address")
    ]
    kostanay = sample_library.execute("SELECT id FROM articles WHERE source_url = ?", [KOSTANAY_URL]).fetchone()[0]
    highlight, page_note = sorted(article_annotations(sample_library, kostanay), key=lambda a: a.quote is None)
    text = sample_library.execute("SELECT text FROM versions WHERE id = ?", [highlight.version_id]).fetchone()[0]
    assert text[highlight.start : highlight.end] == "The event was attended by heads of state institutions"
    assert highlight.color_id == 4  # the tag "question" names a colour…
    assert (
        highlight.note == "Who were the **heads of state institutions**?\n\nTags: kostanay"
    )  # …the other tag is kept in the note
    assert (highlight.created, highlight.modified) == ("2026-11-30T21:07:47+00:00", "2026-11-30T21:09:02+00:00")
    assert page_note.quote is None and page_note.note == "Page note: the headline changed overnight."
    thirty_two = sample_library.execute("SELECT id FROM articles WHERE source_url = ?", [THIRTY_TWO_URL]).fetchone()[0]
    statuses = {a.note: a.anchors[0].status for a in article_annotations(sample_library, thirty_two)}
    assert statuses == {
        "Check the figure.": AnchorStatus.FUZZY,
        "This sentence was in the first edition only.": AnchorStatus.ORPHAN,
    }
    assert consistency_problems(sample_library) == []


def test_the_hypothesis_client_export_is_the_same_annotation_as_its_json_ld(sample_library: Database):
    import_annotation_file(sample_library, DATA / "sample-library.jsonld")
    report = import_annotation_file(sample_library, DATA / "sample-library-client-export.json")
    assert report.kind == "Hypothesis export"
    assert (report.unchanged, report.added, report.exact) == (1, 1, 1)  # the same id in both forms: not a duplicate
    kostanay = sample_library.execute("SELECT id FROM articles WHERE source_url = ?", [KOSTANAY_URL]).fetchone()[0]
    plain = next(a for a in article_annotations(sample_library, kostanay) if a.quote == "members of public councils")
    assert plain.color_id == 1 and plain.note == ""


def test_the_research_samples_for_a_page_qalam_lacks_are_read_and_skipped_with_the_reason(sample_library: Database):
    for name in ("hypothesis-annotation.jsonld", "hypothesis-annotations.jsonld", "hypothesis-client-export.json"):
        before = snapshot(sample_library)
        report = import_annotation_file(sample_library, DATA / name)
        assert report.total >= 1 and report.matched == 0
        assert set(report.reasons()) == {"no article in the library has its address"}
        assert snapshot(sample_library) == before


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe not utf-8", "is not UTF-8"),
        (b"{not json", "is not JSON"),
        (b'{"type": "Dataset"}', "is not a W3C Web Annotation file or a Hypothesis export"),
        (b"[]", "holds no annotations"),
        (b'{"type": "AnnotationCollection", "total": 3, "first": "https://example.org/page1"}', "does not hold them"),
    ],
)
def test_a_file_that_is_not_annotations_says_why_and_writes_nothing(
    sample_library: Database, tmp_path: Path, raw: bytes, message: str
):
    path = tmp_path / "bad.jsonld"
    path.write_bytes(raw)
    before = snapshot(sample_library)
    with pytest.raises(AnnotationFileError, match=message):
        import_annotation_file(sample_library, path)
    assert snapshot(sample_library) == before


def test_annotations_without_a_usable_target_are_skipped_one_by_one(sample_library: Database):
    data = [
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:6f1c2d1e-8a44-4c1e-9a1b-2f0f8e5c7a10", "type": "Annotation",
         "body": {"type": "TextualBody", "value": "x"}},
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:6f1c2d1e-8a44-4c1e-9a1b-2f0f8e5c7a11", "type": "Annotation",
         "target": {"source": KOSTANAY_URL, "selector": {"type": "CssSelector", "value": "#p2"}}},
        {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:6f1c2d1e-8a44-4c1e-9a1b-2f0f8e5c7a12", "type": "Annotation",
         "bodyValue": "a note", "target": KOSTANAY_URL},
    ]  # fmt: skip
    report = import_annotations(sample_library, read_annotations(json.dumps(data).encode()))
    assert report.reasons() == {
        "it has no target naming a page": 1,
        "its passage has no TextQuoteSelector with text (only selectors Qalam cannot place on a text)": 1,
    }
    assert report.notes == 1
    [note] = [a for a in article_annotations(sample_library, 2) if a.uuid == "6f1c2d1e-8a44-4c1e-9a1b-2f0f8e5c7a12"]
    assert note.note == "a note"


def test_progress_is_reported_up_to_the_whole_file(sample_library: Database):
    seen: list[tuple[int, int]] = []
    import_annotations(
        sample_library, read_annotations((DATA / "sample-library.jsonld").read_bytes()), lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)


def test_the_command_line_reports_and_exits_by_whether_the_file_could_be_read(
    sample_library, library_path: Path, tmp_path: Path, capsys
):
    assert main(["import-annotations", "--db", str(library_path), str(DATA / "sample-library.jsonld")]) == 0
    out = capsys.readouterr().out
    assert "5 annotations in the file (Hypothesis JSON-LD); 4 matched to an article" in out
    assert "Added 4: 1 placed exactly, 1 approximately, 1 orphaned (passage not found), 1 article note" in out
    assert "1 × no article in the library has its address" in out
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert main(["import-annotations", "--db", str(library_path), str(tmp_path / "bad.json")]) == 1
    assert "is not JSON" in capsys.readouterr().err


def test_an_annotation_that_cannot_be_stored_is_skipped_and_the_rest_imported(annotated: Annotated, tmp_path: Path, monkeypatch):
    exported = w3c_file(annotated.db, tmp_path / "out.jsonld")
    fresh = fresh_library(tmp_path / "fresh.sqlite", annotated.dumps)
    from desktop.core.annotation_import import importing
    from desktop.core.coding.snapshots import CodingError

    def refuse(db, coding):
        raise CodingError("There is already a code named “Conflict” there.")

    monkeypatch.setattr(importing, "_code_for", refuse)
    report = import_annotation_file(fresh, exported)
    assert report.added == 4 and report.codings == 0
    assert set(report.reasons()) == {"it could not be stored: There is already a code named “Conflict” there."}
    assert len(report.skipped) == 2  # the two annotations that carry codings, and nothing of them
    assert fresh.execute("SELECT count(*) FROM annotations").fetchone()[0] == 4
    assert consistency_problems(fresh) == []
