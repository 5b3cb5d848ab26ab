"""A synthetic corpus of daily dumps shaped like the real ones, at any size, for the benchmarks.

Timings mean something only on text that looks like what users import, so the corpus copies
the sample dumps' shape rather than inventing one:

- one dump per site per day, named like the samples (`0042_1_66d76ea5e4359d44.txt`);
- a site line, "<Section> More" lines, titles ending in DD.MM.YYYY, one-line bodies of
  1–4 KB built from the samples' own sentences (plus names drawn from a Zipf-distributed
  lexicon, so the full-text index sees a realistic long tail of rare words);
- "Source : https://…?lang=kk" glued to the end of most bodies;
- each article printed in one to three sections and on one to three days, the prints in
  secondary sections often quote-stripped (a second version, as in the samples);
- about 10% of articles edited in a later dump (a third version).

It is deterministic: every article is derived from `random.Random` seeded with the corpus seed
and the article's place, so the same spec always writes the same bytes. Generated corpora are
cached under the benchmark data folder (gitignored) and reused; a manifest written last marks
a corpus as complete.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import json
import random
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from desktop.core.dumps import parse_dump
from desktop.core.normalize import title_key

GENERATOR_VERSION = 2
REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLES_DIR = REPO_ROOT / "resources" / "samples"
DEFAULT_DATA_DIR = REPO_ROOT / "bench-data"
START_DATE = dt.date(2023, 1, 2)

SITES = (
    ("Enbekshi QazaQ", "enbekshiqazaq.kz"),
    ("Astana Herald", "astanaherald.kz"),
    ("Steppe Courier", "steppecourier.kz"),
    ("Irtysh Daily", "irtyshdaily.kz"),
)
SECTIONS = ("News", "Society", "Politics", "Economy", "Regions", "Culture", "Sport")
QUOTES = str.maketrans("", "", "\"'“”‘’")

# The words the search benchmarks look for (see SearchWords).
RARE_WORD = "Shalkiya"  # planted in exactly RARE_ARTICLES articles, whatever the size
RARE_ARTICLES = 10
COMMON_WORD = "constitution"  # in about a third of the sample sentences: in nearly every body
PHRASE = "rule of law"  # a phrase from the samples, in about half of the bodies
FIELD_FILTER = "section:Culture"


@dataclass(frozen=True)
class CorpusSpec:
    """How many sites publish how many new articles a day, for how many days.

    `per_day` sets the shape of the dumps: 250 gives large dumps of some 600 prints (1.5 MB), the
    shape the suite started with; 4 gives small ones of about 10 prints (20–25 KB), like the two
    sample dumps and like what a daily scraper of one site leaves, many files of fixed cost each.
    """

    name: str
    sites: int
    per_day: int
    days: int
    seed: int = 6

    @property
    def shape(self) -> str:
        return "small" if self.per_day <= SMALL_PER_DAY else "large"

    @property
    def articles(self) -> int:
        return self.sites * self.per_day * self.days

    @property
    def folder_name(self) -> str:
        return f"corpus-{self.name}-v{GENERATOR_VERSION}-s{self.seed}"


SMALL_PER_DAY = 4  # new articles per site and dump in the small-dump shape: about 10 prints, 23 KB

SPECS = {
    "smoke": CorpusSpec("smoke", sites=2, per_day=100, days=5),
    "10k": CorpusSpec("10k", sites=4, per_day=250, days=10),
    "100k": CorpusSpec("100k", sites=4, per_day=250, days=100),
    "1M": CorpusSpec("1M", sites=4, per_day=250, days=1000),
    # The small-dump shape: the same articles, printed the same way, in 62 times as many files.
    "smoke-small": CorpusSpec("smoke-small", sites=2, per_day=SMALL_PER_DAY, days=125),
    "10k-small": CorpusSpec("10k-small", sites=4, per_day=SMALL_PER_DAY, days=625),
    "100k-small": CorpusSpec("100k-small", sites=4, per_day=SMALL_PER_DAY, days=6250),
}


@dataclass(frozen=True)
class SearchWords:
    rare: str = RARE_WORD
    common: str = COMMON_WORD
    phrase: str = PHRASE
    field_filter: str = FIELD_FILTER


@dataclass(frozen=True)
class Corpus:
    spec: CorpusSpec
    folder: Path
    files: int
    bytes: int
    occurrences: int

    @property
    def articles(self) -> int:
        return self.spec.articles

    @property
    def words(self) -> SearchWords:
        return SearchWords()

    def dump_paths(self) -> list[Path]:
        return sorted(self.folder.glob("*.txt"))


# --- material from the samples ----------------------------------------------------------------
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s*(?=[A-Z\"“])")
_ENDS_IN_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\s*$")
_SYLLABLES = (
    "ka", "za", "kh", "al", "ma", "ty", "as", "ta", "na", "bek", "sul", "tan", "er", "lan", "nur", "sul", "ai", "gul",
    "dar", "zhan", "bai", "ter", "ek", "ar", "man", "sa", "ry", "ar", "ka", "ir", "tys", "ok", "zhe", "tis", "kar",
    "ga", "ly", "shym", "kent", "to", "bol", "at", "kyz", "yl", "or", "da", "ul", "y", "tau", "su", "kol",
)  # fmt: skip
_NAME_SENTENCES = (
    "{a} of the {b} district said that the work would continue next year.",
    "Residents of {a} and {b} took part in the discussion.",
    "The report was presented by {a}, head of the {b} department.",
    "According to {a}, the {b} project is already under way.",
    "Deputy {a} visited {b} to meet local entrepreneurs.",
)
LEXICON_SIZE = 60_000


@cache
def sample_sentences() -> tuple[str, ...]:
    """Every sentence of the sample dumps' bodies, in a stable order."""
    found: set[str] = set()
    for path in sorted(SAMPLES_DIR.glob("*.txt")):
        for article in parse_dump(path.read_text(encoding="utf-8")).articles:
            for paragraph in article.paragraphs:
                for sentence in _SENTENCE_SPLIT.split(paragraph):
                    sentence = sentence.strip()
                    if sentence.startswith('" '):
                        sentence = sentence[2:]
                    if len(sentence) > 20 and not _ENDS_IN_DATE.search(sentence) and RARE_WORD.lower() not in sentence.lower():
                        found.add(sentence)
    return tuple(sorted(found))


