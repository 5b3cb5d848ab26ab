"""Which articles are translations of each other: by their source URLs, or linked by hand.

The sites publish every item on several language editions whose addresses differ only in a
`lang` query parameter (`…/details/1155035?lang=kk`, `?lang=ru`, `?lang=en`). Those links
are not stored: they are found when asked, by an indexed range scan over the source URLs that
share the address up to its query string, so they appear as soon as the other edition is
imported. Links made by hand, and unlinks that override a link by URL, are rows of
`translation_links`, one per pair (lower article id first), each with a UUID derived from
the two articles; undoing a link by hand leaves a tombstone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from urllib.parse import parse_qsl, urlencode, urlsplit

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, SortKey, article_ids, article_rows
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.identity import article_uuids, translation_link_uuid
from desktop.core.ids import ArticleId
from desktop.core.search_query import parse_query
from desktop.core.transactions import write_transaction

LANG_PARAMETER = "lang"


class LinkKind(Enum):
    URL = "url"  # same address but for `lang`
    MANUAL = "manual"  # linked by hand


@dataclass(frozen=True)
class Translation:
    article: ArticleId
    title: str
    date: str | None
    lang: str | None  # from the source URL, when it has one
    kind: LinkKind

    @property
    def label(self) -> str:
        return self.lang.upper() if self.lang else "linked"


@dataclass(frozen=True)
class Candidate:
    """An article that could be linked as a translation, for the "Link as translation of…" picker."""

    article: ArticleId
    title: str
    date: str | None
    source: str


class TranslationError(ValueError):
    """A link that cannot be made (an article with itself, an article that does not exist)."""


def url_language(url: str | None) -> tuple[str, str] | None:
    """(the address without its `lang` parameter, the language) for a URL that has one, else None.

    Scheme and host compare case-insensitively; the other query parameters in any order.
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return None
    params = parse_qsl(parts.query, keep_blank_values=True)
    langs = [v for k, v in params if k == LANG_PARAMETER]
    if len(langs) != 1 or not langs[0]:
        return None
    others = sorted((k, v) for k, v in params if k != LANG_PARAMETER)
    key = f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path}?{urlencode(others)}"
    return key, langs[0].lower()


def translations_of(db: Database, article: ArticleId) -> tuple[Translation, ...]:
    """The article's translations: by URL, plus links by hand, minus unlinks by hand; by language, then title."""
    row = db.execute("SELECT source_url FROM articles WHERE id = ?", [article]).fetchone()
    if row is None:
        return ()
    manual = _manual_links(db, article)
    found: dict[ArticleId, Translation] = {}
    own = url_language(row[0])
    if own is not None:
        for other, title, date, url in _same_address(db, row[0], article):
            theirs = url_language(url)
            if theirs is not None and theirs[0] == own[0] and theirs[1] != own[1] and manual.get(other) is not False:
                found[other] = Translation(other, title, date, theirs[1], LinkKind.URL)
    wanted = [a for a, linked in manual.items() if linked and a not in found]
    if wanted:
        marks = ",".join("?" for _ in wanted)
        for other, title, date, url in db.execute(
            f"SELECT id, title, date, source_url FROM articles WHERE id IN ({marks})", wanted
        ).fetchall():
            lang = url_language(url)
            found[ArticleId(other)] = Translation(ArticleId(other), title, date, lang[1] if lang else None, LinkKind.MANUAL)
    return tuple(sorted(found.values(), key=lambda t: (t.lang is None, t.lang or "", t.title.casefold(), t.article)))


def _same_address(db: Database, url: str, article: ArticleId) -> list[tuple[ArticleId, str, str | None, str]]:
    """Articles whose source URL starts with this one's address up to the query: an index range scan."""
    base = url.strip().split("?", 1)[0]
    rows = db.execute(
        "SELECT id, title, date, source_url FROM articles WHERE source_url >= ? AND source_url < ? AND id <> ?",
        [base + "?", base + "@", article],  # "@" is the character after "?"
    ).fetchall()
    return [(ArticleId(r[0]), r[1], r[2], r[3]) for r in rows]


def _manual_links(db: Database, article: ArticleId) -> dict[ArticleId, bool]:
    """Links (True) and unlinks (False) made by hand that involve the article."""
    return {
        ArticleId(r[0]): bool(r[1])
        for r in db.execute(
            "SELECT other_id, linked FROM translation_links WHERE article_id = ? AND deleted_at IS NULL"
            " UNION ALL SELECT article_id, linked FROM translation_links WHERE other_id = ? AND deleted_at IS NULL",
            [article, article],
        )
    }


def _pair(a: ArticleId, b: ArticleId) -> tuple[ArticleId, ArticleId]:
    if a == b:
        raise TranslationError("An article cannot be a translation of itself.")
    return (a, b) if a < b else (b, a)


def _set_link(db: Database, first: ArticleId, second: ArticleId, linked: bool) -> None:
    keys = article_uuids(db, [first, second])
    now = now_iso()
    db.execute(
        "INSERT INTO translation_links (article_id, other_id, linked, created_at, uuid, modified) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (article_id, other_id) DO UPDATE SET linked = excluded.linked, deleted_at = NULL, modified = excluded.modified",
        [first, second, int(linked), now, translation_link_uuid(keys[first], keys[second]), now],
    )


def link_translations(db: Database, a: ArticleId, b: ArticleId) -> Change:
    """Link two articles as translations of each other; the change names the articles whose links changed."""
    first, second = _pair(a, b)
    with write_transaction(db):
        found = db.execute("SELECT count(*) FROM articles WHERE id IN (?, ?)", [first, second]).fetchone()[0]
        if found != 2:
            raise TranslationError("That article is no longer in the library.")
        if any(t.article == b for t in translations_of(db, a)):
            return Change()
        _set_link(db, first, second, True)
    return Change.of_links({a, b})


def unlink_translations(db: Database, a: ArticleId, b: ArticleId) -> Change:
    """Undo a link, by hand or by URL; the change names the articles whose links changed."""
    first, second = _pair(a, b)
    with write_transaction(db):
        current = {t.article: t.kind for t in translations_of(db, a)}
        if b not in current:
            return Change()
        if current[b] is LinkKind.URL:
            _set_link(db, first, second, False)
        else:
            db.execute(
                "UPDATE translation_links SET deleted_at = ?, modified = ? WHERE article_id = ? AND other_id = ?",
                [now_iso(), now_iso(), first, second],
            )
    return Change.of_links({a, b})


def link_candidates(db: Database, article: ArticleId, query: str = "", limit: int = 50) -> list[Candidate]:
    """Articles to offer in "Link as translation of…": matches of a search, or those of the same date."""
    if query.strip():
        flt = ArticleFilter(query=parse_query(query), prefix_search=True)
    else:
        row = db.execute("SELECT date FROM articles WHERE id = ?", [article]).fetchone()
        date = row[0] if row and row[0] else None
        flt = ArticleFilter(query=parse_query(f"date:{date}" if date else ""))
    ids = [a for a in article_ids(db, flt, SortKey.DATE, descending=True, limit=limit + 1) if a != article][:limit]
    rows = article_rows(db, ids)
    return [Candidate(a, rows[a].title, rows[a].date, rows[a].source) for a in ids if a in rows]
