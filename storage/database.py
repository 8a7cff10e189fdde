"""The one SQLite connection the bot uses: durable settings, numbered migrations, transactions.

SQLite has a single writer, so a single aiosqlite connection guarded by a lock serves the whole bot.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from storage.files import private_database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA secure_delete = ON",
    # 64 MiB of page cache: the search indexes of a large directory stay in memory.
    "PRAGMA cache_size = -65536",
)


class DatabaseTooNewError(RuntimeError):
    """The database was migrated by a newer version of the bot than this one."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def find_migrations(folder: Path = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match is None:
            raise ValueError(f"migration file name {path.name!r} is not NNNN_name.sql")
        found.append(Migration(int(match[1]), match[2], path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise ValueError(f"migrations must be numbered 1, 2, 3... without gaps; found {versions}")
    return found


class Database:
    """An open database. Use `async with await Database.open(path) as db:` or call close()."""

    def __init__(self, connection: aiosqlite.Connection, reader: sqlite3.Connection) -> None:
        self._connection = connection
        self._lock = asyncio.Lock()
        # A read-only connection used on the event loop itself for the tiny indexed lookup every
        # update needs (who is this?): microseconds of SQLite cost less than a thread round trip,
        # and in WAL mode a reader never waits for the writer.
        self._reader = reader

    @classmethod
    async def open(
        cls, path: Path | str, migrations: Iterable[Migration] | None = None
    ) -> Database:
        if str(path) != ":memory:":
            private_database(Path(path))
        connection = await aiosqlite.connect(str(path), isolation_level=None)
        try:
            connection.row_factory = aiosqlite.Row
            for pragma in _PRAGMAS:
                await connection.execute(pragma)
            reader = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        except BaseException:
            await connection.close()
            raise
        database = cls(connection, reader)
        try:
            reader.row_factory = sqlite3.Row
            for pragma in (*_PRAGMAS, "PRAGMA query_only = ON"):
                reader.execute(pragma)
            await database.migrate(find_migrations() if migrations is None else list(migrations))
        except BaseException:
            await database.close()
            raise
        return database

    async def close(self) -> None:
        self._reader.close()
        await self._connection.close()

    def read_one_now(self, sql: str, parameters: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        """A small indexed read, run on the calling thread (the event loop): only for lookups
        that touch a handful of rows."""
        return self._reader.execute(sql, parameters).fetchone()

    async def __aenter__(self) -> Database:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def migrate(self, migrations: list[Migration]) -> list[int]:
        """Apply the migrations not yet recorded, all in one transaction; return their versions."""
        await self._connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        rows = await self._connection.execute_fetchall("SELECT version FROM schema_migrations")
        applied = {row[0] for row in rows}
        newest_known = max((m.version for m in migrations), default=0)
        if applied and max(applied) > newest_known:
            raise DatabaseTooNewError(
                f"The database is at schema version {max(applied)} but this version of the bot "
                f"knows only up to {newest_known}: update the bot, or restore a matching backup."
            )
        pending = [m for m in migrations if m.version not in applied]
        if not pending:
            return []
        applied_at = datetime.now(UTC).isoformat()
        script = ["BEGIN IMMEDIATE;"]
        for migration in pending:
            script += split_statements(migration.sql)  # refuses an incomplete statement
            script.append(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES"
                f" ({migration.version}, {_quoted(migration.name)}, {_quoted(applied_at)});"
            )
        script.append("COMMIT;")
        async with self._lock:
            # One script, one trip to the database thread and one commit (a new database takes
            # every migration at start; the tests open hundreds). Every pending migration and its
            # record are committed together, or none: a database is never left half-upgraded,
            # between the schema the old code knows and the one the new code needs.
            try:
                await self._connection.executescript("\n".join(script))
            except BaseException:
                if self._connection.in_transaction:
                    await self._connection.execute("ROLLBACK")
                raise
        return [migration.version for migration in pending]

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run statements atomically; the commit is durable (synchronous=FULL) when the block ends."""
        async with self._lock:
            await self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                await self._connection.execute("ROLLBACK")
                raise
            await self._connection.execute("COMMIT")

    async def fetch_one(self, sql: str, parameters: tuple[Any, ...] = ()) -> aiosqlite.Row | None:
        rows = await self.fetch_all(sql, parameters)  # one trip to the database thread, not three
        return rows[0] if rows else None

    async def fetch_all(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[aiosqlite.Row]:
        async with self._lock:
            return list(await self._connection.execute_fetchall(sql, parameters))

    async def pragma(self, name: str) -> Any:
        row = await self.fetch_one(f"PRAGMA {name}")
        return None if row is None else row[0]

    async def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it, so erased rows leave no copy behind."""
        async with self._lock:
            await self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _quoted(text: str) -> str:
    """An SQL string literal (the names and times of migrations: our own text)."""
    return "'" + text.replace("'", "''") + "'"


def split_statements(script: str) -> list[str]:
    """Split a migration into complete statements, using SQLite's own notion of completeness."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in current.splitlines()
    ):
        raise ValueError("migration ends with an incomplete statement")
    return statements
