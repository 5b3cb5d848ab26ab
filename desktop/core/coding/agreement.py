"""Agreement between coders: percent agreement, Cohen's κ (two coders) and Krippendorff's α (nominal).

Per code, each unit is a decision "coded X" or "not coded X" by every coder:

- at article level a unit is an article (the code is present anywhere in it, or not);
- at passage level a unit is a character of the article's reference version (corpus.py), so
  text that nobody coded counts as agreement on "not coded" — the QualCoder #667 complaint —
  and a passage coded by one coder and not the other counts by its length.

Only the articles that every coder coded (at least one coding each) are compared, and only the
codes that one of them used there. "Overall" pools every (code, unit) decision of every code.

Characters are not expanded one by one: between two passage boundaries every character has the
same pattern of decisions, so each run counts once with its length as weight. That keeps a whole
corpus at the cost of its passages, not of its characters. The formulas are the textbook ones
(Cohen 1960; Krippendorff 2011, "Computing Krippendorff's alpha-reliability", coincidence
matrix, nominal metric); tests/core/coding/test_agreement.py checks every figure against
scikit-learn's `cohen_kappa_score` and the `krippendorff` package on the expanded data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter
from desktop.core.coding.codebook import code_paths
from desktop.core.coding.corpus import CodedPassage, Progress, load_coded, reference_text
from desktop.core.ids import ArticleId, CodeId

Pattern = tuple[Hashable, ...]  # one value per coder


class Level(Enum):
    ARTICLE = "article"
    PASSAGE = "passage"


@dataclass(frozen=True)
class Agreement:
    percent: float | None  # 0–100
    kappa: float | None  # two coders only; None when undefined (every decision the same)
    alpha: float | None  # None when undefined
    units: float  # articles, or characters


def agreement_from_patterns(weights: Mapping[Pattern, float]) -> Agreement:
    """The three figures from how often (weight) each pattern of decisions occurred."""
    total = sum(weights.values())
    if total <= 0:
        return Agreement(None, None, None, 0)
    coders = len(next(iter(weights)))
    same = sum(w for pattern, w in weights.items() if len(set(pattern)) == 1)
    return Agreement(100.0 * same / total, _kappa(weights, total) if coders == 2 else None, _alpha(weights, coders), total)


def _kappa(weights: Mapping[Pattern, float], total: float) -> float | None:
    first: Counter[Hashable] = Counter()
    second: Counter[Hashable] = Counter()
    observed = 0.0
    for (a, b), w in weights.items():
        first[a] += w
        second[b] += w
        if a == b:
            observed += w
    expected = sum(first[v] * second[v] for v in first) / (total * total)
    if expected >= 1.0:
        return None
    return (observed / total - expected) / (1.0 - expected)


def _alpha(weights: Mapping[Pattern, float], coders: int) -> float | None:
    if coders < 2:
        return None
    coincidences: Counter[tuple[Hashable, Hashable]] = Counter()
    for pattern, w in weights.items():
        counts = Counter(pattern)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nc - 1) if c == k else nc * nk
                if pairs:
                    coincidences[(c, k)] += w * pairs / (coders - 1)
    marginals: Counter[Hashable] = Counter()
    for (c, _k), o in coincidences.items():
        marginals[c] += o
    n = sum(marginals.values())
    disagreement = sum(o for (c, k), o in coincidences.items() if c != k)
    expected = sum(marginals[c] * marginals[k] for c in marginals for k in marginals if c != k)
    if expected <= 0 or n <= 1:
        return None
    return 1.0 - (n - 1) * disagreement / expected


# --- over the library -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeAgreement:
    code: CodeId
    path: str
    agreement: Agreement


@dataclass(frozen=True)
class CoderView:
    coder: str
    coded: bool
    text: str  # what this coder coded there ("" when not coded)


@dataclass(frozen=True)
class Disagreement:
    article: ArticleId
    title: str
    code: CodeId
    path: str
    start: int | None  # on the reference version; None at article level
    end: int | None
    text: str
    coders: tuple[CoderView, ...]


@dataclass(frozen=True)
class AgreementReport:
    level: Level
    coders: tuple[str, ...]
    articles: int  # compared: coded by every coder
    per_code: tuple[CodeAgreement, ...]
    overall: Agreement
    disagreements: tuple[Disagreement, ...]


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _covers(spans: list[tuple[int, int]], position: int) -> bool:
    return any(s <= position < e for s, e in spans)


def character_runs(spans_by_coder: Sequence[list[tuple[int, int]]], length: int) -> list[tuple[int, int, tuple[bool, ...]]]:
    """(start, end, who coded it) for each run of characters over which nobody's decision changes."""
    merged = [_merged(s) for s in spans_by_coder]
    cuts = sorted({0, length, *(min(max(x, 0), length) for spans in merged for span in spans for x in span)})
    return [(a, b, tuple(_covers(spans, a) for spans in merged)) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def agreement_report(
    db: Database,
    coders: Sequence[str],
    level: Level = Level.ARTICLE,
    flt: ArticleFilter | None = None,
    progress: Progress | None = None,
) -> AgreementReport:
    """Agreement per code and overall between `coders`, over the articles they all coded."""
    names = tuple(dict.fromkeys(coders))
    if len(names) < 2:
        raise ValueError("agreement needs two or more coders")
    corpus = load_coded(db, flt, coders=names, progress=progress)
    grouped = corpus.by_article()
    common = sorted(a for a, passages in grouped.items() if {p.coder for p in passages} >= set(names))
    codes = sorted({p.code for a in common for p in grouped[a]})
    paths = code_paths(db)
    per_code: dict[CodeId, Counter[Pattern]] = {c: Counter() for c in codes}
    disagreements: list[Disagreement] = []
    titles = _titles(db, common)
    for article in common:
        passages = grouped[article]
        text: str | None = None
        for code in codes:
            mine = [p for p in passages if p.code == code]
            if level is Level.ARTICLE:
                pattern = tuple(any(p.coder == c for p in mine) for c in names)
                per_code[code][pattern] += 1
                if len(set(pattern)) > 1:
                    views = tuple(
                        CoderView(c, pattern[i], _quotes([p for p in mine if p.coder == c])) for i, c in enumerate(names)
                    )
                    disagreements.append(
                        Disagreement(article, titles.get(article, ""), code, paths.get(code, ""), None, None, "", views)
                    )
                continue
            length = corpus.length(article)
            spans = [[s for p in mine if p.coder == c and (s := p.span(length)) is not None] for c in names]
            runs = character_runs(spans, length)
            for start, end, pattern in runs:
                per_code[code][pattern] += end - start
            differing = _merged((s, e) for s, e, pattern in runs if len(set(pattern)) > 1)
            if differing:
                text = reference_text(db, corpus, article) if text is None else text
                for s, e in differing:
                    views = tuple(_coder_view(c, spans[i], s, e, text) for i, c in enumerate(names))
                    disagreements.append(
                        Disagreement(article, titles.get(article, ""), code, paths.get(code, ""), s, e, text[s:e], views)
                    )
    pooled: Counter[Pattern] = Counter()
    for counter in per_code.values():
        pooled.update(counter)
    results = tuple(
        CodeAgreement(c, paths.get(c, str(c)), agreement_from_patterns(per_code[c]))
        for c in sorted(codes, key=lambda c: paths.get(c, "").casefold())
    )
    return AgreementReport(level, names, len(common), results, agreement_from_patterns(pooled), tuple(disagreements))


def _quotes(passages: list[CodedPassage]) -> str:
    return " … ".join("(the whole article)" if p.whole else (p.quote or "") for p in passages)


def _coder_view(coder: str, spans: list[tuple[int, int]], start: int, end: int, text: str) -> CoderView:
    overlapping = [(s, e) for s, e in _merged(spans) if s < end and e > start]
    return CoderView(coder, bool(overlapping), " … ".join(text[s:e] for s, e in overlapping))


def _titles(db: Database, articles: list[ArticleId]) -> dict[ArticleId, str]:
    return {ArticleId(r[0]): r[1] for a in articles for r in db.execute("SELECT id, title FROM articles WHERE id = ?", [a])}
