"""Queries for the service directory: records, categories, search indexes, vetting, referrals."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import aiosqlite

from storage.database import Database

# Every column a service record has, in the order CSV export uses too.
SERVICE_COLUMNS = (
    "name", "description", "phone", "email", "url", "fees", "is_free", "eligibility",
    "documents_required", "no_papers_needed", "interpretation", "languages", "min_age",
    "max_age", "status", "notice", "notice_expires_on", "location_name", "address",
    "latitude", "longitude", "area_id", "directions", "accessibility", "hours",
    "sex_worker_led", "rights_based", "no_police_reporting", "trans_friendly", "confidential",
    "walk_in", "visibility",
)  # fmt: skip
_SERVICE_FIELDS = (
    "SELECT s.id, s.state, s.last_checked_on, s.checked_by_role, s.proposed_by,"
    " s.rejection_reason, s.created_on, o.name AS organisation,"
    " coalesce(o.sex_worker_led, 0) AS organisation_sex_worker_led, a.name AS area_name,"
    " a.code AS area_code, (SELECT group_concat(category) FROM service_categories"
    " WHERE service_id = s.id) AS categories, " + ", ".join(f"s.{c}" for c in SERVICE_COLUMNS)
)
_SERVICE_JOINS = (
    " LEFT JOIN organisations AS o ON o.id = s.organisation_id"
    " LEFT JOIN areas AS a ON a.id = s.area_id"
)
_SELECT_SERVICE = _SERVICE_FIELDS + " FROM services AS s" + _SERVICE_JOINS


@dataclass(frozen=True)
class Visible:
    """Which published services a reader may see, and the filters they chose."""

    visibilities: tuple[str, ...]
    checked_since: str  # services not re-checked since this date are hidden
    free_only: bool = False
    no_papers_only: bool = False
    sex_worker_led_only: bool = False

    def where(self) -> tuple[str, list[Any]]:
        clauses = [
            "s.state = 'published'",
            "s.status != 'closed'",
            "s.visibility IN (SELECT value FROM json_each(?))",
            "s.last_checked_on >= ?",
        ]
        values: list[Any] = [json.dumps(self.visibilities), self.checked_since]
        if self.free_only:
            clauses.append("s.is_free = 1")
        if self.no_papers_only:
            clauses.append("s.no_papers_needed = 1")
        if self.sex_worker_led_only:
            clauses.append("(s.sex_worker_led = 1 OR coalesce(o.sex_worker_led, 0) = 1)")
        return " AND ".join(clauses), values


_PLACES_PER_SERVICE = 64  # room for every category number in service_places ids

# The numbers in category_numbers, fixed by the migration: a new category gets the next number.
_CATEGORY_NUMBERS = {
    code: number
    for number, code in enumerate((
        "health", "hiv-sti", "sexual-health", "mental-health", "legal-aid", "gbv", "shelter",
        "drop-in", "livelihood", "documentation", "harm-reduction", "sex-worker-led",
        "peer-support", "emergency",
    ))
}  # fmt: skip


def _row(row: aiosqlite.Row) -> dict[str, Any]:
    return dict(row)


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
        async with tx.execute("SELECT id FROM areas WHERE code = ?", (code,)) as cursor:
            return (await cursor.fetchone())[0]


async def list_areas(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetch_all("SELECT id, code, name, latitude, longitude FROM areas ORDER BY name")
    return [_row(r) for r in rows]


async def find_area(db: Database, area_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(
        "SELECT id, code, name, latitude, longitude FROM areas WHERE id = ?", (area_id,)
    )
    return None if row is None else _row(row)


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
    async with tx.execute("SELECT id FROM organisations WHERE name = ?", (name,)) as cursor:
        return (await cursor.fetchone())[0]


async def _sync_indexes(tx: aiosqlite.Connection, service_id: int, words: str) -> None:
    """Keep keyword and place indexes equal to what may be found: published, and for places,
    never a confidential venue (DESIGN rule 3)."""
    await tx.execute("DELETE FROM service_search WHERE rowid = ?", (service_id,))
    await tx.execute("DELETE FROM service_points WHERE id = ?", (service_id,))
    # One lookup per possible entry: an R*Tree answers "id = ?" at once but scans for a range.
    await tx.executemany(
        "DELETE FROM service_places WHERE id = ?",
        [(service_id * _PLACES_PER_SERVICE + n,) for n in _CATEGORY_NUMBERS.values()],
    )
    async with tx.execute("SELECT state FROM services WHERE id = ?", (service_id,)) as cursor:
        (state,) = await cursor.fetchone()
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
        (_PLACES_PER_SERVICE, service_id, service_id),
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
                    organisation_id, service["state"], service.get("last_checked_on"),
                    service.get("checked_by_role"), service.get("proposed_by"),
                    service["today"], service["today"],
                    *(service[c] for c in SERVICE_COLUMNS),
                ),
            )  # fmt: skip
            service_id = cursor.lastrowid
            await tx.executemany(
                "INSERT INTO service_categories (service_id, category) VALUES (?, ?)",
                [(service_id, c) for c in service["categories"]],
            )
            await tx.executemany(
                "INSERT INTO closures (service_id, starts_on, ends_on) VALUES (?, ?, ?)",
                [(service_id, start, end) for start, end in service.get("closures", ())],
            )
            await _sync_indexes(tx, service_id, service["words"])
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
        await _history(tx, service_id, "state", row[0], state, today, by, by_role)
        if checked:
            await _history(tx, service_id, "last_checked_on", None, today, today, by, by_role)
        if resolve_reports:
            await tx.execute(
                "UPDATE problem_reports SET resolved_on = ? WHERE service_id = ?"
                " AND resolved_on IS NULL",
                (today, service_id),
            )
        await _sync_indexes(tx, service_id, words)
    return True


async def _history(
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
        (service_id, field, None if old is None else str(old), None if new is None else str(new),
         today, by, by_role),
    )  # fmt: skip


async def history(db: Database, service_id: int) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        "SELECT field, old_value, new_value, changed_on, changed_by, changed_by_role"
        " FROM service_history WHERE service_id = ? ORDER BY id",
        (service_id,),
    )
    return [_row(r) for r in rows]


async def add_problem_report(
    db: Database,
    service_id: int,
    kind: str,
    by: int,
    by_role: str,
    today: str,
    words: str,
) -> tuple[bool, bool]:
    """Record a report; send the service back to review on two independent peers' reports or
    one lead's. Returns (recorded, sent_to_review)."""
    async with db.transaction() as tx:
        async with tx.execute("SELECT state FROM services WHERE id = ?", (service_id,)) as cursor:
            row = await cursor.fetchone()
        if row is None or row[0] != "published":
            return False, False
        await tx.execute(
            "INSERT INTO problem_reports (service_id, kind, reported_by, reporter_role,"
            " reported_on) VALUES (?, ?, ?, ?, ?)",
            (service_id, kind, by, by_role, today),
        )
        async with tx.execute(
            "SELECT count(DISTINCT reported_by), max(reporter_role IN ('lead', 'admin'))"
            " FROM problem_reports WHERE service_id = ? AND resolved_on IS NULL",
            (service_id,),
        ) as cursor:
            reporters, by_lead = await cursor.fetchone()
        if reporters < 2 and not by_lead:
            return True, False
        await tx.execute(
            "UPDATE services SET state = 'review', updated_on = ? WHERE id = ?", (today, service_id)
        )
        await _history(tx, service_id, "state", "published", "review", today, by, by_role)
        await _sync_indexes(tx, service_id, words)
        return True, True


