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
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import HTTPXRequest

from bot.handlers import (
    alerts,
    directory,
    directory_propose,
    errors,
    feedback,
    outreach,
    people,
    quick_exit,
    safety,
)
from bot.i18n import Translator
from bot.logs import hold_back_noisy_loggers
from bot.services import SERVICES_KEY, BotContext, Services, utc_now
from bot.settings import Settings
from storage import Database

# A little under Telegram's ~30 messages a second, so a broadcast's bursts never meet a 429.
SENDS_PER_SECOND = 28
# Updates we serve; Telegram sends nothing else, which also means less data reaches us.
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]


def build_application(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utc_now,
    translator: Translator | None = None,
    rate_limiter: bool = True,
) -> Application:
    if settings.bot_token is None:
        raise ValueError("build_application needs a bot token")
    hold_back_noisy_loggers()  # whoever runs us: token-bearing URLs and updates stay out of logs
    services = Services(
        settings, translator or Translator.load(extra_folder=settings.content_dir), clock
    )
    bot = quick_exit.LedgerBot(
        settings.bot_token.reveal(),
        base_url=settings.bot_api_base_url,
        base_file_url=settings.bot_api_base_file_url,
        request=HTTPXRequest(connection_pool_size=256),
        get_updates_request=HTTPXRequest(),
        defaults=Defaults(
            tzinfo=settings.timezone, link_preview_options=LinkPreviewOptions(is_disabled=True)
        ),
        # Retries a send that met a 429 instead of losing it (PTB retries nothing by default).
        rate_limiter=AIORateLimiter(overall_max_rate=SENDS_PER_SECOND, max_retries=3)
        if rate_limiter
        else None,
        ledger=services.ledger,
    )
    app = (
        ApplicationBuilder()
        .bot(bot)
        .context_types(ContextTypes(context=BotContext))
        .post_init(startup)
        .post_shutdown(shutdown)
        .build()
    )
    app.bot_data[SERVICES_KEY] = services

    errors.register_guard(app)
    quick_exit.register(app)
    feedback.register(app)  # first: its /start deep links must win over the plain /start
    people.register(app)
    directory_propose.register(app)
    directory.register(app)
    outreach.register(app)
    safety.register(app)
    alerts.register(app)
    errors.register_fallbacks(app)
    return app


def services_of(app: Application) -> Services:
    return app.bot_data[SERVICES_KEY]


async def startup(app: Application) -> None:
    """Open and migrate the database, sync bootstrap admins, publish the command lists."""
    services = services_of(app)
    services.attach_database(await Database.open(services.settings.database_path))
    await services.people.sync_bootstrap_admins(services.today())
    await people.publish_default_commands(
        app.bot, services.translator, services.settings.default_locale
    )
    directory.schedule_jobs(app, services.settings.timezone)
    outreach.schedule_jobs(app)
    quick_exit.schedule_jobs(app)
    alerts.schedule_jobs(app)
    # Everything built so far lives as long as the bot: keep the garbage collector from walking
    # it again on every full collection (those pauses were the slowest 1 % of replies).
    gc.freeze()
    for telegram_id in sorted(services.admin_ids):
        viewer = await services.people.identify(telegram_id, None)
        await people.publish_chat_commands(app.bot, services.translator, viewer)


async def shutdown(app: Application) -> None:
    gc.unfreeze()  # a restart in the same process (tests, console) must not keep old objects
    services = services_of(app)
    if services._database is not None:
        await services.database.close()
        services.attach_database(None)


@asynccontextmanager
async def running(app: Application, poll_timeout: float = 10) -> AsyncIterator[Application]:
    """Run the bot by long polling until the block ends (tests, console, benchmarks)."""
    await app.initialize()
    try:
        await startup(app)
        await app.start()
        await app.updater.start_polling(
            poll_interval=0, timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES
        )
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
    finally:
        await shutdown(app)
        await app.shutdown()
