"""The search box language: free words and "phrases", plus field filters.

    constitution "rule of law" tag:politics -tag:done section:News source:enbekshi
    date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions
    code:Conflict  -code:"Frames/Consensus"

Whatever a user types is valid: unbalanced quotes, stray FTS operators (AND, NEAR, *, ^, :)
and unknown fields are read as plain words. User text reaches FTS5 only inside quoted
strings, so it can never be parsed as FTS syntax. Control characters (NUL ends an FTS5 string)
are spaces. A pasted page is not a search: past MAX_TERMS words and MAX_FILTERS filters the
rest is left out and reported, which also keeps the SQL within SQLite's expression depth.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

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
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        return self == SearchQuery()

    def words(self) -> list[str]:
        """Every searched word, for highlighting matches in the reader."""
        return [w for term in self.terms for w in re.findall(r"\w+", term)]

    def fts_expression(self, *, prefix_last: bool = False) -> str | None:
        """An FTS5 MATCH expression in which every term is a quoted string (AND-ed)."""
        quoted = []
        for term in self.terms:
            if not re.search(r"\w", term):
                continue  # punctuation alone matches nothing and would make FTS5 complain
            quoted.append('"' + term.replace('"', '""') + '"')
        if not quoted:
            return None
        if prefix_last and " " not in self.terms[-1] and re.search(r"\w", self.terms[-1]):
            quoted[-1] += "*"
        return " ".join(quoted)


def parse_query(text: str) -> SearchQuery:
    """Parse the search box; never raises, and reports unusable filters in `problems`."""
    terms: list[str] = []
    values: dict[str, list] = {"tags": [], "excluded_tags": [], "sections": [], "sources": [], "dates": [], "codes": [], "excluded_codes": []}
    flags: dict[str, object] = {}
    problems: list[str] = []
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
                terms.append(" ".join(phrase.split()))
            continue
        if bare:
            terms.append(bare)
    if len(terms) > MAX_TERMS:
        problems.append(f"the search has {len(terms)} words; only the first {MAX_TERMS} are searched")
        del terms[MAX_TERMS:]
    filters = sum(len(v) for v in values.values())
    if filters > MAX_FILTERS:
        problems.append(f"the search has {filters} filters; at most {MAX_FILTERS} are used")
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
        problems=tuple(problems),
    )


def _apply_field(name: str, value: str, negated: bool, values: dict[str, list], flags: dict[str, object], problems: list[str]) -> bool:
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
            problems.append(f"date:{value} is not a date; use date:2026-02 or date:2026-02-01..2026-02-28")
        else:
            values["dates"].append(parsed)
    elif name == "is" and value.lower() in {"unread", "read"}:
        flags["unread"] = (value.lower() == "unread") != negated
    elif name == "is" and value.lower() in {"starred", "unstarred"}:
        flags["starred"] = (value.lower() == "starred") != negated
    elif name == "has" and value.lower() in {"versions", "annotations"}:
        flags[f"has_{value.lower()}"] = True
    elif name in {"is", "has"}:
        problems.append(f"{name}:{value} is not a filter")
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
