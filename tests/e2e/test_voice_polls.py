"""Consultations through the emulator (issue 12.1): people opt in to community questions on the
one settings screen, a lead asks, and only the opted-in people of the poll's area get its neutral
letter, in their language; one tap answers, a second is refused; results only after closing,
small counts hidden, with a chart (and for a lead, a CSV partners' HXL tools read, suppressed the
same way); after closing no column and no byte of the database or its
WAL links an answer to a person; "Stop these" under a question ends it, keeping no chat id."""

import io
import logging

import hxl
import pytest

from bot.handlers.voice.buttons import AnswerPoll, ResultsCsv, ShowResults
from bot.handlers.voice.consult import look_after_polls
from bot.settings import SUPPORTED_LOCALES
from bot.voice.polls import voter_tag
from storage.voice import polls as poll_store
from tests.e2e.voice_helpers import ask, close_polls, letters, only_poll, opt_in, t_of, voice_city
from tests.safety.traces import bytes_holding, rows_holding

LONE_ID = 6_234_567_895  # six bytes in SQLite: its bytes cannot turn up by chance


@pytest.fixture
async def city(emulator, clock, tmp_path):
    async with voice_city(emulator, clock, tmp_path) as bot:
        yield bot


async def test_a_poll_reaches_only_the_opted_in_people_of_its_area_in_their_language(city):
    t = t_of(city)
    east = {
        loc: await opt_in(city, 62000 + n, "Eastside", loc)
        for n, loc in enumerate(SUPPORTED_LOCALES)
    }
    everywhere = await opt_in(city, 62010)  # no area chosen: every area
    west = await opt_in(city, 62011, "Westside")
    bystander = city.person(62012)
    await bystander.send("/start")
    review, sent = await ask(
        city,
        "Eastside",
        [
            ("English", "Do clinics ask you for papers? Call 0712 345 678", ["Yes", "No"]),
            ("Français", "Les cliniques demandent-elles vos papiers ?", ["Oui", "Non"]),
        ],
    )
    assert "712" not in review[-1].text  # scrubbed, and shown back before sending
    assert sent[-1].text == t("voice-asked", count=6)
    for locale, person in east.items():
        (letter,) = letters(city, person)
        assert letter.text == t_of(city, locale)("voice-poll-letter")
        assert letter.protect_content
        labels = [label for label, _ in letter.buttons()]
        assert labels == [t_of(city, locale)("alerts-read"), t_of(city, locale)("voice-stop-these")]
    assert len(letters(city, everywhere)) == 1
    assert letters(city, west) == [] and letters(city, bystander) == []
    # Opened: the question in their language, the default's (English) where none was written.
    (french,) = await east["fr"].tap(t_of(city, "fr")("alerts-read"))
    assert french.text.startswith("Les cliniques demandent-elles vos papiers ?")
    assert [label for label, _ in french.buttons()][:2] == ["Oui", "Non"]
    (swahili,) = await east["sw"].tap(t_of(city, "sw")("alerts-read"))
    assert swahili.text.startswith("Do clinics ask you for papers?") and "712" not in swahili.text


async def test_one_tap_answers_a_second_is_refused_and_closing_unlinks_every_answer(city, clock):
    t = t_of(city)
    voter = await opt_in(city, 62101, "Eastside")
    await ask(city, "Eastside", [("English", "Is the new clinic friendly?", ["Yes", "No"])])
    poll = await only_poll(city)
    await voter.tap(t("alerts-read"))
    (saved,) = await voter.tap("Yes")
    assert saved.text.startswith("Thank you. Your answer is saved.")
    await voter.send("/voice")  # the archive: open questions, for anyone
    await voter.tap("❓ Is the new clinic friendly?")
    (again,) = await voter.tap("No")
    assert again.text == t("voice-answer-already")
    # Someone who never opted in answers from /voice, once too.
    lone = city.person(LONE_ID)
    await lone.send("/voice")
    await lone.tap("❓ Is the new clinic friendly?")
    await lone.tap("No")
    (refused,) = await lone.tap_data(AnswerPoll(poll.id, 0).pack())
    assert refused.text == t("voice-answer-already")
    counts = await poll_store.counts(city.runtime.database, poll.id)
    assert counts == {0: 1, 1: 1}
    key = await poll_store.key_of(city.runtime.database, poll.id)
    tags = [voter_tag(city.settings.id_hash_key, key, p.user.id) for p in (voter, lone)]

    await close_polls(city, clock)
    database = city.runtime.database
    assert await database.fetch_all("SELECT * FROM poll_keys") == []
    assert await database.fetch_all("SELECT * FROM poll_voters") == []
    columns = {r[1] for r in await database.fetch_all("PRAGMA table_info(poll_answers)")}
    assert columns == {"key", "poll_id", "week", "choice", "words"}  # no id, no time, no tag
    await database.checkpoint()
    assert await rows_holding(city.runtime, LONE_ID, with_hashes=False) == []
    assert bytes_holding(city.runtime, city.path, LONE_ID, with_hashes=False) == []
    stored = b"".join(
        p.read_bytes() for p in (city.path, city.path.with_name("bot.db-wal")) if p.exists()
    )
    assert not any(tag.encode() in stored for tag in tags)
    assert key not in stored
    # Closed: no more answers.
    (closed,) = await voter.tap_data(AnswerPoll(poll.id, 1).pack())
    assert closed.text == t("voice-poll-closed")


