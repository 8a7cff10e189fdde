"""Webhook mode: `python -m bot webhook` serves Telegram's webhook behind a reverse proxy.

A request without the exact `X-Telegram-Bot-Api-Secret-Token` header gets 403 and is never
read; a body over `MAX_BODY` is refused (413); `/healthz` answers "ok" and nothing else. An
accepted update goes to the same handlers and jobs as in polling mode. On SIGTERM the server
stops taking requests, then the bot finishes the updates it already accepted and shuts down.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web
from telegram.ext import Application

from bot.app import ALLOWED_UPDATES, shutdown, startup
from bot.handlers.ledger_bot import read_update
from bot.settings import Webhook

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (the header's name)
MAX_BODY = 1024 * 1024  # an update is a few kilobytes; anything near this is not Telegram


def webhook_server(app: Application, hook: Webhook) -> web.Application:
    secret = hook.secret.reveal().encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, secret):
            return web.Response(status=403)
        try:
            data = await request.json()
        except ValueError:
            return web.Response(status=400)
        update = read_update(data, app.bot)
        if update is not None:
            await app.update_queue.put(update)
        return web.Response(status=200)  # Telegram would resend anything else, for ever

    async def healthy(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    server = web.Application(client_max_size=MAX_BODY)
    server.router.add_post(hook.path, receive)
    server.router.add_get("/healthz", healthy)
    return server


@asynccontextmanager
async def serving_webhook(app: Application, hook: Webhook) -> AsyncIterator[int]:
    """Run the bot on its webhook until the block ends; yields the port it listens on."""
    await app.initialize()
    try:
        await startup(app)
        await app.start()
        runner = web.AppRunner(webhook_server(app, hook), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, hook.listen, hook.port)
        await site.start()
        try:
            await app.bot.set_webhook(
                hook.url, secret_token=hook.secret.reveal(), allowed_updates=ALLOWED_UPDATES
            )
            yield runner.addresses[0][1]
        finally:
            await runner.cleanup()  # no new updates; the accepted ones are still queued
            await app.stop()  # ... and are handled before it returns
    finally:
        await shutdown(app)
        await app.shutdown()


async def serve_until_stopped(app: Application, hook: Webhook) -> None:
    """`python -m bot webhook`: serve until SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sign in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sign, stop.set)
    async with serving_webhook(app, hook):
        logger.info("Serving the webhook on %s:%s", hook.listen, hook.port)
        await stop.wait()
