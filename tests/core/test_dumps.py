"""The dump parser: what a user sees of a dump is exactly what the parser takes out of it."""

from __future__ import annotations

import datetime as dt
import gc
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.dumps import DumpFormatError, match_title, parse_dump, split_source
from tests.core.helpers import ENGLISH_ESSAY, KAZAKH_DUMP, RUSSIAN_DUMP

BASIC = """Enbekshi QazaQ
News More
First title 04.02.2026
First paragraph of the first article.
Second paragraph of the first article.Source : https://example.org/a/1?lang=en
Second title 05.02.2026
Only paragraph of the second.
Society More
First title 04.02.2026
First paragraph of the first article.
"""


def shape(text: str) -> list[tuple]:
    parsed = parse_dump(text)
    return [(a.section, a.title, a.date, a.paragraphs, a.source_url) for a in parsed.articles]


def test_basic_dump_gives_site_sections_titles_dates_and_source():
    parsed = parse_dump(BASIC)
    assert parsed.site == "Enbekshi QazaQ"
    assert parsed.issues == ()
    assert shape(BASIC) == [
        (
            "News",
            "First title",
            dt.date(2026, 2, 4),
            ("First paragraph of the first article.", "Second paragraph of the first article."),
            "https://example.org/a/1?lang=en",
        ),
        ("News", "Second title", dt.date(2026, 2, 5), ("Only paragraph of the second.",), None),
        ("Society", "First title", dt.date(2026, 2, 4), ("First paragraph of the first article.",), None),
    ]
    assert [a.line for a in parsed.articles] == [3, 6, 9]
    assert [a.position for a in parsed.articles] == [0, 1, 2]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_line_endings_all_parse_the_same(newline: str):
    text = BASIC.replace("\n", newline)
    parsed = parse_dump(text)
    assert shape(text) == shape(BASIC)
    assert parsed.issues == ()
    # Line numbers in warnings must match what an editor shows, whatever the line ending.
    assert [a.line for a in parsed.articles] == [3, 6, 9]
    assert not any("\r" in p for a in parsed.articles for p in (a.title, *a.paragraphs))


def test_utf8_bom_is_not_part_of_the_site_name():
    parsed = parse_dump("\ufeff" + BASIC)
    assert parsed.site == "Enbekshi QazaQ"
    assert shape("\ufeff" + BASIC) == shape(BASIC)


def test_blank_lines_anywhere_change_nothing_but_line_numbers():
    spaced = "\n\n  \n" + BASIC.replace("\n", "\n\n \t\n") + "\n\n\n"
    parsed = parse_dump(spaced)
    assert shape(spaced) == shape(BASIC)
    assert parsed.issues == ()
    lines = spaced.split("\n")
    for article in parsed.articles:
        assert lines[article.line - 1].startswith(article.title)


def test_multi_paragraph_body_keeps_each_paragraph():
    text = "Site\nNews More\nA title 01.03.2026\nOne.\nTwo.\n\nThree.\n"
    (article,) = parse_dump(text).articles
    assert article.paragraphs == ("One.", "Two.", "Three.")
    assert article.text == "One.\nTwo.\nThree."


def test_paragraph_separator_characters_inside_a_body_do_not_split_it():
    # U+2028 and U+0085 are line breaks to str.splitlines, but text to the scraper.
    text = "Site\nNews More\nA title 01.03.2026\nOne\u2028still one\x85and still one.\n"
    (article,) = parse_dump(text).articles
    assert article.paragraphs == ("One\u2028still one\x85and still one.",)


def test_kazakh_text_parses_with_every_kazakh_letter_intact():
    parsed = parse_dump(KAZAKH_DUMP)
    assert parsed.site == "Еңбекші Қазақ"
    (article,) = parsed.articles
    assert article.section == "Жаңалықтар"
    assert article.title == "Үкімет өңірлерді дамытудың жаңа жоспарын бекітті"
    assert article.date == dt.date(2026, 2, 4)
    assert article.source_url == "https://example.kz/kk/news/2002"
    assert len(article.paragraphs) == 3
    letters = set("әғқңөұүһі")
    assert letters <= set(article.text.lower())


