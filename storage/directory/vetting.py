"""Keeping records trustworthy: problem reports, the vetting queue, what is due for a check and
the freshness counts, and suggested changes decided by a lead."""

from __future__ import annotations

import json
from typing import Any

import aiosqlite

from storage.database import Database
from storage.directory.records import SELECT_SERVICE, add_history, row_dict, sync_indexes, the_row


async def add_problem_report(
    db: Database,
    service_id: int,
    kind: str,
    by: int,
    by_role: str,
    today: str,
    words: str,
) -> str | None:
    """Record a report; send the service back to review on two independent peers' reports or
    one lead's. Returns "noted", "review" (sent back), "already" (this person's same report is
    still open: nothing written) or None (not a published service)."""
    async with db.transaction() as tx:
        async with tx.execute("SELECT state FROM services WHERE id = ?", (service_id,)) as cursor:
            row = await cursor.fetchone()
        if row is None or row[0] != "published":
            return None
        async with tx.execute(
            "SELECT 1 FROM problem_reports WHERE service_id = ? AND kind = ? AND reported_by = ?"
            " AND resolved_on IS NULL",
            (service_id, kind, by),
        ) as cursor:
            if await cursor.fetchone() is not None:
                return "already"
        await tx.execute(
            "INSERT INTO problem_reports (service_id, kind, reported_by, reporter_role,"
            " reported_on) VALUES (?, ?, ?, ?, ?)",
            (service_id, kind, by, by_role, today),
        )
        reporters, by_lead = await the_row(
            tx,
            "SELECT count(DISTINCT reported_by), max(reporter_role IN ('lead', 'admin'))"
            " FROM problem_reports WHERE service_id = ? AND resolved_on IS NULL",
            (service_id,),
        )
        if reporters < 2 and not by_lead:
            return "noted"
        await tx.execute(
            "UPDATE services SET state = 'review', updated_on = ? WHERE id = ?", (today, service_id)
        )
        await add_history(tx, service_id, "state", "published", "review", today, by, by_role)
        await sync_indexes(tx, service_id, words)
        return "review"


async def open_reports(db: Database, service_id: int) -> list[str]:
    rows = await db.fetch_all(
        "SELECT kind FROM problem_reports WHERE service_id = ? AND resolved_on IS NULL ORDER BY id",
        (service_id,),
    )
    return [r[0] for r in rows]


async def vetting_queue(db: Database, limit: int) -> list[dict[str, Any]]:
    """Proposals and services sent back to review, oldest first."""
    rows = await db.fetch_all(
        SELECT_SERVICE + " WHERE s.state IN ('proposed', 'review')"
        " ORDER BY s.updated_on, s.id LIMIT ?",
        (limit,),
    )
    return [row_dict(r) for r in rows]


# Published, not closed for good, of one of the visibilities given, checked on or before a date.
_DUE = (
    " s.state = 'published' AND s.status != 'closed'"
    " AND s.visibility IN (SELECT value FROM json_each(?)) AND s.last_checked_on <= ?"
)


async def proposals_waiting_by(db: Database, person_id: int, limit: int) -> list[dict[str, Any]]:
    """A person's own proposals still waiting for a lead, oldest first."""
    rows = await db.fetch_all(
        SELECT_SERVICE + " WHERE s.state = 'proposed' AND s.proposed_by = ? ORDER BY s.id LIMIT ?",
        (person_id, limit),
    )
    return [row_dict(r) for r in rows]


async def due_for_recheck(
    db: Database,
    due_before: str,
    limit: int,
    area_id: int | None,
    visibilities: tuple[str, ...],
) -> list[dict[str, Any]]:
    """Services due for a check (however long ago: hidden ones too), those of `area_id` first,
    then the oldest checked."""
    rows = await db.fetch_all(
        SELECT_SERVICE + " WHERE" + _DUE + " ORDER BY s.area_id IS NOT ? , s.last_checked_on, s.id"
        " LIMIT ?",
        (json.dumps(visibilities), due_before, area_id, limit),
    )
    return [row_dict(r) for r in rows]


async def due_counts_by_area(
    db: Database, due_before: str, visibilities: tuple[str, ...]
) -> dict[int | None, int]:
    rows = await db.fetch_all(
        "SELECT s.area_id, count(*) FROM services AS s WHERE" + _DUE + " GROUP BY s.area_id",
        (json.dumps(visibilities), due_before),
    )
    return {row[0]: row[1] for row in rows}


