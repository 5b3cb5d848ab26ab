"""The coding commands of the command line (issue 14); cli.py adds them to its parser.

    qalam codes [--db PATH]                                   the codebook as a tree, with counts
    qalam import-codebook [--db PATH] FILE.qdc
    qalam import-project  [--db PATH] FILE.qdpx
    qalam cooccurrence [--db PATH] [--level passage|article]  CSV: code_a,code_b,count
    qalam agreement [--db PATH] --coders A,B[,C] [--level article|passage]
            one line per code: code<TAB>percent<TAB>kappa<TAB>alpha, then the overall figures

Exports (`--format qdpx`, `--format qdc`) are in the export registry like every other format.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parsers(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    commands.add_parser("codes", parents=[db_option], help="the codebook as a tree, with counts of passages and articles")
    p = commands.add_parser("import-codebook", parents=[db_option], help="add a REFI-QDA codebook (.qdc) to the library's")
    p.add_argument("file", type=Path, metavar="FILE.qdc")
    p = commands.add_parser(
        "import-project", parents=[db_option], help="import a REFI-QDA project (.qdpx): codes, codings, coders, notes"
    )
    p.add_argument("file", type=Path, metavar="FILE.qdpx")
    p = commands.add_parser(
        "cooccurrence", parents=[db_option], help="how often codes occur together, as CSV: code_a,code_b,count"
    )
    p.add_argument("--level", choices=("passage", "article"), default="passage")
    p = commands.add_parser(
        "agreement", parents=[db_option], help="inter-coder agreement per code: percent, Cohen's kappa, Krippendorff's alpha"
    )
    p.add_argument("--coders", required=True, metavar="A,B[,C]")
    p.add_argument("--level", choices=("article", "passage"), default="article")


def _codes(db, args: argparse.Namespace) -> int:
    from desktop.core.coding.codebook import code_tree

    nodes = code_tree(db)
    if not nodes:
        print("the codebook is empty", file=sys.stderr)
    for node in nodes:
        count = node.count
        print(
            f"{'  ' * node.depth}{node.code.name}\t{count.passages} passage{'s' * (count.passages != 1)}\t{count.articles} article{'s' * (count.articles != 1)}"
        )
    return EXIT_OK


def _import(db, args: argparse.Namespace, *, project: bool) -> int:
    from desktop.core.coding.refi_import import RefiError, import_codebook, import_project

    try:
        report = import_project(db, args.file) if project else import_codebook(db, args.file)
    except (RefiError, OSError) as exc:
        print(f"qalam: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr)
    print(report.summary())
    return EXIT_OK


def _cooccurrence(db, args: argparse.Namespace) -> int:
    from desktop.core.coding.agreement import Level
    from desktop.core.coding.cooccurrence import cooccurrence

    matrix = cooccurrence(db, Level(args.level))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["code_a", "code_b", "count"])
    for i, a in enumerate(matrix.codes):
        for b in matrix.codes[i:]:
            if matrix.count(a, b):
                writer.writerow([matrix.paths[a], matrix.paths[b], matrix.count(a, b)])
    return EXIT_OK


def _figure(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _agreement(db, args: argparse.Namespace) -> int:
    from desktop.core.coding.agreement import Level, agreement_report
    from desktop.core.coding.codings import coders as known_coders

    names = [n.strip() for n in args.coders.split(",") if n.strip()]
    if len(set(names)) < 2:
        print("qalam agreement: name two or more coders, separated by commas", file=sys.stderr)
        return EXIT_USAGE
    unknown = [n for n in names if n not in known_coders(db)]
    if unknown:
        print(
            f"qalam agreement: no codings by {', '.join(unknown)}; coders: {', '.join(known_coders(db)) or 'none'}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    report = agreement_report(db, names, Level(args.level))
    unit = "articles" if report.level is Level.ARTICLE else "characters"
    for row in report.per_code:
        a = row.agreement
        print(f"{row.path}\t{_figure(a.percent, 1)}\t{_figure(a.kappa)}\t{_figure(a.alpha)}")
    o = report.overall
    print(f"overall\t{_figure(o.percent, 1)}\t{_figure(o.kappa)}\t{_figure(o.alpha)}")
    print(
        f"{report.articles} article{'s' * (report.articles != 1)} coded by all of {', '.join(report.coders)}; {int(o.units):,} {unit} × codes compared",
        file=sys.stderr,
    )
    return EXIT_OK


HANDLERS = {
    "codes": _codes,
    "import-codebook": lambda db, args: _import(db, args, project=False),
    "import-project": lambda db, args: _import(db, args, project=True),
    "cooccurrence": _cooccurrence,
    "agreement": _agreement,
}
