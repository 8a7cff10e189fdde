"""Monthly outreach figures and the files made from them: the figures for partners (an
HXL-tagged CSV, `bot.common.hxl`) and a chart for a phone screen. Counts about people are suppressed (DESIGN rule 5).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from matplotlib.axes import Axes

from bot.common.hxl import HEALTH, PROTECTION, Figure, Period, sector_of
from bot.common.rtl import for_drawing
from bot.common.suppression import suppress_small_counts
from bot.outreach.model import (
    IncidentKind,
    MonthlyFigures,
    SessionFacts,
    SessionReport,
)

__all__ = ["figures_chart", "month_period", "monthly_figures", "partner_figures"]

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("session times must be timezone-aware")
    return moment.astimezone(ZoneInfo("UTC"))


def monthly_figures(
    month: str,
    area: str | None,
    sessions: Sequence[SessionFacts],
    reports: Sequence[SessionReport],
    zone: ZoneInfo,
    k: int,
) -> MonthlyFigures:
    """Figures for the sessions that start in `month` (YYYY-MM, local time in `zone`) in `area`
    (None: every area), with counts about community members suppressed below `k`.

    Each call suppresses its own tables only. Publishing an all-areas figure next to the per-area
    figures of the same month (or a quarter next to its months) lets a reader subtract one from
    the other and recover hidden cells.
    """
    if not _MONTH.fullmatch(month):
        raise ValueError(f"month must look like YYYY-MM, got {month!r}")
    chosen = [
        session
        for session in sessions
        if _utc(session.starts_at).astimezone(zone).strftime("%Y-%m") == month
        and (area is None or session.area_name == area)
    ]
    held = [s for s in chosen if not s.cancelled and s.peers_present > 0]
    chosen_ids = {s.session_id for s in chosen}
    counted = [r for r in reports if r.session_id in chosen_ids]

    referrals: Counter[str] = Counter()
    incidents: Counter[str] = Counter()
    for report in counted:
        # update() on a Counter adds, and keeps explicit zeros as present keys.
        referrals.update(report.referrals)
        incidents.update(report.incidents)

    reached = suppress_small_counts(
        {
            "new": sum(r.reached_new for r in counted),
            "returning": sum(r.reached_returning for r in counted),
        },
        k,
        # No total of people reached is shown anywhere, so one hidden cell cannot be recovered.
        with_total=False,
    )
    return MonthlyFigures(
        month=month,
        area=area,
        planned=len(chosen),
        held=len(held),
        cancelled=sum(1 for s in chosen if s.cancelled),
        peer_hours=round(sum(s.peers_present * s.minutes for s in held) / 60, 1),
        reached_new=reached.cells["new"],
        reached_returning=reached.cells["returning"],
        condoms=sum(r.condoms for r in counted),
        lubricant=sum(r.lubricant for r in counted),
        leaflets=sum(r.leaflets for r in counted),
        referrals=suppress_small_counts(dict(sorted(referrals.items())), k).cells,
        incidents=suppress_small_counts(
            dict(sorted(incidents.items(), key=lambda item: _incident_rank(item[0]))), k
        ).cells,
    )


_INCIDENT_KINDS = [kind.value for kind in IncidentKind]


def _incident_rank(code: str) -> tuple[int, str]:
    """Known kinds in their declared order, then any others alphabetically."""
    if code in _INCIDENT_KINDS:
        return _INCIDENT_KINDS.index(code), ""
    return len(_INCIDENT_KINDS), code


# --- the figures for partners (an HXL-tagged CSV) ----------------------------------------------

# Indicator (its `names` key), and its sector; referrals take their category's sector.
_PARTNER_FIGURES = (
    ("planned", PROTECTION),
    ("held", PROTECTION),
    ("cancelled", PROTECTION),
    ("peer_hours", PROTECTION),
    ("reached_new", PROTECTION),
    ("reached_returning", PROTECTION),
    ("condoms", HEALTH),
    ("lubricant", HEALTH),
    ("leaflets", HEALTH),
)


def month_period(month: str) -> Period:
    """The days of a month (YYYY-MM), first and last."""
    if not _MONTH.fullmatch(month):
        raise ValueError(f"month must look like YYYY-MM, got {month!r}")
    first = date.fromisoformat(f"{month}-01")
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return Period(first, following - timedelta(days=1))


def partner_figures(figures: MonthlyFigures, names: Mapping[str, str]) -> list[Figure]:
    """Every figure of the month, suppressed exactly as the text and chart show it, one per
    row for `hxl_csv`. `names` has one entry per key of _PARTNER_FIGURES and per
    "referral:<category>" and "incident:<kind>" (falling back to the code)."""
    values = {
        "planned": figures.planned,
        "held": figures.held,
        "cancelled": figures.cancelled,
        "peer_hours": figures.peer_hours,
        "reached_new": figures.reached_new,
        "reached_returning": figures.reached_returning,
        "condoms": figures.condoms,
        "lubricant": figures.lubricant,
        "leaflets": figures.leaflets,
    }
    area = figures.area or ""
    rows = [
        Figure(f"outreach_{key}", names.get(key, key), sector, values[key], area)
        for key, sector in _PARTNER_FIGURES
    ]
    rows += [
        Figure(
            f"outreach_referrals_{_code(category)}",
            names.get(f"referral:{category}", category),
            sector_of(category),
            count,
            area,
        )
        for category, count in figures.referrals.items()
    ]
    rows += [
        Figure(
            f"outreach_incidents_{_code(kind)}",
            names.get(f"incident:{kind}", kind),
            PROTECTION,
            count,
            area,
        )
        for kind, count in figures.incidents.items()
    ]
    return rows


def _code(value: str) -> str:
    return value.replace("-", "_")


# --- chart -------------------------------------------------------------------------------------

_WIDTH_PX, _HEIGHT_PX, _DPI = 720, 960, 100
# Points at 100 dpi: 14 pt is about 19 px, 18 pt about 25 px; both stay legible on a phone.
_TEXT_PT, _TITLE_PT = 14, 18
_BAR_COLOUR, _HIDDEN_COLOUR = "#2a6f97", "#444444"


def figures_chart(figures: MonthlyFigures, labels: Mapping[str, str], title: str) -> bytes:
    """A portrait PNG (720x960 px) of one month's figures: sessions, people reached and
    commodities as horizontal bars; a hidden value is no bar at all, only `labels["hidden"]`
    (e.g. "<5"), so its length never hints at a size, let alone one beyond the shown bars.

    `labels` needs "planned", "held", "cancelled", "reached_new", "reached_returning", "condoms",
    "lubricant", "leaflets" and "hidden"; "sessions", "reached" and "commodities" are optional
    panel headings. Arabic words are shaped and ordered right to left (`for_drawing`).
    """
    # Imported here: matplotlib takes a noticeable time to load and only charts need it.
    from matplotlib.figure import Figure

    labels = {key: for_drawing(text) for key, text in labels.items()}
    panels: list[tuple[str, list[tuple[str, int | None]]]] = [
        (
            "sessions",
            [
                (labels["planned"], figures.planned),
                (labels["held"], figures.held),
                (labels["cancelled"], figures.cancelled),
            ],
        ),
        (
            "reached",
            [
                (labels["reached_new"], figures.reached_new),
                (labels["reached_returning"], figures.reached_returning),
            ],
        ),
        (
            "commodities",
            [
                (labels["condoms"], figures.condoms),
                (labels["lubricant"], figures.lubricant),
                (labels["leaflets"], figures.leaflets),
            ],
        ),
    ]
    # The Figure API keeps no global registry (unlike pyplot), so nothing outlives this call and
    # the process-wide backend is left alone; the Agg canvas is chosen by savefig for PNG.
    figure = Figure(figsize=(_WIDTH_PX / _DPI, _HEIGHT_PX / _DPI), dpi=_DPI, layout="constrained")
    figure.suptitle(for_drawing(title), fontsize=_TITLE_PT, fontweight="bold")
    axes = figure.subplots(
        len(panels), 1, gridspec_kw={"height_ratios": [len(bars) for _, bars in panels]}
    )
    for ax, (heading, bars) in zip(axes, panels, strict=True):
        _draw_panel(ax, labels.get(heading, ""), bars, labels["hidden"])

    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=_DPI, metadata={"Software": None})
    figure.clear()
    return out.getvalue()


def _draw_panel(ax: Axes, heading: str, bars: list[tuple[str, int | None]], hidden: str) -> None:
    shown = [value for _, value in bars if value is not None]
    span = max([*shown, 1]) * 1.3  # room to the right of the longest bar for its number
    positions = list(range(len(bars)))
    ax.set_xlim(0, span)
    ax.set_yticks(positions, [name for name, _ in bars], fontsize=_TEXT_PT)
    # First bar on top, in reading order; set, not autoscaled, so a hidden value last in its
    # panel (no bar to autoscale to) keeps its row and label.
    ax.set_ylim(len(bars) - 0.5, -0.5)
    ax.tick_params(axis="x", bottom=False, labelbottom=False)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    if heading:
        ax.set_title(heading, fontsize=_TEXT_PT, loc="left", fontweight="bold")

    for y, (_, value) in zip(positions, bars, strict=True):
        if value is None:
            # No bar: a hidden value is from 1 to K-1, and any length would suggest a size.
            ax.text(span * 0.02, y, hidden, va="center", fontsize=_TEXT_PT, color=_HIDDEN_COLOUR)
        else:
            ax.barh(y, value, height=0.6, color=_BAR_COLOUR)
            ax.text(value + span * 0.02, y, str(value), va="center", fontsize=_TEXT_PT)
