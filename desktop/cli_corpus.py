"""The corpus commands of the command line: `qalam kwic`, `qalam freq` and `qalam collocates`.

    qalam kwic [--db PATH] [--width N] [--limit N] [--sort left1|right1|date] QUERY
        TSV: article_id, date, left, hit, right — one line per hit
    qalam freq [--db PATH] [--by day|week|month|year] [--relative] QUERY...
        CSV: period, then one column per query (matching articles; per 1,000 articles of the period)
    qalam collocates [--db PATH] [--window N] [--limit N] QUERY
        TSV: word, count, score (log-likelihood, G²)

Each QUERY is the search box's language (words, "phrases", tag:, date:, …), matched as
`qalam search` matches it: whole words, no prefix. Output is written with the csv module,
so a field holding a tab, a quote or a comma is quoted and reads back whole.
"""

from __future__ import annotations

import argparse
import csv
import sys

from desktop.core.corpus.collocates import DEFAULT_MIN_COUNT, DEFAULT_WINDOW
from desktop.core.corpus.kwic import DEFAULT_WIDTH, KwicSort

EXIT_OK = 0
EXIT_USAGE = 2


def add_commands(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    p_kwic = commands.add_parser("kwic", parents=[db_option], help="concordance: every hit in its context, one TSV line per hit")
    p_kwic.add_argument(
        "--width", type=int, default=DEFAULT_WIDTH, metavar="N", help=f"characters of context each side (default {DEFAULT_WIDTH})"
    )
    p_kwic.add_argument("--limit", type=int, metavar="N", help="at most N lines (default: every hit)")
    p_kwic.add_argument(
        "--sort",
        default="date",
        choices=[s.value for s in KwicSort],
        help="newest first (date), or by the 1st–3rd word left or right of the hit",
    )
    p_kwic.add_argument("query", nargs="+", metavar="QUERY")

    p_freq = commands.add_parser("freq", parents=[db_option], help="matching articles per period, one CSV column per query")
    p_freq.add_argument("--by", default="month", choices=["day", "week", "month", "year"])
    p_freq.add_argument("--relative", action="store_true", help="per 1,000 articles of the period")
    p_freq.add_argument("queries", nargs="+", metavar="QUERY", help="each argument is one query")

    p_coll = commands.add_parser(
        "collocates", parents=[db_option], help="words near the query more often than chance, by log-likelihood"
    )
    p_coll.add_argument(
        "--window", type=int, default=DEFAULT_WINDOW, metavar="N", help=f"words each side (default {DEFAULT_WINDOW})"
    )
    p_coll.add_argument("--limit", type=int, default=50, metavar="N", help="at most N words (default 50)")
    p_coll.add_argument("query", nargs="+", metavar="QUERY")


def _query(text: str):
    from desktop.core.search_query import parse_query

    query = parse_query(text)
    for problem in query.problems:
        print(f"qalam: {problem}", file=sys.stderr)
    return query


def kwic(db, args: argparse.Namespace) -> int:
    from desktop.core.article_query import ArticleFilter
    from desktop.core.corpus.kwic import kwic_lines, kwic_page, sorted_hits

    if args.width < 0 or (args.limit is not None and args.limit < 0):
        print("qalam kwic: --width and --limit take a number of 0 or more", file=sys.stderr)
        return EXIT_USAGE
    flt = ArticleFilter(query=_query(" ".join(args.query)))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    left = args.limit
    sort = KwicSort(args.sort)
    if sort is KwicSort.DATE:
        after, exhausted = None, False
        while not exhausted and (left is None or left > 0):
            page = kwic_page(db, flt, after=after, want=500, width=args.width)
            lines = page.lines if left is None else page.lines[:left]
            out.writerows([line.article, line.date or "", line.left, line.hit, line.right] for line in lines)
            left = None if left is None else left - len(lines)
            after, exhausted = page.after, page.exhausted
        return EXIT_OK
    refs = sorted_hits(db, flt, sort, cap=None).refs
    refs = refs if left is None else refs[:left]
    for start in range(0, len(refs), 500):
        out.writerows(
            [line.article, line.date or "", line.left, line.hit, line.right]
            for line in kwic_lines(db, refs[start : start + 500], width=args.width)
        )
    return EXIT_OK


def freq(db, args: argparse.Namespace) -> int:
    from desktop.core.article_query import ArticleFilter
    from desktop.core.corpus.frequency import Period, frequency, frequency_table

    result = frequency(db, ArticleFilter(), [(text, _query(text)) for text in args.queries], Period(args.by))
    if not result.periods:
        print("qalam freq: no dated article matches", file=sys.stderr)
    csv.writer(sys.stdout, lineterminator="\n").writerows(frequency_table(result, args.relative))
    return EXIT_OK


def collocates(db, args: argparse.Namespace) -> int:
    from desktop.core.article_query import ArticleFilter
    from desktop.core.corpus.collocates import collocates as find_collocates

    if args.window < 1 or args.limit < 0:
        print("qalam collocates: --window takes 1 or more, --limit 0 or more", file=sys.stderr)
        return EXIT_USAGE
    query = _query(" ".join(args.query))
    if query.fts_expression() is None:
        print("qalam collocates: give a word or a phrase to find the collocates of", file=sys.stderr)
        return EXIT_USAGE
    result = find_collocates(db, ArticleFilter(query=query), window=args.window, limit=args.limit, min_count=DEFAULT_MIN_COUNT)
    if result.sampled:
        print(
            f"qalam collocates: estimated from a sample of {result.hit_texts:,} of {result.hit_texts_total:,} texts with a hit"
            f" and {result.corpus_texts:,} of {result.corpus_texts_total:,} texts",
            file=sys.stderr,
        )
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerows([c.word, c.count, f"{c.log_likelihood:.2f}"] for c in result.collocates)
    return EXIT_OK
