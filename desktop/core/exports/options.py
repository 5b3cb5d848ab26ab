"""What the person exporting adds to what the library holds, for the formats that ask.

The library does not know who its user is or which language their notes are in; the window
(from its settings) and the command line (from its options, else the system's account) do, and
hand it over as plain values. A CSV's byte-order mark is chosen here too: Excel on Windows
reads a CSV without one in the ANSI code page, so Cyrillic comes out as mojibake; scripts that
read the file byte for byte may ask for none.
"""

from __future__ import annotations

import getpass
import locale
import os
from dataclasses import dataclass

UNDETERMINED_LANGUAGE = "und"  # BCP 47's tag for "not known"


@dataclass(frozen=True)
class ExportOptions:
    creator: str | None = None  # who made the annotations: the W3C export's `creator`
    language: str = UNDETERMINED_LANGUAGE  # BCP 47 tag of the user's notes (their interface language)
    bom: bool = True  # CSV formats begin with a UTF-8 byte-order mark


DEFAULT_OPTIONS = ExportOptions()


def system_user_name() -> str:
    """The account's full name where the system keeps one (the GECOS field on Unix), else its login."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = os.environ.get("USERNAME", "")
    try:
        import pwd  # Unix only

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return full or login


def system_language() -> str:
    """The BCP 47 tag of the system's language ("en-US"), or "und" when it has none (the C locale)."""
    name = locale.getlocale(locale.LC_MESSAGES)[0] if hasattr(locale, "LC_MESSAGES") else locale.getlocale()[0]
    if not name or name in ("C", "POSIX"):
        return UNDETERMINED_LANGUAGE
    return bcp47(name)


def bcp47(name: str) -> str:
    """ "en_US.UTF-8" or "kk_KZ" as BCP 47 ("en-US", "kk-KZ")."""
    tag = name.split(".")[0].split("@")[0].replace("_", "-")
    return tag if tag and tag not in ("C", "POSIX") else UNDETERMINED_LANGUAGE
