"""Write synthetic dump files shaped like the real ones, for tests of import at any size."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

SENTENCES = (
    "The delegation discussed cooperation in trade, transport and logistics.",
    "Experts noted that the draft strengthens the principle of the rule of law.",
    "The meeting was attended by deputies, public figures and representatives of civil society.",
    "Participants stressed the importance of open dialogue with citizens.",
    "The regional akimat presented a plan for the development of infrastructure.",
    "According to the ministry, the new rules will come into force next year.",
)


def article_lines(title: str, date: dt.date, paragraphs: list[str], url: str | None = None) -> list[str]:
    body = list(paragraphs)
    if url and body:
        body[-1] = f"{body[-1]}Source : {url}"
    return [f"{title} {date:%d.%m.%Y}", *body]


def dump_text(site: str, sections: dict[str, list[list[str]]]) -> str:
    lines = [site]
    for section, articles in sections.items():
        lines.append(f"{section} More")
        for article in articles:
            lines.extend(article)
    return "\n".join(lines)


def synthetic_dump(index: int, articles: int = 20, paragraphs: int = 3, site: str = "Test Site") -> str:
    """Dump number `index`: `articles` distinct articles, each printed in two sections."""
    date = dt.date(2026, 1, 1) + dt.timedelta(days=index)
    items = []
    for n in range(articles):
        body = [" ".join(SENTENCES[(n + k + j) % len(SENTENCES)] for j in range(4)) + f" Item {index}-{n}-{k}." for k in range(paragraphs)]
        items.append(article_lines(f"Report {index}-{n} on the regional development plan", date, body, f"https://example.org/news/{index}/{n}?lang=en"))
    return dump_text(site, {"News": items, "Society": items})


def write_dump(path: Path, text: str, *, encoding: str = "utf-8", compress: bool = False) -> Path:
    data = text.encode(encoding)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if compress else data)
    return path
