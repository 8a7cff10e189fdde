"""Storing anonymous feedback: one transaction per submission, nothing that points to a person."""

from __future__ import annotations

from typing import Any

from storage.database import Database


async def insert(
    db: Database, entry: dict[str, Any], barriers: list[str], needs: list[str]
) -> bool:
    """Store a submission once: a second insert with the same random key changes nothing."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "INSERT OR IGNORE INTO feedback (key, week, topic, service_id, session_id, area_id,"
            " service_given, explained, waiting, staff_rating, overall_rating, free_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry["key"], entry["week"], entry["topic"], entry["service_id"], entry["session_id"],
             entry["area_id"], entry["service_given"], entry["explained"], entry["waiting"],
             entry["staff_rating"], entry["overall_rating"], entry["free_text"]),
        )  # fmt: skip
        if cursor.rowcount == 0:
            return False
        await tx.executemany(
            "INSERT INTO feedback_barriers (feedback_key, barrier) VALUES (?, ?)",
            [(entry["key"], b) for b in barriers],
        )
        await tx.executemany(
            "INSERT INTO feedback_needs (feedback_key, category) VALUES (?, ?)",
            [(entry["key"], n) for n in needs],
        )
        return True
