"""A peer proposes a new service, step by step, every step skippable where the peer does not
know. The draft lives in memory until it is sent; then it is committed for the leads to vet
before anyone is told "sent". A button of an ended proposal (a restart, /cancel, a quick exit)
says the form closed and offers to start again; one of another step (an older message) gets
the neutral refusal.

    name -> categories -> organisation -> description -> phone -> place (pin or address) -> area
    -> hours (preset, or typed) -> free? -> papers? -> attributes -> who may see it -> review, send
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.directory.model import Category, ServiceRecord, Visibility
from bot.directory.opening_hours import hours_in_codes, parse_hours
from bot.directory.words import normalise_phone
from bot.handlers import flows
from bot.handlers.callbacks import Callback
from bot.handlers.context import BotContext
from bot.handlers.directory import proposal_screens as screens
from bot.handlers.directory.buttons import (
    Answer,
    ProposeArea,
    ProposeCancel,
    ProposeCategoriesDone,
    ProposeCategory,
    ProposeCost,
    ProposeFlag,
    ProposeFlagsDone,
    ProposeHours,
    ProposePapers,
    ProposeSend,
    ProposeSkip,
    ProposeVisibility,
    Step,
)
from bot.handlers.directory.card_text import card_text
from bot.handlers.flows import Flow, located, typed
from bot.handlers.menu import Entry, main_menu
from bot.handlers.outbox import tell_leads
from bot.handlers.respond import answer, show
from bot.handlers.screens import Screen

LIMITS = {Step.NAME: 120, Step.ORGANISATION: 120, Step.DESCRIPTION: 600, Step.PLACE: 200}
HOUR_PRESETS = {"weekdays": "Mo-Fr 09:00-17:00", "always": "24/7"}
ANSWERS: dict[Answer, bool | None] = {"yes": True, "no": False, "unknown": None}
# Steps that wait for something typed (or, for the place, a shared pin).
TYPED_STEPS = (
    Step.NAME,
    Step.ORGANISATION,
    Step.DESCRIPTION,
    Step.PHONE,
    Step.PLACE,
    Step.HOURS_TYPED,
)


@dataclass
class ProposalDraft:
    step: Step = Step.NAME
    name: str = ""
    categories: list[Category] = field(default_factory=list)
    organisation: str | None = None
    description: str = ""
    phone: str | None = None
    address: str | None = None
    latitude: float | None = None  # the venue's pin, not the peer's position
    longitude: float | None = None
    area_id: int | None = None
    hours: str = ""
    is_free: bool | None = None
    no_papers_needed: bool | None = None
    flags: set[str] = field(default_factory=set)
    visibility: Visibility = Visibility.PUBLIC

    def record(self) -> ServiceRecord:
        return ServiceRecord(
            name=self.name,
            categories=tuple(self.categories),
            organisation=self.organisation,
            description=self.description,
            phone=self.phone,
            address=self.address,
            latitude=self.latitude,
            longitude=self.longitude,
            area_id=self.area_id,
            hours=self.hours,
            is_free=self.is_free,
            no_papers_needed=self.no_papers_needed,
            visibility=self.visibility,
            sex_worker_led="sex_worker_led" in self.flags,
            rights_based="rights_based" in self.flags,
            no_police_reporting="no_police_reporting" in self.flags,
            trans_friendly="trans_friendly" in self.flags,
            confidential="confidential" in self.flags,
            walk_in="walk_in" in self.flags,
        )


C = TypeVar("C", bound=Callback)
StepTap = Callable[[Update, BotContext, C, ProposalDraft], Awaitable[None]]


def at(*steps: Step) -> Callable[[StepTap[C]], Callable[[Update, BotContext, C], Awaitable[None]]]:
    """A button of the proposal at one of `steps`: its handler gets the draft. A button of an
    ended proposal (a restart, /cancel, a quick exit) says the form closed, never "sent", and
    offers to start again; one of another step (an older message) gets the neutral refusal."""

    def wrap(handler: StepTap[C]) -> Callable[[Update, BotContext, C], Awaitable[None]]:
        @functools.wraps(handler)
        async def tapped(update: Update, context: BotContext, tap: C) -> None:
            draft = flows.current(context, PROPOSAL)
            if draft is None:
                # The tap gets the one neutral answer every stale button gets; the screen says
                # what it means here.
                await answer(update, context, context.t("common-no-longer-available"))
                await show(update, context, screens.closed(context.t))
                return
            if draft.step not in steps:
                raise NotAllowed
            await handler(update, context, tap, draft)

        return tapped

    return wrap


async def go_to(
    update: Update, context: BotContext, draft: ProposalDraft, step: Step, screen: Screen
) -> None:
    """Move the proposal to `step` and ask its question."""
    draft.step = step
    flows.wait_for(context, PROPOSAL, step.value if step in TYPED_STEPS else None)
    await show(update, context, screen)


def typed_text(update: Update) -> str:
    message = update.effective_message
    return clean_text(message.text or "") if message is not None else ""


async def too_long(update: Update, context: BotContext, step: Step, text: str) -> bool:
    if len(text) <= LIMITS[step]:
        return False
    await show(update, context, screens.too_long(context.t))
    return True


# --- steps ------------------------------------------------------------------------------------


async def start(update: Update, context: BotContext) -> None:
    """Begin a proposal (peers, leads and admins, checked by the route), showing what this
    person sent before that still waits for a lead."""
    directory, viewer = context.runtime.directory, context.viewer
    waiting = await directory.own_proposals(viewer)
    changes = await directory.own_changes(viewer)
    flows.begin(context, PROPOSAL, ProposalDraft(), Step.NAME.value)
    await show(update, context, screens.name(context.t, waiting, changes))


async def name_typed(update: Update, context: BotContext, draft: ProposalDraft) -> None:
    name = typed_text(update)
    if not name:
        await show(update, context, screens.name(context.t))
        return
    if await too_long(update, context, Step.NAME, name):
        return
    draft.name = name
    await go_to(update, context, draft, Step.CATEGORIES, screens.categories([], context.t))


@at(Step.CATEGORIES)
async def category_tapped(
    update: Update, context: BotContext, tap: ProposeCategory, draft: ProposalDraft
) -> None:
    if tap.category in draft.categories:
        draft.categories.remove(tap.category)
    else:
        draft.categories.append(tap.category)
    await show(update, context, screens.categories(draft.categories, context.t))


@at(Step.CATEGORIES)
async def categories_done(
    update: Update, context: BotContext, tap: ProposeCategoriesDone, draft: ProposalDraft
) -> None:
    if not draft.categories:
        await show(update, context, screens.categories(draft.categories, context.t))
        return
    await go_to(
        update, context, draft, Step.ORGANISATION, screens.ask(Step.ORGANISATION, context.t)
    )


async def organisation_typed(update: Update, context: BotContext, draft: ProposalDraft) -> None:
    text = typed_text(update)
    if await too_long(update, context, Step.ORGANISATION, text):
        return
    draft.organisation = text or None
    await go_to(update, context, draft, Step.DESCRIPTION, screens.ask(Step.DESCRIPTION, context.t))


async def description_typed(update: Update, context: BotContext, draft: ProposalDraft) -> None:
    text = typed_text(update)
    if await too_long(update, context, Step.DESCRIPTION, text):
        return
    draft.description = text
    await go_to(update, context, draft, Step.PHONE, screens.ask(Step.PHONE, context.t))


async def phone_typed(update: Update, context: BotContext, draft: ProposalDraft) -> None:
    phone = normalise_phone(typed_text(update), context.runtime.settings.phone_region)
    if phone is None:
        screen = screens.ask(Step.PHONE, context.t, "directory-propose-phone-invalid")
        await show(update, context, screen)
        return
    draft.phone = phone
    await go_to(update, context, draft, Step.PLACE, screens.ask(Step.PLACE, context.t))


async def place_given(update: Update, context: BotContext, draft: ProposalDraft) -> None:
    """The venue's pin (where the service is, not where the peer is), or its address typed."""
    message = update.effective_message
    location = message.location if message is not None else None
    if location is not None:
        if location.live_period:
            await show(update, context, Screen(context.t("directory-live-location")))
            return
        draft.latitude, draft.longitude = location.latitude, location.longitude
    else:
        text = typed_text(update)
        if await too_long(update, context, Step.PLACE, text):
            return
        draft.address = text or None
    await ask_area(update, context, draft)


