"""A feedback report's figures for partners: one row per figure for the HXL-tagged CSV
(`bot.common.hxl`), exactly the figures the report's text shows, suppressed as it shows them
(DESIGN rule 5): no row per answer, no words."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from bot.common.hxl import PROTECTION, Figure, Period, sector_of
from bot.feedback.model import FeedbackReport
from bot.feedback.periods import weeks_of
from bot.feedback.report import report_table

__all__ = ["partner_figures", "period_days"]


def period_days(period: str) -> Period:
    """The days a month or quarter of feedback covers: answers are kept by ISO week, and a week
    belongs to the month of its Thursday, so from the Monday of its first week to the Sunday of
    its last."""
    weeks = weeks_of(period)
    first_year, first_week = (int(part) for part in weeks[0].split("-W"))
    last_year, last_week = (int(part) for part in weeks[-1].split("-W"))
    return Period(
        date.fromisocalendar(first_year, first_week, 1),
        date.fromisocalendar(last_year, last_week, 7),
    )


def partner_figures(report: FeedbackReport, names: Mapping[str, str]) -> list[Figure]:
    """The period's answers, topics, barriers and needs (counts), and each shown service
    rating (its average and how many rated it). `names` has "answers", "topic:<code>",
    "barrier:<code>", "need:<code>", "rating_average" and "rating_answers" (falling back to
    the key); the period before is left out (it is its own period)."""
    rows: list[Figure] = []
    for row in report_table(report):
        if row.section == "answers":
            if row.code == report.period:
                rows.append(
                    Figure(
                        "feedback_answers", names.get("answers", "answers"), PROTECTION, row.count
                    )
                )
        elif row.section == "rating":
            continue
        else:
            key = f"{row.section}:{row.code}"
            sector = sector_of(row.code) if row.section == "need" else PROTECTION
            code = f"feedback_{row.section}_{row.code.replace('-', '_')}"
            rows.append(Figure(code, names.get(key, key), sector, row.count))
    for rating in report.ratings:
        rows.append(
            Figure(
                "feedback_rating_average",
                names.get("rating_average", "rating_average"),
                PROTECTION,
                rating.average,
                service=rating.name,
            )
        )
        rows.append(
            Figure(
                "feedback_rating_answers",
                names.get("rating_answers", "rating_answers"),
                PROTECTION,
                rating.count,
                service=rating.name,
            )
        )
    return rows
