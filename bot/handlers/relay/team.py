"""The team's side of talk to a peer: "I'm available" (and, for leads, who is), accepting an
offer (the first peer gets it, the others see it taken), the conversation's buttons, handing it
over to another peer or a lead, blocking an abusive person, and the monthly figures.
"""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.feedback.periods import last_periods
from bot.handlers.context import BotContext
from bot.handlers.relay import screens
from bot.handlers.relay.buttons import (
    AcceptTalk,
    BlockAsk,
    BlockNow,
    Duty,
    HandOver,
    HandOverMenu,
    OpenTalk,
    TalkFigures,
)
from bot.handlers.relay.ending import carry_out
from bot.handlers.respond import show
from bot.people import Role
from bot.relay.model import Outcome

FIGURE_MONTHS = 3


async def duty_screen(update: Update, context: BotContext) -> None:
    """The peer's own conversation first, if any; else "I'm available" and what waits."""
    runtime = context.runtime
    viewer = context.viewer
    conversation = await runtime.relay.of_peer(viewer)
    if conversation is not None:
        await show(update, context, screens.peer_talking(conversation, context.t))
        return
    await _show_duty(update, context)


async def _show_duty(update: Update, context: BotContext) -> None:
    runtime = context.runtime
    viewer = context.viewer
    until = await runtime.relay.duty_until(viewer)
    offers = await runtime.relay.waiting_for(viewer)
    team = await runtime.relay.on_duty(viewer) if viewer.role.at_least(Role.LEAD) else None
    zone = runtime.settings.timezone
    await show(update, context, screens.duty(until, offers, team, zone, context.t))


async def duty_switched(update: Update, context: BotContext, tap: Duty) -> None:
    await context.runtime.relay.set_duty(context.viewer, tap.on)
    context.saved(update)
    await _show_duty(update, context)


async def accept_tapped(update: Update, context: BotContext, tap: AcceptTalk) -> None:
    """The first to accept gets it; the member is told, and what they wrote while waiting is
    passed on."""
    runtime = context.runtime
    accepted = await runtime.relay.accept(context.viewer, tap.conversation_id)
    t = context.t
    if accepted.outcome is Outcome.TAKEN or accepted.conversation is None:
        await show(update, context, screens.taken(t))
        return
    if accepted.outcome is Outcome.BUSY:
        current = await runtime.relay.of_peer(context.viewer)
        await show(update, context, screens.busy(current or accepted.conversation, t))
        return
    context.saved(update)
    await runtime.tell(accepted.letters)
    await show(update, context, screens.peer_talking(accepted.conversation, t))


async def conversation_tapped(update: Update, context: BotContext, tap: OpenTalk) -> None:
    conversation = await context.runtime.relay.own(context.viewer, tap.conversation_id)
    await show(update, context, screens.peer_talking(conversation, context.t))


async def hand_over_asked(update: Update, context: BotContext, tap: HandOverMenu) -> None:
    conversation = await context.runtime.relay.own(context.viewer, tap.conversation_id)
    await show(update, context, screens.hand_over_menu(conversation, context.t))


async def hand_over_tapped(update: Update, context: BotContext, tap: HandOver) -> None:
    """Offered to the free peers on duty, or to the leads; the member is told to wait, and the
    copies leave this peer's chat."""
    runtime = context.runtime
    conversation = await runtime.relay.own(context.viewer, tap.conversation_id)
    handed = await runtime.relay.hand_over(context.viewer, tap.conversation_id, tap.to)
    if handed is None:
        await show(update, context, screens.nobody_to_hand(conversation, context.t))
        return
    context.saved(update)
    await carry_out(context.bot, runtime, handed)
    await show(update, context, screens.handed_over(context.t))


async def block_asked(update: Update, context: BotContext, tap: BlockAsk) -> None:
    conversation = await context.runtime.relay.own(context.viewer, tap.conversation_id)
    await show(update, context, screens.block_ask(conversation, context.t))


async def block_tapped(update: Update, context: BotContext, tap: BlockNow) -> None:
    runtime = context.runtime
    ending = await runtime.relay.block(context.viewer, tap.conversation_id)
    context.saved(update)
    await carry_out(context.bot, runtime, ending)
    await show(update, context, screens.blocked_done(context.t))


async def figures_tapped(update: Update, context: BotContext, tap: TalkFigures) -> None:
    """The last closed months (DESIGN rule 5: a month is shown once it is over)."""
    runtime = context.runtime
    today = date.fromisoformat(runtime.today())
    months = last_periods(today, FIGURE_MONTHS)[:FIGURE_MONTHS]
    found = [await runtime.relay.figures(context.viewer, month) for month in months]
    k = runtime.settings.suppression_k
    await show(update, context, screens.figures(found, k, context.t))
