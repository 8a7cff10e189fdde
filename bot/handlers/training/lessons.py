"""/training: the lessons, a lesson's questions by buttons, and the team's progress for leads.
Progress is stored when the last question is answered, for peers and leads only."""

from __future__ import annotations

from telegram import Update

from bot.handlers.context import BotContext
from bot.handlers.respond import show
from bot.handlers.training import screens
from bot.handlers.training.buttons import AnswerQuestion, AskQuestion, OpenLesson, TeamTraining
from bot.people import Role
from bot.training import all_lessons, lesson_or_refuse


async def lessons_screen(update: Update, context: BotContext) -> None:
    """Offer the lessons, with a ✅ on those finished."""
    runtime = context.runtime
    finished = await runtime.training.finished(context.viewer)
    lead = context.viewer.role.at_least(Role.LEAD)
    await show(update, context, screens.lessons(all_lessons(context.t), finished, lead, context.t))


async def open_lesson(update: Update, context: BotContext, tap: OpenLesson) -> None:
    await show(update, context, screens.lesson(lesson_or_refuse(context.t, tap.lesson), context.t))


async def ask_question(update: Update, context: BotContext, tap: AskQuestion) -> None:
    found = lesson_or_refuse(context.t, tap.lesson, tap.number)
    await show(update, context, screens.question(found, tap.number, context.t))


async def answer_question(update: Update, context: BotContext, tap: AnswerQuestion) -> None:
    """Right or not, with why; the last answer finishes the lesson."""
    found = lesson_or_refuse(context.t, tap.lesson, tap.number, tap.choice)
    if tap.number == len(found.questions):
        await context.runtime.training.finish(context.viewer, found.key)
        context.saved(update)
    await show(update, context, screens.answered(found, tap.number, tap.choice, context.t))


async def team_progress(update: Update, context: BotContext, tap: TeamTraining) -> None:
    runtime = context.runtime
    progress = await runtime.training.team(context.viewer)
    await show(update, context, screens.team(all_lessons(context.t), progress, context.t))
