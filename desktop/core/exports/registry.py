"""The export formats, in one registry: a new format is one entry here.

Each format names what it exports (articles or annotations), its file suffix, the label the
File ▸ Export menu shows, and the function that writes it. The CLI's `--format` choices and the
window's menu are generated from `FORMATS`, and both write through `writing.write_export_file`.

A writer is `f(db, out, ids) -> count`; one that needs what only the person exporting knows
(their name, for the W3C `creator`) sets `uses_options` and gets the `ExportOptions` as a fourth
argument. A format with `bom` starts with a UTF-8 byte-order mark unless the options say no:
writing.py adds it, so every writer writes plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import IO

from sqlite_utils import Database

from desktop.core.coding.refi_export import export_qdc, export_qdpx
from desktop.core.exports.annotation_csv import export_annotations_csv
from desktop.core.exports.annotation_w3c import export_w3c
from desktop.core.exports.article_csv import export_csv
from desktop.core.exports.article_json import export_json
from desktop.core.exports.article_markdown import export_markdown
from desktop.core.exports.citation_bibtex import export_bibtex
from desktop.core.exports.citation_csl import export_csl_json
from desktop.core.exports.citation_ris import export_ris
from desktop.core.exports.options import DEFAULT_OPTIONS, ExportOptions
from desktop.core.ids import ArticleId

Writer = Callable[..., int]  # (db, out, ids) -> count, or (db, out, ids, options) with `uses_options`


class Scope(Enum):
    """What a format holds, and so what its count counts."""

    ARTICLES = "articles"
    ANNOTATIONS = "annotations"
    CODES = "codes"

    def noun(self, count: int) -> str:
        singular = self.value[:-1]
        return singular if count == 1 else self.value


@dataclass(frozen=True)
class ExportFormat:
    name: str  # the CLI's --format value; with the scope, the format's key
    scope: Scope
    label: str  # the File ▸ Export menu's entry
    suffix: str  # file suffix, without the dot
    description: str  # one line, for --help and the menu's status tip
    write: Writer
    binary: bool = False
    bom: bool = False  # text that opens with a UTF-8 byte-order mark (for Excel), unless the options say no
    uses_options: bool = False  # the writer takes the ExportOptions too
    stem: str = ""  # the file name the save dialog offers, before the suffix ("" for the scope's default)

    def run(self, db: Database, out: IO, ids: list[ArticleId] | None, options: ExportOptions = DEFAULT_OPTIONS) -> int:
        """Write the export to `out` (a text stream, or bytes for `binary`); returns how many it holds."""
        if self.bom and options.bom:
            out.write("\ufeff")
        return self.write(db, out, ids, options) if self.uses_options else self.write(db, out, ids)

    @property
    def key(self) -> str:
        return self.name if self.scope is Scope.ARTICLES else f"{self.name}-{self.scope.value}"


@dataclass(frozen=True)
class ExportResult:
    count: int
    scope: Scope

    def summary(self) -> str:
        return f"{self.count:,} {self.scope.noun(self.count)}"


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("json", Scope.ARTICLES, "JSON…", "json", "articles with versions, tags and annotations (Qalam's documented shape)", export_json),
    ExportFormat("markdown", Scope.ARTICLES, "Markdown (with highlights and notes)…", "md", "articles to read, with highlights and notes", export_markdown),
    ExportFormat("csv", Scope.ARTICLES, "CSV, One Row per Article…", "csv", "one row per article, for spreadsheets (UTF-8 with a byte-order mark)", export_csv, bom=True),
    ExportFormat("w3c", Scope.ANNOTATIONS, "Annotations as W3C Web Annotation JSON-LD…", "jsonld", "annotations as W3C Web Annotation JSON-LD (Hypothesis and other annotation tools read it; qalam import-annotations reads it back)", export_w3c, uses_options=True),
    ExportFormat("csv", Scope.ANNOTATIONS, "Annotations as CSV…", "csv", "one row per annotation, for spreadsheets and QDA tools (UTF-8 with a byte-order mark)", export_annotations_csv, bom=True),
    ExportFormat("qdpx", Scope.ARTICLES, "REFI-QDA Project (.qdpx)…", "qdpx", "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder: versions, codes, codings, coders, notes", export_qdpx, binary=True),
    ExportFormat("qdc", Scope.CODES, "REFI-QDA Codebook (.qdc)…", "qdc", "the codebook alone, as a REFI-QDA codebook", export_qdc, binary=True),
    ExportFormat("csl-json", Scope.ARTICLES, "Citations as CSL-JSON (Zotero, Pandoc)…", "json", "citations as CSL-JSON (Zotero, Mendeley, Pandoc, citeproc)", export_csl_json, stem="qalam-citations"),
    ExportFormat("ris", Scope.ARTICLES, "Citations as RIS (Zotero, EndNote)…", "ris", "citations as RIS (Zotero, EndNote, Mendeley)", export_ris, stem="qalam-citations"),
    ExportFormat("bibtex", Scope.ARTICLES, "Citations as BibLaTeX…", "bib", "citations as BibLaTeX @article with entrysubtype newspaper (biber, Pandoc, Better BibTeX)", export_bibtex, stem="qalam-citations"),
)  # fmt: skip


def format_names() -> tuple[str, ...]:
    """The CLI's --format choices, in registry order."""
    return tuple(dict.fromkeys(f.name for f in FORMATS))


def find_format(name: str, scope: Scope | None = None) -> ExportFormat | None:
    """The format of that name; with no scope, its articles form if it has one, else its only form."""
    matches = [f for f in FORMATS if f.name == name and (scope is None or f.scope is scope)]
    if scope is None and len(matches) > 1:
        matches = [f for f in matches if f.scope is Scope.ARTICLES]
    return matches[0] if matches else None


def scopes_of(name: str) -> tuple[Scope, ...]:
    return tuple(f.scope for f in FORMATS if f.name == name)


def cli_form(fmt: ExportFormat) -> str:
    """How the command line asks for a format: `csv`, or `csv --annotations` for its other form."""
    return f"{fmt.name} --annotations" if fmt.scope is Scope.ANNOTATIONS and len(scopes_of(fmt.name)) > 1 else fmt.name
