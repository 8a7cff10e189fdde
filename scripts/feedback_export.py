"""Operator command: the anonymous answers of one finished month or quarter as a CSV file with one
line per answer, written on this server for the bot's user only.

    python scripts/feedback_export.py PERIOD FILE --one-line-per-answer

PERIOD is a month (2026-03) or a quarter (2026-Q1) that is over. Leads get the same period's
figures in the chat (/report): counts with small ones hidden, a chart, and a CSV of those
figures. This file holds more, so it never goes through the chat and must be asked for by name:
without --one-line-per-answer it only says what the file would hold and writes nothing.

What the file holds: for each answer its ISO week, topic, service, session and area ids, the
answer to each question, barriers and needs (codes). People's own words only where every group
the answer belongs to is shown in the report with at least SUPPRESSION_K answers; elsewhere the
cell is empty. No key, no account, no date finer than the week. When the period has fewer than
SUPPRESSION_K answers, only the title line is written.

Settings come from the environment and `.env`, as for the bot (no token needed). The file is
created readable by this user only (0600); an existing file is never overwritten.

Exit status: 0 written, 1 nothing to write (period not over), 2 usage, settings or files.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import TextIO

from bot.common.daily_limit import DailyLimiter
from bot.feedback.form import Feedback
from bot.feedback.periods import period_is_over, weeks_of
from bot.feedback.report import RAW_COLUMNS, RawExport
from bot.runtime import utc_now
from bot.settings import Settings, SettingsError, load_settings, read_environment
from storage import Database
from storage.files import private_file

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2
ASK = "--one-line-per-answer"


def say(text: str) -> None:
    print(text, flush=True)


def complain(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def period(text: str) -> str:
    try:
        weeks_of(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a month like 2026-03 or a quarter like 2026-Q1"
        ) from None
    return text


def command_line() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python scripts/feedback_export.py",
        description="Write one line per anonymous answer of a finished period, on this server.",
    )
    parser.add_argument("period", type=period, metavar="PERIOD", help="2026-03 or 2026-Q1")
    parser.add_argument("file", type=Path, metavar="FILE", help="a new file to write")
    parser.add_argument(
        ASK,
        dest="asked",
        action="store_true",
        help="yes, write one line per answer (without it, nothing is written)",
    )
    return parser


def what_it_holds(period: str, file: Path, k: int) -> str:
    return (
        f"{file} would hold every answer of {period}, one line each: "
        f"{', '.join(RAW_COLUMNS)}. People's own words (free_text) are kept only where every "
        f"group the answer belongs to has at least {k} answers; elsewhere the cell is empty. "
        "It is readable by this user only; keep it on this server: raw lines never go through "
        "the chat."
    )


async def export(settings: Settings, period: str, out: TextIO) -> RawExport:
    async with await Database.open(settings.database_path) as database:
        feedback = Feedback(
            database,
            settings.timezone,
            utc_now,
            DailyLimiter(settings.feedback_per_day),
            settings.stigma_threshold,
        )
        return await feedback.raw_export(period, out, settings.suppression_k)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(errors="backslashreplace")
    arguments = command_line().parse_args(argv)  # exits with status 2 on a usage mistake
    try:
        settings = load_settings(read_environment(os.environ), console=True)
    except SettingsError as error:
        for problem in error.problems:
            complain(problem)
        return EXIT_USAGE
    file: Path = arguments.file
    say(what_it_holds(arguments.period, file, settings.suppression_k))
    if not arguments.asked:
        complain(f"Nothing written. To write it, run again with {ASK}.")
        return EXIT_USAGE
    if not settings.database_path.is_file():
        complain(f"There is no database at {settings.database_path} (DATABASE_PATH).")
        return EXIT_USAGE
    if file.exists():
        complain(f"{file} exists already; choose a new file name.")
        return EXIT_USAGE
    if not period_is_over(arguments.period, utc_now().astimezone(settings.timezone).date()):
        complain(f"{arguments.period} is not over yet: only finished periods are exported.")
        return EXIT_NOTHING
    try:
        private_file(file)  # created 0600 before a byte is written
        with file.open("w", newline="", encoding="utf-8-sig") as out:
            written = asyncio.run(export(settings, arguments.period, out))
    except BaseException as error:
        file.unlink(missing_ok=True)  # nothing half-written stays behind
        if not isinstance(error, OSError):
            raise
        complain(f"cannot write {file}: {error.strerror or error}.")
        return EXIT_USAGE
    say(
        f"Wrote {written.rows} answers of {arguments.period} to {file}"
        f" ({written.words} with their words), readable by this user only."
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