async def test_results_only_after_closing_with_small_counts_hidden_and_a_chart(city, clock):
    await ask(
        city, "Everyone", [("English", "Which day suits you?", ["Monday", "Friday", "Sunday"])]
    )
    poll = await only_poll(city)
    voters = [city.person(62200 + n) for n in range(9)]
    picks = [0] * 6 + [1] * 2 + [2]
    for person, pick in zip(voters, picks, strict=True):
        await person.send("/voice")
        await person.tap("❓ Which day suits you?")
        await person.tap(["Monday", "Friday", "Sunday"][pick])
    # While it runs there are no results: the question is shown instead.
    (running,) = await voters[0].tap_data(ShowResults(poll.id).pack())
    assert running.text.startswith("Which day suits you?") and "Monday: 6" not in running.text
    await close_polls(city, clock)
    reader = city.person(62299, language_code="fr")
    await reader.send("/voice")
    replies = await reader.tap("📊 Which day suits you?")
    text = replies[0].text
    tf = t_of(city, "fr")
    assert "Monday: 6" in text
    assert f"Friday: {tf('voice-hidden')}" in text and f"Sunday: {tf('voice-hidden')}" in text
    assert "Friday: 2" not in text and "Sunday: 1" not in text
    assert [m.kind for m in replies] == ["text", "photo"]  # and the chart


async def test_a_lead_gets_a_closed_polls_results_as_a_csv_partners_tools_read(city, clock):
    """Six said Monday, two Friday, one Sunday: Friday and Sunday are hidden in the file as on
    the screen. Only a lead is offered it, and only once the poll closed."""
    t = t_of(city)
    await ask(
        city, "Eastside", [("English", "Which day suits you?", ["Monday", "Friday", "Sunday"])]
    )
    poll = await only_poll(city)
    for n, pick in enumerate(["Monday"] * 6 + ["Friday"] * 2 + ["Sunday"]):
        person = city.person(62600 + n)
        await person.send("/voice")
        await person.tap("❓ Which day suits you?")
        await person.tap(pick)
    assert await city.lead.tap_data(ResultsCsv(poll.id).pack()) == []  # running: refused
    assert city.lead.answer()["text"] == t("common-no-longer-available")
    await close_polls(city, clock)
    member = city.person(62600)
    await member.send("/voice")
    (shown, _chart) = await member.tap("📊 Which day suits you?")
    assert t("voice-results-csv") not in [label for label, _ in shown.buttons()]
    assert await member.tap_data(ResultsCsv(poll.id).pack()) == []  # not a lead: refused
    assert member.answer()["text"] == t("common-no-longer-available")
    await city.lead.send("/voice")
    await city.lead.tap("📊 Which day suits you?")
    (sent,) = await city.lead.tap(t("voice-results-csv"))
    assert sent.kind == "document" and sent.protect_content
    with io.BytesIO(sent.extra["document"]) as stream:
        source = hxl.data(stream)
        tags = source.display_tags
        rows = [dict(zip(tags, row.values, strict=True)) for row in source]
    values = {row["#indicator+code"]: row["#indicator+value+num"] for row in rows}
    assert values == {
        "voice_poll_answers": "9",
        "voice_poll_choice_1": "6",
        "voice_poll_choice_2": "",
        "voice_poll_choice_3": "",
    }
    assert {row["#loc+name"] for row in rows} == {"Eastside"}
    assert rows[1]["#indicator+name"] == "Which day suits you?: Monday"


