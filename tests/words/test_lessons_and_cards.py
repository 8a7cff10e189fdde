"""Lessons and standards cards as the content pack writes them: the built-in ones complete in
every language, a pack's own lesson or card shown (in English where it lacks a translation),
and an incomplete one reported by the content check."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.common.content_check import check_content_pack
from bot.i18n import LOCALES_DIR, Translator
from bot.settings import SUPPORTED_LOCALES
from bot.standards import card_keys, cards, standards_problems
from bot.training import lesson, lesson_keys, lesson_problems
from tests.conftest import shared_translator
from tests.words.locale_text import SAMPLE_PACK

BUILT_IN = shared_translator()
TOPICS = ["stigma", "choice", "confidentiality", "safety", "referral", "consent"]


def test_the_built_in_lessons_cover_the_six_topics_in_order():
    assert lesson_keys(BUILT_IN) == TOPICS


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_lesson_has_two_or_three_questions_with_why_in_each_language(locale):
    t = BUILT_IN.for_locale(locale)
    english = BUILT_IN.for_locale("en")
    for key in TOPICS:
        shown, source = lesson(t, key), lesson(english, key)
        assert shown is not None and source is not None, f"{locale} {key}"
        assert 2 <= len(shown.questions) <= 3
        for mine, theirs in zip(shown.questions, source.questions, strict=True):
            assert mine.right == theirs.right and len(mine.answers) == len(theirs.answers)
            assert mine.why and mine.text
        if locale != "en":
            assert shown.text != source.text, f"{locale} {key} is not translated"


def test_the_built_in_lessons_and_cards_have_no_problems():
    assert lesson_problems(BUILT_IN) == []
    assert standards_problems(BUILT_IN) == []


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_standards_cards_name_title_year_publisher_and_where_in_each_language(locale):
    t = BUILT_IN.for_locale(locale)
    shown = cards(t)
    assert [card.key for card in shown] == card_keys(BUILT_IN)
    assert {"swit", "who", "unaids", "unhcr"} <= set(card_keys(BUILT_IN))
    for card in shown:
        assert re.match(r"(19|20)\d\d\b", card.year), card
        assert card.title and card.publisher and card.where
        sentences = [s for s in re.split(r"(?<=[.!?؟])\s+", card.summary.strip()) if s]
        assert 2 <= len(sentences) <= 3, f"{locale} {card.key}: {card.summary}"
        assert len(card.short) <= 30


def _pack_with(tmp_path: Path, english: str, french: str = "") -> Path:
    pack = Path(shutil.copytree(SAMPLE_PACK, tmp_path / "pack"))
    (pack / "en" / "training.ftl").write_text(english, encoding="utf-8")
    if french:
        (pack / "fr" / "training.ftl").write_text(french, encoding="utf-8")
    return pack


OWN_LESSON = """\
training-lessons = stigma, nightshift
training-lesson-nightshift = At night, go in pairs and keep your phone charged.
    .title = 🌙 Night outreach
training-lesson-nightshift-1 = Who goes with you at night?
    .a = Nobody
    .b = Another peer
    .right = b
    .why = Nobody goes alone.
training-lesson-nightshift-2 = What do you take?
    .a = A charged phone
    .b = Nothing
    .right = a
    .why = So you can call for help.
"""


def test_a_pack_adds_its_own_lesson_shown_in_english_where_it_lacks_a_translation(tmp_path):
    pack = _pack_with(tmp_path, OWN_LESSON)
    translator = Translator.load(extra_folder=pack)
    assert lesson_keys(translator) == ["stigma", "nightshift"]
    french = lesson(translator.for_locale("fr"), "nightshift")
    assert french is not None and french.title == "🌙 Night outreach"
    assert lesson(translator.for_locale("fr"), "stigma") == lesson(
        BUILT_IN.for_locale("fr"), "stigma"
    )
    assert lesson(translator.for_locale("fr"), "choice") is None  # not listed by this pack
    assert check_content_pack(pack, LOCALES_DIR, "TZ") == []


def test_an_incomplete_lesson_in_a_pack_is_reported(tmp_path):
    pack = _pack_with(tmp_path, OWN_LESSON.replace("    .why = So you can call for help.\n", ""))
    problems = [str(p) for p in check_content_pack(pack, LOCALES_DIR, "TZ")]
    assert any("lesson 'nightshift'" in p for p in problems), problems


def test_a_translation_with_another_right_answer_is_reported(tmp_path):
    french = """\
training-lesson-nightshift = La nuit, allez à deux.
    .title = 🌙 La nuit
training-lesson-nightshift-1 = Qui vient avec vous ?
    .a = Personne
    .b = Une autre paire
    .right = a
    .why = Personne ne sort seul.
"""
    pack = _pack_with(tmp_path, OWN_LESSON, french)
    problems = [str(p) for p in check_content_pack(pack, LOCALES_DIR, "TZ")]
    assert any("'nightshift' in fr: question 1" in p for p in problems), problems
