"""Calls for help on outreach sessions. A peer on a session taps "I need help" (from an hour
before the start to the end plus the check-out grace; a day longer from "are you safe?"): the
other peers on it, the leads of its area and the lead who planned it are alerted at once. The
first "I'm on it" is told to the peer and the others; "They are safe now" closes the call. With
no "I'm on it" within the escalation time, every admin and lead is alerted, again and again up
to the policy's rounds. The lead's alert about a peer who did not check out becomes the same
kind of call (opened from outreach's reminder rows), closed when the peer checks out after all.

Everything is a row: a restart loses no call and no escalation. Who was alerted is kept by
person id; their chat ids are read from the team when a letter or a location goes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from enum import StrEnum
from typing import Any

from bot.common.outbox import Priority
from bot.common.refusal import NotAllowed
from bot.help.core import HelpCore, at, iso, utc
from bot.help.letters import ANSWERED_LETTER, ESCALATION_LETTER, SOS_LETTER, to_each
from bot.help.model import Alarm, AlarmKind, Answer, Raised, RaiseOutcome, Recipient
from bot.outreach.model import AssignmentStatus, OutreachSession
from bot.people import Viewer
from storage.help import alarms as store

MISSED_LOOK_BACK = timedelta(days=1)  # older lead alerts are not turned into calls any more


class Answered(StrEnum):
    DONE = "done"
    ALREADY = "already"  # someone else was on it first
    OVER = "over"  # the call was closed


class Alarms(HelpCore):
    # --- a peer calls ------------------------------------------------------------------------

    def call_shown(self, session: OutreachSession, status: AssignmentStatus) -> bool:
        """Whether a person with this place on the session is offered "I need help" now."""
        return status is AssignmentStatus.CONFIRMED and self.policy.shown(session, self.now())

    async def call_for_help(self, viewer: Viewer, session_id: int) -> Raised:
        """Alert everyone on call for this session at once (urgent letters, in the same
        transaction). Only for someone confirmed on it; a call already open is shown again."""
        if viewer.person_id is None:
            raise NotAllowed
        session = await self.outreach.session(session_id)
        seat = await self.outreach.seat(session_id, viewer.person_id)
        if session is None or seat is None or seat.status is not AssignmentStatus.CONFIRMED:
            raise NotAllowed
        now = self.now()
        if session.cancelled or now < session.starts_at - self.policy.shown_before:
            raise NotAllowed  # never offered yet: a forged or mistaken tap
        if not self.policy.accepted(session, now):
            return Raised(RaiseOutcome.OVER)

        def tell(alarm_id: int, people: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
            letters = to_each(
                SOS_LETTER,
                people,
                self.default_locale,
                {"alarm": alarm_id},
                priority=Priority.URGENT,
            )
            return self._outbox_rows(letters)

        raised = await store.raise_sos(
            self.database,
            session_id,
            viewer.person_id,
            iso(now),
            iso(now + self.policy.escalate_after),
            tell,
        )
        if raised is not None:
            alarm_id, alerted = raised
            if not alerted:
                await self.escalate_due()  # nobody to wait for: every admin and lead, now
            return Raised(RaiseOutcome.RAISED, await self.alarm(alarm_id), alerted)
        open_id = await store.open_call(
            self.database, AlarmKind.SOS.value, session_id, viewer.person_id
        )
        return Raised(RaiseOutcome.ALREADY, None if open_id is None else await self.alarm(open_id))

    async def location_recipients(self, viewer: Viewer, alarm_id: int) -> list[Recipient]:
        """Whom the person's location goes to, straight away (it is never stored): everyone
        their open call reached. Only the person who called may send it."""
        alarm = await self.alarm(alarm_id)
        if (
            alarm is None
            or alarm.kind is not AlarmKind.SOS
            or alarm.person_id != viewer.person_id
            or alarm.closed
        ):
            raise NotAllowed
        return [
            Recipient(r["person_id"], r["telegram_id"], r["locale"] or self.default_locale)
            for r in await store.recipients(self.database, alarm_id)
        ]

    # --- reading -----------------------------------------------------------------------------

    async def alarm(self, alarm_id: int) -> Alarm | None:
        row = await store.alarm(self.database, alarm_id)
        if row is None:
            return None
        session = await self.outreach.session(row["session_id"])
        if session is None:
            return None
        return Alarm(
            id=row["id"],
            kind=AlarmKind(row["kind"]),
            session=session,
            person_id=row["person_id"],
            alias=row["alias"],
            raised_at=at(row["raised_at"]),
            acked_at=utc(row["acked_at"]),
            acked_by=row["acked_by"],
            safe_at=utc(row["safe_at"]),
            safe_by=row["safe_by"],
            safe_by_themselves=bool(row["by_self"]),
            escalations=row["escalations"],
            closed=row["closed_at"] is not None,
        )

    # --- answers -----------------------------------------------------------------------------

    async def answer(self, viewer: Viewer, alarm_id: int, answer: Answer) -> tuple[Answered, Alarm]:
        """ "I'm on it" or "They are safe now" from someone alerted, or "I'm safe now" from the
        person who called; with the call as it stands after. Anyone else is refused and nothing
        changes."""
        alarm = await self.alarm(alarm_id)
        if alarm is None or viewer.person_id is None:
            raise NotAllowed
        themselves = viewer.person_id == alarm.person_id
        if themselves:
            if answer is not Answer.SAFE or alarm.kind is not AlarmKind.SOS:
                raise NotAllowed
        elif not await store.was_alerted(self.database, alarm_id, viewer.person_id):
            raise NotAllowed
        if alarm.closed:
            return Answered.OVER, alarm
        now = iso(self.now())
        tell = self._tell_the_others(alarm, answer)
        if answer is Answer.ON_IT:
            done = await store.acknowledge(self.database, alarm_id, viewer.person_id, now, tell)
            answered = Answered.DONE if done else Answered.ALREADY
        else:
            done = await store.mark_safe(self.database, alarm_id, viewer.person_id, now, tell)
            answered = Answered.DONE if done else Answered.OVER
        return answered, await self.alarm(alarm_id) or alarm

    async def answer_missed(
        self, viewer: Viewer, session_id: int, person_id: int, answer: Answer
    ) -> tuple[Answered, Alarm]:
        """An answer to the lead alert about a peer who did not check out (its buttons name the
        session and the peer: the alert may go before the call's row is made)."""
        alarm_id = await store.missed_checkout(self.database, session_id, person_id)
        if alarm_id is None:
            await self.open_missed_checkouts()
            alarm_id = await store.missed_checkout(self.database, session_id, person_id)
        if alarm_id is None:
            raise NotAllowed
        return await self.answer(viewer, alarm_id, answer)

    def _tell_the_others(self, alarm: Alarm, answer: Answer) -> store.Tell:
        """Letters telling the others of an answer: everyone alerted, and for a peer's own
        call the peer too (someone is on the way, or they were marked safe: they can call
        again)."""

        def tell(people: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
            others = [p for p in people if p["person_id"] != alarm.person_id]
            themselves = [p for p in people if p["person_id"] == alarm.person_id]
            if alarm.kind is AlarmKind.MISSED_CHECKOUT:
                themselves = []
            ids: dict[str, int | str] = {"alarm": alarm.id, "answer": answer.value}
            letters = [
                *to_each(
                    ANSWERED_LETTER, others, self.default_locale, ids, priority=Priority.URGENT
                ),
                *to_each(
                    ANSWERED_LETTER,
                    themselves,
                    self.default_locale,
                    {**ids, "you": 1},
                    priority=Priority.URGENT,
                ),
            ]
            return self._outbox_rows(letters)

        return tell

    # --- the watch: every few seconds, from the database --------------------------------------

    async def look_after_alarms(self) -> int:
        """Open calls for missed check-outs, close those whose peer checked out after all,
        escalate what is due and close calls open for a day. Non-zero: letters were queued."""
        await self.open_missed_checkouts()
        queued = await self._close_checked_out()
        queued += await self.escalate_due()
        now = self.now()
        await store.close_stale(self.database, iso(now - self.policy.open_for), iso(now))
        return queued

    async def open_missed_checkouts(self) -> int:
        """A call for every lead alert outreach sent (or could not send) about a peer who did
        not answer "are you safe?"; escalated at once when the lead could not be told."""
        now = self.now()
        opened = 0
        for row in await store.lead_alerts_without_alarm(
            self.database, iso(now - MISSED_LOOK_BACK)
        ):
            sent = row["state"] == "sent"
            done = at(row["done_at"])
            escalate_at = done + self.policy.escalate_after if sent else done
            await store.open_missed_checkout(
                self.database,
                row["session_id"],
                row["person_id"],
                iso(done),
                iso(escalate_at),
                row["lead_id"] if sent else None,
            )
            opened += 1
        return opened

    async def _close_checked_out(self) -> int:
        queued = 0
        for row in await store.checked_since_alarm(self.database):
            alarm = await self.alarm(row["id"])
            if alarm is None:
                continue
            tell = self._tell_the_others(alarm, Answer.SAFE)
            if await store.mark_safe(
                self.database, alarm.id, row["person_id"], iso(self.now()), tell
            ):
                queued += 1
        return queued

    async def escalate_due(self) -> int:
        """One more round to every admin and lead for each unanswered call that is due."""
        now = self.now()
        rounds = self.policy.escalation_rounds

        def next_at(done: int) -> str | None:
            return iso(now + self.policy.escalate_after) if done < rounds else None

        def tell(call: Mapping[str, Any], people: Sequence[Mapping[str, Any]]) -> list[dict]:
            letters = to_each(
                ESCALATION_LETTER,
                people,
                self.default_locale,
                {"alarm": call["id"]},
                priority=Priority.URGENT,
                dedupe=f"help-escalation:{call['id']}:{call['escalations']}",
            )
            return self._outbox_rows(letters)

        return await store.escalate_due(self.database, iso(now), next_at, tell)
