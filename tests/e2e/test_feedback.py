"""Anonymous feedback through the emulator: the form by buttons in every language, deep links,
exactly-once storage, what a submission leaves behind (nothing that points to the person), the
daily limit, and the discrimination flag."""

import logging

import pytest

from bot.directory.core import Category, ServiceRecord, State
from bot.handlers.feedback.buttons import PickService, ReportMonth
from bot.handlers.menu import FeedbackAbout
from bot.settings import SUPPORTED_LOCALES
from storage import directory as directory_store
from tests.builders import make_lead, report_stigma
from tests.conftest import BotHarness, settings_for

# Words a column name must not contain: nothing that could point to a person or a moment.
FORBIDDEN_COLUMNS = {"user", "chat", "telegram", "username", "message", "name", "phone"}
FORBIDDEN_COLUMNS |= {"date", "time", "created", "updated", "at"}


@pytest.fixture
async def town(emulator, clock, tmp_path):
    settings = settings_for(
        emulator, tmp_path / "bot.db", TIMEZONE="Africa/Nairobi", PHONE_REGION="KE"
    )
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    area = await directory_store.upsert_area(
        bot.runtime.database, "harbour", "Harbour", -1.28, 36.82
    )
    (bot.clinic,) = await bot.runtime.directory.add(
        [
            ServiceRecord(
                "Harbour Clinic", (Category.HEALTH,), area_id=area, latitude=-1.28, longitude=36.82
            )
        ],
        state=State.PUBLISHED,
        by=None,
    )
    try:
        yield bot
    finally:
        await bot.stop()


async def rows(bot, sql="SELECT count(*) FROM feedback"):
    return (await bot.runtime.database.fetch_one(sql))[0]


async def give_needs_feedback(bot, person, t, text=None, send=True):
    """The shortest path, by buttons alone: what I need → a barrier → a need → send."""
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="needs"))
    await person.tap("☐ " + t("feedback-barrier", barrier="papers"))
    await person.tap(t("directory-done"))
    await person.tap("☐ " + t("directory-category-button", category="legal-aid"))
    await person.tap(t("directory-done"))
    if text is None:
        replies = await person.tap(t("directory-skip"))
    else:
        replies = await person.send(text)
    return await person.tap(t("feedback-send")) if send else replies


def button_on_last_message(person, label):
    """(message id, callback data) of the button labelled `label` on the bot's last message."""
    message = [m for m in person.conversation() if m.from_bot][-1]
    return message.message_id, dict(message.buttons())[label]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_anyone_gives_feedback_by_buttons_alone_in_their_language(town, locale):
    t = town.runtime.translator.for_locale(locale)
    person = town.person(40001, language_code=locale)
    replies = await give_needs_feedback(town, person, t)
    assert replies[-1].text == t("feedback-thanks")
    assert await rows(town) == 1
    stored = await town.runtime.database.fetch_one(
        "SELECT f.topic, b.barrier, n.category FROM feedback AS f"
        " JOIN feedback_barriers AS b ON b.feedback_key = f.key"
        " JOIN feedback_needs AS n ON n.feedback_key = f.key"
    )
    assert tuple(stored) == ("needs", "papers", "legal-aid")


async def test_the_form_explains_anonymity_before_asking_and_goes_back(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40002)
    replies = await person.send("/feedback")
    assert replies[-1].text == t("feedback-intro")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="safety"))
    replies = await person.tap(t("feedback-back"))
    assert replies[-1].text == t("feedback-topic")
    await person.tap(t("feedback-stop"))
    assert await rows(town) == 0


