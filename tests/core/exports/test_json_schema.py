"""Every JSON export is valid against the documented shape, desktop/core/exports/schemas/qalam-export.schema.json."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from sqlite_utils import Database

from desktop.core.exports.article_json import export_json
from desktop.core.importer import import_paths
from desktop.core.saved_searches import FilterSpec, create_saved_search
from desktop.core.tags import add_tag
from tests.core.annotated_library import annotate
from tests.core.helpers import KAZAKH_DUMP, write

SCHEMA_FILE = Path(__file__).resolve().parents[3] / "desktop" / "core" / "exports" / "schemas" / "qalam-export.schema.json"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def exported(db: Database) -> dict:
    out = io.StringIO()
    export_json(db, out)
    return json.loads(out.getvalue())


def problems(validator: Draft202012Validator, data: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def test_an_empty_library(library: Database, validator: Draft202012Validator):
    assert problems(validator, exported(library)) == []


def test_a_library_with_every_kind_of_annotation_tag_and_code(
    sample_library: Database, samples_dir: Path, tmp_path: Path, validator
):
    annotate(sample_library, samples_dir, tmp_path)
    add_tag(sample_library, [1, 2], "constitution/draft")
    import_paths(sample_library, [write(tmp_path / "k.txt", KAZAKH_DUMP)])
    tag = sample_library.execute("SELECT uuid FROM tags WHERE name = 'constitution/draft'").fetchone()[0]
    create_saved_search(sample_library, "Constitution drafts", "constitution -is:unread", FilterSpec(tags=((tag, "constitution/draft"),)))
    data = exported(sample_library)
    assert problems(validator, data) == []
    assert [s["name"] for s in data["saved_searches"]] == ["Constitution drafts"]
    annotations = [a for article in data["articles"] for a in article["annotations"]]
    assert {a["anchors"][0]["status"] for a in annotations if a["anchors"]} >= {"exact"}
    assert any(a["codings"] for a in annotations) and data["codes"]


def test_the_schema_catches_a_changed_shape(sample_library: Database, validator: Draft202012Validator):
    """The check can fail: a renamed field, a wrong type and a bad hash are each reported."""
    data = exported(sample_library)
    article = data["articles"][0]
    article["headline"] = article.pop("title")
    article["versions"][0]["sha256"] = "not a hash"
    data["articles"][1]["read"] = "yes"
    found = problems(validator, data)
    assert any("'title' is a required property" in p for p in found)
    assert any("headline" in p for p in found)
    assert any(p.startswith("articles/0/versions/0/sha256") for p in found)
    assert any(p.startswith("articles/1/read") for p in found)
