"""What a careful read of each language found (issue 14, section 1), one test per finding, so a
later edit cannot bring it back."""

from __future__ import annotations

import re

import pytest

from bot.settings import SUPPORTED_LOCALES
from tests.words.locale_text import SAMPLE_PACK, containing, entries, words

# --- Swahili ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "why"),
    [
        ("wafanyabiashara ya ngono", "reads 'sex traders': say wafanyakazi wa ngono"),
        ("boti", "means a boat: say bot"),
        ("Ituma", "say Itume"),
        ("ufikiaji", "'kikao cha ufikiaji' is unnatural for an outreach session"),
        ("kifurushi", "'parcel': members are told what to do instead"),
    ],
)
def test_swahili_avoids_what_the_careful_read_found(fragment, why):
    found = [i for i, text in words("sw").items() if fragment.lower() in text.lower()]
    found += [i for i, text in words("sw", SAMPLE_PACK).items() if fragment.lower() in text.lower()]
    assert not found, f"{fragment!r} {why}: {found}"


def test_swahili_says_jukumu_for_a_role_and_keeps_nafasi_for_spaces_and_places():
    for message_id in ("menu-whoami", "people-whoami", "people-welcome-role", "exit-keep-role"):
        assert "nafasi" not in words("sw")[message_id].lower(), message_id
        assert "juku" in words("sw")[message_id].lower(), message_id


# --- Arabic ----------------------------------------------------------------------------------


def test_arabic_uses_short_common_words_not_formal_requests():
    assert containing("ar", "يُرجى") == []
    assert containing("ar", "يرجى") == []


def test_arabic_says_in_the_field_of_sex_work():
    for text in (*words("ar").values(), *words("ar", SAMPLE_PACK).values()):
        assert "والعاملات في الجنس" not in text
        assert "العاملين في الجنس" not in text or "دعارة" in text  # but the lock-screen words
    assert "في مجال الجنس" in words("ar")["directory-category"]


def test_arabic_writes_kilometres_in_arabic_letters():
    assert "km" not in words("ar")["directory-distance"]
    assert "كم" in words("ar")["directory-distance"]


def test_the_sample_pack_does_not_moralise_in_arabic():
    assert "إغراء" not in words("ar", SAMPLE_PACK)["safety-law-summary"]


@pytest.mark.parametrize(
    ("locale", "allowed", "others"),
    [
        ("en", "“”", '«»"„'),
        ("fr", "«»", '“”"„'),
        ("es", "«»", '“”"„'),
        ("sw", "“”", '«»"„'),
        ("ar", "«»", '“”"„'),
    ],
)
def test_each_language_uses_one_kind_of_quotation_marks(locale, allowed, others):
    for message_id, text in words(locale).items():
        if message_id == "sensitive-words":
            continue
        wrong = [mark for mark in others if mark in text]
        assert not wrong, f"{locale} {message_id} uses {wrong}, not {allowed}"


# Arrows that point the way text is read: mirrored in right-to-left languages.
MIRRORED = {"⬅️": "➡️", "➡️": "⬅️", "←": "→", "→": "←"}


def test_arabic_back_and_next_arrows_point_the_way_arabic_is_read():
    english, arabic = words("en"), words("ar")
    checked = 0
    for message_id, text in english.items():
        for arrow, mirror in MIRRORED.items():
            if arrow in text and message_id in arabic:
                assert mirror in arabic[message_id], f"{message_id}: {arrow} is not mirrored"
                assert arrow not in arabic[message_id], f"{message_id}: {arrow} is not mirrored"
                checked += 1
    assert checked >= 8  # back, next, previous, months, more, skip, place, change...


# --- French ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "why"),
    [
        ("une paire", "reads as 'a pair'"),
        ("paire", "reads as 'a pair': write pair-éducatrice, or a neutral word"),
        ("dossier de votre organisation", "a staff word: say what the person can do"),
        ("C'est arrêté", "odd: say what stopped"),
        ("C’est arrêté", "odd: say what stopped"),
        ("Ils ont mal traité des personnes", "clumsy"),
    ],
)
def test_french_avoids_what_the_careful_read_found(fragment, why):
    found = [i for i, text in words("fr").items() if fragment in text]
    assert not found, f"{fragment!r} {why}: {found}"


def test_french_writes_both_forms_not_a_middle_dot():
    # "pair·e", "éducateur·rice": hard for weak readers. A dot between words (" · ") separates.
    found = [i for i, text in words("fr").items() if re.search(r"\w·\w", text)]
    assert not found


# --- Spanish ---------------------------------------------------------------------------------


def test_spanish_says_what_stopped():
    assert containing("es", "Se detuvo") == []


def test_every_locale_has_the_same_files_and_the_draft_note():
    for locale in SUPPORTED_LOCALES[1:]:
        for message_id, (file, _) in entries(locale).items():
            assert file == entries("en")[message_id][0], f"{locale} {message_id} in {file}"


def test_commands_stay_whole_inside_arabic_sentences():
    from tests.conftest import shared_translator

    translator = shared_translator()
    arabic = translator.format("ar", "help-peer")
    assert "\u2066/whoami\u2069" in arabic  # left-to-right isolate: never shown as "whoami/"
    assert "\u2066" not in translator.format("en", "help-peer")


def test_lists_are_written_the_way_each_language_writes_them():
    from tests.conftest import shared_translator

    translator = shared_translator()
    items = ["A", "B", "C"]
    assert translator.for_locale("en").list(items) == "A, B, and C"
    assert translator.for_locale("ar").list(items) == "A وB وC"
    assert translator.for_locale("sw").list(items) == "A, B na C"
    assert translator.for_locale("en").list(items, "unit") == "A, B, C"
