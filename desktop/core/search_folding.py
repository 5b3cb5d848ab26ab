"""Which letters search treats as the same: the tables, and folding that keeps every position.

Three habits of people who read Kazakh and Russian news decide them:

- ё is written е in most printed Russian, so ё and е are one letter, always: the index holds
  е for ё (schema 0014 folds what the triggers insert, in SQL) and queries are folded alike;
- Kazakh is often typed on a Russian keyboard, with the nearest Russian letter for each of
  the nine Kazakh ones (`KAZAKH_ON_RUSSIAN_KEYBOARD`): a query in Russian letters may stand for
  a word with Kazakh letters, but a Kazakh letter typed means that letter;
- Kazakh is also written in the Latin alphabet of 2021 (`LATIN_2021`), so a word is sought in
  both scripts.

Every fold here maps one character to one character, so a position in a folded text is the
same position in the printed one: the reader marks a match where it was found.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

YO_TO_E = str.maketrans({"ё": "е", "Ё": "Е"})


def fold_yo(text: str) -> str:
    """ё and Ё as е and Е."""
    return text.translate(YO_TO_E)


def yo_folded_sql(expression: str) -> str:
    """The SQL for an expression with ё folded: plain replace(), which every SQLite tool has."""
    return f"replace(replace({expression}, 'ё', 'е'), 'Ё', 'Е')"


# The Kazakh letters and the Russian letter typed for each where there is no Kazakh layout.
KAZAKH_ON_RUSSIAN_KEYBOARD: dict[str, str] = {
    "ә": "а",
    "ғ": "г",
    "қ": "к",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
}
KAZAKH_LETTERS = frozenset(KAZAKH_ON_RUSSIAN_KEYBOARD)
# What a Russian letter typed may stand for: itself, or the Kazakh letters typed as it.
RUSSIAN_KEY_STANDS_FOR: dict[str, frozenset[str]] = {
    russian: frozenset({russian, *(k for k, r in KAZAKH_ON_RUSSIAN_KEYBOARD.items() if r == russian)})
    for russian in set(KAZAKH_ON_RUSSIAN_KEYBOARD.values())
}
_KAZAKH_TO_RUSSIAN = str.maketrans(KAZAKH_ON_RUSSIAN_KEYBOARD)


def as_typed_on_russian_keyboard(word: str) -> str:
    """The word as it is typed without a Kazakh layout: "қазақстан" -> "казакстан"."""
    return word.translate(_KAZAKH_TO_RUSSIAN)


# Kazakh Cyrillic to the Latin alphabet of 28 January 2021 (31 letters; ч, ц, щ, ё, ю, я, which
# occur in loanwords, as letter pairs; ъ and ь are dropped).
LATIN_2021: dict[str, str] = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "",
    "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
CYRILLIC_LETTERS = frozenset(LATIN_2021)
# A Latin letter as typed, and the Cyrillic letters it may stand for: with its mark it is one letter
# (ä is ә); without, any letter written with that base (a is а or ә), since marks are often left off;
# i also stands for і, since ı has no key on most keyboards.
LATIN_STANDS_FOR: dict[str, frozenset[str]] = {
    latin: frozenset(cyrillic)
    for latin, cyrillic in {
        "a": "аә", "ä": "ә", "b": "б", "v": "в", "g": "гғ", "ğ": "ғ", "d": "д", "e": "еэ", "j": "ж",
        "z": "з", "i": "иій", "ı": "і", "k": "к", "q": "қ", "l": "л", "m": "м", "n": "нң", "ñ": "ң",
        "o": "оө", "ö": "ө", "p": "п", "r": "р", "s": "сш", "ş": "ш", "t": "т", "u": "уұү", "ū": "ұ",
        "ü": "ү", "f": "ф", "h": "хһ", "y": "ы",
    }.items()
}  # fmt: skip
# Letter pairs that stand for one Cyrillic letter (ё is е in the index).
LATIN_PAIRS: dict[str, str] = {"ts": "ц", "ch": "ч", "şş": "щ", "io": "е", "iu": "ю", "ia": "я"}


def to_latin(word: str) -> str:
    """A Cyrillic word in the 2021 Latin alphabet, letters that have no Latin form kept."""
    return "".join(LATIN_2021.get(ch, ch) for ch in word.lower())


@lru_cache(maxsize=4096)
def index_char(ch: str) -> str:
    """One character as the index holds it: lower case, ё as е, and the marks taken off Latin
    letters as FTS5's tokenizer (unicode61, remove_diacritics 2) takes them off ("ä" -> "a"),
    but not off Cyrillic ones ("й" stays). Always one character."""
    lower = ch.lower()
    lower = lower[0] if lower else ch  # "İ".lower() is two characters: i and a dot
    if lower == "ё":
        return "е"
    if "\u00c0" <= lower <= "\u024f" or "\u1e00" <= lower <= "\u1eff":
        base = unicodedata.normalize("NFD", lower)[0]
        if base.isascii():
            return base
    return lower


def index_folded(text: str) -> str:
    """`text` with every character as the index holds it, position for position."""
    if text.isascii():
        return text.lower()
    return "".join(index_char(ch) for ch in text)


def is_latin_word(word: str) -> bool:
    return any(ch.isalpha() for ch in word) and all(not ch.isalpha() or ord(ch) < 0x0400 for ch in word)


def is_cyrillic_word(word: str) -> bool:
    return any(ch.isalpha() for ch in word) and all(not ch.isalpha() or "\u0400" <= ch <= "\u04ff" for ch in word)
