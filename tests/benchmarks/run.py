"""Qalam's benchmark suite: one command, every figure of issues 6 and 13, as Markdown tables.

    python -m tests.benchmarks.run --sizes 100k,1M                                  # the window figures (1M: hours the first time)
    python -m tests.benchmarks.run --sizes 10k,10k-small,100k,100k-small --only import   # the import table
    python -m tests.benchmarks.run --smoke                                          # CI: 1,000 articles in each shape, under a minute

It generates (once, then cached) a corpus of daily dumps shaped like the samples (corpus.py), in
two shapes: large dumps of some 600 prints, and small ones of about 10 (the "-small" sizes),
then measures, each figure as the median of several runs:

- import throughput, Qalam's and the baseline importer's (baseline_import.py), run alternately
  in fresh processes on the same corpus, so their ratio is measured in the same conditions (on
  the small-dump shape, only the import and the library's size are measured: the window does
  not care how the articles arrived);
- event-loop responsiveness: gaps between 10 ms timer ticks while the real window's writer
  thread imports the 10k corpus;
- cold start: process start to the window painted with its first rows, and resident memory;
- list operations and searches through the real window and model (ui_probe.py);
- relevance (BM25) ranking, and ripgrep over the dump folder for the same words;
- library size on disk against the dumps' size.

Timings never fail the run (shared machines drift); broken benchmark code does, loudly: every
step checks what it measured (article counts, search hits), and the smoke run exercises them all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tests.benchmarks import corpus_views
from tests.benchmarks.corpus import DEFAULT_DATA_DIR, RARE_ARTICLES, REPO_ROOT, SPECS, Corpus, ensure_corpus

PYTHON = sys.executable


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- running things in fresh processes ---------------------------------------------------------
def run_child(args: list[str], timeout: float, env: dict[str, str] | None = None) -> dict:
    """Run a child Python process and return the JSON it printed after "RESULT "."""
    environment = {**os.environ, **(env or {})}
    # An installed app starts from cached bytecode: a child that recompiled every module would time the compiler.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([PYTHON, *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout, env=environment)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            if done.returncode != 0:
                break
            return json.loads(line[len("RESULT ") :])
    raise RuntimeError(f"benchmark step failed: {' '.join(args)} (exit {done.returncode})\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}")


def _child_import(kind: str, library: str, folder: str) -> dict:
    """Runs in the child: one import, timed from opening the library to the last commit (loading
    the importer's modules, 0.15 s for Qalam's and nothing for the baseline's, is not timed)."""
    import resource

    from desktop.core.importer import import_paths
    from desktop.core.store import open_library
    from tests.benchmarks.baseline_import import import_folder

    start = time.perf_counter()
    cpu = time.process_time()
    if kind == "baseline":
        import_folder(Path(library), Path(folder))
    else:
        db = open_library(Path(library))
        report = import_paths(db, [Path(folder)], log=True)
        if report.failed:
            raise RuntimeError(report.summary())
        db.close()
    seconds = time.perf_counter() - start
    # The parse workers' CPU time counts only once they are reaped: wait for them to exit.
    import multiprocessing

    for child in multiprocessing.active_children():
        child.join()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "cpu_s": time.process_time() - cpu + children.ru_utime + children.ru_stime}


def remove_library(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def checkpoint(path: Path) -> int:
    """Fold the WAL into the file and return the library's size on disk."""
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists())


# --- the figures ----------------------------------------------------------------------------------
@dataclass
class SizeResult:
    corpus: Corpus
    figures: dict[str, object] = field(default_factory=dict)


