"""Campaign links and reach. `/start c_<code>[_<where>]` counts a start for the campaign (a
number per ISO week, nothing else), remembers in memory for a while that this person came
through it, and opens where the link points: the menu, the feedback form, the opt-ins, or talk
to a peer (the relay's own `start=talk`, when that feature is there). A feedback answer or an
opt-in that follows is counted too (`came_through`). `/figures` shows a month's reach per
campaign, suppressed (`reach_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from telegram import Update

from bot.handlers.context import BotContext
from bot.handlers.deeplinks import DeepLink, LinkKind, parse_payload
from bot.handlers.respond import show
from bot.handlers.screens import Screen
from bot.i18n import Messages
from bot.voice.campaigns import parse_link_value
from bot.voice.model import MonthReach, Reach, Target

if TYPE_CHECKING:
    from bot.handlers.routing import LinkHandler, Routes

VIA_KEY = "voice campaign"
FOLLOW_FOR = timedelta(hours=2)  # what someone does this long after the link counts for it

# The features' own deep links a campaign's link opens (talk to a peer: issue 11's relay).
_PAYLOADS = {Target.FEEDBACK: LinkKind.FEEDBACK.value, Target.TALK: LinkKind.TALK.value}


@dataclass
class Via:
    """In memory only: the campaign whose link this person opened, until when what they do
    counts for it, and what was counted already (each once per visit)."""

    campaign_id: int
    until: datetime
    counted: set[Reach] = field(default_factory=set)


def _routes(context: BotContext) -> Routes:
    from bot.app import routes_of  # the app imports every feature: only at run time

    return routes_of(context.application)


def link_handler(context: BotContext, target: Target) -> LinkHandler | None:
    """The feature's handler of the link a campaign's `target` stands for (None: not here)."""
    link = parse_payload(_PAYLOADS[target]) if target in _PAYLOADS else None
    return None if link is None else _routes(context).links.get(link.kind)


def targets(context: BotContext) -> list[Target]:
    """Where this bot's campaign links can point (talk to a peer only if that feature is in)."""
    return [
        target
        for target in Target
        if target in (Target.MENU, Target.OPT_IN) or link_handler(context, target) is not None
    ]


async def opened(update: Update, context: BotContext, link: DeepLink) -> None:
    """A campaign's link: count the start, remember the campaign, open where it points. A code
    that is not a campaign's opens the menu and counts nothing."""
    from bot.handlers.voice.choices import settings_screen  # choices imports this module

    parsed = parse_link_value(link.value)
    runtime = context.runtime
    campaign_id = None
    if parsed is not None:
        campaign_id = await runtime.voice.campaigns.started(parsed[0], context.viewer.telegram_id)
    target = parsed[1] if parsed is not None and campaign_id is not None else Target.MENU
    if campaign_id is not None and context.user_data is not None:
        context.user_data[VIA_KEY] = Via(campaign_id, runtime.clock() + FOLLOW_FOR)
    if target is Target.OPT_IN:
        await settings_screen(update, context)
        return
    handler = link_handler(context, target)
    if handler is not None:
        inner = parse_payload(_PAYLOADS[target])
        assert inner is not None
        await handler(update, context, inner)
        return
    start = _routes(context).commands["start"]
    await start.handler(update, context)


async def came_through(context: BotContext, what: Reach) -> None:
    """A feedback answer or an opt-in: counted for the campaign this person came through, if
    any, once per visit."""
    via = context.user_data.get(VIA_KEY) if context.user_data is not None else None
    if not isinstance(via, Via) or what in via.counted:
        return
    if context.runtime.clock() > via.until:
        context.user_data.pop(VIA_KEY, None)  # type: ignore[union-attr]
        return
    via.counted.add(what)
    await context.runtime.voice.campaigns.followed(via.campaign_id, what)


# --- /figures ----------------------------------------------------------------------------------


def reach_text(reach: MonthReach, t: Messages) -> Screen:
    """A month's reach per campaign; hidden counts say so."""
    if not reach.readable:
        return Screen(t("voice-reach-not-yet", month=reach.month), protect=True)
    if not reach.campaigns:
        return Screen(t("voice-reach-none", month=reach.month), protect=True)

    def shown(value: int | None) -> str:
        return t("voice-hidden") if value is None else str(value)

    lines = [t("voice-reach-title", month=reach.month)]
    for campaign in reach.campaigns:
        counts = campaign.counts
        lines.append(
            t(
                "voice-reach-line",
                name=campaign.name,
                starts=shown(counts[Reach.START]),
                feedback=shown(counts[Reach.FEEDBACK]),
                optins=shown(counts[Reach.OPT_IN]),
            )
        )
    if reach.totals is not None:
        lines.append(
            t(
                "voice-reach-line",
                name=t("voice-reach-all"),
                starts=shown(reach.totals[Reach.START]),
                feedback=shown(reach.totals[Reach.FEEDBACK]),
                optins=shown(reach.totals[Reach.OPT_IN]),
            )
        )
    return Screen("\n".join(lines), protect=True)


async def show_reach(update: Update, context: BotContext, month: str) -> None:
    """The campaigns' reach in a month, after the month's figures (/figures)."""
    reach = await context.runtime.voice.campaigns.reach_of_month(month)
    await show(update, context, reach_text(reach, context.t))
