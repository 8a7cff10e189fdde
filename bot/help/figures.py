"""The help feature's part of a lead's monthly figures: calls for help by outcome, follow-ups
opened by kind and closed by outcome, every count suppressed like all others (DESIGN rule 5).
Only months whose figures may be read at all (over, and past the reports' edit window): a call
is closed within a day, so a month's counts no longer change by then."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time

from bot.common.hxl import PROTECTION, Figure
from bot.common.refusal import NotAllowed
from bot.common.suppression import suppress_small_counts
from bot.help.core import HelpCore, iso
from bot.help.model import AlarmKind, AlarmOutcome, FollowUpOutcome, HelpFigures
from bot.outreach.model import IncidentKind
from bot.people import Role, Viewer
from storage.help import alarms as alarm_store
from storage.help import followups as followup_store


def _cells(found: Iterable[str], codes: Sequence[str]) -> dict[str, int]:
    counted = Counter(found)
    return {code: counted.get(code, 0) for code in codes}


def help_figures(
    month: str,
    sos_outcomes: Iterable[str],
    opened_kinds: Iterable[str],
    closed_outcomes: Iterable[str],
    k: int,
) -> HelpFigures:
    """The counts of one month as they may be shown: cells from 1 to K-1 hidden, and a second
    one wherever the shown total would give a hidden one away."""
    sos = suppress_small_counts(_cells(sos_outcomes, [o.value for o in AlarmOutcome]), k)
    opened = suppress_small_counts(_cells(opened_kinds, [i.value for i in IncidentKind]), k)
    closed = suppress_small_counts(_cells(closed_outcomes, [o.value for o in FollowUpOutcome]), k)
    return HelpFigures(
        month, sos.cells, sos.total, opened.cells, opened.total, closed.cells, closed.total
    )


def partner_figures(figures: HelpFigures, names: Mapping[str, str]) -> list[Figure]:
    """The month's help figures for partners' tools (`bot.common.hxl.hxl_csv`), suppressed
    exactly as the text shows them. `names` has "calls", "followups_opened" and
    "followups_closed", and "<group>:<code>" for each cell (falling back to the code)."""
    rows = []
    groups = (
        ("calls", figures.sos_total, figures.sos),
        ("followups_opened", figures.opened_total, figures.opened),
        ("followups_closed", figures.closed_total, figures.closed),
    )
    for group, total, cells in groups:
        rows.append(Figure(f"help_{group}", names.get(group, group), PROTECTION, total))
        rows += [
            Figure(
                f"help_{group}_{code.replace('-', '_')}",
                names.get(f"{group}:{code}", code),
                PROTECTION,
                value,
            )
            for code, value in cells.items()
        ]
    return rows


class Figures(HelpCore):
    async def figures(self, viewer: Viewer, month: str) -> HelpFigures:
        """A month's figures (YYYY-MM) for a lead, once the month may be read."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        try:
            year, number = (int(part) for part in month.split("-"))
            first = date(year, number, 1)
        except ValueError:
            raise NotAllowed from None
        outreach = self.outreach
        if not outreach.month_is_closed(first):
            raise NotAllowed
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        start = iso(outreach.local_start(first, time(0, 0)))
        end = iso(outreach.local_start(following, time(0, 0)))
        return help_figures(
            month,
            await alarm_store.outcomes_between(self.database, AlarmKind.SOS.value, start, end),
            await followup_store.opened_between(self.database, start, end),
            await followup_store.closed_between(self.database, start, end),
            self.k,
        )
