"""Files the bot writes (the database and its WAL, exports, backups) are readable by the bot's
user only, whatever the umask (DESIGN rule 10)."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(path: Path) -> None:
    """Create a folder only the bot's user can enter. A folder that already exists is the
    operator's choice (it may be the working directory) and is left as it is."""
    if not path.exists():
        path.mkdir(parents=True, mode=PRIVATE_FOLDER)
        path.chmod(PRIVATE_FOLDER)


def private_file(path: Path) -> None:
    """Make sure `path` exists and is readable by the bot's user only. SQLite gives its -wal and
    -shm files the database file's permissions, so doing this first covers them too."""
    private_folder(path.parent)
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    os.close(descriptor)
    path.chmod(PRIVATE_FILE)


def write_private(path: Path, data: bytes) -> None:
    """Write a whole file (an export, a backup) that only the bot's user can read."""
    private_file(path)
    path.write_bytes(data)


def private_database(path: Path) -> None:
    """The database file first, then any -wal/-shm an older version left more open."""
    private_file(path)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.chmod(PRIVATE_FILE)
