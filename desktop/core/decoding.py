"""Turn a dump file's bytes into text: gzip, byte-order marks, legacy encodings, binary junk.

Scrapers save dumps in whatever encoding the site or the scraper's OS used, so a Russian dump
may arrive as Windows-1251. Guessing by hand gets this wrong on short texts, so detection is
left to charset-normalizer. UTF-8 is always tried first and strictly: it is by far the most
common, and a strict decode that succeeds is never wrong in practice.

A file is refused as binary by the share of bytes that never occur in text, not by one such
byte: a dump with a stray NUL is damaged text, and imports with a warning naming the lines.
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
_CONTROL_CHARS = re.compile("[" + re.escape(_BINARY_BYTES.decode("ascii")) + "]")
# Above this share of such bytes in the first 64 KB a file is binary. Compressed or random data
# has about 11%, executables and databases far more; text damaged here and there has a few bytes.
BINARY_SHARE = 0.05
# UTF-16 without a byte-order mark: every ASCII character (spaces, newlines, the titles' dates)
# has a zero byte on the same side of each pair, and real text almost none on the other side.
_UTF16_MIN_ZERO_SHARE = 0.05
_LINE_END = re.compile(r"\r\n|\r|\n")
_MAX_LINES_NAMED = 10
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
    """Read a file, transparently gunzipping it; a truncated or damaged archive yields what it holds."""
    raw = path.read_bytes()
    if not raw.startswith(GZIP_MAGIC):
        return raw, False, []
    try:
        return gzip.decompress(raw), True, []
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        data, complete = _inflate_what_can_be_read(raw)
        if not data:
            raise NotADumpError(f"the gzip archive is damaged and holds no readable text ({exc})") from exc
        if complete:
            # Every byte decompressed and only the checksum or length stored after the data
            # disagrees (a flipped bit, or a tool that patched the file): keep it, and say so.
            return (
                data,
                True,
                [f"the gzip archive's checksum is wrong or missing ({exc}), but all of its data decompressed; check the text"],
            )
        return data, True, [f"the gzip archive is truncated or damaged ({exc}); imported the part that could be read"]


_INFLATE_CHUNK = 64 * 1024
_GZIP_TRAILER = 8  # CRC-32 and length, after each member's deflate data


def _inflate_what_can_be_read(raw: bytes) -> tuple[bytes, bool]:
    """Inflate every gzip member without checking trailers: (data, whether every member ended).

    The deflate stream marks its own end, which tells "all the data is there, only the CRC or
    length is wrong" from "the archive was cut short". Input goes in chunks, so that what comes
    before a damaged spot survives zlib's error.
    """
    parts: list[bytes] = []
    pos = 0
    while True:
        start = _gzip_data_start(raw, pos)
        if start is None:
            return b"".join(parts), False
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        end = len(raw)
        try:
            for at in range(start, len(raw), _INFLATE_CHUNK):
                chunk = raw[at : at + _INFLATE_CHUNK]
                parts.append(inflater.decompress(chunk))
                if inflater.eof:
                    end = at + len(chunk) - len(inflater.unused_data)
                    break
        except zlib.error:
            return b"".join(parts), False
        if not inflater.eof:
            return b"".join(parts), False
        pos = end + _GZIP_TRAILER
        if not raw.startswith(GZIP_MAGIC, pos):
            return b"".join(parts), True


def _gzip_data_start(raw: bytes, pos: int) -> int | None:
    """Where the deflate data of the gzip member at `pos` begins (RFC 1952), or None."""
    if not raw.startswith(GZIP_MAGIC, pos) or len(raw) < pos + 10 or raw[pos + 2] != 8:
        return None
    flags, at = raw[pos + 3], pos + 10
    if flags & 4:  # FEXTRA: a length, then that many bytes
        at += 2 + int.from_bytes(raw[at : at + 2], "little")
    for flag in (8, 16):  # FNAME, FCOMMENT: zero-terminated
        if flags & flag:
            zero = raw.find(b"\0", at)
            if zero == -1:
                return None
            at = zero + 1
    if flags & 2:  # FHCRC
        at += 2
    return at if at < len(raw) else None


def decode_dump(data: bytes, *, compressed: bool = False, warnings: list[str] | None = None) -> DecodedFile:
    """Decode dump bytes to text, detecting the encoding; raise NotADumpError for binary files."""
    notes = list(warnings or [])
    digest = hashlib.sha256(data).hexdigest()
    text, encoding = _decode_text(data, notes)
    if _may_hold_control_bytes(data, encoding):
        text = _replace_control_characters(text, notes)
    return DecodedFile(text=text, encoding=encoding, sha256=digest, size=len(data), compressed=compressed, warnings=tuple(notes))


def _decode_text(data: bytes, notes: list[str]) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                notes.append(f"text after the {codec} byte-order mark is damaged at byte {exc.start}; bad bytes replaced")
                return data.decode(codec, errors="replace"), codec
    sample = data[:_SNIFF]
    # One pass over the sample: how many bytes are not text. Nearly always none.
    bad = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    if bad:
        utf16 = _utf16_without_bom(data, sample, notes)
        if utf16 is not None:
            return utf16
        if bad > BINARY_SHARE * len(sample):
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
        bad_chars = lenient.count("\N{REPLACEMENT CHARACTER}")
        notes.append(
            f"line {line}: {bad_chars} damaged UTF-8 byte sequence{'s' * (bad_chars != 1)} replaced with \N{REPLACEMENT CHARACTER}"
        )
        return lenient, "utf-8"
    codec = _detect_legacy_codec(data[: 4 * _SNIFF] if len(data) > 4 * _SNIFF else data, notes)
    if codec is not None:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            # The sample fitted but a later part does not: keep it readable, and say so.
            notes.append(f"decoded as {codec}; some bytes did not fit and were replaced")
            return data.decode(codec, errors="replace"), codec
    line = data.count(b"\n", 0, utf8_error.start) + 1
    notes.append(f"line {line}: invalid UTF-8 and no other encoding fits; bad bytes replaced with \N{REPLACEMENT CHARACTER}")
    return data.decode("utf-8", errors="replace"), "utf-8"


def _utf16_without_bom(data: bytes, sample: bytes, notes: list[str]) -> tuple[str, str] | None:
    """Decode UTF-16 that has no byte-order mark, when the zero bytes say which order it is in."""
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    even, odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    high, low = max(even, odd), min(even, odd)
    if high < _UTF16_MIN_ZERO_SHARE * pairs or low * 20 > high:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        text = data.decode(codec, errors="replace")
        if text.count("\N{REPLACEMENT CHARACTER}") > max(3, len(text) // 100):
            return None
        notes.append(f"{codec} text without a byte-order mark is damaged at byte {exc.start}; bad bytes replaced")
    head = text[: len(sample) // 2]
    if ("\n" not in head and "\r" not in head) or len(_CONTROL_CHARS.findall(head)) > len(head) // 100:
        return None  # zero bytes in a pattern, but not lines of text: binary after all
    return text, codec


# On a short text the detector often knows the script but not the code page: cp1251 Russian
# comes out as mac_cyrillic, kz1048 Kazakh as cp1251. Candidates this close to the best are
# told apart by the letters they produce (see `_strangeness`).
_CLOSE_CHAOS = 0.1
# Among equally plausible readings, the code pages the dumps' sites use, most common first.
_PREFERRED_CODECS = ("cp1251", "kz1048", "cp1252")
# Letters of Serbian, Macedonian, Ukrainian and Belarusian that a wrong Cyrillic code page
# produces where Russian capitals or Kazakh letters were meant.
_FOREIGN_CYRILLIC = "ЂЃЉЊЌЋЏђѓљњќћџЎўЈјЅѕЄєЇїҐґ"
_ODD_LETTER = re.compile(
    f"[{_FOREIGN_CYRILLIC}]"
    # a symbol glued to the start of a word, such as "√осударство" (a capital read in the wrong code page)
    r"|[^\w\s\"'«»„“”‘’(\[{<\-–—/#@№$€£+=*&%.,;:!?…](?=[^\W\d_])"
    # a word that switches between Latin and Cyrillic letters, such as "dйveloppement"
    r"|[a-zA-Z\u00c0-\u024f][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z\u00c0-\u024f]"
)


def _detect_legacy_codec(sample: bytes, notes: list[str]) -> str | None:
    """charset-normalizer's guess, settled between close candidates by the letters each produces."""
    matches = [m for m in from_bytes(sample) if m.encoding not in ("utf_8", "ascii")]
    if not matches:
        return None
    best_chaos = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= best_chaos + _CLOSE_CHAOS]
    texts = {m.encoding: str(m) for m in close}
    strangeness = {m.encoding: len(_ODD_LETTER.findall(texts[m.encoding])) for m in close}

    def rank(index: int) -> tuple[int, int, int]:
        codec = close[index].encoding
        preferred = _PREFERRED_CODECS.index(codec) if codec in _PREFERRED_CODECS else len(_PREFERRED_CODECS)
        return strangeness[codec], preferred, index

    ordered = [close[i] for i in sorted(range(len(close)), key=rank)]
    chosen = ordered[0]
    # Unsure: another reading is as plausible by its letters, the detector liked it at least as
    # well, and it gives a different text (cp1251 and kz1048 agree on Russian, for one).
    rivals = [
        m.encoding
        for m in ordered[1:]
        if strangeness[m.encoding] == strangeness[chosen.encoding]
        and m.chaos <= chosen.chaos
        and texts[m.encoding] != texts[chosen.encoding]
    ]
    if rivals:
        notes.append(
            f"the encoding is a guess: decoded as {chosen.encoding}, but {rivals[0]} fits as well and reads differently; check the text"
        )
    return chosen.encoding


