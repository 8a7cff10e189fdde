"""Safety alerts, peer-led: anyone reports a danger (violent client, police operation, robbery,
unsafe place), a lead vets it, and it reaches only the people who opted in for that area. A
member's report keeps no trace of who sent it: no id, and a daily limit counted in memory under a
key that changes every day.

Publishing queues one outbox letter per subscriber in the same transaction; the outbox claims each
before sending it, so a restart or a storm of 429s delays a notice but never loses or doubles it,
and a person who blocked the bot is unsubscribed at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.daily_limit import DailyLimiter
from bot.common.outbox import Outbox, Outgoing, Priority, Purpose
from bot.common.refusal import NotAllowed
from bot.common.scrub import scrub
from bot.common.text import clean_text
from bot.people import Role, Viewer
from storage import Database
from storage import outbox as outbox_store
from storage.safety import alerts as store

DESCRIPTION_LIMIT = 500
REASON_LIMIT = 300
# Outbox letter kinds (their screens are registered by bot/handlers/safety).
NOTICE_LETTER = "safety.notice"
REJECTED_LETTER = "safety.rejected"


class AlertKind(StrEnum):
    VIOLENT_CLIENT = "violent-client"
    POLICE = "police"
    ROBBERY = "robbery"
    UNSAFE_PLACE = "unsafe-place"
    OTHER = "other"


class Happened(StrEnum):
    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this-week"


@dataclass(frozen=True)
class Alert:
    id: int
    kind: AlertKind
    area_id: int
    area_name: str
    happened: Happened
    description: str
    state: str
    submitted_by: int | None
    reason: str | None = None
    expires_on: str | None = None


def clean_description(typed: str, region: str | None) -> str:
    """Alert text never carries anyone's contact details."""
    return scrub(clean_text(typed), region)[:DESCRIPTION_LIMIT]


def notice_to(alert_id: int, chat_id: int, locale: str) -> Outgoing:
    """One subscriber's copy of a published alert: once per alert and chat, behind anything more
    urgent, rendered in their language when it is sent."""
    return Outgoing(
        chat_id,
        locale,
        NOTICE_LETTER,
        {"alert": alert_id},
        purpose=Purpose.ALERTS,
        priority=Priority.BROADCAST,
        dedupe=f"alert:{alert_id}:{chat_id}",
    )


def clean_reason(typed: str, region: str | None) -> str:
    """A lead's reason, as the peer who reported will read it."""
    return clean_description(typed, region)[:REASON_LIMIT]


def rejection_to(chat_id: int, locale: str, alert_id: int) -> Outgoing:
    """Tell a peer their report was not sent: a neutral line; the reason, kept with the alert,
    is shown only when they tap (a locked phone shows nothing of it)."""
    return Outgoing(chat_id, locale, REJECTED_LETTER, {"alert": alert_id}, purpose=Purpose.TEAM)


def _alert(row: dict[str, Any]) -> Alert:
    return Alert(
        row["id"],
        AlertKind(row["kind"]),
        row["area_id"],
        row["area_name"],
        Happened(row["happened"]),
        row["description"],
        row["state"],
        row["submitted_by"],
        row["reason"],
        row["expires_on"],
    )


