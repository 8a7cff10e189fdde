"""Queries of the help feature: `alarms` (calls for help on outreach sessions, who was alerted,
answers and escalations) and `followups` (incidents from session reports, for the leads).

Changes that people must hear about take a function that turns the people they reach (rows with
`person_id`, `telegram_id`, `locale`) into outbox rows, inserted in the same transaction."""

from __future__ import annotations

from typing import Any

import aiosqlite


async def rows_of(tx: aiosqlite.Connection, sql: str, parameters: Any = ()) -> list[dict[str, Any]]:
    """The rows a query returns inside a transaction, as dicts."""
    async with tx.execute(sql, parameters) as cursor:
        return [dict(r) for r in await cursor.fetchall()]
