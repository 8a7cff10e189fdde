"""Finding services: the ways to look and the filters, by type, by word (a small flow that waits
for the words), and near me (any type or one), by a location shared once or by an area.

A shared location goes straight from the update into `Directory.near` and is never kept: not in
memory, not in a button, not in a log.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import timedelta

from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import TelegramError

from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.directory.model import Service
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.directory import screens
from bot.handlers.directory.buttons import (
    CategoryPage,
    NearArea,
    NearMe,
    NearType,
    SearchPage,
    ShowCategories,
    ToggleFilter,
)
from bot.handlers.directory.memory import finding
from bot.handlers.flows import Flow, typed
from bot.handlers.menu import Entry, Go
from bot.handlers.respond import answer, show
from bot.handlers.screens import Screen

WORDS = "words"
SEARCH_LIMIT = 200


@dataclass
class SearchDraft:
    """Searching by word keeps nothing between steps: the words go straight to the search."""


async def find_screen(update: Update, context: BotContext) -> None:
    """The ways to look for a service, with the filters the person has on."""
    await show(update, context, screens.find(finding(context).filters, context.t))


async def toggle_filter(update: Update, context: BotContext, tap: ToggleFilter) -> None:
    """Turn one filter on or off; it applies to every search until the bot restarts."""
    found = finding(context)
    found.filters = found.filters.toggled(tap.name)
    await find_screen(update, context)


async def categories(update: Update, context: BotContext, tap: ShowCategories) -> None:
    await show(update, context, screens.categories(context.t))


async def category_page(update: Update, context: BotContext, tap: CategoryPage) -> None:
    """One page of a type of service, most recently checked first."""
    runtime, found = context.runtime, finding(context)
    results = await runtime.directory.in_category(
        context.viewer.role, tap.category, found.filters, tap.page
    )
    found.back = tap
    screen = screens.category_results(tap.category, results, context.t, runtime.settings.timezone)
    await show(update, context, screen)


async def search_entry(update: Update, context: BotContext) -> None:
    """Ask for words to search, or search at once: `/search clinic`."""
    if context.args:
        await show_search(update, context, clean_text(" ".join(context.args))[:SEARCH_LIMIT], 0)
        return
    flows.begin(context, SEARCH, SearchDraft(), WORDS)
    await show(update, context, screens.search_ask(context.t))


async def words_typed(update: Update, context: BotContext, draft: SearchDraft) -> None:
    """The words typed after "Search by word"."""
    message = update.effective_message
    words = clean_text((message.text if message else "") or "")[:SEARCH_LIMIT]
    if not words:
        await show(update, context, Screen(context.t("directory-search-too-short")))
        return
    flows.end(context)
    await show_search(update, context, words, 0)


async def search_page(update: Update, context: BotContext, tap: SearchPage) -> None:
    """Another page of the last search; the words stay in memory, not in the button."""
    words = finding(context).words
    if words is None:
        raise NotAllowed
    await show_search(update, context, words, tap.page)


async def show_search(update: Update, context: BotContext, words: str, page: int) -> None:
    runtime, found = context.runtime, finding(context)
    results = await runtime.directory.search(context.viewer.role, words, found.filters, page)
    found.words, found.back = words, SearchPage(page)
    screen = screens.search_results(words, results, context.t, runtime.settings.timezone)
    await show(update, context, screen)


async def near_me(update: Update, context: BotContext, tap: NearMe) -> None:
    """What to look for near the person: any type, or one."""
    await show(update, context, screens.near_types(context.t))


async def near_type(update: Update, context: BotContext, tap: NearType) -> None:
    """Offer to share a location (once), with Telegram's own button, or to pick an area; the
    type chosen is remembered for that one search (the location, never)."""
    t = context.t
    finding(context).near = tap.category
    await answer(update, context)
    chat = update.effective_chat
    if chat is not None:
        share = KeyboardButton(t("directory-share-location"), request_location=True)
        await chat.send_message(
            t("directory-near-ask"),
            reply_markup=ReplyKeyboardMarkup(
                [[share]], resize_keyboard=True, one_time_keyboard=True
            ),
        )
    areas = await context.runtime.directory.areas()
    await show(update, context, screens.near_areas(areas, tap.category, t), fresh=True)


async def location_shared(update: Update, context: BotContext) -> None:
    """A shared location: the nearest services, then the location is forgotten."""
    message, t = update.effective_message, context.t
    if message is None or message.location is None:
        return
    if message.location.live_period:
        await show(update, context, Screen(t("directory-live-location")))
        return
    remembered = finding(context)
    category, remembered.near = remembered.near, None  # for this one search
    found = await context.runtime.directory.near(
        context.viewer.role,
        message.location.latitude,
        message.location.longitude,
        remembered.filters,
        category,
    )
    # Used once: the card's Back cannot run this search again, so it returns to the ways to look.
    remembered.back = Go(Entry.FIND)
    # A location left in the chat is a map of where the person was: it goes at once (bots may
    # delete what a person sent in a private chat), and one line says so.
    with contextlib.suppress(TelegramError):
        await message.delete()
    await message.chat.send_message(
        t("directory-location-used"), reply_markup=ReplyKeyboardRemove()
    )
    await show_near(update, context, found, screens.near_title(category, None, t))


async def area_results(update: Update, context: BotContext, tap: NearArea) -> None:
    """Services near the centre of an area, for those who would rather not share a location."""
    area = await context.runtime.directory.area(tap.area_id)
    if area is None or area.latitude is None or area.longitude is None:
        raise NotAllowed
    found = await context.runtime.directory.near(
        context.viewer.role, area.latitude, area.longitude, finding(context).filters, tap.category
    )
    finding(context).back = tap
    await show_near(update, context, found, screens.near_title(tap.category, area, context.t))


async def show_near(update: Update, context: BotContext, found: list[Service], title: str) -> None:
    zone = context.runtime.settings.timezone
    await show(update, context, screens.near_results(found, title, context.t, zone))


SEARCH = Flow("search", SearchDraft, {WORDS: typed(words_typed)}, timeout=timedelta(minutes=15))
