"""Retention, enforced (DESIGN rule 8): each kind of data has a rule with a setting (days kept,
a safe default in `bot.settings.RETENTION`) and what leaves when it is older (a `Sweep`).

Rules form a small registry: every feature declares its own with `routes.retain(rule)` in its
`register(routes)`; the bot runs them all once a day (`bot/handlers/operations`) and
`scripts/retention.py` runs them by hand (`--dry-run` only counts). Erasing needs
`secure_delete` on, so freed bytes are zeroed, and ends with a WAL checkpoint that truncates the
WAL, so no old copy of an erased row stays on the disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.settings import RETENTION
from storage import retention as store
from storage.database import Database
from storage.retention import Sweep, Written

__all__ = ["BUILT_IN", "Outcome", "Rule", "cutoff", "enforce"]

SETTINGS = {name for name, _, _, _ in RETENTION}


class RetentionError(RuntimeError):
    """Erasing would not really erase (secure_delete is off)."""


@dataclass(frozen=True)
class Rule:
    """One kind of data: `name` (stable, shown to operators), the setting that says how many
    days it is kept, and the sweeps that remove it once older."""

    name: str
    setting: str
    sweeps: tuple[Sweep, ...]

    def __post_init__(self) -> None:
        if self.setting not in SETTINGS:
            raise ValueError(f"{self.setting} is not a retention setting (bot.settings.RETENTION)")
        if not self.sweeps:
            raise ValueError(f"rule {self.name!r} sweeps nothing")


@dataclass(frozen=True)
class Outcome:
    """What a rule found (dry run) or erased: rows (or rows whose words were cleared)."""

    rule: str
    setting: str
    days: int
    rows: int


def cutoff(written: Written, now: datetime, days: int, zone: ZoneInfo) -> str:
    """The first value that is not yet old, written like the column it is compared with."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    moment = now - timedelta(days=days)
    if written is Written.INSTANT:
        return moment.astimezone(ZoneInfo("UTC")).isoformat()
    local = moment.astimezone(zone).date()
    if written is Written.DATE:
        return local.isoformat()
    # A week is old once all of it is: compare with the week the cutoff day falls in.
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


async def enforce(
    database: Database,
    rules: Iterable[Rule],
    days: Mapping[str, int],
    now: datetime,
    zone: ZoneInfo,
    *,
    dry_run: bool = False,
) -> list[Outcome]:
    """Run every rule: count what is past its days (`dry_run`), or erase it and then fold the
    WAL into the file and truncate it."""
    rules = list(rules)
    names = [rule.name for rule in rules]
    if len(set(names)) != len(names):
        raise ValueError("two retention rules share a name")
    if not dry_run and await database.pragma("secure_delete") != 1:
        raise RetentionError("secure_delete is off: erased rows would stay readable in the file")
    outcomes = []
    for rule in rules:
        kept = days[rule.setting]
        rows = 0
        for sweep in rule.sweeps:
            limit = cutoff(sweep.written, now, kept, zone)
            if dry_run:
                rows += await store.count_due(database, sweep, limit)
            else:
                rows += await store.erase_due(database, sweep, limit)
        outcomes.append(Outcome(rule.name, rule.setting, kept, rows))
    if not dry_run:
        await database.checkpoint()
    return outcomes


# The built-in features' rules; each feature registers its own (see its `register`).
FEEDBACK_WORDS = Rule("feedback words", "FEEDBACK_TEXT_DAYS", (store.FEEDBACK_WORDS,))
OUTREACH_NOTES = Rule(
    "session and report notes", "OUTREACH_NOTE_DAYS", (store.SESSION_NOTES, store.REPORT_NOTES)
)
SERVICE_HISTORY = Rule("service history", "SERVICE_HISTORY_DAYS", (store.SERVICE_HISTORY,))
EXPIRED_NOTICES = Rule("expired notices", "EXPIRED_NOTICE_DAYS", (store.EXPIRED_NOTICES,))
OLD_INVITES = Rule("used or expired invites", "OLD_INVITE_DAYS", (store.OLD_INVITES,))
BUILT_IN = (FEEDBACK_WORDS, OUTREACH_NOTES, SERVICE_HISTORY, EXPIRED_NOTICES, OLD_INVITES)
