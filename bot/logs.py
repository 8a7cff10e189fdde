"""Logging set-up that keeps people out of the logs (DESIGN rule 4).

Our own log calls never pass ids, names, text or coordinates. Libraries are held back where they
would: httpx/httpcore print token-bearing URLs at INFO, PTB prints whole updates and request
parameters at DEBUG. A filter masks the bot token in case anything still carries it.
"""

from __future__ import annotations

import logging

from bot.settings import Secret

# Loggers that print URLs (with the token) or whole updates below this level.
_QUIETER = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "aiohttp.access": logging.WARNING,
    "telegram": logging.INFO,
    "apscheduler": logging.WARNING,
    "aiosqlite": logging.INFO,
}


class MaskSecrets(logging.Filter):
    def __init__(self, secrets: list[Secret]) -> None:
        super().__init__()
        self._values = [s.reveal() for s in secrets if s.reveal()]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(value in message for value in self._values):
            for value in self._values:
                message = message.replace(value, "**********")
            record.msg, record.args = message, None
        return True


def hold_back_noisy_loggers() -> None:
    for name, level in _QUIETER.items():
        logger = logging.getLogger(name)
        # Explicit, so a root logger lowered later (e.g. to DEBUG) cannot open them up again.
        logger.setLevel(max(level, logger.getEffectiveLevel()))


def configure_logging(level: str, secrets: list[Secret]) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    mask = MaskSecrets(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(mask)
    hold_back_noisy_loggers()
