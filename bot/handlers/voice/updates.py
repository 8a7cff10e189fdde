""" "You said, we did", for leads: write an update about a closed poll or a finished feedback
report (a typed flow: what it answers, a language, the text, more languages if they like, shown
back scrubbed), send it for approval (the other leads and admins are told, neutrally), and
approve or reject another lead's. Only the approval sends it; its writer is told either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.common.stigma import stigma_warning
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, typed, typed_text
from bot.handlers.menu import Entry
from bot.handlers.outbox import note_to, tell_leads
from bot.handlers.respond import show
from bot.handlers.voice import screens, team_screens
from bot.handlers.voice.buttons import (
    ApproveUpdate,
    RejectUpdate,
    SubmitUpdate,
    UpdateAboutPeriod,
    UpdateAboutPoll,
    UpdateAnotherLanguage,
    UpdateLanguage,
    UpdatesToApprove,
    WriteUpdate,
)
from bot.handlers.voice.closed import form_closed
from bot.voice.model import CommunityUpdate, PollState
from bot.voice.updates import clean_update

TEXT = "text"
SHOWN = 5


@dataclass
class UpdateDraft:
    poll_id: int | None = None
    period: str | None = None
    texts: list[tuple[str, str]] = field(default_factory=list)
    locale: str | None = None


async def hub(update: Update, context: BotContext) -> None:
    """A lead's community voice (the team menu)."""
    waiting = await context.runtime.voice.updates.waiting(context.viewer)
    await show(update, context, team_screens.hub(len(waiting), context.t))


async def _draft(update: Update, context: BotContext) -> UpdateDraft:
    draft = flows.current(context, WRITE)
    if draft is None:
        raise await form_closed(update, context)
    return draft


async def write_start(update: Update, context: BotContext, tap: WriteUpdate) -> None:
    runtime = context.runtime
    flows.begin(context, WRITE, UpdateDraft())
    polls = await runtime.voice.polls.closed_polls(SHOWN)
    periods = runtime.feedback.report_periods(3)
    screen = team_screens.update_about(polls, periods, runtime.settings.default_locale, context.t)
    await show(update, context, screen)


async def about_poll(update: Update, context: BotContext, tap: UpdateAboutPoll) -> None:
    draft = await _draft(update, context)
    poll = await context.runtime.voice.polls.get(tap.poll_id)
    if poll is None or poll.state is not PollState.CLOSED:
        raise NotAllowed
    draft.poll_id, draft.period = poll.id, None
    await show(
        update,
        context,
        team_screens.languages([], context.t, UpdateLanguage, context.runtime.translator.locales),
    )


async def about_period(update: Update, context: BotContext, tap: UpdateAboutPeriod) -> None:
    draft = await _draft(update, context)
    if tap.period not in context.runtime.feedback.report_periods(6):
        raise NotAllowed
    draft.poll_id, draft.period = None, tap.period
    await show(
        update,
        context,
        team_screens.languages([], context.t, UpdateLanguage, context.runtime.translator.locales),
    )


async def language_chosen(update: Update, context: BotContext, tap: UpdateLanguage) -> None:
    draft = await _draft(update, context)
    if tap.locale not in context.runtime.translator.locales:
        raise NotAllowed
    if (draft.poll_id is None and draft.period is None) or tap.locale in dict(draft.texts):
        raise NotAllowed
    draft.locale = tap.locale
    flows.wait_for(context, WRITE, TEXT)
    await show(update, context, team_screens.type_update(tap.locale, context.t))


async def text_typed(update: Update, context: BotContext, draft: UpdateDraft) -> None:
    text = clean_update(typed_text(update), context.runtime.settings.phone_region)
    if not text or draft.locale is None:
        await show(update, context, team_screens.type_update(draft.locale or "en", context.t))
        return
    draft.texts.append((draft.locale, text))
    draft.locale = None
    flows.wait_for(context, WRITE, None)
    screen = team_screens.update_review(draft.texts, context.t, context.runtime.translator.locales)
    await show(update, context, screen.warned(_stigma(context, draft.texts)))


