""" "You said, we did" through the emulator (issue 12.2): a lead writes about a closed poll, in
the languages they choose (scrubbed, shown back); it waits for a second person (the writer
cannot approve it, even with a forged tap); another lead approves and only the people who opted
in to community updates get its neutral letter, in their language; anyone reads the archive."""

import pytest

from bot.common.refusal import NotAllowed
from bot.handlers.voice.buttons import ApproveUpdate, ReadUpdate
from bot.settings import SUPPORTED_LOCALES
from tests.builders import make_lead
from tests.e2e.voice_helpers import ask, close_polls, t_of, voice_city


@pytest.fixture
async def city(emulator, clock, tmp_path):
    async with voice_city(emulator, clock, tmp_path) as bot:
        yield bot


UPDATE = "You told us clinics ask for papers. We now list 6 that don't. Call 0712 345 678"
MISE_A_JOUR = "Vous nous avez dit que les cliniques demandent des papiers. Nous en listons 6."


async def updates_on(bot, user_id, locale="en"):
    t = t_of(bot, locale)
    person = bot.person(user_id, language_code=locale)
    await person.send("/settings")
    await person.tap("☐ " + t("voice-updates"))
    return person


def update_letters(bot, person) -> list:
    return [
        m
        for m in bot.emulator.bot_messages(person.user.id)
        if any(data.startswith(ReadUpdate.prefix + ":") for _, data in m.buttons())
    ]


async def write_update(bot, clock):
    """A closed poll, then the first lead writes about it in English and French."""
    t = t_of(bot)
    await ask(bot, "Everyone", [("English", "Do clinics ask for papers?", ["Yes", "No"])])
    await close_polls(bot, clock)
    lead = bot.lead
    await lead.send("/start")
    await lead.tap(t("menu-team-tools"))
    await lead.tap(t("menu-voice-team"))
    await lead.tap(t("voice-write-update"))
    await lead.tap("📊 Do clinics ask for papers?")
    await lead.tap("English")
    review = await lead.send(UPDATE)
    await lead.tap(t("voice-another-language"))
    await lead.tap("Français")
    await lead.send(MISE_A_JOUR)
    submitted = await lead.tap(t("voice-submit-update"))
    return review, submitted


async def test_an_update_needs_a_second_approver_and_reaches_only_opted_in_people(city, clock):
    t = t_of(city)
    readers = {
        loc: await updates_on(city, 64000 + n, loc) for n, loc in enumerate(SUPPORTED_LOCALES)
    }
    questions_only = city.person(64010)
    await questions_only.send("/settings")
    await questions_only.tap("☐ " + t("voice-questions"))
    bystander = city.person(64011)
    await bystander.send("/start")
    second = await make_lead(city, 7002)
    review, submitted = await write_update(city, clock)
    assert "712" not in review[-1].text  # scrubbed, shown back
    assert submitted[-1].text == t("voice-update-submitted")
    # Nothing is sent yet; the second lead is told, neutrally.
    assert all(update_letters(city, p) == [] for p in readers.values())
    assert t("voice-update-waiting") in [m.text for m in city.emulator.bot_messages(7002)]
    # The writer sees nothing to approve, and a forged approval changes nothing.
    (update,) = await city.runtime.voice.updates.waiting(
        await city.runtime.people.identify(7002, "en")
    )
    await city.lead.send("/start")
    await city.lead.tap(t("menu-team-tools"))
    await city.lead.tap(t("menu-voice-team"))
    (nothing,) = await city.lead.tap(t("voice-to-approve", count=0))
    assert nothing.text == t("voice-none-to-approve")
    await city.lead.tap_data(ApproveUpdate(update.id).pack())
    assert city.lead.answer()["text"] == t("common-no-longer-available")
    assert all(update_letters(city, p) == [] for p in readers.values())
    # The second lead approves: sent to the five who opted in to updates, no one else.
    await second.send("/start")
    await second.tap(t("menu-team-tools"))
    await second.tap(t("menu-voice-team"))
    (shown,) = await second.tap(t("voice-to-approve", count=1))
    assert "Do clinics ask for papers?" in shown.text and "712" not in shown.text
    (approved,) = await second.tap(t("voice-approve"))
    assert approved.text == t("voice-approved", count=5)
    for locale, person in readers.items():
        (letter,) = update_letters(city, person)
        tl = t_of(city, locale)
        assert letter.text == tl("voice-update-letter") and letter.protect_content
        assert [label for label, _ in letter.buttons()] == [
            tl("alerts-read"),
            tl("voice-stop-these"),
        ]
    assert update_letters(city, questions_only) == [] and update_letters(city, bystander) == []
    assert t("voice-update-approved") in [m.text for m in city.emulator.bot_messages(7001)]
    (french,) = await readers["fr"].tap(t_of(city, "fr")("alerts-read"))
    assert MISE_A_JOUR in french.text and french.protect_content
    (arabic,) = await readers["ar"].tap(t_of(city, "ar")("alerts-read"))  # the default: English
    assert "We now list 6 that don't." in arabic.text and "712" not in arabic.text
    # The archive: anyone reads it without opting in.
    await bystander.send("/voice")
    (archived,) = await bystander.tap_data(ReadUpdate(update.id).pack())
    assert "We now list 6 that don't." in archived.text