async def freshness_counts(db: Database, due: str, stale: str, hidden: str) -> dict[str, int]:
    row = await db.fetch_one(
        "SELECT count(*) FILTER (WHERE last_checked_on > ?),"
        " count(*) FILTER (WHERE last_checked_on <= ? AND last_checked_on > ?),"
        " count(*) FILTER (WHERE last_checked_on <= ? AND last_checked_on > ?),"
        " count(*) FILTER (WHERE last_checked_on <= ?),"
        " (SELECT count(*) FROM services WHERE state IN ('proposed', 'review'))"
        " FROM services WHERE state = 'published'",
        (due, due, stale, stale, hidden, hidden),
    )
    names = ("fresh", "due", "stale", "hidden", "waiting")
    return dict(zip(names, row or (0,) * len(names), strict=True))


# --- suggested changes ------------------------------------------------------------------------

EDITABLE_COLUMNS = frozenset(
    {
        "name",
        "description",
        "phone",
        "address",
        "hours",
        "is_free",
        "no_papers_needed",
        "status",
        "notice",
        "fees",
        "documents_required",
        "directions",
    }
)


async def add_change(
    db: Database, service_id: int, field: str, value: Any, by: int | None, today: str
) -> int | None:
    if field not in EDITABLE_COLUMNS:
        raise ValueError(field)
    async with db.transaction() as tx:
        async with tx.execute("SELECT state FROM services WHERE id = ?", (service_id,)) as cursor:
            row = await cursor.fetchone()
        if row is None or row[0] != "published":
            return None
        cursor = await tx.execute(
            "INSERT INTO service_changes (service_id, field, new_value, proposed_by, proposed_on)"
            " VALUES (?, ?, ?, ?, ?)",
            (service_id, field, value, by, today),
        )
        return cursor.lastrowid


async def apply_change_now(
    db: Database,
    service_id: int,
    field: str,
    value: Any,
    *,
    by: int | None,
    by_role: str,
    today: str,
    words_after: str,
) -> bool:
    """A lead's own edit: the record changes at once, with history."""
    if field not in EDITABLE_COLUMNS:
        raise ValueError(field)
    async with db.transaction() as tx:
        changed = await _set_field(tx, service_id, field, value, by, by_role, today)
        if changed:
            await sync_indexes(tx, service_id, words_after)
        return changed


async def _set_field(
    tx: aiosqlite.Connection,
    service_id: int,
    field: str,
    value: Any,
    by: int | None,
    by_role: str,
    today: str,
) -> bool:
    async with tx.execute(
        f"SELECT {field} FROM services WHERE id = ?",  # field is one of EDITABLE_COLUMNS
        (service_id,),
    ) as cursor:
        row = await cursor.fetchone()
    if row is None:
        return False
    await tx.execute(
        f"UPDATE services SET {field} = ?, updated_on = ? WHERE id = ?", (value, today, service_id)
    )
    await add_history(tx, service_id, field, row[0], value, today, by, by_role)
    return True


async def pending_changes(
    db: Database, limit: int, proposed_by: int | None = None
) -> list[dict[str, Any]]:
    """Changes waiting for a lead, oldest first: everyone's, or one person's."""
    rows = await db.fetch_all(
        "SELECT c.id, c.service_id, c.field, c.new_value, c.proposed_by, c.proposed_on,"
        " s.name FROM service_changes AS c JOIN services AS s ON s.id = c.service_id"
        " WHERE c.state = 'pending' AND (? IS NULL OR c.proposed_by = ?)"
        " ORDER BY c.proposed_on, c.id LIMIT ?",
        (proposed_by, proposed_by, limit),
    )
    return [row_dict(r) for r in rows]


async def find_change(db: Database, change_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(
        "SELECT c.id, c.service_id, c.field, c.new_value, c.proposed_by, c.state, c.reason,"
        " s.name FROM service_changes AS c JOIN services AS s ON s.id = c.service_id"
        " WHERE c.id = ?",
        (change_id,),
    )
    return None if row is None else row_dict(row)


async def decide_change(
    db: Database,
    change_id: int,
    *,
    apply: bool,
    by: int | None,
    by_role: str,
    today: str,
    reason: str | None,
    words_after: str,
) -> bool:
    """Publish a pending change onto the live record (keeping history) or reject it."""
    async with db.transaction() as tx:
        async with tx.execute(
            "SELECT service_id, field, new_value, state FROM service_changes WHERE id = ?",
            (change_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None or row[3] != "pending":
            return False
        service_id, field, value, _ = row
        await tx.execute(
            "UPDATE service_changes SET state = ?, decided_on = ?, reason = ? WHERE id = ?",
            ("applied" if apply else "rejected", today, reason, change_id),
        )
        if apply and field in EDITABLE_COLUMNS:
            await _set_field(tx, service_id, field, value, by, by_role, today)
            await tx.execute(
                "UPDATE services SET last_checked_on = ?, checked_by_role = ? WHERE id = ?",
                (today, by_role, service_id),
            )
            await sync_indexes(tx, service_id, words_after)
        return True
