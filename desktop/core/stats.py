"""What a library holds, in the counts `qalam stats` prints."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.core.store import read_counters


def library_stats(db: Database) -> dict[str, int]:
    counters = read_counters(db)

    def count(table: str, where: str = "1") -> int:
        return int(db.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])

    return {
        "dumps": count("dumps"),
        "articles": counters.get("articles", 0),
        "versions": count("versions"),
        "occurrences": count("occurrences"),
        "tags": count("tags", "deleted_at IS NULL"),
        "unread": counters.get("unread", 0),
        "starred": counters.get("starred", 0),
    }
