"""One place to opt in and out (issue 12.4), through the emulator: the settings screen shows and
switches safety notices (their areas), community questions (areas) and community updates, in all
five languages; every letter of each carries a working "Stop these"; "Stop everything", the quick
exit and a block (403) end them all, and no row and no byte of the database keeps the chat id."""

import pytest

from bot.handlers.safety.buttons import StopNotices
from bot.handlers.voice.buttons import StopThese
from bot.settings import SUPPORTED_LOCALES
from bot.voice.model import Topic
from bot.voice.optins import VoiceChoices
from tests.e2e.voice_helpers import ask, letters, voice_city
from tests.safety.traces import bytes_holding, rows_holding

GONE_ID = 6_234_567_896  # six bytes in SQLite: its bytes cannot turn up by chance


@pytest.fixture
async def city(emulator, clock, tmp_path):
    async with voice_city(emulator, clock, tmp_path) as bot:
        yield bot


async def everything_on(bot, person, t):
    """Notices for Eastside (their own screen, from settings), questions about Westside,
    updates."""
    await person.send("/settings")
    await person.tap(t("voice-choose-notice-areas"))
    await person.tap("☐ Eastside")
    await person.send("/settings")
    await person.tap("☐ " + t("voice-questions"))
    await person.tap(t("voice-choose-question-areas"))
    await person.tap("☐ Westside")
    await person.tap(t("voice-back-to-settings"))
    return await person.tap("☐ " + t("voice-updates"))


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_one_settings_screen_switches_notices_questions_and_updates(city, locale):
    t = city.runtime.translator.for_locale(locale)
    person = city.person(63000, language_code=locale)
    (first,) = await person.send("/settings")
    assert first.text.startswith(t("voice-settings-intro"))
    assert f"{t('voice-questions')}: {t('voice-off')}" in first.text
    (shown,) = await everything_on(city, person, t)
    assert f"{t('menu-alerts')}: Eastside" in shown.text
    assert f"{t('voice-questions')}: Westside" in shown.text
    assert f"{t('voice-updates')}: {t('voice-on')}" in shown.text
    labels = [label for label, _ in shown.buttons()]
    assert "☑ " + t("voice-questions") in labels and "☑ " + t("voice-updates") in labels
    assert t("voice-stop-everything") in labels
    assert await city.runtime.alerts.areas_of(63000) == [city.east]
    chosen = await city.runtime.voice.optins.of(63000)
    assert chosen.questions and chosen.updates and chosen.areas == (city.west,)
    (off,) = await person.tap("☑ " + t("voice-updates"))
    assert f"{t('voice-updates')}: {t('voice-off')}" in off.text


async def test_every_letter_says_stop_these_and_each_stop_works(city):
    """A question and an update carry Stop these; a notice carries Stop all notices (the
    safety feature's): each button ends its own topic only."""
    t = city.runtime.translator.for_locale("en")
    person = city.person(63100)
    await everything_on(city, person, t)
    await ask(city, "Westside", [("English", "Is the van on time?", ["Yes", "No"])])
    (letter,) = letters(city, person)
    assert ("🔕 Stop these", StopThese(Topic.QUESTIONS).pack()) in letter.buttons()
    await person.tap_data(StopThese(Topic.QUESTIONS).pack())
    chosen = await city.runtime.voice.optins.of(63100)
    assert not chosen.questions and chosen.updates
    await person.tap_data(StopThese(Topic.UPDATES).pack())
    assert not (await city.runtime.voice.optins.of(63100)).updates
    assert await city.runtime.alerts.areas_of(63100) == [city.east]
    await person.tap_data(StopNotices().pack())
    assert await city.runtime.alerts.areas_of(63100) == []
    await city.runtime.database.checkpoint()
    assert await rows_holding(city.runtime, 63100, with_hashes=False) == []


async def test_stop_everything_keeps_no_chat_id_in_any_row_or_byte(city):
    t = city.runtime.translator.for_locale("en")
    person = city.person(GONE_ID)
    await everything_on(city, person, t)
    (done, *_) = await person.tap(t("voice-stop-everything"))
    assert done.text.startswith(t("voice-stopped", topic="all"))
    assert await rows_holding(city.runtime, GONE_ID, with_hashes=False) == []
    await city.runtime.database.checkpoint()
    assert bytes_holding(city.runtime, city.path, GONE_ID, with_hashes=False) == []


async def test_the_quick_exit_ends_questions_and_updates_too(city):
    t = city.runtime.translator.for_locale("en")
    person = city.person(GONE_ID)
    await everything_on(city, person, t)
    await person.send("/exit")
    assert await city.runtime.voice.optins.of(GONE_ID) == VoiceChoices()
    assert await rows_holding(city.runtime, GONE_ID, with_hashes=False) == []
    assert bytes_holding(city.runtime, city.path, GONE_ID, with_hashes=False) == []


async def test_a_block_met_by_a_question_ends_every_opt_in(city):
    t = city.runtime.translator.for_locale("en")
    person = city.person(GONE_ID)
    await everything_on(city, person, t)
    city.emulator.block_bot(GONE_ID)
    await ask(city, "Westside", [("English", "Is the van on time?", ["Yes", "No"])])
    assert await city.runtime.alerts.areas_of(GONE_ID) == []
    assert not (await city.runtime.voice.optins.of(GONE_ID)).updates
    assert await rows_holding(city.runtime, GONE_ID, with_hashes=False) == []
