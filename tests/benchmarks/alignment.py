"""Alignment and drift: speed, and accuracy on public gold data that cannot ship with Qalam.

    python -m tests.benchmarks.alignment                          # timings on the bundled corpus
    python -m tests.benchmarks.alignment --hunalign DIR [--hunalign-bin PATH]

Without options it times, on tests/data/alignment (6 items x 3 language pairs), an article
pair's paragraph rows (`align_texts`), its drift check, and a 1,500-paragraph "book" made by
chaining the corpus's paragraphs. With `--hunalign DIR` (a checkout of
github.com/danielvarga/hunalign; its regression data are copyrighted texts, so they are read
from there, never copied here) it also scores, as in issue 16:

- sentences: the news magazine `regtest/handaligns/dtm` (581 x 583 sentences);
- paragraphs: the novel `regtest/handaligns/steinbeck` (1,583 x 1,490 paragraphs), its gold
  paragraph beads derived from the hand sentence alignment (the smallest groups of paragraphs
  that keep every aligned sentence pair together);

against Qalam's length-only (Gale–Church) baseline and, given `--hunalign-bin`, hunalign run
with its empty dictionary (`data/null.dic`) on the same lines, with and without `-realign`.
Figures: precision, recall, F1 of aligned pairs (every left-right pair inside a bead), and F1
of beads, strictly.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.core.alignment import Unit, align_lengths, align_segments, align_texts
from desktop.core.drift import drift
from tests.core.alignment_corpus import BeadSet, as_bead_set, bead_scores, load_corpus, pair_scores, pairs


def _median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def suggestion_timings(per_day: int) -> None:
    """Suggestions for an article on a busy day: `per_day` other articles on it and on each day around it."""
    from desktop.core.ids import ArticleId
    from desktop.core.importer import import_paths
    from desktop.core.store import open_library
    from desktop.core.translation_suggestions import suggest_translations
    from tests.core.alignment_corpus import write_corpus_dumps
    from tests.dump_factory import synthetic_dump, write_dump

    articles = load_corpus()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = write_corpus_dumps(root, articles)
        # Written in Cyrillic letters, so that they pass the title-language filter and the cap on
        # texts read is reached: the worst case.
        cyrillic = str.maketrans("abcdeghiklmnoprstuvyz", "абцдегхиклмнопрстуваз")
        for day in (33, 34, 35):  # 3, 4 and 5 February 2026: item 01 is dated the 4th
            text = synthetic_dump(day, articles=per_day, paragraphs=6)
            lines = text.split("\n")
            lines = [lines[0], *(line if line.endswith(" More") else line.translate(cyrillic) for line in lines[1:])]
            paths.append(write_dump(root / f"busy_{day}.txt", "\n".join(lines)))
        db = open_library(root / "lib.sqlite")
        try:
            import_paths(db, paths)
            en = ArticleId(db.execute("SELECT id FROM articles WHERE title LIKE 'Thirty-two commercial%'").fetchone()[0])
            found: list[object] = []
            ms = _median_ms(lambda: found.append(suggest_translations(db, en)), runs=3)
            languages = sorted(s.language for s in found[-1])
        finally:
            db.close()
    print(f"suggestions, {3 * per_day:,} articles within a day: {ms:.0f} ms, found {languages}")


def corpus_timings() -> None:
    articles = load_corpus()
    texts = [(a.editions[x].text, a.editions[y].text) for a in articles for x, y in pairs()]
    rows = [_median_ms(lambda a=a, b=b: align_texts(a, b)) for a, b in texts]
    drifts = [_median_ms(lambda a=a, b=b: drift(a, b), runs=3) for a, b in texts]
    print(
        f"article pair, paragraph rows (align_texts): median {statistics.median(rows):.1f} ms, max {max(rows):.1f} ms over {len(rows)} pairs"
    )
    print(
        f"article pair, drift check (includes its alignment): median {statistics.median(drifts):.1f} ms, max {max(drifts):.1f} ms"
    )
    # A translated book: the English items chained until 1,500 paragraphs, against the same Russian items.
    per_round = sum(len(a.editions["en"].paragraphs) for a in articles)
    rounds = -(-1500 // per_round)
    left = [p for _ in range(rounds) for a in articles for p in a.editions["en"].paragraph_texts]
    right = [p for _ in range(rounds) for a in articles for p in a.editions["ru"].paragraph_texts]
    book = _median_ms(lambda: align_segments(left, right, Unit.PARAGRAPH), runs=3)
    print(f"book, {len(left)} x {len(right)} paragraphs (align_segments): {book / 1000:.2f} s")


def drift_column_timings(other_articles: int) -> None:
    """The list's Drift column: one batch of rows (drift_column.BATCH) as its read op computes it.

    Rows without translations (the common case in a large library) cost an index range scan
    each; rows with translations an alignment and a drift check per pair, with the pair's
    corrections and accepted mismatches read from the library.
    """
    from desktop.core.alignment_corrections import add_correction, pair_alignment
    from desktop.core.alignment_cuts import merge_edit
    from desktop.core.ids import ArticleId
    from desktop.core.importer import import_paths
    from desktop.core.pair_drift import article_drift_counts, newest_text
    from desktop.core.store import open_library
    from desktop.core.translations import link_translations
    from desktop.ui.article_list.drift_column import BATCH
    from tests.core.corpus_library import import_corpus
    from tests.dump_factory import synthetic_dump, write_dump

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = open_library(root / "lib.sqlite")
        try:
            editions = import_corpus(db, root)
            per_dump = 200
            paths = [
                write_dump(root / f"other_{k}.txt", synthetic_dump(k, articles=per_dump))
                for k in range(other_articles // per_dump)
            ]
            import_paths(db, paths)
            for item in {i for i, _ in editions}:
                link_translations(db, editions[(item, "en")], editions[(item, "ru")])
                link_translations(db, editions[(item, "en")], editions[(item, "kk")])
            en, ru = editions[("01", "en")], editions[("01", "ru")]
            left, right = newest_text(db, en), newest_text(db, ru)
            add_correction(db, en, ru, left, right, merge_edit(pair_alignment(db, en, ru, left, right).cuts, 0))
            total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            lonely = [ArticleId(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY id DESC LIMIT ?", [BATCH])]
            linked = sorted(editions.values())
            without = _median_ms(lambda: article_drift_counts(db, lonely))
            with_translations = _median_ms(lambda: article_drift_counts(db, linked), runs=3)
        finally:
            db.close()
    print(
        f"drift column, {total:,} articles: a batch of {BATCH} rows without translations {without:.1f} ms;"
        f" {len(linked)} rows with translations (12 pairs, one corrected) {with_translations:.0f} ms"
    )


# --- hunalign's regression data --------------------------------------------------------------------
def _lines(path: Path) -> list[str]:
    text = path.read_bytes().decode("iso-8859-2")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def _rungs(text: str) -> list[tuple[int, int]]:
    """A ladder file's rungs: (left, right) positions where one bead ends and the next starts."""
    return [(int(line.split()[0]), int(line.split()[1])) for line in text.splitlines() if line.strip()]


