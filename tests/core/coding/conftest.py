"""A sample library with a small codebook, shared by the coding tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlite_utils import Database

from desktop.core.coding import codebook
from desktop.core.ids import ArticleId, CodeId, VersionId

MURAT_TITLE = "MURAT ABENOV ON THE NEW CONSTITUTION: THE BALANCE OF SOVEREIGNTY AND INTERNATIONAL LAW HAS BEEN PRESERVED"
PASSAGE = '"We, together with our colleagues, have carefully studied the draft norms.'


@dataclass(frozen=True)
class Coded:
    db: Database
    murat: ArticleId
    versions: tuple[VersionId, ...]
    text: str
    frames: CodeId
    conflict: CodeId
    consensus: CodeId
    actors: CodeId


def span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


@pytest.fixture
def coded(sample_library: Database) -> Coded:
    db = sample_library
    murat = ArticleId(db.execute("SELECT id FROM articles WHERE title = ?", [MURAT_TITLE]).fetchone()[0])
    versions = tuple(VersionId(r[0]) for r in db.execute("SELECT id FROM versions WHERE article_id = ? ORDER BY id", [murat]))
    text = db.execute("SELECT text FROM versions WHERE id = ?", [versions[0]]).fetchone()[0]
    frames = codebook.create_code(db, "Frames", description="How the article frames the event.").code
    conflict = codebook.create_code(db, "Conflict", frames, color="#e53935").code
    consensus = codebook.create_code(db, "Consensus", frames, color="#1e88e5").code
    actors = codebook.create_code(db, "Actors").code
    assert frames and conflict and consensus and actors
    return Coded(db, murat, versions, text, frames, conflict, consensus, actors)
