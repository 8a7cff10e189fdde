"""A lead vets the danger reports of their area: send it as is, edit then send, or reject it with
a reason the peer who reported it is told (scrubbed, through the outbox)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from telegram import Update

from bot.common.outbox import Letter
from bot.common.refusal import NotAllowed
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, typed
from bot.handlers.respond import show
from bot.handlers.safety import screens
from bot.handlers.safety.buttons import EditAlert, PublishAlert, RejectAlert
from bot.handlers.screens import Screen
from bot.i18n import Messages
from bot.runtime import Runtime
from bot.safety.alerts import clean_description, rejection_to


@dataclass
class VettingDraft:
    """Which alert the lead is typing about, and whether it is the new text or the reason."""

    alert_id: int
    action: Literal["edit", "reject"]


TYPED = "typed"


async def vetting_queue(update: Update, context: BotContext) -> None:
    """The oldest alert waiting for this lead."""
    waiting = await context.runtime.alerts.waiting(context.viewer)
    await show(update, context, screens.vetting_queue(waiting[0] if waiting else None, context.t))


async def publish_tapped(update: Update, context: BotContext, tap: PublishAlert) -> None:
    await publish(update, context, tap.alert_id, None)


async def publish(
    update: Update, context: BotContext, alert_id: int, description: str | None
) -> None:
    """Publish: the notices are queued with it, and the outbox starts sending at once."""
    runtime = context.runtime
    count = await runtime.alerts.publish(context.viewer, alert_id, description)
    context.saved(update)
    runtime.kick()
    await show(update, context, screens.published(count, context.t))


async def edit_tapped(update: Update, context: BotContext, tap: EditAlert) -> None:
    await context.runtime.alerts.vettable(context.viewer, tap.alert_id)
    flows.begin(context, VETTING, VettingDraft(tap.alert_id, "edit"), TYPED)
    await show(update, context, screens.type_edit(context.t))


async def reject_tapped(update: Update, context: BotContext, tap: RejectAlert) -> None:
    await context.runtime.alerts.vettable(context.viewer, tap.alert_id)
    flows.begin(context, VETTING, VettingDraft(tap.alert_id, "reject"), TYPED)
    await show(update, context, screens.type_reason(context.t))


async def vetting_typed(update: Update, context: BotContext, draft: VettingDraft) -> None:
    """The new text (then it is sent) or the reason (then the peer is told)."""
    flows.end(context)
    message = update.effective_message
    typed_text = (message.text if message else None) or ""
    runtime = context.runtime
    if draft.action == "edit":
        description = clean_description(typed_text, runtime.settings.phone_region)
        await publish(update, context, draft.alert_id, description)
        return
    try:
        alert = await runtime.alerts.reject(context.viewer, draft.alert_id, typed_text)
    except NotAllowed:  # vetted by someone else meanwhile
        await show(update, context, screens.no_longer_available(context.t))
        return
    context.saved(update)
    await show(update, context, screens.rejected(context.t))
    contact = None
    if alert.submitted_by is not None:
        contact = await runtime.people.contact(alert.submitted_by)
    if contact is not None and alert.reason is not None:
        await runtime.tell([rejection_to(*contact, alert.reason)])


async def render_rejection(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    return screens.rejection(letter.words or "", t)


VETTING = Flow(
    "alert vetting", VettingDraft, {TYPED: typed(vetting_typed)}, timeout=timedelta(minutes=15)
)
