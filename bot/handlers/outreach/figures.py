"""A lead's monthly figures: the month to read (only months that are over and past the 48-hour
report edit window), then the figures as a message, a chart and a CSV file tagged for partners'
tools (HXL), all protected from forwarding and saving."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update

from bot.common.hxl import hxl_csv
from bot.handlers.context import BotContext
from bot.handlers.exports import partner_headers
from bot.handlers.help import screens as help_screens
from bot.handlers.outreach import figure_screens
from bot.handlers.outreach.buttons import FiguresOf
from bot.handlers.respond import send_file, show
from bot.handlers.voice import reach
from bot.help.figures import partner_figures as help_partner_figures
from bot.outreach.figures import figures_chart, month_period, partner_figures

MONTHS_SHOWN = 6


async def figures_choose(update: Update, context: BotContext) -> None:
    """The latest months that can be read (`/figures`): a month still open, or with reports
    still editable, could be read twice and the two readings subtracted."""
    months = context.runtime.outreach.readable_months(MONTHS_SHOWN)
    await show(update, context, figure_screens.figures_months(months, context.t))


async def figures_shown(update: Update, context: BotContext, tap: FiguresOf) -> None:
    runtime = context.runtime
    month = f"{tap.month:%Y-%m}"
    areas = [area.name for area in await runtime.directory.areas()]
    figures, by_area = await runtime.outreach.figures_of_month(context.viewer, month, areas)
    t = context.t
    screen = figure_screens.figures_text(figures, by_area, t)
    # Calls for help and incident follow-ups of the month (the help feature), suppressed alike.
    help_figures = await runtime.help.figures(context.viewer, month)
    calls = help_screens.figures_text(help_figures, t)
    await show(update, context, replace(screen, text=f"{screen.text}\n\n{calls}"))
    chart = figures_chart(
        figures, figure_screens.chart_labels(t, runtime.settings.suppression_k), month
    )
    await send_file(update, context, chart, f"figures-{month}.png", photo=True)
    rows = partner_figures(figures, figure_screens.partner_names(t, figures))
    rows += help_partner_figures(help_figures, help_screens.partner_names(help_figures, t))
    data = hxl_csv(month_period(month), rows, partner_headers(t), t("outreach-hidden"))
    await send_file(update, context, data, f"figures-{month}.csv")
    await reach.show_reach(update, context, month)  # campaigns (community voice)
