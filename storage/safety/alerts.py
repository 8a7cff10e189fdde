"""Queries for safety alerts and their subscribers. Publishing queues the notices in the outbox in
the same transaction, so an alert is never published without them, nor sent before it is."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from storage import outbox
from storage.database import Database

# Rows for the outbox, made by the domain from (chat id, locale) of each subscriber.
LettersFor = Callable[[list[tuple[int, str]]], Sequence[Mapping[str, Any]]]


async def set_subscriptions(db: Database, chat_id: int, area_ids: list[int], locale: str) -> None:
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM alert_subscriptions WHERE chat_id = ?", (chat_id,))
        await tx.executemany(
            "INSERT INTO alert_subscriptions (chat_id, area_id, locale) VALUES (?, ?, ?)",
            [(chat_id, area_id, locale) for area_id in area_ids],
        )


async def subscribed_areas(db: Database, chat_id: int) -> list[int]:
    rows = await db.fetch_all(
        "SELECT area_id FROM alert_subscriptions WHERE chat_id = ?", (chat_id,)
    )
    return [r[0] for r in rows]


async def drop_subscriber(db: Database, chat_id: int) -> None:
    """They stopped, quick-exited or blocked the bot: no subscription keeps their chat id."""
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM alert_subscriptions WHERE chat_id = ?", (chat_id,))


async def insert_alert(db: Database, alert: dict[str, Any]) -> int:
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "INSERT INTO safety_alerts (kind, area_id, happened, description, submitted_by,"
            " created_on) VALUES (?, ?, ?, ?, ?, ?)",
            (
                alert["kind"],
                alert["area_id"],
                alert["happened"],
                alert["description"],
                alert["submitted_by"],
                alert["created_on"],
            ),
        )
        alert_id = cursor.lastrowid
    assert alert_id is not None
    return alert_id


_ALERT = (
    "SELECT s.id, s.kind, s.area_id, a.name AS area_name, s.happened, s.description, s.state,"
    " s.submitted_by, s.reason, s.created_on, s.published_on, s.expires_on"
    " FROM safety_alerts AS s JOIN areas AS a ON a.id = s.area_id"
)


async def get_alert(db: Database, alert_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(_ALERT + " WHERE s.id = ?", (alert_id,))
    return None if row is None else dict(row)


async def pending_alerts(db: Database, area_id: int | None) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        _ALERT + " WHERE s.state = 'pending' AND (? IS NULL OR s.area_id = ?) ORDER BY s.id",
        (area_id, area_id),
    )
    return [dict(r) for r in rows]


async def active_alerts(db: Database, area_ids: list[int], today: str) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        _ALERT + " WHERE s.state = 'published' AND s.expires_on >= ?"
        " AND s.area_id IN (SELECT value FROM json_each(?)) ORDER BY s.published_on DESC, s.id DESC",
        (today, json.dumps(area_ids)),
    )
    return [dict(r) for r in rows]


async def publish(
    db: Database,
    alert_id: int,
    description: str,
    today: str,
    expires_on: str,
    letters_for: LettersFor,
) -> int | None:
    """Publish a pending alert and queue one outbox row per subscriber of its area, atomically.
    Returns how many were queued, or None if it was not pending (published or rejected already)."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE safety_alerts SET state = 'published', description = ?, published_on = ?,"
            " expires_on = ? WHERE id = ? AND state = 'pending'",
            (description, today, expires_on, alert_id),
        )
        if cursor.rowcount == 0:
            return None
        cursor = await tx.execute(
            "SELECT chat_id, locale FROM alert_subscriptions WHERE area_id = (SELECT area_id"
            " FROM safety_alerts WHERE id = ?) ORDER BY chat_id",
            (alert_id,),
        )
        subscribers = [(int(r[0]), str(r[1])) for r in await cursor.fetchall()]
        return await outbox.insert(tx, letters_for(subscribers))


async def reject(db: Database, alert_id: int, reason: str) -> bool:
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE safety_alerts SET state = 'rejected', reason = ? WHERE id = ? AND state = 'pending'",
            (reason, alert_id),
        )
        return cursor.rowcount == 1