async def test_a_service_deep_link_prefills_the_service(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40003)
    await person.send(f"/start fb-s{town.clinic}")
    replies = await person.tap(t("feedback-begin"))
    assert replies[-1].text == t("feedback-given")
    await person.tap(t("feedback-given-answer", given="partly"))
    await person.tap(t("directory-answer-no"))
    await person.tap(t("feedback-waiting-answer", waiting="from-1-to-3h"))
    await person.tap("🙁")
    await person.tap("😐")
    await person.tap(t("directory-done"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-skip"))
    await person.tap(t("feedback-send"))
    row = await town.runtime.database.fetch_one(
        "SELECT topic, service_id, service_given, explained, waiting, staff_rating, overall_rating FROM feedback"
    )
    assert tuple(row) == ("service", town.clinic, "partly", 0, "from-1-to-3h", 2, 3)


async def test_a_session_deep_link_prefills_the_outreach_session(town, clock):
    from datetime import date, time

    from bot.outreach.model import SessionKind, SessionPlan

    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    viewer = await town.runtime.people.identify(lead.user.id, "en")
    area = (await town.runtime.directory.areas())[0].id
    (session,) = await town.runtime.outreach.schedule(
        viewer, SessionPlan(SessionKind.TESTING_DAY, area, date(2026, 3, 5), time(10, 0), 60, 2)
    )
    person = town.person(40004)
    await person.send(f"/start fb-o{session.id}")
    replies = await person.tap(t("feedback-begin"))
    assert replies[-1].text == t("feedback-barriers")
    await person.tap(t("directory-done"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-skip"))
    await person.tap(t("feedback-send"))
    row = await town.runtime.database.fetch_one("SELECT topic, session_id, area_id FROM feedback")
    assert tuple(row) == ("outreach", session.id, area)


async def test_pressing_send_twice_stores_one_row(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40005)
    await give_needs_feedback(town, person, t, send=False)
    review, send = button_on_last_message(person, t("feedback-send"))
    assert (await person.tap_data(send, review))[-1].text == t("feedback-thanks")
    await person.tap_data(send, review)  # the same Send again, as a double tap would
    assert person.answer()["text"] == t("feedback-thanks")
    assert await rows(town) == 1


@pytest.mark.parametrize(("method", "status"), [("editMessageText", 502), ("editMessageText", 429)])
async def test_telegram_failing_on_the_thank_you_loses_nothing(town, method, status):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40006)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="other"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-skip"))
    town.emulator.fail(
        method,
        status=status,
        retry_after=1 if status == 429 else None,
        times=5 if status == 502 else 1,
    )
    await person.tap(t("feedback-send"))
    assert await rows(town) == 1
    if status == 502:
        assert person.conversation()[-1].text == t("errors-kept")


async def test_the_schema_has_no_column_that_could_link_a_person(town):
    for table in ("feedback", "feedback_barriers", "feedback_needs"):
        columns = [
            r[1] for r in await town.runtime.database.fetch_all(f"PRAGMA table_info({table})")
        ]
        for column in columns:
            assert not set(column.split("_")) & FORBIDDEN_COLUMNS, (table, column)


async def test_a_submission_leaves_no_id_and_no_unscrubbed_number_anywhere(town, caplog):
    caplog.set_level(logging.DEBUG)
    t = town.runtime.translator.for_locale("en")
    person = town.person(987654321, first_name="Wanjiru", username="wanjiru_k")
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="needs"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-done"))
    review = await person.send("They refused me. Call +254 712 345 678 or wanjiru@mail.example")
    assert "They refused me." in review[-1].text and "712" not in review[-1].text  # shown scrubbed
    assert (await person.tap(t("feedback-send")))[-1].text == t("feedback-thanks")
    await town.runtime.database.checkpoint()
    path = town.settings.database_path
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in (b"987654321", b"712 345 678", b"712345678", b"wanjiru", b"Wanjiru"):
        assert secret not in stored, secret
        assert secret.decode() not in caplog.text
    text = await rows(town, "SELECT free_text FROM feedback")
    assert text.startswith("They refused me.") and "[…]" in text


async def test_at_most_five_a_day_per_person(town, clock):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40007)
    for _ in range(5):
        assert (await give_needs_feedback(town, person, t))[-1].text == t("feedback-thanks")
    # Said before the form starts (issue 10.12), no longer at Send.
    assert [r.text for r in await person.send("/feedback")] == [t("feedback-limit")]
    assert await rows(town) == 5
    clock.advance(days=1)
    assert (await give_needs_feedback(town, person, t))[-1].text == t("feedback-thanks")
    assert await rows(town) == 6


async def test_repeated_discrimination_reports_send_a_service_back_to_review(town, clock):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    for number in range(3):
        await report_stigma(town.person(40100 + number), t, town.clinic, "They shouted at me")
        state = (await directory_store.get_service(town.runtime.database, town.clinic))["state"]
        assert state == ("review" if number == 2 else "published")
    # The note waits for the next week (issue 10.7), then reads neutral; Read shows the rest.
    clock.advance(days=7)
    await town.drain_outbox()
    neutral = t("feedback-flagged-note")
    notes = [m for m in lead.conversation() if m.from_bot and m.text == neutral]
    assert len(notes) == 1  # told once
    details = await lead.tap(t("feedback-flagged-read"))
    flagged = t("feedback-flagged", name="Harbour Clinic", count=3)
    assert [m.text for m in details] == [flagged]
    assert [label for label, _ in details[0].buttons()] == [t("menu-queue")]  # the review queue
    told = [m.text for m in lead.conversation() if m.from_bot]
    assert not any("shouted" in (text or "") for text in told)  # counts only, no text


async def seed_march(bot, answers: int, stigma: int) -> None:
    """Answers in weeks of March 2026 (their Thursdays fall in March)."""
    from bot.feedback.form import new_key
    from bot.feedback.model import Barrier, FeedbackEntry, Topic

    for number in range(answers):
        barriers = (Barrier.COST,) + ((Barrier.STIGMA,) if number < stigma else ())
        await bot.runtime.feedback.submit(
            FeedbackEntry(
                key=new_key(),
                week=f"2026-W{10 + number % 3}",
                topic=Topic.SERVICE,
                service_id=bot.clinic,
                overall_rating=4,
                barriers=barriers,
                needs=("legal-aid",),
                free_text=f"words {number}",
            )
        )


async def test_a_lead_reads_the_months_evidence_with_small_counts_hidden(town, clock):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    await seed_march(town, answers=12, stigma=2)
    await lead.tap_data(ReportMonth(2026, 3).pack())  # a running month is never reported
    assert lead.answer()["text"] == t("common-no-longer-available")
    clock.advance(days=31)
    await lead.send("/report")
    await lead.tap("2026-03")
    sent = town.emulator.bot_messages(lead.user.id)[-3:]
    assert [m.kind for m in sent] == ["text", "photo", "document"]
    assert all(m.protect_content for m in sent)
    text = sent[0].text
    assert (
        t("feedback-report-submissions", count="12", previous="0") in text or "Answers: 12" in text
    )
    assert "Cost: 12 (100%)" in text
    assert f"Stigma or discrimination: {t('feedback-report-hidden')}" in text  # 2 < K
    assert "Harbour Clinic: 4.0 / 5 (12)" in text
    assert "Cost: met in 12 answers (100%); 2026-02: none." in text  # issue 10.7's wording
    assert "“words" in text  # excerpts: 12 answers >= K
    csv_text = sent[2].extra["document"].decode("utf-8-sig")
    # The figures of the text, not a line per answer (issue 10.7): titles and HXL hashtags, this
    # month's answers, one topic, two barriers, one need, a rating's average and count.
    assert csv_text.count("\n") == 2 + 1 + 1 + 2 + 1 + 2


async def test_a_member_cannot_read_reports(town):
    t = town.runtime.translator.for_locale("en")
    member = town.person(40200)
    await member.send("/start")
    await member.tap_data(ReportMonth(2026, 3).pack())
    assert member.answer()["text"] == t("common-no-longer-available")


# --- defects of the old form (issue 9) ---------------------------------------------------------


async def at_the_review(bot, person, t):
    """A form filled in up to its review; returns (message id, data) of its Send button."""
    await give_needs_feedback(bot, person, t, text="The clinic was closed", send=False)
    return button_on_last_message(person, t("feedback-send"))


@pytest.mark.parametrize("ended_by", ["cancel", "restart"])
async def test_a_send_whose_form_has_ended_never_says_saved(town, ended_by):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40300)
    review, send = await at_the_review(town, person, t)
    if ended_by == "cancel":
        await person.send("/cancel")
    else:
        await town.restart()
    replies = await person.tap_data(send, review)
    assert person.answer()["text"] != t("feedback-thanks")
    assert [r.text for r in replies] == [t("feedback-expired")]
    assert t("feedback-thanks") not in [m.text for m in person.conversation()]
    assert await rows(town) == 0


async def test_a_send_from_an_older_form_does_not_send_the_one_in_progress(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40301)
    review, send = await at_the_review(town, person, t)
    await person.send("/feedback")  # a new form; the first one ends
    await person.tap(t("feedback-begin"))
    replies = await person.tap_data(send, review)
    assert [r.text for r in replies] == [t("feedback-expired")]
    assert await rows(town) == 0


async def test_after_a_quick_exit_what_is_typed_is_not_taken_into_the_form(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40302)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="needs"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-done"))  # now the form waits for words
    await person.send("/exit")
    replies = await person.send("hello")
    assert [r.text for r in replies] == [t("common-use-buttons")]
    assert await rows(town) == 0


@pytest.mark.parametrize("choice", ["pick", "skip"])
async def test_after_the_service_question_come_the_questions_about_it(town, choice):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40303)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="service"))
    replies = await person.send("harbour")
    assert replies[-1].text == t("feedback-pick-service")
    if choice == "pick":
        replies = await person.tap("Harbour Clinic")
    else:
        replies = await person.tap(t("feedback-service-not-say"))
    assert replies[-1].text == t("feedback-given")  # not straight to the review
    for label in (
        t("feedback-given-answer", given="yes"),
        t("feedback-waiting-answer", waiting="none"),
        "🙂",
        "😀",
        t("directory-done"),
        t("directory-done"),
        t("directory-skip"),
        t("feedback-send"),
    ):
        await person.tap(label)
    row = await town.runtime.database.fetch_one(
        "SELECT service_id, service_given, staff_rating, overall_rating FROM feedback"
    )
    expected_service = town.clinic if choice == "pick" else None
    assert tuple(row) == (expected_service, "yes", 4, 5)


