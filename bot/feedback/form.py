"""Anonymous feedback: the form's draft and the order of its questions, and `Feedback`, which
stores a submission so that no row can be linked to the person who gave it (DESIGN rule 2),
limits abuse, flags a service for re-vetting, and hands leads their reports.

The draft lives only in memory; a submission is committed before we say thank you; a second
Send stores nothing more; abuse is limited with a keyed hash whose key lives in memory only and
changes every day.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TextIO, TypeVar
from zoneinfo import ZoneInfo

from bot.common.daily_limit import DailyLimiter
from bot.common.outbox import Outgoing
from bot.common.refusal import NotAllowed
from bot.common.scrub import scrub
from bot.common.text import clean_text
from bot.directory.core import Category, State
from bot.feedback.letters import flagged_letters, start_of_next_week
from bot.feedback.model import Barrier, FeedbackEntry, FeedbackReport, Given, Topic, Waiting
from bot.feedback.periods import iso_week, last_periods, period_is_over, weeks_back
from bot.feedback.report import RawExport, build_report, write_raw_csv
from storage import Database
from storage import directory as directory_store
from storage import feedback as store
from storage import feedback_reports as reports_store

FREE_TEXT_LIMIT = 1000
STIGMA_WINDOW = timedelta(days=30)
T = TypeVar("T")


def new_key() -> str:
    """Random, not a sequence: the order of keys says nothing about who answered when."""
    return secrets.token_urlsafe(12)


def new_form_tag() -> str:
    """Names one filling-in of the form on its Send button. Not the stored key: button data
    stays on the phone and on Telegram's servers, and must not point to a stored row."""
    return secrets.token_urlsafe(6)


def clean_free_text(typed: str, region: str | None) -> str:
    """What is stored of free text: contact details and long numbers removed, length bounded."""
    return scrub(clean_text(typed), region)[:FREE_TEXT_LIMIT]


# --- the draft ---------------------------------------------------------------------------------


class Step(StrEnum):
    """The questions, in the order they are asked; `next_step` skips those that do not apply."""

    INTRO = "intro"
    TOPIC = "topic"
    SERVICE = "service"  # by type, then name (buttons), or typed: part of its name
    GIVEN = "given"
    EXPLAINED = "explained"
    WAITING = "waiting"
    STAFF = "staff"
    OVERALL = "overall"
    BARRIERS = "barriers"
    NEEDS = "needs"
    WORDS = "text"  # typed: free text, optional
    REVIEW = "review"


_ABOUT_A_SERVICE = {
    Step.SERVICE,
    Step.GIVEN,
    Step.EXPLAINED,
    Step.WAITING,
    Step.STAFF,
    Step.OVERALL,
}


@dataclass
class Answers:
    """What happened at the service the feedback is about."""

    given: Given | None = None
    explained: bool | None = None  # asked only when the service was not (fully) given
    waiting: Waiting | None = None
    staff: int | None = None  # 1..5
    overall: int | None = None  # 1..5


@dataclass
class FeedbackDraft:
    """One person's answers while they fill in the form, in memory only."""

    key: str = field(default_factory=new_key)  # the stored row's key; never leaves the server
    form: str = field(default_factory=new_form_tag)  # on the Send button
    topic: Topic | None = None
    service_id: int | None = None
    service_name: str | None = None  # shown back to the person (intro, review); never stored
    session_id: int | None = None
    area_id: int | None = None
    service_skipped: bool = False  # "I'd rather not say"
    first_type: Category | None = None  # offered first: the type of service looked at last
    answers: Answers = field(default_factory=Answers)
    barriers: list[Barrier] = field(default_factory=list)
    needs: list[Category] = field(default_factory=list)
    words: str | None = None  # already scrubbed
    history: list[Step] = field(default_factory=lambda: [Step.INTRO])  # for Back
    sent: bool = False  # stored; a second Send only thanks again

    @property
    def step(self) -> Step:
        return self.history[-1]

    def go(self, step: Step) -> None:
        self.history.append(step)

    def back(self) -> None:
        if len(self.history) > 1:
            self.history.pop()

    def first_question(self) -> Step:
        """The topic, unless the way in already said what this is about."""
        return Step.TOPIC if self.topic is None else next_step(self, Step.TOPIC)

    def about_service(self, service_id: int, area_id: int | None, name: str | None = None) -> None:
        self.topic, self.service_id, self.area_id = Topic.SERVICE, service_id, area_id
        self.service_name, self.service_skipped = name, False

    def about_session(self, session_id: int, area_id: int | None) -> None:
        self.topic, self.session_id, self.area_id = Topic.OUTREACH, session_id, area_id

    def toggle_barrier(self, barrier: Barrier) -> None:
        _toggle(self.barriers, barrier)

    def toggle_need(self, need: Category) -> None:
        _toggle(self.needs, need)

    def entry(self, week: str) -> FeedbackEntry:
        """The submission as it will be stored: nothing in it points to the person."""
        answers = self.answers
        return FeedbackEntry(
            key=self.key,
            week=week,
            topic=self.topic or Topic.OTHER,
            service_id=self.service_id,
            session_id=self.session_id,
            area_id=self.area_id,
            service_given=answers.given,
            explained=answers.explained,
            waiting=answers.waiting,
            staff_rating=answers.staff,
            overall_rating=answers.overall,
            barriers=tuple(self.barriers),
            needs=tuple(need.value for need in self.needs),
            free_text=self.words,
        )

    def mark_sent(self) -> None:
        """Stored: keep only what a second Send needs. The key and the answers go, so nothing
        in memory links this person to the stored row."""
        emptied = FeedbackDraft(key="", form=self.form, sent=True)
        for name in (f.name for f in fields(self)):
            setattr(self, name, getattr(emptied, name))


