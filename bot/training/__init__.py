"""Training for peers and leads: short lessons with questions, from the content pack.

- `lessons`: what a lesson is made of, read from Fluent (`training.ftl`; a deployment's pack
  replaces or adds lessons, each in any of its languages, falling back to English per message),
  and the check a pack's lessons must pass;
- `progress`: which lessons a peer or lead finished (stored only while they have a role) and the
  team's counts a lead sees.

The Telegram side is in `bot/handlers/training/`; the standards library is `bot/standards/`.
"""

from bot.training.lessons import (
    LESSON_PREFIX,
    LESSONS_LIST,
    Lesson,
    Question,
    all_lessons,
    lesson,
    lesson_keys,
    lesson_or_refuse,
    lesson_problems,
)
from bot.training.progress import TeamProgress, Training

__all__ = [
    "LESSONS_LIST",
    "LESSON_PREFIX",
    "Lesson",
    "Question",
    "TeamProgress",
    "Training",
    "all_lessons",
    "lesson",
    "lesson_keys",
    "lesson_or_refuse",
    "lesson_problems",
]
