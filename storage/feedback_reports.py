"""Queries behind feedback reports: counts grouped inside SQLite over a list of ISO weeks, and the
rows of those weeks streamed in batches for the raw export. Plain values in, plain values out.

Every function takes the weeks of a period (the domain decides which weeks a period holds) and a
`FeedbackFilter` (area, service, topic; None means "any"), `EVERYTHING` when nothing is chosen.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

import aiosqlite

from storage.database import Database

__all__ = [
    "EVERYTHING",
    "FeedbackFilter",
    "count_barriers",
    "count_needs",
    "count_submissions",
    "count_topics",
    "excerpts",
    "service_ratings",
    "stigma_reports_for",
    "stream_rows",
    "topics_and_ratings",
]

# The weeks travel as one JSON array, so a quarter's 13 or 14 weeks are a single parameter.
_IN_WEEKS = "f.week IN (SELECT value FROM json_each(?))"


@dataclass(frozen=True)
class FeedbackFilter:
    """Which submissions of the weeks a query covers; None means any."""

    area_id: int | None = None
    service_id: int | None = None
    topic: str | None = None

    def conditions(self) -> tuple[list[str], list[Any]]:
        """The conditions and their parameters. Only the filters that are set become conditions,
        so SQLite can pick the service index when a service is chosen."""
        conditions: list[str] = []
        parameters: list[Any] = []
        for column, value in (
            ("f.area_id", self.area_id),
            ("f.service_id", self.service_id),
            ("f.topic", self.topic),
        ):
            if value is not None:
                conditions.append(f"{column} = ?")
                parameters.append(value)
        return conditions, parameters

    def where(self, weeks: list[str]) -> tuple[str, tuple[Any, ...]]:
        """The WHERE clause for the weeks of a period and this filter."""
        conditions, parameters = self.conditions()
        return " WHERE " + " AND ".join([_IN_WEEKS, *conditions]), (json.dumps(weeks), *parameters)


EVERYTHING = FeedbackFilter()


async def count_submissions(
    db: Database, weeks: list[str], only: FeedbackFilter = EVERYTHING
) -> int:
    where, parameters = only.where(weeks)
    row = await db.fetch_one("SELECT count(*) FROM feedback AS f" + where, parameters)
    return 0 if row is None else int(row[0])


async def _grouped(db: Database, sql: str, parameters: tuple[Any, ...]) -> dict[str, int]:
    return {row[0]: int(row[1]) for row in await db.fetch_all(sql, parameters)}


async def count_topics(
    db: Database, weeks: list[str], only: FeedbackFilter = EVERYTHING
) -> dict[str, int]:
    """Submissions per topic; only topics with at least one submission appear."""
    where, parameters = only.where(weeks)
    sql = "SELECT f.topic, count(*) FROM feedback AS f" + where + " GROUP BY f.topic"
    return await _grouped(db, sql, parameters)


async def count_barriers(
    db: Database, weeks: list[str], only: FeedbackFilter = EVERYTHING
) -> dict[str, int]:
    """Submissions naming each barrier (one submission may name several)."""
    where, parameters = only.where(weeks)
    sql = (
        "SELECT b.barrier, count(*) FROM feedback AS f"
        " JOIN feedback_barriers AS b ON b.feedback_key = f.key" + where + " GROUP BY b.barrier"
    )
    return await _grouped(db, sql, parameters)


async def count_needs(
    db: Database, weeks: list[str], only: FeedbackFilter = EVERYTHING
) -> dict[str, int]:
    """Submissions naming each unmet need (a directory category code; several per submission)."""
    where, parameters = only.where(weeks)
    sql = (
        "SELECT n.category, count(*) FROM feedback AS f"
        " JOIN feedback_needs AS n ON n.feedback_key = f.key" + where + " GROUP BY n.category"
    )
    return await _grouped(db, sql, parameters)


async def service_ratings(
    db: Database, weeks: list[str], only: FeedbackFilter = EVERYTHING
) -> list[tuple[int, str, int, float]]:
    """(service id, service name, number of overall ratings, their average) for every service
    rated at least once, by service id."""
    where, parameters = only.where(weeks)
    sql = (
        "SELECT r.service_id, s.name, r.ratings, r.average FROM ("
        " SELECT f.service_id, count(*) AS ratings, avg(f.overall_rating) AS average"
        " FROM feedback AS f" + where + " AND f.service_id IS NOT NULL"
        " AND f.overall_rating IS NOT NULL GROUP BY f.service_id"
        ") AS r JOIN services AS s ON s.id = r.service_id ORDER BY r.service_id"
    )
    rows = await db.fetch_all(sql, parameters)
    return [(int(r[0]), r[1], int(r[2]), float(r[3])) for r in rows]


async def topics_and_ratings(
    db: Database, weeks: list[str], only: FeedbackFilter = EVERYTHING
) -> tuple[dict[str, int], list[tuple[int, str, int, float]]]:
    """count_topics and service_ratings from one pass over the period's rows.

    Both need a column only the table holds, so each reads every row of the period; grouping by
    (topic, service) once and rolling that small table up twice reads the rows once.
    """
    where, parameters = only.where(weeks)
    sql = (
        "WITH g AS MATERIALIZED ("
        " SELECT f.topic, f.service_id, count(*) AS n, count(f.overall_rating) AS rated,"
        " total(f.overall_rating) AS points FROM feedback AS f" + where + ""
        " GROUP BY f.topic, f.service_id)"
        " SELECT 'topic', topic, NULL, sum(n), NULL FROM g GROUP BY topic"
        " UNION ALL"
        " SELECT 'rating', s.name, g.service_id, sum(g.rated), sum(g.points) / sum(g.rated)"
        " FROM g JOIN services AS s ON s.id = g.service_id"
        " GROUP BY g.service_id HAVING sum(g.rated) > 0"
    )
    topics: dict[str, int] = {}
    ratings: list[tuple[int, str, int, float]] = []
    for kind, name, service, count, average in await db.fetch_all(sql, parameters):
        if kind == "topic":
            topics[name] = int(count)
        else:
            ratings.append((int(service), name, int(count), float(average)))
    return topics, sorted(ratings)


async def excerpts(
    db: Database,
    weeks: list[str],
    only: FeedbackFilter,
    *,
    topics: Sequence[str],
    services: Sequence[int],
    hidden_barriers: Sequence[str],
    hidden_needs: Sequence[str],
    limit: int,
) -> list[str]:
    """Up to `limit` non-blank free texts of answers whose every group may be quoted: the topic
    is one of `topics`, the service (if any) one of `services`, and no barrier or need named is
    in `hidden_barriers` or `hidden_needs`. Ordered by the random key: an unbiased, repeatable
    sample that says nothing about when within the period each was written."""
    where, parameters = only.where(weeks)
    # On (week, key), SQLite reads each week in key order and stops once it has `limit` texts;
    # another index on week (say week and topic) would make it sort the whole period. With a
    # service chosen, the service index reads far fewer rows, and sorting them is cheap.
    index = " INDEXED BY feedback_by_week" if only.service_id is None else ""
    sql = (
        "SELECT f.free_text FROM feedback AS f" + index + where + " AND trim(f.free_text) != ''"
        " AND f.topic IN (SELECT value FROM json_each(?))"
        " AND (f.service_id IS NULL OR f.service_id IN (SELECT value FROM json_each(?)))"
        " AND NOT EXISTS (SELECT 1 FROM feedback_barriers AS b WHERE b.feedback_key = f.key"
        "  AND b.barrier IN (SELECT value FROM json_each(?)))"
        " AND NOT EXISTS (SELECT 1 FROM feedback_needs AS n WHERE n.feedback_key = f.key"
        "  AND n.category IN (SELECT value FROM json_each(?)))"
        " ORDER BY f.key LIMIT ?"
    )
    groups = (list(topics), list(services), list(hidden_barriers), list(hidden_needs))
    rows = await db.fetch_all(sql, (*parameters, *(json.dumps(g) for g in groups), limit))
    return [row[0] for row in rows]


async def stigma_reports_for(db: Database, service_id: int, weeks: list[str]) -> int:
    """Submissions about `service_id` in `weeks` that name stigma or discrimination."""
    sql = (
        "SELECT count(*) FROM feedback AS f JOIN feedback_barriers AS b"
        " ON b.feedback_key = f.key AND b.barrier = 'stigma'"
        " WHERE f.service_id = ? AND " + _IN_WEEKS
    )
    row = await db.fetch_one(sql, (service_id, json.dumps(weeks)))
    return 0 if row is None else int(row[0])


_ROW = (
    "SELECT f.key, f.week, f.topic, f.service_id, f.session_id, f.area_id, f.service_given,"
    " f.explained, f.waiting, f.staff_rating, f.overall_rating,"
    " (SELECT group_concat(b.barrier, ';') FROM feedback_barriers AS b"
    "  WHERE b.feedback_key = f.key) AS barriers,"
    " (SELECT group_concat(n.category, ';') FROM feedback_needs AS n"
    "  WHERE n.feedback_key = f.key) AS needs,"
    " f.free_text"
    " FROM feedback AS f WHERE (f.week, f.key) > (?, ?) AND f.week <= ?"
    # The unary + keeps SQLite on the (week, key) range, which starts where the last batch
    # ended, instead of seeking every week of the period again for each batch.
    " AND +" + _IN_WEEKS
)


async def stream_rows(
    db: Database, weeks: list[str], only: FeedbackFilter = EVERYTHING, *, batch: int = 5000
) -> AsyncIterator[list[aiosqlite.Row]]:
    """Every submission of `weeks`, in week then key order, as lists of exactly `batch` rows
    (the last may be shorter). Rows are read by column name; barriers and needs come as codes
    joined by ';', or None.

    Keyset pagination: each query resumes after the (week, key) of the last row sent, on the
    (week, key) index, so no query reads more than a batch and nothing holds the whole period.
    The database lock is released between batches, so the bot keeps serving during an export.
    """
    if batch < 1:
        raise ValueError(f"batch must be at least 1, got {batch}")
    if not weeks:
        return
    conditions, filter_parameters = only.conditions()
    sql = _ROW + "".join(f" AND {c}" for c in conditions) + " ORDER BY f.week, f.key LIMIT ?"
    period = (max(weeks), json.dumps(weeks), *filter_parameters, batch)
    after: tuple[str, str] = (min(weeks), "")  # every key sorts after the empty string
    while True:
        rows = await db.fetch_all(sql, (*after, *period))
        if not rows:
            return
        full, after = len(rows) == batch, (rows[-1]["week"], rows[-1]["key"])
        yield rows
        del rows  # the caller is done with this batch: don't keep it while reading the next
        if not full:
            return
