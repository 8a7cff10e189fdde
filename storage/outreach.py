"""Queries for outreach sessions, assignments, reminders and reports."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import aiosqlite

from storage.database import Database

_SESSION = (
    "SELECT o.id, o.series_id, o.kind, o.area_id, a.name AS area_name, o.starts_at, o.minutes,"
    " o.peers_needed, o.note, o.cancelled, o.lead_id,"
    " (SELECT count(*) FROM outreach_assignments WHERE session_id = o.id"
    "  AND status = 'confirmed') AS confirmed,"
    " (SELECT count(*) FROM outreach_assignments WHERE session_id = o.id"
    "  AND status = 'waiting') AS waiting"
    " FROM outreach_sessions AS o JOIN areas AS a ON a.id = o.area_id"
)


def _rows(rows: Iterable[aiosqlite.Row]) -> list[dict[str, Any]]:
    return [dict(r) for r in rows]


async def insert_sessions(db: Database, sessions: list[dict[str, Any]]) -> list[int]:
    """Insert one session or a weekly series (the series id is the first session's id)."""
    ids: list[int] = []
    async with db.transaction() as tx:
        for session in sessions:
            cursor = await tx.execute(
                "INSERT INTO outreach_sessions (series_id, kind, area_id, starts_at, minutes,"
                " peers_needed, note, lead_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ids[0] if ids else None, session["kind"], session["area_id"],
                 session["starts_at"], session["minutes"], session["peers_needed"],
                 session["note"], session["lead_id"], session["created_at"]),
            )  # fmt: skip
            ids.append(cursor.lastrowid)
        if len(ids) > 1:
            await tx.execute(
                "UPDATE outreach_sessions SET series_id = ? WHERE id = ?", (ids[0], ids[0])
            )
    return ids


async def get_session(db: Database, session_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(_SESSION + " WHERE o.id = ?", (session_id,))
    return None if row is None else dict(row)


async def sessions_between(
    db: Database, start: str, end: str, area_id: int | None = None
) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        _SESSION + " WHERE o.starts_at >= ? AND o.starts_at < ? AND (? IS NULL OR o.area_id = ?)"
        " ORDER BY a.name, o.starts_at, o.id",
        (start, end, area_id, area_id),
    )
    return _rows(rows)


async def sessions_of_person(db: Database, person_id: int, since: str) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        _SESSION.replace("SELECT o.id,", "SELECT x.status, o.id,", 1)
        + " JOIN outreach_assignments AS x ON x.session_id = o.id AND x.person_id = ?"
        " WHERE o.starts_at >= ? AND x.status != 'declined' ORDER BY o.starts_at, o.id",
        (person_id, since),
    )
    return _rows(rows)


async def sessions_in_series(db: Database, series_id: int, since: str) -> list[int]:
    rows = await db.fetch_all(
        "SELECT id FROM outreach_sessions WHERE series_id = ? AND starts_at >= ? AND cancelled = 0",
        (series_id, since),
    )
    return [r[0] for r in rows]


async def roster(db: Database, session_id: int) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        "SELECT x.person_id, p.alias, p.telegram_id, p.locale, p.unreachable, x.status,"
        " x.checked_in_at, x.checked_out_at, x.safe_at FROM outreach_assignments AS x"
        " JOIN people AS p ON p.id = x.person_id WHERE x.session_id = ?"
        " ORDER BY x.status, x.queued_at, p.alias",
        (session_id,),
    )
    return _rows(rows)


async def active_peers(db: Database, area_id: int | None) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        "SELECT id AS person_id, alias, telegram_id, locale, area_id FROM people"
        " WHERE active = 1 AND role = 'peer' AND unreachable = 0"
        " AND (? IS NULL OR area_id = ?) ORDER BY alias COLLATE NOCASE",
        (area_id, area_id),
    )
    return _rows(rows)


async def invite(db: Database, session_id: int, person_ids: list[int], now: str) -> list[int]:
    """Invite people not yet on the session; returns those newly invited."""
    invited = []
    async with db.transaction() as tx:
        for person_id in person_ids:
            cursor = await tx.execute(
                "INSERT OR IGNORE INTO outreach_assignments (session_id, person_id, status,"
                " queued_at) VALUES (?, ?, 'invited', ?)",
                (session_id, person_id, now),
            )
            if cursor.rowcount:
                invited.append(person_id)
    return invited


async def _add_reminders(
    tx: aiosqlite.Connection, session_id: int, person_id: int, reminders: list[tuple[str, str]]
) -> None:
    await tx.executemany(
        "INSERT INTO outreach_reminders (session_id, person_id, kind, due_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (session_id, person_id, kind) DO UPDATE SET due_at = excluded.due_at,"
        " state = 'pending', done_at = NULL",
        [(session_id, person_id, kind, due_at) for kind, due_at in reminders],
    )


