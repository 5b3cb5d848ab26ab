"""Cut a paragraph into sentences, for aligning inside paragraphs and for the drift check.

The alignment only needs cuts that are consistent and rarely wrong, not a linguist's
segmentation: a missed cut makes a 2-1 bead, which the aligner handles. So this is a short
rule set that runs in microseconds per paragraph (a library such as pysbd is about a thousand
times slower, which a 1,500-paragraph book cannot afford): a stop, question or exclamation
mark, optionally closed by a quote or bracket, then a space and something that starts a
sentence (a capital, a digit, an opening quote or a dash). Scraped bodies often glue sentences
together ("…infrastructure.The largest…"); those are cut too, after a lower-case letter only.
Abbreviations and initials ("Mr.", "т.е.", "г.", "J. R.") do not end a sentence.
"""

from __future__ import annotations

import re

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zß-öø-ÿа-яёәғқңөұүһі"
_STARTER = rf"[{_UPPER}0-9«\"“„‘'(\[—–-]"
_CUT = re.compile(rf"[.!?…]+[\"”»’')\]]*(?:\s+(?={_STARTER})|(?<=[{_LOWER}][.!?])(?=[{_UPPER}][{_LOWER}]))")

# Words after which a stop is an abbreviation's, not a sentence end (compared case-insensitively).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr vs etc e.g i.e no nos co corp inc ltd jsc llp gen col lt sgt capt rev gov sen rep
    jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept est vol pp p ed
    т.е т.к т.д т.п т.н др пр г гг ул им млн млрд тыс трлн руб долл см стр рис тел обл р-н корп каб акад проф
    ж.б т.б т.с.с ж мың млн млрд трлн
    """.split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in the text, in order, without surrounding spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CUT.finditer(text):
        stop = m.start()
        if _is_abbreviation(text, start, stop):
            continue
        end = m.start() + len(m.group(0).rstrip())
        if text[start:end].strip():
            spans.append(_strip(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def _is_abbreviation(text: str, start: int, stop: int) -> bool:
    """Whether the stop at `stop` closes an abbreviation or an initial rather than a sentence."""
    if text[stop] != ".":
        return False
    word_start = stop
    while word_start > start and not text[word_start - 1].isspace() and text[word_start - 1] not in '(«"“':
        word_start -= 1
    word = text[word_start:stop]
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: "J. Smith", "Қ. Тоқаев"
        return True
    return word.casefold() in _ABBREVIATIONS or word.casefold().rstrip(".") in _ABBREVIATIONS


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
