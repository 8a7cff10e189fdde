"""Arabic on charts (issue 13.6): the outreach and feedback charts draw their Arabic words with
joined letters in right-to-left order, not as separate letters backwards; other scripts are
drawn as they are."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import RendererAgg

from bot.common.rtl import (
    LEFT_TO_RIGHT_OVERRIDE,
    POP_DIRECTIONAL_FORMATTING,
    for_drawing,
    needs_shaping,
)
from bot.feedback.chart import report_chart
from bot.feedback.model import FeedbackReport, Ranked
from bot.handlers.feedback import screens as feedback_screens
from bot.handlers.outreach import figure_screens
from bot.outreach.figures import figures_chart
from bot.outreach.model import MonthlyFigures
from tests.conftest import shared_translator

# Arabic letters in their joined (presentation) forms, as a shaper writes them.
PRESENTATION_FORMS = range(0xFB50, 0xFEFF)


@pytest.fixture
def drawn(monkeypatch) -> list[str]:
    """Every string the chart renderer draws."""
    texts: list[str] = []
    original = RendererAgg.draw_text

    def recording(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        texts.append(s)
        return original(self, gc, x, y, s, prop, angle, ismath, mtext)

    monkeypatch.setattr(RendererAgg, "draw_text", recording)
    return texts


def joined(text: str) -> bool:
    return any(ord(c) in PRESENTATION_FORMS for c in text)


def test_arabic_is_joined_and_ordered_right_to_left_and_latin_is_left_alone():
    assert for_drawing("Condoms given") == "Condoms given"
    shaped = for_drawing("واقيات").strip(LEFT_TO_RIGHT_OVERRIDE + POP_DIRECTIONAL_FORMATTING)
    assert joined(shaped) and shaped != "واقيات"
    # Visual order: the word's first letter (waw, final form when joined on the right) is last.
    assert shaped[-1] in "\ufeed\ufeee"
    assert for_drawing("السطر الأول\nالسطر الثاني").count("\n") == 1  # each line on its own
    assert not needs_shaping("Port Amani 12 (40%)")
    # Fluent's isolation marks around a placeable have done their work: not drawn as boxes.
    title = for_drawing("تقرير الآراء \u20682026-03\u2069")
    assert "2026-03" in title and "\u2068" not in title and "\u2069" not in title


def test_the_arabic_outreach_chart_draws_shaped_words(drawn):
    t = shared_translator().for_locale("ar")
    labels = figure_screens.chart_labels(t, 5)
    figures = MonthlyFigures(
        "2026-03", None, 4, 3, 1, 6.0, 12, None, 40, 10, 25, referrals={}, incidents={}
    )
    figures_chart(figures, labels, "2026-03")
    for key in ("planned", "reached_new", "condoms"):
        assert needs_shaping(labels[key])
        assert for_drawing(labels[key]) in drawn
        assert labels[key] not in drawn  # the letters as stored, unjoined, are never drawn
    assert any(joined(text) for text in drawn)


def test_the_arabic_feedback_chart_draws_shaped_words(drawn):
    t = shared_translator().for_locale("ar")
    labels = feedback_screens.chart_labels(5, t)
    report = FeedbackReport(
        "2026-03",
        "2026-02",
        20,
        15,
        barriers=[Ranked("cost", 8, 0.4), Ranked("police", None, None)],
        needs=[Ranked("health", 6, 0.3)],
    )
    title = feedback_screens.report_title("2026-03", t)
    report_chart(report, labels, title)
    assert for_drawing(title) in drawn and title not in drawn
    assert for_drawing(labels["barriers"]) in drawn
    barrier = labels["barrier:cost"]
    assert needs_shaping(barrier) and barrier not in drawn
    assert any(joined(text) for text in drawn)
    assert not [text for text in drawn if needs_shaping(text) and not joined(text)]
