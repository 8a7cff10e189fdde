"""The entry point: `python -m bot` without a token says what to do, and console mode runs offline."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs whole programs in a subprocess: slow, so not in the fast loop.
pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]


def clean_environment(**extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "SYSTEMROOT"}}
    return {**keep, "PYTHONPATH": str(ROOT), **extra}


def test_without_a_token_it_prints_one_line_and_exits_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "BOT_TOKEN" in lines[0] and "python -m bot console" in lines[0]
    assert result.stdout == ""


def test_an_unknown_mode_prints_usage(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve-please"],
        cwd=tmp_path,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "usage" in result.stderr


def test_console_mode_chats_taps_switches_person_and_quits(tmp_path):
    database = tmp_path / "nested" / "console.db"
    script = (
        "\n".join(
            [
                "/start",
                "1",  # the first button of the member menu: Find a service
                "Français",  # typed text is sent as a message, not a tap
                ":sample",
                ":location -6.80 39.28",
                "1",  # the nearest service
                ":as amina lead",
                "/start",
                ":lang fr",
                ":help",
                ":quit",
            ]
        )
        + "\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        cwd=tmp_path,
        input=script,
        env=clean_environment(DATABASE_PATH=str(database)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "bot> Welcome." in out
    assert "[1] 🔎 Find a service" in out
    assert "How do you want to look?" in out  # the tap on [1] worked
    assert "The directory is empty. Type :sample" in out
    assert "Loaded 30 sample services." in out
    assert "The nearest services. Tap one to see more." in out
    assert "✔ Last checked" in out  # the card of the nearest service
    assert "Please use the buttons below." in out
    assert "You are now amina (role: lead)." in out
    assert "Your role: outreach lead. Your name in the team: Amina." in out
    assert "🧰 Team" in out
    assert out.rstrip().endswith("Goodbye.")
    assert database.exists()
    assert "Traceback" not in result.stderr


async def test_python_m_bot_serves_by_long_polling_and_stops_cleanly(tmp_path):
    """The real entry point against the emulator: greet someone, then stop on SIGTERM."""
    import asyncio
    import signal

    from bot.emulator import Emulator, FakeUser

    async with Emulator() as emulator:
        environment = clean_environment(
            BOT_TOKEN=emulator.token,
            BOT_API_BASE_URL=emulator.base_url,
            BOT_API_BASE_FILE_URL=emulator.base_file_url,
            ID_HASH_KEY="serve-test-key-0123456789-abcdefghijklmnopq",
            DATABASE_PATH=str(tmp_path / "serve.db"),
            ADMIN_TELEGRAM_IDS="42",
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=tmp_path,
            env=environment,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            emulator.send_text(FakeUser(id=4242, first_name="Tester", language_code="sw"), "/start")
            for _ in range(200):
                if emulator.bot_messages(4242):
                    break
                await asyncio.sleep(0.05)
            (reply,) = emulator.bot_messages(4242)
            assert reply.text.startswith("Karibu")  # Swahili, from the client language
        finally:
            process.send_signal(signal.SIGTERM)
            _, stderr = await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == 0, stderr.decode()[-2000:]
        assert emulator.token.split(":")[1] not in stderr.decode()


def test_webhook_mode_without_a_secret_names_it_on_one_line_and_exits_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "webhook"],
        cwd=tmp_path,
        env=clean_environment(
            BOT_TOKEN="123456:" + "A" * 35,
            ID_HASH_KEY="serve-test-key-0123456789-abcdefghijklmnopq",
            WEBHOOK_URL="https://bot.example.org/telegram",
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "WEBHOOK_SECRET" in lines[0]


async def test_python_m_bot_webhook_finishes_what_it_accepted_when_stopped(tmp_path):
    """SIGTERM while an update is being handled: the reply still goes out, then exit 0."""
    import asyncio
    import signal
    import socket

    from bot.emulator import Emulator, FakeUser

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with Emulator() as emulator:
        environment = clean_environment(
            BOT_TOKEN=emulator.token,
            BOT_API_BASE_URL=emulator.base_url,
            BOT_API_BASE_FILE_URL=emulator.base_file_url,
            ID_HASH_KEY="serve-test-key-0123456789-abcdefghijklmnopq",
            DATABASE_PATH=str(tmp_path / "serve.db"),
            WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
            WEBHOOK_PORT=str(port),
            WEBHOOK_SECRET="serve-test-secret-0123456789-abcdefghijklm",
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "webhook", cwd=tmp_path, env=environment,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            for _ in range(200):
                if emulator.webhook["url"]:
                    break
                await asyncio.sleep(0.05)
            emulator.fail("sendMessage", status=200, delay=1.0)  # a slow reply, in flight
            emulator.send_text(FakeUser(id=4343, first_name="T", language_code="es"), "/start")
            for _ in range(200):
                if emulator.webhook_answers:
                    break
                await asyncio.sleep(0.02)
        finally:
            process.send_signal(signal.SIGTERM)
            _, stderr = await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == 0, stderr.decode()[-2000:]
        (reply,) = emulator.bot_messages(4343)
        assert "bienvenida" in reply.text  # Spanish, from the client language
