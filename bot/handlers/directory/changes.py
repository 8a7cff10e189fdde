"""Suggesting a change to a published service (peers: it waits for a lead) or editing one
(leads: it applies at once): choose the field, then tap the value or type it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.directory.changes import check_change
from bot.directory.model import ChangeOutcome, EditableField
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.directory import screens
from bot.handlers.directory.buttons import ChooseField, EditField, ReviewItem, SetValue
from bot.handlers.directory.memory import finding
from bot.handlers.flows import Flow, typed
from bot.handlers.menu import Entry
from bot.handlers.outbox import tell_leads
from bot.handlers.respond import show

VALUE = "value"
BY_BUTTON = (EditableField.IS_FREE, EditableField.NO_PAPERS_NEEDED, EditableField.STATUS)


@dataclass
class ChangeDraft:
    """The field whose new value is being typed."""

    service_id: int
    field: EditableField


async def choose_field(update: Update, context: BotContext, tap: ChooseField) -> None:
    """Which field to change."""
    await context.runtime.directory.checkable(context.viewer, tap.service_id)
    await show(update, context, screens.fields(tap.service_id, context.viewer.role, context.t))


async def edit_field(update: Update, context: BotContext, tap: EditField) -> None:
    """Ask for the new value: buttons for yes/no and open/closed, typing for the rest."""
    await context.runtime.directory.checkable(context.viewer, tap.service_id)
    if tap.field in BY_BUTTON:
        await show(update, context, screens.field_choices(tap.service_id, tap.field, context.t))
        return
    flows.begin(context, CHANGE, ChangeDraft(tap.service_id, tap.field), VALUE)
    await show(update, context, screens.change_type(tap.service_id, tap.field, context.t))


async def value_tapped(update: Update, context: BotContext, tap: SetValue) -> None:
    """A yes/no or open/closed value chosen by button (a value the field does not take is
    forged: our buttons offer none)."""
    valid, _ = check_change(tap.field, tap.value, None)
    if tap.field not in BY_BUTTON or not valid:
        raise NotAllowed
    await context.runtime.directory.checkable(context.viewer, tap.service_id)
    await save_change(update, context, tap.service_id, tap.field, tap.value)


async def value_typed(update: Update, context: BotContext, draft: ChangeDraft) -> None:
    """The new value typed for a text field; the flow ends once it is saved, or refused (the
    service went meanwhile), and goes on while the value is not usable."""
    message = update.effective_message
    typed_value = (message.text if message else "") or ""
    try:
        saved = await save_change(update, context, draft.service_id, draft.field, typed_value)
    except NotAllowed:
        flows.end(context)
        raise
    if saved:
        flows.end(context)


async def save_change(
    update: Update, context: BotContext, service_id: int, field: EditableField, given: str
) -> bool:
    """Check the value, then store it as a suggestion or an edit; False if it was not usable."""
    runtime, t = context.runtime, context.t
    valid, value = check_change(field, given, runtime.settings.phone_region)
    if not valid:
        await show(update, context, screens.change_invalid(t))
        return False
    outcome = await runtime.directory.suggest_change(context.viewer, service_id, field, value)
    context.saved(update)
    if outcome is ChangeOutcome.DRAFTED:
        await show(update, context, screens.change_drafted(context.viewer, t))
        await tell_leads(runtime, "directory-review-waiting", opens=Entry.REVIEW)
        return True
    back = finding(context).back or ReviewItem(0)
    await show(update, context, screens.change_applied(service_id, back, t))
    return True


CHANGE = Flow("change", ChangeDraft, {VALUE: typed(value_typed)}, timeout=timedelta(minutes=15))
