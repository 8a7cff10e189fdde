"""The screens of training, as pure functions: the lessons, one lesson, a question, the answer
with its explanation, and a lead's view of the team's progress (counts only)."""

from __future__ import annotations

from bot.handlers.menu import Entry, Go, back_to_menu
from bot.handlers.screens import Button, Screen, in_rows_of, one_per_row, rows
from bot.handlers.training.buttons import AnswerQuestion, AskQuestion, OpenLesson, TeamTraining
from bot.i18n import Messages
from bot.training import Lesson, TeamProgress

FINISHED = "✅ "


def lessons(items: list[Lesson], finished: set[str], lead: bool, t: Messages) -> Screen:
    """Every lesson (a ✅ before those this person finished), the standards, and for a lead the
    team's progress."""
    buttons = [
        Button((FINISHED if item.key in finished else "") + item.title, OpenLesson(item.key))
        for item in items
    ]
    text = t("training-intro") if items else t("training-none")
    return Screen(
        text,
        (
            *one_per_row(buttons),
            *rows(
                Button(t("standards-button"), Go(Entry.STANDARDS)),
                Button(t("training-team-button"), TeamTraining()) if lead else None,
                back_to_menu(t),
            ),
        ),
    )


def back_to_lessons(t: Messages) -> Button:
    return Button(t("menu-training"), Go(Entry.TRAINING))


def lesson(item: Lesson, t: Messages) -> Screen:
    return Screen(
        f"{item.title}\n\n{item.text}",
        rows(Button(t("training-start"), AskQuestion(item.key, 1)), back_to_lessons(t)),
    )


def letter(choice: int, t: Messages) -> str:
    return t("training-answer-letter", choice=choice)


def question(item: Lesson, number: int, t: Messages) -> Screen:
    """The question and its answers in the text, one letter to tap per answer: a whole answer
    would not fit on a button of a small phone."""
    asked = item.questions[number - 1]
    answers = [f"{letter(i, t)}. {answer}" for i, answer in enumerate(asked.answers)]
    heading = t("training-question", number=number, total=len(item.questions))
    taps = [Button(letter(i, t), AnswerQuestion(item.key, number, i)) for i in range(len(answers))]
    return Screen(
        "\n\n".join([f"{item.title}\n{heading}", asked.text, "\n".join(answers)]),
        (*in_rows_of(taps, 4), (back_to_lessons(t),)),
    )


def answered(item: Lesson, number: int, choice: int, t: Messages) -> Screen:
    """Right or not, the right answer and why; then the next question, or the lesson is done."""
    asked = item.questions[number - 1]
    right_answer = f"{letter(asked.right, t)}. {asked.answers[asked.right]}"
    verdict = (
        t("training-right") if choice == asked.right else t("training-wrong", answer=right_answer)
    )
    sections = [verdict, asked.why]
    if number < len(item.questions):
        return Screen(
            "\n\n".join(sections),
            rows(Button(t("training-next"), AskQuestion(item.key, number + 1)), back_to_lessons(t)),
        )
    sections.append(t("training-done"))
    return Screen("\n\n".join(sections), rows(back_to_lessons(t), back_to_menu(t)))


def team(items: list[Lesson], progress: TeamProgress, t: Messages) -> Screen:
    """How many of the team finished each lesson: counts, never names."""
    lines = [t("training-team-title", count=progress.team_size)]
    lines += [
        t(
            "training-team-line",
            lesson=item.title,
            count=progress.finished.get(item.key, 0),
            total=progress.team_size,
        )
        for item in items
    ]
    return Screen("\n".join(lines), rows(back_to_lessons(t)))
