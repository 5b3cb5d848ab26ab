"""Code points (core) against UTF-16 units (Qt): the conversion that keeps highlights in place."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from desktop.ui.reader.text_offsets import BlockMap, to_code_points, to_utf16, utf16_length

TEXT = "Astana 🇰🇿 hosts 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 talks 😀 on the Constitution — “final” text."


def test_offsets_round_trip_through_utf16_outside_the_bmp():
    for index in range(len(TEXT) + 1):
        assert to_code_points(TEXT, to_utf16(TEXT, index)) == index
    assert utf16_length(TEXT) == len(TEXT) + sum(1 for ch in TEXT if ord(ch) > 0xFFFF)


def test_utf16_offsets_match_what_qt_counts():
    doc = QTextDocument()
    doc.setPlainText(TEXT)
    word = "talks"
    start = TEXT.index(word)
    found = doc.find(word)
    assert found.selectionStart() == to_utf16(TEXT, start) != start  # emoji before it shift Qt's count
    assert to_code_points(TEXT, found.selectionStart()) == start


def test_block_map_maps_text_offsets_to_document_positions_and_back():
    doc = QTextDocument()
    doc.setPlainText("Title\n" + TEXT + "\nsecond 😀 block")
    text = TEXT + " second 😀 block"
    blocks = [(0, len(TEXT)), (len(TEXT) + 1, len(text))]
    positions = [doc.findBlockByNumber(1).position(), doc.findBlockByNumber(2).position()]
    mapping = BlockMap(text, blocks, positions)
    target = text.index("block")
    cursor = doc.find("block")
    assert mapping.to_document(target) == cursor.selectionStart()
    assert mapping.to_text(cursor.selectionStart()) == target
    assert mapping.to_text(0) is None  # the title is not part of the version's text
