"""Kazakh word forms for search: the inflectional endings a noun takes, and nothing else.

Snowball has no Kazakh stemmer (its 36 algorithms stop at Turkish among the Turkic languages),
and stripping suffixes by rule from the end of a word takes off too much ("қала", a city,
would lose its а and meet "қал", stay). So this goes the other way, from a word to its forms:
a form is the word plus a chain of endings that Kazakh grammar puts after a noun, in order,
each in the variant that the word's vowels (harmony) and its last sound (assimilation) call for:

    plural       -лар/-лер, -дар/-дер, -тар/-тер
    possessive   -(ы)м, -(ы)ң, -(ы)ңыз, -(ы)мыз, -(с)ы (and their front-vowel twins)
    case         genitive -ның/-дың/-тың, accusative -ны/-ды/-ты/-н, dative -ға/-қа/-на/-а,
                 locative -да/-та/-нда, ablative -дан/-тан/-нан, instrumental -мен/-бен/-пен (-менен…),
                 and -дағы/-тағы/-ндағы ("in …", attributive), with their front-vowel twins

Derivational suffixes (-лық, -шы, -стан…) make other words and are never followed: "қазақ" does
not find "қазақстан". A word of fewer than two letters has no forms, and a form is only taken
apart down to a word of three letters or more.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("аәеёиоөуұүыіэюя")
BACK_VOWELS = frozenset("аоұыяё")
FRONT_VOWELS = frozenset("әөүіеэ")
_VOICELESS = frozenset("кқпстфхһцчшщбвгд")  # with б, в, г, д, which take the voiceless variants at a word's end
_RUY = frozenset("руй")
_NASAL = frozenset("мнң")
_ZJ = frozenset("зж")
MIN_BASE = 3  # letters left when a form is taken apart
MIN_WORD = 2  # letters a word needs to have forms
SOUNDS = ("vowel", "l", "ruy", "nasal", "zj", "voiceless")


def harmonies(word: str) -> tuple[str, ...]:
    """ "back", "front", or both: from the last vowel that decides (у, и and ю go either way)."""
    for ch in reversed(word):
        if ch in BACK_VOWELS:
            return ("back",)
        if ch in FRONT_VOWELS:
            return ("front",)
    return ("back", "front")


def sound(word: str) -> str:
    """The class of a word's last sound, which picks an ending's first consonant."""
    last = word[-1:]
    if last == "л":
        return "l"
    if last in _RUY:
        return "ruy"  # у and й end a word as consonants do: тау-дың, үй-дің
    if last in VOWELS:
        return "vowel"
    if last in _NASAL:
        return "nasal"
    if last in _ZJ:
        return "zj"
    if last in _VOICELESS:
        return "voiceless"
    return "other"


def _table(vowel: str, el: str, ruy: str, nasal: str, zj: str, voiceless: str) -> dict[str, tuple[str, ...]]:
    """An ending's back variants after each sound ("|" between spellings that are both in use)."""
    return {s: tuple(v.split("|")) for s, v in zip(SOUNDS, (vowel, el, ruy, nasal, zj, voiceless), strict=True)}


_PLURAL = _table("лар", "дар", "лар", "дар", "дар", "тар")
_CASES = (
    _table("ның", "дың", "дың", "ның", "дың", "тың"),  # genitive
    _table("ны", "ды", "ды", "ды", "ды", "ты"),  # accusative
    _table("ға", "ға", "ға", "ға", "ға", "қа"),  # dative
    _table("да", "да", "да", "да", "да", "та"),  # locative
    _table("дан", "дан", "дан", "нан", "дан", "тан"),  # ablative
    _table("мен|менен", "мен|менен", "мен|менен", "мен|бен|менен|бенен", "бен|бенен", "пен|пенен"),  # instrumental
    _table("дағы", "дағы", "дағы", "дағы", "дағы", "тағы"),  # "in …", attributive
)
# After the third person's possessive (-ы/-сы) the cases take a pronominal н.
_CASES_AFTER_THIRD_PERSON = ("ның", "н", "на", "нда", "нан", "мен", "менен", "ндағы")
_FRONT = str.maketrans({"а": "е", "ы": "і", "ғ": "г", "қ": "к"})


