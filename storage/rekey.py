"""Queries for moving keyed hashes from one ID_HASH_KEY to another (scripts/rotate_key.py)."""

from __future__ import annotations

import json

from storage.database import Database

# (table, column): every place that holds a keyed hash of a chat or person id.
KEYED_COLUMNS = (
    ("member_preferences", "member_key"),
    ("message_ledger", "chat_key"),
    ("relay_blocks", "member_key"),
)


async def known_chat_ids(db: Database) -> list[int]:
    """Chat ids the database holds in clear for its own reasons (team members, people who opted
    in to notices, queued messages, members talking to a peer): the only hashes that can be
    carried to a new key."""
    rows = await db.fetch_all(
        "SELECT telegram_id FROM people WHERE telegram_id IS NOT NULL"
        " UNION SELECT chat_id FROM alert_subscriptions UNION SELECT chat_id FROM outbox"
        " UNION SELECT member_chat FROM relay_conversations"
    )
    return [int(r[0]) for r in rows]


async def rekey(db: Database, table: str, column: str, moves: dict[str, str]) -> tuple[int, int]:
    """Replace old hashes by new ones where known, delete the rest; returns (moved, dropped)."""
    assert (table, column) in KEYED_COLUMNS
    async with db.transaction() as tx:
        moved = 0
        for old, new in moves.items():
            cursor = await tx.execute(
                f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new, old)
            )
            moved += cursor.rowcount
        cursor = await tx.execute(
            f"DELETE FROM {table} WHERE {column} NOT IN (SELECT value FROM json_each(?))",
            (json.dumps(list(moves.values())),),
        )
        return moved, cursor.rowcount


async def drop_open_invites(db: Database) -> int:
    """Unused invites were hashed with the old key: their codes can no longer be checked."""
    async with db.transaction() as tx:
        cursor = await tx.execute("DELETE FROM invites WHERE used_at IS NULL")
        return cursor.rowcount
