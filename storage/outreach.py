"""Queries for outreach sessions, assignments, reminders and reports.

A change that people must hear about takes a `tell` function: for each person it reaches (a
row with `session_id`, `person_id`, `telegram_id`, `locale`, `unreachable`) it returns the
outbox rows to queue, which are inserted in the same transaction as the change.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import aiosqlite

from storage import outbox
from storage.database import Database

Tell = Callable[[Mapping[str, Any]], Sequence[Mapping[str, Any]]]
# A due reminder -> (its new state, outbox rows to queue, follow-up reminders (kind, due)).
Decide = Callable[
    [Mapping[str, Any]], tuple[str, Sequence[Mapping[str, Any]], Sequence[tuple[str, str]]]
]
_ON_IT = (
    "SELECT x.session_id, x.person_id, p.telegram_id, p.locale, p.unreachable"
    " FROM outreach_assignments AS x JOIN people AS p ON p.id = x.person_id"
    " WHERE x.session_id = ? AND x.status != 'declined' ORDER BY x.queued_at, x.person_id"
)

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
                (
                    ids[0] if ids else None,
                    session["kind"],
                    session["area_id"],
                    session["starts_at"],
                    session["minutes"],
                    session["peers_needed"],
                    session["note"],
                    session["lead_id"],
                    session["created_at"],
                ),
            )
            if cursor.lastrowid is None:
                raise RuntimeError("a session was not inserted")
            ids.append(cursor.lastrowid)
        if len(ids) > 1:
            await tx.execute(
                "UPDATE outreach_sessions SET series_id = ? WHERE id = ?", (ids[0], ids[0])
            )
    return ids


async def area_exists(db: Database, area_id: int) -> bool:
    return await db.fetch_one("SELECT 1 FROM areas WHERE id = ?", (area_id,)) is not None


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
    """The series' sessions not cancelled, from `since` on, earliest first."""
    rows = await db.fetch_all(
        "SELECT id FROM outreach_sessions WHERE series_id = ? AND starts_at >= ? AND cancelled = 0"
        " ORDER BY starts_at, id",
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


async def invite(
    db: Database,
    session_ids: Sequence[int],
    peers: Sequence[Mapping[str, Any]],
    now: str,
    tell: Tell,
) -> int:
    """Invite peers to sessions they are not yet on (one session, or the sessions of a series)
    and queue one invitation each, about the first session; returns how many peers were newly
    invited to at least one."""
    invited = 0
    async with db.transaction() as tx:
        for peer in peers:
            new = 0
            for session_id in session_ids:
                cursor = await tx.execute(
                    "INSERT OR IGNORE INTO outreach_assignments (session_id, person_id, status,"
                    " queued_at) VALUES (?, ?, 'invited', ?)",
                    (session_id, peer["person_id"], now),
                )
                new += cursor.rowcount
            if new:
                invited += 1
                await outbox.insert(tx, tell({**peer, "session_id": session_ids[0]}))
    return invited


async def series_invitations(db: Database, session_id: int, person_id: int) -> list[int]:
    """The sessions of `session_id`'s series from that one on (or just it, outside a series)
    that are not cancelled and to which the person is invited and has not answered."""
    rows = await db.fetch_all(
        "SELECT o.id FROM outreach_sessions AS this JOIN outreach_sessions AS o"
        " ON (o.id = this.id OR o.series_id = this.series_id) AND o.starts_at >= this.starts_at"
        " JOIN outreach_assignments AS x ON x.session_id = o.id AND x.person_id = ?"
        " WHERE this.id = ? AND o.cancelled = 0 AND x.status = 'invited' ORDER BY o.starts_at",
        (person_id, session_id),
    )
    return [r[0] for r in rows]


async def _leads_of(tx: aiosqlite.Connection, session_id: int) -> list[dict[str, Any]]:
    """Whom to tell about a session's peers: its lead, or, when they can no longer be reached,
    every reachable lead and admin (someone must hear)."""
    reachable = "l.active = 1 AND l.unreachable = 0 AND l.telegram_id IS NOT NULL"
    async with tx.execute(
        "SELECT l.telegram_id, l.locale, l.unreachable FROM outreach_sessions AS o"
        f" JOIN people AS l ON l.id = o.lead_id WHERE o.id = ? AND {reachable}",
        (session_id,),
    ) as cursor:
        rows = [dict(r) for r in await cursor.fetchall()]
    if rows:
        return rows
    async with tx.execute(
        "SELECT l.telegram_id, l.locale, l.unreachable FROM people AS l"
        f" WHERE l.role IN ('lead', 'admin') AND {reachable} ORDER BY l.id",
    ) as cursor:
        return [dict(r) for r in await cursor.fetchall()]


async def _tell_leads(tx: aiosqlite.Connection, session_id: int, person_id: int, tell: Tell) -> int:
    told = 0
    for lead in await _leads_of(tx, session_id):
        told += await outbox.insert(
            tx, tell({**lead, "session_id": session_id, "person_id": person_id})
        )
    return told


async def tell_leads(db: Database, session_id: int, person_id: int, tell: Tell) -> int:
    """Queue letters to the session's lead (see `_leads_of`) about a peer's place on it."""
    async with db.transaction() as tx:
        return await _tell_leads(tx, session_id, person_id, tell)


async def reachable_confirmed(db: Database, session_id: int) -> int:
    """Confirmed peers of a session who still have a role and can be written to."""
    row = await db.fetch_one(
        "SELECT count(*) FROM outreach_assignments AS x JOIN people AS p ON p.id = x.person_id"
        " WHERE x.session_id = ? AND x.status = 'confirmed' AND p.active = 1"
        " AND p.unreachable = 0 AND p.telegram_id IS NOT NULL",
        (session_id,),
    )
    return 0 if row is None else int(row[0])


async def departed_seats(db: Database, now: str) -> list[tuple[int, int]]:
    """(session, person) of people whose role ended but who are still on a session that has
    not started (invited, waiting or confirmed)."""
    rows = await db.fetch_all(
        "SELECT x.session_id, x.person_id FROM people AS p"
        " JOIN outreach_assignments AS x ON x.person_id = p.id"
        " JOIN outreach_sessions AS o ON o.id = x.session_id"
        " WHERE p.active = 0 AND x.status != 'declined' AND o.cancelled = 0 AND o.starts_at > ?"
        " ORDER BY o.starts_at, x.session_id, x.person_id",
        (now,),
    )
    return [(r[0], r[1]) for r in rows]


async def confirmed_seats_of(db: Database, telegram_id: int, since: str) -> list[tuple[int, int]]:
    """(session, person) of sessions starting from `since`, not cancelled, on which the active
    person with this Telegram id is confirmed."""
    rows = await db.fetch_all(
        "SELECT x.session_id, x.person_id FROM people AS p JOIN outreach_assignments AS x"
        " ON x.person_id = p.id AND x.status = 'confirmed'"
        " JOIN outreach_sessions AS o ON o.id = x.session_id"
        " WHERE p.telegram_id = ? AND p.active = 1 AND o.cancelled = 0 AND o.starts_at >= ?"
        " ORDER BY o.starts_at",
        (telegram_id, since),
    )
    return [(r[0], r[1]) for r in rows]


async def _tell_everyone_on(tx: aiosqlite.Connection, session_id: int, tell: Tell) -> int:
    async with tx.execute(_ON_IT, (session_id,)) as cursor:
        people = [dict(r) for r in await cursor.fetchall()]
    told = 0
    for person in people:
        told += await outbox.insert(tx, tell(person))
    return told


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
    tell_promoted: Tell,
    tell_lead: Tell | None = None,
) -> str | None:
    """A peer confirms or declines. Capacity is enforced: past it, a confirmation joins the
    waiting list; a confirmed peer's decline moves the first one waiting up, who is told, and
    the session's lead hears of it (`tell_lead`). Returns the peer's new status (None if they
    were not on the session or it is cancelled)."""
    async with db.transaction() as tx:
        async with tx.execute(
            "SELECT x.status, o.peers_needed, o.cancelled FROM outreach_assignments AS x"
            " JOIN outreach_sessions AS o ON o.id = x.session_id"
            " WHERE x.session_id = ? AND x.person_id = ?",
            (session_id, person_id),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None or row[2]:
            return None
        previous, needed, _ = row
        if confirm:
            if previous in ("confirmed", "waiting"):
                return str(previous)
            async with tx.execute(
                "SELECT count(*) FROM outreach_assignments WHERE session_id = ?"
                " AND status = 'confirmed'",
                (session_id,),
            ) as cursor:
                counted = await cursor.fetchone()
            confirmed = counted[0] if counted is not None else 0
            status = "confirmed" if confirmed < needed else "waiting"
            await tx.execute(
                "UPDATE outreach_assignments SET status = ?, queued_at = ? WHERE session_id = ?"
                " AND person_id = ?",
                (status, now, session_id, person_id),
            )
            if status == "confirmed":
                await _add_reminders(tx, session_id, person_id, reminders)
            return status
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
            return "declined"
        await _promote_first_waiting(tx, session_id, reminders, tell_promoted)
        if tell_lead is not None:
            await _tell_leads(tx, session_id, person_id, tell_lead)
        return "declined"


async def _promote_first_waiting(
    tx: aiosqlite.Connection, session_id: int, reminders: list[tuple[str, str]], tell: Tell
) -> None:
    """A place opened: the first one waiting (who still has a role) takes it and is told."""
    async with tx.execute(
        "SELECT x.person_id FROM outreach_assignments AS x JOIN people AS p"
        " ON p.id = x.person_id AND p.active = 1 WHERE x.session_id = ? AND x.status = 'waiting'"
        " ORDER BY x.queued_at, x.person_id LIMIT 1",
        (session_id,),
    ) as cursor:
        waiting = await cursor.fetchone()
    if waiting is None:
        return
    await tx.execute(
        "UPDATE outreach_assignments SET status = 'confirmed' WHERE session_id = ?"
        " AND person_id = ?",
        (session_id, waiting[0]),
    )
    await _add_reminders(tx, session_id, waiting[0], reminders)
    async with tx.execute(
        "SELECT ? AS session_id, id AS person_id, telegram_id, locale, unreachable"
        " FROM people WHERE id = ? AND active = 1",
        (session_id, waiting[0]),
    ) as cursor:
        promoted = await cursor.fetchone()
    if promoted is not None:
        await outbox.insert(tx, tell(dict(promoted)))


async def cancel_sessions(db: Database, session_ids: list[int], now: str, tell: Tell) -> int:
    """Cancel sessions, stop their reminders and tell everyone on them; returns how many
    letters were queued."""
    told = 0
    async with db.transaction() as tx:
        for session_id in session_ids:
            cursor = await tx.execute(
                "UPDATE outreach_sessions SET cancelled = 1 WHERE id = ? AND cancelled = 0",
                (session_id,),
            )
            if not cursor.rowcount:
                continue
            await tx.execute(
                "UPDATE outreach_reminders SET state = 'cancelled', done_at = ?"
                " WHERE session_id = ? AND state = 'pending'",
                (now, session_id),
            )
            told += await _tell_everyone_on(tx, session_id, tell)
    return told


async def move_session(
    db: Database,
    session_id: int,
    starts_at: str,
    reminders: list[tuple[str, str]],
    now: str,
    tell: Tell,
) -> int:
    """A new time: confirmed peers' reminders are set again from it (those whose time has
    passed stop) and everyone on the session is told."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE outreach_sessions SET starts_at = ? WHERE id = ? AND cancelled = 0",
            (starts_at, session_id),
        )
        if not cursor.rowcount:
            return 0
        await tx.execute(
            "UPDATE outreach_reminders SET state = 'cancelled', done_at = ?"
            " WHERE session_id = ? AND state = 'pending'",
            (now, session_id),
        )
        async with tx.execute(
            "SELECT person_id FROM outreach_assignments WHERE session_id = ?"
            " AND status = 'confirmed'",
            (session_id,),
        ) as people:
            confirmed = [r[0] for r in await people.fetchall()]
        for person_id in confirmed:
            await _add_reminders(tx, session_id, person_id, reminders)
        return await _tell_everyone_on(tx, session_id, tell)


async def set_area(db: Database, session_id: int, area_id: int, tell: Tell) -> int:
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE outreach_sessions SET area_id = ? WHERE id = ? AND cancelled = 0",
            (area_id, session_id),
        )
        if not cursor.rowcount:
            return 0
        return await _tell_everyone_on(tx, session_id, tell)


async def set_note(db: Database, session_id: int, note: str) -> None:
    async with db.transaction() as tx:
        await tx.execute("UPDATE outreach_sessions SET note = ? WHERE id = ?", (note, session_id))


async def claim_due_reminders(db: Database, now: str, limit: int, decide: Decide) -> int:
    """Every reminder due by `now` (at most `limit`), each moved out of pending as `decide`
    says, with its letters queued and its follow-ups added, all in one transaction: a crash
    loses none and doubles none. Returns how many letters were queued."""
    queued = 0
    async with db.transaction() as tx:
        async with tx.execute(
            "SELECT r.id, r.session_id, r.person_id, r.kind, r.due_at, p.telegram_id, p.locale,"
            " p.unreachable, x.status, x.checked_out_at, x.safe_at, o.cancelled,"
            " l.telegram_id AS lead_telegram_id, l.locale AS lead_locale, l.active AS lead_active"
            " FROM outreach_reminders AS r JOIN people AS p ON p.id = r.person_id"
            " JOIN outreach_sessions AS o ON o.id = r.session_id"
            " JOIN people AS l ON l.id = o.lead_id"
            " LEFT JOIN outreach_assignments AS x ON x.session_id = r.session_id"
            " AND x.person_id = r.person_id"
            " WHERE r.state = 'pending' AND r.due_at <= ? ORDER BY r.due_at, r.id LIMIT ?",
            (now, limit),
        ) as cursor:
            due = [dict(r) for r in await cursor.fetchall()]
        for reminder in due:
            state, letters, follow_ups = decide(reminder)
            claimed = await tx.execute(
                "UPDATE outreach_reminders SET state = ?, done_at = ?"
                " WHERE id = ? AND state = 'pending'",
                (state, now, reminder["id"]),
            )
            if claimed.rowcount != 1:
                continue
            queued += await outbox.insert(tx, letters)
            await _add_reminders(
                tx, reminder["session_id"], reminder["person_id"], list(follow_ups)
            )
    return queued


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


async def seat(db: Database, session_id: int, person_id: int) -> dict[str, Any] | None:
    """A person's alias and their place on a session (status None: not on it)."""
    row = await db.fetch_one(
        "SELECT p.alias, x.status, x.checked_in_at, x.checked_out_at, x.safe_at FROM people AS p"
        " LEFT JOIN outreach_assignments AS x ON x.session_id = ? AND x.person_id = p.id"
        " WHERE p.id = ?",
        (session_id, person_id),
    )
    return None if row is None else dict(row)


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
            (
                report["session_id"],
                report["person_id"],
                report["reached_new"],
                report["reached_returning"],
                report["condoms"],
                report["lubricant"],
                report["leaflets"],
                json.dumps(report["referrals"]),
                json.dumps(report["incidents"]),
                report["note"],
                now,
                now,
            ),
        )


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
