"""The hand-aligned kk/ru/en corpus (tests/data/alignment) as a library, and new versions of its editions.

Each item's three editions are articles of three sources; `edition_dump` writes a later dump
of one edition with another text, which the importer adds as a new version of the same article.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from tests.core.alignment_corpus import DATES, Article, load_corpus, write_corpus_dumps

CORPUS = load_corpus()


def title_of(article: Article, language: str) -> str:
    edition = article.editions[language]
    return " ".join(edition.sentences[0].text.split()[:8]).rstrip(".,:;")


def import_corpus(db: Database, folder: Path) -> dict[tuple[str, str], ArticleId]:
    """Every edition imported; (item number, language) -> article."""
    import_paths(db, write_corpus_dumps(folder, CORPUS))
    out = {}
    for article in CORPUS:
        for language in article.editions:
            row = db.execute("SELECT id FROM articles WHERE title = ?", [title_of(article, language)]).fetchone()
            out[(article.name[:2], language)] = ArticleId(row[0])
    return out


def edition_text(item: str, language: str) -> str:
    return next(a for a in CORPUS if a.name.startswith(item)).editions[language].text


def import_new_version(db: Database, folder: Path, item: str, language: str, text: str, name: str = "later") -> None:
    """A later dump printing the edition with `text`: a new version of its article."""
    article = next(a for a in CORPUS if a.name.startswith(item))
    path = folder / f"{name}-{item}-{language}.txt"
    body = "\n".join([f"Qalam test site ({language})", "News More", f"{title_of(article, language)} {DATES[item]}", text])
    path.write_text(body + "\n", encoding="utf-8")
    import_paths(db, [path])
