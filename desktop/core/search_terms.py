"""A query's words as the index holds them: each word expanded into the indexed words it stands for.

The index itself folds only ё (schema 0014), so that it stays exact and any SQLite tool can
search it. Everything looser is done here, on the query side, against the index's own
vocabulary (an fts5vocab table, walked with term_walk.py; ~0.1 ms a step at a million articles):

- a Cyrillic word stands for its variants with Kazakh letters where a Russian letter was typed
  (`казакстан` -> `қазақстан`), for its forms (Russian by Snowball stems, Kazakh by endings,
  kazakh_forms.py), and for the same words in Latin letters (`қазақстан` -> `qazaqstan`);
- a Latin word stands for itself and for the Cyrillic words it spells in the 2021 alphabet
  (`Qazaqstan` -> `қазақстан`, and its Kazakh forms);
- the last word, while it is being typed, also for the words it begins (as before: FTS5's own
  prefix search costs a quarter of a second on a common prefix at a million articles, every
  time, so the prefix is expanded once into at most PREFIX_WORDS words).

Each word becomes an OR of quoted words (and quoted prefixes when a prefix stands for too many),
so user text never reaches FTS5 as syntax. Expansions are cached until the library has new
versions, shared by every connection to a library file.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache

from sqlite_utils import Database

from desktop.core import kazakh_forms, russian_forms
from desktop.core.reading import SearchMarks
from desktop.core.search_folding import (
    KAZAKH_LETTERS,
    LATIN_2021,
    LATIN_PAIRS,
    LATIN_STANDS_FOR,
    RUSSIAN_KEY_STANDS_FOR,
    fold_yo,
    index_char,
    is_cyrillic_word,
    is_latin_word,
)
from desktop.core.search_query import Matching, SearchQuery
from desktop.core.term_walk import Endings, Pattern, walk, walk_prefixes

PREFIX_WORDS = 64  # past this many words, a prefix stays a prefix (correct, only slower)
FORM_CANDIDATES = 400  # indexed words looked at for one word's forms
MAX_WORDS = 160  # indexed words one query word may stand for
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"  # as schema 0001 creates search_index
_VOCABULARY = "temp.qalam_index_terms"
_tokenizing = threading.local()
_shared_matches: dict[tuple, WordMatches] = {}  # (library file, its state, word...): a file library's expansions


@dataclass(frozen=True)
class WordMatches:
    """What one query word matches: indexed words whole, and indexed words that start with a prefix."""

    words: tuple[str, ...]
    prefixes: tuple[str, ...] = ()

    def fts(self) -> str:
        parts = [_quoted(w) for w in self.words] + [_quoted(p) + "*" for p in self.prefixes]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# --- the query as a whole ---------------------------------------------------------------------------------
def match_expression(db: Database, query: SearchQuery, *, prefix_last: bool = False, notes: bool = False) -> str | None:
    """The FTS5 expression for the query's words, each expanded as its matching allows (AND-ed).

    `notes`: for the notes' index, whose own words the versions' vocabulary does not hold, so the
    word being typed also matches there as the prefix it is."""
    groups = [g for g in _groups(db, query, prefix_last, notes) if g]
    if not groups:
        return None
    return " AND ".join(groups)


def search_marks(db: Database, query: SearchQuery, *, prefix_last: bool = False) -> SearchMarks:
    """The words the reader marks for this query: every indexed word a query word stands for."""
    words: set[str] = set()
    prefixes: list[str] = []
    for index, term in enumerate(query.terms):
        last = prefix_last and index == len(query.terms) - 1 and query.last_is_prefix()
        matches = None if query.is_exact(index) else word_matches(db, term, query.matching, prefix=last)
        if matches is None:
            words.update(fold_yo(t) for t in fts_tokens(term))
        else:
            words.update(matches.words)
            prefixes.extend(matches.prefixes)
    return SearchMarks(frozenset(words), tuple(dict.fromkeys(prefixes)))


def _groups(db: Database, query: SearchQuery, prefix_last: bool, notes: bool) -> list[str]:
    groups = []
    for index, term in enumerate(query.terms):
        if not re.search(r"\w", term):
            continue  # punctuation alone matches nothing and would make FTS5 complain
        last = prefix_last and index == len(query.terms) - 1 and query.last_is_prefix()
        matches = None if query.is_exact(index) else word_matches(db, term, query.matching, prefix=last)
        if matches is None:
            groups.append(_quoted(fold_yo(term)))
        elif notes and last:
            groups.append(WordMatches(matches.words, (*matches.prefixes, fold_yo(fts_tokens(term)[0]))).fts())
        else:
            groups.append(matches.fts())
    return groups


# --- one word -------------------------------------------------------------------------------------------------
def word_matches(db: Database, text: str, matching: Matching, *, prefix: bool = False) -> WordMatches | None:
    """The indexed words one typed word stands for; None when it is not one word to the index
    ("U.S.", "co-op"), which is then searched as a phrase, as typed."""
    tokens = fts_tokens(text)
    if len(tokens) != 1:
        return None
    word = fold_yo(tokens[0])
    typed = fold_yo(text.strip().lower())
    library, state = _library_state(db)
    cache = _shared_matches if library is not None else db.__dict__.setdefault("_qalam_word_matches", {})
    key = (library, state, word, typed, matching, prefix)
    found = cache.get(key)
    if found is None:
        if len(cache) > 512:
            cache.clear()
        found = cache[key] = _expand(_Vocabulary(db), word, typed, matching, prefix)
    return found


def forget_word_matches(db: Database) -> None:
    """Expand words afresh (for tests that change PREFIX_WORDS and the other limits)."""
    _shared_matches.clear()
    db.__dict__.pop("_qalam_word_matches", None)


def _library_state(db: Database) -> tuple[str | None, tuple[int, ...]]:
    """Which library, and whether its index may have new words since an expansion was made.

    A library file's expansions are shared by every connection to it (the window's and the read
    ops'), so a read op does not expand again the word the search box just expanded: new words
    arrive only with new versions, so the highest version id says whether an expansion is still
    whole. An in-memory library is its connection's own: another commit or this one's writes."""
    file = db.execute("PRAGMA database_list").fetchone()[2]
    if file:
        return file, (int(db.execute("SELECT ifnull(max(rowid), 0) FROM versions").fetchone()[0]),)
    return None, (int(db.execute("PRAGMA data_version").fetchone()[0]), db.conn.total_changes)


def _expand(vocabulary: _Vocabulary, word: str, typed: str, matching: Matching, prefix: bool) -> WordMatches:
    words: dict[str, None] = {word: None}
    prefixes: list[str] = []
    if is_cyrillic_word(word):
        _cyrillic(vocabulary, word, matching, prefix, words, prefixes)
    elif is_latin_word(word):
        _latin(vocabulary, word, typed, matching, prefix, words, prefixes)
    elif prefix:
        _prefix(vocabulary, _exact_letters(word), words, prefixes, word)
    chosen = list(words)[:MAX_WORDS]
    return WordMatches(tuple(chosen), tuple(dict.fromkeys(prefixes)))


def _cyrillic(vocabulary: _Vocabulary, word: str, matching: Matching, prefix: bool, words: dict, prefixes: list) -> None:
    typed_russian = not any(ch in KAZAKH_LETTERS for ch in word)
    letters = _keyboard_letters(word) if matching.kazakh_keyboard else _exact_letters(word)
    _add(words, vocabulary.walk(Pattern(letters), limit=MAX_WORDS))
    bases = [word]
    if matching.word_forms:
        bases = kazakh_forms.bases(word, lenient_harmony=matching.kazakh_keyboard and typed_russian)
        for base in bases:
            if len(base) < kazakh_forms.MIN_WORD:
                continue
            found = vocabulary.walk(Pattern(letters[: len(base)], "endings", _kazakh_endings()), limit=FORM_CANDIDATES)
            _add(words, (t for t in found if kazakh_forms.is_form_of(t, t[: len(base)])))
        if typed_russian:
            stem = russian_forms.stem(word)
            if len(stem) >= russian_forms.MIN_STEM and word.startswith(stem):
                found = vocabulary.walk(Pattern(_exact_letters(stem), "endings", _russian_endings()), limit=FORM_CANDIDATES)
                _add(words, (t for t in found if russian_forms.stem(t) == stem))
    if prefix:
        _prefix(vocabulary, letters, words, prefixes, word)
    if matching.latin_script:
        latin_alternatives = _latin_letters(letters)
        for latin in latin_alternatives:
            _add(words, vocabulary.walk(Pattern(latin), limit=MAX_WORDS))
            if prefix:
                _prefix(vocabulary, latin, words, prefixes, None)
        if matching.word_forms:
            for base in bases:
                for latin in _latin_letters(letters[: len(base)]):
                    _add(words, vocabulary.walk(Pattern(latin, "endings", _latin_kazakh_endings()), limit=FORM_CANDIDATES))


_KAZAKH_LATIN_MARKS = frozenset("äğñöşūüıq")  # letters of the 2021 alphabet that English does not use


def _latin(vocabulary: _Vocabulary, word: str, typed: str, matching: Matching, prefix: bool, words: dict, prefixes: list) -> None:
    if prefix:
        _prefix(vocabulary, _exact_letters(word), words, prefixes, word)
    if not matching.latin_script:
        return
    # ı is typed i, and i is written ı: in Latin words they are one letter to search.
    dotless = tuple(frozenset("iı") if ch in "iı" else frozenset(ch) for ch in word)
    _add(words, vocabulary.walk(Pattern(dotless), limit=MAX_WORDS))
    if matching.word_forms and any(ch in _KAZAKH_LATIN_MARKS for ch in typed):
        # Kazakh endings on Latin words only for a word that is plainly Kazakh: "men" is not "мен".
        _add(words, vocabulary.walk(Pattern(dotless, "endings", _latin_kazakh_endings()), limit=FORM_CANDIDATES))
    for letters in _cyrillic_letters(typed):
        _add(words, vocabulary.walk(Pattern(letters), limit=MAX_WORDS))
        if matching.word_forms:
            found = vocabulary.walk(Pattern(letters, "endings", _kazakh_endings()), limit=FORM_CANDIDATES)
            _add(words, (t for t in found if kazakh_forms.is_form_of(t, t[: len(letters)])))
        if prefix:
            _prefix(vocabulary, letters, words, prefixes, None)


def _prefix(
    vocabulary: _Vocabulary, letters: tuple[frozenset[str], ...], words: dict, prefixes: list, as_typed: str | None
) -> None:
    """The word being typed: the indexed words it begins, or (too many) the prefixes themselves."""
    found, complete = vocabulary.walk_all(Pattern(letters, "any"), limit=PREFIX_WORDS)
    if complete:
        _add(words, found)
    else:
        prefixes.extend(vocabulary.prefixes(letters) if as_typed is None else [as_typed, *vocabulary.prefixes(letters)])


def _add(words: dict, found) -> None:
    for w in found:
        words.setdefault(w, None)


# --- letters a word may have --------------------------------------------------------------------------------
def _exact_letters(word: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(ch) for ch in word)


def _keyboard_letters(word: str) -> tuple[frozenset[str], ...]:
    """Each Russian letter may stand for the Kazakh letters typed as it; a Kazakh letter for itself."""
    return tuple(RUSSIAN_KEY_STANDS_FOR.get(ch, frozenset(ch)) for ch in word)


def _latin_letters(letters: tuple[frozenset[str], ...]) -> list[tuple[frozenset[str], ...]]:
    """Cyrillic letters in the Latin alphabet, as the index holds Latin words (without marks, and
    ı kept apart from i, so both are allowed for і). Empty when a letter has no Latin spelling."""
    out: list[frozenset[str]] = []
    for options in letters:
        spellings = {LATIN_2021.get(ch) for ch in options}
        if None in spellings:
            return []
        spellings = {"".join(index_char(c) for c in s) for s in spellings if s is not None}
        if spellings == {""}:
            continue  # ъ, ь
        if all(len(s) == 1 for s in spellings):
            allowed = set(spellings)
            if "ı" in allowed:
                allowed.add("i")
            out.append(frozenset(allowed))
        elif len(spellings) == 1:
            out.extend(frozenset(c) for c in next(iter(spellings)))
        else:
            return []
    return [tuple(out)] if out else []


def _cyrillic_letters(typed: str) -> list[tuple[frozenset[str], ...]]:
    """The Cyrillic letters a Latin word may spell, one sequence per way of reading its letter pairs
    ("ts": т-с or ц; at most eight); none when a letter is not in the 2021 alphabet (c, w, x, as in
    most English words)."""
    readings: list[tuple[frozenset[str], ...]] = []

    def read(i: int, letters: tuple[frozenset[str], ...]) -> None:
        if len(readings) >= 8:
            return
        if i == len(typed):
            if letters:
                readings.append(letters)
            return
        if not typed[i].isalpha():
            read(i + 1, letters)  # a digit: not a letter to spell
            return
        pair = LATIN_PAIRS.get(typed[i : i + 2])
        if pair is not None:
            read(i + 2, (*letters, frozenset(pair)))
        single = LATIN_STANDS_FOR.get(typed[i])
        if single is not None:
            read(i + 1, (*letters, single))

    read(0, ())
    return readings


@lru_cache(maxsize=1)
def _kazakh_endings() -> Endings:
    return Endings.of(kazakh_forms.all_endings())


@lru_cache(maxsize=1)
def _latin_kazakh_endings() -> Endings:
    return Endings.of(
        {"".join(index_char(c) for c in "".join(LATIN_2021.get(ch, ch) for ch in e)) for e in kazakh_forms.all_endings()}
    )


@lru_cache(maxsize=1)
def _russian_endings() -> Endings:
    return Endings.of(russian_forms.endings())


# --- the index's vocabulary ------------------------------------------------------------------------------------
class _Vocabulary:
    """The versions' index's words in order, read through an fts5vocab table of kind 'instance':
    a row per occurrence, so asking for the first word at or after a string reads one row and
    never counts a common word's documents (a table of kind 'row' would, for each word it lists)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        _ensure_vocabulary(db)

    def first_at_or_after(self, text: str) -> str | None:
        row = self.db.execute(f"SELECT term FROM {_VOCABULARY} WHERE term >= ? LIMIT 1", [text]).fetchone()
        return None if row is None else row[0]

    def walk(self, pattern: Pattern, *, limit: int) -> list[str]:
        return walk(self.first_at_or_after, pattern, limit=limit)[0]

    def walk_all(self, pattern: Pattern, *, limit: int) -> tuple[list[str], bool]:
        return walk(self.first_at_or_after, pattern, limit=limit)

    def prefixes(self, letters: tuple[frozenset[str], ...]) -> list[str]:
        """The variants of a prefix that begin some indexed word."""
        return walk_prefixes(self.first_at_or_after, letters, limit=PREFIX_WORDS)


