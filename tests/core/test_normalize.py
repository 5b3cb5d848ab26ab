"""Title keys decide which printed titles are one article; they must ignore exactly the scrapers' noise."""

from __future__ import annotations

import pytest

from desktop.core.normalize import title_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ('Shymkent celebrated the holiday "Maslenitsa - 2026"', "Shymkent celebrated the holiday Maslenitsa - 2026"),
        ("EXPERTS' DIALOGUE ON THE NEW CONSTITUTION", "Experts dialogue on the new constitution"),
        ("Doubled   spaces\tand tabs", "doubled spaces and tabs"),
        ("«Қазақстан» жаңалықтары", "ҚАЗАҚСТАН ЖАҢАЛЫҚТАРЫ"),
        ("ﬁnance", "finance"),  # NFKC: the ligature a PDF copy leaves behind
    ],
)
def test_same_article_whatever_the_quotes_case_and_spacing(a: str, b: str):
    assert title_key(a) == title_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("New law adopted", "New laws adopted"),
        ("Budget 2025", "Budget 2026"),
        ("Ақ", "Aқ"),  # Cyrillic А versus Latin A: different words to a reader's search
    ],
)
def test_different_titles_stay_different(a: str, b: str):
    assert title_key(a) != title_key(b)
