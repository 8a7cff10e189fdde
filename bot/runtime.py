"""Everything the running bot uses, built once: settings, translations (and the stigma lists that
go with them), the clock, the database and one object per feature (people, directory, outreach,
feedback, safety, help, relay, voice, training) plus the outbox.

Handlers reach it as `context.runtime`; domain objects are made when the database opens, not on
every access.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.common.daily_limit import DailyLimiter
from bot.common.outbox import Outbox, Outgoing
from bot.common.stigma import StigmaLists
from bot.directory.core import Category, Directory, RecheckPolicy
from bot.feedback.form import Feedback
from bot.help import Help, HelpPolicy
from bot.i18n import Messages, Translator
from bot.outreach.sessions import Outreach, ReminderPolicy
from bot.people import MemberKeys, People, Viewer
from bot.relay import CrisisWords, Relay
from bot.safety.alerts import Alerts
from bot.safety.quick_exit import MessageLedger, QuickExit
from bot.settings import Settings
from bot.training import Training
from bot.voice.campaigns import OncePerDay
from bot.voice.core import Voice
from storage import Database


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


@dataclass(frozen=True)
class Features:
    """The domain objects, made once per open database."""

    database: Database
    people: People
    directory: Directory
    outreach: Outreach
    feedback: Feedback
    alerts: Alerts
    quick_exit: QuickExit
    outbox: Outbox
    help: Help
    relay: Relay
    voice: Voice
    training: Training


class Runtime:
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
        self.danger_limiter = DailyLimiter(settings.danger_reports_per_day)
        # Every language's crisis words at once: people write in the language they are in.
        self.crisis_words = CrisisWords.from_lists(
            translator.format(locale, "relay-crisis-words") for locale in translator.locales
        )
        self.ledger = MessageLedger(self.keys)
        self.campaign_starts = OncePerDay()  # in memory only
        self.stigma = StigmaLists.load(translator.folders, translator.locales)
        self._features: Features | None = None
        # Wakes the outbox sender when something was queued (set at start; a no-op until then).
        self.kick: Callable[[], None] = lambda: None

    # --- the database and the features on it ---------------------------------------------------

    def attach_database(self, database: Database | None) -> None:
        self._features = None if database is None else self._build(database)

    def _build(self, database: Database) -> Features:
        settings = self.settings
        policy = ReminderPolicy(
            hours_before=settings.reminder_hours_before,
            grace=timedelta(minutes=settings.reminder_grace_minutes),
            checkout_grace=timedelta(minutes=settings.checkout_grace_minutes),
            answer_wait=timedelta(minutes=settings.safety_answer_minutes),
            min_peers=settings.min_peers,
        )
        outreach = Outreach(database, settings.timezone, self.clock, policy, settings.suppression_k)
        help_policy = HelpPolicy(
            escalate_after=timedelta(minutes=settings.sos_escalate_minutes),
            shown_before=policy.check_in_opens,
            checkout_grace=policy.checkout_grace,
        )
        return Features(
            database=database,
            people=People(
                database,
                self.keys,
                self.admin_ids,
                settings.default_locale,
                settings.invite_valid_days,
                self.translator.locales,
            ),
            directory=Directory(
                database,
                settings.timezone,
                RecheckPolicy(settings.recheck_days, settings.stale_days, settings.hide_days),
                self.clock,
                self.category_words,
            ),
            outreach=outreach,
            feedback=Feedback(
                database,
                settings.timezone,
                self.clock,
                self.feedback_limiter,
                settings.stigma_threshold,
            ),
            alerts=Alerts(
                database,
                settings.timezone,
                self.clock,
                settings.phone_region,
                limiter=self.danger_limiter,
            ),
            quick_exit=QuickExit(database, self.ledger, self.clock),
            outbox=Outbox(database, self.clock, settings.phone_region),
            help=Help(
                database,
                outreach,
                self.clock,
                settings.timezone,
                help_policy,
                settings.suppression_k,
                settings.default_locale,
                settings.phone_region,
            ),
            relay=Relay(
                database,
                self.keys,
                self.clock,
                settings.timezone,
                settings.default_locale,
                idle_after=timedelta(hours=settings.relay_idle_hours),
                duty_for=timedelta(hours=settings.duty_hours),
                k=settings.suppression_k,
            ),
            voice=Voice.build(database, settings, self.clock, self.campaign_starts),
            training=Training(database),
        )

    @property
    def features(self) -> Features:
        if self._features is None:
            raise RuntimeError("startup() has not opened the database yet")
        return self._features

    @property
    def has_database(self) -> bool:
        return self._features is not None

    @property
    def database(self) -> Database:
        return self.features.database

    @property
    def people(self) -> People:
        return self.features.people

    @property
    def directory(self) -> Directory:
        return self.features.directory

    @property
    def outreach(self) -> Outreach:
        return self.features.outreach

    @property
    def feedback(self) -> Feedback:
        return self.features.feedback

    @property
    def alerts(self) -> Alerts:
        return self.features.alerts

    @property
    def quick_exit(self) -> QuickExit:
        return self.features.quick_exit

    @property
    def outbox(self) -> Outbox:
        return self.features.outbox

    @property
    def help(self) -> Help:
        return self.features.help

    @property
    def relay(self) -> Relay:
        return self.features.relay

    @property
    def voice(self) -> Voice:
        return self.features.voice

    @property
    def training(self) -> Training:
        return self.features.training

    async def tell(self, messages: Sequence[Outgoing]) -> int:
        """Queue messages for people who did not just write to us, and wake the sender."""
        queued = await self.outbox.enqueue(messages)
        if queued:
            self.kick()
        return queued

    # --- words and time ------------------------------------------------------------------------

    def category_words(self, category: Category) -> list[str]:
        return [
            self.translator.format(locale, "directory-category", category=category.value)
            for locale in self.translator.locales
        ]

    def messages(self, viewer: Viewer | str) -> Messages:
        locale = viewer if isinstance(viewer, str) else viewer.locale
        return self.translator.for_locale(locale)

    def today(self) -> str:
        return self.clock().astimezone(self.settings.timezone).date().isoformat()
