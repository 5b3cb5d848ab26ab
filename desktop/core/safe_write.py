"""Writing a file so that it is either the old one or the whole new one, never half of either.

Exports, corpus tables and sync's change files all write this way: under a hidden temporary name
beside the target (one folder, so the rename is atomic), flushed to disk, then renamed over it. A
failure or a cancel (a full disk, a closed window, a kill) leaves the old file as it was, and no
temporary file behind except after a kill, whose hidden `.partial` name other readers skip.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def replacing(target: Path, *, binary: bool = False) -> Iterator[IO]:
    """A file to write `target`'s new content to; it replaces `target` when the block ends without error."""
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        with partial.open("wb") if binary else partial.open("w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
