"""The annotation-import command of the command line; cli.py adds it to its parser.

    qalam import-annotations [--db PATH] FILE.jsonld    W3C Web Annotation JSON-LD (Qalam's export,
                                                        Hypothesis's) or the Hypothesis client's JSON export

It prints what happened (matched, placed exactly or approximately, orphaned, skipped and why)
and exits 0 once the file was read, 1 when it cannot be read (the line says why; nothing is
written), so a script can tell a bad file from annotations that found no article.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def add_parsers(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "import-annotations",
        parents=[db_option],
        help="import W3C Web Annotation JSON-LD (Qalam's export, Hypothesis's) or a Hypothesis JSON export",
    )
    p.add_argument("file", type=Path, metavar="FILE.jsonld")


def _import_annotations(db, args: argparse.Namespace) -> int:
    from desktop.core.annotation_import.importing import import_annotation_file
    from desktop.core.annotation_import.reading import AnnotationFileError

    try:
        report = import_annotation_file(db, args.file)
    except AnnotationFileError as exc:
        print(f"qalam import-annotations: {exc}; nothing was imported", file=sys.stderr)
        return EXIT_FAILED
    for line in report.summary():
        print(line)
    return EXIT_OK


HANDLERS = {"import-annotations": _import_annotations}
