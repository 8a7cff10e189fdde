"""Telegram adapters for the standards library: `buttons`, `screens` (pure), `library` (the
handlers). Reached from /rights (members) and /training (peers and leads); the cards come from
Fluent (`standards.ftl`, replaced or extended by the content pack), see `bot/standards/`."""

from __future__ import annotations

from bot.handlers.menu import Entry
from bot.handlers.routing import Routes
from bot.handlers.standards import library
from bot.handlers.standards.buttons import OpenStandard


def register(routes: Routes) -> None:
    routes.entry(Entry.STANDARDS, library.library)
    routes.tap(OpenStandard, library.open_standard)
