"""Transitional: the old names of `bot.runtime.Runtime` and the handler context."""

from bot.handlers.context import RUNTIME_KEY as SERVICES_KEY
from bot.handlers.context import BotContext
from bot.runtime import KeptUpdates, utc_now
from bot.runtime import Runtime as Services

__all__ = ["SERVICES_KEY", "BotContext", "KeptUpdates", "Services", "utc_now"]
