"""The SQL behind feedback: a submission stored once per key, counts that agree with each other,
filters, the stigma count per service, and rows streamed in batches."""

from bot.feedback.model import Topic
from bot.feedback.periods import weeks_of
from storage import feedback as feedback_store
from storage import feedback_reports as store
from storage.feedback_reports import EVERYTHING, FeedbackFilter
from tests.feedback.sample import FEBRUARY, MARCH


def row(key: str, **values) -> dict:
    return (
        dict.fromkeys(feedback_store.COLUMNS)
        | {"week": "2026-W10", "topic": "other"}
        | {
            "key": key,
            **values,
        }
    )


async def test_a_submission_is_stored_once_per_key_with_its_choices(db):
    assert await feedback_store.insert(db, row("k1", area_id=1), ["cost", "papers"], ["health"])
    assert not await feedback_store.insert(db, row("k1", area_id=2), ["police"], ["legal"])
    stored = await db.fetch_all("SELECT area_id FROM feedback WHERE key = 'k1'")
    assert [r[0] for r in stored] == [1]
    barriers = await db.fetch_all("SELECT barrier FROM feedback_barriers WHERE feedback_key = 'k1'")
    assert sorted(r[0] for r in barriers) == ["cost", "papers"]


def test_a_filter_makes_conditions_only_of_what_is_chosen():
    assert EVERYTHING.conditions() == ([], [])
    chosen = FeedbackFilter(area_id=2, topic="needs")
    assert chosen.conditions() == (["f.area_id = ?", "f.topic = ?"], [2, "needs"])
    where, parameters = chosen.where(["2026-W10"])
    assert where.count("?") == len(parameters) == 3


async def test_filters_narrow_every_count(db):
    south = FeedbackFilter(area_id=2)
    assert await store.count_submissions(db, MARCH, south) == 8
    assert await store.count_topics(db, MARCH, south) == {"service": 2, "needs": 6}
    assert sum((await store.count_barriers(db, MARCH, south)).values()) == 4
    every_group = {
        "topics": [topic.value for topic in Topic],
        "services": [1, 2, 3],
        "hidden_barriers": [],
        "hidden_needs": [],
    }
    assert await store.excerpts(db, MARCH, south, **every_group, limit=5) == [
        "Clinic C closed early",
        "Need a lawyer who speaks Dari",
    ]
    assert await store.service_ratings(db, MARCH, FeedbackFilter(service_id=2)) == [
        (2, "Legal aid B", 4, 2.0)
    ]


async def test_storage_counts_agree_with_each_other(db):
    topics, ratings = await store.topics_and_ratings(db, MARCH)
    assert (
        topics
        == await store.count_topics(db, MARCH)
        == {
            "service": 12,
            "needs": 6,
            "outreach": 2,
        }
    )
    assert (
        ratings
        == await store.service_ratings(db, MARCH)
        == [
            (1, "Clinic A", 6, 4.0),
            (2, "Legal aid B", 4, 2.0),
        ]
    )
    assert await store.count_submissions(db, MARCH) == 20
    assert await store.count_barriers(db, MARCH, FeedbackFilter(service_id=2)) == {
        "cost": 3,
        "language": 1,
        "stigma": 3,
    }
    assert await store.count_needs(db, MARCH, FeedbackFilter(area_id=2, topic="needs")) == {
        "health": 6
    }


async def test_repeated_stigma_reports_are_counted_per_service(db):
    assert await store.stigma_reports_for(db, 2, MARCH) == 3
    assert await store.stigma_reports_for(db, 1, MARCH) == 0
    assert await store.stigma_reports_for(db, 2, weeks_of("2026-Q1")) == 4


async def test_rows_are_streamed_in_batches_without_reading_more_than_one(db):
    sizes = []
    fetch_all = db.fetch_all

    async def counting(sql, parameters=()):
        rows = await fetch_all(sql, parameters)
        sizes.append(len(rows))
        return rows

    db.fetch_all = counting
    batches = [b async for b in store.stream_rows(db, ["2026-W10"], batch=2)]
    assert [[row["key"] for row in b] for b in batches] == [
        ["m01", "m02"],
        ["m03", "m04"],
        ["m05"],
    ]
    assert max(sizes) == 2
    # Across weeks, batches are filled from the next week.
    across = [b async for b in store.stream_rows(db, weeks_of("2026-02"), batch=3)]
    assert [len(b) for b in across] == [3, 3, 1]
    assert [row["key"] for b in across for row in b] == [e.key for e in FEBRUARY]
    assert max(sizes) <= 3
    # Legal aid B in March: four rows make two full batches and no empty third one.
    filtered = [
        b async for b in store.stream_rows(db, MARCH, FeedbackFilter(service_id=2), batch=2)
    ]
    assert [[row["key"] for row in b] for b in filtered] == [["m07", "m08"], ["m09", "m10"]]
    assert sorted(filtered[0][0]["barriers"].split(";")) == ["cost", "stigma"]


async def test_excerpts_leave_out_answers_of_any_group_not_quotable(db):
    def quotable(**narrowed):
        return {
            "topics": ["service", "needs", "outreach"],
            "services": [1, 2, 3],
            "hidden_barriers": [],
            "hidden_needs": [],
        } | narrowed

    everything = await store.excerpts(db, MARCH, EVERYTHING, **quotable(), limit=9)
    assert everything == [
        "The nurse was kind",
        "Clinic C closed early",
        "Need a lawyer who speaks Dari",
        "Outreach van came late",
    ]
    assert await store.excerpts(db, MARCH, EVERYTHING, **quotable(topics=["service"]), limit=9) == [
        "The nurse was kind",
        "Clinic C closed early",
    ]
    assert "Clinic C closed early" not in await store.excerpts(
        db, MARCH, EVERYTHING, **quotable(services=[1, 2]), limit=9
    )
    # m13 named language, m01 named health.
    assert "Need a lawyer who speaks Dari" not in await store.excerpts(
        db, MARCH, EVERYTHING, **quotable(hidden_barriers=["language"]), limit=9
    )
    assert "The nurse was kind" not in await store.excerpts(
        db, MARCH, EVERYTHING, **quotable(hidden_needs=["health"]), limit=9
    )
