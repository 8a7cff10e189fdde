"""A person opens the bot: greeting, menu by role, language choice remembered across restarts."""

import pytest

from bot.settings import SUPPORTED_LOCALES

MEMBER_MENU = [
    "menu-find",
    "menu-talk",
    "menu-feedback",
    "menu-rights",
    "menu-settings",
    "menu-voice",
    "menu-report-danger",
    "menu-language",
    "menu-privacy",
    "menu-help",
    "menu-exit",
]


def labels(message) -> list[str]:
    return [label for label, _ in message.buttons()]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_start_greets_each_language_with_the_member_menu(harness, locale):
    t = harness.runtime.translator.for_locale(locale)
    person = harness.person(5000 + len(locale), language_code=locale)
    replies = await person.send("/start")
    assert len(replies) == 1
    assert t("people-welcome") in replies[0].text
    assert t("people-welcome-keeps") in replies[0].text
    assert labels(replies[0]) == [t(key) for key in MEMBER_MENU]


async def test_unsupported_client_language_falls_back_to_english(harness):
    t = harness.runtime.translator.for_locale("en")
    replies = await harness.person(5100, language_code="pt-br").send("/start")
    assert t("people-welcome") in replies[0].text


async def test_admin_sees_the_team_menu(harness):
    t = harness.runtime.translator.for_locale("en")
    replies = await harness.admin().send("/start")
    expected = [
        "menu-find",
        "menu-talk",
        "menu-feedback",
        "menu-rights",
        "menu-settings",
        "menu-voice",
        "menu-report-danger",
        "menu-team-tools",
        "menu-language",
        "menu-privacy",
        "menu-help",
        "menu-exit",
    ]
    assert labels(replies[0]) == [t(key) for key in expected]
    assert t("people-welcome-role", role="admin", alias="Admin") in replies[0].text
    replies = await harness.admin().tap(t("menu-team-tools"))
    tools = [
        "menu-duty",
        "menu-vet-alerts",
        "menu-propose",
        "menu-recheck",
        "menu-queue",
        "menu-my-sessions",
        "menu-plan",
        "menu-sessions",
        "menu-figures",
        "menu-follow-ups",
        "menu-report",
        "menu-voice-team",
        "menu-team",
        "menu-invite",
        "menu-training",
        "menu-whoami",
        "menu-back",
    ]
    assert labels(replies[-1]) == [t(key) for key in tools]


async def test_language_choice_is_remembered_across_a_restart(harness):
    fr = harness.runtime.translator.for_locale("fr")
    person = harness.person(5200, language_code="en")
    await person.send("/start")
    await person.tap("🌐 Language")
    replies = await person.tap("Français")
    assert replies[-1].text == fr("language-saved")
    await harness.restart()
    replies = await person.send("/start")
    assert fr("people-welcome") in replies[0].text


async def test_someone_who_only_browses_leaves_no_row(harness):
    person = harness.person(5300)
    await person.send("/start")
    await person.tap("❓ Help")
    await person.send("/privacy")
    await person.send("/whoami")
    db = harness.runtime.database
    assert (await db.fetch_one("SELECT count(*) FROM member_preferences"))[0] == 0
    assert (await db.fetch_one("SELECT count(*) FROM people WHERE role != 'admin'"))[0] == 0


async def test_a_language_choice_is_stored_only_under_a_keyed_hash(harness):
    person = harness.person(987654321)
    await person.send("/language")
    await person.tap("Kiswahili")
    rows = await harness.runtime.database.fetch_all(
        "SELECT member_key, locale FROM member_preferences"
    )
    assert [row[1] for row in rows] == ["sw"]
    assert "987654321" not in rows[0][0]
    await person.send("/privacy")
    await person.tap(harness.runtime.translator.format("sw", "privacy-forget-language"))
    assert await harness.runtime.database.fetch_all("SELECT * FROM member_preferences") == []


async def test_commands_are_registered_per_language(harness):
    calls = harness.emulator.calls_to("setMyCommands")
    languages = {call.params.get("language_code") for call in calls}
    assert set(SUPPORTED_LOCALES) <= languages
    french = next(c for c in calls if c.params.get("language_code") == "fr")
    names = [command["command"] for command in french.params["commands"]]
    assert names[:10] == [
        "start",
        "find",
        "search",
        "feedback",
        "rights",
        "alerts",
        "talk",
        "settings",
        "voice",
        "help",
    ]
    assert "invite" not in names and "report" not in names