async def ask_area(update: Update, context: BotContext, draft: ProposalDraft) -> None:
    areas = await context.runtime.directory.areas()
    await go_to(update, context, draft, Step.AREA, screens.area(areas, context.t))


@at(Step.AREA)
async def area_tapped(
    update: Update, context: BotContext, tap: ProposeArea, draft: ProposalDraft
) -> None:
    area = await context.runtime.directory.area(tap.area_id)
    if area is None:
        raise NotAllowed
    draft.area_id = area.id
    await go_to(update, context, draft, Step.HOURS, screens.hours(context.t))


@at(Step.HOURS)
async def hours_tapped(
    update: Update, context: BotContext, tap: ProposeHours, draft: ProposalDraft
) -> None:
    if tap.choice == "custom":
        await go_to(
            update, context, draft, Step.HOURS_TYPED, screens.ask(Step.HOURS_TYPED, context.t)
        )
        return
    draft.hours = HOUR_PRESETS[tap.choice]
    await ask_cost(update, context, draft)


async def hours_typed(update: Update, context: BotContext, draft: ProposalDraft) -> None:
    # Typed with the language's own day names; stored with the codes every language reads.
    text = hours_in_codes(typed_text(update), context.t.locale)
    try:
        parse_hours(text)
    except ValueError:
        screen = screens.ask(Step.HOURS_TYPED, context.t, "directory-propose-hours-invalid")
        await show(update, context, screen)
        return
    draft.hours = text
    await ask_cost(update, context, draft)


