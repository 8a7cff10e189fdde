"""Members and community voice: the archive (/voice), reading and answering a question (one tap,
or "in my own words", typed, shown back scrubbed, then sent), results once it closed (text and
chart), reading an update; the letters of questions and updates; the job that opens and closes
polls on time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from telegram import Update
from telegram.ext import Application

from bot.common.hxl import hxl_csv
from bot.common.outbox import Letter
from bot.common.refusal import NotAllowed
from bot.handlers import flows
from bot.handlers.context import RUNTIME_KEY, BotContext
from bot.handlers.exports import partner_headers
from bot.handlers.flows import Flow, typed, typed_text
from bot.handlers.respond import send_file, show
from bot.handlers.screens import Screen
from bot.handlers.voice import screens
from bot.handlers.voice.buttons import (
    AnswerInWords,
    AnswerPoll,
    OpenPoll,
    ReadUpdate,
    ResultsCsv,
    SendWords,
    ShowResults,
)
from bot.i18n import Messages
from bot.people import Role
from bot.runtime import Runtime
from bot.voice.chart import results_chart
from bot.voice.exports import partner_figures, poll_period
from bot.voice.model import Answered, PollState
from bot.voice.polls import clean_words

POLLS_JOB = "voice polls"
POLLS_INTERVAL = 30  # seconds
ARCHIVE_SHOWN = 5


async def archive(update: Update, context: BotContext) -> None:
    """/voice: open questions, closed ones (results) and updates; anyone, opted in or not."""
    voice = context.runtime.voice
    await show(
        update,
        context,
        screens.archive(
            await voice.polls.open_polls(ARCHIVE_SHOWN),
            await voice.polls.closed_polls(ARCHIVE_SHOWN),
            await voice.updates.sent(ARCHIVE_SHOWN),
            context.runtime.settings.default_locale,
            context.t,
        ),
    )


async def open_poll(update: Update, context: BotContext, tap: OpenPoll) -> None:
    runtime = context.runtime
    poll = await runtime.voice.polls.get(tap.poll_id)
    if poll is None or poll.state is PollState.SCHEDULED:
        raise NotAllowed
    if poll.state is PollState.CLOSED:
        await show(update, context, screens.poll_closed(poll.id, context.t))
        return
    settings = runtime.settings
    await show(
        update, context, screens.poll(poll, settings.default_locale, settings.timezone, context.t)
    )


async def answer_poll(update: Update, context: BotContext, tap: AnswerPoll) -> None:
    """One tap answers; a second one is refused, and says so."""
    await _answer(update, context, tap.poll_id, tap.choice, None)


async def _answer(
    update: Update, context: BotContext, poll_id: int, choice: int | None, words: str | None
) -> None:
    runtime = context.runtime
    polls = runtime.voice.polls
    answered = await polls.answer(poll_id, context.viewer.telegram_id, choice, words)
    if answered is Answered.CLOSED:
        await show(update, context, screens.poll_closed(poll_id, context.t))
        return
    saved = answered is Answered.SAVED
    if saved:
        context.saved(update)
    poll = await polls.get(poll_id)
    assert poll is not None  # answer() refuses a poll that does not exist
    await show(update, context, screens.answered(saved, poll, runtime.settings.timezone, context.t))


@dataclass
class WordsDraft:
    poll_id: int
    words: str = ""


TYPED = "typed"


async def answer_in_words(update: Update, context: BotContext, tap: AnswerInWords) -> None:
    poll = await context.runtime.voice.polls.get(tap.poll_id)
    if poll is None or not poll.other:
        raise NotAllowed
    if poll.state is not PollState.OPEN:
        await show(update, context, screens.poll_closed(poll.id, context.t))
        return
    flows.begin(context, WORDS, WordsDraft(poll.id), TYPED)
    await show(update, context, screens.type_words(context.t))


async def words_typed(update: Update, context: BotContext, draft: WordsDraft) -> None:
    """Scrubbed and shown back as they will be kept; nothing is stored yet."""
    draft.words = clean_words(typed_text(update), context.runtime.settings.phone_region)
    if not draft.words:
        await show(update, context, screens.type_words(context.t))
        return
    flows.wait_for(context, WORDS, None)
    await show(update, context, screens.words_review(draft.poll_id, draft.words, context.t))


async def send_words(update: Update, context: BotContext, tap: SendWords) -> None:
    draft = flows.current(context, WORDS)
    if draft is None or draft.poll_id != tap.poll_id:
        raise NotAllowed  # no form of theirs for this poll: a stale or forged tap
    if not draft.words:
        await show(update, context, screens.words_closed(context.t))
        return
    flows.end(context)
    await _answer(update, context, draft.poll_id, None, draft.words)


async def show_results(update: Update, context: BotContext, tap: ShowResults) -> None:
    """A closed poll's results (a running one has none: refused), then its chart."""
    runtime = context.runtime
    poll = await runtime.voice.polls.get(tap.poll_id)
    if poll is not None and poll.state is PollState.OPEN:
        await open_poll(update, context, OpenPoll(poll.id))
        return
    results = await runtime.voice.polls.results(tap.poll_id)
    settings, t = runtime.settings, context.t
    lead = context.viewer.role.at_least(Role.LEAD)
    await show(
        update,
        context,
        screens.results(results, settings.default_locale, settings.suppression_k, t, csv=lead),
    )
    if results.enough:
        wording = results.poll.wording(t.locale, settings.default_locale)
        chart = results_chart(
            wording.question,
            screens.result_bars(results, settings.default_locale, t),
            results.total,
            t("voice-hidden"),
            t.locale,
        )
        await send_file(update, context, chart, f"results-{results.poll.id}.png", photo=True)


