"""Typed settings read from the environment (and an optional `.env` file), validated once at start.

Every problem is reported on its own line; secrets never appear in a repr, a message or a log.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from dotenv import dotenv_values

SUPPORTED_LOCALES = ("en", "fr", "ar", "sw", "es")
TELEGRAM_BASE_URL = "https://api.telegram.org/bot"
TELEGRAM_BASE_FILE_URL = "https://api.telegram.org/file/bot"
# Used only by console mode, whose people are fictional; a real deployment must set its own key.
CONSOLE_ID_HASH_KEY = "console mode demo key, not for real people, 0000"

_TOKEN_PATTERN = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,64}$")
_MIN_KEY_LENGTH = 32
_WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{32,256}$")
# A language tag as folder names and Telegram use them: "ti", "so", "fa-AF".
_LOCALE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


def locale_code(code: str) -> bool:
    """Whether `code` looks like a language tag a folder of translations can be named by."""
    return bool(_LOCALE_CODE.match(code))


# How long each kind of data is kept, in days (DESIGN rule 8): (setting, safe default, least,
# most). A feature that keeps something new adds its line here and a rule with the same setting
# (`routes.retain`, bot/operations/retention.py).
RETENTION = (
    ("FEEDBACK_TEXT_DAYS", 365, 7, 3650),
    ("OUTREACH_NOTE_DAYS", 180, 7, 3650),
    ("SERVICE_HISTORY_DAYS", 730, 30, 3650),
    ("EXPIRED_NOTICE_DAYS", 30, 0, 365),
    ("OLD_INVITE_DAYS", 30, 0, 365),
    ("FOLLOWUP_NOTE_DAYS", 90, 1, 3650),
)


class Secret:
    """A string that never shows itself in a repr, str or f-string."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class SettingsError(Exception):
    """Raised with every problem found, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Webhook:
    """Where Telegram posts updates (behind a reverse proxy) and the secret it must send."""

    url: str
    secret: Secret
    listen: str = "127.0.0.1"
    port: int = 8443

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"


@dataclass(frozen=True)
class Settings:
    bot_token: Secret | None
    id_hash_key: Secret
    database_path: Path = Path("data/outreach.db")
    bot_api_base_url: str = TELEGRAM_BASE_URL
    bot_api_base_file_url: str = TELEGRAM_BASE_FILE_URL
    admin_telegram_ids: frozenset[int] = field(default_factory=frozenset)
    default_locale: str = "en"
    # The languages served: the built-in five, and any the content pack adds as a folder.
    locales: tuple[str, ...] = SUPPORTED_LOCALES
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    content_dir: Path | None = None
    invite_valid_days: int = 7
    log_level: str = "INFO"
    phone_region: str | None = None
    reminder_hours_before: tuple[int, ...] = (24, 1)
    reminder_grace_minutes: int = 60
    checkout_grace_minutes: int = 30
    safety_answer_minutes: int = 15
    min_peers: int = 2
    suppression_k: int = 5
    feedback_per_day: int = 5
    stigma_threshold: int = 3
    sos_escalate_minutes: int = 5
    recheck_days: int = 90
    stale_days: int = 120
    hide_days: int = 180
    # Days each kind of data is kept, by setting name (RETENTION).
    retention_days: Mapping[str, int] = field(
        default_factory=lambda: {name: default for name, default, _, _ in RETENTION}, hash=False
    )
    relay_idle_hours: int = 24
    duty_hours: int = 4
    danger_reports_per_day: int = 3
    webhook: Webhook | None = None  # set in webhook mode only


def read_environment(environ: Mapping[str, str], env_file: Path | None = Path(".env")) -> dict:
    """Merge an optional `.env` file under the real environment (the environment wins)."""
    merged: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        merged.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    merged.update(environ)
    return merged


def load_settings(
    environ: Mapping[str, str], *, console: bool = False, webhook: bool = False
) -> Settings:
    """Build settings from a mapping of environment variables, or raise SettingsError.

    In console mode no token is needed and a demo hashing key is used, since nobody real is served.
    In webhook mode the webhook's address and secret are required.
    """
    problems: list[str] = []
    value = {k: v.strip() for k, v in environ.items() if isinstance(v, str)}

    token: Secret | None = None
    raw_token = value.get("BOT_TOKEN", "")
    if raw_token:
        if _TOKEN_PATTERN.match(raw_token):
            token = Secret(raw_token)
        else:
            problems.append(
                "BOT_TOKEN does not look like a token from @BotFather (digits, a colon, then letters)."
            )
    elif not console:
        # Alone, so a newcomer's first run says one thing: what to set, or how to try it offline.
        raise SettingsError(
            [
                "BOT_TOKEN is not set: get one from @BotFather, or try the bot offline with "
                "`python -m bot console`."
            ]
        )

    raw_key = value.get("ID_HASH_KEY", "")
    if console and not raw_key:
        raw_key = CONSOLE_ID_HASH_KEY
    if len(raw_key) < _MIN_KEY_LENGTH:
        problems.append(
            f"ID_HASH_KEY must be at least {_MIN_KEY_LENGTH} characters; make one with "
            '`python -c "import secrets; print(secrets.token_urlsafe(32))"`.'
        )

    admins: set[int] = set()
    for part in filter(None, (p.strip() for p in value.get("ADMIN_TELEGRAM_IDS", "").split(","))):
        if part.isdigit() and int(part) > 0:
            admins.add(int(part))
        else:
            problems.append(
                "ADMIN_TELEGRAM_IDS must be Telegram user ids (positive numbers) separated by commas."
            )
            break

    content_dir = Path(value["CONTENT_DIR"]) if value.get("CONTENT_DIR") else None
    if content_dir is not None and not content_dir.is_dir():
        problems.append(f"CONTENT_DIR {str(content_dir)!r} is not a folder.")

    locales = read_locales(value.get("LOCALES", ""), content_dir, problems)
    default_locale = value.get("DEFAULT_LOCALE", "") or "en"
    if default_locale not in locales:
        problems.append(f"DEFAULT_LOCALE must be one of LOCALES ({', '.join(locales)}).")

    timezone = ZoneInfo("UTC")
    zone_name = value.get("TIMEZONE", "") or "UTC"
    try:
        timezone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"TIMEZONE {zone_name!r} is not a known time zone, e.g. Africa/Nairobi.")

    invite_days = 7
    raw_days = value.get("INVITE_VALID_DAYS", "") or "7"
    if raw_days.isdigit() and 1 <= int(raw_days) <= 90:
        invite_days = int(raw_days)
    else:
        problems.append("INVITE_VALID_DAYS must be a whole number of days from 1 to 90.")

    ageing: dict[str, int] = {}
    for name, default in (("RECHECK_DAYS", 90), ("STALE_DAYS", 120), ("HIDE_DAYS", 180)):
        raw = value.get(name, "") or str(default)
        if raw.isdigit() and 1 <= int(raw) <= 3650:
            ageing[name] = int(raw)
        else:
            problems.append(f"{name} must be a whole number of days from 1 to 3650.")
    if len(ageing) == 3 and not ageing["RECHECK_DAYS"] < ageing["STALE_DAYS"] < ageing["HIDE_DAYS"]:
        problems.append("RECHECK_DAYS, STALE_DAYS and HIDE_DAYS must grow in that order.")

    numbers = {}
    for name, default, low, high in (
        ("REMINDER_GRACE_MINUTES", 60, 0, 1440),
        ("CHECKOUT_GRACE_MINUTES", 30, 1, 720),
        ("SAFETY_ANSWER_MINUTES", 15, 1, 240),
        ("MIN_PEERS", 2, 1, 20),
        ("SUPPRESSION_K", 5, 2, 100),
        ("FEEDBACK_PER_DAY", 5, 1, 100),
        ("STIGMA_THRESHOLD", 3, 1, 100),
        ("SOS_ESCALATE_MINUTES", 5, 1, 60),
        ("RELAY_IDLE_HOURS", 24, 1, 168),
        ("DUTY_HOURS", 4, 1, 24),
        ("DANGER_REPORTS_PER_DAY", 3, 1, 100),
    ):
        raw = value.get(name, "") or str(default)
        numbers[name] = int(raw) if raw.isdigit() and low <= int(raw) <= high else default
        if not (raw.isdigit() and low <= int(raw) <= high):
            problems.append(f"{name} must be a whole number from {low} to {high}.")
    raw_hours = value.get("REMINDER_HOURS_BEFORE", "") or "24,1"
    hours_before = tuple(int(h) for h in raw_hours.split(",") if h.strip().isdigit())
    if not hours_before or len(hours_before) > 2 or any(not 1 <= h <= 168 for h in hours_before):
        problems.append(
            "REMINDER_HOURS_BEFORE must be one or two numbers of hours (1-168), e.g. 24,1."
        )
        hours_before = (24, 1)

    phone_region = (value.get("PHONE_REGION", "") or "").upper() or None
    if phone_region is not None and phone_region not in phonenumbers.SUPPORTED_REGIONS:
        problems.append("PHONE_REGION must be a two-letter country code such as KE, TZ or UG.")

    log_level = (value.get("LOG_LEVEL", "") or "INFO").upper()
    if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        problems.append("LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR.")

    base_url = value.get("BOT_API_BASE_URL", "") or TELEGRAM_BASE_URL
    base_file_url = value.get("BOT_API_BASE_FILE_URL", "") or TELEGRAM_BASE_FILE_URL
    for name, url in (("BOT_API_BASE_URL", base_url), ("BOT_API_BASE_FILE_URL", base_file_url)):
        if not url.startswith(("http://", "https://")):
            problems.append(f"{name} must start with http:// or https://.")

    retention_days: dict[str, int] = {}
    for name, default, low, high in RETENTION:
        raw = value.get(name, "") or str(default)
        if raw.isdigit() and low <= int(raw) <= high:
            retention_days[name] = int(raw)
        else:
            retention_days[name] = default
            problems.append(f"{name} must be a whole number of days from {low} to {high}.")

    hook = read_webhook(value, problems) if webhook else None

    if problems:
        raise SettingsError(problems)
    return Settings(
        webhook=hook,
        bot_token=token,
        id_hash_key=Secret(raw_key),
        database_path=Path(value.get("DATABASE_PATH", "") or "data/outreach.db"),
        bot_api_base_url=base_url,
        bot_api_base_file_url=base_file_url,
        admin_telegram_ids=frozenset(admins),
        default_locale=default_locale,
        locales=locales,
        timezone=timezone,
        content_dir=content_dir,
        invite_valid_days=invite_days,
        log_level=log_level,
        phone_region=phone_region,
        reminder_hours_before=tuple(sorted(hours_before, reverse=True)),
        reminder_grace_minutes=numbers["REMINDER_GRACE_MINUTES"],
        checkout_grace_minutes=numbers["CHECKOUT_GRACE_MINUTES"],
        safety_answer_minutes=numbers["SAFETY_ANSWER_MINUTES"],
        min_peers=numbers["MIN_PEERS"],
        suppression_k=numbers["SUPPRESSION_K"],
        feedback_per_day=numbers["FEEDBACK_PER_DAY"],
        stigma_threshold=numbers["STIGMA_THRESHOLD"],
        sos_escalate_minutes=numbers["SOS_ESCALATE_MINUTES"],
        recheck_days=ageing.get("RECHECK_DAYS", 90),
        stale_days=ageing.get("STALE_DAYS", 120),
        hide_days=ageing.get("HIDE_DAYS", 180),
        retention_days=retention_days,
        relay_idle_hours=numbers["RELAY_IDLE_HOURS"],
        duty_hours=numbers["DUTY_HOURS"],
        danger_reports_per_day=numbers["DANGER_REPORTS_PER_DAY"],
    )


def read_locales(raw: str, content_dir: Path | None, problems: list[str]) -> tuple[str, ...]:
    """LOCALES: the languages served, comma-separated. A language we do not ship needs a folder
    of `.ftl` files of that name in the content pack; English is always served (the fallback)."""
    if not raw.strip():
        return SUPPORTED_LOCALES
    locales: list[str] = []
    for code in (part.strip() for part in raw.split(",")):
        if not locale_code(code):
            problems.append(
                f"LOCALES: {code!r} is not a language code such as en, ti, so or fa-AF."
            )
            continue
        if code in SUPPORTED_LOCALES or code in locales:
            locales.append(code)
            continue
        folder = content_dir / code if content_dir is not None else None
        if folder is None or not any(folder.glob("*.ftl")):
            problems.append(
                f"LOCALES: {code} is not built in, so CONTENT_DIR needs a folder {code}/ "
                "with its .ftl files."
            )
            continue
        locales.append(code)
    if "en" not in locales:
        problems.append("LOCALES must include en: every other language falls back to it.")
    return tuple(dict.fromkeys(locales)) or SUPPORTED_LOCALES


def read_webhook(value: Mapping[str, str], problems: list[str]) -> Webhook:
    """WEBHOOK_* settings; a missing secret stops everything with one line naming it, since
    without it anyone who guesses the address could send the bot forged updates."""
    secret = value.get("WEBHOOK_SECRET", "")
    if not secret:
        raise SettingsError(
            [
                "WEBHOOK_SECRET is not set: webhook mode needs a secret of 32 to 256 letters, "
                "digits, _ or - (make one with "
                '`python -c "import secrets; print(secrets.token_urlsafe(32))"`).'
            ]
        )
    if not _WEBHOOK_SECRET.match(secret):
        problems.append("WEBHOOK_SECRET must be 32 to 256 letters, digits, _ or -.")
    url = value.get("WEBHOOK_URL", "")
    parts = urlsplit(url)
    local = parts.hostname in {"127.0.0.1", "localhost", "::1"}
    if not url or parts.scheme not in ("https", "http") or (parts.scheme == "http" and not local):
        problems.append(
            "WEBHOOK_URL must be the https:// address Telegram posts to, e.g. "
            "https://bot.example.org/telegram (http:// only for this machine)."
        )
    raw_port = value.get("WEBHOOK_PORT", "") or "8443"
    if not (raw_port.isdigit() and 1 <= int(raw_port) <= 65535):
        problems.append("WEBHOOK_PORT must be a port number from 1 to 65535.")
    return Webhook(
        url,
        Secret(secret),
        value.get("WEBHOOK_LISTEN", "") or "127.0.0.1",
        int(raw_port) if raw_port.isdigit() else 8443,
    )
