"""The quick exit's domain: the ledger keeps message ids under a keyed hash of the chat, the exit
deletes only what Telegram still allows (48 hours) in batches of 100, and the purge drops the
rest and folds the WAL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.people.keys import MemberKeys
from bot.safety.ledger import MessageLedger
from bot.safety.quick_exit import DELETE_BATCH, QuickExit
from bot.settings import Secret
from storage import Database
from tests.conftest import Clock

NOW = Clock().current  # the shared test clock's start: Monday 2 March 2026, 09:00 UTC


@pytest.fixture
async def db(tmp_path) -> AsyncIterator[Database]:
    async with await Database.open(tmp_path / "ledger.db") as database:
        yield database


@pytest.fixture
def ledger() -> MessageLedger:
    return MessageLedger(MemberKeys(Secret("k" * 40)))


@pytest.fixture
def quick_exit(db, ledger, clock) -> QuickExit:
    return QuickExit(db, ledger, clock)


async def test_the_ledger_keeps_no_chat_id_only_a_keyed_hash(db, ledger):
    ledger.note(987654321, 1, NOW)
    await ledger.flush(db)
    (row,) = await db.fetch_all("SELECT chat_key, message_id FROM message_ledger")
    assert row[0] == ledger.chat_key(987654321) and "987654321" not in row[0]
    assert MessageLedger(MemberKeys(Secret("o" * 40))).chat_key(987654321) != row[0]


async def test_only_messages_under_48_hours_are_deleted_in_batches_of_100(
    quick_exit, ledger, clock
):
    ledger.note(5, 1, NOW - timedelta(hours=49))  # too old: Telegram would refuse
    for message_id in range(2, 2 + 2 * DELETE_BATCH + 1):
        ledger.note(5, message_id, NOW - timedelta(hours=1))
    ledger.note(6, 999, NOW)  # another chat
    batches = await quick_exit.deletable(5)
    assert [len(batch) for batch in batches] == [100, 100, 1]
    assert batches[0][0] == 2 and 1 not in batches[0]
    assert 999 not in {m for batch in batches for m in batch}


async def test_forgetting_a_chat_leaves_other_chats(quick_exit, ledger):
    ledger.note(5, 1, NOW)
    ledger.note(6, 2, NOW)
    await quick_exit.forget_chat(5)
    assert await quick_exit.deletable(5) == []
    assert await quick_exit.deletable(6) == [[2]]


async def test_the_purge_drops_rows_past_48_hours(quick_exit, ledger, clock, db):
    ledger.note(5, 1, NOW - timedelta(hours=50))
    ledger.note(5, 2, NOW - timedelta(hours=47))
    assert await quick_exit.purge() == 1
    clock.advance(hours=2)
    assert await quick_exit.purge() == 1
    assert await db.fetch_all("SELECT * FROM message_ledger") == []


async def test_a_failed_flush_keeps_what_was_noted(ledger, db):
    class Broken:
        def transaction(self):
            raise RuntimeError("the disk is full")

    ledger.note(5, 1, NOW)
    with pytest.raises(RuntimeError):
        await ledger.flush(Broken())  # type: ignore[arg-type]
    ledger.note(5, 2, NOW)
    await ledger.flush(db)
    assert len(await db.fetch_all("SELECT * FROM message_ledger")) == 2