def _ensure_vocabulary(db: Database) -> None:
    """A vocabulary table on this connection's temporary schema (created once; it only reads the index)."""
    if db.__dict__.get("_qalam_vocabulary"):
        return
    read_only = bool(db.execute("PRAGMA query_only").fetchone()[0])
    if read_only:
        db.execute("PRAGMA query_only = OFF")  # a temporary table is private to this connection, not the library
    try:
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCABULARY} USING fts5vocab(main, search_index, 'instance')")
    finally:
        if read_only:
            db.execute("PRAGMA query_only = ON")
    db.__dict__["_qalam_vocabulary"] = True


def fts_tokens(text: str) -> list[str]:
    """The words FTS5's tokenizer makes of `text` (folded as the index folds them), on a private in-memory table."""
    conn = getattr(_tokenizing, "conn", None)
    if conn is None:
        conn = sqlite3.connect(":memory:")
        conn.execute(f"CREATE VIRTUAL TABLE fold USING fts5(x, tokenize = '{SEARCH_TOKENIZER}')")
        conn.execute("CREATE VIRTUAL TABLE fold_words USING fts5vocab(fold, 'instance')")
        _tokenizing.conn = conn
    conn.execute("INSERT INTO fold (rowid, x) VALUES (1, ?)", [text])
    try:
        return [fold_yo(r[0]) for r in conn.execute("SELECT term FROM fold_words ORDER BY offset")]
    finally:
        conn.execute("DELETE FROM fold")