def _toggle(chosen: list[T], value: T) -> None:
    if value in chosen:
        chosen.remove(value)
    else:
        chosen.append(value)


def _applies(draft: FeedbackDraft, step: Step) -> bool:
    if step not in _ABOUT_A_SERVICE:
        return True
    if draft.topic is not Topic.SERVICE:
        return False
    if step is Step.SERVICE:
        return draft.service_id is None and not draft.service_skipped
    if step is Step.EXPLAINED:
        return draft.answers.given in (Given.NO, Given.PARTLY)
    return True


def next_step(draft: FeedbackDraft, step: Step) -> Step:
    """The question after `step`; service questions only when the feedback is about a service.

    The order is fixed, so the step after the service question is the same whether a service
    was chosen or skipped there."""
    order = list(Step)
    later = order[order.index(step) + 1 :]
    return next((s for s in later if _applies(draft, s)), Step.REVIEW)


# --- storing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submitted:
    stored: bool  # False: already stored (a second Send), or over the daily limit
    limited: bool = False  # over the daily limit: nothing stored
    flagged_service: str | None = None  # a service just sent back for review
    flagged_area_id: int | None = None
    stigma_reports: int = 0
    flagged_service_id: int | None = None


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

    def may_give(self, telegram_id: int) -> bool:
        """Whether this person may still answer today: asked before the form starts, so nobody
        fills it in only to hear at Send that it cannot be kept."""
        return self.limiter.allowed(telegram_id, self.today())

    async def give(self, draft: FeedbackDraft, telegram_id: int) -> Submitted:
        """Store a person's draft unless they reached today's limit; only a stored submission
        counts towards it. The id is used in memory, under the limiter's daily key, only."""
        today = self.today()
        if not self.limiter.allowed(telegram_id, today):
            return Submitted(stored=False, limited=True)
        submitted = await self.submit(draft.entry(self.this_week()))
        if submitted.stored:
            self.limiter.count(telegram_id, today)
        return submitted

    async def submit(self, entry: FeedbackEntry) -> Submitted:
        """Commit a submission; when discrimination reports about one service reach the
        threshold within 30 days, the service goes back to review (counts only, no text)."""
        row = {
            "key": entry.key,
            "week": entry.week,
            "topic": entry.topic.value,
            "service_id": entry.service_id,
            "session_id": entry.session_id,
            "area_id": entry.area_id,
            "service_given": entry.service_given.value if entry.service_given else None,
            "explained": None if entry.explained is None else int(entry.explained),
            "waiting": entry.waiting.value if entry.waiting else None,
            "staff_rating": entry.staff_rating,
            "overall_rating": entry.overall_rating,
            "free_text": entry.free_text or None,
        }
        barriers = [b.value for b in entry.barriers]
        stored = await store.insert(self.database, row, barriers, list(entry.needs))
        if not stored or entry.service_id is None or Barrier.STIGMA not in entry.barriers:
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
            self.database,
            entry.service_id,
            state=State.REVIEW.value,
            from_states=(State.PUBLISHED.value,),
            today=self.today().isoformat(),
            words="",
            by=None,
            by_role="feedback",
        )
        if not moved:
            return Submitted(True)
        return Submitted(True, False, service["name"], service["area_id"], reports, service["id"])

    def flagged_letters(self, contacts: list[tuple[int, str]], service_id: int) -> list[Outgoing]:
        """The note to leads that a service went back to review, due at the start of next week
        (see `bot.feedback.letters`)."""
        now = self.clock()
        return flagged_letters(
            contacts, service_id, self.this_week(), start_of_next_week(now, self.zone)
        )

    async def flagged_service(self, service_id: int) -> str | None:
        """The name of a service sent back to review by feedback, while it waits there; None
        once a lead dealt with it (or for any other service)."""
        service = await directory_store.get_service(self.database, service_id)
        if service is None or service["state"] != State.REVIEW.value:
            return None
        return str(service["name"])

    # --- reports for leads ------------------------------------------------------------------

    def report_periods(self, count: int = 6) -> list[str]:
        """The months, then the quarters, a lead may read: only those that are over."""
        return last_periods(self.today(), count)

    def _over(self, period: str) -> None:
        # Only finished periods: two reports of a running month could be subtracted (rule 5).
        if not period_is_over(period, self.today()):
            raise NotAllowed

    async def report(self, period: str, k: int) -> FeedbackReport:
        self._over(period)
        return await build_report(self.database, period, k)

    async def raw_export(self, period: str, out: TextIO, k: int) -> RawExport:
        """The period's answers, one CSV line each, for an operator on the server only (see
        `write_raw_csv`): never through the chat."""
        self._over(period)
        return await write_raw_csv(self.database, period, out, k)
