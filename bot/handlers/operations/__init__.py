"""Operations inside the running bot: the daily retention job (bot/operations/retention.py),
which runs every rule the features declared with `routes.retain`, including the rules of the
features built before the registry (`BUILT_IN`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from telegram.ext import Application

from bot.handlers.context import RUNTIME_KEY, BotContext
from bot.handlers.routing import Routes, StartHook
from bot.operations.retention import BUILT_IN, Rule, enforce
from bot.runtime import Runtime

logger = logging.getLogger(__name__)

RETENTION_JOB = "retention"
RETENTION_EVERY = timedelta(days=1)
# After each start, once the bot has settled: a bot restarted daily still runs it daily.
RETENTION_FIRST = timedelta(minutes=5)


async def erase_old_data(runtime: Runtime, rules: Sequence[Rule]) -> int:
    """Every rule once: what is past its days is erased and the WAL truncated; returns rows."""
    settings = runtime.settings
    outcomes = await enforce(
        runtime.database, rules, settings.retention_days, runtime.clock(), settings.timezone
    )
    erased = sum(outcome.rows for outcome in outcomes)
    # Counts and rule names only: nothing about a person.
    logger.info("Retention erased %d rows under %d rules", erased, len(outcomes))
    return erased


def schedule_retention(rules: Sequence[Rule]) -> StartHook:
    async def schedule(app: Application) -> None:
        """Registered at every start under a stable name (a restart replaces it)."""
        queue = app.job_queue
        if queue is None:
            raise RuntimeError("retention needs PTB's job queue")
        for job in queue.get_jobs_by_name(RETENTION_JOB):
            job.schedule_removal()

        async def daily(context: BotContext) -> None:
            await erase_old_data(app.bot_data[RUNTIME_KEY], rules)

        queue.run_repeating(daily, RETENTION_EVERY, first=RETENTION_FIRST, name=RETENTION_JOB)

    return schedule


def register(routes: Routes) -> None:
    for rule in BUILT_IN:
        routes.retain(rule)
    # The list is read when the job runs, so rules declared by features registered later count.
    routes.at_start(schedule_retention(routes.retention))