@cache
def _title_words() -> tuple[str, ...]:
    words = {w for s in sample_sentences() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", s) if len(w) > 2}
    return tuple(sorted(words))


@cache
def _lexicon() -> tuple[tuple[str, ...], list[float]]:
    """Made-up proper names with Zipf weights: a few common, most rare, as in real news."""
    rng = random.Random(1234)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < LEXICON_SIZE:
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if name not in seen and name.lower() != RARE_WORD.lower():
            seen.add(name)
            names.append(name)
    weights = list(itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(LEXICON_SIZE)))
    return tuple(names), weights


# --- one article ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Article:
    title: str
    date: dt.date
    body: str
    edited_body: str | None  # printed from the next day on
    url: str | None
    sections: tuple[str, ...]  # the first is the primary section; the others print a quote-stripped copy if `strip`
    strip: bool
    day_offsets: tuple[int, ...]  # days, after its own, on which it is printed again


def _name(rng: random.Random) -> str:
    names, weights = _lexicon()
    return names[bisect.bisect_left(weights, rng.random() * weights[-1])]


def _body(rng: random.Random, rare: bool) -> str:
    sentences = sample_sentences()
    target = rng.randint(1000, 3900)
    parts: list[str] = []
    length = 0
    while length < target - 200:
        if rng.random() < 0.12:
            sentence = rng.choice(_NAME_SENTENCES).format(a=_name(rng), b=_name(rng))
        else:
            sentence = rng.choice(sentences)
        if length + len(sentence) + 1 > 3950:
            break
        parts.append(sentence)
        length += len(sentence) + 1
    if rare:
        parts.insert(rng.randrange(len(parts) + 1), f"Residents of {RARE_WORD} village took part in the discussion.")
    glue = [" " if rng.random() < 0.85 else "" for _ in parts]
    text = "".join(p + g for p, g in zip(parts, glue, strict=True)).strip()
    while len(text.encode("utf-8")) < 1000:
        text += " " + rng.choice(sentences)
    return text


def _title(rng: random.Random) -> str:
    words = _title_words()
    n = rng.randint(6, 13)
    picked = [rng.choice(words) for _ in range(n)]
    if rng.random() < 0.3:
        picked.insert(rng.randrange(len(picked)), _name(rng))
    title = " ".join(picked)
    title = title[0].upper() + title[1:]
    return title.upper() if rng.random() < 0.25 else title


def _edit(rng: random.Random, body: str) -> str:
    """A later edit: one sentence rewritten in place and a correction appended, as sites do."""
    parts = _SENTENCE_SPLIT.split(body)
    old = parts[rng.randrange(len(parts))]
    return body.replace(old, rng.choice(sample_sentences()), 1) + " The figures were clarified by the press service."


