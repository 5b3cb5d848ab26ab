"""The hand-aligned kk/ru/en test corpus (tests/data/alignment/), and the scores of an alignment against it.

Each file holds one news item in three editions. Under `[en]`, `[ru]` and `[kk]`, a line is a
paragraph, and every sentence starts with the units of meaning it expresses: `{3}`, or `{6,7}`
for a sentence that says what two sentences of another edition say. A unit found in one edition
only is an omission or an addition. The gold alignment of two editions follows: two sentences
correspond when they share a unit, a bead is a connected group of such sentences, and the
paragraph beads are the smallest groups of paragraphs that keep every corresponding pair together.

Scores (README there): precision, recall and F1 of aligned pairs (every left-right pair of
segments inside a bead; the figure hunalign's regression data were scored by in issue 16), and
of beads, strictly (a bead counts only when it is exactly the gold bead, omissions included).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "alignment"
LANGUAGES = ("en", "ru", "kk")
_SENTENCE = re.compile(r"\{([^}]+)\}\s*")

BeadSet = frozenset[tuple[tuple[int, ...], tuple[int, ...]]]


@dataclass(frozen=True)
class Sentence:
    units: frozenset[str]
    text: str


@dataclass(frozen=True)
class Edition:
    paragraphs: tuple[tuple[Sentence, ...], ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p)

    @property
    def sentence_texts(self) -> list[str]:
        return [s.text for s in self.sentences]

    @property
    def paragraph_texts(self) -> list[str]:
        return [" ".join(s.text for s in p) for p in self.paragraphs]

    @property
    def text(self) -> str:
        """The edition as stored in the library: one paragraph per line."""
        return "\n".join(self.paragraph_texts)

    def paragraph_of_sentence(self) -> list[int]:
        return [k for k, p in enumerate(self.paragraphs) for _ in p]


@dataclass(frozen=True)
class Article:
    name: str
    note: str
    editions: dict[str, Edition]


def load_corpus(directory: Path = CORPUS_DIR) -> list[Article]:
    return [load_article(path) for path in sorted(directory.glob("*.txt"))]


def load_article(path: Path) -> Article:
    editions: dict[str, list[tuple[Sentence, ...]]] = {}
    note = ""
    current: list[tuple[Sentence, ...]] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("#"):
            note = line.lstrip("# ").strip()
        elif line.startswith("[") and line.endswith("]"):
            current = editions.setdefault(line[1:-1], [])
        elif line.strip():
            if current is None:
                raise ValueError(f"{path.name}:{number}: text before any [language] line")
            parts = _SENTENCE.split(line.strip())
            if parts[0]:
                raise ValueError(f"{path.name}:{number}: a sentence without its {{unit}}: {parts[0][:40]!r}")
            current.append(
                tuple(
                    Sentence(frozenset(u.strip() for u in parts[k].split(",")), parts[k + 1].strip())
                    for k in range(1, len(parts), 2)
                )
            )
    return Article(path.stem, note, {lang: Edition(tuple(ps)) for lang, ps in editions.items()})


def pairs() -> list[tuple[str, str]]:
    return list(combinations(LANGUAGES, 2))


def gold_sentence_beads(left: Edition, right: Edition) -> BeadSet:
    links = [(i, j) for i, a in enumerate(left.sentences) for j, b in enumerate(right.sentences) if a.units & b.units]
    return _components(len(left.sentences), len(right.sentences), links)


def gold_paragraph_beads(left: Edition, right: Edition) -> BeadSet:
    lp, rp = left.paragraph_of_sentence(), right.paragraph_of_sentence()
    links = {(lp[i], rp[j]) for bead in gold_sentence_beads(left, right) for i in bead[0] for j in bead[1]}
    return _components(len(left.paragraphs), len(right.paragraphs), sorted(links))


def _components(n: int, m: int, links: Iterable[tuple[int, int]]) -> BeadSet:
    """Connected groups of linked segments, widened to contiguous runs; the unlinked stand alone."""
    parent = {("L", i): ("L", i) for i in range(n)} | {("R", j): ("R", j) for j in range(m)}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        parent[find(("L", i))] = find(("R", j))
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for node in parent:
        side, k = node
        group = groups.setdefault(find(node), (set(), set()))
        group[0 if side == "L" else 1].add(k)
    beads = {(tuple(sorted(a)), tuple(sorted(b))) for a, b in groups.values()}
    for a, b in beads:  # hand alignments are monotone and contiguous; a typo in the corpus is not
        if a and a != tuple(range(a[0], a[-1] + 1)) or b and b != tuple(range(b[0], b[-1] + 1)):
            raise ValueError(f"gold bead {a} - {b} is not contiguous")
    return frozenset(beads)


def as_bead_set(beads: Iterable) -> BeadSet:
    """Beads (desktop.core.alignment.Bead) as sets of segment indices, to compare with the gold."""
    return frozenset((tuple(range(b.left_start, b.left_end)), tuple(range(b.right_start, b.right_end))) for b in beads)


@dataclass(frozen=True)
class Scores:
    true: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.true + other.true, self.predicted + other.predicted, self.gold + other.gold)


def pair_scores(gold: BeadSet, predicted: BeadSet) -> Scores:
    """Aligned pairs: every (left, right) pair of segments that share a bead; omissions add none."""
    g = {(i, j) for a, b in gold for i in a for j in b}
    p = {(i, j) for a, b in predicted for i in a for j in b}
    return Scores(len(g & p), len(p), len(g))


def bead_scores(gold: BeadSet, predicted: BeadSet) -> Scores:
    """Beads, strictly: a predicted bead is right only if it is exactly a gold bead (1-0 and 0-1 included)."""
    return Scores(len(gold & predicted), len(predicted), len(gold))


def total(scores: Sequence[Scores]) -> Scores:
    out = Scores(0, 0, 0)
    for s in scores:
        out = out + s
    return out


# The day each item was published, for the library built from the corpus (two items share a day).
DATES = {"01": "04.02.2026", "02": "04.02.2026", "03": "05.02.2026", "04": "02.04.2026", "05": "21.06.2026", "06": "13.02.2026"}


def write_corpus_dumps(folder: Path, articles: Sequence[Article]) -> list[Path]:
    """One dump per language holding every item's edition, as the site's scraper would write it."""
    paths = []
    for language in LANGUAGES:
        lines = [f"Qalam test site ({language})", "News More"]
        for article in articles:
            edition = article.editions[language]
            title = " ".join(edition.sentences[0].text.split()[:8]).rstrip(".,:;")
            lines.append(f"{title} {DATES[article.name[:2]]}")
            lines.extend(edition.paragraph_texts)
        path = folder / f"{language}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
