"""Coded segments (AND / OR / NOT with the list's filters), frequencies and co-occurrence on the sample library."""

from __future__ import annotations

import csv
import io

from markdown_it import MarkdownIt

from desktop.core.article_query import ArticleFilter
from desktop.core.coding import codings
from desktop.core.coding.agreement import Level
from desktop.core.coding.cooccurrence import cooccurrence, cooccurring_passages
from desktop.core.coding.frequencies import Dimension, Unit, code_frequencies
from desktop.core.coding.segments import Match, SegmentQuery, coded_segments, write_segments_csv, write_segments_markdown
from desktop.core.search_query import parse_query
from tests.core.coding.conftest import PASSAGE, Coded, span


def _code_sample(coded: Coded) -> dict[str, tuple[int, int]]:
    db, text, v = coded.db, coded.text, coded.versions[0]
    a = span(text, PASSAGE)
    b = (a[0] + 20, a[1] + 60)  # overlaps a
    later = text.index("Murat Abenov")
    c = (later, later + 30)
    codings.code_passage(db, coded.murat, v, *a, [coded.conflict, coded.actors], "Aigerim")
    codings.code_passage(db, coded.murat, v, *b, [coded.consensus], "Daniyar")
    codings.code_passage(db, coded.murat, v, *c, [coded.actors], "Aigerim")
    codings.code_articles(db, [coded.murat + 1], [coded.actors, coded.conflict], "Aigerim")
    return {"a": a, "b": b, "c": c}


def test_or_lists_each_passage_once_with_all_its_codes(coded: Coded):
    spans = _code_sample(coded)
    found = coded_segments(coded.db, SegmentQuery((coded.conflict, coded.actors)))
    mine = [(s.start, s.end, s.codes) for s in found if s.article == coded.murat]
    assert sorted(mine) == sorted([(*spans["a"], ("Frames/Conflict", "Actors")), (*spans["c"], ("Actors",))])
    whole = [s for s in found if s.article == coded.murat + 1]
    assert len(whole) == 1 and whole[0].whole and whole[0].text == ""
    assert next(s for s in found if s.start == spans["a"][0]).text == PASSAGE


def test_and_gives_the_overlap_and_not_leaves_out_what_overlaps(coded: Coded):
    spans = _code_sample(coded)
    both = coded_segments(coded.db, SegmentQuery((coded.conflict, coded.consensus), Match.ALL))
    assert [(s.start, s.end) for s in both] == [(spans["b"][0], spans["a"][1])]
    assert both[0].text == coded.text[spans["b"][0] : spans["a"][1]]
    assert set(both[0].coders) == {"Aigerim", "Daniyar"}
    not_consensus = coded_segments(coded.db, SegmentQuery((coded.actors,), excluded=(coded.consensus,)))
    assert sorted((s.article, s.start) for s in not_consensus) == sorted([(coded.murat, spans["c"][0]), (coded.murat + 1, None)])
    only_daniyar = coded_segments(coded.db, SegmentQuery((coded.consensus, coded.conflict), coders=("Daniyar",)))
    assert [s.codes for s in only_daniyar] == [("Frames/Consensus",)]


def test_segments_follow_the_search_and_sidebar_filter_and_export(coded: Coded):
    _code_sample(coded)
    flt = ArticleFilter(query=parse_query("abenov"))
    found = coded_segments(coded.db, SegmentQuery((coded.actors,)), flt)
    assert {s.article for s in found} == {coded.murat}
    out = io.StringIO()
    assert write_segments_csv(found, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["codes"] for r in rows] and all(r["article_id"] == str(coded.murat) for r in rows)
    assert {r["text"] for r in rows} >= {PASSAGE}
    md = io.StringIO()
    write_segments_markdown(found, md)
    tokens = MarkdownIt("commonmark").parse(md.getvalue())
    quotes = ["".join(c.content for c in t.children or []) for t in tokens if t.type == "inline"]
    assert PASSAGE in quotes  # the quote survives Markdown literally


def test_cooccurrence_at_passage_and_article_level_and_its_cells(coded: Coded):
    spans = _code_sample(coded)
    passage = cooccurrence(coded.db, Level.PASSAGE)
    assert passage.count(coded.conflict, coded.actors) == 1  # the same passage
    assert passage.count(coded.conflict, coded.consensus) == 1  # overlapping passages
    assert passage.count(coded.actors, coded.consensus) == 1
    assert passage.count(coded.actors, coded.actors) == 2  # the diagonal: passages coded Actors
    assert passage.count(coded.consensus, coded.conflict) == passage.count(coded.conflict, coded.consensus)
    article = cooccurrence(coded.db, Level.ARTICLE)
    assert article.count(coded.conflict, coded.actors) == 2
    assert article.count(coded.consensus, coded.actors) == 1
    cell = cooccurring_passages(coded.db, coded.conflict, coded.consensus, Level.PASSAGE)
    assert [(s.start, s.end) for s in cell] == [(spans["a"][0], spans["b"][1])]
    articles = cooccurring_passages(coded.db, coded.conflict, coded.actors, Level.ARTICLE)
    assert {s.article for s in articles} == {coded.murat, coded.murat + 1}


def test_frequencies_per_source_section_and_month(coded: Coded):
    _code_sample(coded)
    by_month = code_frequencies(coded.db, Dimension.MONTH)
    assert by_month.columns == ("2026-02",)
    assert by_month.counts[(coded.actors, "2026-02")] == 3 and by_month.row_total(coded.conflict) == 2
    by_article = code_frequencies(coded.db, Dimension.MONTH, Unit.ARTICLES)
    assert by_article.counts[(coded.actors, "2026-02")] == 2
    by_section = code_frequencies(coded.db, Dimension.SECTION, Unit.ARTICLES)
    assert set(by_section.columns) >= {"News"}
    by_source = code_frequencies(coded.db, Dimension.SOURCE, coders=("Daniyar",))
    assert by_source.codes == (coded.consensus,) and by_source.column_total(by_source.columns[0]) == 1
