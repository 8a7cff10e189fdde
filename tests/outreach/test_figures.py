"""Monthly outreach figures from sessions and reports, and the CSV and chart made from them:
local months, suppressed counts about people, safe spreadsheet cells, a phone-sized PNG."""

import gc
import struct
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure

from bot.outreach.figures import figures_chart, monthly_figures
from bot.outreach.model import MonthlyFigures, SessionFacts, SessionReport

NAIROBI = ZoneInfo("Africa/Nairobi")  # UTC+3 all year
K = 5


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


SESSIONS = [
    # 21:30 UTC on 28 February is 00:30 on 1 March in Nairobi: a March session.
    SessionFacts(1, "Eastleigh", utc(2025, 2, 28, 21, 30), 120, cancelled=False, peers_present=2),
    # 21:00 UTC on 31 March is midnight on 1 April in Nairobi: not March.
    SessionFacts(2, "Eastleigh", utc(2025, 3, 31, 21, 0), 60, cancelled=False, peers_present=2),
    SessionFacts(3, "Eastleigh", utc(2025, 3, 10, 6, 0), 120, cancelled=True, peers_present=0),
    # Planned and not cancelled, but nobody came: not held.
    SessionFacts(4, "Eastleigh", utc(2025, 3, 15, 15, 0), 90, cancelled=False, peers_present=0),
    SessionFacts(5, "Eastleigh", utc(2025, 3, 20, 16, 0), 90, cancelled=False, peers_present=3),
    SessionFacts(6, "Kawangware", utc(2025, 3, 5, 12, 0), 60, cancelled=False, peers_present=1),
    # 20:00 UTC on 28 February is 23:00 the same day in Nairobi: February.
    SessionFacts(7, "Eastleigh", utc(2025, 2, 28, 20, 0), 60, cancelled=False, peers_present=1),
]

REPORTS = [
    SessionReport(
        1,
        10,
        reached_new=6,
        reached_returning=4,
        condoms=100,
        lubricant=20,
        leaflets=15,
        referrals={"health": 3, "legal": 7},
        incidents={"police": 1},
    ),
    SessionReport(1, 11, reached_new=2, condoms=40, referrals={"health": 1}),
    SessionReport(
        5,
        12,
        reached_new=4,
        reached_returning=3,
        condoms=60,
        lubricant=10,
        leaflets=5,
        referrals={"shelter": 6, "legal": 1},
        incidents={"harassment": 0},
    ),
    SessionReport(
        6,
        13,
        reached_new=3,
        reached_returning=9,
        condoms=50,
        leaflets=10,
        referrals={"health": 5},
    ),
    SessionReport(
        2,
        10,
        reached_new=9,
        reached_returning=9,
        condoms=500,
        referrals={"legal": 2},
        incidents={"robbery": 1},
    ),
    SessionReport(7, 11, reached_new=1, condoms=7),
]


def march(area: str | None) -> MonthlyFigures:
    return monthly_figures("2025-03", area, SESSIONS, REPORTS, NAIROBI, K)


def test_a_month_is_counted_in_local_time_and_hides_small_referrals():
    assert march("Eastleigh") == MonthlyFigures(
        month="2025-03",
        area="Eastleigh",
        planned=4,  # sessions 1, 3, 4, 5
        held=2,  # 1 and 5: 3 was cancelled, nobody came to 4
        cancelled=1,
        peer_hours=8.5,  # 2 peers x 2 h + 3 peers x 1.5 h
        reached_new=12,
        reached_returning=7,
        condoms=200,
        lubricant=30,
        leaflets=20,
        # health 4 is small; shelter 6 is hidden with it so 18 - 8 does not give health away.
        referrals={"health": None, "legal": 8, "shelter": None},
        # police 1 is small and the only non-zero incident: nothing else needs hiding.
        incidents={"police": None, "harassment": 0},
    )


def test_a_small_count_of_people_reached_is_hidden_alone_as_no_total_is_shown():
    figures = march("Kawangware")
    assert (figures.planned, figures.held, figures.cancelled, figures.peer_hours) == (1, 1, 0, 1.0)
    assert (figures.reached_new, figures.reached_returning) == (None, 9)  # 3 new, 9 returning
    assert (figures.condoms, figures.lubricant, figures.leaflets) == (50, 0, 10)
    assert figures.referrals == {"health": 5}
    assert figures.incidents == {}


def test_all_areas_add_up_every_area():
    figures = march(None)
    assert figures.area is None
    assert (figures.planned, figures.held, figures.cancelled, figures.peer_hours) == (5, 3, 1, 9.5)
    assert (figures.reached_new, figures.reached_returning) == (15, 16)
    assert (figures.condoms, figures.lubricant, figures.leaflets) == (250, 30, 30)
    assert figures.referrals == {"health": 9, "legal": 8, "shelter": 6}
    assert figures.incidents == {"police": None, "harassment": 0}


