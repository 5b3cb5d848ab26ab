"""Evidence in a passage that survives translation: numbers, amounts, dates, names, URLs, quotes.

Kazakh, Russian and English editions of one news item share few words but many facts: "US$200
million", "200 млн долларов" and "200 млн АҚШ доллары" all say 2e8 USD; "04.02.2026", "4
February 2026", "4 февраля 2026 года" and "2026 жылғы 4 ақпан" are one date; "Tokayev",
"Токаев" and "Тоқаев" one name. This module finds such things in a passage and gives each a
key that compares equal across the languages, which the aligner uses as anchors (hunalign's
identical-token heuristic, Moore's anchors) and the drift check compares side by side.

Numbers are normalised across conventions ("1 000,5" and "1,000.5"; "млн", "million",
"миллион", "мың"), and a number written ambiguously ("1,500": a thousand and a half in
English, one and a half in Russian) keeps both readings. Names get a phonetic key: transliterated
to Latin, digraphs folded ("kh", "zh", "sh"), vowels dropped after the first letter, the first
three consonants kept; so case endings ("Астанада", "Morgannak") and spelling variants
("Kazakhstan", "Қазақстан") meet, at the price of the odd collision, which is why names weigh
less than numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache


class AnchorKind(Enum):
    NUMBER = "number"
    AMOUNT = "amount"  # a number with a currency
    PERCENT = "percent"
    DATE = "date"
    NAME = "name"  # a capitalised word, or a Latin-script word in a Cyrillic text
    ACRONYM = "acronym"
    URL = "url"
    QUOTE = "quote"  # a quotation of several words, in quotation marks
    NEGATION = "negation"
    MARK = "mark"  # ? ! ( … ): weak evidence for the aligner only
    WORD = "word"  # a long word's phonetic key: cognates and loanwords ("инвестиция", "investment")


@dataclass(frozen=True)
class Anchor:
    kind: AnchorKind
    key: str  # equal across languages for the same fact
    text: str  # as written
    start: int
    end: int
    # Every reading of an ambiguous number ("1,500": 1500 or 1.5), the key's included.
    readings: frozenset[str] = frozenset()
    currency: str | None = None  # for amounts: ISO code
    latin: bool = False  # a name or acronym written in Latin script
    # A number written in words, or a Kazakh negative suffix: it confirms what the other edition
    # says, but is too ambiguous to be reported missing itself.
    spelled: bool = False
    sentence_initial: bool = False  # a capitalised word that starts a sentence may be no name at all


# --- numbers -------------------------------------------------------------------------------------
_SPACE = "  \u202f\u2009"
_NUM = re.compile(
    rf"(?<![\w.,/])(?:\d{{1,3}}(?:[{_SPACE}]\d{{3}})+(?:,\d+)?(?![\d])|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
)
_SCALE_WORDS: tuple[tuple[str, float], ...] = (
    (r"трлн\.?|триллион\w*|trillion\w*|trn\b", 1e12),
    (r"млрд\.?|миллиард\w*|billion\w*|bln\b|bn\b", 1e9),
    (r"млн\.?|миллион\w*|million\w*|mln\b", 1e6),
    (r"тыс\.?|тысяч\w*|мың\w*|thousand\w*", 1e3),
)
_SCALE = re.compile(r"[\s-]?(" + "|".join(p for p, _ in _SCALE_WORDS) + r")", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s?(%|per\s?cent\w*|процент\w*|пайыз\w*)", re.IGNORECASE)
_CURRENCY_AFTER: tuple[tuple[str, str], ...] = (
    (r"(?:US\s?)?dollars?|USD|US\$|\$|долл\.?(?:ар\w*)?(?:\s+США)?|АҚШ\s+доллар\w*|доллар\w*", "USD"),
    (r"euros?|EUR|€|евро", "EUR"),
    (r"tenge|KZT|₸|тенге|теңге\w*", "KZT"),
    (r"roubles?|rubles?|RUB|₽|рубл\w*", "RUB"),
    (r"yuan|CNY|юан\w*", "CNY"),
    (r"pounds?\s+sterling|GBP|£|фунт\w*", "GBP"),
)
_CURRENCY_AFTER_RE = re.compile(
    r"\s?(?:" + "|".join(f"(?P<c{k}>{p})" for k, (p, _) in enumerate(_CURRENCY_AFTER)) + r")(?!\w)", re.IGNORECASE
)
_CURRENCY_BEFORE_RE = re.compile(r"(US\$|USD|\$|EUR|€|KZT|₸|RUB|₽|CNY|GBP|£)\s?$")
_BEFORE_CODES = {
    "US$": "USD",
    "USD": "USD",
    "$": "USD",
    "EUR": "EUR",
    "€": "EUR",
    "KZT": "KZT",
    "₸": "KZT",
    "RUB": "RUB",
    "₽": "RUB",
    "CNY": "CNY",
    "GBP": "GBP",
    "£": "GBP",
}

# Numbers written in words, 2 to 99 (one, "бір", "один" double as articles and pronouns).
_UNITS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
    "сорок": 40, "сорока": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90,
    "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
}  # fmt: skip

# --- dates ---------------------------------------------------------------------------------------
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january январ қаңтар",
        "february феврал ақпан",
        "march март наурыз",
        "april апрел сәуір",
        "may ма мамыр",
        "june июн маусым",
        "july июл шілде",
        "august август тамыз",
        "september сентябр қыркүйек",
        "october октябр қазан",
        "november ноябр қараша",
        "december декабр желтоқсан",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_EN_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_RU_MONTH = r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_RU_MONTH_ANY = r"(январ[ья]\w*|феврал[ья]\w*|март\w*|апрел[ья]\w*|ма[йея]\w*|июн[ья]\w*|июл[ья]\w*|август\w*|сентябр[ья]\w*|октябр[ья]\w*|ноябр[ья]\w*|декабр[ья]\w*)"
_KK_MONTH = r"(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*"
_YEAR = r"((?:19|20)\d\d)"
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[int | None, int | None, int | None]], ...] = tuple(
    # English month names are capitalised; Russian and Kazakh ones are not, but may start a sentence.
    (re.compile(p, re.IGNORECASE if i >= 5 else 0), groups)
    for i, (p, groups) in enumerate(
        (
            (r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d])", (1, 2, 3)),
            (r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])", (3, 2, 1)),
            (rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+{_EN_MONTH}(?:,?\s+{_YEAR})?(?!\w)", (1, 2, 3)),
            (rf"(?<!\w){_EN_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*{_YEAR})?(?![\w])", (2, 1, 3)),
            (rf"(?<!\w){_EN_MONTH}\s+(?:of\s+)?{_YEAR}(?!\w)", (None, 1, 2)),
            (rf"(?<!\d)(\d{{1,2}})\s+{_RU_MONTH}(?:\s+{_YEAR}(?:\s*(?:года|году|г\.))?)?(?!\w)", (1, 2, 3)),
            (rf"(?<!\w){_RU_MONTH_ANY}\s+{_YEAR}(?!\w)", (None, 1, 2)),
            (rf"(?:(?<!\d){_YEAR}\s+жыл\w*\s+)?(?<!\d)(\d{{1,2}})\s+{_KK_MONTH}(?!\w)", (2, 3, 1)),
            (rf"{_YEAR}\s+жыл\w*\s+{_KK_MONTH}(?!\w)", (None, 2, 1)),
        )
    )
)

_ANY_MONTH = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?i:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
)

# --- names, URLs, quotes, negations --------------------------------------------------------------
_URL = re.compile(r"(?:https?://|www\.)[^\s<>«»\"“”]+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_QUOTED = re.compile(r"«([^«»]+)»|“([^“”]+)”|„([^„“”]+)[“”]|\"([^\"]+)\"")
_NEGATIONS = {
    "en": re.compile(r"(?<!\w)(?:not|no|never|neither|nor|none|nobody|nothing|cannot)(?!\w)|n['’]t(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:не|нет|ни|никогда|ничего|никто|нельзя)(?!\w)", re.IGNORECASE),
    "kk": re.compile(r"(?<!\w)(?:емес|жоқ|ешқашан|ешқандай|ешбір|ешкім|ештеңе)(?!\w)", re.IGNORECASE),
}
# Kazakh also negates verbs with a suffix (-ма/-ме/-ба/-бе/-па/-пе before the tense), which no rule
# tells apart from stems that happen to end so: such a match only confirms a negation found in the
# other edition, and is never itself reported missing.
_WEAK_NEGATIONS = {
    "en": re.compile(r"(?<!\w)non-(?=\w)", re.IGNORECASE),  # non-food
    "ru": re.compile(r"(?<!\w)(?:не|без)\w{4,}", re.IGNORECASE),  # непродовольственные, безвизовый
}
_KK_NEGATIVE_SUFFIX = re.compile(
    r"(?<=\w\w)(?:ма|ме|ба|бе|па|пе)(?:й\w*|у\w*|ды\w*|ді\w*|ған\w*|ген\w*|с\w*)(?!\w)", re.IGNORECASE
)
# Capitalised words that start many sentences, or title-case common nouns of institutions'
# names that the other editions translate rather than transliterate: not names to compare.
_NOT_NAMES = frozenset(
    """
    the a an and but or so if in on at of to for by with from as this that these those there here it its he she his her
    they their we our you your i my me us him them who what when where why how which while after before during since
    also however meanwhile moreover furthermore according today yesterday tomorrow then thus therefore yet still
    mr mrs ms dr sir his her excellency president prime minister ministry deputy head state government republic
    national international business forum sea trade port agency committee council bank group company companies
    corporation limited holding fund foundation university institute center centre region district city day week year
    assembly parliament senate office service department affairs foreign economy economic development investment
    investments energy industry industrial agriculture health education science culture sport sports information digital
    finance financial security defence defense justice interior emergency labour labor social protection ecology
    natural resources water transport communications innovation summit organization organisation union nations united
    chamber commerce association board chairman director general secretary ambassador embassy court supreme police
    railway airport airlines road street avenue park square palace hall house museum theatre library school hospital
    program programme plan strategy concept code law decree order award prize games championship cup league club team
    festival exhibition conference congress meeting session platform network system project initiative partnership
    cooperation agreement memorandum declaration report index monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    east west north south central eastern western northern southern new world global media press news more source
    article articles chapter section paragraph clause constitution
    """.split()
)
# Capitalised words that editions translate rather than transliterate (exonyms, demonyms, words of
# titles): still evidence for the aligner when they match, but no name the drift check expects.
TRANSLATED_NAMES = frozenset(
    """
    states kingdom photo great steppe credit artificial intelligence situations governor fund hub
    arab arabian emirates turkey turkish hungary hungarian russia russian kazakh english german germany france french
    china chinese japan japanese korea korean britain british america american europe european india indian iran
    iranian uzbek kyrgyz tajik turkmen mongolia mongolian georgia georgian armenia armenian azerbaijan ukraine belarus
    poland polish italy italian spain spanish greece egypt saudi caspian middle asia asian pakistani afghan afghanistan
    """.split()
)
# Acronyms that each edition spells in its own language (UN, ООН, БҰҰ): never expected verbatim.
TRANSLATED_ACRONYMS = frozenset(
    "un eu us usa uk nato who cis sco csto eaeu eeu osce imf gdp vat ceo unesco unicef opec wto fao cica oic brics tv ngo sme".split()
)
# Legal forms: each edition writes its own (JSC, АО, АҚ; LLP, ТОО, ЖШС).
LEGAL_FORMS = frozenset("jsc llp llc plc pjsc ojsc ltd inc corp gmbh ag sa nc ао тоо оао пао зао нк ао ақ жшс ұк".split())
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")

_TRANSLIT = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "z",
        "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n",
        "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f",
        "х": "k", "һ": "k", "ц": "s", "ч": "c", "ш": "s", "щ": "s", "ъ": "", "ы": "i", "ь": "", "э": "e",
        "ю": "iu", "я": "ia",
    }
)  # fmt: skip
_DIGRAPHS = (
    ("dzh", "z"),
    ("dz", "z"),
    ("kh", "k"),
    ("zh", "z"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "s"),
    ("th", "t"),
    ("ph", "f"),
    ("gh", "g"),
    ("ck", "k"),
)
# One symbol per sound class, voiced and voiceless alike (Ahmed/Ахмет, Zhetysu/Жетісу).
_LATIN_FOLD = str.maketrans(
    {"q": "k", "c": "k", "x": "k", "w": "f", "v": "f", "j": "s", "y": "i", "h": "k", "z": "s", "d": "t", "b": "p", "g": "k"}
)
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=65536)
def fold_for_names(word: str) -> str:
    """The word in a coarse Latin spelling shared by its Latin and Cyrillic forms ("tokaief")."""
    w = unicodedata.normalize("NFKD", word.casefold().translate(_TRANSLIT))
    w = "".join(ch for ch in w if "a" <= ch <= "z")
    for digraph, single in _DIGRAPHS:
        w = w.replace(digraph, single)
    return w.translate(_LATIN_FOLD)


@lru_cache(maxsize=65536)
def name_key(word: str) -> str | None:
    """A phonetic key under which a name's spellings in Latin and Cyrillic meet; None for words too short to tell."""
    w = fold_for_names(word)
    if not w:
        return None
    key = "V" if w[0] in _VOWELS else ""
    previous = ""
    for ch in w:
        if ch in _VOWELS:
            previous = ""
            continue
        if ch != previous:
            key += ch
        previous = ch
        if len(key) >= 3 + (key[:1] == "V"):
            break
    consonants = len(key) - (key[:1] == "V")
    return key if consonants >= 2 and len(w) >= 3 else None


