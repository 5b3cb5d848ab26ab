"""Benchmark rows of the corpus views (issue 15): concordance, frequency chart, collocates.

    python -m tests.benchmarks.corpus_views core LIBRARY RUNS      # in core, as the read ops run them
    python -m tests.benchmarks.corpus_views window LIBRARY RUNS    # through the real window, to the repaint

run.py starts each in a fresh process (figure "corpus"), so "first" is the first time in a
session: the concordance's first search pays for expanding the box's last word as a prefix,
and the first chart for reading every article's date into memory (library_index.py). Every
figure checks what it measured (50 lines, the rare word's 10 articles, a chart's periods).

Targets (issue 15): the first screen of the concordance (50 lines) ≤ 200 ms for a rare and a
common word; the frequency chart of a common word by month ≤ 500 ms at 1M; the collocates of
a common word ≤ 2 s at 1M.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.corpus import COMMON_WORD, PHRASE, RARE_ARTICLES, RARE_WORD

QUERIES = {"rare": RARE_WORD, "common": COMMON_WORD, "phrase": f'"{PHRASE}"'}
SCREEN = 50


def _timed(action: Callable[[], object], runs: int) -> tuple[list[float], object]:
    samples, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples, value


def _figure(samples: list[float]) -> dict:
    return {"first_ms": samples[0], "ms": statistics.median(samples[1:] or samples), "runs": len(samples)}


# --- in core ---------------------------------------------------------------------------------------
def core(library: Path, runs: int) -> dict:
    from desktop.core.article_query import ArticleFilter, search_is_large
    from desktop.core.corpus.collocates import collocates
    from desktop.core.corpus.frequency import Period, frequency
    from desktop.core.corpus.kwic import KwicSort, kwic_page, sorted_hits
    from desktop.core.search_query import parse_query
    from desktop.core.store import open_library

    db = open_library(library, migrate=False)
    db.execute("PRAGMA query_only = ON")
    result: dict[str, dict] = {"kwic": {}, "frequency": {}, "collocates": {}, "sorted": {}}
    try:
        for name, text in QUERIES.items():
            flt = ArticleFilter(query=parse_query(text), prefix_search=True)  # as the search box asks

            def first_screen(f=flt):
                return kwic_page(db, f, want=SCREEN, large=search_is_large(db, f))

            samples, page = _timed(first_screen, runs + 1)
            expected = RARE_ARTICLES if name == "rare" else SCREEN
            if len(page.lines) < expected:
                raise RuntimeError(f"the concordance of {text!r} showed {len(page.lines)} lines, not {expected}")
            result["kwic"][name] = _figure(samples)
        for name in ("common", "rare"):
            flt = ArticleFilter(prefix_search=True)
            query = parse_query(QUERIES[name])
            samples, chart = _timed(lambda q=query, f=flt, n=name: frequency(db, f, [(QUERIES[n], q)], Period.MONTH), runs + 1)
            counted = sum(chart.series[0].counts)
            if (
                not chart.periods
                or (name == "rare" and counted != RARE_ARTICLES)
                or (name == "common" and counted < len(chart.periods))
            ):
                raise RuntimeError(f"the chart of {QUERIES[name]!r} counted {counted} articles over {len(chart.periods)} months")
            result["frequency"][name] = {**_figure(samples), "periods": len(chart.periods), "articles": counted}
        for name in ("common", "phrase"):
            flt = ArticleFilter(query=parse_query(QUERIES[name]), prefix_search=True)
            samples, found = _timed(lambda f=flt: collocates(db, f), max(2, runs // 2 + 1))
            if not found.collocates:
                raise RuntimeError(f"no collocates of {QUERIES[name]!r}")
            result["collocates"][name] = {
                **_figure(samples),
                "sampled": found.sampled,
                "top": [c.word for c in found.collocates[:5]],
            }
        flt = ArticleFilter(query=parse_query(COMMON_WORD), prefix_search=True)
        samples, hits = _timed(lambda: sorted_hits(db, flt, KwicSort.LEFT1), 2)
        result["sorted"]["common"] = {**_figure(samples), "hits": len(hits.refs), "complete": hits.complete}
    finally:
        db.close()
    return result


# --- through the window ----------------------------------------------------------------------------
def window(library: Path, runs: int) -> dict:
    from tests.benchmarks.ui_probe import _open_window, _settle, _show

    app, win = _open_window(library)
    _show(app, win)
    corpus = win.corpus
    corpus.show_tab(0)
    _settle(app, 300)
    model, table = corpus.kwic_model, corpus.kwic.table
    result: dict[str, dict] = {"kwic": {}, "frequency": {}}

    def until(done: Callable[[], bool], what: str) -> None:
        deadline = time.perf_counter() + 60
        while not done():
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{what} did not come within 60 s")
            app.processEvents()
            time.sleep(0.0005)

    for name, text in QUERIES.items():
        samples = []
        for _ in range(runs + 1):
            win.set_search_text("")
            _settle(app, 100)
            start = time.perf_counter()
            win.set_search_text(text)
            want = RARE_ARTICLES if name == "rare" else SCREEN
            until(lambda w=want: model.rowCount() >= w and not model.loading, f"the concordance of {text!r}")
            table.viewport().repaint()
            samples.append((time.perf_counter() - start) * 1000)
        result["kwic"][name] = _figure(samples)
    corpus.show_tab(1)
    pane = corpus.frequency
    samples = []
    for _ in range(runs + 1):
        win.set_search_text("")
        until(lambda: pane.result() is not None and pane.result().series[0].label == "all articles", "the chart of all articles")
        _settle(app, 100)
        start = time.perf_counter()
        win.set_search_text(COMMON_WORD)
        until(lambda: pane.result() is not None and pane.result().series[0].label == COMMON_WORD, "the chart")
        pane.plot.viewport().repaint()
        samples.append((time.perf_counter() - start) * 1000)
    result["frequency"]["common"] = _figure(samples)
    win.close()
    return result


# --- for run.py ----------------------------------------------------------------------------------------
def measure(library: Path, runs: int, run_child: Callable[[list[str], float], dict]) -> dict:
    # A first run only warms the OS file cache (as the cold-start figure does): "the first time" is the
    # first time in a session, with the library's pages where an ordinary machine would have them.
    run_child(["-m", "tests.benchmarks.corpus_views", "core", str(library), "1"], 3600)
    return {
        "core": run_child(["-m", "tests.benchmarks.corpus_views", "core", str(library), str(runs)], 3600),
        "window": run_child(["-m", "tests.benchmarks.corpus_views", "window", str(library), str(runs)], 3600),
    }


def add_rows(row: Callable, num: Callable, mark: Callable[[bool | None], str]) -> None:
    """The README table's rows: `row(label, target, cell)`, `num(result, *path)` as run.py's render() has them."""

    def ms(r, path: tuple[str, ...], limit: float | None) -> str:
        value, first = num(r, *path, "ms"), num(r, *path, "first_ms")
        if value is None:
            return "—"
        ok = None if limit is None else value <= limit
        first_ok = None if limit is None or first is None else first <= limit
        return f"{value:,.0f} ms{mark(ok)}" + ("" if first is None else f" ({first:,.0f} ms{mark(first_ok)})")

    for key, label in (("rare", "rare word"), ("common", "common word"), ("phrase", "phrase")):
        limit = None if key == "phrase" else 200
        row(f"Concordance, {label}: first screen of 50 lines, in core (the first time)", "≤ 200 ms" if limit else "",
            lambda r, k=key, lim=limit: ms(r, ("corpus", "core", "kwic", k), lim))  # fmt: skip
        row(f"Concordance, {label}: first screen painted in the window (the first time)", "≤ 200 ms" if limit else "",
            lambda r, k=key, lim=limit: ms(r, ("corpus", "window", "kwic", k), lim))  # fmt: skip
    row(
        "Concordance sorted by the 1st word left, common word (up to 20,000 hits)",
        "",
        lambda r: ms(r, ("corpus", "core", "sorted", "common"), None),
    )
    row("Frequency chart by month, common word, in core (the first time: reads every date)", "≤ 500 ms",
        lambda r: ms(r, ("corpus", "core", "frequency", "common"), 500))  # fmt: skip
    row("Frequency chart by month, common word, drawn in the window (the first time)", "≤ 500 ms",
        lambda r: ms(r, ("corpus", "window", "frequency", "common"), 500))  # fmt: skip
    row("Frequency chart by month, rare word, in core", "", lambda r: ms(r, ("corpus", "core", "frequency", "rare"), None))
    row("Collocates of a common word (sampled), in core (the first time)", "≤ 2 s",
        lambda r: ms(r, ("corpus", "core", "collocates", "common"), 2000))  # fmt: skip
    row("Collocates of a phrase (sampled), in core", "", lambda r: ms(r, ("corpus", "core", "collocates", "phrase"), None))


def main(argv: list[str]) -> int:
    command, library, runs = argv[0], Path(argv[1]), int(argv[2])
    out = core(library, runs) if command == "core" else window(library, runs)
    print("RESULT " + json.dumps(out), flush=True)
    sys.stderr.flush()
    os._exit(0)  # as ui_probe: the figure is taken; Qt's teardown at exit is not measured


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