async def results_csv(update: Update, context: BotContext, tap: ResultsCsv) -> None:
    """A lead: the results as CSV with an HXL hashtag row, suppressed as the screen shows them
    (a running poll, or one under K answers, is refused by the domain)."""
    runtime, t = context.runtime, context.t
    results = await runtime.voice.polls.results(tap.poll_id)
    default = runtime.settings.default_locale
    rows = partner_figures(results, screens.partner_names(results, default, t))
    period = poll_period(results.poll, runtime.settings.timezone)
    data = hxl_csv(period, rows, partner_headers(t), t("voice-hidden"))
    await send_file(update, context, data, f"poll-{results.poll.id}.csv")


async def read_update(update: Update, context: BotContext, tap: ReadUpdate) -> None:
    runtime = context.runtime
    sent = await runtime.voice.updates.readable(tap.update_id)
    await show(update, context, screens.update(sent, runtime.settings.default_locale, context.t))


# --- letters and jobs --------------------------------------------------------------------------


async def render_poll(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    """A question's letter, while it is open and its person still gets questions."""
    poll = await runtime.voice.polls.get(int(letter.args["poll"]))
    if poll is None or poll.state is not PollState.OPEN:
        return None
    if not (await runtime.voice.optins.of(letter.chat_id)).questions:
        return None
    return screens.poll_letter(poll.id, t)


async def render_update(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    if not (await runtime.voice.optins.of(letter.chat_id)).updates:
        return None
    return screens.update_letter(int(letter.args["update"]), t)


async def look_after_polls(runtime: Runtime) -> None:
    """Close the polls whose time is up (first: one that never opened is not sent), then open
    those whose time came."""
    if not runtime.has_database:
        return
    await runtime.voice.polls.close_due()
    if await runtime.voice.polls.open_due():
        runtime.kick()


async def poll_job(context: BotContext) -> None:
    await look_after_polls(context.runtime)


async def schedule_polls(app: Application) -> None:
    """Polls open and close from the database: once at start, then every 30 seconds."""
    queue = app.job_queue
    if queue is None:
        raise RuntimeError("polls need PTB's job queue")
    for job in queue.get_jobs_by_name(POLLS_JOB):
        job.schedule_removal()
    await look_after_polls(app.bot_data[RUNTIME_KEY])
    queue.run_repeating(poll_job, POLLS_INTERVAL, first=POLLS_INTERVAL, name=POLLS_JOB)


WORDS = Flow("poll words", WordsDraft, {TYPED: typed(words_typed)}, timeout=timedelta(minutes=15))
