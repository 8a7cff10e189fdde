"""Plain language for members (issue 14, section 2): no staff words, an icon for each service
type, buttons that fit a phone in every language, English at reading grade 6 or below, and every
translation about as long as its English (within 30 % of its characters)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from fluent.syntax import ast as fluent_ast

from bot.common.content_check import words_of
from bot.directory.model import Category
from bot.handlers.training.screens import FINISHED
from bot.settings import SUPPORTED_LOCALES
from bot.standards import cards
from bot.training import lesson, lesson_keys
from tests.conftest import shared_translator
from tests.words.locale_text import entries, words
from tests.words.member_text import member_ids, member_prose
from tests.words.readability import grade

MAX_BUTTON = 30
MAX_GRADE = 6
TRANSLATOR = shared_translator()

# What a member cannot act on: the organisation's files and packs, what "it has not added".
STAFF_WORDS = {
    "en": ["organisation's pack", "your organisation", "content pack", "has not added", "a lead "],
    "fr": ["votre organisation", "dossier", "n'a pas encore ajouté"],
    "es": ["tu organización", "paquete", "no ha añadido"],
    "sw": ["shirika lako", "kifurushi", "halijaongeza"],
    "ar": ["منظمتك", "لم تضف"],
}

# Messages that are button labels (a select: each variant is one label).
BUTTON_IDS = re.compile(
    r"^menu-(?!title|team-title)|-button(?:-|$)|^safety-button-|^common-(back|next|previous)$"
    r"|^(feedback|directory)-(back|more|skip|done)$|^exit-(keep|leave)-role$"
    r"|^training-(start|next|team-button)$|^alerts-(publish|edit|read|send-reason)$"
    r"|^privacy-forget-language$|^directory-category-button$"
)


def labels(locale: str) -> dict[str, list[str]]:
    """{message id: its labels} for every button message of one locale."""
    found: dict[str, list[str]] = {}
    for message_id, (_, entry) in entries(locale).items():
        if not BUTTON_IDS.search(message_id) or entry.value is None:
            continue
        elements = entry.value.elements
        select = getattr(elements[0], "expression", None) if len(elements) == 1 else None
        if isinstance(select, fluent_ast.SelectExpression):
            found[message_id] = [
                "".join(e.value for e in v.value.elements if isinstance(e, fluent_ast.TextElement))
                for v in select.variants
            ]
        else:
            found[message_id] = [words_of(entry)]
    return found


def test_the_button_messages_are_found():
    found = labels("en")
    assert len(found) >= 40
    assert {"menu-find", "common-back", "directory-category-button", "safety-button-arrest"} <= set(
        found
    )


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_no_button_label_is_cut_off_at_30_characters(locale):
    long = {
        message_id: label
        for message_id, shown in labels(locale).items()
        for label in shown
        if len(label.strip()) > MAX_BUTTON
    }
    t = TRANSLATOR.for_locale(locale)
    long |= {card.key: card.short for card in cards(t) if len(card.short) > MAX_BUTTON}
    # A lesson's title is its button, with "✅ " before it once finished.
    titles = {key: lesson(t, key) for key in lesson_keys(TRANSLATOR)}
    long |= {
        key: found.title
        for key, found in titles.items()
        if found is not None and len(FINISHED + found.title) > MAX_BUTTON
    }
    assert not long, long


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_members_never_see_staff_words(locale):
    text = words(locale)
    found = [
        (message_id, word)
        for message_id in member_ids()
        if message_id in text
        for word in STAFF_WORDS[locale]
        if word.lower() in text[message_id].lower()
    ]
    assert not found


def _icon(label: str) -> str:
    first = label.split()[0]
    assert all(unicodedata.category(ch)[0] in "SM" or ch == "\u200d" for ch in first), label
    return first


def test_each_service_type_has_its_own_icon_in_every_language():
    english = TRANSLATOR.for_locale("en")
    icons = {c: _icon(english("directory-category-button", category=c.value)) for c in Category}
    assert len(set(icons.values())) == len(Category)
    for locale in SUPPORTED_LOCALES:
        t = TRANSLATOR.for_locale(locale)
        for category, icon in icons.items():
            label = t("directory-category-button", category=category.value)
            assert label.startswith(icon + " "), (locale, label)


def test_english_member_messages_read_at_grade_six_or_below():
    english = words("en")
    prose = member_prose()
    assert len(prose) >= 40
    hard = {m: round(grade(english[m]), 1) for m in prose if grade(english[m]) > MAX_GRADE}
    assert not hard, hard
    assert grade("\n".join(english[m] for m in prose)) <= MAX_GRADE - 2


def test_the_grade_formula_tells_plain_from_hard():
    assert grade("You can stop at any time. We keep nothing.") < 3
    assert (
        grade(
            "Notwithstanding jurisdictional variability, organisational documentation "
            "necessitates comprehensive consideration."
        )
        > 12
    )


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES[1:])
def test_each_translation_is_as_short_as_its_english_within_30_percent(locale):
    english, translated = words("en"), words(locale)
    off = {
        m: round(len(translated[m]) / len(english[m]), 2)
        for m in member_prose()
        if m in translated and not 0.7 <= len(translated[m]) / len(english[m]) <= 1.3
    }
    assert not off, off
