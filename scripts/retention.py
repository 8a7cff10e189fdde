"""Erase what is past its retention setting now, as the bot does once a day.

    python scripts/retention.py --dry-run    # print what would go, erase nothing
    python scripts/retention.py              # erase it (secure_delete, then a WAL checkpoint)

Settings (DATABASE_PATH, TIMEZONE and the *_DAYS retention settings) come from the environment
and `.env`, as for the bot; no token is needed. The rules are the ones the bot's features
declare (`routes.retain`), so this always matches the daily job. Exit status: 0 done, 2 settings.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from datetime import UTC, datetime

from bot.app import FEATURES
from bot.handlers.routing import Routes
from bot.operations.retention import Outcome, Rule, enforce
from bot.settings import Settings, SettingsError, load_settings, read_environment
from storage import Database


def utc_now() -> datetime:
    return datetime.now(UTC)


def declared_rules() -> list[Rule]:
    """Every rule the features declare, exactly as the running bot collects them."""
    routes = Routes()
    for feature in FEATURES:
        feature.register(routes)
    return routes.retention


def described(outcome: Outcome, dry_run: bool) -> str:
    verb = "would go" if dry_run else "erased"
    return (
        f"{outcome.rule} (older than {outcome.days} days, {outcome.setting}): {outcome.rows} {verb}"
    )


async def run(settings: Settings, dry_run: bool, now: datetime) -> list[Outcome]:
    async with await Database.open(settings.database_path) as database:
        return await enforce(
            database,
            declared_rules(),
            settings.retention_days,
            now,
            settings.timezone,
            dry_run=dry_run,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python scripts/retention.py",
        description="Erase data past its retention setting (as the bot's daily job does).",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would be erased; erase nothing"
    )
    arguments = parser.parse_args(argv)
    try:
        settings = load_settings(read_environment(os.environ), console=True)
    except SettingsError as error:
        print("\n".join(error.problems), file=sys.stderr)
        return 2
    if not settings.database_path.exists():
        print(f"no database at {settings.database_path}", file=sys.stderr)
        return 2
    outcomes = asyncio.run(run(settings, arguments.dry_run, utc_now()))
    for outcome in outcomes:
        print(described(outcome, arguments.dry_run))
    if not arguments.dry_run:
        print("Freed space was zeroed and the WAL truncated.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
