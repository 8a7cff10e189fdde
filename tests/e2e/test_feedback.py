"""Anonymous feedback through the emulator: the form by buttons in every language, deep links,
exactly-once storage, what a submission leaves behind (nothing that points to the person), the
daily limit, and the discrimination flag."""

import logging

import pytest

from bot.directory.core import Category, ServiceRecord, State
from bot.settings import SUPPORTED_LOCALES
from storage import directory as directory_store
from tests.builders import make_lead
from tests.conftest import BotHarness, settings_for

FORBIDDEN_COLUMNS = {"user", "chat", "telegram", "username", "message", "name", "phone", "date",
                     "time", "created", "updated", "at"}  # fmt: skip


@pytest.fixture
async def town(emulator, clock, tmp_path):
    settings = settings_for(emulator, tmp_path / "bot.db", TIMEZONE="Africa/Nairobi",
                            PHONE_REGION="KE")  # fmt: skip
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    area = await directory_store.upsert_area(
        bot.services.database, "harbour", "Harbour", -1.28, 36.82
    )
    (bot.clinic,) = await bot.services.directory.add(
        [ServiceRecord("Harbour Clinic", (Category.HEALTH,), area_id=area, latitude=-1.28, longitude=36.82)],
        state=State.PUBLISHED, by=None,
    )  # fmt: skip
    try:
        yield bot
    finally:
        await bot.stop()


async def rows(bot, sql="SELECT count(*) FROM feedback"):
    return (await bot.services.database.fetch_one(sql))[0]


async def give_needs_feedback(bot, person, t, text=None):
    """The shortest path, by buttons alone: what I need → a barrier → a need → send."""
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="needs"))
    await person.tap("☐ " + t("feedback-barrier", barrier="papers"))
    await person.tap(t("directory-done"))
    await person.tap("☐ " + t("directory-category", category="legal-aid"))
    await person.tap(t("directory-done"))
    if text is None:
        await person.tap(t("directory-skip"))
    else:
        await person.send(text)
    return await person.tap(t("feedback-send"))


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_anyone_gives_feedback_by_buttons_alone_in_their_language(town, locale):
    t = town.services.translator.for_locale(locale)
    person = town.person(40001, language_code=locale)
    replies = await give_needs_feedback(town, person, t)
    assert replies[-1].text == t("feedback-thanks")
    assert await rows(town) == 1
    stored = await town.services.database.fetch_one(
        "SELECT f.topic, b.barrier, n.category FROM feedback AS f"
        " JOIN feedback_barriers AS b ON b.feedback_key = f.key"
        " JOIN feedback_needs AS n ON n.feedback_key = f.key"
    )
    assert tuple(stored) == ("needs", "papers", "legal-aid")


async def test_the_form_explains_anonymity_before_asking_and_goes_back(town):
    t = town.services.translator.for_locale("en")
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
    t = town.services.translator.for_locale("en")
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
    row = await town.services.database.fetch_one(
        "SELECT topic, service_id, service_given, explained, waiting, staff_rating, overall_rating FROM feedback"
    )
    assert tuple(row) == ("service", town.clinic, "partly", 0, "from-1-to-3h", 2, 3)


async def test_a_session_deep_link_prefills_the_outreach_session(town, clock):
    from datetime import date, time

    from bot.outreach.model import SessionKind, SessionPlan

    t = town.services.translator.for_locale("en")
    lead = await make_lead(town)
    viewer = await town.services.people.identify(lead.user.id, "en")
    area = (await town.services.directory.areas())[0].id
    (session,) = await town.services.outreach.schedule(
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
    row = await town.services.database.fetch_one("SELECT topic, session_id, area_id FROM feedback")
    assert tuple(row) == ("outreach", session.id, area)


async def test_pressing_send_twice_stores_one_row(town):
    t = town.services.translator.for_locale("en")
    person = town.person(40005)
    await give_needs_feedback(town, person, t)
    send = next(m for m in reversed(person.conversation()) if m.from_bot)
    await person.tap_data("fbk:send:-", send.message_id)
    assert person.answer()["text"] == t("feedback-thanks")
    assert await rows(town) == 1


@pytest.mark.parametrize(("method", "status"), [("editMessageText", 502), ("editMessageText", 429)])
async def test_telegram_failing_on_the_thank_you_loses_nothing(town, method, status):
    t = town.services.translator.for_locale("en")
    person = town.person(40006)
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="other"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-skip"))
    town.emulator.fail(method, status=status, retry_after=1 if status == 429 else None,
                       times=5 if status == 502 else 1)  # fmt: skip
    await person.tap(t("feedback-send"))
    assert await rows(town) == 1
    if status == 502:
        assert person.conversation()[-1].text == t("errors-kept")


async def test_the_schema_has_no_column_that_could_link_a_person(town):
    for table in ("feedback", "feedback_barriers", "feedback_needs"):
        columns = [
            r[1] for r in await town.services.database.fetch_all(f"PRAGMA table_info({table})")
        ]
        for column in columns:
            assert not set(column.split("_")) & FORBIDDEN_COLUMNS, (table, column)


async def test_a_submission_leaves_no_id_and_no_unscrubbed_number_anywhere(town, caplog):
    caplog.set_level(logging.DEBUG)
    t = town.services.translator.for_locale("en")
    person = town.person(987654321, first_name="Wanjiru", username="wanjiru_k")
    await person.send("/feedback")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-topic-name", topic="needs"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-done"))
    review = await person.send("They refused me. Call +254 712 345 678 or wanjiru@mail.example")
    assert "They refused me." in review[-1].text and "712" not in review[-1].text  # shown scrubbed
    assert (await person.tap(t("feedback-send")))[-1].text == t("feedback-thanks")
    await town.services.database.checkpoint()
    path = town.settings.database_path
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in (b"987654321", b"712 345 678", b"712345678", b"wanjiru", b"Wanjiru"):
        assert secret not in stored, secret
        assert secret.decode() not in caplog.text
    text = await rows(town, "SELECT free_text FROM feedback")
    assert text.startswith("They refused me.") and "[…]" in text


