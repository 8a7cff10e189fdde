"""Talk to a peer and crisis words: the domain, in plain dataclasses, no Telegram types.

`model` (topics, sides, conversations, endings, figures), `conversations` (`Relay`: duty, asking,
accepting, passing messages on, handing over, blocking, ending, the sweep, figures), `letters`
(the outbox letters it queues), `crisis` (`CrisisWords`: does typed text say someone is in
danger). The Telegram side is in bot/handlers/relay/, the SQL in storage/relay.py.
"""

from bot.relay.conversations import Relay
from bot.relay.crisis import CrisisWords
from bot.relay.model import (
    Accepted,
    Conversation,
    Ending,
    HandTo,
    OnDuty,
    Outcome,
    Relayed,
    RelayFigures,
    Side,
    Topic,
)

__all__ = [
    "Accepted",
    "Conversation",
    "CrisisWords",
    "Ending",
    "HandTo",
    "OnDuty",
    "Outcome",
    "Relay",
    "RelayFigures",
    "Relayed",
    "Side",
    "Topic",
]
