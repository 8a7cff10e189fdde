"""Consultations: a lead asks a question with 2-6 answers (and, if they like, "other, in my
words"), in the languages they choose, for an area or everyone, opening now or later and closing
after some days.

One answer per person without a register (DESIGN rule 13): while a poll is open, a tag of each
person who answered is kept, an HMAC of their id under `ID_HASH_KEY` and the poll's own random
key; answers are stored like feedback (a random key, the ISO week, the choice). The tag and the
answer share nothing, and when the poll closes its key and every tag are deleted and the WAL
folded, so nothing on the disk says who answered, nor can a tag ever be made again.

Results only after closing (a running poll read twice subtracts to the answers in between),
suppressed like every report.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.outbox import Outbox, Outgoing, Priority, Purpose
from bot.common.refusal import NotAllowed
from bot.common.scrub import scrub
from bot.common.suppression import suppress_small_counts
from bot.common.text import clean_text
from bot.feedback.periods import iso_week
from bot.people import Role, Viewer
from bot.settings import Secret
from bot.voice.model import (
    CHOICE_LIMIT,
    MAX_CHOICES,
    MIN_CHOICES,
    OTHER,
    QUESTION_LIMIT,
    WORDS_LIMIT,
    Answered,
    Poll,
    PollPlan,
    PollResults,
    PollState,
    Wording,
)
from storage import Database
from storage.voice import polls as store

POLL_LETTER = "voice.poll"
LONGEST_DAYS = 30
OPENS_WITHIN_DAYS = 31 * 3  # how far ahead a question can be set to open: about three months
WORDS_SHOWN = 5


class ChoicesProblem(StrEnum):
    TOO_FEW = "too-few"
    TOO_MANY = "too-many"
    TOO_LONG = "too-long"
    NOT_THE_SAME = "not-the-same"  # another language needs as many answers as the first


def clean_question(typed: str, region: str | None) -> str:
    return scrub(clean_text(typed), region)[:QUESTION_LIMIT]


def clean_words(typed: str, region: str | None) -> str:
    """What someone writes as "other": no contact details, bounded."""
    return scrub(clean_text(typed), region)[:WORDS_LIMIT]


def parse_choices(
    typed: str, region: str | None, needed: int | None = None
) -> tuple[str, ...] | ChoicesProblem:
    """The answers a lead typed, one per line (scrubbed): 2 to 6, each short enough for a
    button; as many as the first language had when `needed`."""
    lines = [scrub(clean_text(line), region) for line in typed.splitlines()]
    choices = tuple(line for line in lines if line)
    if len(choices) < MIN_CHOICES:
        return ChoicesProblem.TOO_FEW
    if len(choices) > MAX_CHOICES:
        return ChoicesProblem.TOO_MANY
    if any(len(choice) > CHOICE_LIMIT for choice in choices):
        return ChoicesProblem.TOO_LONG
    if needed is not None and len(choices) != needed:
        return ChoicesProblem.NOT_THE_SAME
    return choices


def voter_tag(id_key: Secret, poll_key: bytes, telegram_id: int) -> str:
    """Who answered, as only this poll's key (with ID_HASH_KEY) can tell, while it exists."""
    key = id_key.reveal().encode() + poll_key
    return hmac.new(key, f"voter:{telegram_id}".encode(), hashlib.sha256).hexdigest()


def poll_letter(poll_id: int, chat_id: int, locale: str) -> Outgoing:
    """A question's neutral line to someone who gets questions: once per poll and chat."""
    return Outgoing(
        chat_id,
        locale,
        POLL_LETTER,
        {"poll": poll_id},
        purpose=Purpose.VOICE,
        priority=Priority.BROADCAST,
        dedupe=f"poll:{poll_id}:{chat_id}",
    )


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _poll(row: dict[str, Any]) -> Poll:
    return Poll(
        row["id"],
        row["area_id"],
        row["area_name"],
        row["choices"],
        bool(row["other"]),
        datetime.fromisoformat(row["opens_at"]),
        datetime.fromisoformat(row["closes_at"]),
        PollState(row["state"]),
        tuple(Wording(t["locale"], t["question"], tuple(t["choices"])) for t in row["texts"]),
    )


