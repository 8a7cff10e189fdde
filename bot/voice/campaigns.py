"""Campaigns: a lead names one (area, start and end), gets its links (to the menu, the feedback
form, the opt-ins and talk to a peer, each carrying a short random code) and its posters.

Reach is counted per campaign and ISO week, a number and nothing else: a start through one of
its links (one a day per person, told apart in memory only under a key that changes daily), and
a feedback answer or an opt-in that followed it. `/figures` shows it per month, suppressed, once
the month's last week is over.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.refusal import NotAllowed
from bot.common.suppression import suppress_small_counts
from bot.common.text import clean_text
from bot.feedback.periods import iso_week, period_is_over, weeks_of
from bot.people import Role, Viewer
from bot.voice.model import NAME_LIMIT, Campaign, CampaignReach, MonthReach, Reach, Target
from storage import Database
from storage.voice import campaigns as store

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a poster
CODE_LENGTH = 6
_VALUE = re.compile(rf"^([{CODE_ALPHABET}]{{{CODE_LENGTH}}})(?:_([a-z]+))?$")
LONGEST_DAYS = 366


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def link_value(code: str, target: Target) -> str:
    """What follows the campaign prefix in a deep link: the code, and where it opens."""
    return code if target is Target.MENU else f"{code}_{target.value}"


def parse_link_value(value: str) -> tuple[str, Target] | None:
    match = _VALUE.fullmatch(value)
    if match is None:
        return None
    try:
        return match[1], Target(match[2] or Target.MENU.value)
    except ValueError:
        return None


def clean_name(typed: str) -> str:
    return clean_text(typed)[:NAME_LIMIT]


class OncePerDay:
    """Whether a person was already counted today for a campaign, told apart by an HMAC whose
    key is made in memory, changes every day and is never stored or logged."""

    def __init__(self) -> None:
        self._day: date | None = None
        self._key = b""
        self._seen: set[str] = set()

    def first_today(self, telegram_id: int, campaign_id: int, today: date) -> bool:
        if today != self._day:
            self._day, self._key, self._seen = today, secrets.token_bytes(32), set()
        tag = hmac.new(self._key, f"{campaign_id}:{telegram_id}".encode(), hashlib.sha256)
        digest = tag.hexdigest()
        if digest in self._seen:
            return False
        self._seen.add(digest)
        return True


def _campaign(row: dict[str, Any]) -> Campaign:
    return Campaign(
        row["id"],
        row["code"],
        row["name"],
        row["area_id"],
        row["area_name"],
        date.fromisoformat(row["starts_on"]),
        date.fromisoformat(row["ends_on"]),
    )


@dataclass(frozen=True)
class Campaigns:
    database: Database
    zone: ZoneInfo
    clock: Callable[[], datetime]
    k: int
    starts: OncePerDay = field(default_factory=OncePerDay)

    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    async def create(
        self, viewer: Viewer, name: str, area_id: int | None, starts_on: date, ends_on: date
    ) -> Campaign:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        kept = clean_name(name)
        if not kept or ends_on < starts_on or (ends_on - starts_on).days > LONGEST_DAYS:
            raise NotAllowed
        while True:  # a code already taken is made again: 32**6 codes, rarely needed
            campaign_id = await store.insert(
                self.database,
                {
                    "code": new_code(),
                    "name": kept,
                    "area_id": area_id,
                    "starts_on": starts_on.isoformat(),
                    "ends_on": ends_on.isoformat(),
                    "created_by": viewer.person_id,
                },
            )
            if campaign_id is not None:
                break
        campaign = await self.get(campaign_id)
        assert campaign is not None
        return campaign

    async def get(self, campaign_id: int) -> Campaign | None:
        row = await store.get(self.database, campaign_id)
        return None if row is None else _campaign(row)

    async def for_lead(self, viewer: Viewer, campaign_id: int) -> Campaign:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        campaign = await self.get(campaign_id)
        if campaign is None:
            raise NotAllowed
        return campaign

    async def latest(self, viewer: Viewer, limit: int = 10) -> list[Campaign]:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        return [_campaign(r) for r in await store.latest(self.database, limit)]

    # --- reach ---------------------------------------------------------------------------------

    async def started(self, code: str, telegram_id: int) -> int | None:
        """Someone opened the bot through a campaign's link: counted (once a day per person);
        returns the campaign, or None for a code that is not one."""
        campaign_id = await store.id_of_code(self.database, code)
        if campaign_id is None:
            return None
        today = self.today()
        if self.starts.first_today(telegram_id, campaign_id, today):
            await store.count(self.database, campaign_id, iso_week(today), Reach.START.value)
        return campaign_id

    async def followed(self, campaign_id: int, what: Reach) -> None:
        """A feedback answer or an opt-in that came through the campaign."""
        await store.count(self.database, campaign_id, iso_week(self.today()), what.value)

    async def reach_of_month(self, month: str) -> MonthReach:
        """Each campaign's counts in the weeks of `month`, suppressed per kind across campaigns
        (a hidden one cannot be worked out from the total); none until the month's last week is
        over, since a running week read twice would subtract."""
        if not period_is_over(month, self.today()):
            return MonthReach(month, False)
        rows = await store.reach(self.database, weeks_of(month))
        names: dict[int, str] = {}
        raw: dict[Reach, dict[str, int]] = {what: {} for what in Reach}
        for row in rows:
            names[row["id"]] = row["name"]
        for row in rows:
            raw[Reach(row["what"])][str(row["id"])] = int(row["n"])
        shown = {
            what: suppress_small_counts({str(c): raw[what].get(str(c), 0) for c in names}, self.k)
            for what in Reach
        }
        campaigns = tuple(
            CampaignReach(c, name, {what: shown[what].cells[str(c)] for what in Reach})
            for c, name in names.items()
        )
        return MonthReach(month, True, campaigns, {what: shown[what].total for what in Reach})