def _ladder(text: str) -> BeadSet:
    rungs = _rungs(text)
    return frozenset((tuple(range(a[0], b[0])), tuple(range(a[1], b[1]))) for a, b in zip(rungs, rungs[1:], strict=False))


def _paragraphs(lines: Sequence[str]) -> tuple[list[list[int]], dict[int, int | None]]:
    """Sentence indices per paragraph ("<p>" lines divide them), and for each cut position the
    number of paragraphs before it, or None where it falls inside a paragraph."""
    groups: list[list[int]] = []
    current: list[int] = []
    for k, line in enumerate(lines):
        if line.strip() == "<p>":
            if current:
                groups.append(current)
            current = []
        else:
            current.append(k)
    if current:
        groups.append(current)
    paragraph_of = {s: i for i, g in enumerate(groups) for s in g}
    cuts: dict[int, int | None] = {}
    last_before: int | None = None
    first_after = [None] * (len(lines) + 1)
    upcoming = None
    for k in range(len(lines), -1, -1):
        first_after[k] = upcoming
        if k > 0 and (k - 1) in paragraph_of:
            upcoming = paragraph_of[k - 1]
    for k in range(len(lines) + 1):
        after = first_after[k]
        cuts[k] = (
            None if last_before is not None and after == last_before else (last_before + 1 if last_before is not None else 0)
        )
        if k in paragraph_of:
            last_before = paragraph_of[k]
    return groups, cuts