async def test_a_rejected_update_is_never_sent_and_its_writer_is_told(city, clock):
    t = t_of(city)
    reader = await updates_on(city, 64100)
    second = await make_lead(city, 7002)
    await write_update(city, clock)
    await second.send("/start")
    await second.tap(t("menu-team-tools"))
    await second.tap(t("menu-voice-team"))
    await second.tap(t("voice-to-approve", count=1))
    (rejected,) = await second.tap(t("voice-reject"))
    assert rejected.text == t("voice-rejected")
    assert update_letters(city, reader) == []
    assert t("voice-update-not-approved") in [m.text for m in city.emulator.bot_messages(7001)]
    assert await city.runtime.voice.updates.sent() == []


async def test_an_update_about_a_running_poll_is_refused(city):
    await ask(city, "Everyone", [("English", "Still open?", ["Yes", "No"])])
    (poll,) = await city.runtime.voice.polls.open_polls()
    viewer = await city.runtime.people.identify(7001, "en")
    with pytest.raises(NotAllowed):
        await city.runtime.voice.updates.write(viewer, [("en", "Too soon")], poll_id=poll.id)


async def test_stigmatising_words_are_flagged_before_a_poll_or_an_update_is_sent(city, clock):
    """Issue 14.3: what a lead writes for the community is read for stigmatising words; the lead
    (and the approver of an update) sees each with the preferred words, and nothing is changed
    for them."""
    t = t_of(city)
    warning = t("stigma-warning")
    line = t("stigma-warning-line", term="prostitute", preferred="sex worker")
    lead = city.lead
    await lead.send("/start")
    await lead.tap(t("menu-team-tools"))
    await lead.tap(t("menu-voice-team"))
    await lead.tap(t("voice-ask"))
    await lead.tap("Everyone")
    await lead.tap("English")
    await lead.send("Do prostitutes get help at clinics?")
    review = (await lead.send("Yes\nNo"))[-1].text
    assert warning in review and line in review
    assert "Do prostitutes get help at clinics?" in review  # nothing changed for them
    await lead.tap(t("voice-send-question"))

    await close_polls(city, clock)
    await lead.send("/start")
    await lead.tap(t("menu-team-tools"))
    await lead.tap(t("menu-voice-team"))
    await lead.tap(t("voice-write-update"))
    await lead.tap("📊 Do prostitutes get help at clinics?")
    await lead.tap("English")
    shown = await lead.send("You told us victims of violence are turned away.")
    victims = t("stigma-warning-line", term="victim", preferred=SURVIVOR)
    assert warning in shown[-1].text and victims in shown[-1].text
    assert "You told us victims of violence are turned away." in shown[-1].text  # unchanged
    await lead.tap(t("voice-submit-update"))

    second = await make_lead(city, 7003)
    await second.send("/start")
    await second.tap(t("menu-team-tools"))
    await second.tap(t("menu-voice-team"))
    to_approve = await second.tap(t("voice-to-approve", count=1))
    assert warning in to_approve[-1].text


SURVIVOR = "survivor, or the words the person chooses"  # bot/locales/en/stigma.txt
