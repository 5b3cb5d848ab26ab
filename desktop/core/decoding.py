"""Turn a dump file's bytes into text: gzip, byte-order marks, legacy encodings, binary junk.

Scrapers save dumps in whatever encoding the site or the scraper's OS used, so a Russian dump
may arrive as Windows-1251. Guessing by hand gets this wrong on short texts, so detection is
left to charset-normalizer. UTF-8 is always tried first and strictly: it is by far the most
common, and a strict decode that succeeds is never wrong in practice.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

GZIP_MAGIC = b"\x1f\x8b"
_SNIFF = 64 * 1024
# Bytes that never occur in text: C0 controls other than tab, newline, form feed, CR and ESC.
_BINARY_BYTES = bytes(set(range(0, 32)) - {9, 10, 12, 13, 27})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class NotADumpError(Exception):
    """The file cannot be read as text at all (binary, or a broken archive with nothing in it)."""


@dataclass(frozen=True)
class DecodedFile:
    """The text of a dump plus what was needed to get it, for the import report."""

    text: str
    encoding: str
    sha256: str
    size: int  # bytes after decompression, which is what the hash covers
    compressed: bool
    warnings: tuple[str, ...] = field(default=())


def read_dump_bytes(path: Path) -> tuple[bytes, bool, list[str]]:
    """Read a file, transparently gunzipping it; a truncated archive yields what it holds."""
    raw = path.read_bytes()
    if not raw.startswith(GZIP_MAGIC):
        return raw, False, []
    try:
        return gzip.decompress(raw), True, []
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        # A download cut short still holds everything up to the cut: recover that much.
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            data = inflater.decompress(raw)
        except zlib.error:
            data = b""
        if not data:
            raise NotADumpError(f"the gzip archive is damaged and holds no readable text ({exc})") from exc
        return data, True, [f"the gzip archive is truncated or damaged ({exc}); imported the part that could be read"]


def decode_dump(data: bytes, *, compressed: bool = False, warnings: list[str] | None = None) -> DecodedFile:
    """Decode dump bytes to text, detecting the encoding; raise NotADumpError for binary files."""
    notes = list(warnings or [])
    digest = hashlib.sha256(data).hexdigest()
    text, encoding = _decode_text(data, notes)
    return DecodedFile(text=text, encoding=encoding, sha256=digest, size=len(data), compressed=compressed, warnings=tuple(notes))


def _decode_text(data: bytes, notes: list[str]) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                notes.append(f"text after the {codec} byte-order mark is damaged at byte {exc.start}; bad bytes replaced")
                return data.decode(codec, errors="replace"), codec
    if _looks_binary(data[:_SNIFF]):
        raise NotADumpError("this is a binary file, not a text dump")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as first_error:
        utf8_error = first_error
    lenient = data.decode("utf-8", errors="replace")
    if _mostly_utf8(lenient):
        # A UTF-8 file with a few damaged bytes (a bad copy, a cut multi-byte character) is still
        # UTF-8: a legacy codec would turn every good non-ASCII character into mojibake instead.
        line = data.count(b"\n", 0, utf8_error.start) + 1
        bad = lenient.count("\N{REPLACEMENT CHARACTER}")
        notes.append(f"line {line}: {bad} damaged UTF-8 byte sequence{'s' * (bad != 1)} replaced with \N{REPLACEMENT CHARACTER}")
        return lenient, "utf-8"
    best = from_bytes(data[: 4 * _SNIFF] if len(data) > 4 * _SNIFF else data).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        codec = best.encoding
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            # The sample fitted but a later part does not: keep it readable, and say so.
            notes.append(f"decoded as {codec}; some bytes did not fit and were replaced")
            return data.decode(codec, errors="replace"), codec
    line = data.count(b"\n", 0, utf8_error.start) + 1
    notes.append(f"line {line}: invalid UTF-8 and no other encoding fits; bad bytes replaced with \N{REPLACEMENT CHARACTER}")
    return data.decode("utf-8", errors="replace"), "utf-8"


_GOOD_NON_ASCII = re.compile("[^\x00-\x7f\N{REPLACEMENT CHARACTER}]")


def _mostly_utf8(lenient: str) -> bool:
    """True when valid multi-byte UTF-8 characters far outnumber the damaged sequences."""
    bad = lenient.count("\N{REPLACEMENT CHARACTER}")
    good = len(_GOOD_NON_ASCII.findall(lenient))
    return good >= 1 and bad <= max(3, good // 20)


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in _BINARY_BYTES)
    return controls / len(sample) > 0.01