def measure_import(corpus: Corpus, libs: Path, runs: int) -> dict:
    """Baseline and Qalam imports of the same corpus, alternating, each in a fresh process."""
    qalam_lib = libs / f"qalam-{corpus.spec.name}.sqlite"
    base_lib = libs / f"baseline-{corpus.spec.name}.sqlite"
    times: dict[str, list[float]] = {"baseline": [], "qalam": []}
    cpu: dict[str, list[float]] = {"baseline": [], "qalam": []}
    for run in range(runs):
        order = ("baseline", "qalam") if run % 2 == 0 else ("qalam", "baseline")
        for kind in order:
            lib = base_lib if kind == "baseline" else qalam_lib
            remove_library(lib)
            log(f"  import {run + 1}/{runs}: {kind} …")
            out = run_child(["-m", "tests.benchmarks.run", "_import", kind, str(lib), str(corpus.folder)], timeout=6 * 3600)
            times[kind].append(out["seconds"])
            cpu[kind].append(out["cpu_s"])
            log(f"    {out['seconds']:.1f} s")
    ratios = [q / b for q, b in zip(times["qalam"], times["baseline"], strict=True)]
    cpu_ratios = [q / b for q, b in zip(cpu["qalam"], cpu["baseline"], strict=True)]
    check_library(qalam_lib, base_lib, corpus)
    mb = corpus.bytes / 1e6
    return {
        "qalam_s": statistics.median(times["qalam"]),
        "baseline_s": statistics.median(times["baseline"]),
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "cpu_ratio": statistics.median(cpu_ratios),
        "cpu_ratios": cpu_ratios,
        "qalam_articles_per_s": corpus.articles / statistics.median(times["qalam"]),
        "baseline_articles_per_s": corpus.articles / statistics.median(times["baseline"]),
        "qalam_mb_per_s": mb / statistics.median(times["qalam"]),
        "baseline_mb_per_s": mb / statistics.median(times["baseline"]),
        "qalam_cpu_s": statistics.median(cpu["qalam"]),
        "baseline_cpu_s": statistics.median(cpu["baseline"]),
        "runs": runs,
    }


def check_library(qalam_lib: Path, base_lib: Path | None, corpus: Corpus) -> None:
    conn = sqlite3.connect(str(qalam_lib))
    articles = conn.execute("SELECT value FROM counters WHERE name = 'articles'").fetchone()[0]
    dumps = conn.execute("SELECT count(*) FROM dumps").fetchone()[0]
    conn.close()
    if (articles, dumps) != (corpus.articles, corpus.files):
        raise RuntimeError(f"Qalam's library holds {articles} articles from {dumps} dumps; the corpus has {corpus.articles} in {corpus.files}")
    if base_lib is not None and base_lib.exists():
        conn = sqlite3.connect(str(base_lib))
        base = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.close()
        if base != corpus.articles:
            raise RuntimeError(f"the baseline's library holds {base} articles; the corpus has {corpus.articles}")


def measure_responsiveness(corpus: Corpus, runs: int) -> dict:
    samples, quiet = [], []
    for run in range(runs):
        for refresh in (True, False):
            with tempfile.TemporaryDirectory(prefix="qalam-bench-") as tmp:
                what = "" if refresh else ", the window not refreshing"
                log(f"  responsiveness {run + 1}/{runs} ({corpus.spec.name} import through the writer thread{what}) …")
                args = ["-m", "tests.benchmarks.ui_probe", "responsiveness", str(Path(tmp) / "lib.sqlite"), str(corpus.folder)]
                out = run_child(args if refresh else [*args, "no-refresh"], 3600)
                if refresh and out["articles"] != corpus.articles:
                    raise RuntimeError(f"the window lists {out['articles']} articles after the import, not {corpus.articles}")
                (samples if refresh else quiet).append(out)
                log(f"    max {out['max_gap_ms']:.1f} ms, p99 {out['p99_gap_ms']:.1f} ms, import {out['import_s']:.1f} s")
    return {
        "quiet_max_gap_ms": statistics.median(s["max_gap_ms"] for s in quiet),
        "quiet_p99_gap_ms": statistics.median(s["p99_gap_ms"] for s in quiet),
        "max_gap_ms": statistics.median(s["max_gap_ms"] for s in samples),
        "worst_max_gap_ms": max(s["max_gap_ms"] for s in samples),
        "p99_gap_ms": statistics.median(s["p99_gap_ms"] for s in samples),
        "p50_gap_ms": statistics.median(s["p50_gap_ms"] for s in samples),
        "import_s": statistics.median(s["import_s"] for s in samples),
        "corpus": corpus.spec.name,
        "runs": runs,
    }


def measure_cold_start(library: Path, runs: int, articles: int) -> dict:
    samples = []
    for run in range(runs + 1):  # the first run only warms the OS file cache
        start = time.monotonic()
        out = run_child(["-m", "tests.benchmarks.ui_probe", "cold-start", str(library)], 600)
        out["cold_s"] = out["painted"] - start
        if out["rows"] != articles:
            raise RuntimeError(f"the window showed {out['rows']} rows at start, not {articles}")
        if run:
            samples.append(out)
    return {
        "cold_s": statistics.median(s["cold_s"] for s in samples),
        "in_process_s": statistics.median(s["in_process_s"] for s in samples),
        "rss_mb": statistics.median(s["rss_mb"] for s in samples),
        "runs": runs,
    }