_GOOD_NON_ASCII = re.compile("[^\x00-\x7f\N{REPLACEMENT CHARACTER}]")


def _mostly_utf8(lenient: str) -> bool:
    """True when valid multi-byte UTF-8 characters far outnumber the damaged sequences."""
    bad = lenient.count("\N{REPLACEMENT CHARACTER}")
    good = len(_GOOD_NON_ASCII.findall(lenient))
    return good >= 1 and bad <= max(3, good // 20)


def _may_hold_control_bytes(data: bytes, encoding: str) -> bool:
    """Whether the text needs the (slower) search for control characters.

    In UTF-8 and the single-byte code pages a control character is the same byte, so bytes tell:
    any in the first 64 KB, or a NUL anywhere (memchr, nearly free). Control bytes other than NUL
    past the first 64 KB are left as they are. UTF-16 and UTF-32 are searched as text.
    """
    if encoding.startswith(("utf-16", "utf-32")):
        return True
    sample = data[:_SNIFF]
    return len(sample.translate(None, _BINARY_BYTES)) != len(sample) or data.find(b"\0", _SNIFF) != -1


def _replace_control_characters(text: str, notes: list[str]) -> str:
    """NULs and other control bytes in a text file are damage: replace them, and name their lines."""
    if _CONTROL_CHARS.search(text) is None:
        return text
    lines: list[int] = []
    line, counted_to, count = 1, 0, 0
    for m in _CONTROL_CHARS.finditer(text):
        count += 1
        if len(lines) <= _MAX_LINES_NAMED:
            line += len(_LINE_END.findall(text, counted_to, m.start()))
            counted_to = m.start()
            if not lines or lines[-1] != line:
                lines.append(line)
    named = ", ".join(str(n) for n in lines[:_MAX_LINES_NAMED]) + (", …" if len(lines) > _MAX_LINES_NAMED else "")
    noun = "line" if len(lines) == 1 else "lines"
    what = "control byte" if count == 1 else "control bytes"
    notes.append(f"{noun} {named}: {count} {what} (such as NUL) that are not text, replaced with \N{REPLACEMENT CHARACTER}")
    return _CONTROL_CHARS.sub("\N{REPLACEMENT CHARACTER}", text)