def test_russian_text_parses():
    parsed = parse_dump(RUSSIAN_DUMP)
    assert parsed.site == "Новости Казахстана"
    assert [(a.section, a.title, a.date) for a in parsed.articles] == [
        ("Политика", "Правительство утвердило новый план развития регионов", dt.date(2026, 2, 4)),
        ("Общество", "В Астане обсудили проект новой КОНСТИТУЦИИ", dt.date(2026, 2, 5)),
    ]
    assert parsed.articles[0].paragraphs[-1].endswith("новых рабочих мест.")
    assert parsed.articles[0].source_url == "https://example.kz/ru/news/1001"


def test_missing_date_after_a_section_line_imports_the_title_with_a_warning_on_its_line():
    text = "Site\nNews More\nA title without a date\nIts body.\nDated title 04.02.2026\nBody two.\n"
    parsed = parse_dump(text)
    assert [(a.title, a.date, a.paragraphs) for a in parsed.articles] == [
        ("A title without a date", None, ("Its body.",)),
        ("Dated title", dt.date(2026, 2, 4), ("Body two.",)),
    ]
    assert [str(i) for i in parsed.issues] == ["line 3: this title has no date"]


def test_missing_date_after_a_source_line_imports_the_title_with_a_warning_on_its_line():
    text = "Site\nNews More\nDated title 04.02.2026\nBody.Source : https://example.org/1\nUndated next title\nIts body.\n"
    parsed = parse_dump(text)
    assert [(a.title, a.date, a.paragraphs) for a in parsed.articles] == [
        ("Dated title", dt.date(2026, 2, 4), ("Body.",)),
        ("Undated next title", None, ("Its body.",)),
    ]
    assert [str(i) for i in parsed.issues] == ["line 5: this title has no date"]


def test_dump_cut_off_right_after_a_title_keeps_the_article_with_empty_text_and_warns():
    text = "Site\nNews More\nFirst 04.02.2026\nBody.\nCut off here 05.02.2026"
    parsed = parse_dump(text)
    last = parsed.articles[-1]
    assert (last.title, last.date, last.text) == ("Cut off here", dt.date(2026, 2, 5), "")
    assert len(parsed.issues) == 1
    assert str(parsed.issues[0]).startswith("line 5: ")
    assert "Cut off here" in str(parsed.issues[0])


