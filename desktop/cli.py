"""The command line, a contract for scripts: keep these names and meanings.

    qalam [--db PATH] [--demo] [--inbox DIR]          opens the app
    qalam --self-test                                 headless check of the app (and of a packaged build)
    qalam import [--db PATH] PATH...                  files or folders (recursive: *.txt, *.txt.gz)
    qalam export [--db PATH] --format FORMAT [--annotations] [-o FILE]   formats: core/exports/registry.py
    qalam search [--db PATH] QUERY                    id, ISO date, title per matching article
    qalam stats  [--db PATH]                          counts of dumps, articles, versions, occurrences, tags
    qalam diff   [--db PATH] ARTICLE_ID [VERSION_A VERSION_B] [--ignore punctuation,case,whitespace]
                                                      word diff ([-old-]{+new+}), then the classification
    qalam kwic | freq | collocates ...                the corpus views (cli_corpus.py)

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

    from desktop.core.exports.registry import FORMATS, cli_form, format_names

    formats = "; ".join(f"{cli_form(f)}: {f.description}" for f in FORMATS)
    p_export = commands.add_parser("export", parents=[db_option], help="export the library", description=f"Formats: {formats}.")
    p_export.add_argument("--format", required=True, choices=format_names())
    p_export.add_argument(
        "--annotations", action="store_true", help="the format's one-row-per-annotation form (csv), instead of one per article"
    )
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

    from desktop import cli_corpus

    cli_corpus.add_commands(commands, db_option)
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
    from desktop.core.store import LibraryError, default_library_path, open_library

    path = args.db or default_library_path()
    try:
        db = open_library(path)
    except LibraryError as exc:
        print(f"qalam: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        from desktop import cli_corpus

        handler = {"import": _import, "export": _export, "search": _search, "stats": _stats, "diff": _diff,
                   "kwic": cli_corpus.kwic, "freq": cli_corpus.freq, "collocates": cli_corpus.collocates}[args.command]  # fmt: skip
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
    from desktop.core.exports.registry import Scope, find_format, scopes_of
    from desktop.core.exports.writing import write_export_file

    fmt = find_format(args.format, Scope.ANNOTATIONS if args.annotations else None)
    if fmt is None:
        forms = " and ".join(s.value for s in scopes_of(args.format))
        print(f"qalam export: --annotations does not apply to --format {args.format}, which exports {forms}", file=sys.stderr)
        return EXIT_USAGE
    if args.output is None:
        fmt.write(db, sys.stdout.buffer if fmt.binary else sys.stdout, None)
        return EXIT_OK
    result = write_export_file(db, fmt, args.output)
    print(f"exported {result.summary()} to {args.output}", file=sys.stderr)
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
