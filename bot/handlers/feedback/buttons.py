"""The buttons of the feedback feature: the form's answers, and a lead's choice of period.

The form's buttons carry answers only; which form they belong to is the person's draft. Send
also names its form (a random tag, not the stored key), so a Send from an older form never
sends the one in progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from bot.directory.core import Category
from bot.feedback.model import Barrier, Given, Topic, Waiting
from bot.handlers.callbacks import Between, Callback

Rating = Annotated[int, Between(1, 5)]
Year = Annotated[int, Between(2000, 2999)]
Page = Annotated[int, Between(0, 999)]


@dataclass(frozen=True)
class BeginForm(Callback, prefix="fbegin"):
    pass


@dataclass(frozen=True)
class FormBack(Callback, prefix="fback"):
    pass


@dataclass(frozen=True)
class StopForm(Callback, prefix="fstop"):
    pass


@dataclass(frozen=True)
class ChooseTopic(Callback, prefix="ftopic"):
    topic: Topic


@dataclass(frozen=True)
class PickService(Callback, prefix="fsvc"):
    service_id: int


@dataclass(frozen=True)
class SkipService(Callback, prefix="fnosvc"):
    """I'd rather not say which service."""


@dataclass(frozen=True)
class ServiceTypes(Callback, prefix="ftypes"):
    """The types of service again, to choose another."""


@dataclass(frozen=True)
class ServicesOfType(Callback, prefix="fcat"):
    category: Category
    page: Page


@dataclass(frozen=True)
class AnswerGiven(Callback, prefix="fgiven"):
    given: Given


@dataclass(frozen=True)
class AnswerExplained(Callback, prefix="fexpl"):
    explained: bool


@dataclass(frozen=True)
class AnswerWaiting(Callback, prefix="fwait"):
    waiting: Waiting


@dataclass(frozen=True)
class Rate(Callback, prefix="frate"):
    question: Literal["staff", "overall"]
    rating: Rating


@dataclass(frozen=True)
class ToggleBarrier(Callback, prefix="fbar"):
    barrier: Barrier


@dataclass(frozen=True)
class ToggleNeed(Callback, prefix="fneed"):
    need: Category


@dataclass(frozen=True)
class ChoicesDone(Callback, prefix="fdone"):
    question: Literal["barriers", "needs"]


@dataclass(frozen=True)
class SkipWords(Callback, prefix="fnotext"):
    pass


@dataclass(frozen=True)
class SendForm(Callback, prefix="fsend"):
    form: str


@dataclass(frozen=True)
class FlaggedDetails(Callback, prefix="fflag"):
    """Read the note that a service went back to review (leads only)."""

    service_id: int


@dataclass(frozen=True)
class ReportMonth(Callback, prefix="frmonth"):
    year: Year
    month: Annotated[int, Between(1, 12)]

    @property
    def period(self) -> str:
        return f"{self.year}-{self.month:02d}"


@dataclass(frozen=True)
class ReportQuarter(Callback, prefix="frqtr"):
    year: Year
    quarter: Annotated[int, Between(1, 4)]

    @property
    def period(self) -> str:
        return f"{self.year}-Q{self.quarter}"


def report_button(period: str) -> ReportMonth | ReportQuarter:
    """The button for a period the domain offered (YYYY-MM or YYYY-Qn)."""
    year, _, part = period.partition("-")
    if part.startswith("Q"):
        return ReportQuarter(int(year), int(part[1:]))
    return ReportMonth(int(year), int(part))
