"""Citations as BibLaTeX: `@article` with `entrysubtype = {newspaper}`, biblatex's newspaper article.

That is how biber, Pandoc (which reads it as article-newspaper) and Zotero's Better BibTeX write
and read newspaper articles. Stock Zotero cannot: its BibTeX import makes every `@article` a
journal article, whatever the subtype; its users should import the RIS or CSL-JSON export.

Text is UTF-8 (biber reads it) with TeX's special characters escaped; `url` is a verbatim field,
so it is only kept brace-safe. Keys are ASCII, made from the site, the year and the article's
UUID, and unique within the file.
"""

from __future__ import annotations

import re
from typing import TextIO

from sqlite_utils import Database

from desktop.core.exports.citation_record import CitationRecord, iter_citations
from desktop.core.ids import ArticleId

# biblatex/babel language names for the languages Qalam tells apart
LANGUAGE_NAMES = {"kk": "kazakh", "ru": "russian", "en": "english"}

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_SPECIAL_RE = re.compile("|".join(re.escape(c) for c in _SPECIAL))


def tex_escape(value: str) -> str:
    """Text as TeX prints it: its special characters escaped, on one line."""
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group()], " ".join(value.split()))


def url_field(url: str) -> str:
    """A verbatim field cannot hold an unbalanced brace or a backslash: percent-encode those."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def entry_key(record: CitationRecord, used: set[str]) -> str:
    site = re.sub(r"[^a-z0-9]", "", record.site.lower())[:24] or "article"
    year = record.date[:4] if record.date else "nd"
    key = f"{site}{year}-{record.uuid[:8]}"
    n = 1
    while key in used:
        n += 1
        key = f"{site}{year}-{record.uuid[:8]}-{n}"
    used.add(key)
    return key


def bibtex_fields(record: CitationRecord) -> list[tuple[str, str]]:
    fields = [("entrysubtype", "newspaper"), ("title", tex_escape(record.title)), ("journaltitle", tex_escape(record.site))]
    if record.date:
        fields.append(("date", record.date))
    if record.url:
        fields.append(("url", url_field(record.url)))
    fields.append(("urldate", record.accessed))
    language = LANGUAGE_NAMES.get(record.language or "")
    if language:
        fields += [("language", language), ("langid", language)]
    fields.append(("note", tex_escape(record.provenance)))
    return fields


def export_bibtex(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    used: set[str] = set()
    count = 0
    for record in iter_citations(db, ids):
        out.write("\n" if count else "")
        out.write(f"@article{{{entry_key(record, used)},\n")
        for name, value in bibtex_fields(record):
            out.write(f"  {name} = {{{value}}},\n")
        out.write("}\n")
        count += 1
    return count
