"""The CPU-bound half of an import, which needs no library: read, decode, parse, key, hash.

A dump import is two kinds of work. Reading a file, decoding it, parsing it, and computing
every title's identity key and every text's hash is pure Python and holds the GIL; writing rows
and the full-text index is SQLite, which releases it. Run in the writer thread, the Python half
would starve the GUI thread of the GIL and add its time to SQLite's. So this module is what
worker processes run: it takes a path and returns plain, picklable data, and the writer thread,
which stays the only owner of the import and of the library, turns that data into rows
(importer.py). New versions are classified against their article's first version; when both
texts are in the same dump (a quote-stripped copy printed beside the original, the usual case)
the worker does that too, and the writer classifies only the rest, whose base is in the library.

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
from typing import NamedTuple

from desktop.core.dumps import DumpFormatError, parse_dump
from desktop.core.normalize import title_key

# multiprocessing, the process pool and the encoding detector load on first use, not when the
# window starts (the app imports this module through the importer): together some 50 ms.

# Below this much work the ~0.3 s it takes to start worker processes is not worth it.
PARALLEL_MIN_BYTES = 8 * 1024 * 1024
PARALLEL_MIN_FILES = 4
WORKERS_ENV = "QALAM_IMPORT_WORKERS"  # 0 forces in-line preparation (for comparisons and debugging)


class PreparedItem(NamedTuple):
    """One printed article, reduced to what the writer needs; its text is in `PreparedDump.texts`.

    A named tuple rather than a dataclass: every print crosses from a worker process to the
    writer, and a tuple unpickles in a third of the time (some 0.1 s per 10,000 articles).
    """

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
    resolved: Path | None = None  # the absolute path, which the library records
    encoding: str | None = None
    sha256: str = ""
    size: int = 0
    compressed: bool = False
    warnings: tuple[str, ...] = ()
    site: str = ""
    items: tuple[PreparedItem, ...] = ()
    texts: dict[str, str] = field(default_factory=dict)  # sha → text, each distinct text once
    # (sha of an article's first text in the dump, sha of another of its texts) → (change class,
    # words changed): most new versions are a copy printed beside the first, and the writer
    # need not classify those (see `prepare_dump`'s `classify`).
    classes: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)


def prepare_dump(path: Path, known: dict[str, str] | None = None, *, classify: bool = False) -> PreparedDump:
    """Read, decode and parse one dump; every failure becomes an `error`, never an exception.

    `known` maps the sha256 of dumps already in the library to their file names, so that a
    re-imported folder costs a hash per file, not a parse (the writer checks again anyway).
    With `classify`, each article's other texts in the dump are classified against its first
    one here, off the writer's thread: the writer uses that wherever the first text is the
    article's first version, and classifies the rest itself.
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
    classes = _classify_in_dump(items, texts) if classify else {}
    return PreparedDump(
        path, resolved=path.resolve(), warnings=warnings, site=parsed.site, items=tuple(items), texts=texts, classes=classes, **meta
    )


def _classify_in_dump(items: list[PreparedItem], texts: dict[str, str]) -> dict[tuple[str, str], tuple[str, int]]:
    from desktop.core.version_compare import classify

    first: dict[tuple[str, str], str] = {}
    classes: dict[tuple[str, str], tuple[str, int]] = {}
    for item in items:
        base = first.setdefault((item.key, item.date), item.sha)
        if base != item.sha and (base, item.sha) not in classes:
            found = classify(texts[base], texts[item.sha])
            classes[(base, item.sha)] = (found.change_class.value, found.words_changed)
    return classes


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


def _prepare_in_worker(paths: list[Path]) -> list[PreparedDump]:
    return [prepare_dump(path, _known, classify=True) for path in paths]


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


# Small dumps go to the workers several at a time (a task and its result cost some 0.1 ms each way),
# and the workers keep this much ahead of the writer.
TASK_BYTES = 256 * 1024
AHEAD_BYTES = 8 * 1024 * 1024
# The writer prepares the first dumps itself: starting the workers takes some 0.15 to 0.3 s.
HEAD_BYTES = 2 * 1024 * 1024


class DumpPreparer:
    """Prepares the dumps of one import ahead of the writer, in worker processes or in-line.

    `get(i)` returns file i's PreparedDump, keeping the next few megabytes in preparation
    meanwhile. The first dumps (HEAD_BYTES) are prepared in-line while the workers start, and so
    is everything once a pool breaks.
    """

    def __init__(self, files: Sequence[Path], known: dict[str, str], workers: int, sizes: Sequence[int] | None = None) -> None:
        self._files = list(files)
        self._known = known
        self._pool: Executor | None = None
        self._tasks: list[range] = []  # consecutive files prepared together
        self._task_of: list[int] = []  # file index → its task
        self._futures: dict[int, Future] = {}  # task → its result
        self._ready: dict[int, PreparedDump] = {}  # file index → prepared, not yet taken
        self._submitted = 0  # tasks submitted so far
        if workers > 0:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
            self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init, initargs=(known,))
            self._plan_tasks(list(sizes) if sizes is not None else [_size(f) for f in self._files], workers)
            self._submitted = self._head_tasks()
            self._submit_ahead(0)

    def _plan_tasks(self, sizes: list[int], workers: int) -> None:
        start = size = 0
        for index, file_size in enumerate(sizes):
            size += file_size
            if size >= TASK_BYTES or index == len(sizes) - 1:
                self._tasks.append(range(start, index + 1))
                start, size = index + 1, 0
        self._task_of = [task for task, files in enumerate(self._tasks) for _ in files]
        self._sizes = [sum(sizes[i] for i in files) for files in self._tasks]
        self._min_ahead = workers + 1

    def _head_tasks(self) -> int:
        """How many tasks from the start are left to the writer, to do while the workers start."""
        size = count = 0
        while count < len(self._tasks) - 1 and size < HEAD_BYTES:
            size += self._sizes[count]
            count += 1
        return count

    def get(self, index: int) -> PreparedDump:
        found = self._ready.pop(index, None)
        if found is not None:
            return found
        if self._pool is not None:
            task = self._task_of[index]
            self._submit_ahead(task)
            future = self._futures.pop(task, None)
            if future is not None:
                try:
                    results = future.result()
                except _broken_pool():
                    self._pool = None
                else:
                    self._ready.update(zip(self._tasks[task], results, strict=True))
                    return self._ready.pop(index)
        return prepare_dump(self._files[index], self._known)

    def _submit_ahead(self, task: int) -> None:
        """Keep tasks submitted from `task` on: at least one per worker and one more, and AHEAD_BYTES."""
        while self._pool is not None and self._submitted < len(self._tasks):
            pending = range(task, self._submitted)
            if len(pending) >= self._min_ahead and sum(self._sizes[t] for t in pending) >= AHEAD_BYTES:
                break
            files = [self._files[i] for i in self._tasks[self._submitted]]
            try:
                self._futures[self._submitted] = self._pool.submit(_prepare_in_worker, files)
            except (_broken_pool(), RuntimeError):
                self._pool = None
                break
            self._submitted += 1

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None
        self._futures.clear()
        self._ready.clear()

    def __enter__(self) -> DumpPreparer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