def measure_list_ops(library: Path, runs: int) -> dict:
    out = run_child(["-m", "tests.benchmarks.ui_probe", "list-ops", str(library), str(runs), "Culture"], 1800)
    return {"median_ms": out["median"], "rss_mb": out["rss_mb"], "runs": runs}


def search_queries(corpus: Corpus) -> dict[str, str]:
    w = corpus.words
    return {"rare": w.rare, "common": w.common, "phrase": f'"{w.phrase}"', "field": w.field_filter}


def measure_search(library: Path, corpus: Corpus, runs: int) -> dict:
    queries = search_queries(corpus)
    out = run_child(["-m", "tests.benchmarks.ui_probe", "search", str(library), str(runs), *queries.values()], 1800)
    # The first search of a word also expands its last-word prefix (cached for the next): shown beside the median.
    window = {name: {"ms": statistics.median(out[q]["ms"]), "first_ms": out[q]["ms"][0], "rows": out[q]["rows"]} for name, q in queries.items()}
    if window["rare"]["rows"] != RARE_ARTICLES:
        raise RuntimeError(f"searching the rare word listed {window['rare']['rows']} articles, not {RARE_ARTICLES}")
    if not all(v["rows"] for v in window.values()):
        raise RuntimeError(f"a search found nothing: {window}")
    # Search as you type: the rare and the common word, key by key (a phrase is typed as its words).
    typed = run_child(["-m", "tests.benchmarks.ui_probe", "typing", str(library), corpus.words.rare, corpus.words.common], 1800)
    return {
        "window": window,
        "typing": {"p95_ms": typed["p95_ms"], "keys": typed["keys"]},
        "relevance": measure_relevance(library, queries, runs),
        "rg": measure_rg(corpus, queries, runs),
    }


def measure_relevance(library: Path, queries: dict[str, str], runs: int) -> dict:
    """In core, no window: the first page newest first (words as typed, no prefix: as `qalam search`), and
    by BM25 where the match set is small, with what ranking every match would cost."""
    from desktop.core.article_query import ArticleFilter, article_window, rank_by_relevance
    from desktop.core.search_query import parse_query
    from desktop.core.store import open_library

    db = open_library(library, migrate=False)
    db.execute("PRAGMA query_only = ON")
    result = {}
    try:
        for name, text in queries.items():
            flt = ArticleFilter(query=parse_query(text))
            newest_ms, page = _median_ms(lambda f=flt: article_window(db, f, limit=200), runs)
            if not page:
                raise RuntimeError(f"searching {text!r} in core found nothing")
            if flt.query.fts_expression() is None:
                result[name] = {"newest_ms": newest_ms}
                continue
            first_ms, ranked = _median_ms(lambda f=flt: rank_by_relevance(db, f), runs)
            every_ms, everything = _median_ms(lambda f=flt: rank_by_relevance(db, f, max_matches=None), max(1, min(runs, 3)))
            if not everything:
                raise RuntimeError(f"ranking {text!r} by relevance found nothing")
            result[name] = {"newest_ms": newest_ms, "ms": first_ms if ranked is not None else None, "all_matches_ms": every_ms}
    finally:
        db.close()
    return result


def _median_ms(action: Callable[[], object], runs: int) -> tuple[float, object]:
    samples, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), value


def measure_rg(corpus: Corpus, queries: dict[str, str], runs: int) -> dict:
    rg = shutil.which("rg")
    if rg is None:
        log("  ripgrep (rg) is not installed: its column stays empty (apt-get install ripgrep)")
        return {}
    result = {}
    for name, text in queries.items():
        if ":" in text:
            continue  # a field filter has no ripgrep equivalent
        words = text.strip('"')
        # -c: a count per file, so ripgrep reads every dump (-l would stop at a file's first match).
        ms, _ = _median_ms(lambda w=words: subprocess.run([rg, "-i", "-F", "-c", w, str(corpus.folder)], capture_output=True, check=False), runs)
        result[name] = ms
    return result


def measure_size(corpus: Corpus, libs: Path) -> dict:
    qalam = checkpoint(libs / f"qalam-{corpus.spec.name}.sqlite")
    base_path = libs / f"baseline-{corpus.spec.name}.sqlite"
    base = checkpoint(base_path) if base_path.exists() else None
    per_k = corpus.articles / 1000
    return {
        "qalam_mb_per_1k": qalam / 1e6 / per_k,
        "baseline_mb_per_1k": base / 1e6 / per_k if base else None,
        "dumps_mb_per_1k": corpus.bytes / 1e6 / per_k,
        "qalam_mb": qalam / 1e6,
        "dumps_mb": corpus.bytes / 1e6,
    }


