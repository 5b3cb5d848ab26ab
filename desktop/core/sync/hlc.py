"""The hybrid logical clock that orders every synced edit.

A clock value is one integer: the wall time in milliseconds, shifted left 16 bits, plus a
counter (`(ms << 16) | n`). A local edit takes `max(now << 16, clock + 1)`, so it is later
than anything this device has made or seen even when the wall clock steps back; a change file
that arrives raises the clock to its newest value (`receive`), so an edit made after reading
another device's edit is ordered after it even when that device's clock runs ahead. Ties
between devices are broken by the device id, so the order `(hlc, device)` is total and the
same on every device.

A remote clock more than `MAX_AHEAD_MS` in the future is not followed (a device whose date is
wrong must not drag every other clock along); the sync reports it instead.

The same rule is written once more in SQL (`TICK_SQL`), for the capture triggers.
"""

from __future__ import annotations

import datetime as dt
import functools
import time

COUNTER_BITS = 16
MAX_AHEAD_MS = 24 * 3600 * 1000

NOW_MS_SQL = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
# The local event rule, as the triggers apply it to sync_state.hlc.
TICK_SQL = f"UPDATE sync_state SET hlc = max({NOW_MS_SQL} * {1 << COUNTER_BITS}, hlc + 1)"


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def from_ms(ms: int) -> int:
    return ms << COUNTER_BITS


def wall_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def tick(clock: int, now: int | None = None) -> int:
    """The clock of a local event after `clock`."""
    return max(from_ms(now_ms() if now is None else now), clock + 1)


def receive(clock: int, remote: int, now: int | None = None) -> int:
    """The clock after seeing `remote`; unchanged when `remote` is implausibly far ahead."""
    if is_far_ahead(remote, now):
        return clock
    return max(clock, remote)


def is_far_ahead(remote: int, now: int | None = None) -> bool:
    return wall_ms(remote) > (now_ms() if now is None else now) + MAX_AHEAD_MS


def to_iso(hlc: int) -> str:
    """The wall time of a clock value, as the library writes times (UTC, to the second)."""
    return _second_iso(wall_ms(hlc) // 1000)


@functools.lru_cache(maxsize=4096)
def _second_iso(second: int) -> str:  # a big apply stamps thousands of rows with a few seconds
    return dt.datetime.fromtimestamp(second, dt.UTC).isoformat(timespec="seconds")


def from_iso(text: str | None) -> int | None:
    """The clock value of a time the library wrote (`modified`), or None if it is not one."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return from_ms(int(moment.timestamp() * 1000))