async def test_under_k_answers_in_all_nothing_is_shown(city, clock):
    await ask(city, "Everyone", [("English", "Is the van on time?", ["Yes", "No"])])
    for n in range(3):
        person = city.person(62300 + n)
        await person.send("/voice")
        await person.tap("❓ Is the van on time?")
        await person.tap("Yes")
    await close_polls(city, clock)
    for locale in SUPPORTED_LOCALES:
        reader = city.person(62310, language_code=locale)
        await reader.send("/start")
        await reader.send("/voice")
        replies = await reader.tap("📊 Is the van on time?")
        tl = t_of(city, locale)
        assert tl("voice-results-too-few", k=5) in replies[0].text
        assert [m.kind for m in replies] == ["text"]  # no chart


async def test_stop_these_under_a_question_ends_questions_and_keeps_no_chat_id(city):
    t = t_of(city)
    person = await opt_in(city, LONE_ID, "Eastside")
    await ask(city, "Eastside", [("English", "Are the outreach hours right?", ["Yes", "No"])])
    assert len(letters(city, person)) == 1
    (stopped, *_) = await person.tap(t("voice-stop-these"))
    assert stopped.text.startswith(t("voice-stopped", topic="questions"))
    assert not (await city.runtime.voice.optins.of(person.chat_id)).questions
    await city.runtime.database.checkpoint()
    assert await rows_holding(city.runtime, LONE_ID, with_hashes=False) == []
    before = len(city.emulator.bot_messages(person.user.id))
    await ask(city, "Eastside", [("English", "And the new place?", ["Yes", "No"])])
    assert len(city.emulator.bot_messages(person.user.id)) == before  # nothing more


async def test_other_in_my_words_is_scrubbed_shown_back_and_counted_once(city, clock):
    t = t_of(city)
    await ask(
        city, "Everyone", [("English", "What would help?", ["Night van", "Clinic"])], other=True
    )
    person = city.person(62401)
    await person.send("/voice")
    await person.tap("❓ What would help?")
    await person.tap(t("voice-in-my-words"))
    (review,) = await person.send("A lawyer on Fridays, call me 0712 345 678")
    assert review.text.startswith(t("voice-words-review", words="A lawyer on Fridays"))
    assert "712" not in review.text
    (saved,) = await person.tap(t("feedback-send"))
    assert saved.text.startswith("Thank you. Your answer is saved.")
    (refused,) = await person.tap_data(AnswerPoll((await only_poll(city)).id, 0).pack())
    assert refused.text == t("voice-answer-already")
    (words,) = await city.runtime.database.fetch_one("SELECT words FROM poll_answers")
    assert "712" not in words and words.startswith("A lawyer on Fridays")


async def test_a_poll_set_for_later_opens_then_and_is_sent_then(city, clock):
    t = t_of(city)
    person = await opt_in(city, 62501)
    lead = city.lead
    await lead.send("/start")
    await lead.tap(t("menu-team-tools"))
    await lead.tap(t("menu-voice-team"))
    await lead.tap(t("voice-ask"))
    await lead.tap("Everyone")
    await lead.tap("English")
    await lead.send("Should the van come on Sundays?")
    await lead.send("Yes\nNo")
    await lead.tap(t("voice-opens-later"))
    tomorrow = clock.now().astimezone(city.settings.timezone).date().day + 1
    await lead.tap(str(tomorrow))
    await lead.tap("10:00")
    (saved, *_) = await lead.tap(t("voice-send-question"))
    assert saved.text.startswith("Saved. It opens on")
    assert letters(city, person) == [] and await city.runtime.voice.polls.open_polls() == []
    clock.advance(days=2)
    await look_after_polls(city.runtime)
    await city.drain_outbox()
    assert len(letters(city, person)) == 1


async def test_the_log_of_a_consultation_holds_no_id_and_no_words(city, clock, caplog):
    caplog.set_level(logging.DEBUG)
    t = t_of(city)
    person = await opt_in(city, LONE_ID, "Eastside")
    blocked = await opt_in(city, LONE_ID + 1, "Eastside")
    city.emulator.block_bot(blocked.user.id)
    await ask(city, "Eastside", [("English", "Private question here?", ["Yes", "No"])], other=True)
    await person.tap(t("alerts-read"))
    await person.tap(t("voice-in-my-words"))
    await person.send("my secret words 0712345678")
    await person.tap(t("feedback-send"))
    await close_polls(city, clock)
    await person.tap(t("voice-stop-these"))
    city.emulator.fail("sendMessage", status=502)  # a failure, logged
    await person.send("/voice")
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for secret in (
        str(LONE_ID),
        str(LONE_ID + 1),
        "my secret words",
        "0712345678",
        "Private question",
    ):
        assert secret not in logged, secret
