"""Queries for calls for help: raising one with its letters, who was alerted, answers,
escalations to admins and every lead, missed check-outs opened from outreach's lead alerts, and
closing calls that are over. A call and the letters about it commit together."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import aiosqlite

from storage import outbox
from storage.database import Database
from storage.help import rows_of

# The people a change reaches (rows with person_id, telegram_id, locale) -> outbox rows.
Tell = Callable[[Sequence[Mapping[str, Any]]], Sequence[Mapping[str, Any]]]
# The same, for a call just made: (its id, the people it reaches) -> outbox rows.
TellNew = Callable[[int, Sequence[Mapping[str, Any]]], Sequence[Mapping[str, Any]]]

_REACHABLE = "p.active = 1 AND p.unreachable = 0 AND p.telegram_id IS NOT NULL"
_ALARM = (
    "SELECT h.id, h.kind, h.session_id, h.person_id, p.alias, h.raised_at, h.acked_at,"
    " a.alias AS acked_by, h.safe_at, s.alias AS safe_by, h.safe_by = h.person_id AS by_self,"
    " h.escalations, h.closed_at, h.outcome"
    " FROM help_alarms AS h JOIN people AS p ON p.id = h.person_id"
    " LEFT JOIN people AS a ON a.id = h.acked_by LEFT JOIN people AS s ON s.id = h.safe_by"
)
# Everyone a peer's call reaches at once: the others confirmed on the session, the leads of its
# area and the lead who planned it.
_ON_CALL = (
    "SELECT p.id AS person_id, p.telegram_id, p.locale FROM people AS p, outreach_sessions AS o"
    f" WHERE o.id = :session AND {_REACHABLE} AND p.id != :person AND ("
    " p.id IN (SELECT person_id FROM outreach_assignments WHERE session_id = o.id"
    "  AND status = 'confirmed')"
    " OR (p.role = 'lead' AND p.area_id = o.area_id) OR p.id = o.lead_id) ORDER BY p.id"
)
_EVERY_LEAD = (
    "SELECT p.id AS person_id, p.telegram_id, p.locale FROM people AS p"
    f" WHERE {_REACHABLE} AND p.role IN ('lead', 'admin') AND p.id != ? ORDER BY p.id"
)


async def _add_recipients(tx: aiosqlite.Connection, alarm_id: int, people: list[dict]) -> None:
    await tx.executemany(
        "INSERT OR IGNORE INTO help_alarm_recipients (alarm_id, person_id) VALUES (?, ?)",
        [(alarm_id, p["person_id"]) for p in people],
    )


async def alarm(db: Database, alarm_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(_ALARM + " WHERE h.id = ?", (alarm_id,))
    return None if row is None else dict(row)


async def open_call(db: Database, kind: str, session_id: int, person_id: int) -> int | None:
    row = await db.fetch_one(
        "SELECT id FROM help_alarms WHERE kind = ? AND session_id = ? AND person_id = ?"
        " AND closed_at IS NULL",
        (kind, session_id, person_id),
    )
    return None if row is None else int(row[0])


async def missed_checkout(db: Database, session_id: int, person_id: int) -> int | None:
    row = await db.fetch_one(
        "SELECT id FROM help_alarms WHERE kind = 'missed-checkout' AND session_id = ?"
        " AND person_id = ?",
        (session_id, person_id),
    )
    return None if row is None else int(row[0])


async def raise_sos(
    db: Database, session_id: int, person_id: int, now: str, escalate_at: str, tell: TellNew
) -> tuple[int, int] | None:
    """A peer's call: the row, who it reaches and their letters, in one transaction. With nobody
    to reach, escalation is due at once. Returns (call id, people alerted), or None when the
    person has a call open for this session already."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "INSERT OR IGNORE INTO help_alarms (kind, session_id, person_id, raised_at,"
            " next_escalation_at) VALUES ('sos', ?, ?, ?, ?)",
            (session_id, person_id, now, escalate_at),
        )
        if cursor.rowcount != 1 or cursor.lastrowid is None:
            return None
        alarm_id = cursor.lastrowid
        people = await rows_of(tx, _ON_CALL, {"session": session_id, "person": person_id})
        await _add_recipients(tx, alarm_id, people)
        if not people:
            await tx.execute(
                "UPDATE help_alarms SET next_escalation_at = raised_at WHERE id = ?", (alarm_id,)
            )
        await outbox.insert(tx, tell(alarm_id, people))
        return alarm_id, len(people)


