"""Parse the text of a news-site dump into sections and articles.

The format, as the scraper writes it:

    Enbekshi QazaQ                                   <- line 1: the site
    News More                                        <- "<Section> More" starts a section
    Title of the article 04.02.2026                  <- a title ends with DD.MM.YYYY
    First paragraph ...                              <- body: one paragraph per line
    Last paragraph ...Source : https://...           <- optional source URL, often glued on

Real dumps are messy, so the parser never gives up on a file that has any structure: it
records a warning with the line number for everything odd and keeps every line of text it
saw somewhere (nothing is dropped silently). Markup in a dump is text and stays text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

# Only the trailing date counts: a title may itself contain dates.
_TRAILING_DATE = re.compile(r"(?:^|\s)(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
# "<Section> More": section names are short, and the line must not end in a date.
_SECTION = re.compile(r"^\s*(\S(?:.{0,78}?\S)?)\s+More\s*$")
_URL_START = re.compile(r"https?://", re.IGNORECASE)
_MAX_SECTION_LINE = 100
_DATE_TAIL = 24  # enough characters to see " 04.02.2026" plus trailing blanks
_MAX_UNDATED_TITLE = 250  # longer lines are paragraphs, not titles that lost their date
_END_PUNCTUATION = (".", "!", "?", "…", ":", ";")
_CLOSING = "\"'”’»)]"


@dataclass(frozen=True)
class ParseIssue:
    """Something odd in a dump, tied to the line a user can open the file at."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class ParsedArticle:
    """One article as printed at one place in one dump."""

    section: str | None
    position: int  # 0-based order of the article within the dump
    line: int  # 1-based line of the title
    title: str
    date: dt.date | None
    paragraphs: tuple[str, ...]
    source_url: str | None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class ParsedDump:
    site: str
    articles: tuple[ParsedArticle, ...]
    issues: tuple[ParseIssue, ...] = field(default=())
    line_count: int = 0