def test_sessions_near_midnight_utc_land_in_their_local_month():
    april = monthly_figures("2025-04", "Eastleigh", SESSIONS, REPORTS, NAIROBI, K)
    february = monthly_figures("2025-02", None, SESSIONS, REPORTS, NAIROBI, K)
    assert (april.planned, april.held, april.peer_hours) == (1, 1, 2.0)
    assert april.referrals == {"legal": None}
    assert april.incidents == {"robbery": None}
    assert (february.planned, february.reached_new, february.condoms) == (1, None, 7)
    # In UTC the same sessions would fall the other way.
    in_utc = monthly_figures("2025-02", None, SESSIONS, REPORTS, ZoneInfo("UTC"), K)
    assert in_utc.planned == 2


def test_commodities_are_not_suppressed():
    figures = monthly_figures("2025-02", None, SESSIONS, REPORTS, NAIROBI, K)
    assert figures.condoms == 7
    assert (figures.lubricant, figures.leaflets) == (0, 0)


def test_k_is_the_callers_choice():
    figures = monthly_figures("2025-03", "Eastleigh", SESSIONS, REPORTS, NAIROBI, k=3)
    assert figures.referrals == {"health": 4, "legal": 8, "shelter": 6}
    assert figures.incidents == {"police": None, "harassment": 0}


def test_a_month_with_no_sessions_is_all_zero():
    figures = monthly_figures("2024-12", None, SESSIONS, REPORTS, NAIROBI, K)
    assert figures == MonthlyFigures("2024-12", None, 0, 0, 0, 0.0, 0, 0, 0, 0, 0, {}, {})


@pytest.mark.parametrize("month", ["2025-3", "2025-13", "March", "2025-03-01", ""])
def test_a_month_must_be_yyyy_mm(month):
    with pytest.raises(ValueError, match="YYYY-MM"):
        monthly_figures(month, None, SESSIONS, REPORTS, NAIROBI, K)


def test_naive_session_times_are_refused():
    naive = SessionFacts(9, "Eastleigh", datetime(2025, 3, 1, 9), 60, False, 1)
    with pytest.raises(ValueError, match="timezone-aware"):
        monthly_figures("2025-03", None, [naive], [], NAIROBI, K)


LABELS = {
    "planned": "Planned",
    "held": "Held",
    "cancelled": "Cancelled",
    "reached_new": "New",
    "reached_returning": "Returning",
    "condoms": "Condoms",
    "lubricant": "Lubricant",
    "leaflets": "Leaflets",
    "hidden": "hidden",
    "sessions": "Sessions",
    "reached": "People reached",
    "commodities": "Given out",
}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, chunk = struct.unpack(">I4s", data[8:16])
    assert (length, chunk) == (13, b"IHDR")
    return struct.unpack(">II", data[16:24])


def test_chart_is_a_portrait_png_sized_for_a_phone():
    assert png_size(figures_chart(march("Kawangware"), LABELS, "March 2025")) == (720, 960)


def test_chart_draws_arabic_labels_and_an_all_hidden_month():
    arabic = dict.fromkeys(LABELS, "مخفي")
    hidden = MonthlyFigures("2025-03", None, 0, 0, 0, 0.0, None, None, 0, 0, 0, {}, {})
    assert png_size(figures_chart(hidden, arabic, "مارس ٢٠٢٥")) == (720, 960)


def test_a_hidden_count_is_drawn_as_its_label_never_as_a_bar():
    from bot.outreach.figures import _draw_panel

    axes = Figure().subplots()
    _draw_panel(axes, "", [("New", 12), ("Returning", None), ("Other", 3)], "<5")
    assert [patch.get_width() for patch in axes.patches] == [12, 3]  # no bar for the hidden one
    assert [text.get_text() for text in axes.texts] == ["12", "<5", "3"]


def test_a_hidden_count_last_in_its_panel_keeps_its_label_inside_the_panel():
    from bot.outreach.figures import _draw_panel

    axes = Figure().subplots()
    _draw_panel(axes, "", [("New", 12), ("Returning", None)], "<5")
    bottom, top = axes.get_ylim()
    assert bottom > 1 > top  # row 1 (the hidden one) lies inside the panel, first row on top
    assert [label.get_text() for label in axes.get_yticklabels()] == ["New", "Returning"]


def test_chart_needs_every_bar_label():
    labels = {key: value for key, value in LABELS.items() if key != "hidden"}
    with pytest.raises(KeyError):
        figures_chart(march("Eastleigh"), labels, "March 2025")


def live_figures() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, Figure))


def test_charts_leave_no_figures_behind():
    # Live figures are counted exactly, so a few charts show a leak as well as many would.
    before = live_figures()
    for _ in range(3):
        figures_chart(march("Eastleigh"), LABELS, "March 2025")
    assert plt.get_fignums() == []
    assert live_figures() == before