def _paragraph_gold(
    rungs: list[tuple[int, int]], left: Sequence[str], right: Sequence[str]
) -> tuple[BeadSet, list[str], list[str]]:
    """Paragraph beads from sentence rungs: the rungs where neither side cuts a paragraph."""
    lgroups, lcuts = _paragraphs(left)
    rgroups, rcuts = _paragraphs(right)
    kept: list[tuple[int, int]] = []
    for i, j in rungs:
        a, b = lcuts[i], rcuts[j]
        if a is not None and b is not None and (not kept or kept[-1] != (a, b)):
            kept.append((a, b))
    gold = frozenset((tuple(range(a[0], b[0])), tuple(range(a[1], b[1]))) for a, b in zip(kept, kept[1:], strict=False))
    return gold, [" ".join(left[s] for s in g) for g in lgroups], [" ".join(right[s] for s in g) for g in rgroups]


def _report(name: str, gold: BeadSet, predicted: BeadSet, seconds: float) -> None:
    p, b = pair_scores(gold, predicted), bead_scores(gold, predicted)
    print(f"  {name:<34} pairs P {p.precision:.3f} R {p.recall:.3f} F1 {p.f1:.3f}   beads F1 {b.f1:.3f}   {seconds:.2f} s")


def _hunalign(binary: Path, dictionary: Path, left: Sequence[str], right: Sequence[str], realign: bool) -> tuple[BeadSet, float]:
    with tempfile.TemporaryDirectory() as folder:
        lpath, rpath = Path(folder) / "hu.txt", Path(folder) / "en.txt"
        lpath.write_bytes(("\n".join(left) + "\n").encode("iso-8859-2", "replace"))
        rpath.write_bytes(("\n".join(right) + "\n").encode("iso-8859-2", "replace"))
        started = time.perf_counter()
        done = subprocess.run(
            [str(binary), *(["-realign"] if realign else []), str(dictionary), str(lpath), str(rpath)],
            capture_output=True,
            check=True,
        )
        return _ladder(done.stdout.decode("latin-1")), time.perf_counter() - started


def hunalign_scores(root: Path, binary: Path | None) -> None:
    data = root / "regtest" / "handaligns"
    dtm_hu, dtm_en = _lines(data / "dtm" / "hu.sen"), _lines(data / "dtm" / "en.sen")
    dtm_gold = _ladder((data / "dtm" / "hand.ladder").read_text())
    stein_hu, stein_en = _lines(data / "steinbeck" / "hu.sen"), _lines(data / "steinbeck" / "en.sen")
    stein_gold, stein_hp, stein_ep = _paragraph_gold(_rungs((data / "steinbeck" / "hand.ladder").read_text()), stein_hu, stein_en)
    for title, left, right, gold, unit in (
        (f"dtm, {len(dtm_hu)} x {len(dtm_en)} sentences", dtm_hu, dtm_en, dtm_gold, Unit.SENTENCE),
        (f"steinbeck, {len(stein_hp)} x {len(stein_ep)} paragraphs", stein_hp, stein_ep, stein_gold, Unit.PARAGRAPH),
    ):
        print(title)
        for name, aligner in (
            ("Qalam: length and anchors", lambda a, b, u: align_segments(a, b, u)),
            ("Qalam: length only (Gale-Church)", lambda a, b, u: align_lengths([len(x) for x in a], [len(x) for x in b], u)),
        ):
            started = time.perf_counter()
            predicted = as_bead_set(aligner(left, right, unit))
            _report(name, gold, predicted, time.perf_counter() - started)
        if binary is not None:
            for realign in (False, True):
                predicted, seconds = _hunalign(binary, root / "data" / "null.dic", left, right, realign)
                _report("hunalign, no dictionary" + (", -realign" if realign else ""), gold, predicted, seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hunalign", type=Path, metavar="DIR", help="a checkout of github.com/danielvarga/hunalign")
    parser.add_argument(
        "--hunalign-bin", type=Path, metavar="PATH", help="hunalign built from that checkout (src/hunalign/hunalign)"
    )
    parser.add_argument(
        "--busy-day", type=int, default=3000, metavar="N", help="articles per day around the one given suggestions"
    )
    parser.add_argument(
        "--other-articles",
        type=int,
        default=10_000,
        metavar="N",
        help="articles without translations beside the corpus (drift column)",
    )
    args = parser.parse_args(argv)
    corpus_timings()
    drift_column_timings(args.other_articles)
    suggestion_timings(args.busy_day)
    if args.hunalign:
        hunalign_scores(args.hunalign, args.hunalign_bin)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
