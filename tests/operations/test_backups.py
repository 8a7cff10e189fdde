"""Backups a seizure cannot read (issue 13.2): made while the bot runs, encrypted to a key that is
not on the server, checked, restored after damage with every row back."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest

from bot.operations import backups
from tests.builders import make_lead, make_peer

ROOT = Path(__file__).resolve().parents[2]


def key_pair() -> tuple[pyrage.x25519.Identity, pyrage.x25519.Recipient]:
    identity = pyrage.x25519.Identity.generate()
    return identity, identity.to_public()


def all_rows(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'service_search%'"
            " AND name NOT LIKE 'service_places%'"
        )]  # fmt: skip
        return {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


@pytest.mark.e2e
async def test_restore_drill_every_row_comes_back_after_the_database_is_damaged(harness, tmp_path):
    identity, recipient = key_pair()
    lead = await make_lead(harness)
    await make_peer(harness, lead, alias="Moon")
    await harness.person(8801).send("/language")
    database = harness.settings.database_path
    folder = tmp_path / "backups"
    while_running = backups.create(database, folder, recipient, datetime(2026, 3, 2, 9, tzinfo=UTC))
    assert backups.verify(while_running.path, identity)["people"] >= 3  # the bot never stopped
    await harness.stop()
    before = all_rows(database)
    made = backups.create(database, folder, recipient, datetime(2026, 3, 2, 10, tzinfo=UTC))

    sealed = made.path.read_bytes()
    for clear in (b"people", b"Moon", b"Coordinator K", b"SQLite format", b"CREATE TABLE"):
        assert clear not in sealed
    assert made.path.stat().st_mode & 0o077 == 0

    with database.open("r+b") as damaged:  # a disk error, a half-written first pages
        damaged.write(os.urandom(16384))
    with pytest.raises(sqlite3.DatabaseError):
        all_rows(database)

    counts = backups.restore(made.path, identity, database)
    assert counts["people"] == len(before["people"])
    assert all_rows(database) == before
    await harness.start()
    replies = await lead.send("/whoami")
    assert "Coordinator K" in replies[-1].text


def test_a_wrong_key_or_a_damaged_backup_is_refused_and_nothing_is_restored(tmp_path):
    database = tmp_path / "live.db"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES ('kept')")
    _, recipient = key_pair()
    made = backups.create(database, tmp_path / "b", recipient, datetime(2026, 3, 1, tzinfo=UTC))
    stranger, _ = key_pair()
    with pytest.raises(backups.BackupError, match="does not decrypt"):
        backups.restore(made.path, stranger, database)
    assert all_rows(database) == {"t": [("kept",)]}


def test_prune_keeps_the_newest_and_list_shows_newest_first(tmp_path):
    database = tmp_path / "live.db"
    sqlite3.connect(database).close()
    _, recipient = key_pair()
    for day in range(1, 6):
        backups.create(database, tmp_path / "b", recipient, datetime(2026, 3, day, tzinfo=UTC))
    deleted = backups.prune(tmp_path / "b", keep=2)
    assert [b.made_at.day for b in deleted] == [3, 2, 1]
    assert [b.made_at.day for b in backups.existing(tmp_path / "b")] == [5, 4]


@pytest.mark.e2e
def test_the_operator_command_creates_lists_verifies_and_prunes(tmp_path):
    identity, recipient = key_pair()
    database = tmp_path / "data" / "outreach.db"
    database.parent.mkdir()
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE t (x)")
    key_file = tmp_path / "operator.key"
    key_file.write_text(f"# created on the operator's laptop\n{identity}\n")
    environment = {
        "PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT),
        "DATABASE_PATH": str(database), "BACKUP_RECIPIENT": str(recipient),
    }  # fmt: skip

    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "backup.py"), *arguments], cwd=tmp_path,
            env=environment, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    created = run("create")
    assert created.returncode == 0, created.stderr
    (made,) = (tmp_path / "data" / "backups").glob("*.db.age")
    assert str(made) in run("list").stdout
    verified = run("verify", str(made), "--identity", str(key_file))
    assert verified.returncode == 0 and "sound" in verified.stdout
    made.write_bytes(made.read_bytes()[:-40])  # truncated on the way
    assert run("verify", str(made), "--identity", str(key_file)).returncode == 1
    environment["BACKUP_RECIPIENT"] = "not a key"
    refused = run("create")
    assert refused.returncode == 2 and "BACKUP_RECIPIENT" in refused.stderr
