"""Log hygiene: PTB's records keep their wording and lose their values (DESIGN rule 4)."""

import logging

from bot.logs import WithoutValues, hold_back_noisy_loggers


def record(message: str, *args: object, error: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(error), error, None) if error else None
    return logging.LogRecord(
        "telegram.ext.ExtBot", logging.CRITICAL, "f", 1, message, args, exc_info
    )


def test_values_go_and_the_sentence_stays_whatever_the_conversion():
    entry = record("Received data was %r; retry in %.1f s (100%%) for %d", {"text": "hi"}, 2.5, 7)
    assert WithoutValues().filter(entry)
    assert entry.getMessage() == "Received data was …; retry in … s (100%) for …"


def test_an_exception_keeps_its_type_and_loses_its_words():
    entry = record("Error while parsing updates!", error=ValueError("Zainab 0712345678"))
    WithoutValues().filter(entry)
    assert entry.getMessage() == "Error while parsing updates! [ValueError]"
    assert entry.exc_info is None


def test_every_ptb_logger_gets_the_filter():
    hold_back_noisy_loggers()
    for name in ("telegram", "telegram.ext.ExtBot", "telegram.ext.Updater", "telegram.Bot"):
        assert any(isinstance(f, WithoutValues) for f in logging.getLogger(name).filters), name
