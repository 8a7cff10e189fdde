"""Queries for safety alerts, their subscribers and their deliveries."""

from __future__ import annotations

import json
from typing import Any

from storage.database import Database


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


async def insert_alert(db: Database, alert: dict[str, Any]) -> int:
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "INSERT INTO safety_alerts (kind, area_id, happened, description, submitted_by,"
            " created_on) VALUES (?, ?, ?, ?, ?, ?)",
            (alert["kind"], alert["area_id"], alert["happened"], alert["description"],
             alert["submitted_by"], alert["created_on"]),
        )  # fmt: skip
        return cursor.lastrowid


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
    db: Database, alert_id: int, description: str, today: str, expires_on: str
) -> int | None:
    """Publish a pending alert and queue one delivery per subscriber of its area, atomically.
    Returns how many deliveries were queued, or None if it was not pending."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE safety_alerts SET state = 'published', description = ?, published_on = ?,"
            " expires_on = ? WHERE id = ? AND state = 'pending'",
            (description, today, expires_on, alert_id),
        )
        if cursor.rowcount == 0:
            return None
        cursor = await tx.execute(
            "INSERT INTO alert_deliveries (alert_id, chat_id, locale) SELECT ?, chat_id, locale"
            " FROM alert_subscriptions WHERE area_id = (SELECT area_id FROM safety_alerts"
            " WHERE id = ?)",
            (alert_id, alert_id),
        )
        return cursor.rowcount


async def reject(db: Database, alert_id: int, reason: str) -> bool:
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE safety_alerts SET state = 'rejected', reason = ? WHERE id = ? AND state = 'pending'",
            (reason, alert_id),
        )
        return cursor.rowcount == 1


async def pending_deliveries(db: Database, limit: int) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        "SELECT d.alert_id, d.chat_id, d.locale FROM alert_deliveries AS d"
        " WHERE d.state = 'pending' ORDER BY d.alert_id, d.chat_id LIMIT ?",
        (limit,),
    )
    return [dict(r) for r in rows]


async def mark_delivery(db: Database, alert_id: int, chat_id: int, state: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE alert_deliveries SET state = ? WHERE alert_id = ? AND chat_id = ?",
            (state, alert_id, chat_id),
        )


async def drop_subscriber(db: Database, chat_id: int) -> None:
    """A person who blocked the bot: no subscription and no pending delivery keeps their id."""
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM alert_subscriptions WHERE chat_id = ?", (chat_id,))
        await tx.execute(
            "UPDATE alert_deliveries SET state = 'dropped' WHERE chat_id = ? AND state = 'pending'",
            (chat_id,),
        )


async def forget_delivered(db: Database) -> None:
    """Rows no longer pending are not needed: their chat ids go."""
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM alert_deliveries WHERE state != 'pending'")
