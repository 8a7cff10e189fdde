"""One service: its card (or, for a peer's check, however old it is), the map pin, the referral
note, and a peer's "still right" or problem report (two peers' reports, or one lead's, send it
back to review)."""

from __future__ import annotations

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.directory.model import ProblemOutcome, State
from bot.handlers.context import BotContext
from bot.handlers.directory import screens
from bot.handlers.directory.buttons import (
    CheckService,
    MapPin,
    ProblemIs,
    ReferralNote,
    ReportProblem,
    ShowService,
    StillRight,
)
from bot.handlers.directory.memory import finding
from bot.handlers.menu import Entry, Go
from bot.handlers.outbox import tell_leads
from bot.handlers.respond import answer, show

VENUE_TEXT_LIMIT = 100  # Telegram's limit on a venue's title and address


async def service_card(update: Update, context: BotContext, tap: ShowService) -> None:
    """One service, with what the reader may do with it."""
    runtime, viewer = context.runtime, context.viewer
    service = await runtime.directory.card_for(viewer.role, tap.service_id)
    screen = screens.card(
        service,
        viewer.role,
        context.t,
        runtime.settings.timezone,
        runtime.directory.today(),
        finding(context).back or Go(Entry.FIND),
    )
    await show(update, context, screen)


async def check_card(update: Update, context: BotContext, tap: CheckService) -> None:
    """A service from the check list, for a peer to confirm, report or correct: hidden ones too,
    since a check is how they come back."""
    runtime, viewer = context.runtime, context.viewer
    service = await runtime.directory.checkable(viewer, tap.service_id)
    screen = screens.card(
        service,
        viewer.role,
        context.t,
        runtime.settings.timezone,
        runtime.directory.today(),
        finding(context).back or Go(Entry.RECHECK),
    )
    await show(update, context, screen)


async def map_pin(update: Update, context: BotContext, tap: MapPin) -> None:
    """The venue as a map pin."""
    service = await context.runtime.directory.published_card(context.viewer.role, tap.service_id)
    record = service.record
    await answer(update, context)
    chat = update.effective_chat
    if chat is None or record.latitude is None or record.longitude is None:
        return
    await chat.send_venue(
        latitude=record.latitude,
        longitude=record.longitude,
        title=record.name[:VENUE_TEXT_LIMIT],
        address=(record.address or service.area_name or record.location_name or "—")[
            :VENUE_TEXT_LIMIT
        ],
    )


async def referral_note(update: Update, context: BotContext, tap: ReferralNote) -> None:
    """A note to show at the service, in the reader's language and the service's first one."""
    runtime, viewer = context.runtime, context.viewer
    referral = await runtime.directory.refer(viewer.role, tap.service_id)
    context.saved(update)
    locales = [viewer.locale]
    spoken = referral.service.record.languages
    if spoken and spoken[0] in runtime.translator.bundles:
        locales = list(dict.fromkeys([viewer.locale, spoken[0]]))
    languages = [runtime.messages(locale) for locale in locales]
    await show(update, context, screens.referral_note(referral, languages))


async def still_right(update: Update, context: BotContext, tap: StillRight) -> None:
    """A peer says the service is still right: it is checked today."""
    await context.runtime.directory.confirm(context.viewer, tap.service_id)
    context.saved(update)
    await answer(update, context, context.t("directory-confirmed"))


async def report_choose(update: Update, context: BotContext, tap: ReportProblem) -> None:
    """Ask a peer what is wrong (with a published service, hidden ones included)."""
    service = await context.runtime.directory.checkable(context.viewer, tap.service_id)
    if service.state is not State.PUBLISHED:
        raise NotAllowed
    await show(update, context, screens.problem_choice(service.id, context.t))


async def report_problem(update: Update, context: BotContext, tap: ProblemIs) -> None:
    """Record a peer's problem report; enough of them send the service back to review."""
    runtime, viewer = context.runtime, context.viewer
    outcome = await runtime.directory.report_problem(viewer, tap.service_id, tap.kind)
    context.saved(update)
    await show(update, context, screens.problem_reported(outcome, viewer, context.t))
    if outcome is ProblemOutcome.TO_REVIEW:
        await tell_leads(runtime, "directory-review-waiting", opens=Entry.REVIEW)
