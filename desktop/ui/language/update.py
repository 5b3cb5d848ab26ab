"""Keep the translations in step with the code: one command after any change to the interface's texts.

    python -m desktop.ui.language.update           # lupdate desktop/ into the .ts files, lrelease them, report
    python -m desktop.ui.language.update --check   # change nothing; exit 1 if a text lacks a finished translation

It runs Qt's own tools from PySide6 (lupdate, lrelease) over every Python file in desktop/:

- resources/translations/qalam_kk.ts and qalam_ru.ts get every text (new ones marked unfinished,
  vanished ones dropped), and qalam_en.ts the plural texts only (English needs its numerus
  forms: "%n article(s)" -> "1 article", "2 articles");
- each .ts is compiled to its .qm beside it, which the app loads (and the packaged build carries);
- then it lists every text that has no finished translation, by file and context, and exits 1 if
  there is one: translate them (Qt Linguist: `pyside6-linguist resources/translations/qalam_ru.ts`,
  or any editor; mark each finished), and run it again.

tests/ui/language/test_translations.py runs the same check on every test run, so CI fails on an
untranslated text.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

REPO_ROOT = Path(__file__).resolve().parents[3]
SOURCES = REPO_ROOT / "desktop"
TRANSLATIONS = REPO_ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru")  # every text
PLURAL_ONLY = ("en",)  # the source language: only its plural forms


@dataclass(frozen=True)
class Message:
    """One text to translate: where it is used (context), the English, and its comment (disambiguation)."""

    context: str
    source: str
    comment: str
    numerus: bool


@dataclass(frozen=True)
class Missing:
    message: Message
    why: str  # "unfinished", "empty", "a plural form is empty"


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"qalam_{language}.ts"


def _tool(name: str) -> str:
    """Qt's tool as PySide6 ships it, else a pyside6-NAME on the PATH."""
    here = Path(PySide6.__file__).parent
    for candidate in (here / name, here / f"{name}.exe", here / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"Qt's {name} was not found beside PySide6 ({here}) nor as pyside6-{name}")
    return found


def lupdate(ts_files: list[Path], *, plural_only: bool = False, sources: Path = SOURCES) -> None:
    """Bring .ts files up to date with the texts in `sources` (created if missing)."""
    for ts in ts_files:
        ts.parent.mkdir(parents=True, exist_ok=True)
    args = [_tool("lupdate"), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete", "-source-language", "en"]
    if plural_only:
        args.append("-pluralonly")
    for ts in ts_files:
        subprocess.run([*args, str(sources), "-target-language", ts.stem.split("_", 1)[1], "-ts", str(ts)], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    """Compile a .ts into its .qm (beside it unless `qm` is given)."""
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def messages(ts: Path) -> list[Message]:
    return [message for message, _ in _entries(ts)]


def missing(ts: Path) -> list[Missing]:
    """Every message of a .ts without a finished translation."""
    found = []
    for message, translation in _entries(ts):
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(Missing(message, "unfinished"))
        elif message.numerus:
            forms = translation.findall("numerusform")
            if not forms or any(not (f.text or "").strip() for f in forms):
                found.append(Missing(message, "a plural form is empty"))
        elif not (translation.text or "").strip():
            found.append(Missing(message, "empty"))
    return found


def _entries(ts: Path) -> list[tuple[Message, ET.Element | None]]:
    root = ET.parse(ts).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            entry = Message(name, message.findtext("source") or "", message.findtext("comment") or "", message.get("numerus") == "yes")
            entries.append((entry, message.find("translation")))
    return entries


def update(folder: Path = TRANSLATIONS, *, sources: Path = SOURCES) -> dict[str, list[Missing]]:
    """Run lupdate and lrelease for every language; return what is left to translate, per language."""
    lupdate([ts_path(code, folder) for code in LANGUAGES], sources=sources)
    lupdate([ts_path(code, folder) for code in PLURAL_ONLY], plural_only=True, sources=sources)
    for code in (*LANGUAGES, *PLURAL_ONLY):
        lrelease(ts_path(code, folder))
    return {code: missing(ts_path(code, folder)) for code in (*LANGUAGES, *PLURAL_ONLY)}


def check(folder: Path = TRANSLATIONS, *, sources: Path = SOURCES) -> tuple[dict[str, list[Missing]], dict[str, list[Message]]]:
    """What `update` would leave untranslated, and the texts the committed .ts files lack or still
    hold, found on copies: nothing in `folder` changes."""
    with tempfile.TemporaryDirectory(prefix="qalam-ts-") as tmp:
        scratch = Path(tmp)
        for code in (*LANGUAGES, *PLURAL_ONLY):
            if ts_path(code, folder).exists():
                shutil.copy(ts_path(code, folder), ts_path(code, scratch))
        lupdate([ts_path(code, scratch) for code in LANGUAGES], sources=sources)
        lupdate([ts_path(code, scratch) for code in PLURAL_ONLY], plural_only=True, sources=sources)
        left = {code: missing(ts_path(code, scratch)) for code in (*LANGUAGES, *PLURAL_ONLY)}
        stale = {}
        for code in (*LANGUAGES, *PLURAL_ONLY):
            committed = set(messages(ts_path(code, folder))) if ts_path(code, folder).exists() else set()
            fresh = set(messages(ts_path(code, scratch)))
            stale[code] = sorted(committed ^ fresh, key=lambda m: (m.context, m.source))
        return left, stale


def _print_missing(left: dict[str, list[Missing]]) -> int:
    total = 0
    for code, items in left.items():
        for item in items:
            comment = f" ({item.message.comment})" if item.message.comment else ""
            print(f"{ts_path(code).relative_to(REPO_ROOT)}: [{item.message.context}] {item.message.source!r}{comment}: {item.why}")
        total += len(items)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.language.update", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report what is untranslated or not yet extracted")
    args = parser.parse_args(argv)
    if args.check:
        left, stale = check()
        total = _print_missing(left)
        for code, changed in stale.items():
            for message in changed:
                print(f"{ts_path(code).relative_to(REPO_ROOT)}: [{message.context}] {message.source!r}: not as in the code (run without --check)")
            total += len(changed)
    else:
        left = update()
        total = _print_missing(left)
        counts = ", ".join(f"{code}: {len(messages(ts_path(code)))} texts" for code in (*LANGUAGES, *PLURAL_ONLY))
        print(f"updated {TRANSLATIONS.relative_to(REPO_ROOT)} ({counts}); compiled the .qm files")
    if total:
        print(f"{total} text(s) to translate or update", file=sys.stderr)
        return 1
    print("every text has a finished translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
