"""Exports: the JSON contract other tools read, Markdown for people, CSV for spreadsheets."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from sqlite_utils import Database

from desktop.core.articles import set_starred
from desktop.core.exports.article_csv import CSV_COLUMNS, export_csv
from desktop.core.exports.article_json import export_json
from desktop.core.exports.article_markdown import export_markdown
from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from desktop.core.tags import add_tag, set_tag_color
from tests.core.helpers import KAZAKH_DUMP, write

MARKUP_TITLE = '<script>alert(1)</script> <a href="javascript:alert(1)">x</a> & *stars* _under_ # [link](http://x)'
MARKUP_BODY = '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">click</a> `code` | pipe'


def exported(db: Database, exporter, ids: list[ArticleId] | None = None) -> tuple[str, int]:
    out = io.StringIO()
    count = exporter(db, out, ids)
    return out.getvalue(), count


def test_json_has_the_documented_shape(sample_library: Database):
    add_tag(sample_library, [ArticleId(1)], "trade")
    text, count = exported(sample_library, export_json)
    data = json.loads(text)
    assert count == 10
    assert data["format"] == "qalam" and data["version"] == 1
    assert set(data) == {"format", "version", "articles", "codes", "saved_searches"}
    assert len(data["articles"]) == 10
    for article in data["articles"]:
        # Fields may be added to the contract, never renamed or removed.
        assert {"id", "uuid", "source", "title", "date", "source_url", "sections", "tags", "versions", "annotations"} <= set(article)
        assert isinstance(article["id"], int) and isinstance(article["title"], str)
        assert article["annotations"] == []
        assert article["versions"]
        for version in article["versions"]:
            assert {"id", "text", "sha256", "occurrences"} <= set(version)
            assert len(version["sha256"]) == 64
            for occurrence in version["occurrences"]:
                assert {"dump", "section", "position", "title"} <= set(occurrence)
    first = next(a for a in data["articles"] if a["id"] == 1)
    assert first["source"] == "Enbekshi QazaQ"
    assert first["date"] == "2026-02-04"
    assert first["source_url"] == "https://www.gov.kz/memleket/entities/mti/press/news/details/1155035?lang=kk"
    assert first["sections"] == ["News", "Society"]
    assert first["tags"] == ["trade"]
    (version,) = first["versions"]
    assert [(o["dump"], o["section"], o["position"]) for o in version["occurrences"]] == [
        ("000_66d76ea5e4359d44.txt", "News", 0),
        ("000_66d76ea5e4359d44.txt", "Society", 5),
    ]
    assert version["text"].startswith("Thirty-two commercial documents were signed")
    assert sum(len(a["versions"]) for a in data["articles"]) == 18
    assert sum(len(v["occurrences"]) for a in data["articles"] for v in a["versions"]) == 20


def test_json_of_an_empty_library_is_valid(library: Database):
    text, count = exported(library, export_json)
    assert count == 0
    assert json.loads(text) == {"format": "qalam", "version": 1, "articles": [], "codes": [], "saved_searches": []}


def test_json_keeps_markup_and_cyrillic_exactly(library: Database, tmp_path: Path):
    import_paths(library, [write(tmp_path / "m.txt", f"Site\nNews More\n{MARKUP_TITLE} 04.02.2026\n{MARKUP_BODY}\n")])
    import_paths(library, [write(tmp_path / "k.txt", KAZAKH_DUMP)])
    text, _ = exported(library, export_json)
    articles = json.loads(text)["articles"]
    assert articles[0]["title"] == MARKUP_TITLE
    assert articles[0]["versions"][0]["text"] == MARKUP_BODY
    assert articles[1]["title"] == "Үкімет өңірлерді дамытудың жаңа жоспарын бекітті"
    assert "Үкімет өңірлерді" in text  # readable in the file, not \u escapes


def test_export_of_chosen_ids_only(sample_library: Database):
    text, count = exported(sample_library, export_json, [ArticleId(3), ArticleId(7)])
    assert count == 2
    assert [a["id"] for a in json.loads(text)["articles"]] == [3, 7]


def test_markdown_has_one_heading_per_article_with_date_source_tags_and_text(sample_library: Database):
    add_tag(sample_library, [ArticleId(9)], "culture/poetry")
    set_tag_color(sample_library, add_tag(sample_library, [ArticleId(9)], "verse").tag, "#112233")
    text, count = exported(sample_library, export_markdown)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert count == len(headings) == 10
    section = text[text.index("## Shymkent poets analyze the new Constitution in verse") :]
    section = section[: section.index("\n## ")] if "\n## " in section else section
    assert "- Date: 2026-02-21" in section
    assert "- Source: Enbekshi QazaQ" in section
    assert "- Tags: culture/poetry, verse" in section
    assert "- Versions: 2" in section
    assert "Society is not standing idly by in the face of the socio-political initiatives" in section


def test_markdown_shows_markup_literally(library: Database, tmp_path: Path):
    import_paths(library, [write(tmp_path / "m.txt", f"Site\nNews More\n{MARKUP_TITLE} 04.02.2026\n{MARKUP_BODY}\n")])
    text, _ = exported(library, export_markdown)
    assert re.search(r"(?<!\\)[<>]", text) is None  # every angle bracket is escaped: no tag can render
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "\\<img src=x onerror=alert(1)\\>" in text


def test_csv_has_a_header_and_one_row_per_article(sample_library: Database):
    set_starred(sample_library, [ArticleId(2)], True)
    text, count = exported(sample_library, export_csv)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert count == len(rows) - 1 == 10
    by_id = {int(r[0]): dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]}
    two = by_id[2]
    assert (two["date"], two["source"], two["sections"], two["starred"], two["read"]) == (
        "2026-02-04",
        "Enbekshi QazaQ",
        "News; Society",
        "1",
        "0",
    )
    assert two["title"] == "A city activist held in Kostanay to discuss the draft of a new Constitution"
    assert two["text"].startswith("On February 4, 2026, a city-wide meeting")


def test_csv_keeps_multi_paragraph_text_and_markup_in_one_cell(library: Database, tmp_path: Path):
    body = 'First, with "quotes", commas.\nSecond <b>bold</b>;\nThird.'
    import_paths(library, [write(tmp_path / "m.txt", f"Site\nNews More\n{MARKUP_TITLE} 04.02.2026\n{body}\n")])
    text, _ = exported(library, export_csv)
    (header, row) = list(csv.reader(io.StringIO(text, newline="")))
    record = dict(zip(header, row, strict=True))
    assert record["title"] == MARKUP_TITLE
    assert record["text"] == body


def test_csv_cells_that_look_like_spreadsheet_formulas_are_neutralised(library: Database, tmp_path: Path):
    from tests.dump_factory import dump_text, write_dump

    body = '=HYPERLINK("http://evil.example","click") and more text'
    write_dump(tmp_path / "f.txt", dump_text("Site", {"News": [["+SUM(A1:A9) headline 01.02.2026", body]]}))
    import_paths(library, [tmp_path / "f.txt"])
    out = io.StringIO()
    export_csv(library, out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["title"] == "'+SUM(A1:A9) headline"
    assert row["text"] == "'" + body
