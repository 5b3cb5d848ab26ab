"""Importing files: per-file reports, one bad file never stops the others, nothing half-written."""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
from pathlib import Path

from sqlite_utils import Database

from desktop.core.importer import BatchLimit, FileStatus, ImportProgress, import_file, import_paths
from desktop.core.store import open_library
from tests.core.helpers import (
    ENGLISH_ESSAY,
    KAZAKH_DUMP,
    RUSSIAN_DUMP,
    consistency_problems,
    logged,
    scalar,
    snapshot,
    totals,
    write,
)
from tests.dump_factory import synthetic_dump

SAMPLE_A = "000_66d76ea5e4359d44.txt"
SAMPLE_B = "003_0a64412bddf1bae1.txt"


def content(db: Database) -> list[tuple]:
    """What a reader sees: every article with its texts and where each was printed."""
    return db.execute(
        "SELECT s.name, a.title, a.date, a.source_url, v.text, sn.name, o.position, o.title"
        " FROM occurrences o JOIN versions v ON v.id = o.version_id JOIN articles a ON a.id = v.article_id"
        " JOIN sources s ON s.id = a.source_id LEFT JOIN sections sn ON sn.id = o.section_id"
        " ORDER BY a.date, a.title_key, o.position"
    ).fetchall()


def test_per_file_report_counts_new_articles_versions_and_occurrences(library: Database, samples_dir: Path):
    report = import_paths(library, [samples_dir])
    assert [(f.path.name, f.status, f.new_articles, f.new_versions, f.occurrences) for f in report.files] == [
        (SAMPLE_A, FileStatus.IMPORTED, 5, 8, 10),
        (SAMPLE_B, FileStatus.IMPORTED, 5, 10, 10),
    ]
    assert [f.summary() for f in report.files] == [
        f"imported {SAMPLE_A}: 5 new articles, 8 new versions, 10 occurrences",
        f"imported {SAMPLE_B}: 5 new articles, 10 new versions, 10 occurrences",
    ]
    assert (
        report.summary() == "2 files: 2 imported, 0 already imported, 0 failed; 10 new articles, 18 new versions, 20 occurrences"
    )
    assert not report.failed
    assert len(report.changed_articles) == 10


def test_source_url_is_stored_and_not_part_of_the_text(sample_library: Database):
    rows = sample_library.execute(
        "SELECT a.source_url, v.text FROM articles a JOIN versions v ON v.article_id = a.id"
        " WHERE a.title LIKE 'Thirty-two commercial documents%'"
    ).fetchall()
    assert {url for url, _ in rows} == {"https://www.gov.kz/memleket/entities/mti/press/news/details/1155035?lang=kk"}
    assert all(text.endswith("organizations of the two countries.") and "Source :" not in text for _, text in rows)


def test_gzip_dump_imports_exactly_like_the_plain_one(tmp_path: Path, samples_dir: Path):
    plain_dir, packed_dir = tmp_path / "plain", tmp_path / "packed"
    for name in (SAMPLE_A, SAMPLE_B):
        data = (samples_dir / name).read_bytes()
        write(plain_dir / name, data.decode("utf-8"))
        (packed_dir / (name + ".gz")).parent.mkdir(exist_ok=True)
        (packed_dir / (name + ".gz")).write_bytes(gzip.compress(data))
    results = []
    for folder in (plain_dir, packed_dir):
        db = open_library(tmp_path / f"{folder.name}.sqlite")
        report = import_paths(db, [folder])
        assert [f.status for f in report.files] == [FileStatus.IMPORTED] * 2
        results.append((content(db), totals(db)))
        db.close()
    assert results[0] == results[1]
    assert results[0][1] == {"dumps": 2, "articles": 10, "versions": 18, "occurrences": 20}


def test_gzip_copy_of_an_imported_dump_is_already_imported(sample_library: Database, samples_dir: Path, tmp_path: Path):
    packed = tmp_path / (SAMPLE_A + ".gz")
    packed.write_bytes(gzip.compress((samples_dir / SAMPLE_A).read_bytes()))
    before = snapshot(sample_library)
    report = import_file(sample_library, packed)
    assert report.status is FileStatus.ALREADY_IMPORTED
    assert SAMPLE_A in report.summary()
    assert snapshot(sample_library) == before


