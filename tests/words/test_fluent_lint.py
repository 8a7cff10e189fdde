"""Mozilla's compare-locales, the Fluent linter, over every built-in translation (beside our own
checks in tests/test_locales.py): nothing missing, obsolete or broken against English."""

from __future__ import annotations

import pytest

from bot.common.translations import compare_with_english
from bot.i18n import LOCALES_DIR
from bot.settings import SUPPORTED_LOCALES


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES[1:])
def test_compare_locales_finds_nothing_in_the_built_in_translations(locale):
    gaps = [
        (english.name, gap.kind, gap.detail)
        for english in sorted((LOCALES_DIR / "en").glob("*.ftl"))
        for gap in compare_with_english(english, LOCALES_DIR / locale / english.name, locale)
    ]
    assert gaps == []


def test_compare_locales_finds_what_is_missing_or_obsolete(tmp_path):
    english = tmp_path / "en.ftl"
    english.write_text("a = One { $count }\nb = Two\n", encoding="utf-8")
    translated = tmp_path / "fr.ftl"
    translated.write_text("a = Un { $nombre }\nc = Trois\n", encoding="utf-8")
    found = {(gap.kind, gap.detail) for gap in compare_with_english(english, translated, "fr")}
    assert {("missing", "b"), ("obsolete", "c")} <= found
    # A variable the English does not have is our own check's job (content_check.py).
