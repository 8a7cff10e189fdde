"""The phone-sized chart of a feedback report: the most named barriers and needs as bars; a
hidden count is written "<K" with no bar, so no length hints at it and none outgrows a shown one.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from bot.common.rtl import for_drawing
from bot.feedback.model import FeedbackReport, Ranked

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["report_chart"]

_WIDTH_PX, _HEIGHT_PX, _DPI = 720, 960, 100
# Points at 100 dpi: 14 pt is about 19 px, 18 pt about 25 px; both stay legible on a phone.
_TEXT_PT, _TITLE_PT = 14, 18
_MOST_BARS = 8  # per panel; more would make each bar too thin to read on a phone
_LABEL_WIDTH = 18  # characters per line of a bar label
_BAR_COLOUR, _HIDDEN_COLOUR = "#2a6f97", "#4a4a4a"


def report_chart(report: FeedbackReport, labels: Mapping[str, str], title: str) -> bytes:
    """A portrait PNG (720x960 px) of the most named barriers and needs as horizontal bars with
    count and share; a hidden count has no bar, only `labels["hidden"]` (e.g. "<5": barriers and
    needs are hidden only when small).

    `labels` needs "hidden"; "barriers", "needs" (panel headings) and "none" (shown in a panel
    with nothing named) are optional, and bars are labelled `labels["barrier:<code>"]` or
    `labels["need:<code>"]`, falling back to the code. Zero counts are left out. Arabic words
    are shaped and ordered right to left (`for_drawing`), line by line after wrapping.
    """
    # Imported here: matplotlib takes a noticeable time to load and only charts need it.
    from matplotlib.figure import Figure

    panels = [
        (for_drawing(labels.get(heading, "")), _bars(rows, labels, prefix))
        for heading, rows, prefix in (
            ("barriers", report.barriers, "barrier"),
            ("needs", report.needs, "need"),
        )
    ]
    # The Figure API keeps no global registry (unlike pyplot), so nothing outlives this call.
    figure = Figure(figsize=(_WIDTH_PX / _DPI, _HEIGHT_PX / _DPI), dpi=_DPI, layout="constrained")
    figure.suptitle(for_drawing(title), fontsize=_TITLE_PT, fontweight="bold")
    axes = figure.subplots(
        len(panels), 1, gridspec_kw={"height_ratios": [max(len(bars), 1) for _, bars in panels]}
    )
    # One scale for both panels: both count submissions, so equal counts get equal bars.
    counts = [row.count for _, bars in panels for _, row in bars if row.count is not None]
    span = max([*counts, 1]) * 1.45  # room right of the longest bar for "count (share)"
    for ax, (heading, bars) in zip(axes, panels, strict=True):
        hidden, none = for_drawing(labels["hidden"]), for_drawing(labels.get("none", "–"))
        _draw_bars(ax, heading, bars, span, hidden, none)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=_DPI, metadata={"Software": None})
    figure.clear()
    return out.getvalue()


def _bars(
    rows: Iterable[Ranked], labels: Mapping[str, str], prefix: str
) -> list[tuple[str, Ranked]]:
    chosen = [row for row in rows if row.count != 0][:_MOST_BARS]
    return [
        (
            for_drawing(textwrap.fill(labels.get(f"{prefix}:{row.code}", row.code), _LABEL_WIDTH)),
            row,
        )
        for row in chosen
    ]


def _draw_bars(
    ax: Axes, heading: str, bars: list[tuple[str, Ranked]], span: float, hidden: str, none: str
) -> None:
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", bottom=False, labelbottom=False)
    ax.tick_params(axis="y", length=0)
    if heading:
        ax.set_title(heading, fontsize=_TEXT_PT, loc="left", fontweight="bold")
    if not bars:
        ax.spines["left"].set_visible(False)
        ax.set_yticks([])
        ax.text(0.02, 0.5, none, va="center", fontsize=_TEXT_PT, transform=ax.transAxes)
        return

    positions = list(range(len(bars)))
    ax.set_xlim(0, span)
    ax.set_ylim(len(bars) - 0.5, -0.5)  # first bar on top, in reading order
    ax.set_yticks(positions, [label for label, _ in bars], fontsize=_TEXT_PT)
    for y, (_, row) in zip(positions, bars, strict=True):
        if row.count is None:
            # No bar: any length would hint at the count, and a long one would read as many.
            ax.text(span * 0.02, y, hidden, va="center", fontsize=_TEXT_PT, color=_HIDDEN_COLOUR)
            continue
        ax.barh(y, row.count, height=0.6, color=_BAR_COLOUR)
        share = "" if row.share is None else f" ({row.share:.0%})"
        ax.text(row.count + span * 0.02, y, f"{row.count}{share}", va="center", fontsize=_TEXT_PT)
