"""Queries for the outbox: enqueue (also inside another feature's transaction), claim, finish,
retry later, and forget a chat."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import aiosqlite

from storage.database import Database

_COLUMNS = "chat_id, locale, kind, args, words, purpose, priority, not_before, dedupe"
_INSERT = f"INSERT OR IGNORE INTO outbox ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"


def _values(row: Mapping[str, Any]) -> tuple[Any, ...]:
    return (
        row["chat_id"],
        row["locale"],
        row["kind"],
        json.dumps(dict(row["args"]), sort_keys=True),
        row["words"],
        row["purpose"],
        row["priority"],
        row["not_before"],
        row.get("dedupe"),
    )


async def insert(tx: aiosqlite.Connection, rows: Iterable[Mapping[str, Any]]) -> int:
    """Queue rows inside an open transaction (so a feature's change and its messages commit
    together). Returns how many were new."""
    before = tx.total_changes
    await tx.executemany(_INSERT, [_values(row) for row in rows])
    return tx.total_changes - before


async def enqueue(db: Database, rows: Sequence[Mapping[str, Any]]) -> int:
    if not rows:
        return 0
    async with db.transaction() as tx:
        return await insert(tx, rows)


async def claim(db: Database, now: str, limit: int) -> list[dict[str, Any]]:
    """Take up to `limit` due rows, most urgent first, marking them as being sent: at most one
    per chat at a time, so a person's messages keep their order and a 403 is met once."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id IN ("
            " SELECT id FROM (SELECT id, priority, not_before, row_number() OVER ("
            "  PARTITION BY chat_id ORDER BY priority, not_before, id) AS nth"
            "  FROM outbox WHERE state = 'pending' AND not_before <= ?"
            "  AND chat_id NOT IN (SELECT chat_id FROM outbox WHERE state = 'sending'))"
            " WHERE nth = 1 ORDER BY priority, not_before, id LIMIT ?)"
            " RETURNING id, chat_id, locale, kind, args, words, purpose, priority, attempts",
            (now, limit),
        )
        rows = [dict(r) for r in await cursor.fetchall()]
    for row in rows:
        row["args"] = json.loads(row["args"])
    return sorted(rows, key=lambda r: (r["priority"], r["id"]))


async def finish(db: Database, ids: list[int]) -> None:
    """Sent, or no longer wanted: the row (and its chat id) goes."""
    if not ids:
        return
    async with db.transaction() as tx:
        await tx.executemany("DELETE FROM outbox WHERE id = ?", [(i,) for i in ids])


async def retry_later(db: Database, row_id: int, not_before: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE outbox SET state = 'pending', not_before = ? WHERE id = ?", (not_before, row_id)
        )


async def forget_chat(db: Database, chat_id: int, purposes: list[str] | None = None) -> int:
    """Every queued message to a chat (or those of some purposes) goes at once."""
    async with db.transaction() as tx:
        if purposes is None:
            cursor = await tx.execute("DELETE FROM outbox WHERE chat_id = ?", (chat_id,))
        else:
            cursor = await tx.execute(
                "DELETE FROM outbox WHERE chat_id = ? AND purpose IN"
                " (SELECT value FROM json_each(?))",
                (chat_id, json.dumps(purposes)),
            )
        return cursor.rowcount


async def release_claims(db: Database) -> int:
    """At start: rows claimed by a process that stopped before finishing them are sent again
    (a crash between claim and send must not lose a reminder)."""
    async with db.transaction() as tx:
        cursor = await tx.execute("UPDATE outbox SET state = 'pending' WHERE state = 'sending'")
        return cursor.rowcount


async def next_due(db: Database) -> str | None:
    row = await db.fetch_one("SELECT min(not_before) FROM outbox WHERE state = 'pending'")
    return None if row is None else row[0]


async def waiting(db: Database) -> int:
    row = await db.fetch_one("SELECT count(*) FROM outbox")
    return 0 if row is None else int(row[0])