async def test_a_name_that_finds_nothing_can_be_typed_again(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40304)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="service"))
    assert (await person.send("zzzz"))[-1].text == t("feedback-no-service-found")
    assert (await person.send("clinic"))[-1].text == t("feedback-pick-service")


async def test_forged_or_stale_feedback_buttons_get_the_neutral_answer_and_no_error(town, caplog):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    caplog.set_level(logging.INFO)
    for data in (
        "fsvc:abc",
        "fsvc:-1",
        "frate:staff:9",
        "ftopic:everything",
        "fsend:",
        "frmonth:2026:13",
        "frmonth:2026:003",
        "frqtr:2026:5",
        "frmonth:1999:1",
        "fbk:pick:abc",
        "rpt:2026-13",
        "rpt:2026-03",
    ):
        await lead.tap_data(data)
        assert lead.answer()["text"] == t("common-no-longer-available"), data
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    went_wrong = {t("errors-kept"), t("errors-not-kept"), t("common-something-went-wrong")}
    assert not went_wrong & {m.text for m in lead.conversation()}
    assert await rows(town) == 0


async def test_a_button_of_a_form_that_has_closed_offers_a_new_one(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40305)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    topic_message, topic = button_on_last_message(person, t("feedback-topic-name", topic="other"))
    await person.send("/cancel")
    replies = await person.tap_data(topic, topic_message)
    assert person.answer()["text"] == t("common-no-longer-available")
    assert [r.text for r in replies] == [t("feedback-expired")]
    assert (await person.tap(t("menu-feedback")))[-1].text == t("feedback-intro")


