"""The outreach feature's monthly figures as a lead reads them: the months to choose, the text,
and the labels of the chart and the CSV (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from babel.numbers import format_decimal

from bot.handlers.menu import back_to_menu
from bot.handlers.outreach.buttons import (
    FiguresOf,
)
from bot.handlers.screens import Button, Screen, in_pairs
from bot.i18n import Messages
from bot.outreach.model import (
    MonthlyFigures,
)

COUNT_FIELDS = ("reached_new", "reached_returning", "condoms", "lubricant", "leaflets")
MAX_PEERS_SHOWN = 40


def figures_months(months: Sequence[date], t: Messages) -> Screen:
    """The months whose figures can be read (over, and past the report edit window)."""
    buttons = [Button(f"{m:%Y-%m}", FiguresOf(m)) for m in months]
    text = t("outreach-figures-choose") if buttons else t("outreach-figures-none")
    return Screen(text, (*in_pairs(buttons), (back_to_menu(t),)))


def shown(value: int | None, t: Messages) -> str:
    return t("outreach-hidden") if value is None else str(value)


def tally(counts: Mapping[str, int | None], t: Messages, which: str) -> str:
    """Referrals (by directory category) or incidents (by kind) in one line; hidden counts say
    so, zeros are left out."""

    def name(code: str) -> str:
        if which == "referrals":
            return t("directory-category", category=code)
        return t("outreach-incident", kind=code)

    shown_counts = [
        f"{name(code)} {shown(count, t)}" for code, count in counts.items() if count != 0
    ]
    return t.list(shown_counts, "unit") or t("outreach-none")


def figures_text(figures: MonthlyFigures, areas: Sequence[MonthlyFigures], t: Messages) -> Screen:
    """The month's figures as a protected message. Per area, only the numbers about sessions
    and peers: counts about community members are for all areas together, so no area's hidden
    count can be worked out by subtraction."""

    def hours(value: float) -> str:
        return format_decimal(value, locale=t.locale)

    referrals = t.list(
        (
            f"{t('directory-category', category=c)} {shown(v, t)}"
            for c, v in figures.referrals.items()
        ),
        "unit",
    )
    incidents = t.list(
        (f"{t('outreach-incident', kind=c)} {shown(v, t)}" for c, v in figures.incidents.items()),
        "unit",
    )
    text = t(
        "outreach-figures",
        month=figures.month,
        area="",
        planned=figures.planned,
        held=figures.held,
        cancelled=figures.cancelled,
        hours=hours(figures.peer_hours),
        new=shown(figures.reached_new, t),
        returning=shown(figures.reached_returning, t),
        condoms=figures.condoms,
        lubricant=figures.lubricant,
        leaflets=figures.leaflets,
        referrals=referrals or t("outreach-none"),
        incidents=incidents or t("outreach-none"),
    )
    for local in areas:
        if local.planned:
            text += "\n" + t(
                "outreach-figures-area",
                area=local.area or "",
                planned=local.planned,
                held=local.held,
                cancelled=local.cancelled,
                hours=hours(local.peer_hours),
            )
    return Screen(text, protect=True)


def chart_labels(t: Messages, k: int) -> dict[str, str]:
    """The chart's words; a hidden count is drawn as "<K" (it is from 1 to K-1)."""
    labels = {key: t("outreach-report-field", field=key) for key in COUNT_FIELDS}
    labels.update(
        {key: t("outreach-chart-label", key=key) for key in ("planned", "held", "cancelled")}
    )
    labels["hidden"] = f"<{k}"
    return labels


def partner_names(t: Messages, figures: MonthlyFigures) -> dict[str, str]:
    """The name of every figure in the CSV for partners (`partner_figures`)."""
    names = {key: t("outreach-report-field", field=key) for key in COUNT_FIELDS}
    names.update(
        {key: t("outreach-chart-label", key=key) for key in ("planned", "held", "cancelled")}
    )
    names["peer_hours"] = t("exports-indicator", indicator="peer_hours")
    referrals = t("exports-indicator", indicator="referrals")
    incidents = t("exports-indicator", indicator="incidents")
    for code in figures.referrals:
        item = t("directory-category", category=code)
        names[f"referral:{code}"] = t("exports-figure-of", what=referrals, item=item)
    for code in figures.incidents:
        item = t("outreach-incident", kind=code)
        names[f"incident:{code}"] = t("exports-figure-of", what=incidents, item=item)
    return names
