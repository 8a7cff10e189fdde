"""One queue, urgent first, inside Telegram's limits (DESIGN rule 12).

Every request to Telegram passes here. A request waits for a slot of the whole bot's rate
(a little under Telegram's ~30 messages a second), and a message nobody just asked for also for
a slot of its chat's (a short burst, then about one a second); among the waiting ones the most
urgent goes first, so an SOS or a relayed message never waits behind a broadcast. The urgency comes as `rate_limit_args` (a `Priority`; the outbox
passes its letters' own); a request without one is a reply to someone who just wrote.

A 429 that still happens pauses every request for Telegram's `retry_after`, then the request is
tried again, up to `max_retries` times.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.common.outbox import Priority

logger = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]


class Bucket:
    """A token bucket: `capacity` at once, then `per_second`."""

    def __init__(self, capacity: float, per_second: float, now: float) -> None:
        self.capacity, self.per_second = capacity, per_second
        self.tokens, self.updated = capacity, now

    def refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.per_second)
        self.updated = now

    def wait(self, now: float) -> float:
        """Seconds until one token is there (0: now)."""
        self.refill(now)
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.per_second


@dataclass(order=True)
class _Waiting:
    priority: int
    number: int
    chat: int | None = field(compare=False)
    granted: asyncio.Future[None] = field(compare=False)


class PriorityRateLimiter(BaseRateLimiter[int]):
    def __init__(
        self,
        per_second: float = 28,
        per_chat_burst: int = 3,
        per_chat_per_second: float = 1.0,
        max_retries: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._per_second, self._chat_burst = per_second, per_chat_burst
        self._chat_rate, self._max_retries, self._clock = per_chat_per_second, max_retries, clock
        self._overall = Bucket(per_second, per_second, clock())
        self._chats: dict[int, Bucket] = {}
        self._waiting: list[_Waiting] = []
        self._numbers = itertools.count()
        self._wake: asyncio.Event | None = None
        self._dispatcher: asyncio.Task[None] | None = None
        self._resume_at = 0.0  # after a 429, nothing goes before this

    async def initialize(self) -> None:
        if self._dispatcher is not None:  # PTB initialises the bot twice (app and updater)
            return
        self._wake = asyncio.Event()
        self._dispatcher = asyncio.create_task(self._dispatch(), name="rate limiter")

    async def shutdown(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._dispatcher
            self._dispatcher = None
        for waiting in self._waiting:
            if not waiting.granted.done():
                waiting.granted.cancel()
        self._waiting.clear()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        priority = Priority.REPLY if rate_limit_args is None else int(rate_limit_args)
        target = _chat_of(data)
        # A reply keeps pace with the person who asked; messages nobody just asked for (the
        # outbox's, and urgent ones) also keep to a chat's own limit.
        chat = target if rate_limit_args is not None else None
        for attempt in range(self._max_retries + 1):
            if target is not None:  # Telegram counts what goes to chats, not taps' answers
                await self._slot(priority, chat)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == self._max_retries:
                    raise
                pause = _seconds(error) + 0.1
                logger.info("Telegram asked to wait %.1f s", pause)
                self._resume_at = max(self._resume_at, self._clock() + pause)
        raise AssertionError("unreachable")

    # --- granting slots ---------------------------------------------------------------------------

    async def _slot(self, priority: int, chat: int | None) -> None:
        if self._wake is None:  # used before initialize(): no limiting (tests of parts)
            return
        granted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, _Waiting(priority, next(self._numbers), chat, granted))
        self._wake.set()
        await granted

    async def _dispatch(self) -> None:
        assert self._wake is not None
        while True:
            wait = self._grant()
            self._wake.clear()
            if wait is None:
                await self._wake.wait()
                continue
            if wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=wait)

    def _grant(self) -> float | None:
        """Let through every waiting request that may go now, most urgent first; returns how
        long until the next one may (None: nobody waits)."""
        while self._waiting:
            now = self._clock()
            if now < self._resume_at:
                return self._resume_at - now
            overall = self._overall.wait(now)
            if overall > 0:
                return overall
            chosen, soonest = None, None
            for waiting in sorted(self._waiting):
                if waiting.granted.cancelled():
                    chosen = waiting
                    break
                chat_wait = self._chat_bucket(waiting.chat, now).wait(now) if waiting.chat else 0.0
                if chat_wait == 0:
                    chosen = waiting
                    break
                soonest = chat_wait if soonest is None else min(soonest, chat_wait)
            if chosen is None:
                return soonest
            self._waiting.remove(chosen)
            heapq.heapify(self._waiting)
            if chosen.granted.cancelled():
                continue
            self._overall.tokens -= 1
            if chosen.chat:
                self._chat_bucket(chosen.chat, now).tokens -= 1
            chosen.granted.set_result(None)
        return None

    def _chat_bucket(self, chat: int, now: float) -> Bucket:
        bucket = self._chats.get(chat)
        if bucket is None:
            if len(self._chats) > 10_000:  # forget chats whose bucket is full again
                self._chats = {c: b for c, b in self._chats.items() if b.wait(now) > 0}
            bucket = self._chats[chat] = Bucket(self._chat_burst, self._chat_rate, now)
        return bucket


def _chat_of(data: dict[str, Any]) -> int | None:
    try:
        return int(data["chat_id"])
    except (KeyError, TypeError, ValueError):
        return None


def _seconds(error: RetryAfter) -> float:
    retry_after = error.retry_after
    return (
        retry_after.total_seconds() if hasattr(retry_after, "total_seconds") else float(retry_after)
    )
