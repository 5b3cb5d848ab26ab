"""The words Qalam's W3C Web Annotation files use beyond the standard's, and how times and ids are written.

The standard context (anno.jsonld) has no term for an article's title, its site, the version of
its text an annotation was made on, or Qalam's colours and anchors. Left undeclared, a JSON-LD
processor drops such keys, or reads "qalam:x" as an IRI of the scheme "qalam". So every one is
declared in a second context object, under a namespace of Qalam's own, and Dublin Core is used
where it has the word (title, publisher).

The namespace is a `urn:uuid:` IRI: Qalam has no web domain, and a UUID URN is one nobody else
can mint, unlike an invented domain or URN namespace. (It is identity.derived_uuid("vocabulary",
"w3c-annotations"), written out: files already exported must keep meaning the same.)
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
QALAM_NAMESPACE = "urn:uuid:c2589821-e3d2-5d20-bfeb-76eb7a7b2d1c#"

QALAM_CONTEXT: dict[str, object] = {
    "qalam": QALAM_NAMESPACE,
    "title": "dcterms:title",  # the article's title, on the target
    "publisher": "dcterms:publisher",  # the site that printed it
    "article": {"@id": "qalam:article", "@type": "@id"},  # urn:uuid: of the article, the same in every library
    "versionSha256": "qalam:versionSha256",  # the text the annotation was made on (an anchor's version)
    "dump": "qalam:dump",  # the dump file that version was first seen in
    "color": "qalam:color",  # a highlight colour, #rrggbb (on the tagging body naming it)
    "colorSlot": {"@id": "qalam:colorSlot", "@type": "xsd:integer"},  # Qalam's colour slot, 1-6
    "code": {"@id": "qalam:code", "@type": "@id"},  # urn:uuid: of a code, on a classifying body
    "coding": {"@id": "qalam:coding", "@type": "@id"},  # urn:uuid: of the coding a classifying body is
    "anchors": {"@id": "qalam:anchors", "@container": "@list"},  # where it lies on each version
    "anchorStatus": "qalam:anchorStatus",  # exact | fuzzy | orphan
    "anchorStart": {"@id": "qalam:anchorStart", "@type": "xsd:nonNegativeInteger"},
    "anchorEnd": {"@id": "qalam:anchorEnd", "@type": "xsd:nonNegativeInteger"},
}
CONTEXT: list[object] = [ANNO_CONTEXT, QALAM_CONTEXT]

PLAIN_TEXT = "text/plain"


def w3c_datetime(stored: str | None) -> str | None:
    """A library time as the model requires it: xsd:dateTime in UTC with a literal "Z"."""
    parsed = parse_datetime(stored)
    return None if parsed is None else parsed.strftime("%Y-%m-%dT%H:%M:%SZ")


def library_datetime(text: object) -> str | None:
    """A time from a file as the library stores it (clock.now_iso: UTC to the second, "+00:00")."""
    parsed = parse_datetime(text)
    return None if parsed is None else parsed.isoformat(timespec="seconds")


def parse_datetime(text: object) -> dt.datetime | None:
    """Any ISO 8601 date-time ("…Z", "+05:00", microseconds) in UTC; naive times are taken as UTC."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).replace(microsecond=0)


def uuid_iri(value: str) -> str:
    return f"urn:uuid:{value}"


def uuid_of_iri(iri: object) -> str | None:
    """The UUID of a `urn:uuid:` IRI, or None."""
    if isinstance(iri, str) and iri.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(iri[9:]))
        except ValueError:
            return None
    return None


def named_information(sha256_hex: str) -> str:
    """RFC 6920's name for content by its hash: what `cached` points at is exactly that text."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256_hex)).decode("ascii").rstrip("=")
    return f"ni:///sha-256;{digest}"


def sha256_of_named_information(iri: object) -> str | None:
    if not isinstance(iri, str) or not iri.startswith("ni:///sha-256;"):
        return None
    encoded = iri[len("ni:///sha-256;") :]
    try:
        raw = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
    except ValueError:
        return None
    return raw.hex() if len(raw) == 32 else None
