"""The stigma check: per-language lists of terms with the preferred words, run over every .ftl
file (CI: the built-in messages pass the content check), over content packs (the check script)
and over what leads write (a warning before sending, never a silent change)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.common.content_check import check_content_pack
from bot.common.stigma import LIST_NAME, StigmaLists, parse_list, stigma_warning
from bot.i18n import LOCALES_DIR
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator
from tests.words.locale_text import ROOT, SAMPLE_PACK

LISTS = StigmaLists.load([LOCALES_DIR], SUPPORTED_LOCALES)

# One term per language, planted in a message people read, and the words the list prefers.
PLANTED = {
    "en": ("the prostitutes of the area", "sex worker"),
    "fr": ("les prostituées du quartier", "travailleuse du sexe"),
    "es": ("las prostitutas del barrio", "trabajadora sexual"),
    "sw": ("makahaba wa mtaa", "wafanyakazi wa ngono"),
    "ar": ("والعاهرات في الحي", "عاملات في مجال الجنس"),
}


def test_every_language_has_a_list_with_the_issues_examples():
    assert set(LISTS.locales) == set(SUPPORTED_LOCALES)
    english = {term.written: term.preferred for term in LISTS.terms("en")}
    assert english["prostitute*"] == "sex worker"
    assert english["victim*"].startswith("survivor")
    assert english["illegal migrant*"] == "migrant without papers"
    for locale in SUPPORTED_LOCALES:
        text = (LOCALES_DIR / locale / LIST_NAME).read_text(encoding="utf-8")
        assert parse_list(text, locale)[1] == [], locale
        assert len(LISTS.terms(locale)) >= 12, locale


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_check_fails_on_a_planted_term_in_each_language(tmp_path, locale):
    planted, preferred = PLANTED[locale]
    pack = Path(shutil.copytree(SAMPLE_PACK, tmp_path / "pack"))
    file = pack / locale / "safety.ftl"
    text = file.read_text(encoding="utf-8")
    file.write_text(text + f"\nsafety-arrest = {planted}\n", encoding="utf-8")
    problems = [p for p in check_content_pack(pack, LOCALES_DIR, "TZ") if p.file == str(file)]
    assert any("stigmatises" in p.message and preferred in p.message for p in problems), problems
    assert all(not p.note for p in problems)


def test_matching_ignores_case_accents_and_arabic_attached_words():
    assert [f.preferred for f in LISTS.find("PROSTITUÉES", ["fr"])] == [
        "travailleuse du sexe, travailleur du sexe"
    ]
    assert LISTS.find("وللعاهرات", ["ar"]) and LISTS.find("العاهرات", ["ar"])
    assert LISTS.find("an illegal   migrant", ["en"])
    assert LISTS.find("victimised", ["en"])  # victim* covers longer words
    assert LISTS.find("a sex worker-led group", ["en"]) == []
    assert LISTS.find("deprostitutionalise", ["en"]) == []  # not inside another word


def test_a_message_that_must_name_the_words_says_so():
    assert LISTS.find(shared_translator().attributes("en", "training-lesson-stigma-1")["a"], ["en"])
    # ...and it passes the check, which runs over every built-in .ftl file in CI
    # (tests/test_content_check.py, test_built_in_messages_pass_the_check_themselves).


def test_a_pack_extends_the_list_of_its_language(tmp_path):
    pack = Path(shutil.copytree(SAMPLE_PACK, tmp_path / "pack"))
    (pack / "sw" / LIST_NAME).write_text("mchepuko => mpenzi\n", encoding="utf-8")
    file = pack / "sw" / "safety.ftl"
    file.write_text(
        file.read_text(encoding="utf-8") + "\nsafety-arrest = Mchepuko\n", encoding="utf-8"
    )
    problems = check_content_pack(pack, LOCALES_DIR, "TZ")
    assert any("'mchepuko'" in p.message and "mpenzi" in p.message for p in problems)
    (pack / "sw" / LIST_NAME).write_text("no arrow here\n", encoding="utf-8")
    problems = check_content_pack(pack, LOCALES_DIR, "TZ")
    assert any(p.file.endswith(LIST_NAME) and p.line == 1 for p in problems)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_a_lead_is_warned_with_the_preferred_words_in_their_language(locale):
    t = shared_translator().for_locale(locale)
    planted, preferred = PLANTED[locale]
    warning = stigma_warning(LISTS, f"Careful: {planted}.", t)
    assert warning.startswith(t("stigma-warning"))
    assert preferred in warning
    assert stigma_warning(LISTS, "Grey car near the market. Stay in pairs.", t) == ""


@pytest.mark.e2e
def test_the_check_script_fails_on_a_planted_term(tmp_path):
    pack = Path(shutil.copytree(SAMPLE_PACK, tmp_path / "pack"))
    file = pack / "en" / "safety.ftl"
    file.write_text(
        file.read_text(encoding="utf-8") + "\nsafety-arrest = Hookers\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "scripts/check_content.py", str(pack)],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "'hooker*' stigmatises people; say: sex worker" in result.stdout + result.stderr