async def test_the_button_on_a_service_card_opens_the_form_about_that_service(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40306)
    await person.send("/start")
    replies = await person.tap_data(FeedbackAbout(town.clinic).pack())
    assert [r.text for r in replies] == [
        t("feedback-about-service", name="Harbour Clinic") + "\n\n" + t("feedback-intro")
    ]
    assert (await person.tap(t("feedback-begin")))[-1].text == t("feedback-given")


@pytest.mark.parametrize("link", ["fb", "fb-s999999", "fb-o999999"])
async def test_a_general_link_or_one_to_something_gone_opens_the_form_about_anything(town, link):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40307)
    assert (await person.send(f"/start {link}"))[-1].text == t("feedback-intro")
    assert (await person.tap(t("feedback-begin")))[-1].text == t("feedback-topic")


async def test_after_a_send_the_bots_memory_does_not_link_the_person_to_the_row(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40308)
    await give_needs_feedback(town, person, t, text="They turned me away")
    key = await rows(town, "SELECT key FROM feedback")
    remembered = repr(town.app.user_data.get(person.user.id))
    assert key not in remembered and "turned me away" not in remembered


async def test_a_feedback_button_for_a_service_nobody_can_see_is_refused(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40399)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="service"))
    for button in (FeedbackAbout(999_999), PickService(999_999)):
        await person.tap_data(button.pack())
        assert person.answer()["text"] == t("common-no-longer-available"), button


