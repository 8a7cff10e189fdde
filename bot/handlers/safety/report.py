"""Anyone reports a danger, by buttons: what kind, where, when, a few words (scrubbed and shown
back), send. A lead checks it before anyone else sees it (`vetting`). A member's report keeps no
id of theirs, so they are told only that a lead will check it; past the day's limit they are told
before the form starts."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, typed
from bot.handlers.menu import Entry
from bot.handlers.outbox import tell_leads
from bot.handlers.respond import answer, show
from bot.handlers.safety import screens
from bot.handlers.safety.buttons import ReportArea, ReportKind, ReportWhen, SendReport
from bot.safety.alerts import AlertKind, Happened, clean_description


@dataclass
class ReportDraft:
    kind: AlertKind | None = None
    area_id: int | None = None
    happened: Happened | None = None
    description: str | None = None


DESCRIBE = "describe"


async def form_closed(update: Update, context: BotContext, again: Entry) -> None:
    """A button of a form that ended (sent, cancelled, quick exit, timed out, restarted) finds no
    draft: the tap gets the neutral refusal, and the screen says the form closed (never "sent")
    with a button to start `again`."""
    t = context.t
    await answer(update, context, t("common-no-longer-available"))
    await show(update, context, screens.form_closed(again, t))


async def report_start(update: Update, context: BotContext) -> None:
    if not context.runtime.alerts.may_report(context.viewer):
        await show(update, context, screens.report_limit(context.viewer, context.t))
        return
    flows.begin(context, REPORT, ReportDraft())
    await show(update, context, screens.report_kinds(context.t))


async def kind_chosen(update: Update, context: BotContext, tap: ReportKind) -> None:
    draft = flows.current(context, REPORT)
    if draft is None:
        await form_closed(update, context, Entry.REPORT_DANGER)
        return
    draft.kind = tap.kind
    flows.wait_for(context, REPORT, None)
    areas = [(area.id, area.name) for area in await context.runtime.directory.areas()]
    await show(update, context, screens.report_areas(areas, context.t))


async def area_chosen(update: Update, context: BotContext, tap: ReportArea) -> None:
    draft = flows.current(context, REPORT)
    if draft is None:
        await form_closed(update, context, Entry.REPORT_DANGER)
        return
    if await context.runtime.directory.area(tap.area_id) is None:
        raise NotAllowed
    draft.area_id = tap.area_id
    flows.wait_for(context, REPORT, None)
    await show(update, context, screens.report_when(context.t))


async def when_chosen(update: Update, context: BotContext, tap: ReportWhen) -> None:
    draft = flows.current(context, REPORT)
    if draft is None:
        await form_closed(update, context, Entry.REPORT_DANGER)
        return
    draft.happened = tap.happened
    flows.wait_for(context, REPORT, DESCRIBE)
    await show(update, context, screens.report_describe(context.t))


async def description_typed(update: Update, context: BotContext, draft: ReportDraft) -> None:
    """The description, scrubbed and shown back before it is sent."""
    message = update.effective_message
    typed_text = (message.text if message else None) or ""
    text = clean_description(typed_text, context.runtime.settings.phone_region)
    if not text:
        await show(update, context, screens.report_describe(context.t))
        return
    draft.description = text
    flows.wait_for(context, REPORT, None)
    await show(update, context, screens.report_review(text, context.t))


async def send_report(update: Update, context: BotContext, tap: SendReport) -> None:
    """Store the report for a lead, then tell the leads there is one to check."""
    draft = flows.current(context, REPORT)
    if draft is None:
        await form_closed(update, context, Entry.REPORT_DANGER)
        return
    kind, area_id = draft.kind, draft.area_id
    happened, description = draft.happened, draft.description
    if kind is None or area_id is None or happened is None or not description:
        raise NotAllowed  # a stale send button from before the last step
    runtime = context.runtime
    await runtime.alerts.submit(context.viewer, kind, area_id, happened, description)
    flows.end(context)
    context.saved(update)
    await show(update, context, screens.report_sent(context.viewer, context.t))
    await tell_leads(runtime, "alerts-waiting", area_id=area_id, opens=Entry.VET_ALERTS)


REPORT = Flow("alert report", ReportDraft, {DESCRIBE: typed(description_typed)})
