"""A peer's call for help and the answers to it. "🆘 I need help" alerts everyone on call at
once (through the outbox, urgent first) and offers Telegram's "share my location" button: a
location shared then goes straight to the people alerted (`sendLocation`, protected, urgent),
is deleted from the peer's chat, and is never stored or logged (a live location is not used). The people alerted answer "I'm
on it" or "They are safe now"; the peer can say "I'm safe now". Who may do what is decided by
the domain from the database: anyone else's tap changes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta

from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import TelegramError

from bot.common.outbox import Priority
from bot.common.refusal import NotAllowed
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, located
from bot.handlers.help import screens
from bot.handlers.help.buttons import AnswerCall, AnswerMissed, CallForHelp, ShareLocation
from bot.handlers.respond import answer, show
from bot.handlers.screens import keyboard, rows
from bot.help.alarms import Answered
from bot.help.model import Alarm, Answer, RaiseOutcome, Recipient
from bot.i18n import Messages

logger = logging.getLogger(__name__)

LOCATION = "location"


@dataclass
class LocationDraft:
    """A call whose people a shared location goes to."""

    alarm_id: int


async def called(update: Update, context: BotContext, tap: CallForHelp) -> None:
    """ "🆘 I need help": the call is committed with its letters and the outbox woken before
    anything is shown, then the peer sees who was alerted and may share their location."""
    runtime = context.runtime
    raised = await runtime.help.call_for_help(context.viewer, tap.session_id)
    if raised.outcome is RaiseOutcome.RAISED:
        context.saved(update)
        runtime.kick()
    await show(
        update,
        context,
        screens.call_status(raised.outcome, raised.alarm, raised.alerted, context.t),
    )
    if raised.alarm is not None and not raised.alarm.closed:
        await ask_location(update, context, raised.alarm.id)


async def location_offered(update: Update, context: BotContext, tap: ShareLocation) -> None:
    await context.runtime.help.location_recipients(context.viewer, tap.alarm_id)  # theirs, open
    await answer(update, context)
    await ask_location(update, context, tap.alarm_id)


async def ask_location(update: Update, context: BotContext, alarm_id: int) -> None:
    """Telegram's own "share my location" button (a bot cannot ask for it inline); the next
    location the person shares goes to the people alerted."""
    flows.begin(context, LOCATION_FLOW, LocationDraft(alarm_id), LOCATION)
    chat = update.effective_chat
    if chat is None:
        return
    await chat.send_message(context.t("help-location-ask"), reply_markup=share_keyboard(context.t))


def share_keyboard(t: Messages) -> ReplyKeyboardMarkup:
    share = KeyboardButton(t("help-share-location"), request_location=True)
    return ReplyKeyboardMarkup([[share]], resize_keyboard=True, one_time_keyboard=True)


async def location_shared(update: Update, context: BotContext, draft: LocationDraft) -> None:
    """Straight to the people alerted, then gone: deleted from the chat, never stored."""
    message = update.effective_message
    if message is None or message.location is None:
        return
    runtime, t = context.runtime, context.t
    if message.location.live_period:
        # Live locations are never used (DESIGN rule 3): the first point would look like a
        # moving one to the people alerted. It goes from the chat; a single one is asked for.
        with contextlib.suppress(TelegramError):
            await message.delete()
        await message.chat.send_message(t("help-live-location"), reply_markup=share_keyboard(t))
        return
    flows.end(context)
    latitude, longitude = message.location.latitude, message.location.longitude
    with contextlib.suppress(TelegramError):
        await message.delete()  # a location left in a chat is a map of where the person was
    try:
        people = await runtime.help.location_recipients(context.viewer, draft.alarm_id)
        alarm = await runtime.help.alarm(draft.alarm_id)
    except NotAllowed:
        people, alarm = [], None
    if alarm is None:
        await message.chat.send_message(t("help-call-over"), reply_markup=ReplyKeyboardRemove())
        return
    sent = await send_location(context, alarm, people, latitude, longitude)
    await message.chat.send_message(
        t("help-location-sent", count=sent), reply_markup=ReplyKeyboardRemove()
    )


async def send_location(
    context: BotContext,
    alarm: Alarm,
    people: list[Recipient],
    latitude: float,
    longitude: float,
) -> int:
    """One protected location to each person alerted, urgent, each with the answer buttons in
    their language. Returns how many went."""
    runtime = context.runtime

    async def one(person: Recipient) -> None:
        t = runtime.messages(person.locale)
        await context.bot.send_location(
            person.chat_id,
            latitude=latitude,
            longitude=longitude,
            protect_content=True,
            reply_markup=keyboard(rows(screens.answer_buttons(alarm, t))),
            rate_limit_args=int(Priority.URGENT),
        )

    results = await asyncio.gather(*(one(p) for p in people), return_exceptions=True)
    failed = [r for r in results if isinstance(r, BaseException)]
    for error in failed:
        logger.warning("A location for a call for help did not go: %s", type(error).__name__)
    return len(results) - len(failed)


# --- answers -------------------------------------------------------------------------------------

THANKS = {Answer.ON_IT: "help-on-it-thanks", Answer.SAFE: "help-safe-thanks"}


async def answered(update: Update, context: BotContext, tap: AnswerCall) -> None:
    """ "I'm on it" / "They are safe now" from someone alerted, or the peer's "I'm safe now"."""
    result, alarm = await context.runtime.help.answer(context.viewer, tap.alarm_id, tap.answer)
    await after_answer(update, context, result, alarm, tap.answer)


async def missed_answered(update: Update, context: BotContext, tap: AnswerMissed) -> None:
    """The same answers under the lead alert about a peer who did not check out."""
    result, alarm = await context.runtime.help.answer_missed(
        context.viewer, tap.session_id, tap.person_id, tap.answer
    )
    await after_answer(update, context, result, alarm, tap.answer)


async def after_answer(
    update: Update, context: BotContext, result: Answered, alarm: Alarm, given: Answer
) -> None:
    t = context.t
    if result is Answered.DONE:
        context.saved(update)
        context.runtime.kick()
        if alarm.person_id == context.viewer.person_id:
            flows.end(context)
            await show(update, context, screens.safe_myself(t), fresh=True)
            return
        await answer(update, context, t(THANKS[given]))
    elif result is Answered.ALREADY:
        await answer(update, context, t("help-already-on-it", responder=alarm.acked_by or "—"))
    else:
        await answer(update, context, t("help-call-over"))


LOCATION_FLOW = Flow(
    "call location",
    LocationDraft,
    {LOCATION: located(location_shared)},
    timeout=timedelta(hours=1),
)
