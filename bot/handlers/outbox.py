"""Sending what the outbox holds: the one place that writes to people who did not just write to us.

A background task claims due rows, most urgent first, renders each in its recipient's language
with the renderer its feature registered (a screen, or a copy of a message someone sent: the
relay), and sends it through the rate limiter. The failure policy is the same for every feature:
- sent: the row is deleted (its chat id with it);
- 403 (blocked, or the chat is gone): the features' hooks for that purpose run (unsubscribe, mark
  unreachable) and every queued row to that chat for that purpose is erased at once;
- 429 (after the rate limiter's own retries): back to pending until Telegram's retry_after;
- a copy whose original is gone: dropped (trying again would copy nothing);
- anything else: back to pending with a growing delay, dropped after a few attempts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import timedelta

from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import ExtBot

from bot.common.outbox import Letter, Outgoing, Priority, Purpose
from bot.handlers.menu import Entry, Go, label_of
from bot.handlers.routing import BlockedHook, Renderer, Routes
from bot.handlers.screens import Button, Copy, Screen, keyboard, rows
from bot.i18n import Messages
from bot.people import Role
from bot.runtime import Runtime

logger = logging.getLogger(__name__)

BATCH = 8  # claimed and sent together; small, so an urgent row never waits behind many
IDLE_WAIT = 5.0  # seconds between looks when nothing is due (a kick wakes it at once)
NOTE = "note"
_GONE = ("chat not found", "user is deactivated", "bot was blocked")


class OutboxSender:
    def __init__(
        self,
        runtime: Runtime,
        bot: ExtBot[int],
        renderers: Mapping[str, Renderer],
        blocked: Mapping[Purpose, Sequence[BlockedHook]],
    ) -> None:
        self._runtime = runtime
        self._bot = bot
        self._renderers = renderers
        self._blocked = blocked
        self._wake = asyncio.Event()
        self._round_lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    # --- life cycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        await self._runtime.outbox.release_claims()
        self._task = asyncio.create_task(self._run(), name="outbox")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def kick(self) -> None:
        """Something was queued: look now rather than at the next idle tick."""
        self._wake.set()

    async def drain(self) -> int:
        """Send everything due now (tests and benchmarks wait on this); returns how many rounds
        did something."""
        busy = 0
        while await self._round():
            busy += 1
        return busy

    # --- the loop --------------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            try:
                if await self._round():
                    continue
                wait = await self._runtime.outbox.seconds_to_next()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # the database may be closing; never die
                logger.warning("Outbox round failed: %s", type(error).__name__)
                wait = IDLE_WAIT
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._wake.wait(),
                    timeout=min(wait if wait is not None else IDLE_WAIT, IDLE_WAIT),
                )

    async def _round(self) -> bool:
        async with self._round_lock:
            if not self._runtime.has_database:
                return False
            letters = await self._runtime.outbox.claim(BATCH)
            if not letters:
                return False
            results = await asyncio.gather(*(self._send(letter) for letter in letters))
            sent = [letter for letter, ok in zip(letters, results, strict=True) if ok]
            await self._runtime.outbox.done(sent)
            return True

    async def _send(self, letter: Letter) -> bool:
        """Render and send one letter; True when its row can go (sent, or no longer wanted)."""
        runtime = self._runtime
        renderer = self._renderers.get(letter.kind)
        if renderer is None:
            logger.error("No renderer for outbox letters of kind %s", letter.kind)
            return True
        try:
            rendered = await renderer(runtime, letter, runtime.messages(letter.locale))
        except Exception as error:
            logger.error("Rendering a %s letter failed: %s", letter.kind, type(error).__name__)
            await runtime.outbox.retry(letter)
            return False
        if rendered is None:
            return True
        try:
            if isinstance(rendered, Copy):
                await self._copy(letter, rendered)
            else:
                await self._bot.send_message(
                    letter.chat_id,
                    rendered.text,
                    reply_markup=keyboard(rendered.rows),
                    protect_content=rendered.protect or None,
                    rate_limit_args=self._priority(letter),
                )
        except Forbidden:
            await self._recipient_gone(letter)
            return False
        except RetryAfter as error:
            await runtime.outbox.retry(letter, after=_seconds(error.retry_after))
            return False
        except BadRequest as error:
            if any(word in str(error).lower() for word in _GONE):
                await self._recipient_gone(letter)
                return False
            if isinstance(rendered, Copy):
                # The original is gone (deleted, a quick exit, past what Telegram keeps): trying
                # again would copy nothing.
                logger.info("A %s copy was dropped: %s", letter.kind, type(error).__name__)
                return True
            logger.warning("A %s letter was refused: %s", letter.kind, type(error).__name__)
            await runtime.outbox.retry(letter)
            return False
        except TelegramError as error:
            logger.warning("A %s letter will be retried: %s", letter.kind, type(error).__name__)
            await runtime.outbox.retry(letter)
            return False
        return True

    def _priority(self, letter: Letter) -> int | None:
        # PTB refuses a priority when no rate limiter takes it (console mode).
        return int(letter.priority) if self._bot.rate_limiter else None

    async def _copy(self, letter: Letter, copy: Copy) -> None:
        """Copy a message someone sent into the letter's chat; its id goes to the ledger (a quick
        exit deletes it too) and to whoever asked for the copy, who may want it gone again."""
        copied = await self._bot.copy_message(
            letter.chat_id,
            copy.from_chat_id,
            copy.message_id,
            protect_content=copy.protect or None,
            rate_limit_args=self._priority(letter),
        )
        self._runtime.ledger.note(letter.chat_id, copied.message_id, self._runtime.clock())
        if copy.sent is not None and not await copy.sent(copied.message_id):
            with contextlib.suppress(TelegramError):
                await self._bot.delete_message(letter.chat_id, copied.message_id)

    async def _recipient_gone(self, letter: Letter) -> None:
        for hook in self._blocked.get(letter.purpose, ()):
            await hook(self._runtime, letter.chat_id)
        await self._runtime.outbox.forget_chat(letter.chat_id, [letter.purpose])


def _seconds(retry_after: object) -> timedelta:
    if isinstance(retry_after, timedelta):
        return retry_after
    return timedelta(seconds=float(retry_after))  # type: ignore[arg-type]


# --- short notes to the team -------------------------------------------------------------------


def note_to(
    chat_id: int,
    locale: str,
    message_id: str,
    *,
    opens: Entry | None = None,
    priority: Priority = Priority.NOTIFY,
    **args: int | str,
) -> Outgoing:
    """A short note in the recipient's language (Fluent `message_id` with `args`), with a button
    that opens an entry of the menu (`opens`), e.g. the review queue."""
    return Outgoing(
        chat_id,
        locale,
        NOTE,
        {"id": message_id, "opens": opens.value if opens else None, **args},
        purpose=Purpose.TEAM,
        priority=priority,
    )


async def render_note(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    args = dict(letter.args)
    message_id, opens = str(args.pop("id")), args.pop("opens", None)
    if letter.words is not None:
        args["words"] = letter.words
    button = None
    if opens is not None:
        entry = Entry(opens)
        button = Button(t(label_of(entry)), Go(entry))
    return Screen(t(message_id, **args), rows(button))


async def tell_leads(
    runtime: Runtime,
    message_id: str,
    *,
    area_id: int | None = None,
    opens: Entry | None = None,
    but: int | None = None,
    **args: int | str,
) -> int:
    """A note to every reachable lead (those of `area_id` first) and admin, but the chat `but`
    (the one who did what the note is about)."""
    contacts = await runtime.people.contacts((Role.LEAD, Role.ADMIN), area_id)
    notes = [
        note_to(chat, locale, message_id, opens=opens) for chat, locale in contacts if chat != but
    ]
    return await runtime.tell([replace(n, args={**n.args, **args}) for n in notes])


async def forget_unreachable(runtime: Runtime, chat_id: int) -> None:
    """A peer, lead or admin blocked the bot: no more letters until they write again."""
    await runtime.people.mark_unreachable(chat_id)


def register(routes: Routes) -> None:
    routes.letter(NOTE, render_note)
    routes.on_blocked(Purpose.TEAM, forget_unreachable)