# --- the report ------------------------------------------------------------------------------------
def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        ram = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)
    except (ValueError, OSError, AttributeError):
        pass
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = "?"
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": ram,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": qt,
        "rg": _rg_version(),
        "date": dt.date.today().isoformat(),
    }


def _rg_version() -> str | None:
    rg = shutil.which("rg")
    if rg is None:
        return None
    return subprocess.run([rg, "--version"], capture_output=True, text=True, check=False).stdout.split("\n")[0]


def _fmt(value: object, unit: str = "", digits: int = 0) -> str:
    if value is None:
        return "—"
    if isinstance(value, float | int):
        return f"{value:,.{digits}f}{unit}"
    return str(value)


def _mark(ok: bool | None) -> str:
    return "" if ok is None else (" ✓" if ok else " ✗")


IMPORT_TIME_TARGET = 1.2  # Qalam's import ÷ the baseline's, wall time (issue 13)
IMPORT_CPU_TARGET = 1.5  # the same, CPU time of every process


def render_import(results: list[SizeResult]) -> list[str]:
    """One row per corpus: both shapes, each size."""
    measured = [r for r in results if isinstance(r.figures.get("import"), dict)]
    if not measured:
        return []
    lines = [
        f"| Corpus | Dumps | Qalam: articles/s · MB/s | Baseline: articles/s · MB/s | Time ÷ baseline (≤ {IMPORT_TIME_TARGET}×)"
        f" | CPU time ÷ baseline (≤ {IMPORT_CPU_TARGET}×) |",
        "|---|---|---|---|---|---|",
    ]
    for r in measured:
        f, c = r.figures["import"], r.corpus
        shape = "small dumps" if c.spec.shape == "small" else "large dumps"
        lines.append(
            f"| {c.articles:,} articles, {shape} | {c.files:,} × {c.bytes / c.files / 1e3:,.0f} KB, {c.occurrences / c.files:,.0f} prints"
            f" | {_pair(f['qalam_articles_per_s'], f['qalam_mb_per_s'])} | {_pair(f['baseline_articles_per_s'], f['baseline_mb_per_s'])}"
            f" | {f['ratio']:.2f}×{_mark(f['ratio'] <= IMPORT_TIME_TARGET)} ({f['qalam_s']:.1f} s ÷ {f['baseline_s']:.1f} s)"
            f" | {f['cpu_ratio']:.2f}×{_mark(f['cpu_ratio'] <= IMPORT_CPU_TARGET)} ({f['qalam_cpu_s']:.1f} s ÷ {f['baseline_cpu_s']:.1f} s) |"
        )
    return [f"Import (median of {measured[0].figures['import']['runs']} runs; ratios taken in the same run):", "", *lines, ""]


def render(results: list[SizeResult], responsiveness: dict | None, info: dict, command: str) -> str:
    title = f"Measured {info['date']} on {info['cpus']} × {info['cpu']}, {info['ram_gb']} GB RAM, {info['os']}, Python {info['python']}, SQLite {info['sqlite']}, PySide6 {info['pyside6']}"
    # The window's figures for the sizes that have any (the small-dump shape has the import's only).
    window = [r for r in results if set(r.figures) - {"import"}]
    tables = [*render_import(results), *(render_window(window, responsiveness) if window or responsiveness else [])]
    return "\n".join([title + ".", f"Reproduce: `{command}`", "", *tables])


