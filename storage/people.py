"""Queries for people with a role, invites and member language preferences."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from storage.database import Database


@dataclass(frozen=True)
class PersonRow:
    person_id: int
    telegram_id: int | None
    role: str
    alias: str
    locale: str | None
    joined_on: str
    area_id: int | None = None
    unreachable: bool = False  # blocked the bot; writing again ends it


# Ending a role erases the link to the Telegram account; the alias stays on past records.
_RETIRE = "UPDATE people SET active = 0, telegram_id = NULL, locale = NULL, left_on = ?"
_SELECT_PERSON = "SELECT id, telegram_id, role, alias, locale, joined_on, area_id FROM people"


def _person(row) -> PersonRow:
    return PersonRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6])


async def find_active(db: Database, telegram_id: int) -> PersonRow | None:
    row = await db.fetch_one(
        _SELECT_PERSON + " WHERE telegram_id = ? AND active = 1", (telegram_id,)
    )
    return None if row is None else _person(row)


async def find_person_or_member_locale(
    db: Database, telegram_id: int, member_key: str
) -> tuple[PersonRow | None, str | None]:
    """Everything needed to know who sent an update, in one query (this runs on every update)."""
    row = db.read_one_now(
        "SELECT p.id, p.telegram_id, p.role, p.alias, p.locale, p.joined_on, p.area_id,"
        " (SELECT locale FROM member_preferences WHERE member_key = ?), p.unreachable"
        " FROM (SELECT 1) LEFT JOIN people AS p ON p.telegram_id = ? AND p.active = 1",
        (member_key, telegram_id),
    )
    if row is None:
        return None, None
    if row[0] is None:
        return None, row[7]
    return replace(_person(row), unreachable=bool(row[8])), row[7]


async def find_active_by_id(db: Database, person_id: int) -> PersonRow | None:
    row = await db.fetch_one(_SELECT_PERSON + " WHERE id = ? AND active = 1", (person_id,))
    return None if row is None else _person(row)


async def list_active(db: Database, roles: list[str], limit: int, offset: int) -> list[PersonRow]:
    rows = await db.fetch_all(
        "SELECT id, telegram_id, role, alias, locale, joined_on, area_id FROM people"
        " WHERE active = 1 AND role IN (SELECT value FROM json_each(?))"
        " ORDER BY alias COLLATE NOCASE, id LIMIT ? OFFSET ?",
        (json.dumps(roles), limit, offset),
    )
    return [_person(r) for r in rows]


async def save_member_locale(db: Database, member_key: str, locale: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO member_preferences (member_key, locale) VALUES (?, ?)"
            " ON CONFLICT (member_key) DO UPDATE SET locale = excluded.locale",
            (member_key, locale),
        )


async def delete_member_locale(db: Database, member_key: str) -> None:
    async with db.transaction() as tx:
        await tx.execute("DELETE FROM member_preferences WHERE member_key = ?", (member_key,))


async def save_person_locale(db: Database, person_id: int, locale: str | None) -> None:
    async with db.transaction() as tx:
        await tx.execute("UPDATE people SET locale = ? WHERE id = ?", (locale, person_id))


async def save_area(db: Database, person_id: int, area_id: int | None) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE people SET area_id = ? WHERE id = ? AND active = 1", (area_id, person_id)
        )


async def save_alias(db: Database, person_id: int, alias: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE people SET alias = ? WHERE id = ? AND active = 1", (alias, person_id)
        )


async def insert_invite(
    db: Database, code_hash: str, role: str, created_by: int, created_at: str, expires_at: str
) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO invites (code_hash, role, created_by, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (code_hash, role, created_by, created_at, expires_at),
        )


async def redeem_invite(
    db: Database, code_hash: str, telegram_id: int, alias: str, locale: str, now: str, today: str
) -> tuple[str, str | None]:
    """Use an invite and create the person in one transaction. Returns (outcome, role)."""
    async with db.transaction() as tx:
        async with tx.execute(
            "SELECT role, expires_at, used_at FROM invites WHERE code_hash = ?", (code_hash,)
        ) as cursor:
            invite = await cursor.fetchone()
        if invite is None:
            return "unknown", None
        role, expires_at, used_at = invite
        if used_at is not None:
            return "used", None
        if expires_at <= now:
            return "expired", None
        await tx.execute("UPDATE invites SET used_at = ? WHERE code_hash = ?", (now, code_hash))
        await tx.execute(
            "INSERT INTO people (telegram_id, role, alias, locale, joined_on) VALUES (?, ?, ?, ?, ?)",
            (telegram_id, role, alias, locale, today),
        )
        return "joined", role


async def deactivate(db: Database, person_id: int, today: str) -> int | None:
    """Deactivate a person, erasing the link to their account. Returns the former Telegram id."""
    async with db.transaction() as tx:
        async with tx.execute(
            "SELECT telegram_id FROM people WHERE id = ? AND active = 1", (person_id,)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        await tx.execute(
            _RETIRE + " WHERE id = ?",
            (today, person_id),
        )
        return row[0]


async def retire_by_telegram_id(db: Database, telegram_id: int, today: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            _RETIRE + " WHERE telegram_id = ?",
            (today, telegram_id),
        )


async def upsert_person(db: Database, telegram_id: int, role: str, alias: str, today: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO people (telegram_id, role, alias, joined_on) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (telegram_id) DO UPDATE SET role = excluded.role, active = 1",
            (telegram_id, role, alias, today),
        )


async def sync_admins(db: Database, admin_ids: list[int], today: str) -> None:
    listed = json.dumps(admin_ids)
    async with db.transaction() as tx:
        await tx.execute(
            _RETIRE + " WHERE role = 'admin' AND active = 1"
            " AND telegram_id NOT IN (SELECT value FROM json_each(?))",
            (today, listed),
        )
        for telegram_id in admin_ids:
            await tx.execute(
                "INSERT INTO people (telegram_id, role, alias, joined_on) VALUES (?, 'admin', ?, ?)"
                " ON CONFLICT (telegram_id) DO UPDATE SET role = 'admin', active = 1",
                (telegram_id, "Admin", today),
            )


async def contacts(
    db: Database, roles: list[str], area_id: int | None
) -> list[tuple[int, str | None]]:
    """(Telegram id, locale) of reachable active people with these roles; `area_id`'s first."""
    rows = await db.fetch_all(
        "SELECT telegram_id, locale FROM people WHERE active = 1 AND unreachable = 0"
        " AND telegram_id IS NOT NULL AND role IN (SELECT value FROM json_each(?))"
        " ORDER BY (area_id IS ? OR area_id IS NULL) DESC, id",
        (json.dumps(roles), area_id),
    )
    return [(r[0], r[1]) for r in rows]


async def set_reachable(db: Database, telegram_id: int, reachable: bool) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE people SET unreachable = ? WHERE telegram_id = ? AND active = 1",
            (0 if reachable else 1, telegram_id),
        )
