"""Known feedback for the report, storage and chart tests: twenty submissions in March 2026, seven
in February, one in April, three services in two areas. Not a test module: tests import it."""

from bot.feedback.model import Barrier, FeedbackEntry, Given, Topic, Waiting
from bot.feedback.periods import weeks_of
from storage.database import Database

K = 5
MARCH = weeks_of("2026-03")


def entry(key: str, week: str, topic: Topic, **fields) -> FeedbackEntry:
    return FeedbackEntry(key=key, week=week, topic=topic, **fields)


def march() -> list[FeedbackEntry]:
    """20 submissions in March 2026 (weeks 10 to 13), five a week."""
    weeks = [MARCH[(n - 1) // 5] for n in range(1, 21)]
    rows = []
    ratings = {1: 5, 2: 4, 3: 4, 4: 3, 5: 5, 6: 3, 7: 2, 8: 2, 9: 3, 10: 1}
    texts = {
        1: "The nurse was kind",
        11: "Clinic C closed early",
        13: "Need a lawyer who speaks Dari",
        16: "",
        17: "   ",
        20: "Outreach van came late",
    }
    for n in range(1, 21):
        if n <= 12:
            topic, service = Topic.SERVICE, 1 if n <= 6 else 2 if n <= 10 else 3
        else:
            topic, service = (Topic.NEEDS if n <= 18 else Topic.OUTREACH), None
        barriers = [Barrier.COST] * (n <= 9) + [Barrier.LANGUAGE] * (10 <= n <= 14)
        barriers += [Barrier.STIGMA] * (7 <= n <= 9)
        needs = ["health"] * (n == 1 or 13 <= n <= 18) + ["legal"] * (2 <= n <= 6)
        needs += ["shelter"] * (n == 19)
        rows.append(
            entry(
                f"m{n:02d}",
                weeks[n - 1],
                topic,
                service_id=service,
                area_id=2 if 11 <= n <= 18 else 1,
                overall_rating=ratings.get(n),
                barriers=tuple(barriers),
                needs=tuple(needs),
                free_text=texts.get(n),
            )
        )
    return rows


FEBRUARY = [
    entry(
        "f1",
        "2026-W06",
        Topic.SERVICE,
        service_id=1,
        area_id=1,
        service_given=Given.YES,
        explained=True,
        waiting=Waiting.UNDER_1H,
        staff_rating=4,
        overall_rating=5,
        barriers=(Barrier.LANGUAGE, Barrier.COST),
        needs=("health",),
        free_text="Good, friendly staff",
    ),
    entry("f2", "2026-W07", Topic.NEEDS, area_id=2, needs=("shelter", "legal"), free_text="=1+2"),
    entry("f3", "2026-W07", Topic.OUTREACH, area_id=1),
    entry("f4", "2026-W08", Topic.SAFETY, free_text="-police at night"),
    entry("f5", "2026-W08", Topic.OTHER),
    entry(
        "f6",
        "2026-W09",
        Topic.SERVICE,
        service_id=2,
        service_given=Given.NO,
        explained=False,
        waiting=Waiting.OVER_3H,
        staff_rating=1,
        overall_rating=2,
        barriers=(Barrier.STIGMA, Barrier.PAPERS),
        free_text="@everyone said\nno",
    ),
    # Week 9 ends on Sunday 1 March, but its Thursday is 26 February: a February submission.
    entry("f7", "2026-W09", Topic.OTHER),
]
# Week 14 starts on Monday 30 March, but its Thursday is 2 April: not March.
APRIL = [entry("a1", "2026-W14", Topic.SAFETY, barriers=(Barrier.POLICE,))]


async def insert(db: Database, entries: list[FeedbackEntry]) -> None:
    async with db.transaction() as tx:
        await tx.executemany(
            "INSERT INTO feedback (key, week, topic, service_id, area_id, service_given,"
            " explained, waiting, staff_rating, overall_rating, free_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    e.key,
                    e.week,
                    e.topic,
                    e.service_id,
                    e.area_id,
                    e.service_given,
                    None if e.explained is None else int(e.explained),
                    e.waiting,
                    e.staff_rating,
                    e.overall_rating,
                    e.free_text,
                )
                for e in entries
            ],
        )
        await tx.executemany(
            "INSERT INTO feedback_barriers VALUES (?, ?)",
            [(e.key, barrier) for e in entries for barrier in e.barriers],
        )
        await tx.executemany(
            "INSERT INTO feedback_needs VALUES (?, ?)",
            [(e.key, need) for e in entries for need in e.needs],
        )


async def add_places(db: Database) -> None:
    async with db.transaction() as tx:
        await tx.executemany(
            "INSERT INTO areas (id, code, name) VALUES (?, ?, ?)",
            [(1, "north", "North"), (2, "south", "South")],
        )
        await tx.executemany(
            "INSERT INTO services (id, name, created_on, updated_on)"
            " VALUES (?, ?, '2026-01-01', '2026-01-01')",
            [(1, "Clinic A"), (2, "Legal aid B"), (3, "Clinic C")],
        )