def _article(spec: CorpusSpec, site: int, day: int, number: int, title: str) -> _Article:
    rng = random.Random(f"{spec.seed}/{site}/{day}/{number}/body")
    index = (site * spec.days + day) * spec.per_day + number
    body = _body(rng, rare=index in _rare_indexes(spec))
    edited = rng.random() < 0.10
    offsets = {0}
    if edited or rng.random() < 0.40:
        offsets.add(1)
    if rng.random() < 0.10:
        offsets.add(2)
    primary = rng.choice(SECTIONS[1:]) if rng.random() < 0.7 else SECTIONS[0]
    sections = [primary]
    if rng.random() < 0.5:
        sections.append(rng.choice([s for s in SECTIONS if s != primary]))
    if rng.random() < 0.1:
        sections.append(rng.choice([s for s in SECTIONS if s not in sections]))
    url = f"https://www.{SITES[site][1]}/news/details/{1_000_000 + index}?lang=kk" if rng.random() < 0.7 else None
    return _Article(
        title=title,
        date=START_DATE + dt.timedelta(days=day),
        body=body,
        edited_body=_edit(rng, body) if edited else None,
        url=url,
        sections=tuple(sections),
        strip=rng.random() < 0.6,
        day_offsets=tuple(sorted(offsets)),
    )


@cache
def _rare_indexes(spec: CorpusSpec) -> frozenset[int]:
    rng = random.Random(f"{spec.seed}/rare")
    return frozenset(rng.sample(range(spec.articles), RARE_ARTICLES))


def _day_articles(spec: CorpusSpec, site: int, day: int) -> list[_Article]:
    """The articles a site published on a day, with titles distinct by identity key."""
    rng = random.Random(f"{spec.seed}/{site}/{day}/titles")
    keys: set[str] = set()
    result = []
    for number in range(spec.per_day):
        title = _title(rng)
        while title_key(title) in keys:
            title = _title(rng)
        keys.add(title_key(title))
        result.append(_article(spec, site, day, number, title))
    return result


def _print(article: _Article, section_index: int, offset: int) -> list[str]:
    body = article.edited_body if article.edited_body is not None and offset >= 1 else article.body
    if section_index > 0 and article.strip:
        body = body.translate(QUOTES)
    if article.url:
        body = f"{body}Source : {article.url}"
    return [f"{article.title} {article.date:%d.%m.%Y}", body]


def _dump_text(site: int, day: int, recent: dict[int, list[_Article]]) -> tuple[str, int]:
    """The dump a site saved on a day: each section lists what it printed, newest first."""
    by_section: dict[str, list[str]] = {s: [] for s in SECTIONS}
    prints = 0
    for offset in (0, 1, 2):
        for article in recent.get(day - offset, ()):
            if offset not in article.day_offsets:
                continue
            for index, section in enumerate(article.sections):
                by_section[section].extend(_print(article, index, offset))
                prints += 1
    lines = [SITES[site][0]]
    for section, printed in by_section.items():
        if printed:
            lines.append(f"{section} More")
            lines.extend(printed)
    return "\n".join(lines) + "\n", prints


def _write_site(spec: CorpusSpec, site: int, folder: Path) -> tuple[int, int, int]:
    """Write every dump of one site; returns (files, bytes, prints)."""
    recent: dict[int, list[_Article]] = {}
    files = size = prints = 0
    for day in range(spec.days):
        recent[day] = _day_articles(spec, site, day)
        recent.pop(day - 3, None)
        text, count = _dump_text(site, day, recent)
        data = text.encode("utf-8")
        name = f"{day:04d}_{site}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        (folder / name).write_bytes(data)
        files += 1
        size += len(data)
        prints += count
    return files, size, prints


def ensure_corpus(spec: CorpusSpec, data_dir: Path = DEFAULT_DATA_DIR, *, workers: int = 2, log=print) -> Corpus:
    """The corpus for `spec`, generated on first use and then read from the cache."""
    folder = data_dir / spec.folder_name
    manifest = folder / "manifest.json"
    if manifest.exists():
        info = json.loads(manifest.read_text())
        return Corpus(spec, folder, info["files"], info["bytes"], info["occurrences"])
    if folder.exists():
        shutil.rmtree(folder)  # a generation that was cut short
    folder.mkdir(parents=True)
    log(f"generating the {spec.name} corpus ({spec.articles:,} articles) in {folder} …")
    with ProcessPoolExecutor(max_workers=max(1, min(workers, spec.sites))) as pool:
        results = list(pool.map(_write_site, itertools.repeat(spec), range(spec.sites), itertools.repeat(folder)))
    files, size, prints = (sum(r[i] for r in results) for i in range(3))
    info = {"spec": asdict(spec), "generator": GENERATOR_VERSION, "files": files, "bytes": size, "occurrences": prints}
    manifest.write_text(json.dumps(info, indent=2))
    return Corpus(spec, folder, files, size, prints)


def iter_dump_paths(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.glob("*.txt"))
