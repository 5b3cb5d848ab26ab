"""The library's timestamps: UTC ISO 8601 to the second, readable in any SQLite tool and sortable as text."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
