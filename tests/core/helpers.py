"""Texts and checks shared by the core tests.

The Cyrillic dumps are realistic news prose on purpose: encoding detection needs material,
and searching them must work on words as a reader would type them.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from desktop.core.search_folding import yo_folded_sql
from desktop.core.store import read_counters

RUSSIAN_DUMP = """Новости Казахстана
Политика More
Правительство утвердило новый план развития регионов 04.02.2026
В среду правительство Республики Казахстан утвердило новый план развития регионов на ближайшие пять лет. Как сообщили в пресс-службе министерства национальной экономики, документ предусматривает строительство дорог, школ и больниц в сельской местности.
По словам министра, особое внимание будет уделено обеспечению населения чистой питьевой водой и газификации отдалённых районов. Финансирование программы составит более двух триллионов тенге.
Эксперты считают, что реализация плана позволит снизить миграцию молодёжи в крупные города и создать тысячи новых рабочих мест.Source : https://example.kz/ru/news/1001
Общество More
В Астане обсудили проект новой КОНСТИТУЦИИ 05.02.2026
Во Дворце независимости прошло обсуждение проекта новой конституции с участием депутатов, учёных и представителей гражданского общества. Участники отметили, что документ укрепляет принцип верховенства закона.
Встреча продлилась более трёх часов, а её итоги будут направлены в рабочую группу парламента.
"""

KAZAKH_DUMP = """Еңбекші Қазақ
Жаңалықтар More
Үкімет өңірлерді дамытудың жаңа жоспарын бекітті 04.02.2026
Сәрсенбі күні Қазақстан Республикасының Үкіметі өңірлерді алдағы бес жылға дамытудың жаңа жоспарын бекітті. Ұлттық экономика министрлігінің баспасөз қызметі хабарлағандай, құжат ауылдық жерлерде жолдар, мектептер мен ауруханалар салуды көздейді.
Министрдің айтуынша, халықты таза ауыз сумен қамтамасыз етуге және шалғай аудандарды газдандыруға ерекше көңіл бөлінеді. Бағдарламаны қаржыландыру екі триллион теңгеден асады.
Сарапшылардың пікірінше, жоспарды іске асыру жастардың ірі қалаларға көшуін азайтып, мыңдаған жаңа жұмыс орындарын ашуға мүмкіндік береді. Һижра күнтізбесі туралы да айтылды.Source : https://example.kz/kk/news/2002
"""

# Prose with no dump structure at all: no section lines and no line ending in a date.
ENGLISH_ESSAY = """On Drinking Tea
Tea is a drink made by pouring hot water over the cured leaves of an evergreen shrub.
It is thought to have originated in the southwest of China, where it was first used as a medicine.
By the seventeenth century it had become fashionable in Britain, and the habit spread across the empire.
Today it is, after water, the most widely consumed drink in the world.
"""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write text byte-exactly (no newline translation), as a scraper would have."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def scalar(db: Database, sql: str, params: list[object] | None = None) -> object:
    return db.execute(sql, params or []).fetchone()[0]


def totals(db: Database) -> dict[str, int]:
    return {t: int(scalar(db, f"SELECT count(*) FROM {t}")) for t in ("dumps", "articles", "versions", "occurrences")}


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, to prove an operation wrote nothing.

    The import log is left out: it records every file looked at, failures included, by design.
    """
    tables = [
        r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'import_log' ORDER BY name")
    ]
    return {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def consistency_problems(db: Database) -> list[str]:
    """Every stored count that disagrees with the rows it counts, and every orphaned row."""
    problems: list[str] = []
    counters = read_counters(db)
    real = {
        "articles": scalar(db, "SELECT count(*) FROM articles"),
        "unread": scalar(db, "SELECT count(*) FROM articles WHERE is_read = 0"),
        "starred": scalar(db, "SELECT count(*) FROM articles WHERE is_starred <> 0"),
        "annotated": scalar(db, "SELECT count(*) FROM articles WHERE annotation_count > 0"),
        "multi_version": scalar(db, "SELECT count(*) FROM articles WHERE version_count > 1"),
    }
    for name, value in real.items():
        if counters.get(name) != value:
            problems.append(f"counter {name} = {counters.get(name)}, real {value}")
    checks = {
        "articles.version_count": "SELECT a.id, a.version_count, (SELECT count(*) FROM versions v WHERE v.article_id = a.id) FROM articles a",
        "sources.article_count": "SELECT s.id, s.article_count, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) FROM sources s",
        "sections.article_count": "SELECT s.id, s.article_count, (SELECT count(*) FROM article_sections x WHERE x.section_id = s.id) FROM sections s",
        "tags.article_count": "SELECT t.id, t.article_count, (SELECT count(*) FROM article_tags x WHERE x.tag_id = t.id AND x.deleted_at IS NULL) FROM tags t",
        "articles.annotation_count": "SELECT a.id, a.annotation_count, (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.deleted_at IS NULL) FROM articles a",
        "dumps.occurrence_count": "SELECT d.id, d.occurrence_count, (SELECT count(*) FROM occurrences o WHERE o.dump_id = d.id) FROM dumps d",
    }
    for what, sql in checks.items():
        for row_id, stored, counted in db.execute(sql):
            if stored != counted:
                problems.append(f"{what} of {row_id} = {stored}, real {counted}")
    orphans = {
        "occurrences without a dump": "SELECT count(*) FROM occurrences WHERE dump_id NOT IN (SELECT id FROM dumps)",
        "versions never printed": "SELECT count(*) FROM versions WHERE id NOT IN (SELECT version_id FROM occurrences)",
        "versions from an unrecorded dump": "SELECT count(*) FROM versions WHERE first_dump_id NOT IN (SELECT id FROM dumps)",
        "articles without a version": "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM versions)",
        "articles from an unrecorded dump": "SELECT count(*) FROM articles WHERE first_dump_id NOT IN (SELECT id FROM dumps)",
    }
    for what, sql in orphans.items():
        n = scalar(db, sql)
        if n:
            problems.append(f"{n} {what}")
    return problems


def logged(db: Database) -> list[tuple[str, str, str | None]]:
    """The import log as the Import Log dialog lists it: file, status, message."""
    return db.execute("SELECT file_name, status, message FROM import_log ORDER BY id").fetchall()


def integrity(db: Database) -> str:
    """SQLite's own check, the full-text index's own, and a comparison of every word it holds (with
    its place) against an index made afresh from the versions' folded text (schema 0014): FTS5's
    check against its content table would read the text unfolded."""
    result = str(scalar(db, "PRAGMA integrity_check"))
    db.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)")
    title, text = yo_folded_sql("title"), yo_folded_sql("text")
    db.execute("CREATE VIRTUAL TABLE temp.expected_index USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')")
    try:
        db.execute(f"INSERT INTO temp.expected_index(rowid, title, text) SELECT id, {title}, {text} FROM versions")
        db.execute("CREATE VIRTUAL TABLE temp.expected_words USING fts5vocab(temp, expected_index, 'instance')")
        db.execute("CREATE VIRTUAL TABLE temp.indexed_words USING fts5vocab(main, search_index, 'instance')")
        differ = scalar(
            db,
            "SELECT count(*) FROM (SELECT * FROM (SELECT term, doc, col, offset FROM temp.expected_words"
            " EXCEPT SELECT term, doc, col, offset FROM temp.indexed_words) UNION ALL SELECT * FROM"
            " (SELECT term, doc, col, offset FROM temp.indexed_words EXCEPT SELECT term, doc, col, offset FROM temp.expected_words))",
        )
    finally:
        for table in ("indexed_words", "expected_words", "expected_index"):
            db.execute(f"DROP TABLE IF EXISTS temp.{table}")
    return result if not differ else f"{result}; the search index differs from the versions' text in {differ} places"