# --- issue 10 ----------------------------------------------------------------------------------

WENT_WRONG_IDS = ("errors-kept", "errors-not-kept", "common-something-went-wrong")


def went_wrong(bot, person):
    t = bot.runtime.translator.for_locale("en")
    said = {m.text for m in person.conversation() if m.from_bot}
    return said & {t(message) for message in WENT_WRONG_IDS}


def answers_per_tap(bot):
    """How many times each tap was answered (Telegram accepts one answer per tap)."""
    counted: dict[str, int] = {}
    for call in bot.emulator.calls_to("answerCallbackQuery"):
        query = str(call.params.get("callback_query_id"))
        counted[query] = counted.get(query, 0) + 1
    return counted


async def seed(bot, week: str, topic, count: int, key: str = "", **fields) -> None:
    """`count` stored answers of one kind, with keys starting `key` (excerpts follow the key)."""
    from bot.feedback.form import new_key
    from bot.feedback.model import FeedbackEntry

    for number in range(count):
        text = fields.get("free_text")
        await bot.runtime.feedback.submit(
            FeedbackEntry(
                key=f"{key}{number:03d}{new_key()}",
                week=week,
                topic=topic,
                **{**fields, "free_text": None if text is None else f"{text} {number}"},
            )
        )


async def read_report(bot, clock, lead, period="2026-03"):
    """The lead opens /report for a closed `period`; returns (text, chart, csv) messages."""
    clock.advance(days=31)
    await lead.send("/report")
    await lead.tap(period)
    return town_messages_after_report(bot, lead)


def town_messages_after_report(bot, lead):
    sent = [m for m in bot.emulator.bot_messages(lead.user.id) if m.kind in ("photo", "document")]
    texts = [m for m in bot.emulator.bot_messages(lead.user.id) if m.protect_content and m.text]
    return texts[-1], (sent[-2] if len(sent) > 1 else None), (sent[-1] if sent else None)


# Item 7: reports cannot be subtracted, in every output.


