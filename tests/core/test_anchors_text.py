"""Evidence that survives translation: one key for one fact, whichever language states it."""

from __future__ import annotations

import pytest

from desktop.core.anchors_text import AnchorKind, detect_language, find_anchors, name_key


def keys(text: str, *kinds: AnchorKind) -> list[str]:
    return [a.key for a in find_anchors(text).anchors if not kinds or a.kind in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "worth US$200 million",
        "на сумму 200 млн долларов США",
        "құны 200 млн АҚШ доллары",
        "worth $200,000,000",
        "200 миллионов долларов",
    ],
)
def test_an_amount_has_one_key_in_every_language_and_convention(text):
    [amount] = [a for a in find_anchors(text).anchors if a.kind is AnchorKind.AMOUNT]
    assert amount.key == "n:2e+08"
    assert amount.currency == "USD"


@pytest.mark.parametrize("text", ["1 000,5", "1,000.5", "1.000,5", "1 000,5 тенге"])
def test_number_conventions_normalise(text):
    assert keys(text, AnchorKind.NUMBER, AnchorKind.AMOUNT) == ["n:1000.5"]


def test_an_ambiguous_figure_keeps_both_readings():
    [number] = find_anchors("1,500 tonnes").anchors[:1]
    assert number.readings == {"n:1500", "n:1.5"}


@pytest.mark.parametrize(
    ("text", "scaled"),
    [
        ("3,5 млрд теңге", "n:3.5e+09"),
        ("3.5 billion tenge", "n:3.5e+09"),
        ("300 мың тонна", "n:300000"),
        ("300 тыс. тонн", "n:300000"),
    ],
)
def test_scale_words_multiply(text, scaled):
    assert keys(text, AnchorKind.NUMBER, AnchorKind.AMOUNT)[0] == scaled


@pytest.mark.parametrize("text", ["12.4%", "12,4%", "12,4%-ға", "12.4 per cent", "12,4 процента", "12,4 пайыз"])
def test_percentages(text):
    assert keys(text, AnchorKind.PERCENT) == ["p:12.4"]


@pytest.mark.parametrize(
    "text", ["04.02.2026", "4 February 2026", "February 4, 2026", "4 февраля 2026 года", "2026 жылғы 4 ақпанда", "2026-02-04"]
)
def test_dates_in_three_languages(text):
    assert keys(text, AnchorKind.DATE) == ["d:2026-02-04"]


def test_a_date_is_not_also_three_numbers():
    assert keys("signed on 04.02.2026", AnchorKind.NUMBER) == []


def test_numbers_in_words_confirm_but_are_marked_as_spelled():
    [number] = [a for a in find_anchors("Thirty-two documents").anchors if a.kind is AnchorKind.NUMBER]
    assert (number.key, number.spelled) == ("n:32", True)
    assert [a.key for a in find_anchors("отыз екі құжат").anchors if a.kind is AnchorKind.NUMBER] == ["n:32"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tokayev", "Тоқаев"),
        ("Tokayev", "Токаевтың"),
        ("Kazakhstan", "Қазақстан"),
        ("Astana", "Астанада"),
        ("Zhetysu", "Жетісу"),
        ("Ahmed", "Ахмет"),
    ],
)
def test_a_name_meets_its_transliterations(a, b):
    assert name_key(a) is not None and name_key(a) == name_key(b)


def test_different_names_have_different_keys():
    assert name_key("Tokayev") != name_key("Bektenov")


def test_urls_compare_without_scheme_www_or_language():
    assert keys("see https://www.gov.kz/news/1?lang=en.", AnchorKind.URL) == keys(
        "см. http://gov.kz/news/1?lang=ru", AnchorKind.URL
    )


def test_latin_words_in_a_cyrillic_text_are_marked():
    names = {
        a.text: a.latin
        for a in find_anchors(
            "Контракт между казахстанским ТОО «Falcon EuroBus» и пакистанской компанией QCC International подписан."
        ).anchors
        if a.kind in (AnchorKind.NAME, AnchorKind.ACRONYM)
    }
    assert names["Falcon"] and names["EuroBus"] and names["QCC"]


def test_languages_by_their_letters():
    assert detect_language("Қазақстан Республикасының Үкіметі жоспарды бекітті.") == "kk"
    assert detect_language("АО «НК «Қазақстан темір жолы» подписало соглашение с партнерами из Пакистана.") == "ru"
    assert detect_language("The government approved the plan.") == "en"
