"""Logging set-up that keeps people out of the logs (DESIGN rule 4).

Our own log calls never pass ids, names, text or coordinates. Libraries are held back where they
would: httpx/httpcore print token-bearing URLs at INFO, PTB prints whole updates and request
parameters at DEBUG, and a whole update it cannot parse at CRITICAL. So every record of PTB's
loggers, at any level, keeps its fixed wording but loses its values and exception text, and a
filter masks the bot token in case anything still carries it.
"""

from __future__ import annotations

import logging
import re

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


class WithoutValues(logging.Filter):
    """PTB's log calls are fixed sentences with values filled in: updates, request parameters,
    error descriptions that may quote what a person wrote. Keep the sentence, drop the values;
    keep an exception's type, drop its message and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            template = str(record.msg)
            record.msg = _PLACEHOLDER.sub(lambda m: "%" if m.group(0) == "%%" else "…", template)
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.msg} [{type(record.exc_info[1]).__name__}]"
            record.exc_info = None
            record.exc_text = None
        return True


_WITHOUT_VALUES = WithoutValues()
# A printf-style conversion (%s, %r, %d, %.1f, %(name)s…) or a literal %%.
_PLACEHOLDER = re.compile(r"%%|%(\([^)]*\))?[#0 +-]*(\*|\d+)?(\.(\*|\d+))?[hlL]?[diouxXeEfFgGcrsa]")


def hold_back_noisy_loggers() -> None:
    for name, level in _QUIETER.items():
        logger = logging.getLogger(name)
        # Explicit, so a root logger lowered later (e.g. to DEBUG) cannot open them up again.
        logger.setLevel(max(level, logger.getEffectiveLevel()))
    # A filter works on the logger a record starts from, so every PTB logger gets one.
    names = [
        n for n in logging.root.manager.loggerDict if n == "telegram" or n.startswith("telegram.")
    ]
    for name in ["telegram", *names]:
        logger = logging.getLogger(name)
        if _WITHOUT_VALUES not in logger.filters:
            logger.addFilter(_WITHOUT_VALUES)


def configure_logging(level: str, secrets: list[Secret]) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    mask = MaskSecrets(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(mask)
    hold_back_noisy_loggers()
