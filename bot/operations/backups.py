"""Backups a seizure cannot read: SQLite's online copy, encrypted at once with age to a public
key from the environment (`BACKUP_RECIPIENT`). The private key never lives on the server: it is
given only to verify or restore, from the operator's own machine or a key they bring.

A backup file is `outreach-<UTC time>.db.age`; the plaintext copy exists only for the seconds it
takes to encrypt, in a private temporary folder beside the backups, and is deleted.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage

from storage import backup as store
from storage.files import private_folder

SUFFIX = ".db.age"
PREFIX = "outreach-"


class BackupError(Exception):
    """Something an operator must fix: a bad key, a damaged file, a missing database."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    size: int


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except pyrage.RecipientError:
        raise BackupError(
            "BACKUP_RECIPIENT must be an age public key (age1...); make a pair on a machine "
            "you trust with `age-keygen` and keep the private key off this server."
        ) from None


def parse_identity(text: str) -> pyrage.x25519.Identity:
    key = next((line.strip() for line in text.splitlines() if line.startswith("AGE-SECRET")), "")
    try:
        return pyrage.x25519.Identity.from_str(key)
    except pyrage.IdentityError:
        raise BackupError(
            "the identity file holds no age private key (AGE-SECRET-KEY-1...)"
        ) from None


def create(database: Path, folder: Path, recipient: pyrage.x25519.Recipient,
           now: datetime) -> BackupFile:  # fmt: skip
    """Copy the live database and encrypt the copy; returns the new backup."""
    if not database.exists():
        raise BackupError(f"no database at {database}")
    private_folder(folder)
    target = folder / f"{PREFIX}{now.astimezone(UTC):%Y%m%dT%H%M%SZ}{SUFFIX}"
    with tempfile.TemporaryDirectory(dir=folder, prefix=".making-") as scratch:
        copy = Path(scratch) / "copy.db"
        store.copy_database(database, copy)
        pyrage.encrypt_file(str(copy), str(target), [recipient])
    target.chmod(0o600)
    return describe(target)


def describe(path: Path) -> BackupFile:
    stamp = path.name.removeprefix(PREFIX).removesuffix(SUFFIX)
    try:
        made_at = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        made_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupFile(path, made_at, path.stat().st_size)


def existing(folder: Path) -> list[BackupFile]:
    """Every backup in the folder, newest first."""
    if not folder.is_dir():
        return []
    found = [describe(p) for p in folder.glob(f"{PREFIX}*{SUFFIX}")]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def prune(folder: Path, keep: int) -> list[BackupFile]:
    """Delete all but the `keep` newest backups; returns those deleted."""
    old = existing(folder)[keep:]
    for backup in old:
        backup.path.unlink()
    return old


def verify(backup: Path, identity: pyrage.x25519.Identity) -> dict[str, int]:
    """Decrypt into a private scratch folder, check integrity; returns row counts per table."""
    with _decrypted(backup, identity) as copy:
        return store.row_counts(copy)


def restore(backup: Path, identity: pyrage.x25519.Identity, database: Path) -> dict[str, int]:
    """Replace the database with a backup that decrypts and passes the integrity check (stop
    the bot first); returns the row counts restored."""
    with _decrypted(backup, identity) as copy:
        counts = store.row_counts(copy)
        store.restore_database(copy, database)
    return counts


class _decrypted:
    """A decrypted, integrity-checked copy that is deleted when the block ends."""

    def __init__(self, backup: Path, identity: pyrage.x25519.Identity) -> None:
        self._backup, self._identity = backup, identity
        self._scratch: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> Path:
        private_folder(self._backup.parent)
        self._scratch = tempfile.TemporaryDirectory(dir=self._backup.parent, prefix=".reading-")
        copy = Path(self._scratch.name) / "copy.db"
        try:
            pyrage.decrypt_file(str(self._backup), str(copy), [self._identity])
        except pyrage.DecryptError:
            self._scratch.cleanup()
            raise BackupError(f"{self._backup.name} does not decrypt with this key") from None
        problems = store.integrity_problems(copy)
        if problems:
            self._scratch.cleanup()
            raise BackupError(f"{self._backup.name} is damaged: {problems[0]}")
        return copy

    def __exit__(self, *exc_info: object) -> None:
        if self._scratch is not None:
            self._scratch.cleanup()