@dataclass(frozen=True)
class Polls:
    database: Database
    zone: ZoneInfo
    clock: Callable[[], datetime]
    id_key: Secret
    k: int
    phone_region: str | None = None

    # --- leads ---------------------------------------------------------------------------------

    def opening_days(self) -> tuple[date, date]:
        """The first and the last day a lead may set a question to open: today (in the
        deployment's time zone) and about three months on."""
        today = self.clock().astimezone(self.zone).date()
        return today, today + timedelta(days=OPENS_WITHIN_DAYS)

    async def ask(self, viewer: Viewer, plan: PollPlan) -> tuple[Poll, int]:
        """Save a lead's poll; it opens now (its letters queued: how many) or at the time
        chosen."""
        if not viewer.role.at_least(Role.LEAD) or not plan.wordings:
            raise NotAllowed
        counts = {len(w.choices) for w in plan.wordings}
        if len(counts) != 1 or not MIN_CHOICES <= counts.pop() <= MAX_CHOICES:
            raise NotAllowed
        if not 1 <= plan.days <= LONGEST_DAYS:
            raise NotAllowed
        if (
            plan.opens_at is not None
            and plan.opens_at.astimezone(self.zone).date() > (self.opening_days()[1])
        ):
            raise NotAllowed
        now = self.clock()
        opens = max(plan.opens_at or now, now)
        poll_id = await store.insert(
            self.database,
            {
                "area_id": plan.area_id,
                "choices": len(plan.wordings[0].choices),
                "other": plan.other,
                "opens_at": _iso(opens),
                "closes_at": _iso(opens + timedelta(days=plan.days)),
                "created_by": viewer.person_id,
            },
            [
                {"locale": w.locale, "question": w.question, "choices": w.choices}
                for w in plan.wordings
            ],
        )
        queued = await self.open_due()
        poll = await self.get(poll_id)
        assert poll is not None
        return poll, queued

    async def open_due(self) -> int:
        """Open every poll whose time came, queueing its letters; how many letters were queued."""
        outbox = Outbox(self.database, self.clock, self.phone_region)
        queued = 0
        for poll_id in await store.due_to_open(self.database, _iso(self.clock())):

            def letters_for(audience: list[tuple[int, str]], poll_id: int = poll_id) -> Any:
                return outbox.rows_for([poll_letter(poll_id, c, lang) for c, lang in audience])

            count = await store.open_poll(
                self.database, poll_id, secrets.token_bytes(32), letters_for
            )
            queued += count or 0
        return queued

    async def close_due(self) -> int:
        """Close every poll whose time is up: its key and tags go, and the WAL is folded, so no
        byte on the disk says who answered."""
        closed = 0
        for poll_id in await store.due_to_close(self.database, _iso(self.clock())):
            closed += await store.close(self.database, poll_id)
        if closed:
            await self.database.checkpoint()
        return closed

    # --- everyone ------------------------------------------------------------------------------

    async def get(self, poll_id: int) -> Poll | None:
        row = await store.get(self.database, poll_id)
        return None if row is None else _poll(row)

    async def open_polls(self, limit: int = 10) -> list[Poll]:
        return [_poll(r) for r in await store.in_state(self.database, "open", limit)]

    async def closed_polls(self, limit: int = 10) -> list[Poll]:
        return [_poll(r) for r in await store.in_state(self.database, "closed", limit)]

    async def answer(
        self, poll_id: int, telegram_id: int, choice: int | None, words: str | None = None
    ) -> Answered:
        """One answer per person: a choice, or (when offered) their own words, scrubbed. The id
        is used here, in memory, for the tag only."""
        poll = await self.get(poll_id)
        if poll is None:
            raise NotAllowed
        if choice is not None and not 0 <= choice < poll.choices:
            raise NotAllowed
        kept = None
        if choice is None:
            kept = clean_words(words or "", self.phone_region)
            if not poll.other or not kept:
                raise NotAllowed
        key = await store.key_of(self.database, poll_id)
        if key is None or poll.state is not PollState.OPEN:
            return Answered.CLOSED
        row = {
            "key": secrets.token_urlsafe(12),
            "week": iso_week(self.clock().astimezone(self.zone).date()),
            "choice": choice,
            "words": kept,
        }
        stored = await store.answer(
            self.database, poll_id, voter_tag(self.id_key, key, telegram_id), row
        )
        if stored is None:
            return Answered.CLOSED
        return Answered.SAVED if stored else Answered.ALREADY

    async def results(self, poll_id: int) -> PollResults:
        """A closed poll's results, suppressed: counts from 1 to K-1 hidden, and a second one
        wherever the total would give a hidden one away; under K answers in all, nothing."""
        poll = await self.get(poll_id)
        if poll is None or poll.state is not PollState.CLOSED:
            raise NotAllowed
        counts = await store.counts(self.database, poll_id)
        cells = {str(n): counts.get(n, 0) for n in range(poll.choices)}
        if poll.other:
            cells[OTHER] = counts.get(None, 0)
        total = sum(cells.values())
        if total < self.k:
            return PollResults(poll, False, {}, None)
        shown = suppress_small_counts(cells, self.k)
        words: Sequence[str] = ()
        if poll.other and (shown.cells.get(OTHER) or 0) >= self.k:
            words = await store.own_words(self.database, poll_id, WORDS_SHOWN)
        return PollResults(poll, True, shown.cells, shown.total, tuple(words))
