"""Looking for what the bot keeps about one chat: its id or a keyed hash of it in any value of any
table, and in the bytes of the database file and its WAL (rows erased but still on the disk).
Not a test module: the end-to-end tests of the quick exit and of notices use it."""

from __future__ import annotations

from pathlib import Path

from bot.runtime import Runtime

# SQLite stores an integer big-endian in the fewest of these many bytes.
_INTEGER_SIZES = (1, 2, 3, 4, 6, 8)


def hashes_of(runtime: Runtime, chat_id: int) -> list[str]:
    """Every keyed hash of a chat id the bot computes (preferences, the message ledger)."""
    return [runtime.keys.member_key(chat_id), runtime.keys.ledger_key(chat_id)]


async def rows_holding(
    runtime: Runtime, chat_id: int, *, with_hashes: bool = True
) -> list[tuple[str, str]]:
    """(table, column) of every value, in every table, that is the chat id or holds its digits
    (e.g. inside JSON) or, `with_hashes`, one of its keyed hashes."""
    database = runtime.database
    tables = [
        r[0]
        for r in await database.fetch_all("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    texts = [str(chat_id), *(hashes_of(runtime, chat_id) if with_hashes else [])]
    found = []
    for table in tables:
        query = f'SELECT * FROM "{table}"'
        for row in await database.fetch_all(query):
            for column, value in dict(row).items():
                if value == chat_id or any(text in str(value) for text in texts):
                    found.append((table, column))
    return found


def _as_stored(number: int) -> bytes:
    for size in _INTEGER_SIZES:
        if -(2 ** (8 * size - 1)) <= number < 2 ** (8 * size - 1):
            return number.to_bytes(size, "big", signed=True)
    raise ValueError(number)


def bytes_holding(
    runtime: Runtime, database_path: Path, chat_id: int, *, with_hashes: bool = True
) -> list[bytes]:
    """Which forms of the chat id (as SQLite stores the integer, as digits, and `with_hashes` its
    keyed hashes) are still in the bytes of the database file or its WAL, as the bot left them."""
    stored = b"".join(
        p.read_bytes()
        for p in (database_path, database_path.with_name(database_path.name + "-wal"))
        if p.exists()
    )
    forms = [
        _as_stored(chat_id),
        str(chat_id).encode(),
        *(h.encode() for h in (hashes_of(runtime, chat_id) if with_hashes else [])),
    ]
    return [form for form in forms if form in stored]