def _number_readings(raw: str) -> list[float]:
    """Every plausible value of a figure as written; the first is the likeliest."""
    s = raw
    for space in _SPACE:
        s = s.replace(space, "")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.000,5
            return [float(s.replace(".", "").replace(",", "."))]
        return [float(s.replace(",", ""))]  # 1,000.5
    for sep in (",", "."):
        if sep in s:
            parts = s.split(sep)
            if len(parts) > 2:
                return [float(s.replace(sep, ""))]
            if len(parts[1]) == 3 and parts[0] not in ("0", ""):
                # 1,500 / 1.500: thousands in one convention, a fraction in the other.
                return (
                    [float(s.replace(sep, "")), float(s.replace(sep, "."))]
                    if sep == ","
                    else [float(s.replace(sep, "")), float(s)]
                )
            return [float(s.replace(",", "."))]
    return [float(s)]


def _fmt(value: float) -> str:
    return f"{value:.6g}"


@dataclass(frozen=True)
class Evidence:
    """The anchors of one passage, in order, and the keys the aligner weighs."""

    anchors: tuple[Anchor, ...]

    def of_kind(self, *kinds: AnchorKind) -> tuple[Anchor, ...]:
        return tuple(a for a in self.anchors if a.kind in kinds)


_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)


def detect_language(text: str) -> str:
    """ "kk", "ru" or "en", by letters: enough to pick negation words.

    Kazakh has letters Russian lacks, but a Russian text quotes Kazakh names («Қазақстан темір
    жолы»), so it takes a share of them, not one.
    """
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic <= len(_LATIN.findall(text)):
        return "en"
    return "kk" if len(_KAZAKH_LETTERS.findall(text)) >= 0.05 * cyrillic else "ru"


