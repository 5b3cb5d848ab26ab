"""`code:NAME` in the search: articles coded with the code or a code below it, combined with the other filters."""

from __future__ import annotations

from desktop.core.article_query import ArticleFilter, count_articles, iter_article_ids
from desktop.core.coding import codebook, codings
from desktop.core.search_query import parse_query
from tests.core.coding.conftest import PASSAGE, Coded, span


def _search(db, text: str) -> set[int]:
    return set(iter_article_ids(db, ArticleFilter(query=parse_query(text))))


def test_code_filters_cover_the_subtree_and_paths_and_negation(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    other = coded.murat + 1
    codings.code_articles(db, [other], [coded.actors], "Daniyar")
    assert parse_query('code:Conflict -code:"Frames/Consensus"').codes == ("Conflict",)
    assert _search(db, "code:conflict") == {coded.murat}
    assert _search(db, "code:Frames") == {coded.murat}  # a code stands for the codes below it
    assert _search(db, 'code:"Frames/Conflict"') == {coded.murat}
    assert _search(db, "code:Consensus") == set()
    assert _search(db, "code:Actors") == {other}
    total = count_articles(db, ArticleFilter())
    assert len(_search(db, "-code:Frames")) == total - 1
    assert _search(db, "code:Frames constitution") == {coded.murat}
    assert _search(db, "code:nosuchcode") == set()


def test_a_removed_or_deleted_code_no_longer_matches(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    codebook.delete_code(db, coded.conflict)
    assert _search(db, "code:Conflict") == set()
