"""The search box language: free words and "phrases", plus field filters.

    constitution "rule of law" tag:politics -tag:done section:News source:enbekshi
    date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions
    code:Conflict  -code:"Frames/Consensus"

Whatever a user types is valid: unbalanced quotes, stray FTS operators (AND, NEAR, *, ^, :)
and unknown fields are read as plain words. User text reaches FTS5 only inside quoted
strings, so it can never be parsed as FTS syntax. Control characters (NUL ends an FTS5 string)
are spaces. A pasted page is not a search: past MAX_TERMS words and MAX_FILTERS filters the
rest is left out and reported, which also keeps the SQL within SQLite's expression depth.

How loosely a word matches (its forms, Kazakh typed on a Russian keyboard, the Latin script)
is the query's `matching`, the user's search options; a word in quotes matches exactly, with
only ё and е, capitals and Latin accents taken as the same. The words are expanded into the
indexed words they stand for by search_terms.py, which needs the library; `fts_expression`
here is the exact expression, which does not.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from desktop.core.search_folding import fold_yo

MAX_TERMS = 100
MAX_FILTERS = 64
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TOKEN = re.compile(r'(-?)([A-Za-z]+):"([^"]*)"?|"([^"]*)"?|(\S+)')
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True)
class DateRange:
    """Inclusive ISO dates."""

    start: str
    end: str


@dataclass(frozen=True)
class Matching:
    """How loosely search words match; each is on unless the user turns it off."""

    word_forms: bool = True  # Конституция finds Конституции; Қазақстан finds Қазақстанда
    kazakh_keyboard: bool = True  # казакстан finds Қазақстан (Kazakh typed on a Russian keyboard)
    latin_script: bool = True  # Qazaqstan finds Қазақстан, and Қазақстан finds Qazaqstan


LOOSE = Matching()
EXACT = Matching(word_forms=False, kazakh_keyboard=False, latin_script=False)


@dataclass(frozen=True)
class QueryProblem:
    """Something in the search box that cannot be used: `kind`, the `text` typed, and the numbers
    of a cut (`count` given, `limit` used). `message` says it in English; the window says it in the
    user's language from the same fields."""

    kind: str  # "not_a_date" | "not_a_filter" | "too_many_words" | "too_many_filters"
    text: str = ""
    count: int = 0
    limit: int = 0

    @property
    def message(self) -> str:
        if self.kind == "not_a_date":
            return f"{self.text} is not a date; use date:2026-02 or date:2026-02-01..2026-02-28"
        if self.kind == "not_a_filter":
            return f"{self.text} is not a filter"
        if self.kind == "too_many_words":
            return f"the search has {self.count} words; only the first {self.limit} are searched"
        return f"the search has {self.count} filters; at most {self.limit} are used"

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[str, ...] = ()  # words, and phrases holding spaces
    tags: tuple[str, ...] = ()
    excluded_tags: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    dates: tuple[DateRange, ...] = ()
    unread: bool | None = None
    starred: bool | None = None
    has_versions: bool = False
    has_annotations: bool = False
    codes: tuple[str, ...] = ()  # code names or paths (core/coding/search_sql.py)
    excluded_codes: tuple[str, ...] = ()
    quoted: frozenset[int] = frozenset()  # which terms were typed in quotes: matched exactly
    matching: Matching = LOOSE
    problems: tuple[QueryProblem, ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        return replace(self, matching=LOOSE) == SearchQuery()

    def words(self) -> list[str]:
        """Every searched word as typed."""
        return [w for term in self.terms for w in re.findall(r"\w+", term)]

    def is_exact(self, index: int) -> bool:
        """Whether term `index` matches only as typed: a phrase, or a word in quotes."""
        return index in self.quoted or " " in self.terms[index]

    def last_is_prefix(self) -> bool:
        """Whether the last word, while it is being typed, also stands for the longer words it begins:
        not in quotes, and MIN_PREFIX letters or more (fewer match as whole words)."""
        if not self.terms or self.is_exact(len(self.terms) - 1):
            return False
        return len(re.findall(r"\w", self.terms[-1])) >= MIN_PREFIX

    def fts_expression(self, *, prefix_last: bool = False) -> str | None:
        """An FTS5 MATCH expression in which every term is a quoted string (AND-ed), ё as е: every
        word as typed (search_terms.py widens them as `matching` allows)."""
        quoted = []
        for term in self.terms:
            if not re.search(r"\w", term):
                continue  # punctuation alone matches nothing and would make FTS5 complain
            quoted.append('"' + fold_yo(term).replace('"', '""') + '"')
        if not quoted:
            return None
        if prefix_last and self.last_is_prefix():
            quoted[-1] += "*"
        return " ".join(quoted)


# As you type, the last word counts as the start of a longer one only from this many letters: "c"*
# stands for most of the vocabulary (a second and a half at 100k articles, for a list of nearly
# everything), and one or two letters say too little of what is meant; they match as whole words.
MIN_PREFIX = 3


def parse_query(text: str, matching: Matching = LOOSE) -> SearchQuery:
    """Parse the search box; never raises, and reports unusable filters in `problems`."""
    terms: list[str] = []
    quoted: set[int] = set()
    values: dict[str, list] = {"tags": [], "excluded_tags": [], "sections": [], "sources": [], "dates": [], "codes": [], "excluded_codes": []}
    flags: dict[str, object] = {}
    problems: list[QueryProblem] = []
    for m in _TOKEN.finditer(_CONTROL.sub(" ", text)):
        negated, name, field_value, phrase, bare = m.groups()
        if name is None and bare is not None and ":" in bare and not bare.startswith(":"):
            head, _, tail = bare.partition(":")
            negated = "-" if head.startswith("-") else ""
            name, field_value = head.lstrip("-"), tail
        if name is not None and field_value is not None:
            if _apply_field(name.lower(), field_value.strip(), bool(negated), values, flags, problems):
                continue
            terms.extend(w for w in re.split(r"[\s:]+", f"{name} {field_value}") if w)
            continue
        if phrase is not None:
            if phrase.strip():
                quoted.add(len(terms))
                terms.append(" ".join(phrase.split()))
            continue
        if bare:
            terms.append(bare)
    if len(terms) > MAX_TERMS:
        problems.append(QueryProblem("too_many_words", count=len(terms), limit=MAX_TERMS))
        del terms[MAX_TERMS:]
        quoted = {i for i in quoted if i < MAX_TERMS}
    filters = sum(len(v) for v in values.values())
    if filters > MAX_FILTERS:
        problems.append(QueryProblem("too_many_filters", count=filters, limit=MAX_FILTERS))
        budget = MAX_FILTERS
        for name in values:
            values[name] = values[name][:budget]
            budget -= len(values[name])
    return SearchQuery(
        terms=tuple(terms),
        tags=tuple(values["tags"]),
        excluded_tags=tuple(values["excluded_tags"]),
        sections=tuple(values["sections"]),
        sources=tuple(values["sources"]),
        dates=tuple(values["dates"]),
        unread=flags.get("unread"),  # type: ignore[arg-type]
        starred=flags.get("starred"),  # type: ignore[arg-type]
        has_versions=bool(flags.get("has_versions")),
        has_annotations=bool(flags.get("has_annotations")),
        codes=tuple(values["codes"]),
        excluded_codes=tuple(values["excluded_codes"]),
        quoted=frozenset(quoted),
        matching=matching,
        problems=tuple(problems),
    )


def _apply_field(
    name: str, value: str, negated: bool, values: dict[str, list], flags: dict[str, object], problems: list[QueryProblem]
) -> bool:
    """Apply a known field filter; False means "not a filter, search it as words"."""
    if not value:
        return name in {"tag", "section", "source", "date", "is", "has", "code"}
    if name == "tag":
        values["excluded_tags" if negated else "tags"].append(value)
    elif name == "code":
        values["excluded_codes" if negated else "codes"].append(value)
    elif name == "section":
        values["sections"].append(value)
    elif name == "source":
        values["sources"].append(value)
    elif name == "date":
        parsed = parse_date_range(value)
        if parsed is None:
            problems.append(QueryProblem("not_a_date", f"date:{value}"))
        else:
            values["dates"].append(parsed)
    elif name == "is" and value.lower() in {"unread", "read"}:
        flags["unread"] = (value.lower() == "unread") != negated
    elif name == "is" and value.lower() in {"starred", "unstarred"}:
        flags["starred"] = (value.lower() == "starred") != negated
    elif name == "has" and value.lower() in {"versions", "annotations"}:
        flags[f"has_{value.lower()}"] = True
    elif name in {"is", "has"}:
        problems.append(QueryProblem("not_a_filter", f"{name}:{value}"))
    else:
        return False
    return True


def parse_date_range(value: str) -> DateRange | None:
    """`2026`, `2026-02`, `2026-02-01`, or `A..B` of those; None when it is not a date."""
    start_text, sep, end_text = value.partition("..")
    start = _date_bounds(start_text) if start_text else ("0000-01-01", "0000-01-01")
    end = _date_bounds(end_text) if sep and end_text else (start if not sep else ("9999-12-31", "9999-12-31"))
    if start is None or end is None:
        return None
    if start[0] > end[1]:
        return None
    return DateRange(start[0], end[1])


def _date_bounds(text: str) -> tuple[str, str] | None:
    m = _DATE.match(text.strip())
    if m is None:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return f"{year:04d}-01-01", f"{year:04d}-12-31"
        mon = int(month)
        if day is None:
            last = calendar.monthrange(year, mon)[1]
            return dt.date(year, mon, 1).isoformat(), dt.date(year, mon, last).isoformat()
        iso = dt.date(year, mon, int(day)).isoformat()
        return iso, iso
    except ValueError:
        return None


def with_date_filter(text: str, date_filter: str) -> str:
    """The search box text with its date filters replaced by `date_filter` ("date:2026-02"; "" removes them)."""
    kept = [m.group(0) for m in _TOKEN.finditer(text) if not _is_date_token(m)]
    return " ".join([*kept, date_filter] if date_filter else kept)


def _is_date_token(m: re.Match[str]) -> bool:
    negated, name, _value, _phrase, bare = m.groups()
    if name is not None:
        return name.lower() == "date"
    return bool(bare) and bare.lower().startswith("date:")
