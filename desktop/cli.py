"""The command line, a contract for scripts: keep these names and meanings.

    qalam [--db PATH] [--demo] [--inbox DIR]          opens the app
    qalam --self-test                                 headless check of the app (and of a packaged build)
    qalam import [--db PATH] PATH...                  files or folders (recursive: *.txt, *.txt.gz)
    qalam export [--db PATH] --format FORMAT [--annotations] [--no-bom] [--creator NAME] [-o FILE]
                                                      formats: core/exports/registry.py
    qalam import-annotations [--db PATH] FILE.jsonld  W3C Web Annotations or a Hypothesis export (annotations_cli.py)
    qalam search [--db PATH] [--] QUERY...            id, ISO date, title per matching article
    qalam stats  [--db PATH]                          counts of dumps, articles, versions, occurrences, tags
    qalam recover [--db PATH] NEW_LIBRARY             copy what a damaged library holds into a new one
    qalam diff   [--db PATH] ARTICLE_ID [VERSION_A VERSION_B] [--ignore punctuation,case,whitespace]
                                                      word diff ([-old-]{+new+}), then the classification
    qalam align  [--unit paragraph|sentence] LEFT.txt RIGHT.txt
                                                      one segment per line in; one bead per line out: the
                                                      0-based left lines, a tab, the right ones ("1,2<TAB>1", "<TAB>2")
    qalam drift  [--db PATH] ARTICLE_A ARTICLE_B      segment, side, kind, text per mismatch between two editions
    qalam codes | import-codebook | import-project | cooccurrence | agreement   coding (coding_cli.py)
    qalam kwic | freq | collocates ...                the corpus views (cli_corpus.py)
    qalam sync   [--db PATH] [--user NAME] [--share-dumps] FOLDER
                                                      push and pull once through a shared folder; prints what moved
                                                      and every conflict; exits 1 when anything failed

`import` exits 1 when any file failed, 0 otherwise (warnings included); `--self-test` exits 1
when any check failed, after a line naming it. Only `import` (and the app) may create a library:
the other commands exit 2 with "no library at PATH", as they do for a search with a bad filter.
Every failure is one line on standard error and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db", type=Path, metavar="PATH", help="library file (default: the platform's app-data folder)")

    parser = argparse.ArgumentParser(prog="qalam", description="Read, annotate and compare news articles offline.", parents=[db_option])
    parser.add_argument("--demo", action="store_true", help="open a throwaway library holding the bundled sample dumps")
    parser.add_argument(
        "--self-test", action="store_true", help="check headless, on a throwaway library, that the app works; exit 0, or 1 naming what failed"
    )
    parser.add_argument(
        "--offscreen", action="store_true", help="with --self-test: run without a display (CI), instead of on the real platform"
    )
    parser.add_argument("--inbox", type=Path, metavar="DIR", help="watch DIR and import dumps that appear in it")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_import = commands.add_parser("import", parents=[db_option], help="import dump files or folders")
    p_import.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    from desktop.core.exports.registry import FORMATS, cli_form, format_names

    formats = "; ".join(f"{cli_form(f)}: {f.description}" for f in FORMATS)
    p_export = commands.add_parser("export", parents=[db_option], help="export the library", description=f"Formats: {formats}.")
    p_export.add_argument("--format", required=True, choices=format_names())
    p_export.add_argument(
        "--annotations", action="store_true", help="the format's one-row-per-annotation form (csv), instead of one per article"
    )
    p_export.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output")
    p_export.add_argument("--no-bom", action="store_true", help="CSV without the UTF-8 byte-order mark Excel needs (for scripts)")
    p_export.add_argument(
        "--creator", metavar="NAME", help="who made the annotations, for the W3C export (default: this account's full name)"
    )

    p_search = commands.add_parser(
        "search", parents=[db_option], help="full-text search; one line per article (everything after the options is the query)"
    )
    p_search.add_argument(
        "--relevance", action="store_true",
        help="best matches first (BM25, titles weigh ten times the text); a search matching over 20,000 versions lists newest first",
    )  # fmt: skip
    p_search.add_argument(
        "--exact", action="store_true",
        help="words as typed only (ё = е, capitals and Latin accents still ignored): no word forms, no Kazakh typed "
        "on a Russian keyboard, no Latin/Cyrillic spellings; a word in \"quotes\" is always exact",
    )  # fmt: skip
    p_search.add_argument("query", nargs="*", metavar="QUERY")

    p_recover = commands.add_parser(
        "recover", parents=[db_option], help="copy what a damaged library still holds into a new library (the damaged file is only read)"
    )
    p_recover.add_argument("target", type=Path, metavar="NEW_LIBRARY")

    commands.add_parser("stats", parents=[db_option], help="counts of what the library holds")

    p_diff = commands.add_parser(
        "diff", parents=[db_option], help="word diff of two versions of an article (git --word-diff style), then how they differ"
    )
    p_diff.add_argument("article", type=int, metavar="ARTICLE_ID")
    p_diff.add_argument("versions", type=int, nargs="*", metavar="VERSION", help="two version ids (default: the first and the newest)")
    p_diff.add_argument("--ignore", default="", metavar="LIST", help="comma-separated: punctuation, case, whitespace")

    p_align = commands.add_parser("align", help="align two translations given one segment per line (no library needed)")
    p_align.add_argument("--unit", choices=("paragraph", "sentence"), default="paragraph", help="what a line holds (default: paragraph)")
    p_align.add_argument("left", type=Path, metavar="LEFT.txt")
    p_align.add_argument("right", type=Path, metavar="RIGHT.txt")

    p_drift = commands.add_parser("drift", parents=[db_option], help="what one edition of an article states and the other does not")
    p_drift.add_argument("articles", type=int, nargs=2, metavar="ARTICLE_ID")

    from desktop.coding_cli import add_parsers as add_coding_parsers

    add_coding_parsers(commands, db_option)
    from desktop.annotations_cli import add_parsers as add_annotation_parsers

    add_annotation_parsers(commands, db_option)

    from desktop import cli_corpus

    cli_corpus.add_commands(commands, db_option)

    p_sync = commands.add_parser("sync", parents=[db_option], help="push this library's edits to a shared folder and pull the others', once")
    p_sync.add_argument("folder", type=Path, metavar="FOLDER")
    p_sync.add_argument("--user", metavar="NAME", help="the name your annotations are shown under on other devices (default: your login name)")
    p_sync.add_argument("--share-dumps", action="store_true", help="also copy this library's dump files into the folder")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv, search_query = _split_search_query(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(argv)
    if search_query is not None:
        args.query = search_query
    if args.self_test or args.version or args.command is not None:
        _attach_parent_console()
    if args.self_test:
        _use_utf8_output()
        from desktop.ui.self_test import run_self_test

        return run_self_test(offscreen=args.offscreen)
    if args.version:
        from desktop import __version__

        print(f"qalam {__version__}")
        return EXIT_OK
    if args.command is None:
        from desktop.ui.app import run_app

        return run_app(db_path=args.db, demo=args.demo, inbox=args.inbox)
    _use_utf8_output()
    if args.command == "align":
        return _align(args)
    if args.command == "recover":
        return _recover(args)
    from desktop.core.store import LibraryError, LibraryMissingError, default_library_path, open_library

    path = args.db or default_library_path()
    try:
        # Only an import may create a library: a mistyped --db must not leave an empty one behind.
        db = open_library(path, create=args.command == "import")
    except LibraryMissingError as exc:
        print(f"qalam: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except LibraryError as exc:
        print(f"qalam: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        from desktop import cli_corpus
        from desktop.annotations_cli import HANDLERS as ANNOTATION_HANDLERS
        from desktop.coding_cli import HANDLERS as CODING_HANDLERS

        handlers = {"import": _import, "export": _export, "search": _search, "stats": _stats, "diff": _diff, "drift": _drift, "sync": _sync,
                    "kwic": cli_corpus.kwic, "freq": cli_corpus.freq, "collocates": cli_corpus.collocates}  # fmt: skip
        handler = {**handlers, **CODING_HANDLERS, **ANNOTATION_HANDLERS}[args.command]
        return handler(db, args)
    except BrokenPipeError:
        # The reader of our output (`| head`) went away: that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except sqlite3.DatabaseError as exc:
        print(f"qalam: {_library_failure(path, exc)}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        db.close()


_SEARCH_OPTIONS_WITH_VALUE = ("--db",)


def _split_search_query(argv: list[str]) -> tuple[list[str], list[str] | None]:
    """For `search`, everything after its options is the query, also words that start with "-"
    (`-tag:x`, `-is:unread`, `-word`), which argparse would take for options. A `--` ends the
    options explicitly. Returns the arguments for argparse and the query (None for other commands).
    """
    i = 0
    while i < len(argv) and argv[i].startswith("-"):  # the options before the command
        i += 2 if argv[i] in ("--db", "--inbox") else 1
    if i >= len(argv) or argv[i] != "search":
        return argv, None
    j = i + 1
    while j < len(argv):
        if argv[j] == "--":
            return argv[:j], argv[j + 1 :]
        if argv[j] in _SEARCH_OPTIONS_WITH_VALUE:
            j += 2
        elif argv[j].startswith("--db=") or argv[j] in ("-h", "--help", "--relevance", "--exact"):
            j += 1
        else:
            break
    return argv[:j], argv[j:]


def _library_failure(path: Path, exc: sqlite3.DatabaseError) -> str:
    """One line for an SQLite error that reached the command line: what it means for the user."""
    from desktop.core.recovery import check_library
    from desktop.core.store import is_damage_error

    text = str(exc)
    if is_damage_error(exc):
        problem = check_library(Path(path)) or text
        return f"{path} is damaged ({problem}); nothing more was written to it. Keep the file: what it holds can be recovered into a new library"
    if "readonly" in text.replace(" ", "") or "read-only" in text:
        return f"{path} is read-only; nothing was written ({text})"
    if "too large" in text or "too many" in text:
        return f"the search is too complex for the library to run ({text}); use fewer filters"
    return f"library error: {text}"


def _attach_parent_console() -> None:
    """A windowed Windows build starts without standard output; write to the console it was started from, if any."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    try:
        import ctypes

        if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS; fails when started from Explorer
            return
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 (lives as long as the process)
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError:
        pass


