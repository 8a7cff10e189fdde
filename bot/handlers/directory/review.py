"""The leads' review queue: proposals, services sent back by problem reports, and suggested
changes, one at a time with the directory's freshness summary; publish, or reject with a reason
the proposer sees. The proposer gets a neutral letter through the outbox and reads the outcome
(the lead's reason scrubbed) after a tap, protected."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from telegram import Update

from bot.common.outbox import Letter, Outgoing, clean_words
from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.directory.model import Change, Decision, Service, YourItem
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.directory import screens
from bot.handlers.directory.buttons import (
    Approve,
    ApproveChange,
    Reject,
    RejectChange,
    ReviewItem,
    YourChange,
    YourProposal,
)
from bot.handlers.directory.memory import finding
from bot.handlers.flows import Flow, typed
from bot.handlers.menu import main_menu
from bot.handlers.respond import show
from bot.handlers.screens import Screen
from bot.i18n import Messages
from bot.people import Role
from bot.runtime import Runtime

REASON = "reason"
DECISION = "directory.decision"


@dataclass
class RejectDraft:
    """What is being rejected while the lead types the reason."""

    kind: Literal["service", "change"]
    item_id: int


async def review_entry(update: Update, context: BotContext) -> None:
    """/review and the menu's Review: the oldest item waiting."""
    await review_item(update, context, ReviewItem(0))


async def review_item(update: Update, context: BotContext, tap: ReviewItem) -> None:
    """One waiting item (a service or a suggested change), with the freshness summary."""
    runtime, viewer, t = context.runtime, context.viewer, context.t
    directory = runtime.directory
    waiting: list[Service | Change] = [
        *await directory.queue(viewer),
        *await directory.changes(viewer),
    ]
    summary = await directory.freshness_summary(viewer)
    if not waiting:
        await show(update, context, screens.review_empty(summary, t))
        return
    index = tap.index % len(waiting)
    item = waiting[index]
    finding(context).back = ReviewItem(index)
    if isinstance(item, Change):
        service = await directory.card(Role.LEAD, item.service_id)
        old = getattr(service.record, item.field.value) if service is not None else None
        screen = screens.review_change(item, old, index, len(waiting), summary, t)
    else:
        screen = screens.review_service(
            item,
            index,
            len(waiting),
            summary,
            viewer.role,
            t,
            runtime.settings.timezone,
            directory.today(),
        )
    await show(update, context, screen)


async def approve(update: Update, context: BotContext, tap: Approve) -> None:
    """Publish a proposal, or put a reviewed service back as checked today."""
    decision = await context.runtime.directory.approve(context.viewer, tap.service_id)
    await announce(update, context, decision, "directory-approved")


async def approve_change(update: Update, context: BotContext, tap: ApproveChange) -> None:
    """Publish a suggested change onto the live record."""
    decision = await context.runtime.directory.decide_change(
        context.viewer, tap.change_id, apply=True
    )
    await announce(update, context, decision, "directory-change-published")


async def reject(update: Update, context: BotContext, tap: Reject) -> None:
    """Ask for the reason before rejecting a proposal (or archiving a reviewed service)."""
    await context.runtime.directory.waiting(context.viewer, tap.service_id)
    flows.begin(context, REJECT, RejectDraft("service", tap.service_id), REASON)
    await show(update, context, screens.reject_ask(context.t))


async def reject_change(update: Update, context: BotContext, tap: RejectChange) -> None:
    """Ask for the reason before rejecting a suggested change."""
    await context.runtime.directory.pending_change(context.viewer, tap.change_id)
    flows.begin(context, REJECT, RejectDraft("change", tap.change_id), REASON)
    await show(update, context, screens.reject_ask(context.t))


async def reason_typed(update: Update, context: BotContext, draft: RejectDraft) -> None:
    """Reject with the reason typed; the proposer is told."""
    t, directory = context.t, context.runtime.directory
    message = update.effective_message
    reason = clean_text((message.text if message else "") or "")
    if not reason:
        await show(update, context, Screen(t("common-flow-hint")))
        return
    flows.end(context)
    try:
        if draft.kind == "change":
            decision = await directory.decide_change(
                context.viewer, draft.item_id, apply=False, reason=reason
            )
            done = "directory-change-rejected"
        else:
            decision = await directory.reject(context.viewer, draft.item_id, reason)
            done = "directory-rejected"
    except NotAllowed:  # decided meanwhile (by another lead), or no longer a lead
        await show(update, context, main_menu(context.viewer, t, t("common-no-longer-available")))
        return
    await announce(update, context, decision, done)


async def announce(update: Update, context: BotContext, decision: Decision, done: str) -> None:
    """After a committed decision: confirm to the lead, then tell whoever proposed it."""
    context.saved(update)
    await show(update, context, screens.decided(done, decision.name, context.t))
    await tell_proposer(context.runtime, decision)


async def tell_proposer(runtime: Runtime, decision: Decision) -> None:
    """Queue a letter for the proposer, if they are still on the team. It carries ids only: the
    service's name, the outcome and the lead's reason are read from the database after a tap."""
    if decision.proposer_person_id is None:
        return
    contact = await runtime.people.contact(decision.proposer_person_id)
    if contact is None:
        return
    chat_id, locale = contact
    args = {"service": decision.service_id, "change": decision.change_id}
    await runtime.tell([Outgoing(chat_id, locale, DECISION, args)])


async def render_decision(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    """A neutral line a locked phone may show (no name, no outcome) and a button to read it."""
    service_id, change_id = letter.args.get("service"), letter.args.get("change")
    if not isinstance(service_id, int) or await runtime.directory.service_name(service_id) is None:
        return None  # the service is gone: nothing left to tell
    read = YourChange(change_id) if isinstance(change_id, int) else YourProposal(service_id)
    return screens.decision_letter(read, t)


async def read_proposal(update: Update, context: BotContext, tap: YourProposal) -> None:
    """The proposer reads what became of their proposal (nobody else can), protected."""
    item = await context.runtime.directory.your_proposal(context.viewer, tap.service_id)
    await show_yours(update, context, item)


async def read_change(update: Update, context: BotContext, tap: YourChange) -> None:
    """The proposer reads what became of their suggested change (nobody else can), protected."""
    item = await context.runtime.directory.your_change(context.viewer, tap.change_id)
    await show_yours(update, context, item)


async def show_yours(update: Update, context: BotContext, item: YourItem) -> None:
    # The lead's reason is words a person wrote about a service: no contact details pass on.
    reason = (
        clean_words(item.reason, context.runtime.settings.phone_region) if item.reason else None
    )
    await show(update, context, screens.your_item(item, reason, context.viewer, context.t))


REJECT = Flow("reject", RejectDraft, {REASON: typed(reason_typed)}, timeout=timedelta(minutes=15))
