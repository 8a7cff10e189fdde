"""Finding published services a reader may see: by category, by keyword (FTS5) and nearest to a
point (R*Tree)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from storage.database import Database
from storage.directory.records import (
    CATEGORY_NUMBERS,
    PLACES_PER_SERVICE,
    SELECT_SERVICE,
    SERVICE_FIELDS,
    SERVICE_JOINS,
    row_dict,
)


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


async def visible_in_category(
    db: Database, visible: Visible, category: str, limit: int
) -> list[dict[str, Any]]:
    """Most recently checked first."""
    where, values = visible.where()
    rows = await db.fetch_all(
        SELECT_SERVICE
        + " JOIN service_categories AS c ON c.service_id = s.id AND c.category = ?"
        + f" WHERE {where} ORDER BY s.last_checked_on DESC, s.id LIMIT ?",
        (category, *values, limit),
    )
    return [row_dict(r) for r in rows]


async def visible_matching(
    db: Database, visible: Visible, fts_query: str, limit: int
) -> list[dict[str, Any]]:
    where, values = visible.where()
    rows = await db.fetch_all(
        SELECT_SERVICE
        + " JOIN (SELECT rowid AS found, rank FROM service_search WHERE service_search MATCH ?)"
        + f" ON found = s.id WHERE {where} ORDER BY rank LIMIT ?",
        (fts_query, *values, limit),
    )
    return [row_dict(r) for r in rows]


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
        number = CATEGORY_NUMBERS.get(category, -1)  # -1 matches nothing
        index_values = (PLACES_PER_SERVICE,)
        in_category = f" AND p.min_category >= {number} AND p.max_category <= {number}"
    rows = await db.fetch_all(
        # The nearest few are chosen from bare ids and coordinates; only they get full fields.
        SERVICE_FIELDS + ", nearest.km2 FROM (SELECT s.id,"
        " ((s.latitude - ?) * ?) * ((s.latitude - ?) * ?)"
        " + ((s.longitude - ?) * ?) * ((s.longitude - ?) * ?) AS km2"
        # CROSS JOIN makes SQLite start from the R*Tree box, not from every published service.
        f" FROM {index} LEFT JOIN organisations AS o ON o.id = s.organisation_id"
        " WHERE p.min_latitude >= ? AND p.max_latitude <= ? AND p.min_longitude >= ?"
        f" AND p.max_longitude <= ?{in_category}"
        f" AND {where} AND s.confidential = 0 AND km2 <= ? ORDER BY km2, s.id LIMIT ?) AS nearest"
        " CROSS JOIN services AS s ON s.id = nearest.id"
        + SERVICE_JOINS
        + " ORDER BY nearest.km2, s.id",
        (
            latitude,
            km_lat,
            latitude,
            km_lat,
            longitude,
            km_lon,
            longitude,
            km_lon,
            *index_values,
            *box,
            *values,
            radius_km * radius_km,
            limit,
        ),
    )
    return [row_dict(r) for r in rows]
