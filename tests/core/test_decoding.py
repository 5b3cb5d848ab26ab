"""Bytes to text: a dump must read as its author wrote it, whatever the encoding or packaging."""

from __future__ import annotations

import codecs
import gzip
import os
import random
from pathlib import Path

import pytest

from desktop.core.decoding import NotADumpError, decode_dump, read_dump_bytes
from tests.core.helpers import KAZAKH_DUMP, RUSSIAN_DUMP, write

PNG_HEADER = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61")


def test_plain_utf8_is_decoded_as_utf8():
    decoded = decode_dump(KAZAKH_DUMP.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.warnings) == (KAZAKH_DUMP, "utf-8", ())


def test_utf8_bom_is_removed_and_the_text_kept():
    decoded = decode_dump(codecs.BOM_UTF8 + RUSSIAN_DUMP.encode("utf-8"))
    assert decoded.text == RUSSIAN_DUMP
    assert decoded.warnings == ()


def test_utf16_with_bom_is_read_not_taken_for_binary():
    decoded = decode_dump(RUSSIAN_DUMP.encode("utf-16"))
    assert decoded.text == RUSSIAN_DUMP


def test_windows_1251_russian_is_decoded_correctly_not_as_mojibake():
    data = RUSSIAN_DUMP.encode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_dump(data)
    assert decoded.encoding == "cp1251"
    assert decoded.text == RUSSIAN_DUMP
    assert decoded.warnings == ()


def test_kz1048_kazakh_is_decoded_correctly():
    data = KAZAKH_DUMP.encode("kz1048")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_dump(data)
    assert decoded.encoding == "kz1048"
    assert decoded.text == KAZAKH_DUMP
    assert set("әғқңөұүһі") <= set(decoded.text.lower())


def test_hash_and_size_cover_the_decompressed_bytes(tmp_path: Path):
    data = RUSSIAN_DUMP.encode("utf-8")
    plain = write(tmp_path / "a.txt", RUSSIAN_DUMP)
    packed = tmp_path / "a.txt.gz"
    packed.write_bytes(gzip.compress(data))
    results = []
    for path in (plain, packed):
        raw, compressed, notes = read_dump_bytes(path)
        results.append((decode_dump(raw, compressed=compressed, warnings=notes), compressed))
    (d_plain, c_plain), (d_packed, c_packed) = results
    assert (c_plain, c_packed) == (False, True)
    assert d_plain.text == d_packed.text == RUSSIAN_DUMP
    assert d_plain.sha256 == d_packed.sha256
    assert d_plain.size == d_packed.size == len(data)


def test_truncated_gzip_yields_the_part_before_the_cut_with_a_warning(tmp_path: Path):
    rng = random.Random(7)
    # Incompressible-ish text, so that cutting the archive in half cuts the text too.
    text = "Site\nNews More\n" + "".join(f"Title {i} 04.02.2026\n{rng.randbytes(300).hex()}\n" for i in range(200))
    archive = gzip.compress(text.encode("ascii"))
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(archive[: len(archive) // 2])
    data, compressed, notes = read_dump_bytes(cut)
    decoded = decode_dump(data, compressed=compressed, warnings=notes)
    assert compressed
    assert 0 < len(decoded.text) < len(text)
    assert text.startswith(decoded.text)
    assert any("truncated" in w for w in decoded.warnings)


def test_gzip_damaged_before_any_text_is_not_a_dump(tmp_path: Path):
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(gzip.compress(b"Site\nNews More\n")[:10])  # the header, no data
    with pytest.raises(NotADumpError, match="gzip"):
        read_dump_bytes(broken)


@pytest.mark.parametrize(
    "data",
    [PNG_HEADER + os.urandom(2000), random.Random(1).randbytes(4096) + b"\x00" * 16, b"Site\nNews More\n\x00\x00\x00\x01\x02"],
    ids=["png", "random-with-nuls", "text-then-nuls"],
)
def test_binary_data_is_refused(data: bytes):
    with pytest.raises(NotADumpError, match="binary"):
        decode_dump(data)


def test_damaged_utf8_keeps_the_cyrillic_text_and_names_the_line():
    data = KAZAKH_DUMP.encode("utf-8")
    line4 = data.index("Сәрсенбі".encode())
    damaged = data[:line4] + b"\xff" + data[line4:]
    decoded = decode_dump(damaged)
    assert decoded.encoding == "utf-8"
    assert (
        decoded.text
        == KAZAKH_DUMP[: KAZAKH_DUMP.index("Сәрсенбі")]
        + "\N{REPLACEMENT CHARACTER}"
        + KAZAKH_DUMP[KAZAKH_DUMP.index("Сәрсенбі") :]
    )
    assert [w[:7] for w in decoded.warnings] == ["line 4:"]


def test_a_utf8_dump_with_a_few_damaged_bytes_stays_utf8_and_says_where():
    text = "Site\nNews More\nCafé naïve résumé title 01.02.2026\n" + "Body with “quotes” and — dashes, déjà vu. " * 20
    data = text.encode("utf-8")
    damaged = data[:60] + b"\xe2\x80" + data[60:]  # a multi-byte character cut in half on line 4
    decoded = decode_dump(damaged)
    assert decoded.encoding == "utf-8"
    assert "“quotes”" in decoded.text and "déjà vu" in decoded.text  # no mojibake anywhere else
    assert decoded.warnings == ("line 4: 1 damaged UTF-8 byte sequence replaced with \N{REPLACEMENT CHARACTER}",)
