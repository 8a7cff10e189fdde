"""The outbox, on a real database: queued once, claimed once, most urgent first, gone once sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.common.outbox import MAX_ATTEMPTS, Outbox, Outgoing, Priority, Purpose, backoff
from storage import Database


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def outbox(tmp_path):
    clock = Clock()
    async with await Database.open(tmp_path / "outbox.db") as db:
        yield Outbox(db, clock, "TZ"), clock


async def test_the_most_urgent_goes_first_and_a_claimed_letter_is_not_claimed_again(outbox):
    box, _ = outbox
    await box.enqueue(
        [
            Outgoing(1, "en", "notice", {"id": 1}, priority=Priority.BROADCAST),
            Outgoing(2, "fr", "sos", {"id": 2}, priority=Priority.URGENT),
            Outgoing(3, "sw", "reminder", priority=Priority.REMINDER),
        ]
    )
    first = await box.claim(2)
    assert [(m.chat_id, m.kind, m.priority) for m in first] == [
        (2, "sos", Priority.URGENT),
        (3, "reminder", Priority.REMINDER),
    ]
    second = await box.claim(10)
    assert [m.chat_id for m in second] == [1]
    assert await box.claim(10) == []
    await box.done(first + second)
    assert await box.waiting() == 0


async def test_a_letter_waits_for_its_time_and_a_failure_backs_off(outbox):
    box, clock = outbox
    await box.enqueue([Outgoing(1, "en", "later", not_before=clock.now + timedelta(hours=1))])
    assert await box.claim(5) == []
    assert await box.seconds_to_next() == 3600
    clock.now += timedelta(hours=1)
    (letter,) = await box.claim(5)
    assert letter.attempts == 1
    assert await box.retry(letter) is True
    assert await box.claim(5) == []
    clock.now += backoff(1)
    (again,) = await box.claim(5)
    assert again.attempts == 2


async def test_a_letter_that_keeps_failing_is_dropped_but_a_429_always_waits(outbox):
    box, clock = outbox
    await box.enqueue([Outgoing(1, "en", "flaky")])
    for _ in range(MAX_ATTEMPTS - 1):
        (letter,) = await box.claim(5)
        assert await box.retry(letter)
        clock.now += timedelta(hours=1)
    (letter,) = await box.claim(5)
    assert await box.retry(letter, after=timedelta(seconds=5)) is True  # Telegram said when
    clock.now += timedelta(seconds=5)
    (letter,) = await box.claim(5)
    assert await box.retry(letter) is False
    assert await box.waiting() == 0


async def test_one_letter_per_chat_at_a_time_in_order(outbox):
    box, _ = outbox
    await box.enqueue(
        [Outgoing(1, "en", "first"), Outgoing(1, "en", "second"), Outgoing(2, "en", "other")]
    )
    batch = await box.claim(10)
    assert [(m.chat_id, m.kind) for m in batch] == [(1, "first"), (2, "other")]
    assert await box.claim(10) == []  # chat 1 is still being written to
    await box.done(batch)
    assert [m.kind for m in await box.claim(10)] == ["second"]


async def test_the_same_message_twice_is_queued_once(outbox):
    box, _ = outbox
    twice = [Outgoing(1, "en", "notice", {"id": 5}, dedupe="notice:5:1")] * 2
    assert await box.enqueue(twice) == 1
    assert await box.enqueue(twice) == 0


async def test_words_are_scrubbed_before_they_are_stored(outbox):
    box, _ = outbox
    await box.enqueue([Outgoing(1, "en", "note", words="Call me on +255 712 345 678 or a@b.org")])
    (letter,) = await box.claim(1)
    assert "712" not in (letter.words or "") and "a@b.org" not in (letter.words or "")
    row = await box.database.fetch_one("SELECT words FROM outbox")
    assert "712" not in row[0]


async def test_forgetting_a_chat_erases_its_rows_of_one_purpose_or_all(outbox):
    box, _ = outbox
    await box.enqueue(
        [
            Outgoing(7, "en", "notice", purpose=Purpose.ALERTS),
            Outgoing(7, "en", "reminder", purpose=Purpose.TEAM),
            Outgoing(8, "en", "notice", purpose=Purpose.ALERTS),
        ]
    )
    assert await box.forget_chat(7, [Purpose.ALERTS]) == 1
    assert await box.forget_chat(7) == 1
    rows = await box.database.fetch_all("SELECT chat_id FROM outbox")
    assert [r[0] for r in rows] == [8]


async def test_letters_claimed_by_a_process_that_died_are_sent_again_after_a_restart(outbox):
    box, _ = outbox
    await box.enqueue([Outgoing(1, "en", "reminder")])
    assert len(await box.claim(5)) == 1
    assert await box.claim(5) == []
    assert await box.release_claims() == 1
    assert len(await box.claim(5)) == 1
