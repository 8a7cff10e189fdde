"""Queries for the message ledger used by the quick exit."""

from __future__ import annotations

from storage.database import Database


async def record(db: Database, rows: list[tuple[str, int, str]]) -> None:
    if not rows:
        return
    async with db.transaction() as tx:
        await tx.executemany(
            "INSERT OR IGNORE INTO message_ledger (chat_key, message_id, sent_at) VALUES (?, ?, ?)",
            rows,
        )


async def message_ids(db: Database, chat_key: str, since: str) -> list[int]:
    rows = await db.fetch_all(
        "SELECT message_id FROM message_ledger WHERE chat_key = ? AND sent_at >= ?"
        " ORDER BY message_id",
        (chat_key, since),
    )
    return [r[0] for r in rows]


async def forget_chat(db: Database, chat_key: str) -> None:
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM message_ledger WHERE chat_key = ?", (chat_key,))


async def purge_before(db: Database, cutoff: str) -> int:
    async with db.transaction() as tx:
        cursor = await tx.execute("DELETE FROM message_ledger WHERE sent_at < ?", (cutoff,))
        return cursor.rowcount
