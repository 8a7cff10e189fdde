"""The buttons of training: a lesson, its questions and answers, and the team's progress.
Prefixes start with `tr`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from bot.handlers.callbacks import Between, Callback


@dataclass(frozen=True)
class OpenLesson(Callback, prefix="trl"):
    lesson: str


@dataclass(frozen=True)
class AskQuestion(Callback, prefix="trq"):
    lesson: str
    number: Annotated[int, Between(1, 3)]


@dataclass(frozen=True)
class AnswerQuestion(Callback, prefix="tra"):
    lesson: str
    number: Annotated[int, Between(1, 3)]
    choice: Annotated[int, Between(0, 3)]


@dataclass(frozen=True)
class TeamTraining(Callback, prefix="trteam"):
    """A lead's view: how many of the team finished each lesson."""
