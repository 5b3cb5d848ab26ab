"""Russian word forms for search: Snowball's Russian stemmer (PyStemmer), and the endings it takes off.

Two words are forms of one when their stems agree: "Конституция", "Конституции" and
"Конституцию" all stem to "конституц", while "конституционный" stems to "конституцион" and is
another word. Snowball is the stemmer search engines use for Russian (Lucene, Elasticsearch,
PostgreSQL and SQLite extensions), and PyStemmer is its C library with a Python face: fast
enough to stem every candidate a search meets, with wheels for every system Qalam ships on.

`ENDINGS` lists what the stemmer may take off a word (its steps, combined), so that a search
walks the index only for the stem followed by one of them; the stemmer has the last word on
each candidate.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from itertools import product

import Stemmer

MIN_STEM = 3  # a shorter stem ("он" of "она") would join words that only look alike

_local = threading.local()


def _stemmer() -> Stemmer.Stemmer:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:  # a Stemmer object is not safe to share between threads
        stemmer = _local.stemmer = Stemmer.Stemmer("russian")
    return stemmer


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word with ё as е."""
    return _stemmer().stemWord(word)


# The endings of the Snowball Russian algorithm (snowballstem.org/algorithms/russian), by step.
_GERUND = ("в", "вши", "вшись", "ив", "ивши", "ившись", "ыв", "ывши", "ывшись")
_ADJECTIVE = ("ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого",
              "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею")  # fmt: skip
_PARTICIPLE = ("", "ем", "нн", "вш", "ющ", "щ", "ивш", "ывш", "ующ")
_VERB = ("ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно", "ила", "ыла",
         "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено", "ят",
         "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю")  # fmt: skip
_NOUN = ("а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям",
         "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я")  # fmt: skip
_REFLEXIVE = ("", "ся", "сь")
_STEP_2 = ("", "и")
_STEP_3 = ("", "ост", "ость")
_STEP_4 = ("", "ь", "н", "ейш", "ейше", "ейшн")


@lru_cache(maxsize=1)
def endings() -> frozenset[str]:
    """Every string the stemmer may take off the end of a word (a superset: stems decide)."""
    adjectival = {p + a for p, a in product(_PARTICIPLE, _ADJECTIVE)}
    step_1 = set(_GERUND) | {body + r for body, r in product(adjectival | set(_VERB), _REFLEXIVE)} | set(_NOUN) | {""}
    return frozenset(a + b + c + d for a, b, c, d in product(_STEP_4, _STEP_3, _STEP_2, step_1))
