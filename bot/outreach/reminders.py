"""Reminders live in the database, so a restart loses none: before the start, "are you safe?"
after the end (and the lead is alerted when no answer comes), and the prompt to report.

A round claims every due reminder and queues its letter in the same transaction, so a crash
neither loses nor doubles one; a reminder missed by more than the grace period is marked missed
instead of being sent late. Whether the person can be written to is decided when it is due: a
peer who blocked the bot and wrote again gets their reminders, and "are you safe?" that cannot
reach someone alerts their lead at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.outreach.core import OutreachCore, iso, utc
from bot.outreach.letters import FOR_REMINDER, letter
from bot.outreach.model import AssignmentStatus, OutreachSession, ReminderKind, ReminderPolicy
from storage import outreach as store

ROUND_LIMIT = 500
AFTER_THE_SESSION = (ReminderKind.SAFETY_CHECK, ReminderKind.LEAD_ALERT)


def reminder_times(
    session: OutreachSession, policy: ReminderPolicy, now: datetime
) -> list[tuple[str, str]]:
    """(kind, due) of what a confirmed peer hears from us: before the start (unless that time
    has passed), "are you safe?" after the end, and the prompt to report."""
    times = []
    for hours, kind in zip(
        policy.hours_before, (ReminderKind.DAY_BEFORE, ReminderKind.HOUR_BEFORE), strict=False
    ):
        due = session.starts_at - timedelta(hours=hours)
        if due > now:
            times.append((kind.value, iso(due)))
    times.append((ReminderKind.SAFETY_CHECK.value, iso(session.ends_at + policy.checkout_grace)))
    times.append((ReminderKind.REPORT_PROMPT.value, iso(session.ends_at)))
    return times


@dataclass(frozen=True)
class Decision:
    """What becomes of one due reminder: its new state, the letter it sends (if any) and the
    reminders it leads to (an unanswered "are you safe?" alerts the lead)."""

    state: str
    letters: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[tuple[str, str]] = field(default_factory=list)


class Reminders(OutreachCore):
    def decide(self, row: Mapping[str, Any], now: datetime) -> Decision:
        """One due reminder (a row of `store.due_reminders`), decided without side effects."""
        kind = ReminderKind(row["kind"])
        settled = row["checked_out_at"] is not None or row["safe_at"] is not None
        if (
            row["cancelled"]
            or row["status"] != AssignmentStatus.CONFIRMED.value
            or (kind in AFTER_THE_SESSION and settled)
        ):
            return Decision("cancelled")
        if kind is ReminderKind.LEAD_ALERT:
            # The peer may be the one who cannot be reached: the lead is told all the same.
            lead = {
                "telegram_id": row["lead_telegram_id"] if row["lead_active"] else None,
                "locale": row["lead_locale"],
            }
            to_lead = letter(FOR_REMINDER[kind], lead, row["session_id"], row["person_id"])
            if to_lead is None:
                return Decision("unreachable")
            return Decision("sent", self._outbox_rows([to_lead]))
        if row["unreachable"] or row["telegram_id"] is None:
            if kind is ReminderKind.SAFETY_CHECK:
                # Nobody can ask them: their lead must check on them now.
                return Decision(
                    "unreachable", follow_ups=[(ReminderKind.LEAD_ALERT.value, iso(now))]
                )
            return Decision("unreachable")
        if kind is not ReminderKind.SAFETY_CHECK and now - utc(row["due_at"]) > self.policy.grace:
            return Decision("missed")
        follow_ups = []
        if kind is ReminderKind.SAFETY_CHECK:
            follow_ups.append((ReminderKind.LEAD_ALERT.value, iso(now + self.policy.answer_wait)))
        to_peer = letter(FOR_REMINDER[kind], row, row["session_id"], row["person_id"])
        return Decision("sent", self._outbox_rows([to_peer]), follow_ups)

    async def queue_due_reminders(self, limit: int = ROUND_LIMIT) -> int:
        """Claim every reminder now due and queue its letter; returns how many letters."""
        now = self.now()

        def decide(
            row: Mapping[str, Any],
        ) -> tuple[str, list[dict[str, Any]], list[tuple[str, str]]]:
            decision = self.decide(row, now)
            return decision.state, decision.letters, decision.follow_ups

        return await store.claim_due_reminders(self.database, iso(now), limit, decide)

    async def pending_reminders(self) -> int:
        return await store.pending_reminder_count(self.database)
