"""Queries for incident follow-ups: opened from the incidents of session reports (kept up to date
while open, as the report may be edited for 48 hours), the leads' list and one item, taking and
closing one, the monthly counts, and the sweeps that erase closed items' notes after the
retention."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import aiosqlite

from storage import outbox
from storage.database import Database
from storage.help import rows_of
from storage.retention import Sweep, Written

# The leads a new follow-up reaches (rows with telegram_id, locale), its id -> outbox rows.
Tell = Callable[[int, Sequence[Mapping[str, Any]]], Sequence[Mapping[str, Any]]]

_REACHABLE = "p.active = 1 AND p.unreachable = 0 AND p.telegram_id IS NOT NULL"
_ITEM = (
    "SELECT f.id, f.session_id, f.kind, f.incidents, f.note, f.opened_at, r.alias AS reported_by,"
    " t.alias AS taken_by, f.taken_at, f.closed_at, f.outcome, s.name AS referred_to"
    " FROM help_followups AS f JOIN people AS r ON r.id = f.person_id"
    " LEFT JOIN people AS t ON t.id = f.taken_by LEFT JOIN services AS s ON s.id = f.referred_to"
)


async def _leads_of_session(tx: aiosqlite.Connection, session_id: int) -> list[dict[str, Any]]:
    """The leads of the session's area and the lead who planned it; when none can be reached,
    every lead and admin (someone must hear)."""
    found = await rows_of(
        tx,
        "SELECT p.id AS person_id, p.telegram_id, p.locale FROM people AS p, outreach_sessions AS o"
        f" WHERE o.id = ? AND {_REACHABLE} AND ((p.role IN ('lead', 'admin')"
        " AND p.area_id = o.area_id) OR p.id = o.lead_id) ORDER BY p.id",
        (session_id,),
    )
    if found:
        return found
    return await rows_of(
        tx,
        "SELECT p.id AS person_id, p.telegram_id, p.locale FROM people AS p"
        f" WHERE {_REACHABLE} AND p.role IN ('lead', 'admin') ORDER BY p.id",
    )


async def incidents_reported_since(db: Database, since: str) -> list[dict[str, Any]]:
    """(session, person, kind, incidents, note) of every incident kind in reports changed since
    `since`."""
    rows = await db.fetch_all(
        "SELECT r.session_id, r.person_id, j.key AS kind, j.value AS incidents, r.note"
        " FROM outreach_reports AS r, json_each(r.incidents) AS j"
        " WHERE r.updated_at >= ? AND j.type = 'integer' AND j.value > 0"
        " ORDER BY r.updated_at, r.session_id, r.person_id, j.key",
        (since,),
    )
    return [dict(r) for r in rows]


async def open_followups(
    db: Database, incidents: Sequence[Mapping[str, Any]], now: str, tell: Tell
) -> int:
    """A follow-up for each incident kind not followed up yet, its leads told in the same
    transaction; one still open takes the report's latest count and note. Returns how many
    were opened."""
    opened = 0
    async with db.transaction() as tx:
        for incident in incidents:
            rows = await rows_of(
                tx,
                "INSERT INTO help_followups (session_id, person_id, kind, incidents, note,"
                " opened_at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, person_id, kind) DO UPDATE"
                " SET incidents = excluded.incidents, note = excluded.note"
                " WHERE closed_at IS NULL AND (incidents != excluded.incidents"
                " OR note IS NOT excluded.note) RETURNING id, opened_at",
                (
                    incident["session_id"],
                    incident["person_id"],
                    incident["kind"],
                    incident["incidents"],
                    incident["note"],
                    now,
                ),
            )
            new = [r for r in rows if r["opened_at"] == now]
            for row in new:
                leads = await _leads_of_session(tx, incident["session_id"])
                await outbox.insert(tx, tell(row["id"], leads))
                opened += 1
    return opened


async def item(db: Database, followup_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(_ITEM + " WHERE f.id = ?", (followup_id,))
    return None if row is None else dict(row)


async def open_items(db: Database, area_id: int | None, person_id: int) -> list[dict[str, Any]]:
    """Follow-ups not closed, oldest first: all of them (`area_id` None), or those of an area,
    of sessions this lead planned, or that they took."""
    where = "f.closed_at IS NULL"
    parameters: tuple[Any, ...] = ()
    if area_id is not None:
        where += (
            " AND (f.taken_by = ? OR f.session_id IN (SELECT id FROM outreach_sessions"
            " WHERE area_id = ? OR lead_id = ?))"
        )
        parameters = (person_id, area_id, person_id)
    rows = await db.fetch_all(_ITEM + f" WHERE {where} ORDER BY f.opened_at, f.id", parameters)
    return [dict(r) for r in rows]


async def take(db: Database, followup_id: int, person_id: int, now: str) -> bool:
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE help_followups SET taken_by = ?, taken_at = ?"
            " WHERE id = ? AND closed_at IS NULL",
            (person_id, now, followup_id),
        )
        return cursor.rowcount == 1


async def close(
    db: Database,
    followup_id: int,
    person_id: int,
    now: str,
    outcome: str,
    referred_to: int | None,
) -> bool:
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE help_followups SET closed_at = ?, closed_by = ?, outcome = ?, referred_to = ?,"
            " taken_by = coalesce(taken_by, ?), taken_at = coalesce(taken_at, ?)"
            " WHERE id = ? AND closed_at IS NULL",
            (now, person_id, outcome, referred_to, person_id, now, followup_id),
        )
        return cursor.rowcount == 1


async def opened_between(db: Database, start: str, end: str) -> list[str]:
    """The kind of each follow-up opened from `start` to before `end`."""
    rows = await db.fetch_all(
        "SELECT kind FROM help_followups WHERE opened_at >= ? AND opened_at < ?", (start, end)
    )
    return [r[0] for r in rows]


async def closed_between(db: Database, start: str, end: str) -> list[str]:
    """The outcome of each follow-up closed from `start` to before `end`."""
    rows = await db.fetch_all(
        "SELECT outcome FROM help_followups WHERE closed_at >= ? AND closed_at < ?", (start, end)
    )
    return [r[0] for r in rows]


# --- retention (bot/operations/retention.py runs these under FOLLOWUP_NOTE_DAYS) ----------------

# A closed follow-up's note (the reporting peer's words), counted from the closing.
FOLLOWUP_NOTES = Sweep("help_followups", "closed_at < :cutoff", Written.INSTANT, (("note", None),))
# The report's note holds the same words: it goes too once every follow-up opened from that
# report has been closed for as long (a report without follow-ups keeps OUTREACH_NOTE_DAYS).
_OF_REPORT = (
    "FROM help_followups AS f WHERE f.session_id = outreach_reports.session_id"
    " AND f.person_id = outreach_reports.person_id"
)
FOLLOWED_REPORT_NOTES = Sweep(
    "outreach_reports",
    f"EXISTS (SELECT 1 {_OF_REPORT})"
    f" AND NOT EXISTS (SELECT 1 {_OF_REPORT} AND (f.closed_at IS NULL OR f.closed_at >= :cutoff))",
    Written.INSTANT,
    (("note", ""),),
)