def test_truncated_gzip_imports_what_it_can_with_a_warning(library: Database, tmp_path: Path):
    text = synthetic_dump(1, articles=30)
    archive = gzip.compress(text.encode("utf-8"), compresslevel=1)
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(archive[: len(archive) * 2 // 3])
    report = import_file(library, path)
    assert report.status is FileStatus.IMPORTED
    assert any("truncated" in w for w in report.warnings)
    assert report.summary().startswith("warnings cut.txt.gz:")
    assert 0 < report.occurrences < 60
    titles = [r[0] for r in library.execute("SELECT title FROM articles ORDER BY id")]
    assert titles[:3] == [f"Report 1-{n} on the regional development plan" for n in range(3)]
    stored = json.loads(scalar(library, "SELECT warnings FROM dumps"))
    assert any("truncated" in w for w in stored)


def test_title_without_date_is_imported_with_a_warning_naming_file_and_line(library: Database, tmp_path: Path):
    path = write(tmp_path / "undated.txt", "Site\nNews More\nA title without a date\nIts body.\nDated 04.02.2026\nBody.\n")
    report = import_paths(library, [path])
    (file,) = report.files
    assert file.status is FileStatus.IMPORTED
    assert file.warnings == ("line 3: this title has no date",)
    assert file.summary() == "warnings undated.txt: 2 new articles, 2 new versions, 2 occurrences, 1 warning"
    assert not report.failed
    assert library.execute("SELECT title, date FROM articles ORDER BY id").fetchall() == [
        ("A title without a date", None),
        ("Dated", "2026-02-04"),
    ]


def test_dump_cut_off_after_a_title_imports_the_article_with_empty_text(library: Database, tmp_path: Path):
    path = write(tmp_path / "cut.txt", "Site\nNews More\nFirst 04.02.2026\nBody.\nLast words 04.02.2026\n")
    file = import_file(library, path)
    assert file.status is FileStatus.IMPORTED
    assert len(file.warnings) == 1 and file.warnings[0].startswith("line 5:")
    assert library.execute(
        "SELECT a.title, v.text FROM articles a JOIN versions v ON v.article_id = a.id ORDER BY a.id"
    ).fetchall() == [
        ("First", "Body."),
        ("Last words", ""),
    ]


def test_empty_and_whitespace_only_files_are_errors_and_write_nothing(library: Database, tmp_path: Path):
    empty = write(tmp_path / "empty.txt", "")
    blank = write(tmp_path / "blank.txt", "  \n\r\n\t\n   ")
    before = snapshot(library)
    report = import_paths(library, [empty, blank])
    assert [(f.status, f.error) for f in report.files] == [(FileStatus.ERROR, "not a dump: the file is empty")] * 2
    assert [f.summary() for f in report.files] == [
        "error    empty.txt: not a dump: the file is empty",
        "error    blank.txt: not a dump: the file is empty",
    ]
    assert report.failed
    assert snapshot(library) == before
    # The failure is remembered, so the user can look up later why the file did not come in.
    assert logged(library) == [
        ("empty.txt", "error", "not a dump: the file is empty"),
        ("blank.txt", "error", "not a dump: the file is empty"),
    ]


def test_binary_files_named_txt_are_errors_and_write_nothing(library: Database, tmp_path: Path):
    png = tmp_path / "picture.txt"
    png.write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010") + os.urandom(3000))
    noise = tmp_path / "noise.txt"
    noise.write_bytes(random.Random(3).randbytes(5000) + b"\x00\x00")
    before = snapshot(library)
    report = import_paths(library, [png, noise])
    assert [f.status for f in report.files] == [FileStatus.ERROR, FileStatus.ERROR]
    assert all("binary" in f.summary() and f.path.name in f.summary() for f in report.files)
    assert snapshot(library) == before


def test_prose_that_is_not_a_dump_imports_nothing_and_is_an_error(library: Database, tmp_path: Path):
    essay = write(tmp_path / "essay.txt", ENGLISH_ESSAY)
    before = snapshot(library)
    (file,) = import_paths(library, [essay]).files
    assert file.status is FileStatus.ERROR
    assert file.summary() == (
        "error    essay.txt: not a dump: no article titles (lines ending in a DD.MM.YYYY date) were found (first text at line 2)"
    )
    assert snapshot(library) == before


def test_one_bad_file_never_stops_the_other_files(library: Database, tmp_path: Path, samples_dir: Path):
    folder = tmp_path / "mixed"
    write(folder / "1-empty.txt", "")
    (folder / "2-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    shutil.copy(samples_dir / SAMPLE_A, folder / "3-good.txt")
    write(folder / "4-essay.txt", ENGLISH_ESSAY)
    write(folder / "5-russian.txt", RUSSIAN_DUMP, encoding="cp1251")
    write(folder / "notes.md", "not looked at")
    report = import_paths(library, [folder, tmp_path / "missing.txt"])
    assert [(f.path.name, f.status) for f in report.files] == [
        ("1-empty.txt", FileStatus.ERROR),
        ("2-binary.txt", FileStatus.ERROR),
        ("3-good.txt", FileStatus.IMPORTED),
        ("4-essay.txt", FileStatus.ERROR),
        ("5-russian.txt", FileStatus.IMPORTED),
        ("missing.txt", FileStatus.ERROR),
    ]
    assert report.files[-1].error == "no such file"
    assert report.failed
    assert totals(library) == {"dumps": 2, "articles": 7, "versions": 10, "occurrences": 12}
    assert report.summary().startswith("6 files: 2 imported, 0 already imported, 4 failed;")


def test_windows_1251_dump_is_stored_as_proper_cyrillic(library: Database, tmp_path: Path):
    path = write(tmp_path / "ru.txt", RUSSIAN_DUMP, encoding="cp1251")
    file = import_file(library, path)
    assert (file.status, file.encoding, file.warnings) == (FileStatus.IMPORTED, "cp1251", ())
    assert scalar(library, "SELECT name FROM sources") == "Новости Казахстана"
    assert [r[0] for r in library.execute("SELECT title FROM articles ORDER BY id")] == [
        "Правительство утвердило новый план развития регионов",
        "В Астане обсудили проект новой КОНСТИТУЦИИ",
    ]
    assert scalar(library, "SELECT encoding FROM dumps") == "cp1251"


def test_kazakh_kz1048_dump_is_stored_as_proper_kazakh(library: Database, tmp_path: Path):
    file = import_file(library, write(tmp_path / "kk.txt", KAZAKH_DUMP, encoding="kz1048"))
    assert file.status is FileStatus.IMPORTED
    assert scalar(library, "SELECT title FROM articles") == "Үкімет өңірлерді дамытудың жаңа жоспарын бекітті"


def test_utf8_bom_dump_imports_with_a_clean_site_name(library: Database, tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + KAZAKH_DUMP.replace("\n", "\r\n").encode("utf-8"))
    assert import_file(library, path).status is FileStatus.IMPORTED
    assert scalar(library, "SELECT name FROM sources") == "Еңбекші Қазақ"
    assert "\r" not in scalar(library, "SELECT group_concat(text) FROM versions")


def test_markup_is_stored_byte_for_byte(library: Database, tmp_path: Path):
    title = '<script>alert(1)</script> <a href="javascript:alert(1)">x</a> &amp;'
    body = '<a href="javascript:alert(1)">x</a> and <script>alert(1)</script> &lt;b&gt;'
    import_file(library, write(tmp_path / "m.txt", f"Site\nNews More\n{title} 04.02.2026\n{body}\n"))
    assert library.execute(
        "SELECT a.title, v.title, v.text FROM articles a JOIN versions v ON v.article_id = a.id"
    ).fetchall() == [(title, title, body)]


def test_five_megabyte_single_line_body_imports(library: Database, tmp_path: Path):
    body = ("Жаңа Конституция жобасы кеңінен талқыланды, азаматтар өз ұсыныстарын жолдады. " * 70_000)[:5_000_000].strip()
    path = write(tmp_path / "huge.txt", f"Site\nNews More\nHuge 04.02.2026\n{body}\n")
    file = import_file(library, path)
    assert file.status is FileStatus.IMPORTED
    assert scalar(library, "SELECT length FROM versions") == len(body)
    assert scalar(library, "SELECT text FROM versions") == body


def test_renamed_copy_is_already_imported_and_names_the_original(sample_library: Database, samples_dir: Path, tmp_path: Path):
    copy = tmp_path / "renamed.txt"
    shutil.copy(samples_dir / SAMPLE_A, copy)
    before = snapshot(sample_library)
    file = import_file(sample_library, copy)
    assert file.status is FileStatus.ALREADY_IMPORTED
    assert file.summary() == f"already  renamed.txt: already imported (same content as {SAMPLE_A})"
    assert snapshot(sample_library) == before


DUMP_ONE = """Site
News More
The "Big" plan adopted 04.02.2026
He said: "We will build it." The work starts in spring.
Quiet day in Astana 04.02.2026
Nothing happened.
"""


def test_quote_stripped_copy_is_a_second_version_of_the_same_article(library: Database, tmp_path: Path):
    import_file(library, write(tmp_path / "1.txt", DUMP_ONE))
    stripped = DUMP_ONE.replace('"', "")
    file = import_file(library, write(tmp_path / "2.txt", stripped))
    assert (file.status, file.new_articles, file.new_versions, file.occurrences) == (FileStatus.IMPORTED, 0, 1, 2)
    rows = library.execute("SELECT a.title, a.version_count FROM articles a ORDER BY a.id").fetchall()
    assert rows == [('The "Big" plan adopted', 2), ("Quiet day in Astana", 1)]
    assert [r[0] for r in library.execute("SELECT text FROM versions WHERE article_id = 1 ORDER BY id")] == [
        'He said: "We will build it." The work starts in spring.',
        "He said: We will build it. The work starts in spring.",
    ]
    # Each occurrence keeps the title exactly as it was printed there.
    assert [r[0] for r in library.execute("SELECT title FROM occurrences WHERE position = 0 ORDER BY dump_id")] == [
        'The "Big" plan adopted',
        "The Big plan adopted",
    ]


def test_identical_article_in_another_dump_only_adds_an_occurrence(library: Database, tmp_path: Path):
    import_file(library, write(tmp_path / "1.txt", DUMP_ONE))
    later = DUMP_ONE + "Another story 05.02.2026\nNew text.\n"
    file = import_file(library, write(tmp_path / "2.txt", later))
    assert (file.new_articles, file.new_versions, file.occurrences) == (1, 1, 3)
    assert totals(library) == {"dumps": 2, "articles": 3, "versions": 3, "occurrences": 5}
    assert [r[0] for r in library.execute("SELECT version_count FROM articles ORDER BY id")] == [1, 1, 1]


def test_edited_text_in_a_later_dump_adds_a_version(library: Database, tmp_path: Path):
    import_file(library, write(tmp_path / "1.txt", DUMP_ONE))
    edited = DUMP_ONE.replace("Nothing happened.", "Nothing happened, officials said.")
    file = import_file(library, write(tmp_path / "2.txt", edited))
    assert (file.new_articles, file.new_versions) == (0, 1)
    assert library.execute("SELECT title, version_count FROM articles WHERE title LIKE 'Quiet%'").fetchall() == [
        ("Quiet day in Astana", 2)
    ]
    assert scalar(library, "SELECT value FROM counters WHERE name = 'multi_version'") == 1


def test_same_title_on_another_date_is_another_article(library: Database, tmp_path: Path):
    import_file(library, write(tmp_path / "1.txt", DUMP_ONE))
    file = import_file(library, write(tmp_path / "2.txt", DUMP_ONE.replace("04.02.2026", "05.02.2026")))
    assert file.new_articles == 2
    assert scalar(library, "SELECT count(*) FROM articles") == 4


def test_progress_reports_files_and_bytes_monotonically_up_to_the_total(library: Database, tmp_path: Path, samples_dir: Path):
    folder = tmp_path / "dumps"
    for i in range(4):
        write(folder / f"{i:02}.txt", synthetic_dump(i, articles=3))
    write(folder / "05-bad.txt", "")
    seen: list[ImportProgress] = []
    report = import_paths(library, [folder], progress=seen.append)
    sizes = sorted(p.stat().st_size for p in folder.iterdir())
    assert len(report.files) == 5
    assert seen[0].files_done == 0 and seen[0].bytes_done == 0
    assert all(p.files_total == 5 and p.bytes_total == sum(sizes) for p in seen)
    assert [p.files_done for p in seen] == sorted(p.files_done for p in seen)
    assert [p.bytes_done for p in seen] == sorted(p.bytes_done for p in seen)
    assert (seen[-1].files_done, seen[-1].bytes_done, seen[-1].current) == (5, sum(sizes), None)
    assert [p.current.name for p in seen[:-1]] == ["00.txt", "01.txt", "02.txt", "03.txt", "05-bad.txt"]


def test_cancel_between_batches_keeps_earlier_dumps_fully_in(library: Database, tmp_path: Path):
    folder = tmp_path / "dumps"
    for i in range(5):
        write(folder / f"{i:02}.txt", synthetic_dump(i, articles=4))
    seen: list[ImportProgress] = []
    # Two dumps per transaction: the cancel asked after the first batch stops the import there.
    report = import_paths(library, [folder], progress=seen.append, cancel=lambda: len(seen) >= 2, batch=BatchLimit(files=2))
    assert report.cancelled
    assert [f.path.name for f in report.files] == ["00.txt", "01.txt"]
    assert report.summary().endswith("(cancelled)")
    assert totals(library) == {"dumps": 2, "articles": 8, "versions": 8, "occurrences": 16}
    assert consistency_problems(library) == []
    # The rest comes in when the import is run again.
    again = import_paths(library, [folder])
    assert [f.status for f in again.files] == [FileStatus.ALREADY_IMPORTED] * 2 + [FileStatus.IMPORTED] * 3


def test_a_folder_is_searched_recursively_for_txt_and_txt_gz_in_name_order(library: Database, tmp_path: Path):
    folder = tmp_path / "in"
    write(folder / "b" / "02.txt", synthetic_dump(2, articles=1))
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "01.TXT.GZ").write_bytes(gzip.compress(synthetic_dump(1, articles=1).encode()))
    write(folder / ".hidden.txt", synthetic_dump(3, articles=1))
    write(folder / "readme.md", "x")
    report = import_paths(library, [folder])
    assert [(f.path.name, f.status) for f in report.files] == [
        ("01.TXT.GZ", FileStatus.IMPORTED),
        ("02.txt", FileStatus.IMPORTED),
    ]


def test_quote_stripped_copies_of_the_samples_add_versions_not_articles(
    sample_library: Database, samples_dir: Path, tmp_path: Path
):
    reports = []
    for name in (SAMPLE_A, SAMPLE_B):
        stripped = (samples_dir / name).read_text(encoding="utf-8").replace('"', "")
        reports.append(import_file(sample_library, write(tmp_path / f"stripped-{name}", stripped)))
    # Sample B's titles lose their quotes too ("Maslenitsa - 2026"), and still name the same article.
    assert [(r.status, r.new_articles, r.new_versions, r.occurrences) for r in reports] == [
        (FileStatus.IMPORTED, 0, 2, 10),
        (FileStatus.IMPORTED, 0, 5, 10),
    ]
    assert totals(sample_library) == {"dumps": 4, "articles": 10, "versions": 25, "occurrences": 40}
    assert consistency_problems(sample_library) == []


def test_parsing_in_worker_processes_writes_exactly_what_parsing_in_line_does(tmp_path: Path, samples_dir: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (SAMPLE_A, SAMPLE_B):
        shutil.copy(samples_dir / name, folder / name)
        stripped = (samples_dir / name).read_text(encoding="utf-8").replace('"', "").replace("constitution", "Constitution of 2026")
        write(folder / f"z-edited-{name}", stripped)
    for index in range(4):
        write(folder / f"synthetic-{index}.txt", synthetic_dump(index, articles=5))
    write(folder / "synthetic-copy.txt", synthetic_dump(0, articles=5))  # same content as synthetic-0: already imported
    write(folder / "essay.txt", ENGLISH_ESSAY)  # not a dump: an error
    libraries = {}
    for workers in (0, 2):
        db = open_library(tmp_path / f"workers-{workers}.sqlite")
        report = import_paths(db, [folder], workers=workers)
        libraries[workers] = (
            [(f.path.name, f.status, f.new_articles, f.new_versions, f.occurrences, f.warnings, f.error) for f in report.files],
            # Dumps and articles hold times and paths; the rest must be the same to the byte (the full-text index too).
            {t: rows for t, rows in snapshot(db).items() if t not in ("dumps", "articles", "_sqlite_migrations")},
            db.execute("SELECT id, source_id, date, title, title_key, source_url, first_dump_id FROM articles ORDER BY id").fetchall(),
            db.execute("SELECT id, sha256, file_name, new_articles, new_versions, occurrence_count, article_count FROM dumps").fetchall(),
        )
        assert consistency_problems(db) == []
        db.close()
    assert libraries[0] == libraries[2]
    statuses = [status for _, status, *_ in libraries[2][0]]
    assert statuses.count(FileStatus.ALREADY_IMPORTED) == 1 and statuses.count(FileStatus.ERROR) == 1


def test_a_file_name_that_is_not_utf8_imports_and_is_logged(library, tmp_path):
    import os

    from desktop.core.import_log import recent_entries
    from tests.dump_factory import dump_text

    name = os.fsdecode(b"caf\xe9-dump.txt")  # Latin-1 bytes in a name, as old archives have
    path = tmp_path / name
    path.write_text(dump_text("Site", {"News": [["A title 01.03.2026", "Body."]]}), encoding="utf-8")
    report = import_paths(library, [path])
    assert [f.status for f in report.files] == [FileStatus.IMPORTED]
    assert recent_entries(library)[0].file_name == "caf\N{REPLACEMENT CHARACTER}-dump.txt"


# --- batches: several small dumps per transaction ------------------------------------------------
def small_dumps(folder: Path, count: int, articles: int = 4) -> list[Path]:
    return [write(folder / f"{i:03}.txt", synthetic_dump(i, articles=articles)) for i in range(count)]


def test_each_report_comes_once_its_dump_is_committed(library: Database, library_path: Path, tmp_path: Path):
    small_dumps(tmp_path / "dumps", 12)
    watcher = open_library(library_path)  # another connection sees only what is committed
    seen = []

    def on_file(report):
        committed = watcher.execute("SELECT occurrence_count FROM dumps WHERE id = ?", [report.dump_id]).fetchone()
        seen.append((report.path.name, report.status, committed[0] if committed else None))

    report = import_paths(library, [tmp_path / "dumps"], on_file=on_file)
    watcher.close()
    assert seen == [(f"{i:03}.txt", FileStatus.IMPORTED, 8) for i in range(12)]
    assert [f.path.name for f in report.files] == [name for name, _, _ in seen]


def test_edits_made_between_batches_run_with_no_transaction_open_and_survive(library: Database, tmp_path: Path):
    from desktop.core.tags import add_tag

    small_dumps(tmp_path / "dumps", 20)
    calls = []

    def between_batches() -> bool:
        calls.append(library.conn.in_transaction)
        if library.execute("SELECT count(*) FROM articles").fetchone()[0]:
            add_tag(library, [1], f"edit {len(calls)}")  # as the window's writer thread does with queued edits
        return False

    report = import_paths(library, [tmp_path / "dumps"], cancel=between_batches, batch=BatchLimit(files=5))
    assert calls == [False] * 4  # before each batch of five
    assert report.count(FileStatus.IMPORTED) == 20
    assert [r[0] for r in library.execute("SELECT t.name FROM tags t JOIN article_tags a ON a.tag_id = t.id ORDER BY t.name")] == [
        "edit 2",
        "edit 3",
        "edit 4",
    ]
    assert consistency_problems(library) == []


def test_a_large_import_is_cut_into_batches_by_size(library: Database, tmp_path: Path):
    """Edits queued during an import wait at most one batch: about a megabyte of dumps."""
    paths = small_dumps(tmp_path / "dumps", 60, articles=12)
    total = sum(p.stat().st_size for p in paths)
    batches = []

    def between_batches() -> bool:
        batches.append(totals(library)["dumps"])
        return False

    # A quarter of the bytes (and a little, as the dumps' sizes differ by a few bytes) each: 15 of the 60.
    import_paths(library, [tmp_path / "dumps"], cancel=between_batches, batch=BatchLimit(seconds=60, bytes=total // 4 + 1024))
    assert batches == [0, 15, 30, 45]
    assert totals(library)["dumps"] == 60


def test_a_dump_the_library_refuses_fails_alone_and_its_batch_goes_in(library: Database, tmp_path: Path):
    folder = tmp_path / "dumps"
    small_dumps(folder, 6)
    poisoned = synthetic_dump(50, articles=3).replace("Report 50-1 on", "Poisoned report on")
    write(folder / "003-poisoned.txt", poisoned)
    # A library that refuses one article, as a full disk or a broken index would refuse a write.
    library.execute(
        "CREATE TRIGGER refuse_poison BEFORE INSERT ON articles WHEN new.title LIKE 'Poisoned%'"
        " BEGIN SELECT RAISE(ABORT, 'the library refused this row'); END"
    )
    seen = []
    report = import_paths(library, [folder], on_file=seen.append)
    assert [(f.path.name, f.status) for f in report.files] == [
        ("000.txt", FileStatus.IMPORTED),
        ("001.txt", FileStatus.IMPORTED),
        ("002.txt", FileStatus.IMPORTED),
        ("003-poisoned.txt", FileStatus.ERROR),
        ("003.txt", FileStatus.IMPORTED),
        ("004.txt", FileStatus.IMPORTED),
        ("005.txt", FileStatus.IMPORTED),
    ]
    assert report.files[3].error == "library error, nothing imported: the library refused this row"
    assert seen == list(report.files)
    assert totals(library) == {"dumps": 6, "articles": 24, "versions": 24, "occurrences": 48}
    assert library.execute("SELECT count(*) FROM articles WHERE title LIKE 'Report 50-%'").fetchone()[0] == 0
    assert [(name, status) for name, status, _ in logged(library)] == [(f.path.name, f.status.value) for f in report.files]
    assert consistency_problems(library) == []


def test_batched_and_one_by_one_imports_write_the_same_library(tmp_path: Path, samples_dir: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (SAMPLE_A, SAMPLE_B):
        shutil.copy(samples_dir / name, folder / name)
        write(folder / f"z-stripped-{name}", (samples_dir / name).read_text(encoding="utf-8").replace('"', ""))
    for index in range(6):
        text = synthetic_dump(index % 3, articles=4)
        write(folder / f"s-{index}.txt", text if index < 3 else text.replace("Item", "Point"))  # later: edited reprints
    write(folder / "s-copy.txt", synthetic_dump(0, articles=4))  # the same content as s-0, in the same batch
    libraries = {}
    for label, limit in (("batched", BatchLimit()), ("one by one", BatchLimit(files=1))):
        db = open_library(tmp_path / f"{label}.sqlite")
        report = import_paths(db, [folder], batch=limit)
        libraries[label] = (
            [(f.path.name, f.status, f.new_articles, f.new_versions, f.occurrences, f.error, f.changed_articles) for f in report.files],
            {t: rows for t, rows in snapshot(db).items() if t not in ("dumps", "articles", "_sqlite_migrations")},
            db.execute("SELECT id, source_id, date, title, title_key, source_url, first_dump_id FROM articles ORDER BY id").fetchall(),
            db.execute("SELECT id, sha256, file_name, new_articles, new_versions, occurrence_count, article_count, warnings FROM dumps").fetchall(),
        )
        assert consistency_problems(db) == []
        db.close()
    assert libraries["batched"] == libraries["one by one"]
    statuses = [status for _, status, *_ in libraries["batched"][0]]
    assert statuses.count(FileStatus.ALREADY_IMPORTED) == 1 and FileStatus.ERROR not in statuses
    edited = libraries["batched"][1]["versions"]
    assert {row for row in edited if "Point" in str(row)}, "the edited reprints are new versions"


def test_the_first_batch_is_small_and_later_ones_fit_the_time_they_take(library: Database, tmp_path: Path):
    from desktop.core import importer

    paths = small_dumps(tmp_path / "dumps", 40, articles=12)
    size = max(p.stat().st_size for p in paths)
    batches = []

    def between_batches() -> bool:
        batches.append(totals(library)["dumps"])
        return False

    import_paths(library, [tmp_path / "dumps"], cancel=between_batches)
    assert batches[0] == 0
    # The first batch takes at most FIRST_BATCH_BYTES; how many more fit is measured on the way.
    assert 1 <= batches[1] <= importer.FIRST_BATCH_BYTES // size
    assert totals(library)["dumps"] == 40


def test_a_lock_held_past_every_retry_fails_the_batch_clearly_and_a_rerun_imports_it(library: Database, library_path: Path, tmp_path: Path, monkeypatch):
    from desktop.core import transactions

    small_dumps(tmp_path / "dumps", 3)
    monkeypatch.setattr(transactions, "RETRY_SECONDS", 0.2)
    library.execute("PRAGMA busy_timeout = 0")
    holder = open_library(library_path)
    holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    try:
        report = import_paths(library, [tmp_path / "dumps"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [(f.status, f.error) for f in report.files] == [(FileStatus.ERROR, "library error, nothing imported: database is locked")] * 3
    assert totals(library)["dumps"] == 0
    again = import_paths(library, [tmp_path / "dumps"])
    assert [f.status for f in again.files] == [FileStatus.IMPORTED] * 3