def render_window(results: list[SizeResult], responsiveness: dict | None) -> list[str]:
    sizes = [r.corpus.spec.name for r in results]
    header = "| Figure | Target | " + " | ".join(f"{s} articles" for s in sizes) + " |"
    lines = [header, "|" + "---|" * (2 + len(sizes))]

    def row(label: str, target: str, cell: Callable[[SizeResult], str]) -> None:
        lines.append(f"| {label} | {target} | " + " | ".join(cell(r) for r in results) + " |")

    def get(r: SizeResult, *path: str) -> object:
        value: object = r.figures
        for key in path:
            if not isinstance(value, dict) or key not in value:
                return None
            value = value[key]
        return value

    def num(r: SizeResult, *path: str) -> float | None:
        value = get(r, *path)
        return float(value) if isinstance(value, int | float) else None

    def ms_cell(r: SizeResult, path: tuple[str, ...], limit: float) -> str:
        value = num(r, *path)
        return "—" if value is None else f"{value:,.0f} ms{_mark(value <= limit)}"

    if responsiveness:
        note = f" ({responsiveness['corpus']} import)"
        lines.append(
            f"| Longest event-loop gap during a background import{note} | ≤ 50 ms | "
            + " | ".join([f"{responsiveness['max_gap_ms']:.0f} ms{_mark(responsiveness['max_gap_ms'] <= 50)}"] + ["″"] * (len(sizes) - 1))
            + " |"
        )
        lines.append(
            f"| 99th percentile gap{note} | ≤ 20 ms | "
            + " | ".join([f"{responsiveness['p99_gap_ms']:.0f} ms{_mark(responsiveness['p99_gap_ms'] <= 20)}"] + ["″"] * (len(sizes) - 1))
            + " |"
        )
        lines.append(
            "| … the same import, the window not refreshing its list (max · p99) | | "
            + " | ".join([f"{responsiveness['quiet_max_gap_ms']:.0f} · {responsiveness['quiet_p99_gap_ms']:.0f} ms"] + ["″"] * (len(sizes) - 1))
            + " |"
        )
    row("Cold start to first rows painted", "≤ 1.0 s", lambda r: _secs(num(r, "cold", "cold_s"), 1.0))
    row("Resident memory after start", "≤ 300 MB", lambda r: "—" if num(r, "cold", "rss_mb") is None else f"{num(r, 'cold', 'rss_mb'):.0f} MB{_mark(num(r, 'cold', 'rss_mb') <= 300)}")
    row("Jump to the end of the list", "≤ 100 ms", lambda r: ms_cell(r, ("list", "median_ms", "jump_end"), 100))
    row("Re-sort by date", "≤ 300 ms", lambda r: ms_cell(r, ("list", "median_ms", "sort_date"), 300))
    row("Re-sort by title", "≤ 300 ms", lambda r: ms_cell(r, ("list", "median_ms", "sort_title"), 300))
    row("Select an article, text shown", "≤ 50 ms", lambda r: ms_cell(r, ("list", "median_ms", "select"), 50))
    row("Sidebar filter (a section)", "≤ 300 ms", lambda r: ms_cell(r, ("list", "median_ms", "sidebar_filter"), 300))
    names = {"rare": "rare word", "common": "common word", "phrase": "phrase", "field": "field filter"}
    for key, label in names.items():
        row(
            f"Search, {label}: first page, newest first (the first time)",
            "≤ 100 ms",
            lambda r, k=key: ms_cell(r, ("search", "window", k, "ms"), 100) + _first(num(r, "search", "window", k, "first_ms"), 100),
        )
    row(
        "Keystroke in the search box → list painted with its results (95th percentile, the pause included)",
        "≤ 150 ms",
        lambda r: ms_cell(r, ("search", "typing", "p95_ms"), 150),
    )
    for key, label in names.items():
        row(
            f"Search, {label}: first page, newest first, in core (no window, no prefix)",
            "",
            lambda r, k=key: ms_cell(r, ("search", "relevance", k, "newest_ms"), 100),
        )
    for key, label in names.items():
        if key == "field":
            continue
        row(
            f"Search, {label}: first page by relevance (BM25)",
            "small match sets",
            lambda r, k=key: _relevance(get(r, "search", "relevance", k)),
        )
    for key, label in names.items():
        if key == "field":
            continue
        row(
            f"`rg -i` for the {label}: its time, ÷ Qalam's (core · window)",
            "≥ 50×",
            lambda r, k=key: _rg(num(r, "search", "rg", k), num(r, "search", "relevance", k, "newest_ms"), num(r, "search", "window", k, "ms")),
        )
    corpus_views.add_rows(row, num, _mark)
    row("Library on disk per 1k articles (dumps per 1k)", "", lambda r: _size(get(r, "size")))
    return [*lines, ""]


def _pair(articles: float | None, mb: float | None) -> str:
    return "—" if articles is None or mb is None else f"{articles:,.0f} · {mb:.1f}"


def _secs(value: float | None, limit: float) -> str:
    return "—" if value is None else f"{value:.2f} s{_mark(value <= limit)}"


def _first(value: float | None, limit: float) -> str:
    return "" if value is None else f" ({value:,.0f} ms{_mark(value <= limit)})"


def _relevance(value: object) -> str:
    if not isinstance(value, dict):
        return "—"
    every = f"all matches: {value['all_matches_ms']:,.0f} ms"
    if value["ms"] is None:
        return f"newest first (too many matches; {every})"
    return f"{value['ms']:,.0f} ms"


