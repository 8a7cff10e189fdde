"""Safety alerts, peer-led: a peer reports a danger (violent client, police operation, robbery,
unsafe place), a lead vets it, and it reaches only the people who opted in for that area.

Deliveries are rows, so a restart or a storm of 429s delays an alert but loses none; a person
who blocked the bot is removed at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.scrub import scrub
from bot.common.text import clean_text
from bot.people import Role, Viewer
from storage import Database
from storage import alerts as store

DESCRIPTION_LIMIT = 500


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


@dataclass(frozen=True)
class Delivery:
    alert: Alert
    chat_id: int
    locale: str


def clean_description(typed: str, region: str | None) -> str:
    """Alert text never carries anyone's contact details."""
    return scrub(clean_text(typed), region)[:DESCRIPTION_LIMIT]


def _alert(row: dict[str, Any]) -> Alert:
    return Alert(row["id"], AlertKind(row["kind"]), row["area_id"], row["area_name"],
                 Happened(row["happened"]), row["description"], row["state"],
                 row["submitted_by"], row["reason"])  # fmt: skip


@dataclass(frozen=True)
class Alerts:
    database: Database
    zone: ZoneInfo
    clock: Callable[[], datetime]
    expire_after: timedelta = timedelta(days=14)

    def today(self) -> str:
        return self.clock().astimezone(self.zone).date().isoformat()

    async def subscribe(self, chat_id: int, area_ids: list[int], locale: str) -> None:
        await store.set_subscriptions(self.database, chat_id, area_ids, locale)

    async def areas_of(self, chat_id: int) -> list[int]:
        return await store.subscribed_areas(self.database, chat_id)

    async def submit(self, viewer: Viewer, kind: AlertKind, area_id: int, happened: Happened,
                     description: str) -> int | None:  # fmt: skip
        """Only peers (and leads) submit; the alert waits for a lead."""
        if not viewer.role.at_least(Role.PEER) or viewer.person_id is None or not description:
            return None
        return await store.insert_alert(self.database, {
            "kind": kind.value, "area_id": area_id, "happened": happened.value,
            "description": description, "submitted_by": viewer.person_id,
            "created_on": self.today(),
        })  # fmt: skip

    async def waiting(self, viewer: Viewer) -> list[Alert]:
        """Alerts for this lead to vet: their area's, or all for a lead without one and admins."""
        if not viewer.role.at_least(Role.LEAD):
            return []
        area = None if viewer.role is Role.ADMIN else viewer.area_id
        return [_alert(r) for r in await store.pending_alerts(self.database, area)]

    async def _vettable(self, viewer: Viewer, alert_id: int) -> Alert | None:
        row = await store.get_alert(self.database, alert_id)
        if row is None or not viewer.role.at_least(Role.LEAD):
            return None
        alert = _alert(row)
        if viewer.role is not Role.ADMIN and viewer.area_id not in (None, alert.area_id):
            return None
        return alert

    async def publish(
        self, viewer: Viewer, alert_id: int, description: str | None = None
    ) -> int | None:
        """Publish (optionally with an edited description); returns how many will receive it."""
        alert = await self._vettable(viewer, alert_id)
        if alert is None:
            return None
        expires = (self.clock().astimezone(self.zone).date() + self.expire_after).isoformat()
        return await store.publish(self.database, alert_id, description or alert.description,
                                   self.today(), expires)  # fmt: skip

    async def reject(self, viewer: Viewer, alert_id: int, reason: str) -> Alert | None:
        alert = await self._vettable(viewer, alert_id)
        if alert is None or not await store.reject(self.database, alert_id, reason[:300]):
            return None
        return alert

    async def active(self, area_ids: list[int]) -> list[Alert]:
        return [_alert(r) for r in await store.active_alerts(self.database, area_ids, self.today())]

    async def due(self, limit: int = 1000) -> list[Delivery]:
        deliveries = []
        cache: dict[int, Alert] = {}
        for row in await store.pending_deliveries(self.database, limit):
            if row["alert_id"] not in cache:
                alert_row = await store.get_alert(self.database, row["alert_id"])
                if alert_row is None:
                    continue
                cache[row["alert_id"]] = _alert(alert_row)
            deliveries.append(Delivery(cache[row["alert_id"]], row["chat_id"], row["locale"]))
        return deliveries

    async def delivered(self, delivery: Delivery) -> None:
        await store.mark_delivery(self.database, delivery.alert.id, delivery.chat_id, "sent")

    async def forget_delivered(self) -> None:
        await store.forget_delivered(self.database)

    async def blocked(self, delivery: Delivery) -> None:
        await store.drop_subscriber(self.database, delivery.chat_id)