async def test_excerpts_come_only_from_cells_the_report_shows(town, clock):
    from bot.feedback.model import Barrier, Topic

    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    # 3 answers about safety: a hidden topic. Their keys sort first, so a sample by key would
    # take them if they were allowed.
    await seed(town, "2026-W10", Topic.SAFETY, 3, "a", free_text="police took my phone")
    # An answer in a shown topic naming a barrier named by fewer than K answers (police: 4).
    await seed(
        town, "2026-W10", Topic.OTHER, 1, "b", barriers=(Barrier.POLICE,), free_text="police again"
    )
    await seed(town, "2026-W11", Topic.OTHER, 6, "c", free_text="the bus was late")
    await seed(town, "2026-W11", Topic.NEEDS, 6, "d")
    text, _, _ = await read_report(town, clock, lead)
    assert t("feedback-report-excerpts") in text.text
    excerpts = text.text.split(t("feedback-report-excerpts"), 1)[1]
    assert "bus was late" in excerpts
    assert "police took" not in text.text and "police again" not in text.text


async def test_the_csv_sent_in_chat_holds_the_same_suppressed_figures_as_the_text(town, clock):
    import csv

    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    await seed_march(town, answers=12, stigma=2)
    text, _, document = await read_report(town, clock, lead)
    assert document.protect_content
    table = list(csv.reader(document.extra["document"].decode("utf-8-sig").splitlines()))
    assert table[1][:2] == ["#date +start", "#date +end"]  # the HXL hashtag row for partners
    cells = {(row[5], row[7], row[8]) for row in table[2:]}  # name, value, hidden
    hidden = t("feedback-report-hidden")
    assert ("Barrier met: Cost", "12", "") in cells and "Cost: 12 (100%)" in text.text
    assert ("Barrier met: Stigma or discrimination", "", hidden) in cells
    assert ("Ratings", "12", "") in cells and ("Average rating", "4.0", "") in cells
    assert len(table) < 12 + 2  # not one line per answer
    flat = document.extra["document"].decode("utf-8-sig")
    assert "words" not in flat and "2026-W" not in flat  # no one's words, no week of an answer
    # Every count in the file is one the text shows.
    for row in table[2:]:
        name, count = row[5].split(": ")[-1], row[7]
        if count.isdigit():
            assert f"{name}: {count}" in text.text or f"{count}" in text.text, (name, count)


async def test_the_needs_summary_says_fewer_than_k_counts_answers_and_compares(town, clock):
    from bot.feedback.model import Barrier, Topic

    lead = await make_lead(town)
    await seed(town, "2026-W06", Topic.NEEDS, 5, barriers=(Barrier.COST,), needs=("legal-aid",))
    await seed(town, "2026-W10", Topic.NEEDS, 8, barriers=(Barrier.COST,), needs=("legal-aid",))
    await seed(town, "2026-W11", Topic.SAFETY, 3, barriers=(Barrier.POLICE, Barrier.STIGMA))
    await seed(town, "2026-W11", Topic.OTHER, 6)
    text, _, _ = await read_report(town, clock, lead)
    summary = text.text.split("\n\n", 1)[1]
    assert "people" not in summary
    assert "Needs summary, 2026-03: 17 answers (2026-02: 5)" in summary
    assert "Cost: met in 8 answers (47%); 2026-02: 5." in summary
    assert "Police: met in fewer than 5 answers; 2026-02: none." in summary
    assert "Stigma or discrimination: met in fewer than 5 answers; 2026-02: none." in summary
    assert "Legal aid: needed in 8 answers (47%); 2026-02: 5." in summary


async def test_the_chart_draws_no_hidden_cell_longer_than_a_shown_bar(town, clock):
    import io

    import numpy
    from matplotlib.image import imread

    lead = await make_lead(town)
    await seed_march(town, answers=12, stigma=2)
    _, chart, _ = await read_report(town, clock, lead)
    pixels = imread(io.BytesIO(chart.extra["photo"]))[:, :, :3]

    def longest_line(colour: str) -> int:
        """The longest unbroken horizontal run of pixels of about this colour."""
        rgb = numpy.array([int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)])
        longest = 0
        for row in numpy.abs(pixels - rgb).max(axis=2) < 0.12:
            edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], row.astype(int), [0]))))
            longest = max(longest, int((edges[1::2] - edges[::2]).max(initial=0)))
        return longest

    # The bars are blue; before issue 10 a hidden cell was a grey hatched bar across the panel.
    shown, hidden = longest_line("#2a6f97"), longest_line("#7a7a7a")
    assert shown > 0
    assert hidden < shown


