"""Annotations in every export format."""

from __future__ import annotations

import csv
import io
import json

from desktop.core.annotations import create_highlight, create_note
from desktop.core.exports.registry import Scope, find_format
from tests.core.test_annotations import QUOTED, murat


def annotated(db):
    article, [(news, text), (society, _)] = murat(db)
    start = text.index(QUOTED)
    highlight = create_highlight(db, article, news, start, start + len(QUOTED), 2, "The deputy's main claim").annotation
    create_note(db, article, "Compare with the Kazakh edition")
    return article, highlight, society


def run(name: str, db, scope: Scope | None = None) -> str:
    out = io.StringIO()
    fmt = find_format(name, scope)
    assert fmt is not None
    fmt.write(db, out, None)
    return out.getvalue()


def test_json_export_lists_annotations_with_anchors_on_every_version(sample_library):
    article, highlight, society = annotated(sample_library)
    data = json.loads(run("json", sample_library))
    entry = next(a for a in data["articles"] if a["id"] == article)
    first = entry["annotations"][0]
    for key in ("id", "uuid", "version", "start", "end", "quote", "prefix", "suffix", "color", "color_name", "note", "created", "updated"):
        assert key in first
    assert first["quote"] == QUOTED and first["color_name"] == "claim"
    assert {a["version"]: a["status"] for a in first["anchors"]} == {highlight.version_id: "exact", society: "fuzzy"}
    assert entry["annotations"][1]["note"] == "Compare with the Kazakh edition"
    assert all(a["annotations"] == [] for a in data["articles"] if a["id"] != article)


def test_markdown_export_quotes_each_highlight_then_its_note(sample_library):
    annotated(sample_library)
    text = run("markdown", sample_library)
    assert "> \"We, together with our colleagues" in text
    assert "*claim* — The deputy's main claim" in text
    assert "Compare with the Kazakh edition" in text


def test_w3c_export_is_json_ld_with_quote_and_position_selectors(sample_library):
    annotated(sample_library)
    data = json.loads(run("w3c", sample_library))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"  # then Qalam's own terms
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    highlight = data["first"]["items"][0]
    assert highlight["type"] == "Annotation"
    selectors = {s["type"]: s for s in highlight["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == QUOTED
    assert selectors["TextPositionSelector"]["end"] - selectors["TextPositionSelector"]["start"] == len(QUOTED)
    assert highlight["body"][0]["value"] == "The deputy's main claim"


def test_csv_annotations_export_has_one_row_per_annotation(sample_library):
    annotated(sample_library)
    rows = list(csv.DictReader(io.StringIO(run("csv", sample_library, Scope.ANNOTATIONS))))
    assert len(rows) == 2
    assert rows[0]["quote"] == QUOTED and rows[0]["color_name"] == "claim"
    assert rows[1]["quote"] == "" and rows[1]["note"] == "Compare with the Kazakh edition"


def test_cli_exports_w3c_and_annotation_csv(sample_library, library_path, tmp_path, capsys):
    from desktop.cli import main

    annotated(sample_library)
    target = tmp_path / "notes.jsonld"
    assert main(["export", "--db", str(library_path), "--format", "w3c", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["total"] == 2
    assert main(["export", "--db", str(library_path), "--format", "csv", "--annotations"]) == 0
    assert capsys.readouterr().out.count("\n") >= 3
