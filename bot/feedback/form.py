"""Anonymous feedback: what people tell us about services, outreach, their needs and safety,
stored so that no row can be linked to the person who gave it (DESIGN rule 2).

The form's draft lives only in memory; a submission is committed before we say thank you; a
second Send stores nothing more; abuse is limited with a keyed hash whose key lives in memory
only and changes every day.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.scrub import scrub
from bot.common.text import clean_text
from bot.directory.core import State
from bot.feedback.model import FeedbackEntry, Given, Topic
from storage import Database
from storage import directory as directory_store
from storage import feedback as store
from storage import feedback_reports as reports_store

FREE_TEXT_LIMIT = 1000
STIGMA_WINDOW = timedelta(days=30)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weeks_back(day: date, span: timedelta) -> list[str]:
    """The ISO weeks touching the `span` before `day` (feedback is dated by week only)."""
    weeks = []
    current = day - span
    while current <= day:
        week = iso_week(current)
        if week not in weeks:
            weeks.append(week)
        current += timedelta(days=1)
    return weeks


def new_key() -> str:
    """Random, not a sequence: the order of keys says nothing about who answered when."""
    return secrets.token_urlsafe(12)


def clean_free_text(typed: str, region: str | None) -> str:
    """What is stored of free text: contact details and long numbers removed, length bounded."""
    return scrub(clean_text(typed), region)[:FREE_TEXT_LIMIT]


def next_step(draft: dict[str, Any], step: str) -> str:
    """The form's order; service questions only when the feedback is about a service."""
    about_service = draft.get("topic") == Topic.SERVICE.value
    order = ["intro", "topic"]
    if about_service:
        order += (
            ["service"]
            if draft.get("service_id") is None and not draft.get("service_skipped")
            else []
        )
        order += ["given"]
        order += ["explained"] if draft.get("given") in (Given.NO.value, Given.PARTLY.value) else []
        order += ["waiting", "staff", "overall"]
    order += ["barriers", "needs", "text", "review"]
    if step not in order:
        return order[-1]
    return order[min(order.index(step) + 1, len(order) - 1)]


class DailyLimiter:
    """At most `per_day` submissions a day per person, counted under a keyed hash whose key is
    made in memory, changes every day and is never stored or logged."""

    def __init__(self, per_day: int) -> None:
        self.per_day = per_day
        self._day: date | None = None
        self._key = b""
        self._counts: Counter[str] = Counter()

    def _tag(self, telegram_id: int, today: date) -> str:
        if today != self._day:
            self._day, self._key, self._counts = today, secrets.token_bytes(32), Counter()
        return hmac.new(self._key, str(telegram_id).encode(), hashlib.sha256).hexdigest()

    def allowed(self, telegram_id: int, today: date) -> bool:
        return self._counts[self._tag(telegram_id, today)] < self.per_day

    def count(self, telegram_id: int, today: date) -> None:
        self._counts[self._tag(telegram_id, today)] += 1


@dataclass(frozen=True)
class Submitted:
    stored: bool  # False: this draft was already stored (a second Send)
    flagged_service: str | None = None  # a service just sent back for review
    stigma_reports: int = 0


@dataclass(frozen=True)
class Feedback:
    database: Database
    zone: ZoneInfo
    clock: Callable[[], datetime]
    limiter: DailyLimiter
    stigma_threshold: int = 3

    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    def this_week(self) -> str:
        return iso_week(self.today())

    async def submit(self, entry: FeedbackEntry) -> Submitted:
        """Commit a submission; when discrimination reports about one service reach the
        threshold within 30 days, the service goes back to review (counts only, no text)."""
        row = {
            "key": entry.key, "week": entry.week, "topic": entry.topic.value,
            "service_id": entry.service_id, "session_id": entry.session_id,
            "area_id": entry.area_id,
            "service_given": entry.service_given.value if entry.service_given else None,
            "explained": None if entry.explained is None else int(entry.explained),
            "waiting": entry.waiting.value if entry.waiting else None,
            "staff_rating": entry.staff_rating, "overall_rating": entry.overall_rating,
            "free_text": entry.free_text or None,
        }  # fmt: skip
        stored = await store.insert(
            self.database, row, [b.value for b in entry.barriers], list(entry.needs)
        )
        if (
            not stored
            or entry.service_id is None
            or "stigma" not in {b.value for b in entry.barriers}
        ):
            return Submitted(stored)
        reports = await reports_store.stigma_reports_for(
            self.database, entry.service_id, weeks_back(self.today(), STIGMA_WINDOW)
        )
        if reports < self.stigma_threshold:
            return Submitted(True)
        service = await directory_store.get_service(self.database, entry.service_id)
        if service is None:
            return Submitted(True)
        moved = await directory_store.set_state(
            self.database, entry.service_id, state=State.REVIEW.value,
            from_states=(State.PUBLISHED.value,), today=self.today().isoformat(), words="",
            by=None, by_role="feedback",
        )  # fmt: skip
        return Submitted(True, service["name"] if moved else None, reports)