def find_anchors(text: str, language: str | None = None) -> Evidence:
    """Everything in the passage that another edition should state too."""
    language = language or detect_language(text)
    cyrillic_text = language in ("kk", "ru")
    anchors: list[Anchor] = []
    taken = bytearray(len(text))  # characters already explained by an anchor

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:)!?")
        end = m.start() + len(url)
        key = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.casefold())
        key = re.sub(r"[?&]lang=\w+", "", key).rstrip("/")
        anchors.append(Anchor(AnchorKind.URL, "u:" + key, url, m.start(), end))
        take(m.start(), end)

    months = _ANY_MONTH.search(text) is not None
    for k, (pattern, (d, mo, y)) in enumerate(_DATE_PATTERNS):
        if k >= 2 and not months:  # a month's name is needed from here on; one scan tells
            continue
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            day = int(m.group(d)) if d and m.group(d) else None
            month = _month(m.group(mo)) if mo else None
            year = int(m.group(y)) if y and m.group(y) else None
            if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
                continue
            key = f"d:{year or '????'}-{month:02d}-{day:02d}" if day else f"d:{year or '????'}-{month:02d}"
            anchors.append(Anchor(AnchorKind.DATE, key, m.group(0), m.start(), m.end()))
            take(m.start(), m.end())

    for m in _NUM.finditer(text):
        start, end = m.start(), m.end()
        if not free(start, end):
            continue
        values = _number_readings(m.group(0))
        after = text[end : end + 40]
        scale = 1.0
        s = _SCALE.match(after)
        if s:
            word = s.group(1).casefold()
            scale = next(f for p, f in _SCALE_WORDS if re.fullmatch(p, word, re.IGNORECASE))
            end += s.end()
            after = text[end : end + 40]
        kind, currency = AnchorKind.NUMBER, None
        p = _PERCENT_AFTER.match(after)
        c = _CURRENCY_AFTER_RE.match(after)
        before = _CURRENCY_BEFORE_RE.search(text[max(0, start - 5) : start])
        if p:
            kind = AnchorKind.PERCENT
            end += p.end()
        elif before:
            kind, currency = AnchorKind.AMOUNT, _BEFORE_CODES[before.group(1).upper()]
            start -= len(before.group(0))
        elif c:
            kind = AnchorKind.AMOUNT
            currency = next(code for k, (_, code) in enumerate(_CURRENCY_AFTER) if c.group(f"c{k}"))
            end += c.end()
        readings = frozenset(_fmt(v * scale) for v in values)
        prefix = "p:" if kind is AnchorKind.PERCENT else "n:"
        key = prefix + _fmt(values[0] * scale)
        anchors.append(Anchor(kind, key, text[start:end], start, end, frozenset(prefix + r for r in readings), currency))
        take(start, end)

    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        first = _UNITS.get(m.group(0).casefold())
        if first is None or not free(m.start(), m.end()):
            continue
        end, second = m.end(), 0
        if k + 1 < len(words) and first % 10 == 0 and first >= 20:  # "thirty-two", "отыз екі"
            after = words[k + 1]
            following = _UNITS.get(after.group(0).casefold())
            if following is not None and following < 10 and text[m.end() : after.start()] in (" ", "-"):
                end, second = after.end(), following
        key = "n:" + _fmt(first + second)
        anchors.append(Anchor(AnchorKind.NUMBER, key, text[m.start() : end], m.start(), end, frozenset({key}), spelled=True))
        take(m.start(), end)

    for m in _QUOTED.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) >= 4:
            anchors.append(Anchor(AnchorKind.QUOTE, "q", m.group(0), m.start(), m.end()))

    sentence_starts = _sentence_starts(text)
    for m in words:
        if not free(m.start(), m.end()):
            continue
        word = m.group(0)
        latin = bool(_LATIN.match(word))
        if (
            latin
            and len(word) >= 2
            and (word.isupper() or sum(ch.isupper() for ch in word) >= 2)
            and any(ch.isalpha() for ch in word)
        ):
            key = "a:" + word.casefold() if word.isupper() else _name("k:", word)
            if key:
                anchors.append(
                    Anchor(AnchorKind.ACRONYM if word.isupper() else AnchorKind.NAME, key, word, m.start(), m.end(), latin=True)
                )
            continue
        if cyrillic_text and not latin and word.isupper() and len(word) >= 2:
            anchors.append(Anchor(AnchorKind.ACRONYM, "a:" + word.casefold(), word, m.start(), m.end()))
            continue
        if not word[0].isupper():
            if len(word) >= 5:
                key = name_key(word)
                if key and len(key) - (key[:1] == "V") >= 3:
                    anchors.append(Anchor(AnchorKind.WORD, "w:" + key, word, m.start(), m.end()))
            continue
        if word.casefold() in _NOT_NAMES:
            continue
        key = _name("k:", word)
        if key:
            initial = m.start() in sentence_starts
            anchors.append(
                Anchor(AnchorKind.NAME, key, word, m.start(), m.end(), latin=latin and cyrillic_text, sentence_initial=initial)
            )

    negation = _NEGATIONS.get(language)
    if negation is not None:
        for m in negation.finditer(text):
            anchors.append(Anchor(AnchorKind.NEGATION, "neg", m.group(0), m.start(), m.end()))
    weak = _KK_NEGATIVE_SUFFIX if language == "kk" else _WEAK_NEGATIONS.get(language)
    if weak is not None:
        for m in weak.finditer(text):
            anchors.append(Anchor(AnchorKind.NEGATION, "neg", m.group(0), m.start(), m.end(), spelled=True))

    for m in re.finditer(r"[?!(]", text):
        if taken[m.start()]:
            continue
        anchors.append(Anchor(AnchorKind.MARK, m.group(0), m.group(0), m.start(), m.end()))
    stripped = text.lstrip()
    if stripped[:1] in '-–—"“„«':  # a line of dialogue, whichever way the language marks it
        anchors.append(Anchor(AnchorKind.MARK, "dialogue", stripped[:1], 0, 1))

    anchors.sort(key=lambda a: (a.start, a.end))
    return Evidence(tuple(anchors))


