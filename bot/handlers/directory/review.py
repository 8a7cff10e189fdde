"""The leads' review queue: proposals, services sent back by problem reports, and suggested
changes, one at a time with the directory's freshness summary; publish, or reject with a reason
the proposer sees. The proposer hears the outcome through the outbox, the reason scrubbed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Literal

from telegram import Update

from bot.common.outbox import Letter, Outgoing
from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.directory.model import Change, Decision, Service
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.directory import screens
from bot.handlers.directory.buttons import Approve, ApproveChange, Reject, RejectChange, ReviewItem
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
# What the proposer may be told, and whether a reason comes with it.
TOLD = {
    "directory-proposal-published": False,
    "directory-proposal-rejected": True,
    "directory-your-change-published": False,
    "directory-your-change-rejected": True,
}


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
    await announce(update, context, decision, "directory-approved", "directory-proposal-published")


async def approve_change(update: Update, context: BotContext, tap: ApproveChange) -> None:
    """Publish a suggested change onto the live record."""
    decision = await context.runtime.directory.decide_change(
        context.viewer, tap.change_id, apply=True
    )
    await announce(
        update, context, decision, "directory-change-published", "directory-your-change-published"
    )


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
            done, told = "directory-change-rejected", "directory-your-change-rejected"
        else:
            decision = await directory.reject(context.viewer, draft.item_id, reason)
            done, told = "directory-rejected", "directory-proposal-rejected"
    except NotAllowed:  # decided meanwhile (by another lead), or no longer a lead
        await show(update, context, main_menu(context.viewer, t, t("common-no-longer-available")))
        return
    await announce(update, context, decision, done, told, reason=reason)


async def announce(
    update: Update,
    context: BotContext,
    decision: Decision,
    done: str,
    told: str,
    reason: str | None = None,
) -> None:
    """After a committed decision: confirm to the lead, then tell whoever proposed it."""
    context.saved(update)
    await show(update, context, screens.decided(done, decision.name, context.t))
    await tell_proposer(context.runtime, decision, told, reason)


async def tell_proposer(
    runtime: Runtime, decision: Decision, told: str, reason: str | None = None
) -> None:
    """Queue the outcome for the proposer, if they are still on the team; the reason goes as
    words a person wrote, so the outbox scrubs it."""
    if decision.proposer_person_id is None:
        return
    contact = await runtime.people.contact(decision.proposer_person_id)
    if contact is None:
        return
    chat_id, locale = contact
    letter = Outgoing(chat_id, locale, DECISION, {"id": told, "service": decision.service_id})
    await runtime.tell([replace(letter, words=reason) if TOLD[told] else letter])


async def render_decision(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    """The outcome in the proposer's language, the service's name read as it is now."""
    told = str(letter.args.get("id"))
    name = await runtime.directory.service_name(int(letter.args.get("service", 0)))
    if told not in TOLD or name is None:
        return None
    if TOLD[told]:
        return Screen(t(told, name=name, reason=letter.words or "—"))
    return Screen(t(told, name=name))


REJECT = Flow("reject", RejectDraft, {REASON: typed(reason_typed)}, timeout=timedelta(minutes=15))
