"""A lead asks the community (a typed flow): an area or everyone, a language, the question, the
answers (one per line, 2 to 6), more languages if they like (as many answers each), whether
"other, in my words" is offered, when it opens (now, or a day and hour) and after how many days
it closes; then Send. What they typed is shown back scrubbed before anything is sent; a Send
whose form is gone says the form closed, never "sent".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.common.stigma import stigma_warning
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, typed, typed_text
from bot.handlers.respond import show
from bot.handlers.voice import team_screens
from bot.handlers.voice.buttons import (
    CLOSE_AFTER,
    AskAnotherLanguage,
    AskArea,
    AskDay,
    AskDays,
    AskHour,
    AskLanguage,
    AskMonth,
    AskOpensLater,
    AskOpensNow,
    AskOther,
    AskSend,
    AskStart,
)
from bot.handlers.voice.closed import form_closed
from bot.voice.model import PollPlan, Wording
from bot.voice.polls import clean_question, parse_choices

QUESTION, CHOICES = "question", "choices"
UNSET = -1


@dataclass
class AskDraft:
    area_id: int | None = UNSET
    wordings: list[Wording] = field(default_factory=list)
    locale: str | None = None  # the language being written
    question: str = ""
    other: bool = False
    opens_on: date | None = None  # a day chosen, waiting for its hour
    opens_at: datetime | None = None  # None: now
    days: int = 7

    @property
    def needed(self) -> int | None:
        return len(self.wordings[0].choices) if self.wordings else None


async def _draft(update: Update, context: BotContext) -> AskDraft:
    draft = flows.current(context, ASK)
    if draft is None:
        raise await form_closed(update, context)
    return draft


async def ask_start(update: Update, context: BotContext, tap: AskStart) -> None:
    flows.begin(context, ASK, AskDraft())
    areas = [(a.id, a.name) for a in await context.runtime.directory.areas()]
    await show(update, context, team_screens.area_choice(areas, context.t, AskArea))


async def area_chosen(update: Update, context: BotContext, tap: AskArea) -> None:
    draft = await _draft(update, context)
    if tap.area_id is not None and await context.runtime.directory.area(tap.area_id) is None:
        raise NotAllowed
    draft.area_id = tap.area_id
    await show(
        update,
        context,
        team_screens.languages([], context.t, AskLanguage, context.runtime.translator.locales),
    )


async def language_chosen(update: Update, context: BotContext, tap: AskLanguage) -> None:
    draft = await _draft(update, context)
    if tap.locale not in context.runtime.translator.locales:
        raise NotAllowed
    if draft.area_id == UNSET or any(w.locale == tap.locale for w in draft.wordings):
        raise NotAllowed
    draft.locale = tap.locale
    flows.wait_for(context, ASK, QUESTION)
    await show(update, context, team_screens.type_question(tap.locale, context.t))


async def question_typed(update: Update, context: BotContext, draft: AskDraft) -> None:
    draft.question = clean_question(typed_text(update), context.runtime.settings.phone_region)
    if not draft.question or draft.locale is None:
        await show(update, context, team_screens.type_question(draft.locale or "en", context.t))
        return
    flows.wait_for(context, ASK, CHOICES)
    await show(update, context, team_screens.type_choices(draft.needed, None, context.t))


async def choices_typed(update: Update, context: BotContext, draft: AskDraft) -> None:
    region = context.runtime.settings.phone_region
    parsed = parse_choices(typed_text(update), region, draft.needed)
    if isinstance(parsed, str) or draft.locale is None:
        problem = parsed if isinstance(parsed, str) else None
        await show(update, context, team_screens.type_choices(draft.needed, problem, context.t))
        return
    draft.wordings.append(Wording(draft.locale, draft.question, parsed))
    draft.locale, draft.question = None, ""
    flows.wait_for(context, ASK, None)
    await _review(update, context, draft)


async def _review(update: Update, context: BotContext, draft: AskDraft) -> None:
    runtime = context.runtime
    area = None if draft.area_id in (None, UNSET) else await runtime.directory.area(draft.area_id)
    name = area.name if area is not None else context.t("voice-everyone")
    screen = team_screens.ask_review(
        draft.wordings,
        name,
        draft.other,
        draft.opens_at,
        draft.days,
        runtime.settings.timezone,
        context.t,
        runtime.translator.locales,
    )
    # What the lead wrote, read for stigmatising words before they send it (a warning only).
    words = "\n".join(f"{w.question}\n" + "\n".join(w.choices) for w in draft.wordings)
    await show(update, context, screen.warned(stigma_warning(runtime.stigma, words, context.t)))


async def _reviewable(update: Update, context: BotContext) -> AskDraft:
    draft = await _draft(update, context)
    if not draft.wordings:
        raise NotAllowed  # a button of the review before anything was written
    return draft


async def another_language(update: Update, context: BotContext, tap: AskAnotherLanguage) -> None:
    draft = await _reviewable(update, context)
    written = [w.locale for w in draft.wordings]
    await show(
        update,
        context,
        team_screens.languages(written, context.t, AskLanguage, context.runtime.translator.locales),
    )


async def other_switched(update: Update, context: BotContext, tap: AskOther) -> None:
    draft = await _reviewable(update, context)
    draft.other = tap.on
    await _review(update, context, draft)


async def opens_now(update: Update, context: BotContext, tap: AskOpensNow) -> None:
    draft = await _reviewable(update, context)
    draft.opens_at = draft.opens_on = None
    await _review(update, context, draft)


async def opens_later(update: Update, context: BotContext, tap: AskOpensLater) -> None:
    await _reviewable(update, context)
    today, _ = context.runtime.voice.polls.opening_days()
    await show(update, context, team_screens.open_day(today, today, context.t))


async def month_shown(update: Update, context: BotContext, tap: AskMonth) -> None:
    await _reviewable(update, context)
    today, last = context.runtime.voice.polls.opening_days()
    if not today.replace(day=1) <= tap.month <= last:
        raise NotAllowed
    await show(update, context, team_screens.open_day(tap.month, today, context.t))


async def day_chosen(update: Update, context: BotContext, tap: AskDay) -> None:
    draft = await _reviewable(update, context)
    first, last = context.runtime.voice.polls.opening_days()
    if not first <= tap.day <= last:
        raise NotAllowed
    draft.opens_on = tap.day
    await show(update, context, team_screens.open_hour(context.t))


async def hour_chosen(update: Update, context: BotContext, tap: AskHour) -> None:
    draft = await _reviewable(update, context)
    if draft.opens_on is None:
        raise NotAllowed
    zone = context.runtime.settings.timezone
    moment = datetime.combine(draft.opens_on, tap.hour, tzinfo=zone)
    draft.opens_at = None if moment <= context.runtime.clock() else moment
    await _review(update, context, draft)


async def days_chosen(update: Update, context: BotContext, tap: AskDays) -> None:
    draft = await _reviewable(update, context)
    if tap.days not in CLOSE_AFTER:
        raise NotAllowed
    draft.days = tap.days
    await _review(update, context, draft)


async def send(update: Update, context: BotContext, tap: AskSend) -> None:
    """Save it: it opens now (the letters are queued with it) or at the time chosen."""
    draft = await _reviewable(update, context)
    runtime = context.runtime
    plan = PollPlan(
        None if draft.area_id == UNSET else draft.area_id,
        tuple(draft.wordings),
        draft.other,
        draft.opens_at,
        draft.days,
    )
    poll, queued = await runtime.voice.polls.ask(context.viewer, plan)
    flows.end(context)
    context.saved(update)
    runtime.kick()
    await show(
        update, context, team_screens.asked(poll, queued, runtime.settings.timezone, context.t)
    )


ASK = Flow(
    "poll question",
    AskDraft,
    {QUESTION: typed(question_typed), CHOICES: typed(choices_typed)},
    timeout=timedelta(minutes=30),
)
