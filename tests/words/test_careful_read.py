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


def test_the_readme_says_the_review_status_of_every_translated_file():
    from bot.i18n import LOCALES_DIR
    from tests.words.locale_text import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Languages") :]
    table = next(block for block in section.split("\n\n") if block.startswith("| file"))
    rows = {line.split("|")[1].strip().strip("`"): line for line in table.splitlines()}
    files = {
        path.name for path in (LOCALES_DIR / "fr").iterdir() if path.suffix in {".ftl", ".txt"}
    }
    assert files <= set(rows), files - set(rows)
    for name in files:
        cells = [cell.strip() for cell in rows[name].split("|")[2:-1]]
        assert len(cells) == 4 and all("needs native review" in cell for cell in cells), name


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_opening_hours_are_typed_with_each_languages_own_day_names(locale):
    from bot.directory.opening_hours import hours_in_codes, parse_hours
    from tests.conftest import shared_translator

    shown = shared_translator().format(locale, "directory-propose-hours-invalid")
    example = shown.splitlines()[-1].split(": ")[-1]
    expected = parse_hours("Mo-Fr 09:00-17:00; Sa 10:00-14:00")
    assert parse_hours(hours_in_codes(example.strip(), locale)) == expected
    assert parse_hours(hours_in_codes("Mo-Fr 09:00-17:00; Sa 10:00-14:00", locale)) == expected


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        ("es", "lunes-viernes 9:00-17:00; Sábado 10:00-14:00"),
        ("es", "lun-vie 09:00-17:00; sáb 10:00-14:00"),
        ("fr", "lun.-ven. 09:00-17:00; samedi 10:00-14:00"),
        ("sw", "Jumatatu-Ijumaa 09:00-17:00; Jumamosi 10:00-14:00"),
        ("ar", "الاثنين-الجمعة ٠٩:٠٠-١٧:٠٠؛ السبت 10:00-14:00"),
        ("en", "Monday-Friday 09:00-17:00; Sat 10:00-14:00"),
    ],
)
def test_full_and_short_day_names_and_arabic_digits_are_read(locale, typed):
    from bot.directory.opening_hours import hours_in_codes, parse_hours

    expected = parse_hours("Mo-Fr 09:00-17:00; Sa 10:00-14:00")
    assert parse_hours(hours_in_codes(typed, locale)) == expected


def test_arabic_writes_no_slash_for_both_genders():
    # "مثقّف/ة": as hard for weak readers as the French middle dot; name what the person does.
    found = [i for i, text in words("ar").items() if re.search(r"\w/(ة|ت|ي|ين|ات)\b", text)]
    assert not found
