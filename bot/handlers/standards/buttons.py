"""The buttons of the standards library. Prefixes start with `std`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.handlers.callbacks import Callback


@dataclass(frozen=True)
class OpenStandard(Callback, prefix="stdc"):
    card: str
