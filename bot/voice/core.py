"""`Voice` (runtime.voice): the feature's parts, made once per open database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.settings import Settings
from bot.voice.campaigns import Campaigns, OncePerDay
from bot.voice.optins import OptIns
from bot.voice.polls import Polls
from bot.voice.updates import Updates
from storage import Database


@dataclass(frozen=True)
class Voice:
    optins: OptIns
    polls: Polls
    updates: Updates
    campaigns: Campaigns

    @classmethod
    def build(
        cls,
        database: Database,
        settings: Settings,
        clock: Callable[[], datetime],
        starts: OncePerDay,
    ) -> Voice:
        zone, region, k = settings.timezone, settings.phone_region, settings.suppression_k
        return cls(
            OptIns(database),
            Polls(database, zone, clock, settings.id_hash_key, k, region),
            Updates(database, zone, clock, region),
            Campaigns(database, zone, clock, k, starts),
        )
