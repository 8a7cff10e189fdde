"""A lead's feedback report: choose a finished month or quarter, then read its text and needs
summary, its chart and the CSV of its figures (tagged for partners' tools, HXL), all protected and every count suppressed (DESIGN
rule 5). Raw rows never leave the server through the chat."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.common.hxl import hxl_csv
from bot.feedback.chart import report_chart
from bot.feedback.exports import partner_figures, period_days
from bot.handlers.context import BotContext
from bot.handlers.exports import partner_headers
from bot.handlers.feedback import screens
from bot.handlers.feedback.buttons import ReportMonth, ReportQuarter
from bot.handlers.respond import send_file, show

# Matplotlib keeps shared caches (fonts, text layout): one chart is drawn at a time.
_DRAWING = asyncio.Lock()


async def choose_period(update: Update, context: BotContext) -> None:
    """/report and the team menu: the periods that are over."""
    periods = context.runtime.feedback.report_periods()
    await show(update, context, screens.report_periods(periods, context.t))


async def show_report(
    update: Update, context: BotContext, tap: ReportMonth | ReportQuarter
) -> None:
    """A period's evidence: text and needs summary, chart, CSV of the same figures. A period
    still running is refused by the domain (two readings of it could be subtracted)."""
    runtime, t = context.runtime, context.t
    period, k = tap.period, runtime.settings.suppression_k
    report = await runtime.feedback.report(period, k)
    if report.submissions == 0:
        await show(update, context, screens.report_empty(period, t))
        return
    if report.submissions is None:
        await show(update, context, screens.report_few(period, k, t))
        return
    await show(update, context, screens.report_text(report, k, t))
    title = screens.report_title(period, t)
    # Drawing takes a moment: off the event loop, so other people are not kept waiting.
    async with _DRAWING:
        chart = await asyncio.to_thread(report_chart, report, screens.chart_labels(k, t), title)
    await send_file(update, context, chart, f"feedback-{period}.png", photo=True)
    rows = partner_figures(report, screens.partner_names(report, t))
    data = hxl_csv(period_days(period), rows, partner_headers(t), t("feedback-report-hidden"))
    await send_file(update, context, data, f"feedback-{period}.csv")
