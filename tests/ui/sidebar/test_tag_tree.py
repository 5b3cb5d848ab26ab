"""The sidebar's tag tree: a branch filters to its whole subtree and counts it, whether or not it is a tag."""

from __future__ import annotations

from pathlib import Path

from desktop.core.store import open_library
from desktop.core.tags import add_tag
from desktop.ui.sidebar.sidebar import EntryKind


def test_a_branch_that_is_no_tag_filters_to_its_subtree_and_counts_it(open_window, sample_db: Path):
    db = open_library(sample_db)
    add_tag(db, [1, 2], "law/courts")
    add_tag(db, [2, 3], "law/parliament")
    add_tag(db, [4], "lawyers")  # starts with the same letters, is not below "law"
    db.close()
    window = open_window(sample_db)
    assert window.sidebar.entry_count(EntryKind.TAG_PATH, "law") == 3
    window.sidebar.activate(EntryKind.TAG_PATH, "law")
    assert window.model.rowCount() == 3
    assert "law" in window.count_label.text()
    window.sidebar.activate(EntryKind.TAG_PATH, "law")  # again: exclude
    assert window.model.rowCount() == 7


def test_a_tag_with_tags_below_it_counts_its_subtree(open_window, sample_db: Path):
    db = open_library(sample_db)
    parent = add_tag(db, [1], "politics").tag
    add_tag(db, [2], "politics/elections")
    db.close()
    window = open_window(sample_db)
    assert window.sidebar.entry_count(EntryKind.TAG, parent) == 2
    window.sidebar.activate(EntryKind.TAG, parent)
    assert window.model.rowCount() == 2 and window.count_label.text().startswith("2 articles")
