"""CSV that a spreadsheet opens as data: scraped text that looks like a formula stays text."""

from __future__ import annotations

import csv
from typing import TextIO


def spreadsheet_safe(value: object) -> object:
    """Scraped text that starts like a formula (=, +, -, @) is shown, not run, by Excel and Calc.

    A leading apostrophe is the OWASP-recommended neutraliser; spreadsheets hide it.
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and value.strip() not in ("-", "+"):
        return "'" + value
    return value


class SafeCsvWriter:
    """csv.writer whose cells are passed through spreadsheet_safe."""

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: list[object] | tuple[object, ...]) -> None:
        self._writer.writerow([spreadsheet_safe(v) for v in row])
