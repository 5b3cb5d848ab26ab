"""Read an annotations file into neutral records: W3C Web Annotation JSON-LD (Qalam's export,
Hypothesis's, any conformant tool's) and the Hypothesis client's JSON export.

Accepted shapes: one Annotation, a JSON array of them, an AnnotationPage, an AnnotationCollection
with its pages embedded, and the Hypothesis client's `{"export_date", "annotations": [...]}`.
Documents are read in the compact form the standard context (anno.jsonld) gives, which the model
requires every annotation to use; Qalam's own terms are read only where the file declares
Qalam's namespace, so another tool's `color` is never taken for Qalam's.

Only the TextQuoteSelector places a passage: a TextPositionSelector is a hint, since Hypothesis
counts UTF-16 units over a web page's DOM, not code points over Qalam's text. It is trusted only
together with the text it counts in (Qalam's `versionSha256`).

Each record keeps an identity: a `urn:uuid:` id is the UUID; any other id (Hypothesis's
`https://hypothes.is/a/…`) gives a UUID derived from it, the same for both Hypothesis forms.
Annotations that cannot be imported (no target, an empty quote) are listed with the reason.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.core.anchoring import AnchorStatus, TextQuote
from desktop.core.clock import now_iso
from desktop.core.exports.w3c_vocabulary import (
    QALAM_NAMESPACE,
    library_datetime,
    sha256_of_named_information,
    uuid_of_iri,
)
from desktop.core.ids import Uuid

MAX_FILE_BYTES = 1024**3
HYPOTHESIS_ANNOTATION = "https://hypothes.is/a/"


class AnnotationFileError(ValueError):
    """A file that is not an annotations file Qalam can read; the message says why."""


@dataclass(frozen=True)
class IncomingCoding:
    uuid: str | None
    code_uuid: str | None
    path: str
    coder: str
    created: str | None


@dataclass(frozen=True)
class IncomingAnchor:
    version_sha256: str
    status: AnchorStatus
    start: int | None
    end: int | None


@dataclass(frozen=True)
class IncomingAnnotation:
    uuid: Uuid
    label: str  # how the report names it: its id, or the start of its quote
    source: str | None  # the target's source: a web address or a urn:uuid:
    article_uuid: str | None  # Qalam's article identity, when the file is Qalam's
    title: str | None  # the article's title and site, when the file is Qalam's
    site: str | None
    quote: TextQuote | None  # None: a note on the whole article
    position: tuple[int, int] | None  # a hint, or exact with version_sha256
    version_sha256: str | None  # the text it was made on
    note: str
    color_slot: int | None
    color_name: str | None
    tags: tuple[str, ...]  # tagging bodies that are not a Qalam colour
    codings: tuple[IncomingCoding, ...]
    anchors: tuple[IncomingAnchor, ...]
    created: str
    modified: str


@dataclass(frozen=True)
class Skipped:
    label: str
    reason: str


@dataclass(frozen=True)
class AnnotationFile:
    kind: str  # "W3C Web Annotation" or "Hypothesis export"
    annotations: tuple[IncomingAnnotation, ...]
    skipped: tuple[Skipped, ...]


def read_annotation_file(path: Path) -> AnnotationFile:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AnnotationFileError(f"{path.name} is {size / 1024**3:.1f} GB; an annotations file may be at most 1 GB")
        raw = path.read_bytes()
    except OSError as exc:
        raise AnnotationFileError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    return read_annotations(raw, path.name)


def read_annotations(raw: bytes, name: str = "the file") -> AnnotationFile:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise AnnotationFileError(f"{name} is not UTF-8 text (byte {exc.start}), so not JSON-LD or JSON") from exc
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(f"{name} is not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    if (
        isinstance(data, dict)
        and isinstance(data.get("annotations"), list)
        and ("export_date" in data or "client_version" in data)
    ):
        return _collect("Hypothesis export", ((item, False, True) for item in data["annotations"]))
    documents = list(_documents(data, name))
    if not documents:
        raise AnnotationFileError(f"{name} holds no annotations")
    return _collect(_kind(documents), iter(documents))


def _kind(documents: list[tuple[object, bool, bool]]) -> str:
    """What made the file, as the report names it."""
    if all(api for _, _, api in documents):
        return "Hypothesis export"
    ids = [d.get("id") for d, _, _ in documents if isinstance(d, dict)]
    if ids and all(isinstance(i, str) and i.startswith(HYPOTHESIS_ANNOTATION) for i in ids):
        return "Hypothesis JSON-LD"
    if any(qalam for _, qalam, _ in documents):
        return "Qalam's W3C export"
    return "W3C Web Annotation"


def _types(node: dict) -> set[str]:
    value = node.get("type", node.get("@type"))
    values = value if isinstance(value, list) else [value]
    return {v.split(":")[-1] for v in values if isinstance(v, str)}


def _declares_qalam(context: object) -> bool:
    contexts = context if isinstance(context, list) else [context]
    return any(isinstance(c, dict) and c.get("qalam") == QALAM_NAMESPACE for c in contexts)


def _documents(data: object, name: str, qalam: bool = False) -> Iterator[tuple[object, bool, bool]]:
    """(annotation, whether Qalam's terms are declared for it, whether it is a Hypothesis API object)."""
    if isinstance(data, list):
        for item in data:
            yield from _documents(item, name, qalam)
        return
    if not isinstance(data, dict):
        raise AnnotationFileError(f"{name} is not a W3C Web Annotation file or a Hypothesis export")
    qalam = qalam or _declares_qalam(data.get("@context"))
    types = _types(data)
    if "Annotation" in types:
        yield data, qalam, False
    elif "AnnotationCollection" in types:
        page = data.get("first")
        if isinstance(page, str) or (page is None and data.get("total")):
            raise AnnotationFileError(
                f"{name} names its pages ({page or 'none given'}) but does not hold them; export them into the file"
            )
        while isinstance(page, dict):
            yield from _documents(page, name, qalam)
            page = page.get("next")
            if isinstance(page, str):
                raise AnnotationFileError(f"{name} names a further page ({page}) but does not hold it")
    elif "AnnotationPage" in types:
        for item in data.get("items") or []:
            yield from _documents(item, name, qalam)
    elif "uri" in data and "target" in data:  # a Hypothesis API object, gathered by hand
        yield data, False, True
    else:
        raise AnnotationFileError(f"{name} is not a W3C Web Annotation file or a Hypothesis export (no Annotation in it)")


def _collect(kind: str, documents: Iterator[tuple[object, bool, bool]]) -> AnnotationFile:
    annotations: list[IncomingAnnotation] = []
    skipped: list[Skipped] = []
    for number, (document, qalam, api) in enumerate(documents, 1):
        if not isinstance(document, dict):
            skipped.append(Skipped(f"annotation {number}", "not an annotation object"))
            continue
        try:
            annotations.append(
                _from_api(document) if api else _from_w3c(document, qalam or _declares_qalam(document.get("@context")))
            )
        except _Unusable as exc:
            skipped.append(Skipped(_label(document, number), str(exc)))
    return AnnotationFile(kind, tuple(annotations), tuple(skipped))


class _Unusable(Exception):
    pass


def _label(document: dict, number: int) -> str:
    ident = document.get("id", document.get("@id"))
    return str(ident) if isinstance(ident, str) and ident else f"annotation {number}"


def _identity(ident: object, fallback: str) -> Uuid:
    if isinstance(ident, str) and ident:
        return Uuid(uuid_of_iri(ident) or str(uuid.uuid5(uuid.NAMESPACE_URL, ident)))
    return Uuid(str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:qalam:anonymous-annotation:{fallback}")))


def _times(created: object, modified: object) -> tuple[str, str]:
    made = library_datetime(created) or library_datetime(modified) or now_iso()
    return made, library_datetime(modified) or made


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _selectors(target: dict) -> list[dict]:
    """Every selector of the target, refinements included."""
    found: list[dict] = []
    pending = [s for s in _as_list(target.get("selector")) if isinstance(s, dict)]
    while pending:
        selector = pending.pop(0)
        found.append(selector)
        pending.extend(s for s in _as_list(selector.get("refinedBy")) if isinstance(s, dict))
    return found


def _quote_and_position(target: dict) -> tuple[TextQuote | None, tuple[int, int] | None, bool]:
    """The quote, a position hint (top-level selectors only), and whether a passage was selected at all."""
    selectors = _selectors(target)
    quote = next((s for s in selectors if "TextQuoteSelector" in _types(s)), None)
    position = next(
        (s for s in _as_list(target.get("selector")) if isinstance(s, dict) and "TextPositionSelector" in _types(s)), None
    )
    hint = None
    if position is not None and isinstance(position.get("start"), int) and isinstance(position.get("end"), int):
        if 0 <= position["start"] < position["end"]:
            hint = (position["start"], position["end"])
    if quote is None:
        return None, hint, bool(selectors)
    return TextQuote(_text(quote.get("exact")), _text(quote.get("prefix")), _text(quote.get("suffix"))), hint, True


def _target(document: dict) -> dict:
    for target in _as_list(document.get("target")):
        if isinstance(target, str) and target:
            return {"source": target}
        if isinstance(target, dict):
            source = target.get("source", target.get("id"))
            if isinstance(source, dict):
                source = source.get("id")
            if isinstance(source, str) and source:
                return {**target, "source": source}
    raise _Unusable("it has no target naming a page")


def _from_w3c(document: dict, qalam: bool) -> IncomingAnnotation:
    target = _target(document)
    quote, hint, selected = _quote_and_position(target)
    if selected and (quote is None or not quote.exact):
        raise _Unusable("its passage has no TextQuoteSelector with text (only selectors Qalam cannot place on a text)")
    notes: list[str] = []
    tags: list[str] = []
    color_slot: int | None = None
    color_name: str | None = None
    codings: list[IncomingCoding] = []
    bodies = _as_list(document.get("body"))
    if isinstance(document.get("bodyValue"), str):
        bodies.append({"type": "TextualBody", "value": document["bodyValue"]})
    for body in bodies:
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue  # a body that is a web resource: nothing Qalam can keep
        purposes = {p.split(":")[-1] for p in _as_list(body.get("purpose")) if isinstance(p, str)} or {""}
        value = body["value"]
        if "classifying" in purposes and qalam:
            creator = body.get("creator")
            coder = creator.get("name") if isinstance(creator, dict) else creator
            codings.append(
                IncomingCoding(
                    uuid_of_iri(body.get("coding")) or uuid_of_iri(body.get("id")),
                    uuid_of_iri(body.get("code")),
                    value,
                    _text(coder) or "imported",
                    library_datetime(body.get("created")),
                )
            )
        elif "tagging" in purposes or "classifying" in purposes:
            slot = body.get("colorSlot") if qalam else None
            if qalam and isinstance(slot, int) and color_slot is None:
                color_slot, color_name = slot, value
            else:
                tags.append(value)
        elif value.strip():  # commenting, describing, replying…: what the person wrote
            notes.append(value)
    version_sha = _text(target.get("versionSha256")) if qalam else ""
    state = target.get("state")
    if not version_sha and isinstance(state, dict):
        version_sha = sha256_of_named_information(state.get("cached")) or ""
    anchors = tuple(_anchors(target.get("anchors"))) if qalam else ()
    created, modified = _times(document.get("created"), document.get("modified"))
    ident = document.get("id", document.get("@id"))
    label = ident if isinstance(ident, str) and ident else (quote.exact[:40] if quote else "a note")
    return IncomingAnnotation(
        uuid=_identity(ident, json.dumps(document, sort_keys=True)),
        label=label,
        source=target["source"],
        article_uuid=uuid_of_iri(target.get("article")) if qalam else None,
        title=_text(target.get("title")) or None if qalam else None,
        site=_text(target.get("publisher")) or None if qalam else None,
        quote=quote,
        position=hint,
        version_sha256=version_sha or None,
        note="\n\n".join(notes),
        color_slot=color_slot,
        color_name=color_name,
        tags=tuple(tags),
        codings=tuple(codings),
        anchors=anchors,
        created=created,
        modified=modified,
    )


def _anchors(value: object) -> Iterator[IncomingAnchor]:
    for item in _as_list(value):
        if not isinstance(item, dict) or not isinstance(item.get("versionSha256"), str):
            continue
        try:
            status = AnchorStatus(item.get("anchorStatus"))
        except ValueError:
            continue
        start, end = item.get("anchorStart"), item.get("anchorEnd")
        placed = isinstance(start, int) and isinstance(end, int) and 0 <= start < end
        if status is not AnchorStatus.ORPHAN and not placed:
            continue
        yield IncomingAnchor(item["versionSha256"], status, start if placed else None, end if placed else None)


def _from_api(document: dict) -> IncomingAnnotation:
    """A Hypothesis API object (the client's JSON export), as its JSON-LD form would read."""
    ident = document.get("id")
    iri = f"{HYPOTHESIS_ANNOTATION}{ident}" if isinstance(ident, str) and ident else None
    target = _target(
        {
            "target": [
                {**t, "source": t.get("source") or document.get("uri")}
                for t in _as_list(document.get("target"))
                if isinstance(t, dict)
            ]
        }
    )
    quote, hint, selected = _quote_and_position(target)
    if selected and (quote is None or not quote.exact):
        raise _Unusable("its passage has no TextQuoteSelector with text")
    created, modified = _times(document.get("created"), document.get("updated"))
    text = _text(document.get("text"))
    return IncomingAnnotation(
        uuid=_identity(iri, json.dumps(document, sort_keys=True)),
        label=iri or (quote.exact[:40] if quote else "a note"),
        source=target["source"],
        article_uuid=None,
        title=None,
        site=None,
        quote=quote,
        position=hint,
        version_sha256=None,
        note=text if text.strip() else "",
        color_slot=None,
        color_name=None,
        tags=tuple(t for t in _as_list(document.get("tags")) if isinstance(t, str) and t.strip()),
        codings=(),
        anchors=(),
        created=created,
        modified=modified,
    )