async def another_language(update: Update, context: BotContext, tap: UpdateAnotherLanguage) -> None:
    draft = await _draft(update, context)
    if not draft.texts:
        raise NotAllowed
    written = [locale for locale, _ in draft.texts]
    await show(
        update,
        context,
        team_screens.languages(
            written, context.t, UpdateLanguage, context.runtime.translator.locales
        ),
    )


async def submit(update: Update, context: BotContext, tap: SubmitUpdate) -> None:
    """Saved, waiting for a second person; the other leads and admins are told."""
    draft = await _draft(update, context)
    if not draft.texts:
        raise NotAllowed
    runtime = context.runtime
    await runtime.voice.updates.write(
        context.viewer, draft.texts, poll_id=draft.poll_id, period=draft.period
    )
    flows.end(context)
    context.saved(update)
    # Every lead and admin but the writer hears that an update waits for them (neutrally).
    await tell_leads(
        runtime, "voice-update-waiting", opens=Entry.VOICE_TEAM, but=context.viewer.telegram_id
    )
    await show(update, context, team_screens.update_submitted(context.t))


async def _about(context: BotContext, found: CommunityUpdate) -> str:
    """What an update answers, in the approver's words."""
    runtime = context.runtime
    if found.poll_id is not None:
        poll = await runtime.voice.polls.get(found.poll_id)
        if poll is not None:
            return screens.short(
                poll.wording(context.t.locale, runtime.settings.default_locale).question, 80
            )
    return context.t("voice-about-report", period=found.period or "")


async def to_approve(update: Update, context: BotContext, tap: UpdatesToApprove) -> None:
    waiting = await context.runtime.voice.updates.waiting(context.viewer)
    first = waiting[0] if waiting else None
    about = await _about(context, first) if first is not None else ""
    screen = team_screens.to_approve(first, about, context.t)
    warning = _stigma(context, first.texts) if first is not None else ""
    await show(update, context, screen.warned(warning))


def _stigma(context: BotContext, texts: Sequence[tuple[str, str]]) -> str:
    """The stigma warning about an update's words, for its writer and its approver."""
    words = "\n".join(text for _, text in texts)
    return stigma_warning(context.runtime.stigma, words, context.t)


async def approve(update: Update, context: BotContext, tap: ApproveUpdate) -> None:
    """The second person: it goes to everyone who gets updates; its writer is told."""
    runtime = context.runtime
    found = await runtime.voice.updates.get(tap.update_id)
    count = await runtime.voice.updates.approve(context.viewer, tap.update_id)
    context.saved(update)
    runtime.kick()
    writer = await _writer(context, found)
    if writer is not None:
        chat, locale = writer
        note = note_to(chat, locale, "voice-update-approved", opens=Entry.VOICE_TEAM, count=count)
        await runtime.tell([note])
    await show(update, context, team_screens.approved(count, context.t))


async def reject(update: Update, context: BotContext, tap: RejectUpdate) -> None:
    runtime = context.runtime
    found = await runtime.voice.updates.reject(context.viewer, tap.update_id)
    context.saved(update)
    writer = await _writer(context, found)
    if writer is not None:
        chat, locale = writer
        note = note_to(chat, locale, "voice-update-not-approved", opens=Entry.VOICE_TEAM)
        await context.runtime.tell([note])
    await show(update, context, team_screens.rejected(context.t))


async def _writer(context: BotContext, found: CommunityUpdate | None) -> tuple[int, str] | None:
    """The chat and language of the lead who wrote an update, if they are still on the team."""
    if found is None or found.written_by is None:
        return None
    return await context.runtime.people.contact(found.written_by)


WRITE = Flow(
    "community update", UpdateDraft, {TEXT: typed(text_typed)}, timeout=timedelta(minutes=30)
)
