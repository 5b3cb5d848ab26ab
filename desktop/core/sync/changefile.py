"""Change files: how one device's ops travel through the shared folder.

    <folder>/qalam-sync.json                              marks the folder as Qalam's
    <folder>/devices/<device>/device.json                 the device's name, user, Qalam version and schema
    <folder>/devices/<device>/00000001.qsync.gz           its change files, numbered; only it writes here
    <folder>/dumps/<sha256>/<file name>                   shared dumps (shared_dumps.py)

A change file is gzip-compressed NDJSON: a header line, then one op per line.

    {"format": "qalam-sync", "schema": 1, "device": "…", "seq": 7, "ops": 3, "body_sha256": "…", "written": "…"}
    {"t": "annotations", "k": "<uuid>", "f": "note", "h": 117708177440571392, "v": "a note", "p": [[117708…, "…"]]}

It is written under a temporary name (starting with "."), flushed to disk, and renamed: a
reader never sees a partial file under a final name unless a file-sync tool delivers one, and
then gzip's CRC and length, the body's sha256 and the op count all catch it. Such a file is
skipped, reported and read again when it changes; it is never applied in part.

`schema` is the sync schema (sync_schema.py): a file from a newer one is left for a newer Qalam.
Copies a file-sync tool makes of a file (`00000007.sync-conflict-….qsync.gz`) are read too:
applying ops is idempotent, so a duplicate costs nothing, and a copy may hold ops the
other lost.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from desktop.core.safe_write import replacing

FORMAT = "qalam-sync"
MARKER = "qalam-sync.json"
DEVICES = "devices"
DEVICE_FILE = "device.json"
# "00000007.qsync.gz", and the copies sync tools make beside it: Syncthing's
# "00000007.sync-conflict-20260301-101010-ABCDEFG.qsync.gz", Dropbox's "00000007.qsync (… conflicted copy …).gz".
FILE_NAME = re.compile(r"^(\d{8})[ .].*qsync.*\.gz$")
SEQ_DIGITS = 8


class ChangeFileError(ValueError):
    """A change file that cannot be used (incomplete, damaged, or not one); the message says why."""


class Op(NamedTuple):
    """One write of one field, as it travels: table, stable key, field, clock, value, parents, seen.
    (A tuple: a file of 10,000 highlights holds 120,000 of them.)"""

    table: str
    key: str
    field: str
    hlc: int
    value: object
    parents: tuple[tuple[int, str], ...] = ()
    seen: tuple[tuple[str, int, str], ...] | None = None
    device: str | None = None  # who made it, when not the file's device (ops relayed into a new folder)


@dataclass(frozen=True)
class ChangeFile:
    device: str
    seq: int
    schema: int
    sha256: str  # of the body: the file's identity (two copies of one file share it)
    ops: tuple[Op, ...]


def file_name(seq: int) -> str:
    return f"{seq:0{SEQ_DIGITS}d}.qsync.gz"


def seq_of(name: str) -> int | None:
    """The sequence number a change file's name gives, or None for any other file."""
    found = FILE_NAME.match(name)
    return int(found.group(1)) if found and not name.startswith(".") else None


def _line(op: Op) -> dict[str, object]:
    line: dict[str, object] = {
        "t": op.table,
        "k": op.key,
        "f": op.field,
        "h": op.hlc,
        "v": op.value,
        "p": [list(p) for p in op.parents],
    }
    if op.seen is not None:
        line["s"] = [list(s) for s in op.seen]
    if op.device is not None:
        line["d"] = op.device
    return line


def op_line(op: Op) -> str:
    """One op as its line in a change file (oplog.py writes the same lines in SQL, for speed)."""
    return json.dumps(_line(op), ensure_ascii=False, separators=(",", ":"))


