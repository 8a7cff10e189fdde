"""Queries for campaigns and their reach: a count per campaign, ISO week and kind of step
(start, feedback, opt-in), and nothing else."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import aiosqlite

from storage.database import Database

_CAMPAIGN = (
    "SELECT c.id, c.code, c.name, c.area_id, a.name AS area_name, c.starts_on, c.ends_on"
    " FROM campaigns AS c LEFT JOIN areas AS a ON a.id = c.area_id"
)


async def insert(db: Database, campaign: Mapping[str, Any]) -> int | None:
    """A new campaign; None when its code is taken (the caller makes another)."""
    async with db.transaction() as tx:
        try:
            cursor = await tx.execute(
                "INSERT INTO campaigns (code, name, area_id, starts_on, ends_on, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    campaign["code"],
                    campaign["name"],
                    campaign["area_id"],
                    campaign["starts_on"],
                    campaign["ends_on"],
                    campaign["created_by"],
                ),
            )
        except aiosqlite.IntegrityError:
            return None
        return cursor.lastrowid


async def get(db: Database, campaign_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(_CAMPAIGN + " WHERE c.id = ?", (campaign_id,))
    return None if row is None else dict(row)


async def id_of_code(db: Database, code: str) -> int | None:
    """The campaign of a link's code."""
    row = await db.fetch_one("SELECT id FROM campaigns WHERE code = ?", (code,))
    return None if row is None else int(row[0])


async def latest(db: Database, limit: int) -> list[dict[str, Any]]:
    rows = await db.fetch_all(_CAMPAIGN + " ORDER BY c.starts_on DESC, c.id DESC LIMIT ?", (limit,))
    return [dict(r) for r in rows]


async def count(db: Database, campaign_id: int, week: str, what: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO campaign_reach (campaign_id, week, what, count) VALUES (?, ?, ?, 1)"
            " ON CONFLICT (campaign_id, week, what) DO UPDATE SET count = count + 1",
            (campaign_id, week, what),
        )


async def reach(db: Database, weeks: list[str]) -> list[dict[str, Any]]:
    """Per campaign with any reach in these weeks: its name and the counts by kind."""
    rows = await db.fetch_all(
        "SELECT c.id, c.name, r.what, sum(r.count) AS n FROM campaign_reach AS r"
        " JOIN campaigns AS c ON c.id = r.campaign_id"
        " WHERE r.week IN (SELECT value FROM json_each(?))"
        " GROUP BY c.id, r.what ORDER BY c.id",
        (json.dumps(weeks),),
    )
    return [dict(r) for r in rows]
