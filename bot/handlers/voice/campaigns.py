"""Campaigns, for leads: the list, a new one (a typed name, an area or everywhere, the first and
the last day), a campaign's links with its code, and its posters: where the QR code points, a
language, then A4 and wallet-card posters as PNG and PDF. Posters are not protected: they are
made to be saved and printed, and say nothing about what the bot is for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from telegram import InputFile, Update

from bot.common.refusal import NotAllowed
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.deeplinks import LinkKind, link_for
from bot.handlers.flows import Flow, typed, typed_text
from bot.handlers.respond import answer, show
from bot.handlers.voice import reach, team_screens
from bot.handlers.voice.buttons import (
    CampaignArea,
    CampaignDay,
    CampaignList,
    CampaignMonth,
    NewCampaign,
    OpenCampaign,
    PosterLanguage,
    PosterTarget,
)
from bot.handlers.voice.closed import form_closed
from bot.i18n import RIGHT_TO_LEFT, Messages
from bot.voice.campaigns import LONGEST_DAYS, clean_name, link_value
from bot.voice.model import Campaign, Target
from bot.voice.posters import Format, PosterWords, Size, poster

NAME = "name"
UNSET = -1
SHOWN = 10


@dataclass
class CampaignDraft:
    name: str = ""
    area_id: int | None = UNSET
    starts_on: date | None = None


async def campaign_list(update: Update, context: BotContext, tap: CampaignList) -> None:
    found = await context.runtime.voice.campaigns.latest(context.viewer, SHOWN)
    await show(update, context, team_screens.campaigns(found, context.t))


async def new_campaign(update: Update, context: BotContext, tap: NewCampaign) -> None:
    flows.begin(context, NEW, CampaignDraft(), NAME)
    await show(update, context, team_screens.type_campaign_name(context.t))


async def _draft(update: Update, context: BotContext) -> CampaignDraft:
    draft = flows.current(context, NEW)
    if draft is None:
        raise await form_closed(update, context)
    return draft


async def name_typed(update: Update, context: BotContext, draft: CampaignDraft) -> None:
    draft.name = clean_name(typed_text(update))
    if not draft.name:
        await show(update, context, team_screens.type_campaign_name(context.t))
        return
    flows.wait_for(context, NEW, None)
    areas = [(a.id, a.name) for a in await context.runtime.directory.areas()]
    await show(update, context, team_screens.area_choice(areas, context.t, CampaignArea))


def _today(context: BotContext) -> date:
    return context.runtime.voice.campaigns.today()


async def area_chosen(update: Update, context: BotContext, tap: CampaignArea) -> None:
    draft = await _draft(update, context)
    if not draft.name:
        raise NotAllowed
    if tap.area_id is not None and await context.runtime.directory.area(tap.area_id) is None:
        raise NotAllowed
    draft.area_id = tap.area_id
    today = _today(context)
    await show(update, context, team_screens.campaign_day(True, today, today, context.t))


def _within_reach(context: BotContext, day: date) -> bool:
    today = _today(context)
    return today.replace(day=1) <= day <= today + timedelta(days=LONGEST_DAYS)


async def month_shown(update: Update, context: BotContext, tap: CampaignMonth) -> None:
    draft = await _draft(update, context)
    if draft.area_id == UNSET or not _within_reach(context, tap.month):
        raise NotAllowed
    first = draft.starts_on is None
    await show(
        update, context, team_screens.campaign_day(first, tap.month, _today(context), context.t)
    )


async def day_chosen(update: Update, context: BotContext, tap: CampaignDay) -> None:
    """The first day, then the last; then it is saved and its links shown."""
    draft = await _draft(update, context)
    if draft.area_id == UNSET or tap.day < _today(context) or not _within_reach(context, tap.day):
        raise NotAllowed
    if draft.starts_on is None:
        draft.starts_on = tap.day
        await show(update, context, team_screens.campaign_day(False, tap.day, tap.day, context.t))
        return
    if tap.day < draft.starts_on:
        raise NotAllowed
    runtime = context.runtime
    area_id = None if draft.area_id == UNSET else draft.area_id
    campaign = await runtime.voice.campaigns.create(
        context.viewer, draft.name, area_id, draft.starts_on, tap.day
    )
    flows.end(context)
    context.saved(update)
    await _show_campaign(update, context, campaign)


def links_of(context: BotContext, campaign: Campaign) -> list[tuple[Target, str]]:
    """The campaign's links, one per place it can open in this bot."""
    username = context.bot.username
    return [
        (target, link_for(username, LinkKind.CAMPAIGN, link_value(campaign.code, target)))
        for target in reach.targets(context)
    ]


async def _show_campaign(update: Update, context: BotContext, campaign: Campaign) -> None:
    await show(
        update, context, team_screens.campaign(campaign, links_of(context, campaign), context.t)
    )


async def open_campaign(update: Update, context: BotContext, tap: OpenCampaign) -> None:
    campaign = await context.runtime.voice.campaigns.for_lead(context.viewer, tap.campaign_id)
    await _show_campaign(update, context, campaign)


async def poster_target(update: Update, context: BotContext, tap: PosterTarget) -> None:
    await context.runtime.voice.campaigns.for_lead(context.viewer, tap.campaign_id)
    if tap.target not in reach.targets(context):
        raise NotAllowed
    await show(
        update,
        context,
        team_screens.poster_languages(
            tap.campaign_id, tap.target, context.t, context.runtime.translator.locales
        ),
    )


BIDI_ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def poster_words(t: Messages, code: str, target: Target) -> PosterWords:
    """The poster's words in `t`'s language, from the content pack (built-in ones otherwise),
    without Fluent's bidi isolation marks: a font has no glyph for them (the layout engine
    orders right-to-left text itself)."""

    def drawn(message_id: str, **args: str) -> str:
        return t(message_id, **args).translate(BIDI_ISOLATES)

    return PosterWords(
        title=drawn("voice-poster-title"),
        body=drawn("voice-poster-body", target=target.value),
        scan=drawn("voice-poster-scan"),
        code=drawn("voice-poster-code", code=code),
        footer=drawn("voice-poster-footer"),
        locale=t.locale,
        right_to_left=t.locale in RIGHT_TO_LEFT,
    )


async def poster_language(update: Update, context: BotContext, tap: PosterLanguage) -> None:
    """Four files: A4 and wallet card, PNG and PDF, in the chosen language."""
    campaign = await context.runtime.voice.campaigns.for_lead(context.viewer, tap.campaign_id)
    links = dict(links_of(context, campaign))
    if tap.target not in links or tap.locale not in context.runtime.translator.locales:
        raise NotAllowed
    await answer(update, context, context.t("voice-posters-coming"))
    words = poster_words(context.runtime.messages(tap.locale), campaign.code, tap.target)
    chat = update.effective_chat
    if chat is None:
        return
    for size in Size:
        for form in Format:
            data = poster(words, links[tap.target], size, form)
            name = (
                f"poster-{campaign.code}-{tap.target.value}-{tap.locale}-{size.value}.{form.value}"
            )
            await chat.send_document(InputFile(data, filename=name))


NEW = Flow("campaign", CampaignDraft, {NAME: typed(name_typed)}, timeout=timedelta(minutes=30))
