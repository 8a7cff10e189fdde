"""The feedback form's domain: the order of its questions, the draft (Back, choices, what is
stored), the daily limit, storing once, the discrimination flag, and reports of finished periods
only."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.common.daily_limit import DailyLimiter
from bot.common.refusal import NotAllowed
from bot.directory.core import Category
from bot.feedback.form import (
    Feedback,
    FeedbackDraft,
    Step,
    clean_free_text,
    new_form_tag,
    new_key,
    next_step,
)
from bot.feedback.model import Barrier, Given, Topic, Waiting
from storage.database import Database
from tests.feedback.sample import add_places

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # week 10


def draft(**fields) -> FeedbackDraft:
    made = FeedbackDraft()
    for name, value in fields.items():
        if name in ("given", "explained", "waiting", "staff", "overall"):
            setattr(made.answers, name, value)
        else:
            setattr(made, name, value)
    return made


def walk(made: FeedbackDraft) -> list[Step]:
    steps, step = [], Step.INTRO
    while step is not Step.REVIEW:
        step = next_step(made, step)
        steps.append(step)
    return steps


def test_the_form_asks_service_questions_only_about_a_service():
    assert walk(draft(topic=Topic.SERVICE, given=Given.NO)) == [
        Step.TOPIC,
        Step.SERVICE,
        Step.GIVEN,
        Step.EXPLAINED,
        Step.WAITING,
        Step.STAFF,
        Step.OVERALL,
        Step.BARRIERS,
        Step.NEEDS,
        Step.WORDS,
        Step.REVIEW,
    ]
    assert next_step(draft(topic=Topic.NEEDS), Step.TOPIC) == Step.BARRIERS
    assert next_step(draft(topic=Topic.SERVICE, given=Given.YES, service_id=3), Step.TOPIC) == (
        Step.GIVEN
    )
    assert next_step(draft(topic=Topic.SERVICE, given=Given.YES), Step.GIVEN) == Step.WAITING


@pytest.mark.parametrize("answered", ["picked", "skipped"])
def test_the_service_question_leads_to_the_questions_about_it(answered):
    # Once answered, the service question no longer applies; what follows it must not change.
    made = draft(topic=Topic.SERVICE)
    if answered == "picked":
        made.about_service(3, area_id=1)
    else:
        made.service_skipped = True
    assert next_step(made, Step.SERVICE) == Step.GIVEN


def test_a_way_in_that_names_the_subject_skips_the_topic():
    assert FeedbackDraft().first_question() == Step.TOPIC
    about_service = FeedbackDraft()
    about_service.about_service(7, area_id=2)
    assert about_service.first_question() == Step.GIVEN
    about_session = FeedbackDraft()
    about_session.about_session(4, area_id=2)
    assert about_session.first_question() == Step.BARRIERS
    assert (about_session.topic, about_session.session_id, about_session.area_id) == (
        Topic.OUTREACH,
        4,
        2,
    )


def test_back_returns_through_the_steps_taken_and_stops_at_the_intro():
    made = FeedbackDraft()
    made.go(Step.TOPIC)
    made.go(Step.BARRIERS)
    made.back()
    assert made.step is Step.TOPIC
    made.back()
    made.back()
    assert made.step is Step.INTRO


def test_choices_toggle_and_the_entry_holds_nothing_about_the_person():
    made = draft(
        topic=Topic.SERVICE,
        service_id=3,
        area_id=1,
        given=Given.PARTLY,
        explained=False,
        waiting=Waiting.OVER_3H,
        staff=2,
        overall=1,
        words="They shouted",
    )
    made.toggle_barrier(Barrier.STIGMA)
    made.toggle_barrier(Barrier.COST)
    made.toggle_barrier(Barrier.COST)
    made.toggle_need(Category.LEGAL_AID)
    entry = made.entry("2026-W10")
    assert (entry.key, entry.week, entry.topic) == (made.key, "2026-W10", Topic.SERVICE)
    assert (entry.service_given, entry.explained, entry.waiting) == (
        Given.PARTLY,
        False,
        Waiting.OVER_3H,
    )
    assert (entry.staff_rating, entry.overall_rating) == (2, 1)
    assert (entry.barriers, entry.needs, entry.free_text) == (
        (Barrier.STIGMA,),
        ("legal-aid",),
        "They shouted",
    )
    assert FeedbackDraft().entry("2026-W10").topic is Topic.OTHER


def test_keys_and_form_tags_are_random_and_different():
    assert len({new_key() for _ in range(100)}) == 100
    made = FeedbackDraft()
    assert made.key != made.form and len(made.key) == 16 and len(new_form_tag()) == 8


def test_a_sent_draft_keeps_nothing_that_links_the_person_to_the_row():
    made = draft(topic=Topic.SERVICE, service_id=3, given=Given.NO, words="my words")
    made.toggle_barrier(Barrier.STIGMA)
    form = made.form
    made.mark_sent()
    assert made.sent and made.form == form
    assert (made.key, made.words, made.topic, made.service_id) == ("", None, None, None)
    assert (made.answers.given, made.barriers, made.history) == (None, [], [Step.INTRO])


def test_free_text_is_scrubbed_and_bounded():
    assert "712" not in clean_free_text("call +254 712 345 678", "KE")
    assert len(clean_free_text("a" * 5000, None)) == 1000


def test_the_daily_limit_counts_per_person_and_starts_again_each_day():
    limiter = DailyLimiter(2)
    today = date(2026, 3, 2)
    for _ in range(2):
        assert limiter.allowed(1, today)
        limiter.count(1, today)
    assert not limiter.allowed(1, today)
    assert limiter.allowed(2, today)
    assert [len(tag) for tag in limiter._counts] == [64]  # a keyed hash, not the id
    assert limiter.allowed(1, today + timedelta(days=1))


@pytest.fixture
async def feedback(tmp_path):
    """Two a day per person; two discrimination reports flag a service; Clinic A is published."""
    async with await Database.open(tmp_path / "f.db") as database:
        await add_places(database)
        async with database.transaction() as tx:
            await tx.execute("UPDATE services SET state = 'published', area_id = 1 WHERE id = 1")
        yield Feedback(database, ZoneInfo("UTC"), lambda: MONDAY, DailyLimiter(2), 2)


async def count(feedback: Feedback, sql: str = "SELECT count(*) FROM feedback") -> int:
    return (await feedback.database.fetch_one(sql))[0]


async def test_a_draft_is_stored_once_and_counted_once_against_the_limit(feedback):
    made = draft(topic=Topic.NEEDS)
    first = await feedback.give(made, 42)
    again = await feedback.give(made, 42)
    assert (first.stored, again.stored, again.limited) == (True, False, False)
    assert await count(feedback) == 1
    assert (await feedback.give(draft(), 42)).stored  # the second of two allowed today
    over = await feedback.give(draft(), 42)
    assert (over.stored, over.limited) == (False, True)
    assert await count(feedback) == 2
    row = await feedback.database.fetch_one("SELECT week FROM feedback LIMIT 1")
    assert row[0] == "2026-W10"


async def test_repeated_discrimination_flags_a_published_service_once(feedback):
    def stigma() -> FeedbackDraft:
        made = draft(topic=Topic.SERVICE, service_id=1, area_id=1)
        made.toggle_barrier(Barrier.STIGMA)
        return made

    first = await feedback.submit(stigma().entry("2026-W10"))
    second = await feedback.submit(stigma().entry("2026-W10"))
    third = await feedback.submit(stigma().entry("2026-W10"))
    assert first.flagged_service is None
    assert (second.flagged_service, second.flagged_area_id, second.stigma_reports) == (
        "Clinic A",
        1,
        2,
    )
    assert third.flagged_service is None  # already back in review
    state = await feedback.database.fetch_one("SELECT state FROM services WHERE id = 1")
    assert state[0] == "review"
    assert second.flagged_service_id == 1
    # Leads hear of it at the start of next week (UTC here), not now; only while it waits.
    (note,) = feedback.flagged_letters([(11, "en")], 1)
    assert note.not_before == datetime(2026, 3, 9, 0, 0, tzinfo=ZoneInfo("UTC"))
    assert await feedback.flagged_service(1) == "Clinic A"
    assert await feedback.flagged_service(2) is None  # never flagged: not in review
    assert await feedback.flagged_service(999) is None


async def test_the_daily_limit_can_be_asked_before_the_form_starts(feedback):
    assert feedback.may_give(42)
    await feedback.give(draft(topic=Topic.NEEDS), 42)
    assert feedback.may_give(42)
    await feedback.give(draft(topic=Topic.NEEDS), 42)
    assert not feedback.may_give(42)
    assert feedback.may_give(43)


async def test_only_finished_periods_are_offered_and_reported(feedback):
    assert feedback.report_periods(1) == ["2026-02", "2025-Q4"]
    with pytest.raises(NotAllowed):
        await feedback.report("2026-03", 5)
    with pytest.raises(NotAllowed):
        await feedback.raw_export("2026-Q1", None, 5)  # type: ignore[arg-type]
    report = await feedback.report("2026-02", 5)
    assert (report.period, report.submissions) == ("2026-02", 0)