def _month(raw: str | None) -> int | None:
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    word = raw.casefold()
    for length in range(len(word), 1, -1):
        found = _MONTHS.get(word[:length])
        if found:
            return found
    return None


def _name(prefix: str, word: str) -> str | None:
    key = name_key(word)
    return prefix + key if key else None


def _sentence_starts(text: str) -> set[int]:
    starts = {len(text) - len(text.lstrip())}
    for m in re.finditer(r"[.!?…][\"”»’')\]]*\s+[\"“«„(—–-]*\s*", text):
        starts.add(m.end())
    return starts


WORD_WEIGHT = 0.3
# How much an anchor shared by two passages says that they translate each other, by kind (in nats).
WEIGHTS: dict[AnchorKind, float] = {
    AnchorKind.URL: 6.0,
    AnchorKind.DATE: 5.0,
    AnchorKind.AMOUNT: 5.0,
    AnchorKind.PERCENT: 5.0,
    AnchorKind.NUMBER: 4.0,
    AnchorKind.ACRONYM: 3.0,
    AnchorKind.NAME: 2.0,
    AnchorKind.QUOTE: 0.5,
    AnchorKind.MARK: 0.7,
    AnchorKind.WORD: WORD_WEIGHT,
}


def alignment_keys(evidence: Evidence) -> dict[str, tuple[int, float]]:
    """key -> (how often, weight): the anchors the aligner counts, with the weight of the strongest kind."""
    counts: Counter[str] = Counter()
    weights: dict[str, float] = {}
    for a in evidence.anchors:
        weight = WEIGHTS.get(a.kind)
        if weight is None:
            continue
        key = a.key
        if a.kind in (AnchorKind.AMOUNT, AnchorKind.NUMBER):
            key = "n:" + a.key[2:]
        counts[key] += 1
        weights[key] = max(weights.get(key, 0.0), weight)
    return {k: (c, weights[k]) for k, c in counts.items()}
