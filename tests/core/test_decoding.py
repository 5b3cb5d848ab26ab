"""Bytes to text: a dump must read as its author wrote it, whatever the encoding or packaging."""

from __future__ import annotations

import codecs
import gzip
import io
import os
import random
import re
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.core.decoding import BINARY_SHARE, NotADumpError, decode_dump, read_dump_bytes
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


def _short_dumps(source: str, seed: int, count: int) -> list[str]:
    """Short dumps of random words from `source`: the shape on which detectors guess worst."""
    words = re.findall(r"[^\W\d_]+", source)
    rng = random.Random(seed)
    dumps = []
    for _ in range(count):
        site = " ".join(rng.choice(words).capitalize() for _ in range(rng.randint(1, 2)))
        title = " ".join(rng.choice(words) for _ in range(rng.randint(2, 6))).capitalize()
        body = " ".join(rng.choice(words) for _ in range(rng.randint(3, 25))).capitalize()
        dumps.append(f"{site}\n{rng.choice(words).capitalize()} More\n{title} 0{rng.randint(1, 9)}.02.2026\n{body}.\n")
    return dumps


def test_300_short_russian_cp1251_dumps_all_decode_as_cp1251_not_mac_cyrillic():
    wrong = []
    for text in _short_dumps(RUSSIAN_DUMP, seed=26, count=300):
        decoded = decode_dump(text.encode("cp1251"))
        if decoded.text != text:
            wrong.append((decoded.encoding, decoded.text[:30]))
    assert wrong == []


def test_300_short_kazakh_kz1048_dumps_keep_their_kazakh_letters():
    wrong = []
    for text in _short_dumps(KAZAKH_DUMP, seed=26, count=300):
        decoded = decode_dump(text.encode("kz1048"))
        if decoded.text != text:
            wrong.append((decoded.encoding, decoded.text[:30]))
    assert wrong == []


def test_a_capital_read_in_the_wrong_cyrillic_code_page_does_not_win():
    # "Новости" in cp1251 read as mac_cyrillic is "Ќовости": the detector alone picks that here.
    text = "Новости\nЭкономика More\nНовый план развития 04.02.2026\nНовый план утвердили в среду.\n"
    decoded = decode_dump(text.encode("cp1251"))
    assert (decoded.encoding, decoded.text) == ("cp1251", text)
    assert "Ќ" not in decoded.text


def test_an_unsure_guess_between_two_code_pages_is_reported():
    text = "Actualités\nMonde More\nUn accord à Genève 02.03.2026\nLe ministre a déclaré à la presse qu'il était prêt.\n"
    decoded = decode_dump(text.encode("cp1252"))
    assert decoded.text == text
    (warning,) = decoded.warnings
    assert warning.startswith("the encoding is a guess: decoded as cp1252, but cp1250 fits as well")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text", [RUSSIAN_DUMP, KAZAKH_DUMP, "Site\nNews More\nTitle 04.02.2026\nBody.\n"], ids=["ru", "kk", "en"]
)
def test_utf16_without_a_byte_order_mark_is_read_in_either_byte_order(codec: str, text: str):
    decoded = decode_dump(text.encode(codec))
    assert (decoded.encoding, decoded.text, decoded.warnings) == (codec, text, ())


def test_a_nul_byte_in_a_dump_is_replaced_and_its_line_named():
    data = KAZAKH_DUMP.encode("utf-8")
    line4 = data.index("Сәрсенбі".encode())
    decoded = decode_dump(data[:line4] + b"\x00" + data[line4:])
    assert decoded.encoding == "utf-8"
    assert decoded.text == KAZAKH_DUMP.replace("Сәрсенбі", "\N{REPLACEMENT CHARACTER}Сәрсенбі")
    assert decoded.warnings == (
        "line 4: 1 control byte (such as NUL) that are not text, replaced with \N{REPLACEMENT CHARACTER}",
    )


def test_a_few_control_bytes_on_several_lines_in_a_cp1251_dump_name_each_line():
    lines = RUSSIAN_DUMP.split("\n")
    lines[3] = lines[3][:20] + "\x00\x00" + lines[3][20:]
    lines[8] = lines[8] + "\x01"
    decoded = decode_dump("\r\n".join(lines).encode("cp1251"))
    assert decoded.encoding == "cp1251"
    assert decoded.warnings == (
        "lines 4, 9: 3 control bytes (such as NUL) that are not text, replaced with \N{REPLACEMENT CHARACTER}",
    )
    assert "\x00" not in decoded.text and decoded.text.count("\N{REPLACEMENT CHARACTER}") == 3


