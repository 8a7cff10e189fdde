"""Service records: areas, inserting services with their categories and closures, the search
and place indexes kept equal to what may be found, vetting states with history, one service,
counts, and referral counts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import aiosqlite

from storage.database import Database

# Every column a service record has, in the order CSV export uses too.
SERVICE_COLUMNS = (
    "name",
    "description",
    "phone",
    "email",
    "url",
    "fees",
    "is_free",
    "eligibility",
    "documents_required",
    "no_papers_needed",
    "interpretation",
    "languages",
    "min_age",
    "max_age",
    "status",
    "notice",
    "notice_expires_on",
    "location_name",
    "address",
    "latitude",
    "longitude",
    "area_id",
    "directions",
    "accessibility",
    "hours",
    "sex_worker_led",
    "rights_based",
    "no_police_reporting",
    "trans_friendly",
    "confidential",
    "walk_in",
    "visibility",
)
SERVICE_FIELDS = (
    "SELECT s.id, s.state, s.last_checked_on, s.checked_by_role, s.proposed_by,"
    " s.rejection_reason, s.created_on, o.name AS organisation,"
    " coalesce(o.sex_worker_led, 0) AS organisation_sex_worker_led, a.name AS area_name,"
    " a.code AS area_code, (SELECT group_concat(category) FROM service_categories"
    " WHERE service_id = s.id) AS categories, " + ", ".join(f"s.{c}" for c in SERVICE_COLUMNS)
)
SERVICE_JOINS = (
    " LEFT JOIN organisations AS o ON o.id = s.organisation_id"
    " LEFT JOIN areas AS a ON a.id = s.area_id"
)
SELECT_SERVICE = SERVICE_FIELDS + " FROM services AS s" + SERVICE_JOINS


PLACES_PER_SERVICE = 64  # room for every category number in service_places ids

# The numbers in category_numbers, fixed by the migration: a new category gets the next number.
CATEGORY_NUMBERS = {
    code: number
    for number, code in enumerate(
        (
            "health",
            "hiv-sti",
            "sexual-health",
            "mental-health",
            "legal-aid",
            "gbv",
            "shelter",
            "drop-in",
            "livelihood",
            "documentation",
            "harm-reduction",
            "sex-worker-led",
            "peer-support",
            "emergency",
        )
    )
}


def row_dict(row: aiosqlite.Row) -> dict[str, Any]:
    return dict(row)


async def the_row(tx: aiosqlite.Connection, sql: str, parameters: tuple[Any, ...]) -> aiosqlite.Row:
    """The one row a query inside a transaction must find (an id just written, a count)."""
    async with tx.execute(sql, parameters) as cursor:
        row = await cursor.fetchone()
    if row is None:
        raise LookupError("a row written in this transaction is missing")
    return row


def inserted_id(cursor: aiosqlite.Cursor) -> int:
    if cursor.lastrowid is None:
        raise LookupError("the insert made no row")
    return cursor.lastrowid


# --- areas ------------------------------------------------------------------------------------


async def upsert_area(
    db: Database, code: str, name: str, latitude: float | None, longitude: float | None
) -> int:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO areas (code, name, latitude, longitude) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
            " latitude = excluded.latitude, longitude = excluded.longitude",
            (code, name, latitude, longitude),
        )
        return int((await the_row(tx, "SELECT id FROM areas WHERE code = ?", (code,)))[0])


async def list_areas(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetch_all("SELECT id, code, name, latitude, longitude FROM areas ORDER BY name")
    return [row_dict(r) for r in rows]


async def find_area(db: Database, area_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(
        "SELECT id, code, name, latitude, longitude FROM areas WHERE id = ?", (area_id,)
    )
    return None if row is None else row_dict(row)


# --- writing records --------------------------------------------------------------------------


async def _organisation_id(
    tx: aiosqlite.Connection, name: str | None, sex_worker_led: bool
) -> int | None:
    if not name:
        return None
    await tx.execute(
        "INSERT INTO organisations (name, sex_worker_led) VALUES (?, ?) ON CONFLICT (name)"
        " DO UPDATE SET sex_worker_led = max(sex_worker_led, excluded.sex_worker_led)",
        (name, int(sex_worker_led)),
    )
    return int((await the_row(tx, "SELECT id FROM organisations WHERE name = ?", (name,)))[0])


async def sync_indexes(tx: aiosqlite.Connection, service_id: int, words: str) -> None:
    """Keep keyword and place indexes equal to what may be found: published, and for places,
    never a confidential venue (DESIGN rule 3)."""
    await tx.execute("DELETE FROM service_search WHERE rowid = ?", (service_id,))
    await tx.execute("DELETE FROM service_points WHERE id = ?", (service_id,))
    # One lookup per possible entry: an R*Tree answers "id = ?" at once but scans for a range.
    await tx.executemany(
        "DELETE FROM service_places WHERE id = ?",
        [(service_id * PLACES_PER_SERVICE + n,) for n in CATEGORY_NUMBERS.values()],
    )
    (state,) = await the_row(tx, "SELECT state FROM services WHERE id = ?", (service_id,))
    if state != "published":
        return
    await tx.execute("INSERT INTO service_search (rowid, words) VALUES (?, ?)", (service_id, words))
    await tx.execute(
        "INSERT INTO service_places SELECT s.id * ? + n.number, s.latitude, s.latitude,"
        " s.longitude, s.longitude, n.number, n.number FROM services AS s"
        " CROSS JOIN (SELECT number FROM service_categories AS c JOIN category_numbers AS k"
        " ON k.code = c.category WHERE c.service_id = ?) AS n"
        " WHERE s.id = ? AND s.confidential = 0 AND s.latitude IS NOT NULL"
        " AND s.longitude IS NOT NULL",
        (PLACES_PER_SERVICE, service_id, service_id),
    )
    await tx.execute(
        "INSERT INTO service_points SELECT id, latitude, latitude, longitude, longitude"
        " FROM services WHERE id = ? AND confidential = 0 AND latitude IS NOT NULL"
        " AND longitude IS NOT NULL",
        (service_id,),
    )


async def insert_services(db: Database, services: Iterable[Mapping[str, Any]]) -> list[int]:
    """Insert records in one transaction. Each mapping has SERVICE_COLUMNS plus organisation,
    organisation_sex_worker_led, categories, closures, state, last_checked_on, checked_by_role,
    proposed_by, today and words (normalised search text)."""
    ids = []
    async with db.transaction() as tx:
        for service in services:
            organisation_id = await _organisation_id(
                tx, service.get("organisation"), service.get("organisation_sex_worker_led", False)
            )
            columns = ", ".join(SERVICE_COLUMNS)
            marks = ", ".join("?" for _ in SERVICE_COLUMNS)
            cursor = await tx.execute(
                f"INSERT INTO services (organisation_id, state, last_checked_on, checked_by_role,"
                f" proposed_by, created_on, updated_on, {columns})"
                f" VALUES (?, ?, ?, ?, ?, ?, ?, {marks})",
                (
                    organisation_id,
                    service["state"],
                    service.get("last_checked_on"),
                    service.get("checked_by_role"),
                    service.get("proposed_by"),
                    service["today"],
                    service["today"],
                    *(service[c] for c in SERVICE_COLUMNS),
                ),
            )
            service_id = inserted_id(cursor)
            await tx.executemany(
                "INSERT INTO service_categories (service_id, category) VALUES (?, ?)",
                [(service_id, c) for c in service["categories"]],
            )
            await tx.executemany(
                "INSERT INTO closures (service_id, starts_on, ends_on) VALUES (?, ?, ?)",
                [(service_id, start, end) for start, end in service.get("closures", ())],
            )
            await sync_indexes(tx, service_id, service["words"])
            ids.append(service_id)
    return ids


async def set_state(
    db: Database,
    service_id: int,
    *,
    state: str,
    from_states: tuple[str, ...],
    today: str,
    words: str,
    by: int | None,
    by_role: str,
    checked: bool = False,
    reason: str | None = None,
    resolve_reports: bool = False,
) -> bool:
    """Move a service between vetting states, if it is in one of `from_states`; keeps history."""
    async with db.transaction() as tx:
        async with tx.execute("SELECT state FROM services WHERE id = ?", (service_id,)) as cursor:
            row = await cursor.fetchone()
        if row is None or row[0] not in from_states:
            return False
        await tx.execute(
            "UPDATE services SET state = ?, updated_on = ?, rejection_reason = ?,"
            " last_checked_on = CASE WHEN ? THEN ? ELSE last_checked_on END,"
            " checked_by_role = CASE WHEN ? THEN ? ELSE checked_by_role END WHERE id = ?",
            (state, today, reason, checked, today, checked, by_role, service_id),
        )
        await add_history(tx, service_id, "state", row[0], state, today, by, by_role)
        if checked:
            await add_history(tx, service_id, "last_checked_on", None, today, today, by, by_role)
        if resolve_reports:
            await tx.execute(
                "UPDATE problem_reports SET resolved_on = ? WHERE service_id = ?"
                " AND resolved_on IS NULL",
                (today, service_id),
            )
        await sync_indexes(tx, service_id, words)
    return True


async def add_history(
    tx: aiosqlite.Connection,
    service_id: int,
    field: str,
    old: Any,
    new: Any,
    today: str,
    by: int | None,
    by_role: str,
) -> None:
    await tx.execute(
        "INSERT INTO service_history (service_id, field, old_value, new_value, changed_on,"
        " changed_by, changed_by_role) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            service_id,
            field,
            None if old is None else str(old),
            None if new is None else str(new),
            today,
            by,
            by_role,
        ),
    )


async def history(db: Database, service_id: int) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        "SELECT field, old_value, new_value, changed_on, changed_by, changed_by_role"
        " FROM service_history WHERE service_id = ? ORDER BY id",
        (service_id,),
    )
    return [row_dict(r) for r in rows]


async def count_referral(db: Database, service_id: int, month: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO referral_counts (service_id, month, referrals) VALUES (?, ?, 1)"
            " ON CONFLICT (service_id, month) DO UPDATE SET referrals = referrals + 1",
            (service_id, month),
        )


async def referrals(db: Database, service_id: int, month: str) -> int:
    row = await db.fetch_one(
        "SELECT referrals FROM referral_counts WHERE service_id = ? AND month = ?",
        (service_id, month),
    )
    return 0 if row is None else row[0]


# --- reading ----------------------------------------------------------------------------------


async def get_service(db: Database, service_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(SELECT_SERVICE + " WHERE s.id = ?", (service_id,))
    if row is None:
        return None
    service = row_dict(row)
    closures = await db.fetch_all(
        "SELECT starts_on, ends_on FROM closures WHERE service_id = ?", (service_id,)
    )
    service["closures"] = [tuple(c) for c in closures]
    return service


async def count_services(db: Database, *, unpublished_only: bool = False) -> int:
    row = await db.fetch_one(
        "SELECT count(*) FROM services WHERE NOT ? OR state != 'published'", (unpublished_only,)
    )
    return 0 if row is None else row[0]


async def published_services(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetch_all(SELECT_SERVICE + " WHERE s.state = 'published' ORDER BY s.id")
    services = [row_dict(r) for r in rows]
    closures = await db.fetch_all("SELECT service_id, starts_on, ends_on FROM closures")
    by_service: dict[int, list[tuple[str, str]]] = {}
    for service_id, starts_on, ends_on in closures:
        by_service.setdefault(service_id, []).append((starts_on, ends_on))
    for service in services:
        service["closures"] = by_service.get(service["id"], [])
    return services


async def all_services(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetch_all(SELECT_SERVICE + " ORDER BY s.id")
    return [row_dict(r) for r in rows]
