"""The rate limiter: urgent first among those waiting, Telegram's overall and per-chat limits
kept, a 429 paused for and retried."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

from telegram.error import RetryAfter

from bot.common.outbox import Priority
from bot.handlers.rate_limiter import PriorityRateLimiter


async def test_the_most_urgent_waiting_request_goes_first():
    limiter = PriorityRateLimiter(per_second=100, per_chat_burst=100)
    await limiter.initialize()
    order: list[str] = []

    async def send(name: str) -> bool:
        order.append(name)
        return True

    try:
        # Exhaust the burst with a broadcast, then an SOS and a relay join the queue late.
        broadcast = [
            limiter.process_request(send, (f"b{i}",), {}, "sendMessage", {"chat_id": 100 + i},
                                    int(Priority.BROADCAST))
            for i in range(130)
        ]  # fmt: skip
        tasks = [asyncio.create_task(c) for c in broadcast]
        await asyncio.sleep(0.05)
        urgent = asyncio.create_task(limiter.process_request(
            send, ("sos",), {}, "sendMessage", {"chat_id": 7}, int(Priority.URGENT)))  # fmt: skip
        relay = asyncio.create_task(limiter.process_request(
            send, ("relay",), {}, "copyMessage", {"chat_id": 8}, int(Priority.RELAY)))  # fmt: skip
        await asyncio.gather(urgent, relay, *tasks)
    finally:
        await limiter.shutdown()
    # They went as soon as a slot was free, ahead of every broadcast still waiting.
    sos = order.index("sos")
    assert order[sos + 1] == "relay"
    assert sos <= 112 and len(order) - (sos + 2) >= 15, order


async def test_overall_and_per_chat_rates_are_kept():
    limiter = PriorityRateLimiter(per_second=200, per_chat_burst=3, per_chat_per_second=20)
    await limiter.initialize()
    times: list[float] = []

    async def send() -> bool:
        times.append(time.monotonic())
        return True

    try:
        started = time.monotonic()
        await asyncio.gather(*(limiter.process_request(send, (), {}, "sendMessage",
                                                       {"chat_id": 1}, int(Priority.NOTIFY))
                               for _ in range(8)))  # fmt: skip
    finally:
        await limiter.shutdown()
    # Three at once, then twenty a second for the same chat: the eighth after a quarter second.
    assert times[2] - started < 0.05
    assert 0.22 < times[7] - started < 0.6


async def test_a_429_pauses_everyone_for_retry_after_and_the_request_is_tried_again():
    limiter = PriorityRateLimiter(per_second=100, max_retries=2)
    await limiter.initialize()
    attempts: list[float] = []

    async def flaky() -> bool:
        attempts.append(time.monotonic())
        if len(attempts) == 1:
            raise RetryAfter(timedelta(seconds=0.3))
        return True

    try:
        assert await limiter.process_request(flaky, (), {}, "sendMessage", {"chat_id": 5}, None)
    finally:
        await limiter.shutdown()
    assert len(attempts) == 2 and attempts[1] - attempts[0] >= 0.3