def _front(ending: str, harmony: str) -> str:
    """The variant for the word's harmony: -лар/-лер, -ның/-нің, -ға/-ге, -дағы/-дегі (-мен is both)."""
    return ending if harmony == "back" else ending.translate(_FRONT)


def _possessives(word_sound: str, harmony: str) -> list[tuple[str, str]]:
    """(ending, kind) of the possessive after a word ending in `word_sound`."""
    after_vowel = word_sound == "vowel"
    y = "" if after_vowel else "ы"
    endings = [
        (y + "м", "first"),
        (y + "ң", "second"),
        (y + "ңыз", "plain"),
        (y + "мыз", "plain"),
        ("сы" if after_vowel else "ы", "third"),
    ]
    return [(_front(e, harmony), kind) for e, kind in endings]


def _cases(word_sound: str, harmony: str) -> list[str]:
    return [_front(variant, harmony) for table in _CASES for variant in table.get(word_sound, ())]


@lru_cache(maxsize=64)
def _chains(word_sound: str, harmony: str) -> dict[str, bool]:
    """Every chain of endings after a word of this sound and harmony, and whether a search may take
    it off a typed word to find the word's other forms: only chains that end in a case, or the
    plural alone. A bare possessive is never taken off: "қалам" is "my city" but also "a pen"."""
    chains: dict[str, bool] = {}
    stems = [("", word_sound)]
    stems.extend((_front(plural, harmony), "ruy") for plural in _PLURAL.get(word_sound, ()))  # the plural ends in р
    for head, head_sound in stems:
        chains[head] = True
        chains.update((head + case, True) for case in _cases(head_sound, harmony))
        for possessive, kind in _possessives(head_sound, harmony):
            own = head + possessive
            chains.setdefault(own, False)
            if kind == "third":
                chains.update((own + _front(case, harmony), True) for case in _CASES_AFTER_THIRD_PERSON)
            elif kind in ("first", "second"):
                # -ым/-ың take -а/-е in the dative, and the consonant-final cases otherwise.
                chains[own + _front("а", harmony)] = True
                chains.update((own + case, True) for case in _cases("nasal", harmony) if not case.startswith(("ға", "ге")))
            else:
                chains.update((own + case, True) for case in _cases("zj", harmony))
    chains.pop("", None)
    return chains


def endings_after(word: str) -> frozenset[str]:
    """Every chain of endings that may follow `word`, as harmony and its last sound allow; after
    -ы/-і (often the possessive already) also the cases with a pronominal н: республикасы-ның, -на."""
    if len(word) < MIN_WORD:
        return frozenset()
    result: set[str] = set()
    for harmony in harmonies(word):
        result.update(_chains(sound(word), harmony))
        if word.endswith(("ы", "і")):
            result.update(_front(case, harmony) for case in _CASES_AFTER_THIRD_PERSON)
    return frozenset(result)


@lru_cache(maxsize=1)
def all_endings() -> frozenset[str]:
    """Every chain for any word: what the search walks the index for after a word's letters."""
    found: set[str] = set()
    for word_sound in SOUNDS:
        for harmony in ("back", "front"):
            found.update(_chains(word_sound, harmony))
            found.update(_front(case, harmony) for case in _CASES_AFTER_THIRD_PERSON)
    return frozenset(found)


def is_form_of(candidate: str, word: str) -> bool:
    """Whether `candidate` is `word` or `word` with endings (both as the index holds them)."""
    if candidate == word:
        return True
    return candidate.startswith(word) and candidate[len(word) :] in endings_after(word)


def bases(word: str, *, lenient_harmony: bool = False) -> list[str]:
    """The word, and the shorter words it is a case or plural form of ("қазақстанның" -> "қазақстан"), longest first.

    `lenient_harmony`: the word may be typed on a Russian keyboard, where а stands for ә too, so
    its vowels do not tell front from back.
    """
    found = [word]
    for cut in range(len(word) - 1, MIN_BASE - 1, -1):
        base, rest = word[:cut], word[cut:]
        if not any(ch in VOWELS for ch in base):
            continue
        for harmony in ("back", "front") if lenient_harmony else harmonies(base):
            if _chains(sound(base), harmony).get(rest):
                found.append(base)
                break
    return found