def encode(device: str, seq: int, schema: int, lines: list[str]) -> tuple[bytes, str]:
    """The file's bytes and its body's sha256, from its op lines."""
    body = "\n".join(lines).encode()
    digest = hashlib.sha256(body).hexdigest()
    header = {"format": FORMAT, "schema": schema, "device": device, "seq": seq, "ops": len(lines), "body_sha256": digest}
    return gzip.compress(json.dumps(header).encode() + b"\n" + body, compresslevel=5, mtime=0), digest


def write_atomically(path: Path, data: bytes) -> None:
    """`data` as the whole of `path` (safe_write.replacing), its folder made if need be."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path, binary=True) as handle:  # readers see the old file or the whole new one
        handle.write(data)


def write_change_file(
    folder: Path, device: str, seq: int, schema: int, ops: list[Op] | tuple[Op, ...] | list[str]
) -> tuple[Path, str]:
    """Write device's change file `seq` (ops, or their lines) into the shared folder; returns its path and body sha256."""
    data, digest = encode(device, seq, schema, [op if isinstance(op, str) else op_line(op) for op in ops])
    path = Path(folder) / DEVICES / device / file_name(seq)
    write_atomically(path, data)
    return path, digest


def read_change_file(path: Path) -> ChangeFile:
    """The whole file, verified; raises ChangeFileError for anything incomplete or damaged."""
    try:
        raw = gzip.decompress(Path(path).read_bytes())
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise ChangeFileError(f"incomplete or damaged ({exc or 'cut short'})") from exc
    except OSError as exc:
        raise ChangeFileError(f"cannot be read ({exc.strerror or exc})") from exc
    head, _, body = raw.partition(b"\n")
    try:
        header = json.loads(head)
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ChangeFileError("not a Qalam change file")
        device, seq, schema, count, digest = (header[k] for k in ("device", "seq", "schema", "ops", "body_sha256"))
    except (ValueError, KeyError) as exc:
        raise ChangeFileError(f"its header is damaged ({exc})") from exc
    if hashlib.sha256(body).hexdigest() != digest:
        raise ChangeFileError("its content does not match its checksum")
    try:
        ops = tuple(_op(line) for line in _lines(body)) if body else ()
    except (ValueError, KeyError, TypeError) as exc:
        raise ChangeFileError(f"an op is damaged ({exc})") from exc
    if len(ops) != count:
        raise ChangeFileError(f"it holds {len(ops)} ops of {count}")
    return ChangeFile(str(device), int(seq), int(schema), digest, ops)


PARSE_LINES = 2000  # parsed at once: fast, and short enough that the window's thread gets its turn between


def _lines(body: bytes) -> Iterator[dict[str, object]]:
    """The op lines, parsed a few thousand at a time as one JSON array each (lines never hold a raw
    newline: JSON escapes it). One array for a whole file would hold the GIL for a tenth of a second."""
    lines = body.split(b"\n")
    for start in range(0, len(lines), PARSE_LINES):
        yield from json.loads(b"[" + b",".join(lines[start : start + PARSE_LINES]) + b"]")


def read_header(path: Path) -> dict[str, object]:
    """The header line alone (to learn a file's schema without trusting the rest)."""
    with gzip.open(path, "rb") as handle:
        return json.loads(handle.readline())


def _op(line: dict[str, object]) -> Op:
    parents = tuple((int(h), str(d)) for h, d in line["p"]) if line["p"] else ()  # type: ignore[union-attr]
    seen = tuple((str(f), int(h), str(d)) for f, h, d in line["s"]) if "s" in line else None  # type: ignore[union-attr]
    value = line["v"]
    if value is not None and type(value) not in (str, int):
        raise ValueError(f"a value of type {type(value).__name__}")
    h = line["h"]
    if type(h) is not int:
        raise ValueError(f"a clock value of type {type(h).__name__}")
    device = line.get("d")
    return Op(line["t"], line["k"], line["f"], h, value, parents, seen, None if device is None else str(device))  # type: ignore[arg-type]