async def respond(
    db: Database,
    session_id: int,
    person_id: int,
    *,
    confirm: bool,
    now: str,
    reminders: list[tuple[str, str]],
) -> tuple[str | None, int | None]:
    """A peer confirms or declines. Capacity is enforced: past it, a confirmation joins the
    waiting list; a confirmed peer's decline moves the first one waiting up. Returns the peer's
    new status (None if they were not on the session) and who moved up, if anyone."""
    async with db.transaction() as tx:
        async with tx.execute(
            "SELECT x.status, o.peers_needed, o.cancelled FROM outreach_assignments AS x"
            " JOIN outreach_sessions AS o ON o.id = x.session_id"
            " WHERE x.session_id = ? AND x.person_id = ?",
            (session_id, person_id),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None or row[2]:
            return None, None
        previous, needed, _ = row
        if confirm:
            if previous in ("confirmed", "waiting"):
                return previous, None
            async with tx.execute(
                "SELECT count(*) FROM outreach_assignments WHERE session_id = ?"
                " AND status = 'confirmed'",
                (session_id,),
            ) as cursor:
                (confirmed,) = await cursor.fetchone()
            status = "confirmed" if confirmed < needed else "waiting"
            await tx.execute(
                "UPDATE outreach_assignments SET status = ?, queued_at = ? WHERE session_id = ?"
                " AND person_id = ?",
                (status, now, session_id, person_id),
            )
            if status == "confirmed":
                await _add_reminders(tx, session_id, person_id, reminders)
            return status, None
        await tx.execute(
            "UPDATE outreach_assignments SET status = 'declined' WHERE session_id = ?"
            " AND person_id = ?",
            (session_id, person_id),
        )
        await tx.execute(
            "UPDATE outreach_reminders SET state = 'cancelled', done_at = ? WHERE session_id = ?"
            " AND person_id = ? AND state = 'pending'",
            (now, session_id, person_id),
        )
        if previous != "confirmed":
            return "declined", None
        async with tx.execute(
            "SELECT person_id FROM outreach_assignments WHERE session_id = ? AND status = 'waiting'"
            " ORDER BY queued_at, person_id LIMIT 1",
            (session_id,),
        ) as cursor:
            waiting = await cursor.fetchone()
        if waiting is None:
            return "declined", None
        await tx.execute(
            "UPDATE outreach_assignments SET status = 'confirmed' WHERE session_id = ?"
            " AND person_id = ?",
            (session_id, waiting[0]),
        )
        await _add_reminders(tx, session_id, waiting[0], reminders)
        return "declined", waiting[0]


async def cancel_sessions(db: Database, session_ids: list[int], now: str) -> None:
    async with db.transaction() as tx:
        for session_id in session_ids:
            await tx.execute(
                "UPDATE outreach_sessions SET cancelled = 1 WHERE id = ?", (session_id,)
            )
            await tx.execute(
                "UPDATE outreach_reminders SET state = 'cancelled', done_at = ?"
                " WHERE session_id = ? AND state = 'pending'",
                (now, session_id),
            )


async def move_session(
    db: Database,
    session_id: int,
    starts_at: str,
    reminders_by_person: dict[int, list[tuple[str, str]]],
) -> None:
    """A new time: confirmed peers' reminders move with it."""
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE outreach_sessions SET starts_at = ? WHERE id = ?", (starts_at, session_id)
        )
        for person_id, reminders in reminders_by_person.items():
            await _add_reminders(tx, session_id, person_id, reminders)


async def set_area(db: Database, session_id: int, area_id: int) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE outreach_sessions SET area_id = ? WHERE id = ?", (area_id, session_id)
        )


async def set_note(db: Database, session_id: int, note: str) -> None:
    async with db.transaction() as tx:
        await tx.execute("UPDATE outreach_sessions SET note = ? WHERE id = ?", (note, session_id))


async def due_reminders(db: Database, now: str, limit: int) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        "SELECT r.id, r.session_id, r.person_id, r.kind, r.due_at, p.telegram_id, p.locale,"
        " p.alias, p.unreachable, x.status, x.checked_out_at, x.safe_at, o.lead_id"
        " FROM outreach_reminders AS r JOIN people AS p ON p.id = r.person_id"
        " JOIN outreach_sessions AS o ON o.id = r.session_id"
        " LEFT JOIN outreach_assignments AS x ON x.session_id = r.session_id"
        " AND x.person_id = r.person_id"
        " WHERE r.state = 'pending' AND r.due_at <= ? ORDER BY r.due_at, r.id LIMIT ?",
        (now, limit),
    )
    return _rows(rows)


