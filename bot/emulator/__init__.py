"""A local Telegram Bot API server that the real PTB application talks to over HTTP.

Used by end-to-end tests, the console mode and benchmarks; see `Emulator` and `SimulatedPerson`.
"""

from bot.emulator.limits import RateLimits
from bot.emulator.person import SimulatedPerson
from bot.emulator.records import Call, FakeUser, StoredMessage
from bot.emulator.server import Emulator, Fault

__all__ = [
    "Call",
    "Emulator",
    "FakeUser",
    "Fault",
    "RateLimits",
    "SimulatedPerson",
    "StoredMessage",
]
