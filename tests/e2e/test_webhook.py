"""Webhook mode (issue 13.1): the emulator pushes updates to the bot's webhook as Telegram does;
a request without the exact secret header is refused unread, a huge body too; /healthz says
nothing secret; the same handlers serve as in polling mode."""

from __future__ import annotations

import io
import socket

import aiohttp
import pytest

from bot.app import ALLOWED_UPDATES
from bot.settings import load_settings
from tests.conftest import ADMIN_ID, TEST_ID_HASH_KEY, BotHarness

SECRET = "webhook-secret-0123456789-abcdefghijklmnop"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def hooked(emulator, clock, tmp_path):
    port = free_port()
    settings = load_settings(
        {
            "BOT_TOKEN": emulator.token,
            "BOT_API_BASE_URL": emulator.base_url,
            "BOT_API_BASE_FILE_URL": emulator.base_file_url,
            "ID_HASH_KEY": TEST_ID_HASH_KEY,
            "DATABASE_PATH": str(tmp_path / "bot.db"),
            "ADMIN_TELEGRAM_IDS": str(ADMIN_ID),
            "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram/hook",
            "WEBHOOK_PORT": str(port),
            "WEBHOOK_SECRET": SECRET,
        },
        webhook=True,
    )
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    bot.hook_url = f"http://127.0.0.1:{port}/telegram/hook"
    bot.health_url = f"http://127.0.0.1:{port}/healthz"
    try:
        yield bot
    finally:
        await bot.stop()


async def test_the_bot_sets_its_webhook_with_the_secret_and_serves_people_through_it(hooked):
    t = hooked.runtime.translator.for_locale("en")
    assert hooked.emulator.webhook == {
        "url": hooked.hook_url,
        "secret_token": SECRET,
        "allowed_updates": ALLOWED_UPDATES,
    }
    person = hooked.person(5101)
    replies = await person.send("/start")
    assert replies[-1].text.startswith(t("people-welcome"))
    replies = await person.tap(t("menu-language"))
    assert replies[-1].text == t("language-choose")
    assert set(hooked.emulator.webhook_answers) == {200}


@pytest.mark.parametrize("headers", [{}, {"X-Telegram-Bot-Api-Secret-Token": "wrong" * 8}])
async def test_a_post_without_the_secret_is_refused_and_never_read(hooked, headers):
    update = {
        "update_id": 999,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": {"id": 5102, "type": "private"},
            "from": {"id": 5102, "is_bot": False, "first_name": "X"},
            "text": "/start",
        },
    }
    async with (
        aiohttp.ClientSession() as session,
        session.post(hooked.hook_url, json=update, headers=headers) as response,
    ):
        assert response.status == 403
    await hooked.app.update_queue.join()
    assert hooked.emulator.bot_messages(5102) == []


async def test_a_huge_body_is_refused_and_health_says_nothing_secret(hooked):
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with aiohttp.ClientSession() as session:
        async with session.post(
            hooked.hook_url,
            data=io.BytesIO(b"{" + b" " * (2 * 1024 * 1024) + b"}"),
            headers=headers,
        ) as response:
            assert response.status == 413
        async with session.get(hooked.health_url) as response:
            assert response.status == 200
            body = await response.text()
    assert body == "ok"
    assert SECRET not in body and hooked.emulator.token not in body


async def test_an_update_the_library_cannot_read_is_answered_and_skipped(hooked):
    person = hooked.person(5103)
    await person.send("/start")
    update_id = hooked.emulator.send_raw_update(
        "message", {"message_id": 9, "date": "never", "chat": {"id": 5103, "type": "private"}}
    )
    await hooked.emulator.wait_acknowledged(update_id, timeout=5)
    assert await person.send("/help")  # still serving
