"""Suggest which articles may be translations of an article: same days, same figures and names.

Links by `?lang=` catch editions whose addresses line up; other editions (another site, a
re-published item) share no address but share facts: the Kazakh, Russian and English reports of
one event print the same amounts, dates, percentages, Latin-script names and URLs
(core/anchors_text.py), and appear within a day of each other. So the candidates are the
articles dated the same day or the day before or after (an index range scan on articles(date),
capped, same day first), in another language, not already linked; each is scored by how much of
the article's evidence it shares, every piece weighted by how rare it is among the candidates
(a year or "Kazakhstan" says little, "$108 million" a lot).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.anchors_text import TRANSLATED_ACRONYMS, AnchorKind, detect_language, find_anchors
from desktop.core.ids import ArticleId
from desktop.core.translations import translations_of, url_language

MAX_CANDIDATES = 400  # texts read per suggestion: a busy day at a million articles has thousands of articles
SCANNED_TITLES = 20_000  # titles looked at to choose them (three days of a very busy library)
FINGERPRINT_CHARS = 6000  # the evidence of an article's opening is enough to recognise it
MIN_SCORE = 0.3
MIN_SHARED = 2

# What each kind of evidence is worth when shared, before its rarity is counted.
_WEIGHTS = {
    AnchorKind.AMOUNT: 3.0,
    AnchorKind.PERCENT: 3.0,
    AnchorKind.DATE: 1.5,
    AnchorKind.NUMBER: 2.0,
    AnchorKind.URL: 4.0,
    AnchorKind.ACRONYM: 1.5,
    AnchorKind.NAME: 1.0,
}


@dataclass(frozen=True)
class TranslationSuggestion:
    article: ArticleId
    title: str
    date: str | None
    source: str
    language: str  # kk, ru or en, from the text
    score: float  # 0..1: the share of the article's (rarity-weighted) evidence found in this one
    shared: tuple[str, ...]  # the shared evidence, as this article writes it, strongest first


def suggest_translations(
    db: Database, article: ArticleId, limit: int = 10, exclude: Collection[ArticleId] = (), max_candidates: int = MAX_CANDIDATES
) -> tuple[TranslationSuggestion, ...]:
    """Articles within a day of this one, in another language, whose facts overlap strongly; best first.

    `exclude`: articles not to suggest again (those the user dismissed).
    """
    row = db.execute("SELECT date FROM articles WHERE id = ?", [article]).fetchone()
    if row is None or not row[0]:
        return ()
    own_text = _newest_texts(db, [article]).get(article)
    if not own_text:
        return ()
    own_language = detect_language(own_text[:FINGERPRINT_CHARS])
    skip = {article, *exclude, *(t.article for t in translations_of(db, article))}
    ids = [a for a in _nearby(db, row[0], own_language, SCANNED_TITLES) if a not in skip][:max_candidates]
    texts = _newest_texts(db, ids)
    own = _fingerprint(own_text)
    if not own:
        return ()
    prints = {a: _fingerprint(t) for a, t in texts.items() if detect_language(t[:FINGERPRINT_CHARS]) != own_language}
    spread = Counter(key for p in prints.values() for key in p)
    pool = len(prints) + 1

    def weight(key: str) -> float:
        return own[key][0] * math.log(1 + pool / (1 + spread[key]))

    # Names count when shared and are not missed when not: editions in Cyrillic transliterate most of them.
    total = sum(weight(k) for k in own if not k.startswith("k:"))
    scored: list[tuple[float, ArticleId, list[str]]] = []
    for candidate, fingerprint in prints.items():
        shared = sorted((k for k in own if k in fingerprint), key=weight, reverse=True)
        if len(shared) < MIN_SHARED:
            continue
        found = sum(weight(k) for k in shared)
        score = found / (total + sum(weight(k) for k in shared if k.startswith("k:")))
        if score >= MIN_SCORE:
            scored.append((score, candidate, [fingerprint[k][1] for k in shared]))
    scored.sort(key=lambda s: (-s[0], s[1]))
    scored = scored[:limit]
    info = _article_info(db, [a for _, a, _ in scored])
    return tuple(
        TranslationSuggestion(a, *info[a], detect_language(texts[a][:FINGERPRINT_CHARS]), round(score, 3), tuple(shared))
        for score, a, shared in scored
        if a in info
    )


def _nearby(db: Database, date: str, own_language: str, cap: int) -> list[ArticleId]:
    """Articles dated the same day, then the day before and after, whose titles are in another language.

    Index range scans on articles(date), capped; a title's language is told from its letters, so
    the cap on the texts read is spent on articles that could be translations.
    """
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return []
    out: list[ArticleId] = []
    scanned = 0
    for offset in (0, -1, 1):
        if scanned >= cap:
            break
        when = (day + dt.timedelta(days=offset)).isoformat()
        rows = db.execute("SELECT id, title FROM articles WHERE date = ? ORDER BY id LIMIT ?", [when, cap - scanned]).fetchall()
        scanned += len(rows)
        out.extend(ArticleId(r[0]) for r in rows if detect_language(r[1]) != own_language)
    return out


def _newest_texts(db: Database, ids: Iterable[ArticleId]) -> dict[ArticleId, str]:
    ids = list(ids)
    out: dict[ArticleId, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        for article, text in db.execute(
            f"SELECT article_id, text FROM versions WHERE id IN (SELECT max(id) FROM versions WHERE article_id IN ({marks}) GROUP BY article_id)",
            chunk,
        ):
            out[ArticleId(article)] = text
    return out


def _article_info(db: Database, ids: list[ArticleId]) -> dict[ArticleId, tuple[str, str | None, str]]:
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    return {
        ArticleId(r[0]): (r[1], r[2], r[3])
        for r in db.execute(
            f"SELECT a.id, a.title, a.date, s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks})",
            ids,
        )
    }


def _fingerprint(text: str) -> dict[str, tuple[float, str]]:
    """key -> (weight, as written): the article's evidence that another edition would repeat."""
    out: dict[str, tuple[float, str]] = {}
    for a in find_anchors(text[:FINGERPRINT_CHARS]).anchors:
        weight = _WEIGHTS.get(a.kind)
        if weight is None or a.spelled:
            continue
        key = a.key
        if a.kind in (AnchorKind.NAME, AnchorKind.ACRONYM):
            if a.sentence_initial or not a.text.isascii() or a.text.casefold() in TRANSLATED_ACRONYMS:
                continue  # Cyrillic names and acronyms are spelled per language; their keys too coarse to tell articles apart
            key = "k:" + a.text.casefold()
        if a.kind is AnchorKind.URL:
            parsed = url_language(a.text)
            key = "u:" + (parsed[0] if parsed else a.key[2:])
        if a.kind is AnchorKind.NUMBER and a.key in ("n:0", "n:1", "n:2", "n:3"):
            continue
        if key not in out or out[key][0] < weight:
            out[key] = (weight, a.text)
    return out
