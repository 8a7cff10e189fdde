"""Lessons as the content pack writes them in Fluent, one message per lesson and per question:

    training-lessons = stigma, choice, confidentiality
    training-lesson-stigma = The lesson, in a few short lines.
        .title = 🗣 Speaking without stigma
    training-lesson-stigma-1 = The first question?
        .a = An answer
        .b = Another answer
        .right = b
        .why = Why b is right.

`training-lessons` (read in English: one list for every language) names the lessons in order;
each has two or three questions (`-1`, `-2`, `-3`) of two to four answers (`.a` to `.d`).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.common.refusal import NotAllowed
from bot.i18n import SOURCE_LOCALE, Messages, Translator

LESSONS_LIST = "training-lessons"
LESSON_PREFIX = "training-lesson-"
ANSWER_KEYS = ("a", "b", "c", "d")
MAX_QUESTIONS = 3
MIN_QUESTIONS = 2


@dataclass(frozen=True)
class Question:
    text: str
    answers: tuple[str, ...]
    right: int  # index into answers
    why: str


@dataclass(frozen=True)
class Lesson:
    key: str
    title: str
    text: str
    questions: tuple[Question, ...]


def lesson_keys(translator: Translator) -> list[str]:
    """The lessons in the order the deployment lists them (keys that are not a-z0-9 are left
    out: they travel in buttons)."""
    return translator.listed_keys(LESSONS_LIST)


def _question(t: Messages, message_id: str) -> Question | None:
    if not t.has(message_id):
        return None
    parts = t.attributes(message_id)
    answers = tuple(parts[key] for key in ANSWER_KEYS if parts.get(key))
    right = parts.get("right", "").strip().lower()
    if right not in ANSWER_KEYS[: len(answers)] or not parts.get("why"):
        return None
    return Question(t(message_id), answers, ANSWER_KEYS.index(right), parts["why"])


def lesson(t: Messages, key: str) -> Lesson | None:
    """One lesson in the person's language (English where the pack lacks a message), or None
    when it is not listed or not complete."""
    message_id = LESSON_PREFIX + key
    if key not in lesson_keys(t.translator) or not t.has(message_id):
        return None
    title = t.attributes(message_id).get("title")
    questions = []
    for number in range(1, MAX_QUESTIONS + 1):
        question = _question(t, f"{message_id}-{number}")
        if question is None:
            break
        questions.append(question)
    if not title or len(questions) < MIN_QUESTIONS:
        return None
    return Lesson(key, title, t(message_id), tuple(questions))


def all_lessons(t: Messages) -> list[Lesson]:
    """Every complete lesson, in the deployment's order, in the person's language."""
    return [found for key in lesson_keys(t.translator) if (found := lesson(t, key)) is not None]


def lesson_or_refuse(t: Messages, key: str, number: int = 1, choice: int | None = None) -> Lesson:
    """A lesson that exists and has this question (and this answer to it, when `choice` is
    given); a stale or forged button is refused."""
    found = lesson(t, key)
    if found is None or not 1 <= number <= len(found.questions):
        raise NotAllowed
    if choice is not None and not 0 <= choice < len(found.questions[number - 1].answers):
        raise NotAllowed
    return found


def lesson_problems(translator: Translator) -> list[str]:
    """What is wrong with the lessons, in every language: for the content check."""
    problems = []
    for key in lesson_keys(translator):
        english = lesson(translator.for_locale(SOURCE_LOCALE), key)
        if english is None:
            problems.append(
                f"lesson {key!r}: needs {LESSON_PREFIX}{key} with a .title, and "
                f"{MIN_QUESTIONS} to {MAX_QUESTIONS} questions {LESSON_PREFIX}{key}-1... each "
                "with answers .a, .b (up to .d), .right and .why"
            )
            continue
        for locale in translator.locales:
            shown = lesson(translator.for_locale(locale), key)
            if shown is None:
                problems.append(f"lesson {key!r} in {locale}: a question lacks its answers")
                continue
            for number, (mine, source) in enumerate(
                zip(shown.questions, english.questions, strict=False), 1
            ):
                if (mine.right, len(mine.answers)) != (source.right, len(source.answers)):
                    problems.append(
                        f"lesson {key!r} in {locale}: question {number} does not have the same "
                        "answers and right answer as in English"
                    )
    return problems
