"""`qalam kwic`, `qalam freq` and `qalam collocates`: their TSV and CSV read back by the csv module."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from desktop.cli import EXIT_OK, main
from desktop.core.article_query import ArticleFilter, count_articles
from desktop.core.search_query import parse_query
from desktop.core.store import open_library
from tests.core.corpus.conftest import build_library

D = dt.date(2026, 6, 1)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    build_library(path, [[
        ("Alpha", D, "Quotes", ['He said "the river\trose" today, and the river fell.']),
        ("Alpha", D + dt.timedelta(days=40), "Later", ["A big river, then a small river."]),
        ("Beta", D + dt.timedelta(days=41), "Other", ["No water at all."]),
        ("Beta", D + dt.timedelta(days=70), "Muddy", ["A muddy river, a muddy river and a muddy river."]),
    ]]).close()  # fmt: skip
    return path


def tsv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter="\t"))


def test_kwic_writes_one_tsv_line_per_hit_newest_first(capsys, library: Path):
    code, out, _ = run(capsys, "kwic", "--db", library, "--width", "12", "river")
    assert code == EXIT_OK
    rows = tsv(out)
    assert [r[1] for r in rows] == ["2026-08-10"] * 3 + ["2026-07-11"] * 2 + ["2026-06-01"] * 2
    assert all(len(r) == 5 and r[3] == "river" for r in rows)
    assert rows[3][:3] == ["2", "2026-07-11", "A big "] and rows[3][4] == ", then a sma"
    # The quotes in a context are read back whole; white space (the tab) is one space on a line.
    assert rows[5][2] == 'e said "the ' and rows[5][4] == ' rose" today'


def test_kwic_limit_and_sort(capsys, library: Path):
    _, out, _ = run(capsys, "kwic", "--db", library, "--limit", "4", "--sort", "left1", "river")
    # By the word to the left, then the 2nd and 3rd: big; muddy, a, (none); muddy, a, and; muddy, a, river.
    assert [r[2] for r in tsv(out)] == [
        "A big ",
        "A muddy ",
        "A muddy river, a muddy river and a muddy ",
        "A muddy river, a muddy ",
    ]
    _, right, _ = run(capsys, "kwic", "--db", library, "--sort", "right1", "--width", "8", "river")
    # By the word to the right: none (the text ends), a, and, fell, rose, then.
    assert [r[4] for r in tsv(right)] == [".", ".", ", a mudd", " and a m", " fell.", ' rose" t', ", then a"]


def test_freq_writes_a_csv_column_per_query(capsys, library: Path):
    code, out, _ = run(capsys, "freq", "--db", library, "river", '"small river"', "water")
    assert code == EXIT_OK
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [
        ["period", "river", '"small river"', "water"],
        ["2026-06", "1", "0", "0"],
        ["2026-07", "1", "1", "1"],
        ["2026-08", "1", "0", "0"],
    ]
    db = open_library(library)
    try:  # a cell is what the list shows for that month
        assert count_articles(db, ArticleFilter(query=parse_query("river date:2026-07"))) == 1
    finally:
        db.close()
    _, relative, _ = run(capsys, "freq", "--db", library, "--by", "year", "--relative", "river")
    assert list(csv.reader(io.StringIO(relative))) == [["period", "river"], ["2026", "750.000"]]


def test_collocates_writes_word_count_and_score(capsys, library: Path):
    code, out, err = run(capsys, "collocates", "--db", library, "--window", "1", "river")
    assert code == EXIT_OK and err == ""
    assert tsv(out)[0][:2] == ["muddy", "3"] and float(tsv(out)[0][2]) > 0
    code, out, err = run(capsys, "collocates", "--db", library, "tag:x")
    assert code == 2 and "word or a phrase" in err


def test_collocates_of_the_sample_dumps(capsys, tmp_path: Path, samples_dir: Path):
    db = tmp_path / "s.sqlite"
    run(capsys, "import", "--db", db, samples_dir)
    _, out, _ = run(capsys, "collocates", "--db", db, "--limit", "5", "constitution")
    rows = tsv(out)
    assert [r[0] for r in rows][:2] == ["new", "draft"] and len(rows) == 5
    scores = [float(r[2]) for r in rows]
    assert scores == sorted(scores, reverse=True)
