"""What Qalam's REFI-QDA export and import share: namespaces, GUIDs, dates, and the identities of what has none.

REFI-QDA (www.qdasoftware.org) is the exchange standard of NVivo, ATLAS.ti, MAXQDA and QualCoder:
a project is a zip (`.qdpx`) holding `project.qde` (XML, namespace `urn:QDA-XML:project:1.0`)
and the sources' plain text under `sources/`; a codebook alone is a `.qdc` (`urn:QDA-XML:codebook:1.0`).
Positions are Unicode code points, the end exclusive. GUIDs are Qalam's UUIDs; what has no UUID
of its own gets one derived from what it belongs to (identity.derived_uuid), so exporting twice
writes the same GUIDs and importing an export puts back the same rows.
"""

from __future__ import annotations

import re

from desktop.core.identity import derived_uuid
from desktop.core.ids import Uuid

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
# A highlight's colour, which REFI has no place for, travels in its selection's Description.
HIGHLIGHT_PREFIX = "Qalam highlight: "


def guid(value: str | None) -> Uuid | None:
    """A GUID as Qalam stores a UUID: lower case, no braces (ATLAS.ti writes upper case); None if it is not one."""
    m = _GUID.match((value or "").strip())
    return Uuid(m.group(1).lower()) if m else None


def xml_datetime(stored: str | None) -> str | None:
    """Qalam's UTC ISO time as xsd:dateTime with a Z."""
    if not stored:
        return None
    return stored.replace("+00:00", "Z") if "T" in stored else None


def stored_datetime(value: str | None) -> str | None:
    """An xsd:dateTime from a file as Qalam stores times (UTC, to the second), or None."""
    import datetime as dt

    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).isoformat(timespec="seconds")


def coder_guid(name: str) -> Uuid:
    return derived_uuid("coder", name)


def version_guid(article: Uuid, sha256: str) -> Uuid:
    return derived_uuid("version", article, sha256)


def highlight_note_guid(annotation: Uuid) -> Uuid:
    return derived_uuid("annotation-note", annotation)


def note_selection_guid(annotation: Uuid) -> Uuid:
    return derived_uuid("annotation-note-selection", annotation)


def memo_guid(code: Uuid) -> Uuid:
    return derived_uuid("code-memo", code)
