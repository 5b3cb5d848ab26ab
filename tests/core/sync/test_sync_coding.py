"""Coding syncs like every user table: the codebook and the codings, by the spec's two entries.

They exercise what the spec offers beyond plain fields: a row that refers to another of its own
table (a code's parent), refs to other synced tables (a coding's passage and code), names unique
among siblings, and one live coding per passage, code and coder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.coding.codebook import create_code, list_codes
from desktop.core.coding.codings import article_codings, code_articles, code_passage
from desktop.core.ids import ArticleId
from desktop.core.sync.conflicts import ConflictKind, list_conflicts, resolve
from tests.core.sync.helpers import article_id, library, state_hash, synced
from tests.core.test_annotations import MURAT, QUOTED

POETS = "Shymkent poets analyze the new Constitution in verse"


@pytest.fixture
def pair(tmp_path: Path, samples_dir: Path):
    dumps = sorted(samples_dir.glob("*.txt"))
    a, b = library(tmp_path / "a.sqlite", dumps), library(tmp_path / "b.sqlite", dumps[::-1])
    folder = tmp_path / "shared"
    folder.mkdir()
    synced(a, folder, "alice")
    synced(b, folder, "bob")
    yield a, b, folder
    a.close()
    b.close()


def round_trip(a, b, folder) -> None:
    synced(a, folder, "alice")
    synced(b, folder, "bob")
    synced(a, folder, "alice")


def test_a_codebook_and_its_codings_arrive_with_their_tree_passages_and_coders(pair):
    a, b, folder = pair
    policy = create_code(a, "Policy").code
    law = create_code(a, "Law", policy).code
    article = ArticleId(article_id(a, MURAT))
    version, text = a.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article]).fetchone()
    start = text.index(QUOTED)
    code_passage(a, article, version, start, start + len(QUOTED), [law], "alice")
    code_articles(a, [ArticleId(article_id(a, POETS))], [policy], "alice")
    round_trip(a, b, folder)
    codes = {c.name: c for c in list_codes(b)}
    assert set(codes) == {"Policy", "Law"} and codes["Law"].parent_id == codes["Policy"].id
    [passage] = article_codings(b, ArticleId(article_id(b, MURAT)))
    assert (passage.code_id, passage.coder) == (codes["Law"].id, "alice")
    quote = b.execute("SELECT quote FROM annotations WHERE id = ?", [passage.annotation_id]).fetchone()[0]
    assert quote == QUOTED
    [whole] = article_codings(b, ArticleId(article_id(b, POETS)))
    assert whole.code_id == codes["Policy"].id
    assert state_hash(a) == state_hash(b)


def test_one_code_name_made_on_two_devices_under_one_parent_keeps_both_and_merges(pair):
    a, b, folder = pair
    create_code(a, "Economy")
    create_code(b, "economy")  # another UUID: made independently
    round_trip(a, b, folder)
    names = [sorted(c.name for c in list_codes(db)) for db in (a, b)]
    assert names[0] == names[1] and {n.casefold() for n in names[0]} == {"economy", "economy (2)"}
    [conflict] = [c for c in list_conflicts(b) if c.kind is ConflictKind.NAME]
    assert conflict.table == "codes"
    resolve(b, conflict, use_other=True)  # merge the two
    round_trip(a, b, folder)
    for db in (a, b):
        assert [c.name.casefold() for c in list_codes(db)] == ["economy"] and list_conflicts(db) == []
    assert state_hash(a) == state_hash(b)


def test_the_same_coder_coding_an_article_on_two_devices_is_one_coding(pair):
    a, b, folder = pair
    create_code(a, "Culture")
    round_trip(a, b, folder)
    [code_a], [code_b] = list_codes(a), list_codes(b)
    code_articles(a, [ArticleId(article_id(a, POETS))], [code_a.id], "carol")  # carol on her laptop ...
    code_articles(b, [ArticleId(article_id(b, POETS))], [code_b.id], "carol")  # ... and on her desktop
    round_trip(a, b, folder)
    for db in (a, b):
        assert len(article_codings(db, ArticleId(article_id(db, POETS)))) == 1
        assert db.execute("SELECT count(*) FROM sync_waiting").fetchone()[0] == 0
        # The article's holder of codes was made on both devices too: one row, and no conflict to show.
        assert list_conflicts(db) == []
    assert state_hash(a) == state_hash(b)
    report = synced(b, folder, "bob")
    assert report.ok


def test_saved_searches_arrive_and_their_sidebar_filter_finds_the_same_articles(pair):
    from desktop.core.article_query import article_ids
    from desktop.core.saved_searches import FilterSpec, create_saved_search, list_saved_searches, search_filter
    from desktop.core.tags import add_tag

    a, b, folder = pair
    add_tag(a, [ArticleId(article_id(a, POETS)), ArticleId(article_id(a, MURAT))], "constitution")
    tag_uuid = a.execute("SELECT uuid FROM tags").fetchone()[0]
    create_saved_search(a, "Poems", "verse", FilterSpec(sources=("Enbekshi QazaQ",), tags=((tag_uuid, "constitution"),)))
    round_trip(a, b, folder)
    [search] = list_saved_searches(b)
    assert (search.name, search.query) == ("Poems", "verse")
    found = {
        b.execute("SELECT title FROM articles WHERE id = ?", [i]).fetchone()[0] for i in article_ids(b, search_filter(b, search))
    }
    assert found == {POETS}  # another library's ids, the same article
    assert state_hash(a) == state_hash(b)
