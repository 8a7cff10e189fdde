"""The invented Port Amani directory that console mode and training load into an empty database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.directory.core import Directory, Freshness, RecheckPolicy
from bot.directory.sample import load_sample_directory
from storage import Database
from storage import directory as store


async def test_sample_loads_once_with_every_freshness_as_of_the_day_it_is_loaded(tmp_path):
    policy = RecheckPolicy()
    today = date(2027, 6, 1)  # long after the files were written
    async with await Database.open(tmp_path / "outreach.db") as database:
        directory = Directory(
            database,
            ZoneInfo("Africa/Dar_es_Salaam"),
            policy,
            lambda: datetime(2027, 6, 1, 9, 0, tzinfo=UTC),
            lambda category: [category.value],
        )

        loaded = await load_sample_directory(directory, database)
        loaded_again = await load_sample_directory(directory, database)
        rows = await store.all_services(database)
        areas = await directory.areas()

    assert loaded == len(rows) == 30
    assert loaded_again == 0
    assert len(areas) == 6
    assert {row["state"] for row in rows} == {"published"}
    checked = [date.fromisoformat(row["last_checked_on"]) for row in rows]
    assert max(checked) <= today
    assert {policy.freshness(day, today) for day in checked} == set(Freshness)
    # Notices and closures move with the dates, so "closed until January" is still ahead.
    notices = [
        date.fromisoformat(row["notice_expires_on"]) for row in rows if row["notice_expires_on"]
    ]
    assert notices and all(day > today for day in notices)