def test_invalid_date_on_a_title_is_reported_and_the_article_kept_without_date():
    parsed = parse_dump("Site\nNews More\nLeap day that is not 29.02.2026\nBody.\n")
    (article,) = parsed.articles
    assert (article.title, article.date) == ("Leap day that is not", None)
    assert [str(i) for i in parsed.issues] == ["line 3: 29.02.2026 is not a valid date"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n \t \n"], ids=["empty", "spaces", "blank-lines"])
def test_empty_or_whitespace_only_text_is_an_empty_file_error(text: str):
    with pytest.raises(DumpFormatError, match="empty"):
        parse_dump(text)


def test_prose_without_any_dated_title_is_not_a_dump():
    with pytest.raises(DumpFormatError, match="no article titles") as info:
        parse_dump(ENGLISH_ESSAY)
    assert "line 2" in str(info.value)


def test_five_megabyte_single_line_body_parses():
    body = ("Қазақстан Республикасы жаңа Конституция жобасын талқылады.   " * 90_000)[:5_000_000].rstrip()
    text = f"Site\nNews More\nHuge article 04.02.2026\n{body}Source : https://example.org/huge\nNext 05.02.2026\nShort.\n"
    parsed = parse_dump(text)
    assert [a.title for a in parsed.articles] == ["Huge article", "Next"]
    assert parsed.articles[0].paragraphs == (body,)
    assert parsed.articles[0].source_url == "https://example.org/huge"


def test_five_megabytes_of_blanks_inside_a_body_parse_in_linear_time():
    # A run of blanks used to make the "Source :" search quadratic: minutes for one line.
    body = "start" + " " * 5_000_000 + "end."
    (article,) = parse_dump(f"Site\nNews More\nPadded 04.02.2026\n{body}\n").articles
    assert article.paragraphs == (body,)


MARKUP_TITLE = '<script>alert(1)</script> & <a href="javascript:alert(1)">x</a> &amp; <b>bold'
MARKUP_BODY = '<a href="javascript:alert(1)">click</a> <img src=x onerror=alert(1)> <script>alert(1)</script> &lt;'


def test_markup_in_titles_and_bodies_is_kept_as_literal_text():
    (article,) = parse_dump(f"Site\nNews More\n{MARKUP_TITLE} 04.02.2026\n{MARKUP_BODY}\n").articles
    assert article.title == MARKUP_TITLE
    assert article.paragraphs == (MARKUP_BODY,)


def test_only_the_last_date_on_a_title_line_is_the_articles_date():
    text = "Site\nNews More\nResults of the 01.03.2025 referendum announced 04.02.2026\nBody.\n"
    (article,) = parse_dump(text).articles
    assert article.title == "Results of the 01.03.2025 referendum announced"
    assert article.date == dt.date(2026, 2, 4)


def test_title_ending_in_a_date_like_number_followed_by_the_real_date():
    (article,) = parse_dump("Site\nNews More\nReport 12.12.2012 04.02.2026\nBody.\n").articles
    assert (article.title, article.date) == ("Report 12.12.2012", dt.date(2026, 2, 4))


@pytest.mark.parametrize("title", ["Read More about the new Constitution", "Ten More schools open", "More"])
def test_title_containing_the_word_more_is_a_title_not_a_section(title: str):
    parsed = parse_dump(f"Site\nNews More\n{title} 04.02.2026\nBody.\n")
    assert [(a.section, a.title) for a in parsed.articles] == [("News", title)]
    assert parsed.issues == ()


def test_source_glued_to_the_last_sentence_is_extracted_and_removed_from_the_text():
    text = "Site\nNews More\nT 04.02.2026\nFirst.\nThe last sentence.Source : https://www.gov.kz/press/news/details/1155035?lang=kk\n"
    (article,) = parse_dump(text).articles
    assert article.source_url == "https://www.gov.kz/press/news/details/1155035?lang=kk"
    assert article.paragraphs == ("First.", "The last sentence.")
    assert "Source" not in article.text


def test_source_on_its_own_line_adds_no_empty_paragraph():
    (article,) = parse_dump("Site\nNews More\nT 04.02.2026\nText.\nSource : http://example.org/x\n").articles
    assert article.paragraphs == ("Text.",)
    assert article.source_url == "http://example.org/x"


def test_split_source_leaves_a_paragraph_mentioning_source_alone():
    assert split_source("The Source: an interview with the minister.") == ("The Source: an interview with the minister.", None)


def test_match_title_needs_the_date_at_the_very_end():
    assert match_title("Signed on 04.02.2026 in Astana") is None
    assert match_title("Signed in Astana 04.02.2026  ") == ("Signed in Astana", dt.date(2026, 2, 4), None)


def test_article_before_any_section_line_is_kept_with_a_warning():
    parsed = parse_dump("Site\nDated title 04.02.2026\nBody.\n")
    assert [(a.section, a.title) for a in parsed.articles] == [(None, "Dated title")]
    assert [str(i) for i in parsed.issues] == ["line 2: this article comes before any section line"]


def test_first_line_that_is_a_title_is_reported_and_the_site_is_unknown():
    parsed = parse_dump("News More\nDated title 04.02.2026\nBody.\n")
    assert parsed.site == "Unknown site"
    assert [(a.section, a.title) for a in parsed.articles] == [("News", "Dated title")]
    assert [i.line for i in parsed.issues] == [1]


def test_real_samples_parse_into_five_articles_per_section(samples_dir: Path):
    for path in sorted(samples_dir.glob("*.txt")):
        parsed = parse_dump(path.read_text(encoding="utf-8"))
        assert parsed.site == "Enbekshi QazaQ"
        assert parsed.issues == ()
        assert [a.section for a in parsed.articles] == ["News"] * 5 + ["Society"] * 5
        assert all(a.date is not None and a.paragraphs for a in parsed.articles)


def test_a_crafted_140_kb_source_token_parses_at_once():
    token = "Source:http://" * 10_000  # 140 KB: a regex search backtracked over it for 16 s
    parsed = parse_dump(f"Site\nNews More\nTitle 04.02.2026\nBody {token} x\n")
    assert parsed.articles[0].paragraphs == (f"Body {token} x",)
    assert parsed.articles[0].source_url is None
    assert _seconds(lambda: parse_dump(f"Site\nNews More\nTitle 04.02.2026\nBody {token} x\n")) < 0.5  # was 16 s


_REFERENCE_SOURCE = re.compile(r"Source\s*:\s*(https?://\S+)\s*$", re.IGNORECASE)


def test_split_source_cuts_exactly_what_the_reference_pattern_describes():
    # The pattern is the specification; split_source is its linear-time implementation.
    pieces = [
        "Source",
        "source",
        "SOURCE",
        " ",
        ":",
        "  ",
        "http://",
        "https://",
        "x",
        "a.b/c",
        "\t",
        "Sourc",
        "ttp://",
        ".",
        "\u00a0",
        "e",
    ]
    rng = random.Random(20)
    for _ in range(20_000):
        paragraph = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        m = _REFERENCE_SOURCE.search(paragraph)
        expected = (paragraph, None) if m is None else (paragraph[: m.start()].rstrip(), m.group(1))
        assert split_source(paragraph) == expected, repr(paragraph)


def _seconds(work: Callable[[], object]) -> float:
    """Seconds per call: the best of five rounds, each of enough calls to last 20 ms or more (the best
    round is the one other processes on the machine disturbed least).

    The garbage collector is off meanwhile: its full passes grow with every object alive in the
    test process, which is not the cost being measured.
    """
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        work()
        calls = max(1, int(0.02 / max(time.perf_counter() - start, 1e-6)))
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for _ in range(calls):
                work()
            best = min(best, (time.perf_counter() - start) / calls)
    finally:
        gc.enable()
    return best


# Adversarial lines for each parse step: the crafted Source token, Source labels spread over many
# tokens, blanks, date-like and section-like runs, and title-like lines for the undated-title check.
ADVERSARIAL = {
    "source token then a word": lambda n: f"Site\nNews More\nT 04.02.2026\nBody {'Source:http://' * n} x\n",
    "source labels with blanks": lambda n: f"Site\nNews More\nT 04.02.2026\n{'Source : http:// ' * n}x\n",
    "colons and blanks": lambda n: f"Site\nNews More\nT 04.02.2026\nA{' :' * (4 * n)}https://x\n",
    "date-like run": lambda n: f"Site\nNews More\nT {'1.1. 1' * (3 * n)}.1.2026\nBody.\n",
    "section-like run": lambda n: f"Site\n{'More ' * (3 * n)}More\nT 04.02.2026\nBody.\n",
    "undated title every other line": lambda n: (
        "Site\nNews More\nT 04.02.2026\nFirst.\n" + "Lost Title Here\nA sentence.\n" * (n // 2)
    ),
    "many blank lines": lambda n: "Site\nNews More\nT 04.02.2026\n" + "\n \r\n\r" * (4 * n) + "Body.\n",
}


@pytest.mark.parametrize("build", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_no_parse_step_is_super_linear_on_adversarial_input(build: Callable[[int], str]):
    # A ratio, not a time: four times the input must cost about four times as much (quadratic: 16, bound: 10).
    small, large = build(5_000), build(20_000)
    assert _seconds(lambda: parse_dump(large)) < 10 * _seconds(lambda: parse_dump(small))


def test_a_short_line_without_end_punctuation_between_paragraphs_is_reported_as_a_title_without_date():
    text = (
        "Site\nNews More\nFirst title 04.02.2026\nFirst paragraph of the first article.\n"
        "Second article lost its date\nIts body, a whole sentence.\nThird title 05.02.2026\nBody.\n"
    )
    parsed = parse_dump(text)
    assert [a.title for a in parsed.articles] == ["First title", "Third title"]
    assert parsed.articles[0].paragraphs[1] == "Second article lost its date"  # kept, not dropped
    assert [str(i) for i in parsed.issues] == [
        "line 5: “Second article lost its date” looks like a title without its date; it was kept as a paragraph of"
        " “First title” (check the dump and the scraper)"
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["A whole sentence that ends well.", "Its body, a whole sentence."],  # ends in punctuation
        ["He said: “We will build it.”", "Its body, a whole sentence."],  # punctuation inside closing quotes
        ["single", "Its body, a whole sentence."],  # one word
        ["and then the line went on", "Its body, a whole sentence."],  # a paragraph broken mid-sentence
        ["Lost title", "Another title 05.02.2026"],  # followed by a title, not a body
        ["Lost title", "Sport More"],  # followed by a section
    ],
)
def test_lines_that_do_not_look_like_a_lost_title_give_no_warning(lines: list[str]):
    parsed = parse_dump(
        "Site\nNews More\nFirst title 04.02.2026\nFirst paragraph.\n" + "\n".join(lines) + "\nLast 06.02.2026\nEnd.\n"
    )
    assert not [i for i in parsed.issues if "without its date" in i.message]
