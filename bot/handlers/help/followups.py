"""A lead's incident follow-ups (`/followups`, the team menu's 📋): open items oldest first, one
item's card (protected), "I'm following up", and closing it: resolved, the person wants no
action, or referred to a service chosen from the directory by type (or one not listed)."""

from __future__ import annotations

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.directory.model import Filters
from bot.handlers.context import BotContext
from bot.handlers.help import screens
from bot.handlers.help.buttons import (
    CloseFollowUp,
    OpenFollowUp,
    ReferralType,
    ReferTo,
    TakeFollowUp,
)
from bot.handlers.respond import answer, show
from bot.help.model import FollowUpOutcome


async def followups_screen(update: Update, context: BotContext) -> None:
    """Open follow-ups, oldest first."""
    items = await context.runtime.help.followups(context.viewer)
    zone = context.runtime.settings.timezone
    await show(update, context, screens.followup_list(items, zone, context.t))


async def show_item(update: Update, context: BotContext, followup_id: int) -> None:
    item = await context.runtime.help.followup(context.viewer, followup_id)
    zone = context.runtime.settings.timezone
    await show(update, context, screens.followup_card(item, zone, context.t))


async def followup_opened(update: Update, context: BotContext, tap: OpenFollowUp) -> None:
    await show_item(update, context, tap.followup_id)


async def taken(update: Update, context: BotContext, tap: TakeFollowUp) -> None:
    """ "I'm following up": the card says who, for every lead who opens it."""
    done = await context.runtime.help.take(context.viewer, tap.followup_id)
    t = context.t
    if done:
        context.saved(update)
    await answer(update, context, t("help-taken") if done else t("help-already-closed"))
    await show_item(update, context, tap.followup_id)


async def close_tapped(update: Update, context: BotContext, tap: CloseFollowUp) -> None:
    """Resolved or no action closes at once; referred asks which service first."""
    if tap.outcome is FollowUpOutcome.REFERRED:
        await context.runtime.help.followup(context.viewer, tap.followup_id)  # a lead's to see
        await show(update, context, screens.referral_types(tap.followup_id, context.t))
        return
    await close(update, context, tap.followup_id, tap.outcome, None)


async def referral_type(update: Update, context: BotContext, tap: ReferralType) -> None:
    runtime = context.runtime
    await runtime.help.followup(context.viewer, tap.followup_id)
    page = await runtime.directory.in_category(
        context.viewer.role, tap.category, Filters(), tap.page
    )
    screen = screens.referral_services(
        tap.followup_id, tap.category, tap.page, page.services, page.has_more, context.t
    )
    await show(update, context, screen)


async def referred(update: Update, context: BotContext, tap: ReferTo) -> None:
    if tap.service_id is not None:
        service = await context.runtime.directory.card(context.viewer.role, tap.service_id)
        if service is None:
            raise NotAllowed
    await close(update, context, tap.followup_id, FollowUpOutcome.REFERRED, tap.service_id)


async def close(
    update: Update,
    context: BotContext,
    followup_id: int,
    outcome: FollowUpOutcome,
    service_id: int | None,
) -> None:
    runtime, t = context.runtime, context.t
    done = await runtime.help.close(context.viewer, followup_id, outcome, service_id)
    if done:
        context.saved(update)
    await answer(update, context, t("help-closed-done") if done else t("help-already-closed"))
    await followups_screen(update, context)