async def test_the_discrimination_note_waits_for_the_week_to_end_and_is_neutral(town, clock):
    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    before = len(town.emulator.bot_messages(lead.user.id))
    for number in range(3):
        await report_stigma(town.person(40110 + number), t, town.clinic, None, given=True)
    await town.drain_outbox()
    assert len(town.emulator.bot_messages(lead.user.id)) == before  # not at the third report
    # Monday 9 March 2026, 00:00 in Nairobi, is 21:00 UTC on Sunday.
    clock.current = clock.current.replace(day=8, hour=20, minute=59)
    await town.drain_outbox()
    assert len(town.emulator.bot_messages(lead.user.id)) == before
    clock.advance(minutes=2)
    await town.drain_outbox()
    (note,) = town.emulator.bot_messages(lead.user.id)[before:]
    first = note.text[:120]
    for sensitive in ("Harbour", "Clinic", "discrimination", "stigma", "3"):
        assert sensitive.lower() not in first.lower(), sensitive
    (read,) = [label for label, _ in note.buttons()]
    details = await lead.tap(read)
    assert details[-1].protect_content
    assert "Harbour Clinic" in details[-1].text
    assert [label for label, _ in details[-1].buttons()] == [t("menu-queue")]


async def test_a_member_cannot_read_the_discrimination_note(town):
    from bot.handlers.feedback.buttons import FlaggedDetails

    t = town.runtime.translator.for_locale("en")
    member = town.person(40120)
    await member.send("/start")
    await member.tap_data(FlaggedDetails(town.clinic).pack())
    assert member.answer()["text"] == t("common-no-longer-available")
    assert "Harbour" not in " ".join(m.text or "" for m in member.conversation())


# Item 12: the feedback form.


async def test_a_service_is_chosen_by_buttons_type_then_name(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40400)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    replies = await person.tap(t("feedback-topic-name", topic="service"))
    labels = [label for label, _ in replies[-1].buttons()]
    assert t("directory-category-button", category="health") in labels
    assert t("feedback-service-not-say") in labels
    replies = await person.tap(t("directory-category-button", category="health"))
    assert "Harbour Clinic" in [label for label, _ in replies[-1].buttons()]
    replies = await person.tap("Harbour Clinic")
    assert replies[-1].text == t("feedback-given")
    for label in (
        t("feedback-given-answer", given="yes"),
        t("feedback-waiting-answer", waiting="none"),
        "🙂",
        "😀",
        t("directory-done"),
        t("directory-done"),
        t("directory-skip"),
        t("feedback-send"),
    ):
        await person.tap(label)
    assert await rows(town, "SELECT service_id FROM feedback") == town.clinic


async def test_the_type_looked_at_last_comes_first(town):
    from bot.handlers.directory.buttons import CategoryPage

    t = town.runtime.translator.for_locale("en")
    person = town.person(40401)
    await person.send("/start")
    await person.tap_data(CategoryPage(Category.LEGAL_AID, 0).pack())
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    replies = await person.tap(t("feedback-topic-name", topic="service"))
    first = replies[-1].buttons()[0][0]
    assert first == t("directory-category-button", category="legal-aid")


async def test_id_rather_not_say_goes_on_to_the_questions_about_the_service(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40402)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="service"))
    replies = await person.tap(t("feedback-service-not-say"))
    assert replies[-1].text == t("feedback-given")


STOP_AFTER = [
    [],
    [("feedback-begin", {})],
    [("feedback-begin", {}), ("feedback-topic-name", {"topic": "service"})],
    [
        ("feedback-begin", {}),
        ("feedback-topic-name", {"topic": "needs"}),
        ("directory-done", {}),
        ("directory-done", {}),
        ("directory-skip", {}),
    ],
]


