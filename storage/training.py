"""Queries for training progress: which lessons each peer or lead finished, and the team's counts."""

from __future__ import annotations

from storage.database import Database

# The team whose progress a lead sees: everyone with an active role below admin.
_TEAM = "SELECT id FROM people WHERE active = 1 AND role IN ('peer', 'lead')"


async def record_finished(db: Database, person_id: int, lesson: str) -> None:
    """Finishing a lesson again changes nothing; a person without an active role is not stored."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT OR IGNORE INTO training_progress (person_id, lesson)"
            " SELECT id, ? FROM people WHERE id = ? AND active = 1",
            (lesson, person_id),
        )


async def finished_lessons(db: Database, person_id: int) -> set[str]:
    rows = await db.fetch_all(
        "SELECT lesson FROM training_progress WHERE person_id = ?", (person_id,)
    )
    return {row[0] for row in rows}


async def team_counts(db: Database) -> tuple[dict[str, int], int]:
    """How many of the team finished each lesson, and how many the team has."""
    rows = await db.fetch_all(
        f"SELECT lesson, COUNT(*) FROM training_progress WHERE person_id IN ({_TEAM})"
        " GROUP BY lesson"
    )
    size = await db.fetch_one(f"SELECT COUNT(*) FROM ({_TEAM})")
    return {row[0]: row[1] for row in rows}, (size[0] if size is not None else 0)
