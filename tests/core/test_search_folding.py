"""The letter tables search folds by, checked letter by letter, and the folding that keeps positions."""

from __future__ import annotations

import bisect
import random

import pytest

from desktop.core import kazakh_forms
from desktop.core.search_folding import (
    KAZAKH_ON_RUSSIAN_KEYBOARD,
    LATIN_2021,
    LATIN_STANDS_FOR,
    as_typed_on_russian_keyboard,
    fold_yo,
    index_folded,
    to_latin,
)
from desktop.core.term_walk import Endings, Pattern, _Automaton, walk, walk_prefixes

# The Kazakh Cyrillic alphabet (42 letters) in the Latin alphabet of 28 January 2021.
ALPHABET_2021 = [
    ("а", "a"), ("ә", "ä"), ("б", "b"), ("в", "v"), ("г", "g"), ("ғ", "ğ"), ("д", "d"), ("е", "e"), ("ё", "io"),
    ("ж", "j"), ("з", "z"), ("и", "i"), ("й", "i"), ("к", "k"), ("қ", "q"), ("л", "l"), ("м", "m"), ("н", "n"),
    ("ң", "ñ"), ("о", "o"), ("ө", "ö"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ұ", "ū"),
    ("ү", "ü"), ("ф", "f"), ("х", "h"), ("һ", "h"), ("ц", "ts"), ("ч", "ch"), ("ш", "ş"), ("щ", "şş"), ("ъ", ""),
    ("ы", "y"), ("і", "ı"), ("ь", ""), ("э", "e"), ("ю", "iu"), ("я", "ia"),
]  # fmt: skip


@pytest.mark.parametrize(("cyrillic", "latin"), ALPHABET_2021)
def test_each_cyrillic_letter_has_its_2021_latin_spelling(cyrillic: str, latin: str):
    assert LATIN_2021[cyrillic] == latin
    assert to_latin(cyrillic.upper()) == latin
    if len(latin) == 1:
        assert cyrillic in LATIN_STANDS_FOR[latin]  # and the Latin letter leads back to it


def test_the_table_is_the_whole_alphabet_and_known_words_come_out_right():
    assert len(LATIN_2021) == 42 == len(ALPHABET_2021)
    assert to_latin("Қазақстан") == "qazaqstan"
    assert to_latin("Мәжіліс") == "mäjılıs"
    assert to_latin("Бұрыңғы өткен заманда") == "būryñğy ötken zamanda"  # the 2021 alphabet's own example
    assert to_latin("шаһарының") == "şaharynyñ"


@pytest.mark.parametrize(
    ("kazakh", "russian"),
    [("ә", "а"), ("ғ", "г"), ("қ", "к"), ("ң", "н"), ("ө", "о"), ("ұ", "у"), ("ү", "у"), ("һ", "х"), ("і", "и")],
)
def test_each_kazakh_letter_is_typed_as_its_nearest_russian_letter(kazakh: str, russian: str):
    assert KAZAKH_ON_RUSSIAN_KEYBOARD[kazakh] == russian
    assert as_typed_on_russian_keyboard(kazakh) == russian


def test_folding_keeps_every_position():
    text = "ЁЛКА, Mäjılıs, İstanbul, Qazaqstan; подотчётности — йод ß"
    folded = index_folded(text)
    assert len(folded) == len(text)
    assert folded == "елка, majılıs, istanbul, qazaqstan; подотчетности — йод ß"
    assert fold_yo("Ёё") == "Ее"


def test_kazakh_forms_follow_harmony_and_the_last_sound():
    assert kazakh_forms.is_form_of("қазақстанда", "қазақстан")
    assert kazakh_forms.is_form_of("мектепте", "мектеп")  # front, after a voiceless consonant
    assert kazakh_forms.is_form_of("кітапқа", "кітап")
    assert kazakh_forms.is_form_of("елдер", "ел") and kazakh_forms.is_form_of("таулар", "тау")
    assert kazakh_forms.is_form_of("республикасының", "республикасы")
    assert kazakh_forms.is_form_of("балаларымызға", "бала")
    assert not kazakh_forms.is_form_of("мектепта", "мектеп")  # wrong harmony
    assert not kazakh_forms.is_form_of("қазақстандық", "қазақстан")  # another word
    assert not kazakh_forms.is_form_of("атау", "ата") and not kazakh_forms.is_form_of("қазақстан", "қазақ")
    assert kazakh_forms.bases("қазақстанның") == ["қазақстанның", "қазақстан"]
    assert kazakh_forms.bases("қалам") == ["қалам"]  # a bare possessive is not taken off: қалам is also "a pen"


def test_the_walk_finds_exactly_the_words_that_fit_asking_little():
    rng = random.Random(7)
    alphabet = "абкқнңсәз"
    for _ in range(200):
        vocabulary = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(0, 400))})
        asked = []

        def first_at_or_after(text: str, vocabulary=vocabulary, asked=asked) -> str | None:
            asked.append(text)
            i = bisect.bisect_left(vocabulary, text)
            return vocabulary[i] if i < len(vocabulary) else None

        letters = tuple(frozenset(rng.sample(alphabet, rng.randint(1, 3))) for _ in range(rng.randint(1, 4)))
        tail = rng.choice(["none", "any", "endings"])
        endings = (
            Endings.of({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(6)})
            if tail == "endings"
            else None
        )
        pattern = Pattern(letters, tail, endings)  # type: ignore[arg-type]
        fits = [w for w in vocabulary if _Automaton(pattern).accepts(w)]
        words, complete = walk(first_at_or_after, pattern, limit=10_000)
        assert words == fits and complete
        assert len(asked) <= 2 * len(fits) + 3 * len(vocabulary) ** 0.5 + 40  # skips, not a scan
        heads = sorted({w[: len(letters)] for w in vocabulary if _Automaton(Pattern(letters, "any")).accepts(w)})
        assert walk_prefixes(first_at_or_after, letters, limit=10_000) == heads
