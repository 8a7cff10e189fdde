"""What the directory remembers about one person while they look, in memory only: their filters,
the words of their last search (paging runs it again; words never go into a button), the type
a "near me" search is narrowed to (the location itself is never kept) and where a card's Back
button returns. A restart or a quick exit forgets it; nothing is stored."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.directory.model import Category, Filters
from bot.handlers.callbacks import Callback
from bot.handlers.context import BotContext

KEY = "directory"


@dataclass
class Finding:
    filters: Filters = field(default_factory=Filters)
    words: str | None = None
    back: Callback | None = None  # where a card's Back goes (the ways to look, if nowhere)
    near: Category | None = None  # the one type the next shared location looks for


def finding(context: BotContext) -> Finding:
    """This person's `Finding`, made on first use (a fresh one when there is no user)."""
    if context.user_data is None:
        return Finding()
    found = context.user_data.get(KEY)
    if not isinstance(found, Finding):
        found = context.user_data[KEY] = Finding()
    return found