async def claim_reminder(db: Database, reminder_id: int, state: str, now: str) -> bool:
    """Move a pending reminder to `state` once; False if someone else already did."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE outreach_reminders SET state = ?, done_at = ? WHERE id = ? AND state = 'pending'",
            (state, now, reminder_id),
        )
        return cursor.rowcount == 1


async def release_reminder(db: Database, reminder_id: int) -> None:
    """A send failed for a passing reason: try again on the next round."""
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE outreach_reminders SET state = 'pending', done_at = NULL WHERE id = ?",
            (reminder_id,),
        )


async def add_reminder(
    db: Database, session_id: int, person_id: int, kind: str, due_at: str
) -> None:
    async with db.transaction() as tx:
        await _add_reminders(tx, session_id, person_id, [(kind, due_at)])


async def mark_unreachable(db: Database, person_id: int, now: str) -> None:
    async with db.transaction() as tx:
        await tx.execute("UPDATE people SET unreachable = 1 WHERE id = ?", (person_id,))
        await tx.execute(
            "UPDATE outreach_reminders SET state = 'unreachable', done_at = ?"
            " WHERE person_id = ? AND state = 'pending'",
            (now, person_id),
        )


async def record_check(
    db: Database, session_id: int, person_id: int, column: str, now: str
) -> bool:
    """Check in, check out or "I am safe", for a confirmed peer only."""
    if column not in ("checked_in_at", "checked_out_at", "safe_at"):
        raise ValueError(column)
    async with db.transaction() as tx:
        cursor = await tx.execute(
            f"UPDATE outreach_assignments SET {column} = coalesce({column}, ?)"
            " WHERE session_id = ? AND person_id = ? AND status = 'confirmed'",
            (now, session_id, person_id),
        )
        return cursor.rowcount == 1


async def save_report(db: Database, report: dict[str, Any], now: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO outreach_reports (session_id, person_id, reached_new, reached_returning,"
            " condoms, lubricant, leaflets, referrals, incidents, note, filed_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, person_id)"
            " DO UPDATE SET reached_new = excluded.reached_new,"
            " reached_returning = excluded.reached_returning, condoms = excluded.condoms,"
            " lubricant = excluded.lubricant, leaflets = excluded.leaflets,"
            " referrals = excluded.referrals, incidents = excluded.incidents,"
            " note = excluded.note, updated_at = excluded.updated_at",
            (report["session_id"], report["person_id"], report["reached_new"],
             report["reached_returning"], report["condoms"], report["lubricant"],
             report["leaflets"], json.dumps(report["referrals"]), json.dumps(report["incidents"]),
             report["note"], now, now),
        )  # fmt: skip


async def find_report(db: Database, session_id: int, person_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(
        "SELECT * FROM outreach_reports WHERE session_id = ? AND person_id = ?",
        (session_id, person_id),
    )
    if row is None:
        return None
    report = dict(row)
    report["referrals"] = json.loads(report["referrals"])
    report["incidents"] = json.loads(report["incidents"])
    return report


async def facts_between(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    """Per session: area, start, length, cancelled, and how many peers were there."""
    rows = await db.fetch_all(
        "SELECT o.id AS session_id, a.name AS area_name, o.starts_at, o.minutes, o.cancelled,"
        " (SELECT count(*) FROM outreach_assignments AS x WHERE x.session_id = o.id"
        "  AND x.status = 'confirmed' AND (x.checked_in_at IS NOT NULL OR EXISTS ("
        "  SELECT 1 FROM outreach_reports AS r WHERE r.session_id = o.id"
        "  AND r.person_id = x.person_id))) AS peers_present"
        " FROM outreach_sessions AS o JOIN areas AS a ON a.id = o.area_id"
        " WHERE o.starts_at >= ? AND o.starts_at < ?",
        (start, end),
    )
    return _rows(rows)


async def reports_between(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        "SELECT r.* FROM outreach_reports AS r JOIN outreach_sessions AS o ON o.id = r.session_id"
        " WHERE o.starts_at >= ? AND o.starts_at < ?",
        (start, end),
    )
    reports = _rows(rows)
    for report in reports:
        report["referrals"] = json.loads(report["referrals"])
        report["incidents"] = json.loads(report["incidents"])
    return reports


async def pending_reminder_count(db: Database) -> int:
    row = await db.fetch_one("SELECT count(*) FROM outreach_reminders WHERE state = 'pending'")
    return 0 if row is None else row[0]
