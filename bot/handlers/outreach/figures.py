"""A lead's monthly figures: the month to read (only months that are over and past the 48-hour
report edit window), then the figures as a message, a chart and a CSV file, all protected from
forwarding and saving."""

from __future__ import annotations

from telegram import Update

from bot.handlers.context import BotContext
from bot.handlers.outreach import figure_screens
from bot.handlers.outreach.buttons import FiguresOf
from bot.handlers.respond import send_file, show
from bot.handlers.voice import reach
from bot.outreach.figures import figures_chart, figures_csv

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
    await show(update, context, figure_screens.figures_text(figures, by_area, t))
    chart = figures_chart(
        figures, figure_screens.chart_labels(t, runtime.settings.suppression_k), month
    )
    await send_file(update, context, chart, f"figures-{month}.png", photo=True)
    csv_text = figures_csv([figures], figure_screens.csv_headers(t))
    await send_file(update, context, csv_text.encode("utf-8"), f"figures-{month}.csv")
    await reach.show_reach(update, context, month)  # campaigns (community voice)
