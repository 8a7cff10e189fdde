"""All the wiring in one place: `build_application(settings)` returns a ready PTB Application.

Start-up and shutdown are plain coroutines so tests, console mode and benchmarks can run them
without `run_polling`, which is the only place PTB would call `post_init` itself.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from telegram import LinkPreviewOptions, Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import HTTPXRequest

from bot.handlers import (
    directory,
    errors,
    feedback,
    flows,
    guard,
    help,
    operations,
    outbox,
    outreach,
    people,
    relay,
    safety,
    standards,
    training,
    voice,
)
from bot.handlers.context import RUNTIME_KEY, BotContext
from bot.handlers.ledger_bot import LedgerBot
from bot.handlers.outbox import OutboxSender
from bot.handlers.people.commands import publish_chat_commands, publish_default_commands
from bot.handlers.rate_limiter import PriorityRateLimiter
from bot.handlers.routing import Routes
from bot.i18n import Translator
from bot.logs import hold_back_noisy_loggers
from bot.runtime import Runtime, utc_now
from bot.settings import Settings
from storage import Database

# A little under Telegram's ~30 messages a second, so a broadcast's bursts never meet a 429;
# replies and a broadcast share it (issue 12: a poll goes at 0.9 of 30/s while people write).
SENDS_PER_SECOND = 29
# Updates we serve; Telegram sends nothing else, which also means less data reaches us.
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]
ROUTES_KEY = "routes"
SENDER_KEY = "outbox sender"
FREEZE_KEY = "freeze after start"

# Each feature declares its routes in `register(routes)`; the order does not matter.
FEATURES = (
    outbox,
    people,
    directory,
    outreach,
    feedback,
    safety,
    help,
    relay,
    voice,
    training,
    standards,
    operations,
)


def build_application(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utc_now,
    translator: Translator | None = None,
    rate_limiter: bool = True,
    freeze_after_start: bool = False,
) -> Application:
    """The whole bot. `freeze_after_start` (serving for real, benchmarks) keeps the garbage
    collector off everything built at start; tests leave it off, since they start bots often."""
    if settings.bot_token is None:
        raise ValueError("build_application needs a bot token")
    hold_back_noisy_loggers()  # whoever runs us: token-bearing URLs and updates stay out of logs
    runtime = Runtime(
        settings,
        translator or Translator.load(extra_folder=settings.content_dir, locales=settings.locales),
        clock,
    )
    bot = LedgerBot(
        settings.bot_token.reveal(),
        base_url=settings.bot_api_base_url,
        base_file_url=settings.bot_api_base_file_url,
        request=HTTPXRequest(connection_pool_size=256),
        get_updates_request=HTTPXRequest(),
        defaults=Defaults(
            tzinfo=settings.timezone, link_preview_options=LinkPreviewOptions(is_disabled=True)
        ),
        # Urgent first, inside Telegram's limits; retries a send that met a 429 instead of
        # losing it (PTB retries nothing by default).
        rate_limiter=PriorityRateLimiter(per_second=SENDS_PER_SECOND, max_retries=3)
        if rate_limiter
        else None,
        ledger=runtime.ledger,
    )
    app = (
        ApplicationBuilder()
        .bot(bot)
        .context_types(ContextTypes(context=BotContext))
        .post_init(startup)
        .post_shutdown(shutdown)
        .build()
    )
    app.bot_data[RUNTIME_KEY] = runtime
    routes = Routes()
    for feature in FEATURES:
        feature.register(routes)
    app.bot_data[ROUTES_KEY] = routes
    app.bot_data[FREEZE_KEY] = freeze_after_start

    guard.register(app)
    routes.install(app)
    errors.register(app)
    return app


def runtime_of(app: Application) -> Runtime:
    runtime: Runtime = app.bot_data[RUNTIME_KEY]
    return runtime


def routes_of(app: Application) -> Routes:
    routes: Routes = app.bot_data[ROUTES_KEY]
    return routes


def sender_of(app: Application) -> OutboxSender:
    sender: OutboxSender = app.bot_data[SENDER_KEY]
    return sender


async def startup(app: Application) -> None:
    """Open and migrate the database, sync bootstrap admins, publish the command lists, register
    the jobs (from the database) and start sending the outbox."""
    runtime = runtime_of(app)
    routes = routes_of(app)
    runtime.attach_database(await Database.open(runtime.settings.database_path))
    await runtime.people.sync_bootstrap_admins(runtime.today())
    await publish_default_commands(app.bot, runtime.translator, runtime.settings.default_locale)
    for hook in routes.starts:
        await hook(app)
    forget_abandoned_flows(app)
    sender = OutboxSender(runtime, app.bot, routes.letters, routes.blocked)
    app.bot_data[SENDER_KEY] = sender
    runtime.kick = sender.kick
    await sender.start()
    if app.bot_data[FREEZE_KEY]:
        # Everything built so far lives as long as the bot: keep the garbage collector from
        # walking it again on every full collection (those pauses were the slowest 1 % of
        # replies). Garbage first, or it would be kept for as long.
        gc.collect()
        gc.freeze()
    for telegram_id in sorted(runtime.admin_ids):
        viewer = await runtime.people.identify(telegram_id, None)
        await publish_chat_commands(app.bot, runtime.translator, viewer)


SWEEP_JOB = "abandoned flows"


def forget_abandoned_flows(app: Application) -> None:
    """Every ten minutes, drafts left alone past their flow's timeout leave memory."""

    async def sweep(context: BotContext) -> None:
        flows.sweep(app.user_data, routes_of(app).flows, runtime_of(app).clock())

    queue = app.job_queue
    if queue is None:
        raise RuntimeError("the application was built without a job queue")
    for job in queue.get_jobs_by_name(SWEEP_JOB):
        job.schedule_removal()
    queue.run_repeating(sweep, 600, first=600, name=SWEEP_JOB)


async def shutdown(app: Application) -> None:
    if app.bot_data[FREEZE_KEY]:
        gc.unfreeze()  # a restart in the same process must not keep old objects
    runtime = runtime_of(app)
    sender = app.bot_data.pop(SENDER_KEY, None)
    if sender is not None:
        await sender.stop()
        runtime.kick = lambda: None
    if runtime.has_database:
        for hook in routes_of(app).stops:
            await hook(app)
        await runtime.database.close()
        runtime.attach_database(None)


@asynccontextmanager
async def running(app: Application, poll_timeout: int = 10) -> AsyncIterator[Application]:
    """Run the bot by long polling until the block ends (tests, console, benchmarks)."""
    await app.initialize()
    try:
        await startup(app)
        await app.start()
        updater = app.updater
        if updater is None:
            raise RuntimeError("the application was built without an updater")
        await updater.start_polling(
            poll_interval=0, timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES
        )
        try:
            yield app
        finally:
            await updater.stop()
            await app.stop()
    finally:
        await shutdown(app)
        await app.shutdown()
