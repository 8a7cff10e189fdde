"""SQLite's own online backup (the bot keeps running), an integrity check, and restoring a copy
into place. Copies are written readable by the bot's user only."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from storage.files import private_file


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database, page by page, without stopping its writers."""
    private_file(target)
    with closing(_read_only(source)) as live, closing(sqlite3.connect(target)) as copy:
        live.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file


def integrity_problems(path: Path) -> list[str]:
    """What SQLite's integrity check finds wrong (empty: the file is sound)."""
    try:
        with closing(_read_only(path)) as copy:
            rows = copy.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def row_counts(path: Path) -> dict[str, int]:
    """How many rows each table of a copy holds (what a restore brings back)."""
    with closing(_read_only(path)) as copy:
        tables = [
            row[0]
            for row in copy.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        return {t: copy.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def restore_database(copy: Path, target: Path) -> None:
    """Put a sound copy in place of the database at `target`, whatever state that is in (the
    bot must be stopped): written beside it, then swapped in by one rename."""
    incoming = target.with_name(target.name + ".restoring")
    incoming.unlink(missing_ok=True)
    private_file(incoming)
    with closing(_read_only(copy)) as source, closing(sqlite3.connect(incoming)) as fresh:
        source.backup(fresh)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(incoming, target)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
