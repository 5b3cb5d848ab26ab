"""The search box: a filter it cannot use lists nothing and says why; the first hit is shown, not read."""

from __future__ import annotations

from desktop.core.articles import get_article


def test_an_invalid_filter_lists_nothing_and_says_what_is_wrong(window, qtbot):
    for text in ("date:2026-13", "is:bogus"):
        window.search_box.setText(text)
        window.search_box.apply_now()
        assert window.model.rowCount() == 0
        assert text in window.count_label.text() and window.count_label.text().startswith("No articles")
    window.search_box.setText("date:2026-02")
    window.search_box.apply_now()
    assert window.model.rowCount() == 10


def test_the_first_search_hit_is_shown_but_not_marked_read(window, qtbot):
    window.search_box.setText("Shymkent")
    window.search_box.apply_now()
    first = window.reader.current_article_id()
    assert first is not None
    qtbot.wait(2200)  # past the moment after which a chosen article counts as read
    detail = get_article(window.db, first)
    assert detail is not None and not detail.is_read
    window.article_list.select_row(1)  # the user chooses one: that one is read after a moment
    chosen = window.reader.current_article_id()
    qtbot.waitUntil(lambda: window.model.row_data(chosen).is_read, timeout=5000)


def test_a_pasted_wall_of_text_is_cut_to_what_a_search_can_use(window, qtbot):
    from desktop.ui.search.search_box import MAX_QUERY_CHARS

    window.search_box.setText("constitution " * 2000)  # 26 KB
    window.search_box.apply_now()
    assert len(" ".join(window.search_box.query.terms)) <= MAX_QUERY_CHARS
    assert "Only the first 1,000 characters are searched" in window.search_box.toolTip()
    assert window.model.rowCount() > 0
