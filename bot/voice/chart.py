"""A closed poll's results as a phone-sized picture: one bar per answer with its count and share;
a hidden count has no bar, only the word for hidden, so no length hints at it."""

from __future__ import annotations

import io
from collections.abc import Sequence

from bot.voice.drawing import wrapped

_WIDTH_PX, _HEIGHT_PX, _DPI = 720, 720, 100
_TEXT_PT, _TITLE_PT = 14, 16
_BAR_COLOUR, _HIDDEN_COLOUR = "#2a6f97", "#4a4a4a"
_LABEL_WIDTH = 18


def count_and_share(count: int, total: int | None) -> str:
    """An answer's count with its share of all answers, as the results screen and the chart both
    show it: "12 (40%)", or "12" when the total is hidden."""
    return f"{count} ({count / total:.0%})" if total else str(count)


def results_chart(
    title: str,
    bars: Sequence[tuple[str, int | None]],
    total: int | None,
    hidden: str,
    locale: str = "en",
) -> bytes:
    """A PNG of `bars` ((label, count or None when hidden)) with shares of `total`."""
    # Imported here: matplotlib takes a noticeable time to load and only charts need it.
    from matplotlib.figure import Figure

    figure = Figure(figsize=(_WIDTH_PX / _DPI, _HEIGHT_PX / _DPI), dpi=_DPI, layout="constrained")
    figure.suptitle(wrapped(title, 48), fontsize=_TITLE_PT, fontweight="bold", language=locale)
    ax = figure.subplots()
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", bottom=False, labelbottom=False)
    ax.tick_params(axis="y", length=0)
    counts = [count for _, count in bars if count is not None]
    span = max([*counts, 1]) * 1.45  # room right of the longest bar for "count (share)"
    ax.set_xlim(0, span)
    ax.set_ylim(len(bars) - 0.5, -0.5)  # the first answer on top
    ax.set_yticks(range(len(bars)), [wrapped(label, _LABEL_WIDTH) for label, _ in bars])
    for label in ax.get_yticklabels():
        label.set_fontsize(_TEXT_PT)
        label.set_language(locale)
    for y, (_, count) in enumerate(bars):
        if count is None:
            ax.text(span * 0.02, y, hidden, va="center", fontsize=_TEXT_PT, color=_HIDDEN_COLOUR)
            continue
        ax.barh(y, count, height=0.6, color=_BAR_COLOUR)
        shown = count_and_share(count, total)
        ax.text(count + span * 0.02, y, shown, va="center", fontsize=_TEXT_PT)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=_DPI, metadata={"Software": None})
    figure.clear()
    return out.getvalue()
