"""Change files: whole or refused, never applied in part."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from desktop.core.sync import hlc
from desktop.core.sync.changefile import ChangeFileError, Op, read_change_file, seq_of, write_change_file

OPS = [
    Op("annotations", "0b6c-uuid", "note", hlc.from_ms(1_767_225_600_000), "a note with “quotes” and\nlines", ((123, "dev-b"),)),
    Op(
        "annotations",
        "0b6c-uuid",
        "deleted_at",
        hlc.from_ms(1_767_225_600_001),
        "2026-01-01T00:00:01+00:00",
        (),
        (("note", 5, "dev-a"),),
    ),
    Op("articles", '["Kazinform","title","2026-02-05"]', "is_starred", 42, 1),
    Op("tags", "t-uuid", "color", 43, None),
]


def test_a_change_file_is_gzip_ndjson_with_a_header_that_checks_its_body(tmp_path: Path):
    path, digest = write_change_file(tmp_path, "dev-a", 7, 1, OPS)
    assert path == tmp_path / "devices" / "dev-a" / "00000007.qsync.gz"
    lines = gzip.decompress(path.read_bytes()).decode().split("\n")
    header = json.loads(lines[0])
    assert header == {"format": "qalam-sync", "schema": 1, "device": "dev-a", "seq": 7, "ops": 4, "body_sha256": digest}
    assert [json.loads(line)["f"] for line in lines[1:]] == ["note", "deleted_at", "is_starred", "color"]
    read = read_change_file(path)
    assert (read.device, read.seq, read.schema, read.sha256, read.ops) == ("dev-a", 7, 1, digest, tuple(OPS))
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind


@pytest.mark.parametrize("keep", [0.0, 0.1, 0.5, 0.9, 0.99])
def test_a_file_cut_short_anywhere_is_refused(tmp_path: Path, keep: float):
    path, _ = write_change_file(tmp_path, "dev-a", 1, 1, OPS * 50)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ChangeFileError):
        read_change_file(path)


def test_a_changed_op_fails_the_checksum_and_a_missing_op_the_count(tmp_path: Path):
    path, _ = write_change_file(tmp_path, "dev-a", 1, 1, OPS)
    head, body = gzip.decompress(path.read_bytes()).split(b"\n", 1)
    path.write_bytes(gzip.compress(head + b"\n" + body.replace(b"a note", b"A note")))
    with pytest.raises(ChangeFileError, match="checksum"):
        read_change_file(path)
    header = json.loads(head)
    fewer = b"\n".join(body.split(b"\n")[:-1])
    import hashlib

    header["body_sha256"] = hashlib.sha256(fewer).hexdigest()
    path.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + fewer))
    with pytest.raises(ChangeFileError, match="3 ops of 4"):
        read_change_file(path)


def test_only_change_file_names_and_sync_tools_copies_of_them_are_read():
    assert seq_of("00000007.qsync.gz") == 7
    assert seq_of("00000007.sync-conflict-20260301-101010-ABCDEFG.qsync.gz") == 7
    assert seq_of("00000007.qsync (alice's conflicted copy 2026-03-01).gz") == 7
    for other in (".00000007.qsync.gz.a1b2c3d4.tmp", "device.json", "7.qsync.gz", "00000007.qsync", "notes.txt"):
        assert seq_of(other) is None, other


def test_the_clock_never_runs_back_and_ignores_a_clock_a_year_ahead():
    now = 1_767_225_600_000
    clock = hlc.tick(0, now)
    assert hlc.tick(clock, now - 60_000) == clock + 1  # the wall clock stepped back a minute
    assert hlc.receive(clock, clock + 5, now) == clock + 5
    year_ahead = hlc.from_ms(now + 365 * 24 * 3600 * 1000)
    assert hlc.is_far_ahead(year_ahead, now) and hlc.receive(clock, year_ahead, now) == clock
    assert (
        hlc.to_iso(hlc.from_ms(now)) == "2026-01-01T00:00:00+00:00" == hlc.to_iso(hlc.from_iso("2026-01-01T00:00:00+00:00") or 0)
    )


def test_the_lines_sqlite_writes_when_pushing_are_the_lines_the_format_defines(tmp_path: Path, sample_library):
    """Pushing builds each op's line in SQL (for speed); it must equal the format's own encoding."""
    from desktop.core.annotations import create_highlight, delete_annotation
    from desktop.core.sync.changefile import encode, op_line
    from desktop.core.sync.run import sync_once

    folder = tmp_path / "shared"
    folder.mkdir()
    sync_once(sample_library, folder, user="alice")
    version, article, text = sample_library.execute("SELECT id, article_id, text FROM versions LIMIT 1").fetchone()
    made = create_highlight(sample_library, article, version, 3, 40, 2, "a “note”\nwith a line", author="alice").annotation
    delete_annotation(sample_library, made.id)
    sync_once(sample_library, folder, user="alice")
    [path] = (folder / "devices").glob("*/00000001.qsync.gz")
    content = read_change_file(path)
    assert any(op.seen is not None for op in content.ops) and any(op.parents for op in content.ops)
    assert encode(content.device, content.seq, content.schema, [op_line(op) for op in content.ops])[1] == content.sha256
