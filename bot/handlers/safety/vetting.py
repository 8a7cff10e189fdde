"""A lead vets the danger reports of their area: send it as is, edit then send, or reject it with
a reason the peer who reported it is told (scrubbed, through the outbox, read after a tap).

What a lead types (the new text, the reason) is shown back scrubbed, and goes only when they tap
Send: a Send whose draft is gone (restart, timeout) says the form closed, never "sent".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from telegram import Update

from bot.common.outbox import Letter
from bot.common.refusal import NotAllowed
from bot.common.stigma import stigma_warning
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, typed
from bot.handlers.menu import Entry
from bot.handlers.respond import show
from bot.handlers.safety import screens
from bot.handlers.safety.buttons import (
    ConfirmVetting,
    EditAlert,
    PublishAlert,
    ReadReason,
    RejectAlert,
)
from bot.handlers.safety.report import form_closed
from bot.handlers.screens import Screen
from bot.i18n import Messages
from bot.runtime import Runtime
from bot.safety.alerts import clean_description, clean_reason, rejection_to


@dataclass
class VettingDraft:
    """Which alert the lead is typing about, whether it is the new text or the reason, and what
    they typed (scrubbed) once they did."""

    alert_id: int
    action: Literal["edit", "reject"]
    text: str = ""


TYPED = "typed"


async def vetting_queue(update: Update, context: BotContext) -> None:
    """The oldest alert waiting for this lead."""
    waiting = await context.runtime.alerts.waiting(context.viewer)
    alert = waiting[0] if waiting else None
    warning = "" if alert is None else _warning(context, alert.description or "")
    await show(update, context, screens.vetting_queue(alert, context.t, warning))


def _warning(context: BotContext, text: str) -> str:
    return stigma_warning(context.runtime.stigma, text, context.t)


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
    """The new text or the reason, scrubbed and shown back with Send."""
    message = update.effective_message
    typed_text = (message.text if message else None) or ""
    region = context.runtime.settings.phone_region
    t = context.t
    alert_id = draft.alert_id
    if draft.action == "edit":
        draft.text = clean_description(typed_text, region)
        review = (
            screens.edit_review(alert_id, draft.text, t, _warning(context, draft.text))
            if draft.text
            else screens.type_edit(t)
        )
    else:
        draft.text = clean_reason(typed_text, region)
        review = (
            screens.reason_review(alert_id, draft.text, t, _warning(context, draft.text))
            if draft.text
            else screens.type_reason(t)
        )
    if draft.text:
        flows.wait_for(context, VETTING, None)
    await show(update, context, review)


async def send_tapped(update: Update, context: BotContext, tap: ConfirmVetting) -> None:
    """Send what was shown back: the edited notice, or the reason to the peer."""
    draft = flows.current(context, VETTING)
    if draft is None or draft.alert_id != tap.alert_id:  # gone, or the Send of another one
        await form_closed(update, context, Entry.VET_ALERTS)
        return
    if not draft.text:
        raise NotAllowed  # a Send from before anything was typed
    flows.end(context)
    if draft.action == "edit":
        await publish(update, context, draft.alert_id, draft.text)
        return
    runtime = context.runtime
    alert = await runtime.alerts.reject(context.viewer, draft.alert_id, draft.text)
    context.saved(update)
    await show(update, context, screens.rejected(context.t))
    contact = None
    if alert.submitted_by is not None:
        contact = await runtime.people.contact(alert.submitted_by)
    if contact is not None:
        await runtime.tell([rejection_to(*contact, alert.id)])


async def read_reason(update: Update, context: BotContext, tap: ReadReason) -> None:
    """Why their report was not sent, for the peer who reported it, in a protected message."""
    alert = await context.runtime.alerts.rejection(context.viewer, tap.alert_id)
    await show(update, context, screens.rejection(alert.reason or "", context.t))


async def render_rejection(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    """The neutral line a peer is sent (a letter queued before these held words: dropped)."""
    alert_id = letter.args.get("alert")
    return None if alert_id is None else screens.rejection_letter(int(alert_id), t)


VETTING = Flow(
    "alert vetting", VettingDraft, {TYPED: typed(vetting_typed)}, timeout=timedelta(minutes=15)
)
