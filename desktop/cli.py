"""The command line, a contract for scripts: keep these names and meanings.

    qalam [--db PATH] [--demo] [--inbox DIR]          opens the app
    qalam --self-test                                 headless check of the app (and of a packaged build)
    qalam import [--db PATH] PATH...                  files or folders (recursive: *.txt, *.txt.gz)
    qalam export [--db PATH] --format json|markdown|csv|w3c [--annotations] [-o FILE]
    qalam search [--db PATH] QUERY                    id, ISO date, title per matching article
    qalam stats  [--db PATH]                          counts of dumps, articles, versions, occurrences, tags
    qalam diff   [--db PATH] ARTICLE_ID [VERSION_A VERSION_B] [--ignore punctuation,case,whitespace]
                                                      word diff ([-old-]{+new+}), then the classification
    qalam align  [--unit paragraph|sentence] LEFT.txt RIGHT.txt
                                                      one segment per line in; one bead per line out: the
                                                      0-based left lines, a tab, the right ones ("1,2<TAB>1", "<TAB>2")
    qalam drift  [--db PATH] ARTICLE_A ARTICLE_B      segment, side, kind, text per mismatch between two editions

`import` exits 1 when any file failed, 0 otherwise (warnings included); `--self-test` exits 1
when any check failed, after a line naming it.
"""

from __future__ import annotations

import argparse
import os
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
    parser.add_argument("--inbox", type=Path, metavar="DIR", help="watch DIR and import dumps that appear in it")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_import = commands.add_parser("import", parents=[db_option], help="import dump files or folders")
    p_import.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p_export = commands.add_parser("export", parents=[db_option], help="export the library")
    p_export.add_argument("--format", required=True, choices=("json", "markdown", "csv", "w3c"))
    p_export.add_argument("--annotations", action="store_true", help="with csv: one row per annotation instead of per article")
    p_export.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output")

    p_search = commands.add_parser("search", parents=[db_option], help="full-text search; one line per article")
    p_search.add_argument("query", nargs="+", metavar="QUERY")

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test or args.version or args.command is not None:
        _attach_parent_console()
    if args.self_test:
        _use_utf8_output()
        from desktop.ui.self_test import run_self_test

        return run_self_test()
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
    from desktop.core.store import LibraryError, default_library_path, open_library

    path = args.db or default_library_path()
    try:
        db = open_library(path)
    except LibraryError as exc:
        print(f"qalam: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        handler = {"import": _import, "export": _export, "search": _search, "stats": _stats, "diff": _diff, "drift": _drift}[args.command]
        return handler(db, args)
    except BrokenPipeError:
        # The reader of our output (`| head`) went away: that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        db.close()


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

    report = import_paths(db, args.paths)
    for file in report.files:
        print(file.summary())
        for warning in file.warnings:
            print(f"         {file.path.name}: {warning}")
    if not report.files:
        print("no dump files (*.txt, *.txt.gz) found", file=sys.stderr)
        return EXIT_FAILED
    print(report.summary())
    return EXIT_FAILED if any(f.status is FileStatus.ERROR for f in report.files) else EXIT_OK


def _export(db, args: argparse.Namespace) -> int:
    from desktop.core.export import ANNOTATION_EXPORTERS, EXPORTERS

    exporter = ANNOTATION_EXPORTERS[args.format] if args.annotations and args.format in ANNOTATION_EXPORTERS else EXPORTERS[args.format]
    if args.output is None:
        exporter(db, sys.stdout)
        return EXIT_OK
    # Write beside the target and rename, so a failed export never leaves half a file behind.
    partial = args.output.with_name(args.output.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="") as out:
        result = exporter(db, out)
    partial.replace(args.output)
    noun = "annotations" if args.format == "w3c" or args.annotations else "articles"
    print(f"exported {result.articles} {noun} to {args.output}", file=sys.stderr)
    return EXIT_OK


def _search(db, args: argparse.Namespace) -> int:
    import itertools

    from desktop.core.article_query import ArticleFilter, SortKey, article_rows, iter_article_ids
    from desktop.core.search_query import parse_query

    query = parse_query(" ".join(args.query))
    for problem in query.problems:
        print(f"qalam: {problem}", file=sys.stderr)
    flt = ArticleFilter(query=query)
    # One statement for the whole list (pages by OFFSET would redo the search for every page).
    ids = iter_article_ids(db, flt, SortKey.DATE, descending=True)
    while batch := list(itertools.islice(ids, 500)):
        rows = article_rows(db, batch)
        for article_id in batch:
            row = rows[article_id]
            print(f"{row.id}\t{row.date or '----------'}\t{row.title}")
    return EXIT_OK


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
    print(f"version {result.new} against version {result.old}: {result.classification.label}")
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
    from desktop.core.drift import DriftError, article_drift
    from desktop.core.ids import ArticleId

    a, b = (ArticleId(x) for x in args.articles)
    try:
        report = article_drift(db, a, b)
    except DriftError as exc:
        print(f"qalam drift: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for m in report.mismatches:
        text = " ".join(m.text.split())
        print(f"{m.segment}\t{m.side.value}\t{m.kind.value}\t{text}")
    return EXIT_OK