def test_binary_is_told_from_damaged_text_by_the_share_of_bad_bytes():
    text = ("Site\nNews More\nTitle 04.02.2026\n" + "A sentence of the body. " * 40 + "\n").encode("ascii")
    budget = int(len(text) * BINARY_SHARE)
    damaged = bytearray(text)
    for i in range(0, budget * 7, 7):  # just under the share, spread over the text
        damaged[i + 40] = 0
    assert decode_dump(bytes(damaged)).warnings[0].endswith("replaced with \N{REPLACEMENT CHARACTER}")
    too_many = bytearray(text)
    for i in range(0, (budget + 2) * 7, 7):
        too_many[i + 40] = 0
    with pytest.raises(NotADumpError, match="binary"):
        decode_dump(bytes(too_many))


def _zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dump.txt", KAZAKH_DUMP * 20)
    return out.getvalue()


def _sqlite_bytes(tmp_path: Path) -> bytes:
    conn = sqlite3.connect(tmp_path / "some.sqlite")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(RUSSIAN_DUMP,)] * 20)
    conn.commit()
    conn.close()
    return (tmp_path / "some.sqlite").read_bytes()


@pytest.mark.parametrize("kind", ["zip", "sqlite", "python-executable", "utf-32"])
def test_real_binary_files_are_still_refused(kind: str, tmp_path: Path):
    data = {
        "zip": _zip_bytes,
        "sqlite": lambda: _sqlite_bytes(tmp_path),
        "python-executable": lambda: Path(sys.executable).resolve().read_bytes()[:200_000],
        "utf-32": lambda: RUSSIAN_DUMP.encode("utf-32-le"),  # no byte-order mark: not text we read
    }[kind]()
    with pytest.raises(NotADumpError, match="binary"):
        decode_dump(data)


@pytest.mark.parametrize("damage", ["crc", "length", "trailer missing"])
def test_a_gzip_whose_only_fault_is_its_trailer_imports_all_of_it_with_a_warning(damage: str, tmp_path: Path):
    archive = bytearray(gzip.compress(RUSSIAN_DUMP.encode("utf-8")))
    if damage == "crc":
        archive[-8] ^= 0xFF
    elif damage == "length":
        archive[-1] ^= 0x01
    else:
        del archive[-8:]
    path = tmp_path / "dump.txt.gz"
    path.write_bytes(bytes(archive))
    data, compressed, notes = read_dump_bytes(path)
    decoded = decode_dump(data, compressed=compressed, warnings=notes)
    assert compressed and decoded.text == RUSSIAN_DUMP
    (warning,) = decoded.warnings
    assert warning.startswith("the gzip archive's checksum is wrong or missing") and "all of its data decompressed" in warning


def test_a_later_gzip_member_with_a_bad_checksum_keeps_the_earlier_members(tmp_path: Path):
    second = bytearray(gzip.compress(KAZAKH_DUMP.encode("utf-8")))
    second[-6] ^= 0x10
    path = tmp_path / "two.txt.gz"
    path.write_bytes(gzip.compress(RUSSIAN_DUMP.encode("utf-8")) + bytes(second))
    data, _, notes = read_dump_bytes(path)
    assert data.decode("utf-8") == RUSSIAN_DUMP + KAZAKH_DUMP
    assert len(notes) == 1 and "checksum" in notes[0]


def test_a_nul_far_into_a_large_dump_is_found_too():
    lines = ["Site", "News More", "Title 04.02.2026"] + [f"Paragraph {i} of a long article." for i in range(5000)]
    lines[4500] = "Paragraph\x00 with a NUL."
    decoded = decode_dump("\n".join(lines).encode("utf-8"))
    assert len("\n".join(lines[:4500]).encode()) > 64 * 1024
    assert decoded.warnings == ("line 4501: 1 control byte (such as NUL) that are not text, replaced with \N{REPLACEMENT CHARACTER}",)