async def open_reports(db: Database, service_id: int) -> list[str]:
    rows = await db.fetch_all(
        "SELECT kind FROM problem_reports WHERE service_id = ? AND resolved_on IS NULL ORDER BY id",
        (service_id,),
    )
    return [r[0] for r in rows]


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
    row = await db.fetch_one(_SELECT_SERVICE + " WHERE s.id = ?", (service_id,))
    if row is None:
        return None
    service = _row(row)
    closures = await db.fetch_all(
        "SELECT starts_on, ends_on FROM closures WHERE service_id = ?", (service_id,)
    )
    service["closures"] = [tuple(c) for c in closures]
    return service


async def visible_in_category(
    db: Database, visible: Visible, category: str, limit: int
) -> list[dict[str, Any]]:
    """Most recently checked first."""
    where, values = visible.where()
    rows = await db.fetch_all(
        _SELECT_SERVICE
        + " JOIN service_categories AS c ON c.service_id = s.id AND c.category = ?"
        + f" WHERE {where} ORDER BY s.last_checked_on DESC, s.id LIMIT ?",
        (category, *values, limit),
    )
    return [_row(r) for r in rows]


async def visible_matching(
    db: Database, visible: Visible, fts_query: str, limit: int
) -> list[dict[str, Any]]:
    where, values = visible.where()
    rows = await db.fetch_all(
        _SELECT_SERVICE
        + " JOIN (SELECT rowid AS found, rank FROM service_search WHERE service_search MATCH ?)"
        + f" ON found = s.id WHERE {where} ORDER BY rank LIMIT ?",
        (fts_query, *values, limit),
    )
    return [_row(r) for r in rows]


