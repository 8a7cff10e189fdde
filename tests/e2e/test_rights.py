"""Know your rights through the emulator: every card in every language arrives as a new,
protected message that fits Telegram, and the arrest card carries the deployment's pack and the
legal aid services people can call."""

from pathlib import Path

import pytest

from bot.common.text import telegram_length
from bot.directory.core import Category, ServiceRecord, State, Visibility
from bot.safety.rights import RIGHTS_CARDS
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import BotHarness, settings_for, shared_translator

SAMPLE = Path(__file__).resolve().parents[2] / "content" / "sample"


@pytest.fixture
async def port_amani(emulator, clock, tmp_path):
    """The bot deployed with the sample content pack of the fictional city of Port Amani."""
    settings = settings_for(emulator, tmp_path / "bot.db", CONTENT_DIR=str(SAMPLE))
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_every_card_arrives_protected_and_fits_in_each_language(harness, locale):
    t = harness.runtime.translator.for_locale(locale)
    person = harness.person(7000 + len(locale) + SUPPORTED_LOCALES.index(locale), locale)
    replies = await person.send("/rights")
    assert replies[-1].text == t("safety-choose")
    labels = [label for label, _ in replies[-1].buttons()]
    assert labels[: len(RIGHTS_CARDS)] == [t(button) for _, button in RIGHTS_CARDS]
    for card, button in RIGHTS_CARDS:
        replies = await person.tap(t(button))
        assert replies, f"{locale} {card}: nothing sent"
        assert all(reply.protect_content for reply in replies), f"{locale} {card}"
        assert all(telegram_length(reply.text) <= 4096 for reply in replies)
        assert t(card) in "\n\n".join(reply.text for reply in replies)


async def test_the_rights_button_from_a_card_keeps_the_card_on_screen(harness):
    t = harness.runtime.translator.for_locale("en")
    person = harness.person(7100)
    await person.send("/rights")
    card = (await person.tap(t("safety-button-police")))[-1]
    replies = await person.tap(t("menu-rights"))
    assert replies[-1].text == t("safety-choose")
    assert replies[-1].message_id != card.message_id
    assert not harness.emulator.bot_messages(person.chat_id)[-2].edited


async def test_the_arrest_card_shows_the_pack_and_who_can_help(port_amani):
    directory = port_amani.runtime.directory
    await directory.add(
        [
            ServiceRecord("Harbour Legal Aid", (Category.LEGAL_AID,), phone="+255222110101"),
            ServiceRecord("Night Line", (Category.EMERGENCY,), phone="+255715000222"),
            ServiceRecord("Walk-in Lawyers", (Category.LEGAL_AID,)),
            ServiceRecord(
                "Peers' Lawyer",
                (Category.LEGAL_AID,),
                phone="+255222000003",
                visibility=Visibility.PEERS,
            ),
        ],
        state=State.PUBLISHED,
        by=None,
    )
    await directory.add(
        [ServiceRecord("Unvetted Aid", (Category.LEGAL_AID,), phone="+255754000111")],
        state=State.PROPOSED,
        by=None,
    )
    t = port_amani.runtime.translator.for_locale("en")
    person = port_amani.person(7200)
    await person.send("/rights")
    replies = await person.tap(t("safety-button-arrest"))
    text = "\n\n".join(reply.text for reply in replies)
    assert all(reply.protect_content for reply in replies)
    assert "Port Amani" in text and "+255 22 200 0001" in text  # the pack's protocol and numbers
    assert t("safety-contacts-title") in text
    assert "Harbour Legal Aid: +255 22 211 0101" in text
    assert "Night Line: +255 715 000 222" in text
    for hidden in ("Walk-in Lawyers", "Peers' Lawyer", "Unvetted Aid"):
        assert hidden not in text


async def test_the_pack_replaces_the_law_summary_placeholder(port_amani):
    built_in = shared_translator().for_locale("sw")
    t = port_amani.runtime.translator.for_locale("sw")
    person = port_amani.person(7300, "sw")
    await person.send("/rights")
    replies = await person.tap(t("safety-button-law"))
    assert "Port Amani" in replies[-1].text
    assert built_in("safety-law-summary") not in replies[-1].text


async def test_without_legal_aid_services_the_arrest_card_says_so(harness):
    t = harness.runtime.translator.for_locale("en")
    person = harness.person(7400)
    await person.send("/rights")
    replies = await person.tap(t("safety-button-arrest"))
    assert t("safety-no-contacts") in replies[-1].text


async def test_a_forged_card_button_sends_nothing(harness):
    person = harness.person(7500)
    await person.send("/rights")
    before = len(harness.emulator.bot_messages(person.chat_id))
    for forged in ("sc:passwords", "sc:", "sc:police:1", "safety:card:police"):
        await person.tap_data(forged)
        assert person.answer()["text"] == harness.runtime.translator.format(
            "en", "common-no-longer-available"
        )
    assert len(harness.emulator.bot_messages(person.chat_id)) == before
