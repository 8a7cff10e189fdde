"""The typed context every handler gets: `context.runtime` (settings, translations, clock and the
domain features), and for the update at hand the `viewer` (resolved once, from the database) and
their `t` (messages in their language).

PTB makes one context per update and hands the same one to every handler group, so what is
resolved here is resolved once per update.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackContext, ExtBot

from bot.i18n import Messages
from bot.people import Viewer
from bot.runtime import Runtime

RUNTIME_KEY = "runtime"


class BotContext(CallbackContext[ExtBot[int], dict, dict, dict]):
    """PTB's context with our runtime and the person behind the update."""

    _viewer: Viewer | None = None
    answered: bool = False  # the tap's spinner was stopped; Telegram takes one answer only

    @property
    def runtime(self) -> Runtime:
        runtime: Runtime = self.application.bot_data[RUNTIME_KEY]
        return runtime

    @property
    def viewer(self) -> Viewer:
        if self._viewer is None:
            raise RuntimeError("the viewer is resolved by the route before a handler runs")
        return self._viewer

    @viewer.setter
    def viewer(self, viewer: Viewer) -> None:
        self._viewer = viewer

    @property
    def t(self) -> Messages:
        return self.runtime.messages(self.viewer)

    async def resolve_viewer(self, update: Update) -> Viewer:
        """Who is behind this update, read from the database once per update."""
        if self._viewer is None:
            user = update.effective_user
            if user is None:
                raise ValueError("an update without a user reached a handler")
            viewer = await self.runtime.people.identify(user.id, user.language_code)
            # Someone who blocked the bot and writes again can be written to again.
            self._viewer = await self.runtime.people.wrote_again(viewer)
        return self._viewer

    def saved(self, update: Update) -> None:
        """What this update brought is committed: an error from here on says it was kept."""
        self.runtime.kept.mark(update.update_id)
