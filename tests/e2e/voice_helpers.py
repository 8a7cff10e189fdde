"""What the end-to-end tests of community voice share: a city with two areas and a lead, opting
in to questions, a lead asking one, the letters a person got, closing polls. Not a test module."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.handlers.voice.buttons import OpenPoll
from bot.handlers.voice.consult import look_after_polls
from storage import directory as directory_store
from tests.builders import make_lead
from tests.conftest import BotHarness, settings_for


@asynccontextmanager
async def voice_city(emulator, clock, tmp_path, **environment) -> AsyncIterator[BotHarness]:
    """A bot with two areas (Eastside, Westside) and a lead (7001)."""
    settings = settings_for(emulator, tmp_path / "bot.db", TIMEZONE="Africa/Nairobi", **environment)
    bot = BotHarness(emulator, settings, clock)
    bot.path = tmp_path / "bot.db"
    await bot.start()
    db = bot.runtime.database
    bot.east = await directory_store.upsert_area(db, "east", "Eastside", -1.28, 36.85)
    bot.west = await directory_store.upsert_area(db, "west", "Westside", -1.27, 36.80)
    bot.lead = await make_lead(bot)
    try:
        yield bot
    finally:
        await bot.stop()


def t_of(bot, locale="en"):
    return bot.runtime.translator.for_locale(locale)


async def opt_in(bot, user_id, area_label=None, language_code="en"):
    """Community questions on, from the settings screen; about one area, or all of them."""
    t = t_of(bot, language_code)
    person = bot.person(user_id, language_code=language_code)
    await person.send("/settings")
    await person.tap("☐ " + t("voice-questions"))
    if area_label is not None:
        await person.tap(t("voice-choose-question-areas"))
        await person.tap("☐ " + area_label)
    return person


async def ask(bot, area_label, wordings, *, other=False, days_label=None):
    """The lead asks: an area, then (language name, question, answers) for each language."""
    t = t_of(bot)
    lead = bot.lead
    await lead.send("/start")
    await lead.tap(t("menu-team-tools"))
    await lead.tap(t("menu-voice-team"))
    await lead.tap(t("voice-ask"))
    await lead.tap(area_label)
    for n, (language, question, answers) in enumerate(wordings):
        if n:
            await lead.tap(t("voice-another-language"))
        await lead.tap(language)
        await lead.send(question)
        review = await lead.send("\n".join(answers))
    if other:
        review = await lead.tap("☐ " + t("voice-in-my-words"))
    if days_label is not None:
        review = await lead.tap("☐ " + days_label)
    sent = await lead.tap(t("voice-send-question"))
    return review, sent


def letters(bot, person) -> list:
    """The question letters a person received (a neutral line with its Read button)."""
    return [
        m
        for m in bot.emulator.bot_messages(person.user.id)
        if any(data.startswith(OpenPoll.prefix + ":") for _, data in m.buttons())
    ]


async def only_poll(bot):
    (poll,) = await bot.runtime.voice.polls.open_polls()
    return poll


async def close_polls(bot, clock, days=8):
    clock.advance(days=days)
    await look_after_polls(bot.runtime)
