"""The database: durable pragmas, numbered migrations, refusal of a newer schema."""

import os
import sqlite3
import stat

import pytest

from storage import Database, DatabaseTooNewError, Migration, find_migrations


async def schema_of(db: Database) -> list[tuple]:
    rows = await db.fetch_all(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [tuple(r) for r in rows]


async def test_durability_and_privacy_pragmas_are_on(tmp_path):
    async with await Database.open(tmp_path / "a" / "b" / "bot.db") as db:
        assert await db.pragma("journal_mode") == "wal"
        assert await db.pragma("synchronous") == 2  # FULL
        assert await db.pragma("foreign_keys") == 1
        assert await db.pragma("secure_delete") == 1
        assert await db.pragma("busy_timeout") == 5000


async def test_migrations_applied_twice_leave_the_same_schema(tmp_path):
    path = tmp_path / "bot.db"
    async with await Database.open(path) as db:
        first = await schema_of(db)
        versions = [r[0] for r in await db.fetch_all("SELECT version FROM schema_migrations")]
    async with await Database.open(path) as db:
        assert await db.migrate(find_migrations()) == []
        assert await schema_of(db) == first
    assert versions == [m.version for m in find_migrations()]


async def test_a_database_newer_than_the_code_stops_start_up(tmp_path):
    path = tmp_path / "bot.db"
    future = [
        *find_migrations(),
        Migration(len(find_migrations()) + 1, "future", "CREATE TABLE f (x);"),
    ]
    async with await Database.open(path, migrations=future):
        pass
    with pytest.raises(DatabaseTooNewError, match="update the bot"):
        await Database.open(path)


async def test_a_failing_migration_is_rolled_back_whole(tmp_path):
    broken = [Migration(1, "broken", "CREATE TABLE ok (x);\nCREATE TABLE ok (x);")]
    with pytest.raises(sqlite3.OperationalError):
        await Database.open(tmp_path / "bot.db", migrations=broken)
    async with await Database.open(tmp_path / "bot.db", migrations=[]) as db:
        assert await db.fetch_all("SELECT name FROM sqlite_master WHERE name = 'ok'") == []
        assert await db.fetch_all("SELECT * FROM schema_migrations") == []


async def test_pending_migrations_go_in_together_or_not_at_all(tmp_path):
    first = [Migration(1, "first", "CREATE TABLE one (x);")]
    async with await Database.open(tmp_path / "bot.db", migrations=first):
        pass
    upgrade = [
        *first,
        Migration(2, "second", "CREATE TABLE two (x);"),
        Migration(3, "broken", "CREATE TABLE one (x);"),
    ]
    with pytest.raises(sqlite3.OperationalError):
        await Database.open(tmp_path / "bot.db", migrations=upgrade)
    # Still the database the old code knows: not half-way to the new one.
    async with await Database.open(tmp_path / "bot.db", migrations=first) as db:
        assert await db.fetch_all("SELECT name FROM sqlite_master WHERE name = 'two'") == []
        assert [tuple(r) for r in await db.fetch_all("SELECT version FROM schema_migrations")] == [
            (1,)
        ]


async def test_a_transaction_that_raises_writes_nothing(tmp_path):
    async with await Database.open(tmp_path / "bot.db") as db:
        with pytest.raises(RuntimeError):
            async with db.transaction() as tx:
                await tx.execute("INSERT INTO member_preferences VALUES ('k', 'fr')")
                raise RuntimeError("boom")
        assert await db.fetch_all("SELECT * FROM member_preferences") == []


async def test_category_numbers_in_code_match_the_migration(tmp_path):
    from storage.directory import _CATEGORY_NUMBERS

    async with await Database.open(tmp_path / "bot.db") as db:
        rows = await db.fetch_all("SELECT code, number FROM category_numbers")
    assert dict((code, number) for code, number in rows) == _CATEGORY_NUMBERS


async def test_the_event_loop_reader_cannot_write_and_sees_committed_rows(tmp_path):
    async with await Database.open(tmp_path / "bot.db") as db:
        with pytest.raises(sqlite3.OperationalError):
            db.read_one_now("INSERT INTO member_preferences VALUES ('k', 'fr')")
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO member_preferences VALUES ('k', 'sw')")
        assert tuple(db.read_one_now("SELECT locale FROM member_preferences")) == ("sw",)


async def test_the_database_and_its_folder_are_readable_by_the_bots_user_only(tmp_path):
    previous = os.umask(0o002)  # a permissive umask, as on many servers
    try:
        folder = tmp_path / "data"
        async with await Database.open(folder / "outreach.db") as db:
            async with db.transaction() as tx:
                await tx.execute("CREATE TABLE t (x)")
            modes = {
                path.name: stat.S_IMODE(path.stat().st_mode) for path in [folder, *folder.iterdir()]
            }
    finally:
        os.umask(previous)
    assert modes.pop("data") == 0o700
    assert {"outreach.db", "outreach.db-wal", "outreach.db-shm"} <= modes.keys()
    assert set(modes.values()) == {0o600}, modes
