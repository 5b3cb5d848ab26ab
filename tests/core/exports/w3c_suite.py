"""The W3C Web Annotation test suite's JSON Schemas, run with jsonschema, and JSON-LD expansion with pyld, offline.

The suite (tests/data/w3c-web-annotation-tests, w3c/web-annotation-tests @adedd9a, W3C BSD
licence) is draft-04 with relative ids: every definitions file is registered under the id it
declares, so `$ref`s resolve without a network. Each assertion is one schema; the `.test` files
list the MUSTs and the optional (SHOULD/MAY) ones. jsonschema checks `format: uri` and
`format: date-time` only when rfc3986-validator and rfc3339-validator are installed, so their
absence fails loudly. The suite cannot check the model's "UTC with Z" rule (RFC 3339 allows
+00:00), so `utc_z_problems` does.

Expansion uses the standard context shipped in tests/data/jsonld (byte for byte, W3C Document
License) through a document loader that refuses every other URL.
"""

from __future__ import annotations

import copy
import json
import re
from functools import cache
from pathlib import Path

from jsonschema import Draft4Validator
from pyld import jsonld
from referencing import Registry
from referencing.jsonschema import DRAFT4

DATA = Path(__file__).resolve().parents[2] / "data"
SUITE = DATA / "w3c-web-annotation-tests"
ANNO_CONTEXT_FILE = DATA / "jsonld" / "anno.jsonld"

TESTS = {
    "annotation": ["annotations/annotationMusts.test"],
    "annotation-optional": ["annotations/annotationOptionals.test", "annotations/annotationsAgentOptionals.test"],
    "collection": ["collections/collectionMusts.test"],
    "collection-optional": ["collections/collectionOptionals.test"],
    "page": ["collections/pages/pageMusts.test"],
    "page-optional": ["collections/pages/pageOptionals.test"],
}
_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
_TIME_KEYS = {"created", "modified", "generated", "sourceDate", "sourceDateStart", "sourceDateEnd"}


@cache
def registry() -> Registry:
    checker = Draft4Validator.FORMAT_CHECKER
    missing = [f for f in ("uri", "date-time") if f not in checker.checkers]
    assert not missing, f"jsonschema cannot check the formats {missing}: install rfc3986-validator and rfc3339-validator"
    resources = []
    for path in sorted((SUITE / "definitions").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"], DRAFT4.create_resource(schema)))
    return Registry().with_resources(resources)


@cache
def assertions(kind: str) -> tuple[dict, ...]:
    found = []
    for test in TESTS[kind]:
        for ref in json.loads((SUITE / test).read_text(encoding="utf-8"))["assertions"]:
            if isinstance(ref, str):  # (the optional lists hold a few inline "or" groups)
                found.append(json.loads((SUITE / ref).read_text(encoding="utf-8")))
    return tuple(found)


def failures(document: dict, kind: str) -> list[str]:
    """The assertion ids of `kind` the document fails, with jsonschema's reason."""
    failed = []
    for schema in assertions(kind):
        validator = Draft4Validator(schema, registry=registry(), format_checker=Draft4Validator.FORMAT_CHECKER)
        errors = list(validator.iter_errors(document))
        if errors:
            failed.append(f"{schema['id']}: {errors[0].message[:200]}")
    return failed


def utc_z_problems(node: object, path: str = "$") -> list[str]:
    """Model 3.3.1 and 4.3.1: created, modified, generated and the state's dates MUST be UTC written with Z."""
    problems: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _TIME_KEYS and not (isinstance(value, str) and _Z.match(value)):
                problems.append(f"{path}.{key} = {value!r}")
            problems += utc_z_problems(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            problems += utc_z_problems(value, f"{path}[{i}]")
    return problems


def items(collection: dict) -> list[dict]:
    """The annotations of an exported collection, each with the collection's @context (the suite
    checks @context on the annotation itself)."""
    found = []
    page = collection.get("first")
    while isinstance(page, dict):
        found += [{"@context": collection["@context"], **item} for item in page.get("items", [])]
        page = page.get("next")
    return found


def _offline_loader(url: str, options: dict | None = None) -> dict:
    if url not in ("http://www.w3.org/ns/anno.jsonld", "https://www.w3.org/ns/anno.jsonld"):
        raise jsonld.JsonLdError(f"offline: no local copy of {url}", "jsonld.LoadDocumentError", code="loading document failed")
    document = json.loads(ANNO_CONTEXT_FILE.read_text(encoding="utf-8"))
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": document}


def expand(document: dict) -> tuple[list, list[str]]:
    """The expanded document, and every key pyld dropped (it drops what maps to no IRI)."""
    dropped: list[str] = []
    expanded = jsonld.expand(copy.deepcopy(document), {"documentLoader": _offline_loader}, on_property_dropped=dropped.append)
    return expanded, dropped


def scalar_count(node: object) -> int:
    """Values in a compact document (its @context aside)."""
    if isinstance(node, dict):
        return sum(scalar_count(v) for k, v in node.items() if k != "@context")
    if isinstance(node, list):
        return sum(scalar_count(v) for v in node)
    return 0 if node is None else 1


def expanded_scalar_count(node: object) -> int:
    """Values in an expanded document: @value, @id and node types (a value's datatype is added by expansion)."""
    if isinstance(node, list):
        return sum(expanded_scalar_count(v) for v in node)
    if not isinstance(node, dict):
        return 0
    count = 0
    for key, value in node.items():
        if key == "@value":
            count += value is not None
        elif key == "@id":
            count += 1
        elif key == "@type" and "@value" not in node:
            count += len(value) if isinstance(value, list) else 1
        elif key not in ("@language", "@direction", "@index", "@type"):
            count += expanded_scalar_count(value)
    return count


def iris(node: object, found: set[str] | None = None) -> set[str]:
    """Every property and type IRI, and every @id, of an expanded document."""
    found = set() if found is None else found
    if isinstance(node, list):
        for value in node:
            iris(value, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@"):
                found.add(key)
            if key == "@id":
                found.add(value)
            elif key == "@type" and "@value" not in node:
                found.update(value if isinstance(value, list) else [value])
            iris(value, found)
    return found
