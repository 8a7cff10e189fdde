"""What every handler can reach: settings, database, translations, clock, and the domain features.

Handlers get it as `context.services` through the typed `BotContext`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from telegram.ext import CallbackContext, ExtBot

from bot.alerts import Alerts
from bot.directory import Category, Directory, RecheckPolicy
from bot.feedback import DailyLimiter, Feedback
from bot.i18n import Messages, Translator
from bot.outreach import Outreach, ReminderPolicy
from bot.people import MemberKeys, People, Viewer
from bot.quick_exit import MessageLedger, QuickExit
from bot.settings import SUPPORTED_LOCALES, Settings
from storage import Database

SERVICES_KEY = "services"


def utc_now() -> datetime:
    return datetime.now(UTC)


class KeptUpdates:
    """Remembers, briefly and in memory only, which updates already had their input committed,
    so an error message can truthfully say whether what the person sent was kept."""

    def __init__(self, size: int = 1024) -> None:
        self._ids: OrderedDict[int, None] = OrderedDict()
        self._size = size

    def mark(self, update_id: int) -> None:
        self._ids[update_id] = None
        while len(self._ids) > self._size:
            self._ids.popitem(last=False)

    def __contains__(self, update_id: object) -> bool:
        return update_id in self._ids


class Services:
    def __init__(
        self, settings: Settings, translator: Translator, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.settings = settings
        self.translator = translator
        self.clock = clock
        self.keys = MemberKeys(settings.id_hash_key)
        self.admin_ids = set(settings.admin_telegram_ids)
        self.kept = KeptUpdates()
        self.feedback_limiter = DailyLimiter(settings.feedback_per_day)
        self.ledger = MessageLedger(self.keys)
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            raise RuntimeError("startup() has not opened the database yet")
        return self._database

    def attach_database(self, database: Database | None) -> None:
        self._database = database

    @property
    def directory(self) -> Directory:
        settings = self.settings
        return Directory(
            self.database,
            settings.timezone,
            RecheckPolicy(settings.recheck_days, settings.stale_days, settings.hide_days),
            self.clock,
            self.category_words,
        )

    @property
    def outreach(self) -> Outreach:
        settings = self.settings
        policy = ReminderPolicy(
            hours_before=settings.reminder_hours_before,
            grace=timedelta(minutes=settings.reminder_grace_minutes),
            checkout_grace=timedelta(minutes=settings.checkout_grace_minutes),
            answer_wait=timedelta(minutes=settings.safety_answer_minutes),
            min_peers=settings.min_peers,
        )
        return Outreach(
            self.database, settings.timezone, self.clock, policy, settings.suppression_k
        )

    @property
    def alerts(self) -> Alerts:
        return Alerts(self.database, self.settings.timezone, self.clock)

    @property
    def quick_exit(self) -> QuickExit:
        return QuickExit(self.database, self.ledger, self.clock)

    @property
    def feedback(self) -> Feedback:
        settings = self.settings
        return Feedback(self.database, settings.timezone, self.clock, self.feedback_limiter,
                        settings.stigma_threshold)  # fmt: skip

    def category_words(self, category: Category) -> list[str]:
        return [
            self.translator.format(locale, "directory-category", category=category.value)
            for locale in SUPPORTED_LOCALES
        ]

    @property
    def people(self) -> People:
        return People(
            self.database,
            self.keys,
            self.admin_ids,
            self.settings.default_locale,
            self.settings.invite_valid_days,
        )

    def messages(self, viewer: Viewer | str) -> Messages:
        locale = viewer if isinstance(viewer, str) else viewer.locale
        return self.translator.for_locale(locale)

    def today(self) -> str:
        return self.clock().astimezone(self.settings.timezone).date().isoformat()


class BotContext(CallbackContext[ExtBot[None], dict, dict, dict]):
    """PTB's context with our services attached, so handlers never dig in bot_data themselves."""

    @property
    def services(self) -> Services:
        return self.application.bot_data[SERVICES_KEY]