def _use_utf8_output() -> None:
    """Titles are Cyrillic as often as not; a Windows console's code page must not crash a script."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _import(db, args: argparse.Namespace) -> int:
    from desktop.core.importer import FileStatus, import_paths
    from desktop.core.recovery import QUICK_CHECK_MAX_BYTES, quick_check
    from desktop.core.store import default_library_path, is_read_only

    path = args.db or default_library_path()
    read_only = is_read_only(db)
    if not read_only and _size(path) <= QUICK_CHECK_MAX_BYTES:
        # Checking the whole file costs about 0.5 s at this size; a larger one is checked when SQLite meets damage.
        problem = quick_check(db)
        if problem is not None:
            print(f"qalam: {path} is damaged ({problem}); nothing was imported. Keep the file: what it holds can be recovered", file=sys.stderr)
            return EXIT_FAILED
    # A read-only library takes no import, but says which files are in it already.
    report = import_paths(db, args.paths, log=not read_only)
    for file in report.files:
        print(file.summary())
        for warning in file.warnings:
            print(f"         {file.path.name}: {warning}")
    if not report.files:
        print("no dump files (*.txt, *.txt.gz) found", file=sys.stderr)
        return EXIT_FAILED
    print(report.summary())
    if read_only:
        print(f"qalam: {path} is read-only: nothing was written to it, not even the import log", file=sys.stderr)
    return EXIT_FAILED if any(f.status is FileStatus.ERROR for f in report.files) else EXIT_OK


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def _export(db, args: argparse.Namespace) -> int:
    import io

    from desktop.core.exports.options import ExportOptions, system_language, system_user_name
    from desktop.core.exports.registry import Scope, find_format, scopes_of
    from desktop.core.exports.writing import write_export_file

    fmt = find_format(args.format, Scope.ANNOTATIONS if args.annotations else None)
    if fmt is None:
        forms = " and ".join(s.value for s in scopes_of(args.format))
        print(f"qalam export: --annotations does not apply to --format {args.format}, which exports {forms}", file=sys.stderr)
        return EXIT_USAGE
    options = ExportOptions(creator=args.creator or system_user_name(), language=system_language(), bom=not args.no_bom)
    if args.output is None:
        try:
            if fmt.binary:
                fmt.run(db, sys.stdout.buffer, None, options)
            else:  # UTF-8 whatever the console's code page, with the format's own line ends
                out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
                try:
                    fmt.run(db, out, None, options)
                finally:
                    out.flush()
                    out.detach()
        except BrokenPipeError:
            raise
        except OSError as exc:
            print(f"qalam: cannot write the export: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
        return EXIT_OK
    try:
        result = write_export_file(db, fmt, args.output, None, options)  # a temporary file, renamed when whole
    except OSError as exc:
        print(f"qalam: cannot write {args.output}: {exc.strerror or exc}; nothing was written", file=sys.stderr)
        return EXIT_FAILED
    print(f"exported {result.summary()} to {args.output}", file=sys.stderr)
    return EXIT_OK


def _search(db, args: argparse.Namespace) -> int:
    import itertools

    from desktop.core.article_query import SMALL_SEARCH, ArticleFilter, SortKey, article_rows, iter_article_ids, rank_by_relevance
    from desktop.core.search_query import EXACT, LOOSE, parse_query

    if not args.query:
        print("qalam search: give a query (words, \"phrases\", filters such as tag:x or -is:unread)", file=sys.stderr)
        return EXIT_USAGE
    query = parse_query(" ".join(args.query), EXACT if args.exact else LOOSE)
    if query.problems:
        # A bad filter must not widen the search to the whole library: refuse, and name it.
        for problem in query.problems:
            print(f"qalam: {problem}", file=sys.stderr)
        return EXIT_USAGE
    flt = ArticleFilter(query=query)
    ranked = rank_by_relevance(db, flt, limit=SMALL_SEARCH) if args.relevance else None
    if args.relevance and ranked is None:
        print(f"qalam: ranking needs a search of words matching at most {SMALL_SEARCH:,} versions; listed newest first", file=sys.stderr)
    # One statement for the whole list (pages by OFFSET would redo the search for every page).
    ids = iter(ranked) if ranked is not None else iter_article_ids(db, flt, SortKey.DATE, descending=True)
    while batch := list(itertools.islice(ids, 500)):
        rows = article_rows(db, batch)
        for article_id in batch:
            row = rows[article_id]
            print(f"{row.id}\t{row.date or '----------'}\t{row.title}")
    return EXIT_OK


def _recover(args: argparse.Namespace) -> int:
    from desktop.core.recovery import recover_library
    from desktop.core.store import LibraryError, default_library_path

    source = args.db or default_library_path()
    if not source.exists():
        print(f"qalam: no library at {source}", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = recover_library(source, args.target)
    except LibraryError as exc:
        print(f"qalam: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(report.summary())
    return EXIT_OK if report.complete else EXIT_FAILED


def _stats(db, args: argparse.Namespace) -> int:
    from desktop.core.stats import library_stats

    for name, value in library_stats(db).items():
        print(f"{name:<12}{value}")
    return EXIT_OK


def _diff(db, args: argparse.Namespace) -> int:
    from desktop.core.ids import ArticleId, VersionId
    from desktop.core.version_compare import CompareError, compare_versions
    from desktop.core.word_diff import IgnoreOptions, render_word_diff

    if len(args.versions) not in (0, 2):
        print("qalam diff: give two version ids, or none for the first and the newest", file=sys.stderr)
        return EXIT_USAGE
    try:
        ignore = IgnoreOptions.parse(args.ignore)
        old, new = (VersionId(v) for v in args.versions) if args.versions else (None, None)
        result = compare_versions(db, ArticleId(args.article), old, new, ignore)
    except CompareError as exc:
        print(f"qalam diff: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as exc:
        print(f"qalam diff: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(render_word_diff(result.diff))
    print()
    # The reader numbers versions 1..n in the order first seen; the ids are what VERSION arguments take.
    order = [r[0] for r in db.execute("SELECT id FROM versions WHERE article_id = ? ORDER BY id", [result.article])]

    def name(version: int) -> str:
        return f"version {order.index(version) + 1} of {len(order)} (id {version})"

    print(f"{name(result.new)} against {name(result.old)}: {result.classification.label}")
    return EXIT_OK


def _align(args: argparse.Namespace) -> int:
    from desktop.core.alignment import Unit, align_segments
    from desktop.core.decoding import NotADumpError, decode_dump

    sides: list[list[str]] = []
    for path in (args.left, args.right):
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"qalam align: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
        try:
            text = decode_dump(data).text
        except NotADumpError as exc:
            print(f"qalam align: {path} is not text: {exc}", file=sys.stderr)
            return EXIT_FAILED
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # the newline that ends the last line
        sides.append([line.rstrip("\r") for line in lines])
    try:
        for bead in align_segments(sides[0], sides[1], Unit(args.unit)):
            left = ",".join(str(i) for i in range(bead.left_start, bead.left_end))
            right = ",".join(str(j) for j in range(bead.right_start, bead.right_end))
            print(f"{left}\t{right}")
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _drift(db, args: argparse.Namespace) -> int:
    from desktop.core.drift import DriftError
    from desktop.core.ids import ArticleId
    from desktop.core.pair_drift import articles_drift  # the pair's corrected rows, accepted mismatches left out

    a, b = (ArticleId(x) for x in args.articles)
    try:
        report = articles_drift(db, a, b)
    except DriftError as exc:
        print(f"qalam drift: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for m in report.mismatches:
        text = " ".join(m.text.split())
        print(f"{m.segment}\t{m.side.value}\t{m.kind.value}\t{text}")
    return EXIT_OK


def _sync(db, args: argparse.Namespace) -> int:
    import getpass

    from desktop.core.store import is_read_only
    from desktop.core.sync.conflicts import list_conflicts
    from desktop.core.sync.run import sync_once

    if is_read_only(db):
        print("qalam sync: the library is read-only; nothing was synced", file=sys.stderr)
        return EXIT_FAILED
    user = args.user or _login_name(getpass)
    report = sync_once(db, args.folder, user=user, share=True if args.share_dumps else None)
    for line in report.lines():  # what moved on standard output; what went wrong on standard error
        failed = line.startswith(("error", "skipped", "problem", "update Qalam", "warning", "missing"))
        print(line, file=sys.stderr if failed else sys.stdout)
    for c in list_conflicts(db):
        print(f"conflict {c.table} {c.field} of {c.key[:60]}: {_shown(c.current)} ({c.current.who}, {c.current.when})"
              f" over {_shown(c.other)} ({c.other.who}, {c.other.when})")  # fmt: skip
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_FAILED


def _login_name(getpass) -> str | None:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return None


def _shown(side) -> str:
    text = side.shown if side.shown is not None else ("(none)" if side.value is None else str(side.value))
    return repr(text if len(text) <= 60 else text[:59] + "…")
