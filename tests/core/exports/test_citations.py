"""Citations as CSL-JSON, RIS and BibLaTeX, each read back by the parser reference managers rely on,
and formatted references rendered by citeproc-py in the bundled style."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from jsonschema import Draft7Validator
from sqlite_utils import Database

from desktop.cli import main
from desktop.core.exports.citation_record import citation_record, iter_citations
from desktop.core.exports.citation_text import format_references
from desktop.core.exports.registry import find_format
from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from tests.core.helpers import KAZAKH_DUMP, write
from tests.dump_factory import dump_text, write_dump

DATA = Path(__file__).resolve().parents[2] / "data" / "csl"
STYLE = Path(__file__).resolve().parents[3] / "resources" / "csl" / "harvard-cite-them-right.csl"
KOSTANAY_URL = "https://www.gov.kz/memleket/entities/kostanai-kalasy-akimat/press/news/details/1154967?lang=kk"
KOSTANAY_TITLE = "A city activist held in Kostanay to discuss the draft of a new Constitution"
SPECIAL_TITLE = r"Budget {draft} 100% & $5 #1 a_b ~x^2 \n <b>bold</b>"


def run(db: Database, name: str, ids: list[ArticleId] | None = None) -> str:
    out = io.StringIO()
    find_format(name).run(db, out, ids)
    return out.getvalue()


def kostanay(db: Database) -> ArticleId:
    return ArticleId(db.execute("SELECT id FROM articles WHERE source_url = ?", [KOSTANAY_URL]).fetchone()[0])


def imported_date(db: Database, article: ArticleId) -> str:
    return db.execute(
        "SELECT d.imported_at FROM versions v JOIN dumps d ON d.id = v.first_dump_id WHERE v.article_id = ? ORDER BY v.id",
        [article],
    ).fetchone()[0][:10]


@pytest.fixture
def cited(sample_library: Database, tmp_path: Path) -> Database:
    """The samples, a Kazakh article, and one whose title holds every TeX special character."""
    import_paths(sample_library, [write(tmp_path / "kk.txt", KAZAKH_DUMP)])
    write_dump(
        tmp_path / "s.txt",
        dump_text(
            "Site & Co", {"Economy": [[f"{SPECIAL_TITLE} 09.03.2026", "Body text.Source : https://example.org/a?b=1&c={x}"]]}
        ),
    )
    import_paths(sample_library, [tmp_path / "s.txt"])
    return sample_library


def test_csl_json_is_valid_csl_and_says_which_version_was_read(cited: Database):
    items = json.loads(run(cited, "csl-json"))
    assert len(items) == 12
    validator = Draft7Validator(
        json.loads((DATA / "csl-data.json").read_text(encoding="utf-8")), format_checker=Draft7Validator.FORMAT_CHECKER
    )
    assert [e.message for e in validator.iter_errors(items)] == []
    article = kostanay(cited)
    item = next(i for i in items if i.get("URL") == KOSTANAY_URL)
    text, sha, dump = cited.execute(
        "SELECT v.text, v.sha256, d.file_name FROM versions v JOIN dumps d ON d.id = v.first_dump_id WHERE v.article_id = ?",
        [article],
    ).fetchone()
    y, m, d = (int(x) for x in imported_date(cited, article).split("-"))
    assert item == {
        "id": citation_record(cited, article).uuid,
        "type": "article-newspaper",
        "title": KOSTANAY_TITLE,
        "container-title": "Enbekshi QazaQ",
        "issued": {"date-parts": [[2026, 2, 4]]},
        "URL": KOSTANAY_URL,
        "accessed": {"date-parts": [[y, m, d]]},
        "section": "News",
        "language": "en",
        "note": item["note"],
    }
    assert sha == hashlib.sha256(text.encode()).hexdigest() and sha in item["note"] and dump in item["note"]
    kazakh = next(i for i in items if i["title"].startswith("Үкімет"))
    assert kazakh["language"] == "kk" and kazakh["container-title"] == "Еңбекші Қазақ"


def test_csl_json_renders_with_citeproc_in_the_bundled_style(cited: Database):
    items = json.loads(run(cited, "csl-json", [kostanay(cited)]))
    style = CitationStylesStyle(str(STYLE), locale="en-GB", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    [reference] = [str(r) for r in bibliography.bibliography()]
    assert f"‘{KOSTANAY_TITLE}’" in reference and "Enbekshi QazaQ (2026)" in reference  # British quotes: en-GB
    assert f"Available at: {KOSTANAY_URL}" in reference and "(Accessed:" in reference


def test_ris_reads_back_with_rispy_as_newspaper_articles(cited: Database):
    article = kostanay(cited)
    [entry] = rispy.loads(run(cited, "ris", [article]))
    record = citation_record(cited, article)
    assert entry["type_of_reference"] == "NEWS"
    assert (entry["title"], entry["secondary_title"], entry["date"], entry["year"]) == (
        KOSTANAY_TITLE,
        "Enbekshi QazaQ",
        "2026/02/04/",
        "2026",
    )
    assert entry["urls"] == [KOSTANAY_URL] and entry["language"] == "en" and entry["section"] == "News"
    assert entry["access_date"] == imported_date(cited, article).replace("-", "/") + "/"
    assert entry["notes"] == [record.provenance] and record.version_sha256 in entry["notes"][0]
    assert entry["id"] == record.uuid
    everything = rispy.loads(run(cited, "ris"))
    assert len(everything) == 12 and {e["type_of_reference"] for e in everything} == {"NEWS"}


def test_bibtex_reads_back_with_bibtexparser_as_biblatex_newspaper_articles(cited: Database):
    text = run(cited, "bibtex")
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    raw = {e.key: e for e in bibtexparser.parse_string(text).entries}  # url is verbatim: read it undecoded
    assert library.failed_blocks == [] and len(library.entries) == 12
    assert len({e.key for e in library.entries}) == 12 and all(e.key.isascii() for e in library.entries)
    special = next(e for e in library.entries if e["journaltitle"] == "Site & Co")
    assert special.entry_type == "article" and special["entrysubtype"] == "newspaper"
    # Every TeX special character escaped, and decoded back (pylatexenc reads \textasciicircum as U+02C6, TeX prints ^).
    assert special["title"].replace("\u02c6", "^") == SPECIAL_TITLE
    assert special["date"] == "2026-03-09" and raw[special.key]["url"] == "https://example.org/a?b=1&c=%7Bx%7D"
    assert special["urldate"] == imported_date(cited, ArticleId(12))
    record = citation_record(cited, ArticleId(12))
    assert special["note"] == record.provenance
    kazakh = next(e for e in library.entries if e["title"].startswith("Үкімет"))
    assert (kazakh["langid"], kazakh["language"]) == ("kazakh", "kazakh")


def test_a_citation_of_another_version_names_that_version(cited: Database):
    shymkent = ArticleId(9)
    first, second = [r[0] for r in cited.execute("SELECT id FROM versions WHERE article_id = ? ORDER BY id", [shymkent])]
    default, chosen = citation_record(cited, shymkent), citation_record(cited, shymkent, second)
    shas = dict(cited.execute("SELECT id, sha256 FROM versions WHERE article_id = ?", [shymkent]).fetchall())
    assert (default.version_sha256, chosen.version_sha256) == (shas[first], shas[second])
    dumps = dict(
        cited.execute(
            "SELECT v.id, d.file_name FROM versions v JOIN dumps d ON d.id = v.first_dump_id WHERE v.article_id = ?", [shymkent]
        ).fetchall()
    )
    assert (default.dump, chosen.dump) == (dumps[first], dumps[second])
    assert [r.version_sha256 for r in iter_citations(cited, [shymkent], {shymkent: second})] == [shas[second]]


def test_formatted_references_for_the_clipboard(cited: Database):
    records = [citation_record(cited, kostanay(cited)), citation_record(cited, ArticleId(12))]
    refs = format_references(records, STYLE)
    lines = refs.plain.split("\n")
    assert len(lines) == 2 and any(KOSTANAY_TITLE in line for line in lines)
    assert "<b>bold</b>" in refs.plain  # plain text is the title as it is
    assert "<b>bold</b>" not in refs.html and "&lt;b&gt;bold&lt;/b&gt;" in refs.html  # the HTML shows it, never renders it
    assert refs.html.count("<p>") == 2 and "<i>Enbekshi QazaQ</i>" in refs.html
    assert format_references([], STYLE).plain == ""


def test_the_command_line_exports_each_citation_format(cited, library_path: Path, tmp_path: Path):
    for name, suffix in (("csl-json", "json"), ("ris", "ris"), ("bibtex", "bib")):
        target = tmp_path / f"refs.{suffix}"
        assert main(["export", "--db", str(library_path), "--format", name, "-o", str(target)]) == 0
        assert target.stat().st_size > 0
    assert len(json.loads((tmp_path / "refs.json").read_text(encoding="utf-8"))) == 12
