"""The feedback buttons: each family packs and decodes to itself, forged data does not decode,
and a period the domain offers becomes the button for it."""

import pytest

from bot.directory.core import Category
from bot.feedback.model import Barrier, Given, Topic, Waiting
from bot.handlers.callbacks import BadButton, Callback, decode
from bot.handlers.feedback import buttons
from bot.handlers.feedback.buttons import (
    AnswerExplained,
    AnswerGiven,
    AnswerWaiting,
    BeginForm,
    ChoicesDone,
    ChooseTopic,
    FlaggedDetails,
    FormBack,
    PickService,
    Rate,
    ReportMonth,
    ReportQuarter,
    SendForm,
    ServicesOfType,
    ServiceTypes,
    SkipService,
    SkipWords,
    StopForm,
    ToggleBarrier,
    ToggleNeed,
    report_button,
)

EVERY_KIND = [
    BeginForm(),
    FormBack(),
    StopForm(),
    SkipService(),
    SkipWords(),
    *(ChooseTopic(topic) for topic in Topic),
    PickService(10**12),
    ServiceTypes(),
    *(ServicesOfType(category, 0) for category in Category),
    ServicesOfType(Category.HARM_REDUCTION, 999),
    FlaggedDetails(10**12),
    *(AnswerGiven(given) for given in Given),
    AnswerExplained(True),
    AnswerExplained(False),
    *(AnswerWaiting(waiting) for waiting in Waiting),
    Rate("staff", 1),
    Rate("overall", 5),
    *(ToggleBarrier(barrier) for barrier in Barrier),
    *(ToggleNeed(need) for need in Category),
    ChoicesDone("barriers"),
    ChoicesDone("needs"),
    SendForm("AbC-d_9x"),
    ReportMonth(2026, 12),
    ReportQuarter(2025, 4),
]


@pytest.mark.parametrize("button", EVERY_KIND, ids=lambda b: b.pack())
def test_every_button_decodes_to_itself(button):
    assert decode(button.pack()) == button


def test_feedback_prefixes_all_start_with_f():
    families = [
        value
        for value in vars(buttons).values()
        if isinstance(value, type) and issubclass(value, Callback) and value is not Callback
    ]
    assert len(families) == 20
    assert all(family.prefix.startswith("f") for family in families)


@pytest.mark.parametrize(
    "data",
    [
        "frmonth:2026:13",
        "frmonth:2026:0",
        "frmonth:1999:1",
        "frmonth:2026:03",
        "frqtr:2026:5",
        "frate:staff:6",
        "frate:kind:3",
        "ftopic:everything",
        "fneed:nope",
        "fbar:Cost",
        "fsvc:abc",
        "fsvc:-1",
        "fsend:",
        "fsend:a:b",
        "fsend:" + "x" * 40,
        "fexpl:yes",
        "fgiven:maybe",
        "fwait:forever",
        "fdone:topic",
        "fbegin:1",
        "fcat:nope:0",
        "fcat:health:1000",
        "fcat:health",
        "ftypes:1",
        "fflag:abc",
        "fflag:-1",
    ],
)
def test_forged_data_does_not_decode(data):
    with pytest.raises(BadButton):
        decode(data)


@pytest.mark.parametrize(
    ("period", "button"),
    [("2026-03", ReportMonth(2026, 3)), ("2025-Q4", ReportQuarter(2025, 4))],
)
def test_a_period_becomes_its_button_and_back(period, button):
    assert report_button(period) == button
    assert button.period == period