def _rg(rg_ms: float | None, core_ms: float | None, window_ms: float | None) -> str:
    if rg_ms is None or not core_ms or not window_ms:
        return "—"
    core, window = rg_ms / core_ms, rg_ms / window_ms
    return f"{rg_ms:,.0f} ms: {core:,.0f}×{_mark(core >= 50)} · {window:,.0f}×{_mark(window >= 50)}"


def _size(value: object) -> str:
    if not isinstance(value, dict):
        return "—"
    return f"{value['qalam_mb_per_1k']:.1f} MB ({value['dumps_mb_per_1k']:.1f} MB; {value['qalam_mb_per_1k'] / value['dumps_mb_per_1k']:.2f}×)"


# --- the command --------------------------------------------------------------------------------------
ALL_FIGURES = ("import", "responsiveness", "cold", "list", "search", "corpus", "size")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_import":
        print("RESULT " + json.dumps(_child_import(*argv[1:4])), flush=True)
        return 0
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k,1M", help="comma-separated: " + ", ".join(SPECS))
    parser.add_argument("--smoke", action="store_true", help="the CI run: the smoke corpora (both shapes), one run of everything")
    parser.add_argument("--runs", type=int, help="runs per figure (default 5; imports: 3, or 1 from 1M)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="corpora and libraries (default: bench-data/)")
    parser.add_argument("--only", default=",".join(ALL_FIGURES), help="comma-separated figures: " + ", ".join(ALL_FIGURES))
    parser.add_argument("--output", type=Path, help="write the table here too (default: DATA_DIR/results-SIZES.md)")
    args = parser.parse_args(argv)
    sizes = ["smoke", "smoke-small"] if args.smoke else [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SPECS]
    if unknown:
        parser.error(f"unknown size {', '.join(unknown)}; choose from {', '.join(SPECS)}")
    only = {f.strip() for f in args.only.split(",") if f.strip()}
    runs = args.runs or (1 if args.smoke else 5)
    data_dir: Path = args.data_dir
    libs = data_dir / "libraries"
    libs.mkdir(parents=True, exist_ok=True)
    command = "python -m tests.benchmarks.run " + (" ".join(argv) if argv else "")
    info = machine()
    started = time.perf_counter()

    responsiveness = None
    if "responsiveness" in only:
        corpus = ensure_corpus(SPECS["smoke" if args.smoke else "10k"], data_dir, log=log)
        log(f"responsiveness during a {corpus.spec.name} import")
        responsiveness = measure_responsiveness(corpus, 1 if args.smoke else min(runs, 3))
        log(f"responsiveness: {json.dumps(responsiveness)}")

    results = []
    for size in sizes:
        corpus = ensure_corpus(SPECS[size], data_dir, log=log)
        result = SizeResult(corpus)
        results.append(result)
        library = libs / f"qalam-{size}.sqlite"
        log(f"{size}: {corpus.articles:,} articles in {corpus.files:,} dumps, {corpus.bytes / 1e6:,.0f} MB")
        if "import" in only or not library.exists():
            import_runs = args.runs or (1 if args.smoke or corpus.articles >= 1_000_000 else 3)
            result.figures["import"] = measure_import(corpus, libs, import_runs)
            log(f"{size}: import: {json.dumps(result.figures['import'])}")
        check_library(library, None, corpus)
        steps = {
            "cold": partial(measure_cold_start, library, runs, corpus.articles),
            "list": partial(measure_list_ops, library, runs),
            "search": partial(measure_search, library, corpus, runs),
            "corpus": partial(corpus_views.measure, library, runs, run_child),
            "size": partial(measure_size, corpus, libs),
        }
        for name, step in steps.items():
            if name in only and corpus.spec.shape == "large":  # the window's figures do not depend on the dumps' shape
                log(f"{size}: {name} …")
                result.figures[name] = step()
                log(f"{size}: {name}: {json.dumps(result.figures[name])}")

    table = render(results, responsiveness, info, command.strip())
    print(table)
    output = args.output or data_dir / f"results-{'-'.join(sizes)}.md"
    output.write_text(table)
    output.with_suffix(".json").write_text(
        json.dumps({"machine": info, "responsiveness": responsiveness, "sizes": {r.corpus.spec.name: r.figures for r in results}}, indent=2)
    )
    log(f"done in {time.perf_counter() - started:,.0f} s; table written to {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