async def recipients(db: Database, alarm_id: int) -> list[dict[str, Any]]:
    """Who was alerted and can be written to now."""
    rows = await db.fetch_all(
        "SELECT p.id AS person_id, p.telegram_id, p.locale FROM help_alarm_recipients AS r"
        f" JOIN people AS p ON p.id = r.person_id WHERE r.alarm_id = ? AND {_REACHABLE}"
        " ORDER BY p.id",
        (alarm_id,),
    )
    return [dict(r) for r in rows]


async def was_alerted(db: Database, alarm_id: int, person_id: int) -> bool:
    row = await db.fetch_one(
        "SELECT 1 FROM help_alarm_recipients WHERE alarm_id = ? AND person_id = ?",
        (alarm_id, person_id),
    )
    return row is not None


async def _the_others(tx: aiosqlite.Connection, alarm_id: int, but: int) -> list[dict[str, Any]]:
    """Everyone alerted and the person in need, but `but` (who answered), reachable now."""
    return await rows_of(
        tx,
        "SELECT p.id AS person_id, p.telegram_id, p.locale FROM people AS p"
        f" WHERE {_REACHABLE} AND p.id != ? AND (p.id IN (SELECT person_id"
        " FROM help_alarm_recipients WHERE alarm_id = ?)"
        " OR p.id = (SELECT person_id FROM help_alarms WHERE id = ?)) ORDER BY p.id",
        (but, alarm_id, alarm_id),
    )


async def acknowledge(db: Database, alarm_id: int, by: int, now: str, tell: Tell) -> bool:
    """The first "I'm on it": escalation stops and the others hear who it is. False when
    someone was first, or the call is over."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE help_alarms SET acked_at = ?, acked_by = ?, next_escalation_at = NULL"
            " WHERE id = ? AND acked_at IS NULL AND closed_at IS NULL",
            (now, by, alarm_id),
        )
        if cursor.rowcount != 1:
            return False
        await outbox.insert(tx, tell(await _the_others(tx, alarm_id, by)))
        return True


async def mark_safe(db: Database, alarm_id: int, by: int, now: str, tell: Tell) -> bool:
    """ "They are safe now" (or the person's own "I'm safe now"): the call closes and the others
    hear of it. False when it was over already."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE help_alarms SET safe_at = ?, safe_by = ?, closed_at = ?, outcome = 'safe',"
            " next_escalation_at = NULL WHERE id = ? AND closed_at IS NULL",
            (now, by, now, alarm_id),
        )
        if cursor.rowcount != 1:
            return False
        await outbox.insert(tx, tell(await _the_others(tx, alarm_id, by)))
        return True


EscalationTell = Callable[[Mapping[str, Any], Sequence[Mapping[str, Any]]], Sequence[Mapping]]


async def escalate_due(
    db: Database, now: str, next_at: Callable[[int], str | None], tell: EscalationTell
) -> int:
    """Every unanswered call whose escalation is due: one more round to every admin and lead
    (added to who was alerted), and when the next is due (`next_at(round)`, None: no more).
    Returns how many letters were queued."""
    queued = 0
    async with db.transaction() as tx:
        due = await rows_of(
            tx,
            "SELECT id, person_id, escalations FROM help_alarms WHERE next_escalation_at <= ?"
            " AND acked_at IS NULL AND closed_at IS NULL ORDER BY next_escalation_at, id",
            (now,),
        )
        for call in due:
            done = call["escalations"] + 1
            await tx.execute(
                "UPDATE help_alarms SET escalations = ?, next_escalation_at = ? WHERE id = ?",
                (done, next_at(done), call["id"]),
            )
            people = await rows_of(tx, _EVERY_LEAD, (call["person_id"],))
            await _add_recipients(tx, call["id"], people)
            queued += await outbox.insert(tx, tell({**call, "escalations": done}, people))
    return queued


