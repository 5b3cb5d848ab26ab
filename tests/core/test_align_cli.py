"""`qalam align` and `qalam drift`: the bead and mismatch lines that scripts read."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.cli import EXIT_FAILED, EXIT_OK, main
from tests.core.alignment_corpus import gold_sentence_beads, load_corpus, write_corpus_dumps

CORPUS = {a.name: a for a in load_corpus()}


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def parse_beads(out: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads = []
    for row in csv.reader(io.StringIO(out), delimiter="\t"):
        assert len(row) == 2, row
        beads.append(tuple(tuple(int(x) for x in side.split(",")) if side else () for side in row))
    return beads


def test_align_prints_one_bead_per_line(capsys, tmp_path: Path):
    left = tmp_path / "en.txt"
    right = tmp_path / "ru.txt"
    left.write_text("Inflation was 11.2% in January.\nExports grew by 8.4% to $3.1 billion, a record.\n", encoding="utf-8")
    right.write_text(
        "Инфляция в январе составила 11,2%.\nЭкспорт вырос на 8,4%.\nОн достиг 3,1 млрд долларов, это рекорд.\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "align", left, right)
    assert (code, err) == (EXIT_OK, "")
    assert out == "0\t0\n1\t1,2\n"


def test_align_by_sentence_reproduces_the_gold_on_an_article(capsys, tmp_path: Path):
    article = CORPUS["06_base_rate"]
    en, ru = article.editions["en"], article.editions["ru"]
    (tmp_path / "en.txt").write_text("\n".join(en.sentence_texts) + "\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("\n".join(ru.sentence_texts) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "align", "--unit", "sentence", tmp_path / "en.txt", tmp_path / "ru.txt")
    assert code == EXIT_OK
    beads = parse_beads(out)
    assert frozenset(beads) == gold_sentence_beads(en, ru)
    assert ((), (len(ru.sentences) - 1,)) in beads  # the sentence only the Russian edition has: "<TAB>N"
    assert "\t".join(["", str(len(ru.sentences) - 1)]) + "\n" in out


def test_align_needs_no_library_and_reports_an_unreadable_file(capsys, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(
        "desktop.core.store.default_library_path", lambda: (_ for _ in ()).throw(AssertionError("opened a library"))
    )
    (tmp_path / "a.txt").write_text("One.\n", encoding="utf-8")
    code, out, err = run(capsys, "align", tmp_path / "a.txt", tmp_path / "missing.txt")
    assert code == EXIT_FAILED and out == ""
    assert "missing.txt" in err


def test_align_empty_lines_keep_their_numbers(capsys, tmp_path: Path):
    (tmp_path / "a.txt").write_text("First paragraph here.\n\nSecond one, 2026.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Первый абзац здесь.\nВторой, 2026.\n", encoding="utf-8")
    code, out, _ = run(capsys, "align", tmp_path / "a.txt", tmp_path / "b.txt")
    assert code == EXIT_OK
    covered = sorted(i for left, _ in parse_beads(out) for i in left)
    assert covered == [0, 1, 2]


def test_drift_prints_segment_side_kind_text(capsys, tmp_path: Path):
    db = tmp_path / "lib.sqlite"
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    article = CORPUS["03_digital_hub"]
    write_corpus_dumps(dumps, [article])
    assert run(capsys, "import", "--db", db, dumps)[0] == EXIT_OK
    code, out, _ = run(capsys, "search", "--db", db, "Astana")
    ids = {line.split("\t")[2][:8]: line.split("\t")[0] for line in out.splitlines()}
    en = next(i for t, i in ids.items() if t.startswith("Kazakhst"))
    kk = next(i for t, i in ids.items() if t.startswith("Жасанды"))
    code, out, err = run(capsys, "drift", "--db", db, en, kk)
    assert (code, err) == (EXIT_OK, "")
    rows = [line.split("\t") for line in out.splitlines()]
    assert all(len(r) == 4 and r[0].isdigit() and r[1] in ("left", "right") for r in rows)
    assert ["left", "sentence", "Classes are held in Kazakh, Russian and English."] in [r[1:] for r in rows]
    assert any(r[1:3] == ["left", "sentence"] and r[3].startswith("Astana Hub was opened in 2018") for r in rows)


def test_drift_of_an_unknown_article_fails_clearly(capsys, tmp_path: Path):
    from desktop.core.store import open_library

    open_library(tmp_path / "lib.sqlite").close()  # an empty library: only `import` makes one from the CLI
    code, out, err = run(capsys, "drift", "--db", tmp_path / "lib.sqlite", "1", "2")
    assert code == EXIT_FAILED and out == ""
    assert "No article 1" in err
