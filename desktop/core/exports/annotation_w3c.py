"""Annotations as W3C Web Annotation JSON-LD, the interchange standard Hypothesis and other tools read.

The export is one AnnotationCollection with its one page embedded, both with `urn:uuid:` ids.
Each annotation keeps its UUID as its IRI, so it is the same annotation in every export and on
every device, and `qalam import-annotations` can tell it is already there.

Its target is the article (its web address, or its `urn:uuid:` when it has none) as a
SpecificResource in the state it was read: a TimeState whose `sourceDate` is when that version
of the text was first seen (its dump's import) and whose `cached` copy is that very text, named
by its SHA-256 (RFC 6920). The passage is a TextQuoteSelector plus a TextPositionSelector in
code points of that text. Qalam's own data (the version's hash and dump, colours, where the
passage lies on every version of the article) sits under the declared `qalam` terms of
w3c_vocabulary.py, so JSON-LD expansion keeps all of it.

Times are UTC with "Z", as the model requires. Bodies and targets carry `format` and `language`:
a note's language is the user's (given in the options; "und" when unknown), an article's is told
from its text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TextIO

from sqlite_utils import Database

from desktop import __version__
from desktop.core.anchors_text import detect_language
from desktop.core.annotations import Annotation, HighlightColor
from desktop.core.clock import now_iso
from desktop.core.coding.codebook import code_tree
from desktop.core.coding.codings import annotation_codings
from desktop.core.exports.annotated_articles import AnnotatedArticle, iter_annotations
from desktop.core.exports.annotation_json import color_map
from desktop.core.exports.options import DEFAULT_OPTIONS, ExportOptions
from desktop.core.exports.w3c_vocabulary import CONTEXT, PLAIN_TEXT, named_information, uuid_iri, w3c_datetime
from desktop.core.identity import article_uuids, new_uuid
from desktop.core.ids import ArticleId, VersionId

LANGUAGE_SAMPLE = 4000  # characters of an article's text its language is told from


@dataclass(frozen=True)
class _VersionFacts:
    sha256: str
    dump: str
    seen: str  # when its first dump was imported


@dataclass(frozen=True)
class _ArticleFacts:
    article: AnnotatedArticle
    uuid: str
    language: str | None
    versions: dict[VersionId, _VersionFacts]


def _facts(db: Database, article: AnnotatedArticle) -> _ArticleFacts:
    versions: dict[VersionId, _VersionFacts] = {}
    sample = ""
    for version, sha, dump, seen, text in db.execute(
        "SELECT v.id, v.sha256, d.file_name, d.imported_at, substr(v.text, 1, ?) FROM versions v"
        " JOIN dumps d ON d.id = v.first_dump_id WHERE v.article_id = ? ORDER BY v.id",
        [LANGUAGE_SAMPLE, article.id],
    ):
        versions[VersionId(version)] = _VersionFacts(sha, dump, seen)
        sample = sample or text
    ident = article_uuids(db, [article.id])[article.id]
    return _ArticleFacts(article, ident, detect_language(sample) if sample.strip() else None, versions)


def _text_body(value: str, purpose: str, language: str) -> dict[str, object]:
    return {"type": "TextualBody", "value": value, "format": PLAIN_TEXT, "language": language, "purpose": purpose}


def _bodies(db: Database, a: Annotation, color: HighlightColor | None, codes: dict[int, tuple[str, str]], options: ExportOptions) -> list[dict[str, object]]:
    bodies: list[dict[str, object]] = []
    if a.note:
        bodies.append(_text_body(a.note, "commenting", options.language))
    if color is not None:
        bodies.append({**_text_body(color.name, "tagging", options.language), "color": color.color, "colorSlot": color.id})
    for coding in annotation_codings(db, a.id):
        code_uuid, path = codes.get(coding.code_id, ("", ""))
        # The coding's UUID is a Qalam term, not the body's `id`: the suite reads any body with an id as a
        # web resource, which may not have a purpose.
        body: dict[str, object] = {**_text_body(path, "classifying", options.language), "coding": uuid_iri(coding.uuid)}
        body["creator"] = {"type": "Person", "name": coding.coder}
        body["created"] = w3c_datetime(coding.created)
        if code_uuid:
            body["code"] = uuid_iri(code_uuid)
        bodies.append(body)
    return bodies


def _target(facts: _ArticleFacts, a: Annotation) -> dict[str, object]:
    article = facts.article
    target: dict[str, object] = {"type": "SpecificResource", "source": article.source_url or uuid_iri(facts.uuid), "format": PLAIN_TEXT}
    if facts.language:
        target["language"] = facts.language
    target.update({"title": article.title, "publisher": article.source, "article": uuid_iri(facts.uuid)})
    if not a.is_highlight:
        return target
    selectors: list[dict[str, object]] = [{"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix or "", "suffix": a.suffix or ""}]
    if a.start is not None and a.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
    target["selector"] = selectors
    made_on = facts.versions.get(a.version_id) if a.version_id is not None else None
    if made_on is not None:
        target["state"] = {"type": "TimeState", "sourceDate": w3c_datetime(made_on.seen), "cached": named_information(made_on.sha256)}
        target["versionSha256"] = made_on.sha256
        target["dump"] = made_on.dump
    anchors = []
    for info in a.anchors:
        version = facts.versions.get(info.version_id)
        if version is None:
            continue
        placed: dict[str, object] = {"versionSha256": version.sha256, "anchorStatus": info.status.value}
        if info.start is not None and info.end is not None:
            placed.update(anchorStart=info.start, anchorEnd=info.end)
        anchors.append(placed)
    if anchors:
        target["anchors"] = anchors
    return target


def annotation_to_w3c(
    db: Database, facts: _ArticleFacts, a: Annotation, colors: dict[int, HighlightColor], codes: dict[int, tuple[str, str]], options: ExportOptions
) -> dict[str, object]:
    color = colors.get(a.color_id) if a.color_id is not None else None
    bodies = _bodies(db, a, color, codes, options)
    coded = any(b.get("purpose") == "classifying" for b in bodies)
    if coded and not a.note and color is None:
        motivation = "classifying"
    else:
        motivation = "highlighting" if a.is_highlight and not a.note else "commenting"
    item: dict[str, object] = {
        "id": uuid_iri(a.uuid),
        "type": "Annotation",
        "motivation": motivation,
        "created": w3c_datetime(a.created),
        "modified": w3c_datetime(a.modified),
    }
    if options.creator:
        item["creator"] = {"type": "Person", "name": options.creator}
    if bodies:
        item["body"] = bodies
    item["target"] = _target(facts, a)
    return item


def export_w3c(db: Database, out: TextIO, ids: list[ArticleId] | None = None, options: ExportOptions = DEFAULT_OPTIONS) -> int:
    """W3C Web Annotation Data Model: an AnnotationCollection whose one page holds every annotation."""
    colors = color_map(db)
    codes = {n.code.id: (n.code.uuid, n.path) for n in code_tree(db, counts=False)}
    collection, page = uuid_iri(new_uuid()), uuid_iri(new_uuid())
    head = {
        "@context": CONTEXT,
        "id": collection,
        "type": "AnnotationCollection",
        "label": "Qalam annotations",
        "generator": {"type": "Software", "name": f"Qalam {__version__}"},
        "created": w3c_datetime(now_iso()),
    }
    out.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2])  # open: the page and the total follow
    page_head = {"id": page, "type": "AnnotationPage", "partOf": collection, "startIndex": 0}
    out.write(',\n "first": ' + json.dumps(page_head, ensure_ascii=False)[:-1] + ',\n  "items": [')
    count = 0
    facts: _ArticleFacts | None = None
    for article, a in iter_annotations(db, ids):
        if facts is None or facts.article.id != article.id:
            facts = _facts(db, article)
        out.write(",\n   " if count else "\n   ")
        out.write(json.dumps(annotation_to_w3c(db, facts, a, colors, codes, options), ensure_ascii=False))
        count += 1
    out.write("\n  ]\n },\n")
    out.write(f' "last": {json.dumps(page)},\n "total": {count}\n}}\n')
    return count
