"""Telegram adapters for training (/training, peers and leads): `buttons` (button data),
`screens` (pure), `lessons` (the handlers). The lessons themselves come from Fluent
(`training.ftl`, replaced or extended by the content pack); the domain is in `bot/training/`."""

from __future__ import annotations

from bot.handlers.menu import Entry
from bot.handlers.routing import Routes
from bot.handlers.training import lessons
from bot.handlers.training.buttons import AnswerQuestion, AskQuestion, OpenLesson, TeamTraining
from bot.people import Role


def register(routes: Routes) -> None:
    routes.entry(Entry.TRAINING, lessons.lessons_screen)
    routes.tap(OpenLesson, lessons.open_lesson, Role.PEER)
    routes.tap(AskQuestion, lessons.ask_question, Role.PEER)
    routes.tap(AnswerQuestion, lessons.answer_question, Role.PEER)
    routes.tap(TeamTraining, lessons.team_progress, Role.LEAD)
