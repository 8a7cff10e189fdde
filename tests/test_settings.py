"""Settings: validated once, one line per problem, secrets never shown."""

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings, read_environment

TOKEN = "123456789:AAabcdefghijklmnopqrstuvwxyz012345678"
KEY = "k" * 40


def problems_of(environment: dict, console: bool = False) -> list[str]:
    with pytest.raises(SettingsError) as caught:
        load_settings(environment, console=console)
    return caught.value.problems


def test_missing_token_is_one_line_naming_it_and_the_console():
    problems = problems_of({})
    assert len(problems) == 1
    assert "BOT_TOKEN" in problems[0] and "python -m bot console" in problems[0]


def test_console_mode_needs_no_token_and_no_key():
    settings = load_settings({}, console=True)
    assert settings.bot_token is None
    assert settings.database_path == Path("data/outreach.db")
    assert settings.default_locale == "en"


def test_every_problem_is_reported_on_its_own_line():
    problems = problems_of(
        {
            "BOT_TOKEN": "not-a-token",
            "ID_HASH_KEY": "short",
            "ADMIN_TELEGRAM_IDS": "12,abc",
            "DEFAULT_LOCALE": "de",
            "TIMEZONE": "Mars/Olympus",
            "LOG_LEVEL": "LOUD",
            "INVITE_VALID_DAYS": "0",
            "BOT_API_BASE_URL": "ftp://x",
        }
    )
    joined = "\n".join(problems)
    for name in (
        "BOT_TOKEN",
        "ID_HASH_KEY",
        "ADMIN_TELEGRAM_IDS",
        "DEFAULT_LOCALE",
        "TIMEZONE",
        "LOG_LEVEL",
        "INVITE_VALID_DAYS",
        "BOT_API_BASE_URL",
    ):
        assert name in joined
    assert len(problems) == 8
    assert "not-a-token" not in joined


def test_valid_settings_are_typed():
    settings = load_settings(
        {
            "BOT_TOKEN": TOKEN,
            "ID_HASH_KEY": KEY,
            "ADMIN_TELEGRAM_IDS": " 12, 34 ,",
            "TIMEZONE": "Africa/Nairobi",
            "DEFAULT_LOCALE": "fr",
            "DATABASE_PATH": "x/y.db",
            "BOT_API_BASE_URL": "http://127.0.0.1:8081/bot",
        }
    )
    assert settings.admin_telegram_ids == frozenset({12, 34})
    assert settings.timezone.key == "Africa/Nairobi"
    assert settings.default_locale == "fr"
    assert settings.database_path == Path("x/y.db")
    assert settings.bot_api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.bot_token.reveal() == TOKEN


def test_secrets_never_show_in_repr_or_str():
    settings = load_settings({"BOT_TOKEN": TOKEN, "ID_HASH_KEY": KEY})
    for shown in (
        repr(settings),
        str(settings),
        f"{settings.bot_token}",
        repr(settings.id_hash_key),
    ):
        assert TOKEN not in shown and KEY not in shown


def test_env_file_is_read_and_the_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(f"BOT_TOKEN={TOKEN}\nDEFAULT_LOCALE=sw\nID_HASH_KEY={KEY}\n")
    merged = read_environment({"DEFAULT_LOCALE": "ar"}, env_file)
    settings = load_settings(merged)
    assert settings.default_locale == "ar"
    assert settings.bot_token.reveal() == TOKEN


def test_outreach_feedback_and_ageing_settings_are_validated():
    problems = problems_of(
        {
            "BOT_TOKEN": TOKEN,
            "ID_HASH_KEY": KEY,
            "REMINDER_HOURS_BEFORE": "200",
            "SUPPRESSION_K": "1",
            "FEEDBACK_PER_DAY": "x",
            "RECHECK_DAYS": "200",
            "STALE_DAYS": "100",
            "PHONE_REGION": "XX",
        }
    )
    joined = "\n".join(problems)
    for name in (
        "REMINDER_HOURS_BEFORE",
        "SUPPRESSION_K",
        "FEEDBACK_PER_DAY",
        "RECHECK_DAYS",
        "PHONE_REGION",
    ):
        assert name in joined
    settings = load_settings(
        {
            "BOT_TOKEN": TOKEN,
            "ID_HASH_KEY": KEY,
            "REMINDER_HOURS_BEFORE": "1,48",
            "SUPPRESSION_K": "10",
            "PHONE_REGION": "ke",
        }
    )
    assert settings.reminder_hours_before == (48, 1)
    assert settings.suppression_k == 10 and settings.phone_region == "KE"
