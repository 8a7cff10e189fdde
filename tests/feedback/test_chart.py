"""The report's chart: a portrait PNG sized for a phone, the same bytes for the same report, and
drawable when everything is hidden or nothing was said."""

import struct

import matplotlib.pyplot as plt

from bot.feedback.chart import report_chart
from bot.feedback.model import Barrier, FeedbackReport, Ranked
from bot.feedback.report import build_report
from tests.feedback.sample import K

LABELS = {"hidden": "hidden", "barriers": "Barriers", "needs": "Unmet needs"}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


async def test_the_chart_is_a_portrait_png_sized_for_a_phone(db):
    report = await build_report(db, "2026-03", K)
    chart = report_chart(report, LABELS, "March 2026")
    assert png_size(chart) == (720, 960)
    assert chart == report_chart(report, LABELS, "March 2026")  # no timestamp inside
    empty = FeedbackReport("2026-03", "2026-02", 0, 0)
    assert chart != report_chart(empty, LABELS, "March 2026")


def test_the_chart_draws_an_all_hidden_and_an_empty_report():
    hidden = FeedbackReport(
        "2026-03",
        "2026-02",
        None,
        None,
        barriers=[Ranked(b.value, None, None) for b in Barrier],
        needs=[Ranked("health", None, None)],
    )
    empty = FeedbackReport("2026-03", "2026-02", 0, 0)
    arabic = dict.fromkeys(LABELS, "مخفي")
    assert png_size(report_chart(hidden, arabic, "مارس ٢٠٢٦")) == (720, 960)
    assert png_size(report_chart(empty, LABELS, "March 2026")) == (720, 960)
    assert plt.get_fignums() == []