class DumpFormatError(Exception):
    """The text holds no dump structure at all, so importing it would only add noise."""


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF and CR only; str.splitlines would also cut at U+2028 inside a body."""
    if text.startswith("\ufeff"):
        text = text[1:]
    # CRLF, then lone CR, become LF: the same cut as a regex over \r\n|\r|\n, at C speed.
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def match_title(line: str) -> tuple[str, dt.date | None, str | None] | None:
    """Return (title, date, problem) if the line ends with a DD.MM.YYYY date, else None."""
    tail_start = max(0, len(line) - _DATE_TAIL)
    m = _TRAILING_DATE.search(line, tail_start)
    if m is None:
        return None
    title = line[: m.start()].strip()
    day, month, year = (int(g) for g in m.groups())
    try:
        return title, dt.date(year, month, day), None
    except ValueError:
        return title, None, f"{m.group(0).strip()} is not a valid date"


def match_section(line: str) -> str | None:
    if len(line) > _MAX_SECTION_LINE:
        return None
    m = _SECTION.match(line)
    return m.group(1) if m else None


def split_source(paragraph: str) -> tuple[str, str | None]:
    """Cut a trailing "Source : <url>" off a paragraph; scrapers often glue it to the last sentence.

    The URL runs to the end without whitespace, so it starts in the last token: each "http(s)://"
    there is checked by looking back for "Source :" (a regex search would backtrack over a long
    crafted token, quadratically). Of several candidates the leftmost wins, as a search would.
    """
    body = paragraph.rstrip()
    last_token = len(body) - len(body.rsplit(None, 1)[-1]) if body else 0
    for m in _URL_START.finditer(body, last_token):
        if m.end() == len(body):
            break  # "https://" with nothing after it is not a URL
        label = _source_label_before(body, m.start())
        if label is not None:
            return body[:label].rstrip(), body[m.start() :]
    return paragraph, None


def _source_label_before(text: str, url: int) -> int | None:
    """Where "Source" starts if `text` reads "Source : " (any blanks, or none) just before `url`, else None.

    Only blanks before the last token can be skipped, and only by the one or two candidates at
    its start: every other candidate looks at a few characters, so the parse stays linear.
    """
    at = url
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at == 0 or text[at - 1] != ":":
        return None
    at -= 1
    while at > 0 and text[at - 1].isspace():
        at -= 1
    start = at - len("source")
    if start < 0 or text[start:at].lower() != "source":
        return None
    return start


@dataclass
class _Pending:
    section: str | None
    line: int
    title: str
    date: dt.date | None
    paragraphs: list[str] = field(default_factory=list)
    source_url: str | None = None


def parse_dump(text: str) -> ParsedDump:
    """Parse a whole dump; raise DumpFormatError when there is no dump structure in it."""
    lines = split_lines(text)
    issues: list[ParseIssue] = []
    numbered = [(i + 1, ln.strip()) for i, ln in enumerate(lines)]
    content = [(n, ln) for n, ln in numbered if ln]
    if not content:
        raise DumpFormatError("the file is empty")

    site_line, site = content[0]
    rest = content[1:]
    if match_section(site) is not None or match_title(site) is not None:
        issues.append(ParseIssue(site_line, "the first line should name the site; found a section or title instead"))
        rest = content
        site = "Unknown site"

    articles: list[ParsedArticle] = []
    section: str | None = None
    pending: _Pending | None = None
    # After a section line or a "Source :" line, the next line must start an article.
    expect_title = True
    # Only a line ending in a date proves the file is a dump; without one, any prose would import.
    dated_titles = 0
    stray: list[tuple[int, str]] = []

    def flush() -> None:
        nonlocal pending
        if pending is None:
            return
        if not pending.paragraphs and pending.source_url is None:
            issues.append(ParseIssue(pending.line, f"the article {_quote(pending.title)} has no text (is the dump cut off?)"))
        articles.append(
            ParsedArticle(
                section=pending.section,
                position=len(articles),
                line=pending.line,
                title=pending.title,
                date=pending.date,
                paragraphs=tuple(pending.paragraphs),
                source_url=pending.source_url,
            )
        )
        pending = None

    for index, (number, line) in enumerate(rest):
        name = match_section(line)
        if name is not None:
            flush()
            section = name
            expect_title = True
            continue
        titled = match_title(line)
        if titled is not None:
            dated_titles += 1
        if titled is None and expect_title:
            titled = (line, None, "this title has no date")
        if titled is not None:
            flush()
            title, date, problem = titled
            if problem:
                issues.append(ParseIssue(number, problem))
            if not title:
                issues.append(ParseIssue(number, "the title is empty"))
                title = "Untitled"
            if section is None:
                issues.append(ParseIssue(number, "this article comes before any section line"))
            pending = _Pending(section=section, line=number, title=title, date=date)
            expect_title = False
            continue
        if pending is None:
            stray.append((number, line))
            continue
        body, url = split_source(line)
        if url is None and pending.paragraphs and index + 1 < len(rest) and _looks_like_undated_title(line, rest[index + 1][1]):
            issues.append(
                ParseIssue(
                    number,
                    f"{_quote(line)} looks like a title without its date; it was kept as a paragraph of"
                    f" {_quote(pending.title)} (check the dump and the scraper)",
                )
            )
        if body:
            pending.paragraphs.append(body)
        if url is not None:
            pending.source_url = url
            expect_title = True
    flush()

    if not dated_titles:
        where = f" (first text at line {rest[0][0]})" if rest else ""
        raise DumpFormatError(f"no article titles (lines ending in a DD.MM.YYYY date) were found{where}")
    for number, line in stray:
        issues.append(ParseIssue(number, f"text outside any article was kept out of the library: {_quote(line)}"))
    return ParsedDump(site=site, articles=tuple(articles), issues=tuple(issues), line_count=len(lines))


def _looks_like_undated_title(line: str, next_line: str) -> bool:
    """A short line without end punctuation, after a paragraph and before another one, inside an
    article: the shape of a title whose date the scraper lost. Only worth a warning, since a
    subheading has the same shape; merging it into the body silently would hide a lost article.
    """
    if len(line) > _MAX_UNDATED_TITLE or len(line.split(None, 1)) < 2 or line[0].islower():
        return False
    if line.rstrip(_CLOSING).endswith(_END_PUNCTUATION):
        return False
    if match_section(next_line) is not None or match_title(next_line) is not None:
        return False
    # The next line is a body paragraph: a sentence, or longer than any title.
    return (
        next_line.rstrip(_CLOSING).endswith(_END_PUNCTUATION)
        or len(next_line) > _MAX_UNDATED_TITLE
        or split_source(next_line)[1] is not None
    )


def _quote(text: str, limit: int = 60) -> str:
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"
