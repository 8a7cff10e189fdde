"""The updates waiting for the bot, handed out by getUpdates with long polling and offsets, or
pushed to the bot's webhook once one is set (as Telegram does: one at a time, in order, retried
until the bot answers 200, with the secret token in a header)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import aiohttp

from bot.emulator.limits import ApiError

# What Telegram sends when the bot never chose: everything but these three.
NOT_SENT_UNLESS_ASKED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_WOKEN_BY_UPDATE = "update"
_WOKEN_BY_NEWER_POLL = "newer poll"
_WOKEN_BY_CLOSE = "closed"


class UpdateQueue:
    """Updates in order, kept until a getUpdates offset confirms them.

    Only one getUpdates may wait at a time: a newer one makes the waiting one fail with 409,
    the way Telegram tells two running copies of a bot apart.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[int, str, dict[str, Any]]] = []
        self._next_update_id = 1
        self._allowed: frozenset[str] | None = None
        self._waiting_poll: asyncio.Future[str] | None = None
        self._confirmed_below = 0
        # Updates dropped unseen (a type the bot did not ask for, drop_pending_updates) count as
        # acknowledged: the bot will never get them, so nobody should wait for them.
        self._forgotten: set[int] = set()
        self._acknowledgement_waiters: list[tuple[int, asyncio.Future[None]]] = []
        self._closed = False
        self._arrived = asyncio.Event()
        self._pusher: asyncio.Task[None] | None = None
        self.webhook_answers: list[int] = []  # the HTTP status of every push, in order

    @property
    def pending_count(self) -> int:
        """Updates not yet confirmed by an offset."""
        return len(self._pending)

    def add(self, update_type: str, payload: dict[str, Any]) -> int:
        """Queue one update (`update_type` is its field, like "message") and wake the poll."""
        update_id = self._next_update_id
        self._next_update_id += 1
        self._pending.append(
            (update_id, update_type, {"update_id": update_id, update_type: payload})
        )
        if self._is_wanted(update_type):
            self._wake_waiting_poll(_WOKEN_BY_UPDATE)
            self._arrived.set()
        return update_id

    # --- webhook ----------------------------------------------------------------------------

    def push_to(self, url: str, secret: str | None, allowed: list[str] | None) -> None:
        """Deliver every update to `url` from now on (setWebhook)."""
        self.stop_pushing()
        if allowed is not None:
            self._allowed = frozenset(allowed) or None
        self._pusher = asyncio.get_running_loop().create_task(self._push(url, secret))

    def stop_pushing(self) -> None:
        if self._pusher is not None:
            self._pusher.cancel()
            self._pusher = None

    async def _push(self, url: str, secret: str | None) -> None:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
        async with aiohttp.ClientSession() as session:
            while not self._closed:
                updates = self._deliverable(1)
                if not updates:
                    self._arrived.clear()
                    await self._arrived.wait()
                    continue
                (update,) = updates
                status = 0
                with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError):
                    async with session.post(url, json=update, headers=headers) as response:
                        status = response.status
                self.webhook_answers.append(status)
                if status == 200:
                    self._confirm(update["update_id"] + 1)
                else:
                    await asyncio.sleep(0.2)  # Telegram retries, later

    def drop_pending(self) -> None:
        """Forget every waiting update (deleteWebhook/setWebhook with drop_pending_updates)."""
        self._forget(self._pending)
        self._pending = []

    async def fetch(
        self,
        *,
        offset: int | None,
        limit: int,
        poll_seconds: float,
        allowed_updates: list[str] | None,
    ) -> list[dict[str, Any]]:
        """Answer one getUpdates: confirm by `offset`, then return updates or wait for one."""
        if allowed_updates is not None:
            # Telegram remembers the last choice; an empty list means "the default set".
            self._allowed = frozenset(allowed_updates) or None
        self._confirm(offset)
        self._wake_waiting_poll(_WOKEN_BY_NEWER_POLL)
        updates = self._deliverable(limit)
        if updates or poll_seconds <= 0 or self._closed:
            return updates

        waiter: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._waiting_poll = waiter
        try:
            await asyncio.wait([waiter], timeout=poll_seconds)
        finally:
            if self._waiting_poll is waiter:
                self._waiting_poll = None
            if not waiter.done():
                waiter.cancel()
        if not waiter.cancelled() and waiter.result() == _WOKEN_BY_NEWER_POLL:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        return self._deliverable(limit)

    async def wait_acknowledged(self, update_id: int, within: float) -> None:
        """Return once a getUpdates offset has confirmed `update_id` (or it was dropped unseen)."""
        if update_id < self._confirmed_below or update_id in self._forgotten:
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (update_id, waiter)
        self._acknowledgement_waiters.append(entry)
        try:
            await asyncio.wait_for(waiter, within)
        except TimeoutError:
            raise TimeoutError(
                f"update {update_id} was not confirmed by getUpdates within {within} s "
                "(is the bot polling this emulator?)"
            ) from None
        finally:
            self._acknowledgement_waiters.remove(entry)

    def close(self) -> None:
        """End the waiting poll with no updates and fail anyone waiting for a confirmation."""
        self._closed = True
        self.stop_pushing()
        self._wake_waiting_poll(_WOKEN_BY_CLOSE)
        for update_id, waiter in self._acknowledgement_waiters:
            if not waiter.done():
                waiter.set_exception(
                    RuntimeError(f"the emulator stopped before update {update_id} was confirmed")
                )

    def _confirm(self, offset: int | None) -> None:
        if not offset:
            return
        if offset < 0:
            # Telegram: a negative offset keeps the last -offset updates, forgetting the rest.
            self._forget(self._pending[:offset])
            self._pending = self._pending[offset:]
            return
        self._pending = [entry for entry in self._pending if entry[0] >= offset]
        if offset <= self._confirmed_below:
            return
        self._confirmed_below = offset
        for update_id, waiter in self._acknowledgement_waiters:
            if update_id < offset and not waiter.done():
                waiter.set_result(None)

    def _deliverable(self, limit: int) -> list[dict[str, Any]]:
        # Updates of a type the bot did not ask for are never delivered, so forget them.
        self._forget([entry for entry in self._pending if not self._is_wanted(entry[1])])
        self._pending = [entry for entry in self._pending if self._is_wanted(entry[1])]
        return [update for _, _, update in self._pending[:limit]]

    def _forget(self, entries: list[tuple[int, str, dict[str, Any]]]) -> None:
        forgotten = {update_id for update_id, _, _ in entries}
        self._forgotten |= forgotten
        for update_id, waiter in self._acknowledgement_waiters:
            if update_id in forgotten and not waiter.done():
                waiter.set_result(None)

    def _is_wanted(self, update_type: str) -> bool:
        if self._allowed is None:
            return update_type not in NOT_SENT_UNLESS_ASKED
        return update_type in self._allowed

    def _wake_waiting_poll(self, reason: str) -> None:
        if self._waiting_poll is not None and not self._waiting_poll.done():
            self._waiting_poll.set_result(reason)
