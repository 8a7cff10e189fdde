"""Where updates go. Each feature's `register(routes)` declares its buttons (by class), entries,
commands, deep links, flows, outbox letters, jobs and retention rules; `install(app)` turns them
into a handful of PTB handlers.

Every route does the same four things in the same order: decode (a button that does not decode
gets the neutral refusal), resolve the person once, check the role the route needs (from the
database, never from the client), run the handler. A domain `NotAllowed` becomes the same neutral
refusal. A tap is answered exactly once, by the handler or here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from telegram import Message, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.common.outbox import Purpose
from bot.common.refusal import NotAllowed
from bot.handlers import flows
from bot.handlers.callbacks import BadButton, Callback, decode
from bot.handlers.context import BotContext
from bot.handlers.deeplinks import DeepLink, LinkKind, parse_payload, payload_of
from bot.handlers.flows import Accepts, Flow
from bot.handlers.menu import ENTRY_ROLES, Entry, Go, entry_of_command, main_menu
from bot.handlers.respond import answer, refuse, show
from bot.handlers.screens import Copy, Screen
from bot.handlers.widgets import Noop
from bot.i18n import Messages
from bot.operations.retention import Rule
from bot.people import Role
from bot.runtime import Runtime

logger = logging.getLogger(__name__)

C = TypeVar("C", bound=Callback)
Handler = Callable[[Update, BotContext], Awaitable[None]]
TapHandler = Callable[[Update, BotContext, Any], Awaitable[None]]
LinkHandler = Callable[[Update, BotContext, DeepLink], Awaitable[None]]
# Renders a queued letter at send time: (runtime, letter, messages) -> a screen, a copy of a
# message someone sent (the relay), or None when it is no longer wanted (the session was
# cancelled, the alert expired, the conversation ended).
Renderer = Callable[[Runtime, Any, Messages], Awaitable[Screen | Copy | None]]
BlockedHook = Callable[[Runtime, int], Awaitable[None]]
StartHook = Callable[[Application], Awaitable[None]]
StopHook = Callable[[Application], Awaitable[None]]


@dataclass(frozen=True)
class TapRoute:
    handler: TapHandler
    role: Role


@dataclass(frozen=True)
class CommandRoute:
    handler: Handler
    role: Role


@dataclass
class Routes:
    """Everything the features declared, in one place (tests walk it, e.g. every button family)."""

    taps: dict[type[Callback], TapRoute] = field(default_factory=dict)
    entries: dict[Entry, Handler] = field(default_factory=dict)
    commands: dict[str, CommandRoute] = field(default_factory=dict)
    links: dict[LinkKind, LinkHandler] = field(default_factory=dict)
    flows: dict[str, Flow[Any]] = field(default_factory=dict)
    letters: dict[str, Renderer] = field(default_factory=dict)
    blocked: dict[Purpose, list[BlockedHook]] = field(default_factory=dict)
    starts: list[StartHook] = field(default_factory=list)
    stops: list[StopHook] = field(default_factory=list)
    retention: list[Rule] = field(default_factory=list)
    location_handler: Handler | None = None
    text_handler: Handler | None = None
    voice_handler: Handler | None = None
    cancel_handler: Handler | None = None

    # --- declaring -----------------------------------------------------------------------------

    def tap(
        self,
        family: type[C],
        handler: Callable[[Update, BotContext, C], Awaitable[None]],
        role: Role = Role.MEMBER,
    ) -> None:
        if family in self.taps:
            raise ValueError(f"{family.__name__} has a handler already")
        self.taps[family] = TapRoute(handler, role)

    def entry(self, entry: Entry, handler: Handler) -> None:
        """A screen opened from a menu button (`Go(entry)`) and its command, if it has one."""
        if entry in self.entries:
            raise ValueError(f"{entry} has a handler already")
        self.entries[entry] = handler

    def command(self, name: str, handler: Handler, role: Role = Role.MEMBER) -> None:
        """A command that is not a menu entry (`/start`, `/join`)."""
        if name in self.commands:
            raise ValueError(f"/{name} has a handler already")
        self.commands[name] = CommandRoute(handler, role)

    def link(self, kind: LinkKind, handler: LinkHandler) -> None:
        self.links[kind] = handler

    def flow(self, flow: Flow[Any]) -> None:
        if flow.name in self.flows:
            raise ValueError(f"flow {flow.name!r} is declared twice")
        self.flows[flow.name] = flow

    def letter(self, kind: str, renderer: Renderer) -> None:
        if kind in self.letters:
            raise ValueError(f"letter {kind!r} has a renderer already")
        self.letters[kind] = renderer

    def on_blocked(self, purpose: Purpose, hook: BlockedHook) -> None:
        """What a 403 from someone we wrote to for `purpose` ends (unsubscribe, unreachable)."""
        self.blocked.setdefault(purpose, []).append(hook)

    def at_start(self, hook: StartHook) -> None:
        """Run at every start, after the database opened (register jobs from the database)."""
        self.starts.append(hook)

    def at_stop(self, hook: StopHook) -> None:
        """Run at every shutdown, before the database closes (write out what is in memory)."""
        self.stops.append(hook)

    def retain(self, rule: Rule) -> None:
        """How long a kind of data this feature keeps stays (run daily, and by
        `scripts/retention.py`)."""
        if any(known.name == rule.name for known in self.retention):
            raise ValueError(f"retention rule {rule.name!r} is declared twice")
        self.retention.append(rule)

    @staticmethod
    def _only_one(name: str, known: Handler | None) -> None:
        # One feature owns each kind of message outside flows: a second would silently win.
        if known is not None:
            raise ValueError(f"routes.{name} is registered twice")

    def on_location(self, handler: Handler) -> None:
        """A location shared outside any flow (the directory's "near me")."""
        self._only_one("on_location", self.location_handler)
        self.location_handler = handler

    def on_text(self, handler: Handler) -> None:
        """Text typed outside any flow."""
        self._only_one("on_text", self.text_handler)
        self.text_handler = handler

    def on_voice(self, handler: Handler) -> None:
        """A voice message outside any flow (the talk-to-a-peer relay passes it on)."""
        self._only_one("on_voice", self.voice_handler)
        self.voice_handler = handler

    def on_cancel(self, handler: Handler) -> None:
        """`/cancel`, after the flow (if any) was ended."""
        self._only_one("on_cancel", self.cancel_handler)
        self.cancel_handler = handler

    # --- installing ----------------------------------------------------------------------------

    def install(self, app: Application) -> None:
        missing = [f.__name__ for f in Callback.families().values() if f not in self.taps]
        if missing:
            logger.debug("Button families without a handler: %s", ", ".join(sorted(missing)))
        names = sorted({*self.commands, *(n for n, _ in _commands(self.entries)), "cancel"})
        app.add_handlers(
            [
                CallbackQueryHandler(self._tapped),
                CommandHandler(names, self._commanded),  # one handler: one look at the command
                MessageHandler(~filters.COMMAND, self._messaged),
            ]
        )

    # --- running -------------------------------------------------------------------------------

    async def _tapped(self, update: Update, context: BotContext) -> None:
        query = update.callback_query
        if query is None:
            return
        try:
            button = decode(query.data)
            route = self._tap_route(button)
        except BadButton:
            await refuse(update, context)
            return
        viewer = await context.resolve_viewer(update)
        if not viewer.role.at_least(route.role):
            await refuse(update, context)
            return
        try:
            await route.handler(update, context, button)
        except NotAllowed:
            await refuse(update, context)
        await answer(update, context)

    def _tap_route(self, button: Callback) -> TapRoute:
        if isinstance(button, Go):
            handler = self.entries.get(button.entry)
            if handler is None:
                raise BadButton
            return TapRoute(lambda u, c, _: handler(u, c), ENTRY_ROLES[button.entry])
        if isinstance(button, Noop):
            return TapRoute(_only_answer, Role.MEMBER)
        route = self.taps.get(type(button))
        if route is None:
            raise BadButton
        return route

    async def _commanded(self, update: Update, context: BotContext) -> None:
        message = update.effective_message
        name = _command_name(message)
        viewer = await context.resolve_viewer(update)
        if name == "cancel":
            flows.end(context)
            if self.cancel_handler is not None:
                await self.cancel_handler(update, context)
            return
        if name == "start" and self.links:
            payload = payload_of(message)
            link = parse_payload(payload) if payload else None
            if link is not None and link.kind in self.links:
                await self._guarded(update, context, lambda u, c: self.links[link.kind](u, c, link))
                return
        route = self.commands.get(name)
        if route is None:
            entry = entry_of_command(name)
            if entry is None or entry not in self.entries:
                return
            route = CommandRoute(self.entries[entry], ENTRY_ROLES[entry])
        if not viewer.role.at_least(route.role):
            await refuse(update, context)
            return
        await self._guarded(update, context, route.handler)

    async def _guarded(self, update: Update, context: BotContext, handler: Handler) -> None:
        try:
            await handler(update, context)
        except NotAllowed:
            await refuse(update, context)

    async def _messaged(self, update: Update, context: BotContext) -> None:
        message = update.message
        if message is None:
            return
        await context.resolve_viewer(update)
        kind = _accepts(message)
        waiting = flows.step_for(context, self.flows, kind)
        if waiting.expect is not None:
            step, draft = waiting.expect.handler, waiting.draft
            await self._guarded(update, context, lambda u, c: step(u, c, draft))
            return
        if waiting.in_flow:
            await show(update, context, Screen(context.t("common-flow-hint")))
            return
        if kind is Accepts.LOCATION and self.location_handler is not None:
            await self._guarded(update, context, self.location_handler)
        elif kind is Accepts.TEXT and self.text_handler is not None:
            await self._guarded(update, context, self.text_handler)
        elif message.voice is not None and self.voice_handler is not None:
            await self._guarded(update, context, self.voice_handler)
        else:
            # Stickers, voice notes, photos, files, contacts: not used, not kept; or text with
            # no feature to take it: point to the buttons.
            hint = "common-use-buttons" if kind is Accepts.TEXT else "common-unsupported"
            await show(update, context, main_menu(context.viewer, context.t, context.t(hint)))


async def _only_answer(update: Update, context: BotContext, tap: Noop) -> None:
    """A label button (a calendar's weekday names, blank days): the tap is answered, nothing else."""


def _commands(entries: dict[Entry, Handler]) -> list[tuple[str, Entry]]:
    from bot.handlers.menu import COMMANDS

    return [(name, entry) for name, entry in COMMANDS if entry is not None and entry in entries]


def _command_name(message: Message | None) -> str:
    if message is None or not message.text or not message.text.startswith("/"):
        return ""
    return message.text.split(maxsplit=1)[0][1:].split("@")[0].lower()


def _accepts(message: Message) -> Accepts | None:
    if message.location is not None:
        return Accepts.LOCATION
    if message.text is not None:
        return Accepts.TEXT
    return None
