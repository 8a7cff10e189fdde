"""Queries for "you said, we did" updates: written (waiting), then sent by a second person (the
letters queued in the same transaction) or rejected; the archive of sent ones."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from storage import outbox
from storage.database import Database
from storage.voice import optins

LettersFor = Callable[[list[tuple[int, str]]], Sequence[Mapping[str, Any]]]

_UPDATE = (
    "SELECT id, poll_id, period, state, written_by, decided_by, written_on, sent_on"
    " FROM voice_updates"
)


async def insert(db: Database, update: Mapping[str, Any], texts: Sequence[tuple[str, str]]) -> int:
    """A waiting update and its texts ((locale, text), in writing order)."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "INSERT INTO voice_updates (poll_id, period, written_by, written_on) VALUES (?, ?, ?, ?)",
            (update["poll_id"], update["period"], update["written_by"], update["written_on"]),
        )
        update_id = cursor.lastrowid
        assert update_id is not None
        await tx.executemany(
            "INSERT INTO voice_update_texts (update_id, locale, position, text) VALUES (?, ?, ?, ?)",
            [(update_id, locale, n, text) for n, (locale, text) in enumerate(texts)],
        )
    return update_id


async def _with_texts(db: Database, rows: list[Any]) -> list[dict[str, Any]]:
    updates = [dict(r) for r in rows]
    if not updates:
        return []
    texts = await db.fetch_all(
        "SELECT update_id, locale, text FROM voice_update_texts"
        " WHERE update_id IN (SELECT value FROM json_each(?)) ORDER BY update_id, position",
        (json.dumps([u["id"] for u in updates]),),
    )
    for update in updates:
        update["texts"] = [(t[1], t[2]) for t in texts if t[0] == update["id"]]
    return updates


async def get(db: Database, update_id: int) -> dict[str, Any] | None:
    found = await _with_texts(db, await db.fetch_all(_UPDATE + " WHERE id = ?", (update_id,)))
    return found[0] if found else None


async def in_state(db: Database, state: str, limit: int) -> list[dict[str, Any]]:
    order = "sent_on DESC, id DESC" if state == "sent" else "id"
    rows = await db.fetch_all(
        _UPDATE + f" WHERE state = ? ORDER BY {order} LIMIT ?", (state, limit)
    )
    return await _with_texts(db, rows)


async def send(
    db: Database, update_id: int, decided_by: int, today: str, letters_for: LettersFor
) -> int | None:
    """Mark a waiting update sent and queue a letter to everyone who gets updates, atomically.
    None when it was not waiting (decided by someone else a moment ago)."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE voice_updates SET state = 'sent', decided_by = ?, sent_on = ?"
            " WHERE id = ? AND state = 'waiting'",
            (decided_by, today, update_id),
        )
        if cursor.rowcount == 0:
            return None
        return await outbox.insert(tx, letters_for(await optins.update_audience(tx)))


async def reject(db: Database, update_id: int, decided_by: int) -> bool:
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE voice_updates SET state = 'rejected', decided_by = ?"
            " WHERE id = ? AND state = 'waiting'",
            (decided_by, update_id),
        )
        return cursor.rowcount == 1
