"""Storing anonymous feedback: one transaction per submission, nothing that points to a person."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from storage.database import Database

COLUMNS = (
    "key",
    "week",
    "topic",
    "service_id",
    "session_id",
    "area_id",
    "service_given",
    "explained",
    "waiting",
    "staff_rating",
    "overall_rating",
    "free_text",
)
_INSERT = (
    f"INSERT OR IGNORE INTO feedback ({', '.join(COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in COLUMNS)})"
)


async def insert(
    db: Database, row: Mapping[str, Any], barriers: Sequence[str], needs: Sequence[str]
) -> bool:
    """Store a submission (`row` has every name in COLUMNS) once: a second insert with the same
    random key changes nothing and returns False."""
    async with db.transaction() as tx:
        cursor = await tx.execute(_INSERT, tuple(row[column] for column in COLUMNS))
        if cursor.rowcount == 0:
            return False
        key = row["key"]
        await tx.executemany(
            "INSERT INTO feedback_barriers (feedback_key, barrier) VALUES (?, ?)",
            [(key, barrier) for barrier in barriers],
        )
        await tx.executemany(
            "INSERT INTO feedback_needs (feedback_key, category) VALUES (?, ?)",
            [(key, need) for need in needs],
        )
        return True