async def lead_alerts_without_alarm(db: Database, since: str) -> list[dict[str, Any]]:
    """Outreach's lead alerts (a peer did not answer "are you safe?") done since `since` that
    have no missed check-out alarm yet: whether the letter went, and to which lead."""
    rows = await db.fetch_all(
        "SELECT r.session_id, r.person_id, r.state, r.done_at, o.lead_id"
        " FROM outreach_reminders AS r JOIN outreach_sessions AS o ON o.id = r.session_id"
        " WHERE r.kind = 'lead-alert' AND r.state IN ('sent', 'unreachable') AND r.done_at >= ?"
        " AND NOT EXISTS (SELECT 1 FROM help_alarms AS h WHERE h.kind = 'missed-checkout'"
        "  AND h.session_id = r.session_id AND h.person_id = r.person_id) ORDER BY r.done_at",
        (since,),
    )
    return [dict(r) for r in rows]


async def open_missed_checkout(
    db: Database,
    session_id: int,
    person_id: int,
    raised_at: str,
    escalate_at: str,
    lead_id: int | None,
) -> int:
    """A missed check-out alarm (once per person and session); `lead_id` was alerted."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT OR IGNORE INTO help_alarms (kind, session_id, person_id, raised_at,"
            " next_escalation_at) VALUES ('missed-checkout', ?, ?, ?, ?)",
            (session_id, person_id, raised_at, escalate_at),
        )
        async with tx.execute(
            "SELECT id FROM help_alarms WHERE kind = 'missed-checkout' AND session_id = ?"
            " AND person_id = ?",
            (session_id, person_id),
        ) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        if lead_id is not None:
            await _add_recipients(tx, row[0], [{"person_id": lead_id}])
        return int(row[0])


async def checked_since_alarm(db: Database) -> list[dict[str, Any]]:
    """Open missed check-out alarms whose peer has since checked out or said they are safe."""
    rows = await db.fetch_all(
        "SELECT h.id, h.person_id, coalesce(x.safe_at, x.checked_out_at) AS at"
        " FROM help_alarms AS h JOIN outreach_assignments AS x"
        " ON x.session_id = h.session_id AND x.person_id = h.person_id"
        " WHERE h.kind = 'missed-checkout' AND h.closed_at IS NULL"
        " AND (x.safe_at IS NOT NULL OR x.checked_out_at IS NOT NULL)"
    )
    return [dict(r) for r in rows]


async def close_stale(db: Database, raised_before: str, now: str) -> int:
    """Calls open for a day close with the outcome they had: someone was on it, or nobody."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE help_alarms SET closed_at = ?, next_escalation_at = NULL,"
            " outcome = CASE WHEN acked_at IS NOT NULL THEN 'acknowledged' ELSE 'unanswered' END"
            " WHERE closed_at IS NULL AND raised_at <= ?",
            (now, raised_before),
        )
        return cursor.rowcount


async def outcomes_between(db: Database, kind: str, start: str, end: str) -> list[str]:
    """The outcome of each call raised from `start` to before `end` (an open one: as it is)."""
    rows = await db.fetch_all(
        "SELECT coalesce(outcome, CASE WHEN safe_at IS NOT NULL THEN 'safe'"
        " WHEN acked_at IS NOT NULL THEN 'acknowledged' ELSE 'unanswered' END)"
        " FROM help_alarms WHERE kind = ? AND raised_at >= ? AND raised_at < ?",
        (kind, start, end),
    )
    return [r[0] for r in rows]