async def nearest_in_box(
    db: Database,
    visible: Visible,
    box: tuple[float, float, float, float],
    category: str | None,
    centre: tuple[float, float],
    km_per_degree: tuple[float, float],
    radius_km: float,
    limit: int,
) -> list[dict[str, Any]]:
    """The nearest visible, non-confidential services in the box and within the radius, nearest
    first: one R*Tree search, ranked by flat-earth distance (exact enough within a city; the
    caller computes true distances for what it shows). Rows carry `km2`, the squared distance."""
    where, values = visible.where()
    (latitude, longitude), (km_lat, km_lon) = centre, km_per_degree
    if category is None:
        index = "service_points AS p CROSS JOIN services AS s ON s.id = p.id"
        index_values: tuple[Any, ...] = ()
        in_category = ""
    else:
        index = "service_places AS p CROSS JOIN services AS s ON s.id = p.id / ?"
        number = _CATEGORY_NUMBERS.get(category, -1)  # -1 matches nothing
        index_values = (_PLACES_PER_SERVICE,)
        in_category = f" AND p.min_category >= {number} AND p.max_category <= {number}"
    rows = await db.fetch_all(
        # The nearest few are chosen from bare ids and coordinates; only they get full fields.
        _SERVICE_FIELDS + ", nearest.km2 FROM (SELECT s.id,"
        " ((s.latitude - ?) * ?) * ((s.latitude - ?) * ?)"
        " + ((s.longitude - ?) * ?) * ((s.longitude - ?) * ?) AS km2"
        # CROSS JOIN makes SQLite start from the R*Tree box, not from every published service.
        f" FROM {index} LEFT JOIN organisations AS o ON o.id = s.organisation_id"
        " WHERE p.min_latitude >= ? AND p.max_latitude <= ? AND p.min_longitude >= ?"
        f" AND p.max_longitude <= ?{in_category}"
        f" AND {where} AND s.confidential = 0 AND km2 <= ? ORDER BY km2, s.id LIMIT ?) AS nearest"
        " CROSS JOIN services AS s ON s.id = nearest.id" + _SERVICE_JOINS
        + " ORDER BY nearest.km2, s.id",
        (
            latitude, km_lat, latitude, km_lat, longitude, km_lon, longitude, km_lon,
            *index_values, *box, *values, radius_km * radius_km, limit,
        ),
    )  # fmt: skip
    return [_row(r) for r in rows]


async def vetting_queue(db: Database, limit: int) -> list[dict[str, Any]]:
    """Proposals and services sent back to review, oldest first."""
    rows = await db.fetch_all(
        _SELECT_SERVICE + " WHERE s.state IN ('proposed', 'review')"
        " ORDER BY s.updated_on, s.id LIMIT ?",
        (limit,),
    )
    return [_row(r) for r in rows]


async def due_for_recheck(
    db: Database, due_before: str, limit: int, area_id: int | None
) -> list[dict[str, Any]]:
    """Services due for a check, those of `area_id` first, then the oldest checked."""
    rows = await db.fetch_all(
        _SELECT_SERVICE + " WHERE s.state = 'published' AND s.last_checked_on <= ?"
        " ORDER BY s.area_id IS NOT ? , s.last_checked_on, s.id LIMIT ?",
        (due_before, area_id, limit),
    )
    return [_row(r) for r in rows]


async def due_counts_by_area(db: Database, due_before: str) -> dict[int | None, int]:
    rows = await db.fetch_all(
        "SELECT area_id, count(*) FROM services WHERE state = 'published'"
        " AND last_checked_on <= ? GROUP BY area_id",
        (due_before,),
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
    return dict(zip(("fresh", "due", "stale", "hidden", "waiting"), row, strict=True))


async def count_services(db: Database, *, unpublished_only: bool = False) -> int:
    row = await db.fetch_one(
        "SELECT count(*) FROM services WHERE NOT ? OR state != 'published'", (unpublished_only,)
    )
    return 0 if row is None else row[0]


async def published_services(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetch_all(_SELECT_SERVICE + " WHERE s.state = 'published' ORDER BY s.id")
    services = [_row(r) for r in rows]
    closures = await db.fetch_all("SELECT service_id, starts_on, ends_on FROM closures")
    by_service: dict[int, list[tuple[str, str]]] = {}
    for service_id, starts_on, ends_on in closures:
        by_service.setdefault(service_id, []).append((starts_on, ends_on))
    for service in services:
        service["closures"] = by_service.get(service["id"], [])
    return services


async def all_services(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetch_all(_SELECT_SERVICE + " ORDER BY s.id")
    return [_row(r) for r in rows]


# --- suggested changes ------------------------------------------------------------------------

EDITABLE_COLUMNS = frozenset(
    {"name", "description", "phone", "address", "hours", "is_free", "no_papers_needed", "status",
     "notice", "fees", "documents_required", "directions"}
)  # fmt: skip


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
            await _sync_indexes(tx, service_id, words_after)
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
    await _history(tx, service_id, field, row[0], value, today, by, by_role)
    return True


async def pending_changes(db: Database, limit: int) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        "SELECT c.id, c.service_id, c.field, c.new_value, c.proposed_by, c.proposed_on,"
        " s.name FROM service_changes AS c JOIN services AS s ON s.id = c.service_id"
        " WHERE c.state = 'pending' ORDER BY c.proposed_on, c.id LIMIT ?",
        (limit,),
    )
    return [_row(r) for r in rows]


async def find_change(db: Database, change_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(
        "SELECT c.id, c.service_id, c.field, c.new_value, c.proposed_by, c.state, s.name"
        " FROM service_changes AS c JOIN services AS s ON s.id = c.service_id WHERE c.id = ?",
        (change_id,),
    )
    return None if row is None else _row(row)


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
            await _sync_indexes(tx, service_id, words_after)
        return True
