"""A lead's (or admin's) team: the list, one member, placing them in an area, deactivating."""

from __future__ import annotations

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers.context import BotContext
from bot.handlers.people import screens
from bot.handlers.people.buttons import (
    ChooseMemberArea,
    Deactivate,
    DeactivateNow,
    OpenMember,
    PlaceInArea,
    TeamPage,
)
from bot.handlers.people.commands import withdraw_chat_commands
from bot.handlers.respond import show
from bot.people import TeamMember


async def team_screen(update: Update, context: BotContext) -> None:
    await team_page(update, context, TeamPage(0))


async def team_page(update: Update, context: BotContext, tap: TeamPage) -> None:
    """One page of the team this lead (or admin) manages, each a button to open."""
    members, more = await context.runtime.people.list_team(context.viewer, tap.page)
    await show(update, context, screens.team(members, tap.page, more, context.t))


async def manageable(context: BotContext, person_id: int) -> TeamMember:
    member = await context.runtime.people.find_manageable(context.viewer, person_id)
    if member is None:
        raise NotAllowed
    return member


async def member_screen(update: Update, context: BotContext, tap: OpenMember) -> None:
    """One team member, with the buttons to place them in an area or deactivate them."""
    member = await manageable(context, tap.person_id)
    area = await context.runtime.directory.area(member.area_id) if member.area_id else None
    await show(update, context, screens.member(member, area.name if area else None, context.t))


async def area_choices(update: Update, context: BotContext, tap: ChooseMemberArea) -> None:
    member = await manageable(context, tap.person_id)
    areas = [(a.id, a.name) for a in await context.runtime.directory.areas()]
    await show(update, context, screens.area_choice(member, areas, context.t))


async def place_in_area(update: Update, context: BotContext, tap: PlaceInArea) -> None:
    """Place a team member in an area: their re-check tasks and notices come from there first."""
    runtime = context.runtime
    if await runtime.directory.area(tap.area_id) is None:
        raise NotAllowed
    if not await runtime.people.set_area(context.viewer, tap.person_id, tap.area_id):
        raise NotAllowed
    context.saved(update)
    await member_screen(update, context, OpenMember(tap.person_id))


async def ask_to_deactivate(update: Update, context: BotContext, tap: Deactivate) -> None:
    member = await manageable(context, tap.person_id)
    await show(update, context, screens.confirm_deactivation(member, context.t))


async def deactivate(update: Update, context: BotContext, tap: DeactivateNow) -> None:
    """Deactivate a team member at once: their next tap finds no role."""
    people = context.runtime.people
    former_telegram_id = await people.telegram_id_of(tap.person_id)
    member = await people.deactivate(context.viewer, tap.person_id, context.runtime.today())
    if member is None:
        raise NotAllowed
    context.saved(update)
    await show(update, context, screens.deactivated(member, context.t))
    if former_telegram_id is not None:
        await withdraw_chat_commands(context.bot, former_telegram_id)