@pytest.mark.parametrize("taps", STOP_AFTER, ids=["intro", "topic", "service", "review"])
async def test_stop_at_any_step_stops_and_each_tap_is_answered_once(town, taps):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40403)
    await person.send("/feedback")
    for message, args in taps:
        await person.tap(t(message, **args))
    replies = await person.tap(t("feedback-stop"))
    assert [r.text for r in replies] == [t("common-cancelled")]
    assert not went_wrong(town, person)
    assert set(answers_per_tap(town).values()) == {1}
    assert await rows(town) == 0


async def test_the_review_shows_every_answer(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40404)
    await person.send(f"/start fb-s{town.clinic}")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-given-answer", given="partly"))
    await person.tap(t("directory-answer-no"))
    await person.tap(t("feedback-waiting-answer", waiting="from-1-to-3h"))
    await person.tap("🙁")
    await person.tap("😐")
    await person.tap("☐ " + t("feedback-barrier", barrier="cost"))
    await person.tap(t("directory-done"))
    await person.tap("☐ " + t("directory-category-button", category="legal-aid"))
    await person.tap(t("directory-done"))
    review = (await person.send("It was far"))[-1].text
    for shown in (
        t("feedback-topic-name", topic="service"),
        "Harbour Clinic",
        t("feedback-given-answer", given="partly"),
        t("feedback-explained"),
        t("feedback-waiting-answer", waiting="from-1-to-3h"),
        "🙁",
        "😐",
        t("feedback-barrier", barrier="cost"),
        t("directory-category", category="legal-aid"),
        "It was far",
    ):
        assert shown in review, shown


async def test_the_daily_limit_is_said_before_the_form_starts(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40405)
    for _ in range(5):
        await give_needs_feedback(town, person, t)
    replies = await person.send("/feedback")
    assert [r.text for r in replies] == [t("feedback-limit")]
    replies = await person.send(f"/start fb-s{town.clinic}")
    assert [r.text for r in replies] == [t("feedback-limit")]


async def test_a_service_link_names_the_service(town):
    t = town.runtime.translator.for_locale("en")
    person = town.person(40406)
    replies = await person.send(f"/start fb-s{town.clinic}")
    assert "Harbour Clinic" in replies[-1].text
    assert t("feedback-intro") in replies[-1].text


async def test_a_month_with_fewer_than_k_answers_says_so(town, clock):
    from bot.feedback.model import Topic

    t = town.runtime.translator.for_locale("en")
    lead = await make_lead(town)
    await seed(town, "2026-W10", Topic.NEEDS, 3)
    clock.advance(days=31)
    await lead.send("/report")
    replies = await lead.tap("2026-03")
    (said,) = [r.text for r in replies]
    assert t("feedback-report-few", k=5) in said
    assert t("feedback-report-empty") not in said
    replies = await lead.tap_data(ReportMonth(2026, 2).pack())
    assert t("feedback-report-empty") in replies[-1].text  # none at all


# Item 10: never "saved" unless committed.


async def test_a_send_whose_commit_fails_never_says_saved_and_can_be_sent_again(town, monkeypatch):
    import sqlite3

    from storage import feedback as feedback_store

    t = town.runtime.translator.for_locale("en")
    person = town.person(40407)
    review, send = await at_the_review(town, person, t)
    real_insert = feedback_store.insert

    async def failing_insert(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(feedback_store, "insert", failing_insert)
    await person.tap_data(send, review)
    assert t("feedback-thanks") not in [m.text for m in person.conversation()]
    assert (person.answer() or {}).get("text") != t("feedback-thanks")
    assert await rows(town) == 0
    monkeypatch.setattr(feedback_store, "insert", real_insert)
    replies = await person.tap_data(send, review)
    assert replies[-1].text == t("feedback-thanks")
    assert await rows(town) == 1