async def ask_cost(update: Update, context: BotContext, draft: ProposalDraft) -> None:
    screen = screens.yes_no("directory-propose-cost", ProposeCost, context.t)
    await go_to(update, context, draft, Step.COST, screen)


@at(Step.COST)
async def cost_tapped(
    update: Update, context: BotContext, tap: ProposeCost, draft: ProposalDraft
) -> None:
    draft.is_free = ANSWERS[tap.answer]
    screen = screens.yes_no("directory-propose-papers", ProposePapers, context.t)
    await go_to(update, context, draft, Step.PAPERS, screen)


@at(Step.PAPERS)
async def papers_tapped(
    update: Update, context: BotContext, tap: ProposePapers, draft: ProposalDraft
) -> None:
    draft.no_papers_needed = ANSWERS[tap.answer]
    await go_to(update, context, draft, Step.FLAGS, screens.flags(draft.flags, context.t))


@at(Step.FLAGS)
async def flag_tapped(
    update: Update, context: BotContext, tap: ProposeFlag, draft: ProposalDraft
) -> None:
    draft.flags ^= {tap.flag}
    await show(update, context, screens.flags(draft.flags, context.t))


@at(Step.FLAGS)
async def flags_done(
    update: Update, context: BotContext, tap: ProposeFlagsDone, draft: ProposalDraft
) -> None:
    await go_to(update, context, draft, Step.VISIBILITY, screens.visibility(context.t))


@at(Step.VISIBILITY)
async def visibility_tapped(
    update: Update, context: BotContext, tap: ProposeVisibility, draft: ProposalDraft
) -> None:
    """Who may see it; then the proposal as its card will read."""
    # A confidential place (a shelter) is never shown to everyone.
    confidential = "confidential" in draft.flags
    draft.visibility = Visibility.PEERS if confidential else Visibility(tap.visibility)
    runtime = context.runtime
    preview = runtime.directory.preview(draft.record())
    card = card_text(
        preview,
        context.viewer.role,
        context.t,
        runtime.settings.timezone,
        runtime.directory.today(),
    )
    await go_to(update, context, draft, Step.REVIEW, screens.review(card, context.t))


@at(Step.REVIEW)
async def send(update: Update, context: BotContext, tap: ProposeSend, draft: ProposalDraft) -> None:
    """Commit the proposal, then say so, then tell the leads."""
    runtime = context.runtime
    await runtime.directory.propose(context.viewer, draft.record())
    context.saved(update)
    flows.end(context)
    await show(update, context, screens.sent(context.t))
    await tell_leads(runtime, "directory-review-waiting", area_id=draft.area_id, opens=Entry.REVIEW)


@at(*Step)
async def skipped(
    update: Update, context: BotContext, tap: ProposeSkip, draft: ProposalDraft
) -> None:
    """Skip a step the peer does not know."""
    skippable = (Step.HOURS, Step.HOURS_TYPED) if tap.step is Step.HOURS else (tap.step,)
    if draft.step not in skippable:
        raise NotAllowed  # a Skip of another step (an older message)
    t = context.t
    if tap.step is Step.ORGANISATION:
        await go_to(update, context, draft, Step.DESCRIPTION, screens.ask(Step.DESCRIPTION, t))
    elif tap.step is Step.DESCRIPTION:
        await go_to(update, context, draft, Step.PHONE, screens.ask(Step.PHONE, t))
    elif tap.step is Step.PHONE:
        await go_to(update, context, draft, Step.PLACE, screens.ask(Step.PLACE, t))
    elif tap.step is Step.PLACE:
        await ask_area(update, context, draft)
    elif tap.step is Step.AREA:
        await go_to(update, context, draft, Step.HOURS, screens.hours(t))
    elif tap.step in (Step.HOURS, Step.HOURS_TYPED):
        await ask_cost(update, context, draft)
    else:
        raise NotAllowed  # not a step that has a Skip button


async def cancel(update: Update, context: BotContext, tap: ProposeCancel) -> None:
    """Drop the draft; nothing was stored."""
    if flows.current(context, PROPOSAL) is not None:
        flows.end(context)
    t = context.t
    await show(update, context, main_menu(context.viewer, t, t("common-cancelled")))


PROPOSAL = Flow(
    "proposal",
    ProposalDraft,
    {
        Step.NAME.value: typed(name_typed),
        Step.ORGANISATION.value: typed(organisation_typed),
        Step.DESCRIPTION.value: typed(description_typed),
        Step.PHONE.value: typed(phone_typed),
        Step.PLACE.value: located(place_given, or_typed=True),
        Step.HOURS_TYPED.value: typed(hours_typed),
    },
)