async def test_at_most_five_a_day_per_person(town, clock):
    t = town.services.translator.for_locale("en")
    person = town.person(40007)
    for _ in range(5):
        assert (await give_needs_feedback(town, person, t))[-1].text == t("feedback-thanks")
    assert (await give_needs_feedback(town, person, t))[-1].text == t("feedback-limit")
    assert await rows(town) == 5
    clock.advance(days=1)
    assert (await give_needs_feedback(town, person, t))[-1].text == t("feedback-thanks")
    assert await rows(town) == 6


async def test_repeated_discrimination_reports_send_a_service_back_to_review(town):
    t = town.services.translator.for_locale("en")
    lead = await make_lead(town)
    for number in range(3):
        person = town.person(40100 + number)
        await person.send(f"/start fb-s{town.clinic}")
        await person.tap(t("feedback-begin"))
        await person.tap(t("feedback-given-answer", given="no"))
        await person.tap(t("directory-answer-no"))
        await person.tap(t("feedback-waiting-answer", waiting="none"))
        await person.tap("😞")
        await person.tap("😞")
        await person.tap("☐ " + t("feedback-barrier", barrier="stigma"))
        await person.tap(t("directory-done"))
        await person.tap(t("directory-done"))
        await person.send("They shouted at me")
        await person.tap(t("feedback-send"))
        state = (await directory_store.get_service(town.services.database, town.clinic))["state"]
        assert state == ("review" if number == 2 else "published")
    told = [m.text for m in lead.conversation() if m.from_bot]
    assert t("feedback-flagged", name="Harbour Clinic", count=3) in told
    assert not any("shouted" in (text or "") for text in told)  # counts only, no text


async def seed_march(bot, answers: int, stigma: int) -> None:
    """Answers in weeks of March 2026 (their Thursdays fall in March)."""
    from bot.feedback.form import new_key
    from bot.feedback.model import Barrier, FeedbackEntry, Topic

    for number in range(answers):
        barriers = (Barrier.COST,) + ((Barrier.STIGMA,) if number < stigma else ())
        await bot.services.feedback.submit(FeedbackEntry(
            key=new_key(), week=f"2026-W{10 + number % 3}", topic=Topic.SERVICE,
            service_id=bot.clinic, overall_rating=4, barriers=barriers, needs=("legal-aid",),
            free_text=f"words {number}",
        ))  # fmt: skip


async def test_a_lead_reads_the_months_evidence_with_small_counts_hidden(town, clock):
    t = town.services.translator.for_locale("en")
    lead = await make_lead(town)
    await seed_march(town, answers=12, stigma=2)
    await lead.tap_data("rpt:2026-03")  # March is not over: a running month is never reported
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
    assert "100% of them met this barrier: Cost (12)." in text
    assert "“words" in text  # excerpts: 12 answers >= K
    csv_bytes = sent[2].extra["document"]
    assert csv_bytes.decode("utf-8-sig").count("\n") == 13  # a header and 12 answers


async def test_a_member_cannot_read_reports(town):
    t = town.services.translator.for_locale("en")
    member = town.person(40200)
    await member.send("/start")
    await member.tap_data("rpt:2026-03")
    assert member.answer()["text"] == t("common-no-longer-available")
