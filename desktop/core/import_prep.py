"""The CPU-bound half of an import, which needs no library: read, decode, parse, key, hash, classify.

A dump import is two kinds of work. Reading a file, decoding it, parsing it, computing every
title's identity key and every text's hash, and classifying new versions against their first
one is pure Python and holds the GIL; writing rows and the full-text index is SQLite, which
releases it. Run in the writer thread, the Python half would starve the GUI thread of the GIL
and add its time to SQLite's. So this module is what worker processes run: it takes a path (or
pairs of texts) and returns plain, picklable data, and the writer thread, which stays the
only owner of the import and of the library, turns that data into rows (importer.py).

`DumpPreparer` runs it in a process pool for large imports and in-line for small ones (and in
a frozen build, whose executable cannot be re-launched as a worker). Either way the writer
gets the same `PreparedDump`s, so both paths write identical libraries.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

from desktop.core.dumps import DumpFormatError, parse_dump
from desktop.core.normalize import title_key

# multiprocessing, the process pool and the encoding detector load on first use, not when the
# window starts (the app imports this module through the importer): together some 50 ms.

# Below this much work the ~0.3 s it takes to start worker processes is not worth it.
PARALLEL_MIN_BYTES = 8 * 1024 * 1024
PARALLEL_MIN_FILES = 4
WORKERS_ENV = "QALAM_IMPORT_WORKERS"  # 0 forces in-line preparation (for comparisons and debugging)


@dataclass(frozen=True, slots=True)
class PreparedItem:
    """One printed article, reduced to what the writer needs; its text is in `PreparedDump.texts`."""

    section: str | None
    position: int
    line: int
    title: str
    key: str  # title_key(title): the identity, with `date`
    date: str  # ISO, or "" when the title had no valid date
    sha: str  # sha256 of the text
    source_url: str | None


@dataclass(frozen=True)
class PreparedDump:
    """A dump file ready to be written, or why it cannot be: `error` or `already` is set then."""

    path: Path
    error: str | None = None
    already: str | None = None  # the file name of an earlier dump with the same content
    encoding: str | None = None
    sha256: str = ""
    size: int = 0
    compressed: bool = False
    warnings: tuple[str, ...] = ()
    site: str = ""
    items: tuple[PreparedItem, ...] = ()
    texts: dict[str, str] = field(default_factory=dict)  # sha → text, each distinct text once


def prepare_dump(path: Path, known: dict[str, str] | None = None) -> PreparedDump:
    """Read, decode and parse one dump; every failure becomes an `error`, never an exception.

    `known` maps the sha256 of dumps already in the library to their file names, so that a
    re-imported folder costs a hash per file, not a parse (the writer checks again anyway).
    """
    from desktop.core.decoding import NotADumpError, decode_dump, read_dump_bytes

    try:
        data, compressed, notes = read_dump_bytes(path)
        decoded = decode_dump(data, compressed=compressed, warnings=notes)
    except FileNotFoundError:
        return PreparedDump(path, error="no such file")
    except IsADirectoryError:
        return PreparedDump(path, error="is a folder, not a dump file")
    except (NotADumpError, OSError) as exc:
        return PreparedDump(path, error=str(exc))
    meta = {"encoding": decoded.encoding, "sha256": decoded.sha256, "size": decoded.size, "compressed": decoded.compressed}
    if known is not None and decoded.sha256 in known:
        return PreparedDump(path, already=known[decoded.sha256], **meta)
    try:
        parsed = parse_dump(decoded.text)
    except DumpFormatError as exc:
        return PreparedDump(path, error=f"not a dump: {exc}", **meta)
    warnings = tuple(decoded.warnings) + tuple(str(issue) for issue in parsed.issues)
    keys: dict[str, str] = {}  # the same title is printed in several sections
    texts: dict[str, str] = {}
    digests: dict[str, str] = {}
    items = []
    for article in parsed.articles:
        key = keys.get(article.title)
        if key is None:
            key = keys[article.title] = title_key(article.title)
        text = article.text
        digest = digests.get(text)
        if digest is None:
            digest = digests[text] = sha256(text.encode("utf-8")).hexdigest()
            texts.setdefault(digest, text)
        date = article.date.isoformat() if article.date else ""
        items.append(PreparedItem(article.section, article.position, article.line, article.title, key, date, digest, article.source_url))
    return PreparedDump(path, warnings=warnings, site=parsed.site, items=tuple(items), texts=texts, **meta)


def classify_pairs(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, int]]:
    """(change class, words changed) of each (first version's text, new text) pair."""
    from desktop.core.version_compare import classify

    out = []
    for base, text in pairs:
        result = classify(base, text)
        out.append((result.change_class.value, result.words_changed))
    return out


# --- running it ---------------------------------------------------------------------------------
_known: dict[str, str] | None = None


def _worker_init(known: dict[str, str]) -> None:
    global _known
    _known = known
    # Parsing ahead is background work: the GUI and the writer thread come first for the CPU.
    if hasattr(os, "nice"):
        try:
            os.nice(10)
        except OSError:
            pass
    # A worker must not outlive an app that was killed: with nothing to read from, it would wait forever.
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()


def _exit_with_parent(sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(0)


def _prepare_in_worker(path: Path) -> PreparedDump:
    return prepare_dump(path, _known)


def parallel_workers(files: int, total_bytes: int) -> int:
    """How many worker processes an import of this size gets: 0 means prepare in-line."""
    setting = os.environ.get(WORKERS_ENV)
    if setting is not None:
        try:
            return max(0, int(setting))
        except ValueError:
            pass
    if getattr(sys, "frozen", False) or files < PARALLEL_MIN_FILES or total_bytes < PARALLEL_MIN_BYTES:
        return 0
    # One core stays with the writer thread (SQLite and the full-text index) and one with the GUI.
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def _broken_pool() -> type[Exception]:
    from concurrent.futures.process import BrokenProcessPool

    return BrokenProcessPool


class _Done(Future):
    def __init__(self, value: object) -> None:
        super().__init__()
        self.set_result(value)


class DumpPreparer:
    """Prepares the dumps of one import ahead of the writer, in worker processes or in-line.

    `get(i)` returns file i's PreparedDump, keeping the next few in preparation meanwhile;
    `classify(pairs)` starts classifying on a process of its own, so that it never waits
    behind the parsing of later dumps. A pool that breaks falls back to in-line work.
    """

    def __init__(self, files: Sequence[Path], known: dict[str, str], workers: int) -> None:
        self._files = list(files)
        self._known = known
        self._futures: dict[int, Future] = {}
        self._next = 0
        self._pool: Executor | None = None
        self._classifier: Executor | None = None
        self._ahead = 0
        if workers > 0:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
            self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init, initargs=(known,))
            self._classifier = ProcessPoolExecutor(1, mp_context=context, initializer=_worker_init, initargs=({},))
            self._ahead = workers + 1

    def get(self, index: int) -> PreparedDump:
        while self._pool is not None and self._next < len(self._files) and self._next <= index + self._ahead:
            try:
                self._futures[self._next] = self._pool.submit(_prepare_in_worker, self._files[self._next])
            except (_broken_pool(), RuntimeError):
                self._pool = None
                break
            self._next += 1
        future = self._futures.pop(index, None)
        if future is not None:
            try:
                return future.result()
            except _broken_pool():
                self._pool = None
        return prepare_dump(self._files[index], self._known)

    def classify(self, pairs: list[tuple[str, str]]) -> Future:
        if self._classifier is not None and pairs:
            try:
                return self._classifier.submit(classify_pairs, pairs)
            except (_broken_pool(), RuntimeError):
                self._classifier = None
        return _Done(classify_pairs(pairs))

    def classify_result(self, future: Future, pairs: list[tuple[str, str]]) -> list[tuple[str, int]]:
        try:
            return future.result()
        except _broken_pool():
            self._classifier = None
            return classify_pairs(pairs)

    def close(self) -> None:
        for pool in (self._pool, self._classifier):
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._classifier = None
        self._futures.clear()

    def __enter__(self) -> DumpPreparer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