@dataclass(frozen=True)
class Alerts:
    database: Database
    zone: ZoneInfo
    clock: Callable[[], datetime]
    phone_region: str | None = None
    expire_after: timedelta = timedelta(days=14)
    limiter: DailyLimiter = field(default_factory=lambda: DailyLimiter(3))

    def today(self) -> str:
        return self.clock().astimezone(self.zone).date().isoformat()

    # --- members: subscriptions ----------------------------------------------------------------

    async def subscribe(self, chat_id: int, area_ids: list[int], locale: str) -> None:
        """The areas this chat gets notices for (none: the chat id is kept for nothing)."""
        await store.set_subscriptions(self.database, chat_id, area_ids, locale)

    async def areas_of(self, chat_id: int) -> list[int]:
        return await store.subscribed_areas(self.database, chat_id)

    async def unsubscribe(self, chat_id: int, *, erase: bool = True) -> None:
        """Stop every notice to this chat, queued ones included: no row keeps its id for them,
        and (`erase`; the quick exit does it once at its end) no byte of the WAL either."""
        await store.drop_subscriber(self.database, chat_id)
        await outbox_store.forget_chat(self.database, chat_id, [Purpose.ALERTS.value])
        if erase:
            await self.database.checkpoint()

    async def active(self, area_ids: list[int]) -> list[Alert]:
        return [_alert(r) for r in await store.active_alerts(self.database, area_ids, self.today())]

    async def notice(self, alert_id: int) -> Alert | None:
        """The alert a queued notice is about, or None once it is no longer to be sent."""
        row = await store.get_alert(self.database, alert_id)
        if row is None or row["state"] != "published" or (row["expires_on"] or "") < self.today():
            return None
        return _alert(row)

    async def read(self, chat_id: int, alert_id: int) -> Alert:
        """A notice's details, for the people who opted in for its area, while it is active."""
        alert = await self.notice(alert_id)
        if alert is None or alert.area_id not in await self.areas_of(chat_id):
            raise NotAllowed
        return alert

    # --- anyone: reports -----------------------------------------------------------------------

    @staticmethod
    def _from_team(viewer: Viewer) -> bool:
        return viewer.role.at_least(Role.PEER) and viewer.person_id is not None

    def may_report(self, viewer: Viewer) -> bool:
        """Whether this person may report today: the team always; a member within the daily
        limit (said before the form starts, not at Send)."""
        today = self.clock().astimezone(self.zone).date()
        return self._from_team(viewer) or self.limiter.allowed(viewer.telegram_id, today)

    async def submit(
        self, viewer: Viewer, kind: AlertKind, area_id: int, happened: Happened, description: str
    ) -> int:
        """A report waits for a lead. A peer's names them (they are told if it is not sent); a
        member's holds no id of theirs at all, so nobody can tell them anything later."""
        if not description:
            raise NotAllowed
        submitted_by = None
        if self._from_team(viewer):
            submitted_by = viewer.person_id
        elif not self.may_report(viewer):
            raise NotAllowed
        alert_id = await store.insert_alert(
            self.database,
            {
                "kind": kind.value,
                "area_id": area_id,
                "happened": happened.value,
                "description": description,
                "submitted_by": submitted_by,
                "created_on": self.today(),
            },
        )
        if submitted_by is None:
            self.limiter.count(viewer.telegram_id, self.clock().astimezone(self.zone).date())
        return alert_id

    # --- leads: vetting ------------------------------------------------------------------------

    async def waiting(self, viewer: Viewer) -> list[Alert]:
        """Alerts for this lead to vet: their area's, or all for a lead without one and admins."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        area = None if viewer.role is Role.ADMIN else viewer.area_id
        return [_alert(r) for r in await store.pending_alerts(self.database, area)]

    async def vettable(self, viewer: Viewer, alert_id: int) -> Alert:
        """A pending alert this lead may vet (their area's, any for admins and area-less leads)."""
        row = await store.get_alert(self.database, alert_id)
        if row is None or row["state"] != "pending" or not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        alert = _alert(row)
        if viewer.role is not Role.ADMIN and viewer.area_id not in (None, alert.area_id):
            raise NotAllowed
        return alert

    async def publish(self, viewer: Viewer, alert_id: int, description: str | None = None) -> int:
        """Publish (optionally with an edited description) and queue a notice for every subscriber
        of the area, together; returns how many will receive it."""
        alert = await self.vettable(viewer, alert_id)
        expires = (self.clock().astimezone(self.zone).date() + self.expire_after).isoformat()
        outbox = Outbox(self.database, self.clock, self.phone_region)

        def letters_for(subscribers: list[tuple[int, str]]) -> list[dict[str, Any]]:
            return outbox.rows_for([notice_to(alert_id, chat, lang) for chat, lang in subscribers])

        count = await store.publish(
            self.database,
            alert_id,
            description or alert.description,
            self.today(),
            expires,
            letters_for,
        )
        if count is None:
            raise NotAllowed  # vetted by someone else a moment ago
        return count

    async def reject(self, viewer: Viewer, alert_id: int, reason: str) -> Alert:
        """Reject with a reason (kept scrubbed); the caller tells the peer who reported it."""
        alert = await self.vettable(viewer, alert_id)
        kept = clean_reason(reason, self.phone_region)
        if not kept or not await store.reject(self.database, alert_id, kept):
            raise NotAllowed
        return replace(alert, state="rejected", reason=kept)

    async def rejection(self, viewer: Viewer, alert_id: int) -> Alert:
        """Why a report was not sent, for the peer who reported it only."""
        row = await store.get_alert(self.database, alert_id)
        if row is None or row["state"] != "rejected" or viewer.person_id is None:
            raise NotAllowed
        alert = _alert(row)
        if alert.submitted_by != viewer.person_id:
            raise NotAllowed
        return alert
