"""Finding services: by type with filters and pages, by word in any language, and near a point
(never a confidential venue)."""

from __future__ import annotations

from bot.directory.model import PAGE_SIZE, Category, Filters, ServiceRecord, State
from bot.people import Role

CENTRE = (-6.8, 39.28)


def north(km: float) -> tuple[float, float]:
    return CENTRE[0] + km / 111.2, CENTRE[1]


async def test_a_category_comes_in_pages_and_filters_narrow_it(world):
    directory = world.directory
    records = [
        ServiceRecord(
            f"Clinic {n}", (Category.HEALTH,), is_free=n % 2 == 0, hours="24/7" if n < 3 else ""
        )
        for n in range(PAGE_SIZE + 2)
    ]
    await directory.add(records, state=State.PUBLISHED, by=None)
    first = await directory.in_category(Role.MEMBER, Category.HEALTH, Filters(), 0)
    second = await directory.in_category(Role.MEMBER, Category.HEALTH, Filters(), 1)
    assert (len(first.services), first.has_more) == (PAGE_SIZE, True)
    assert (len(second.services), second.has_more) == (2, False)
    free = await directory.in_category(Role.MEMBER, Category.HEALTH, Filters(free=True), 0)
    assert {s.record.name for s in free.services} == {
        "Clinic 0",
        "Clinic 2",
        "Clinic 4",
        "Clinic 6",
    }
    open_now = await directory.in_category(Role.MEMBER, Category.HEALTH, Filters(open_now=True), 0)
    assert {s.record.name for s in open_now.services} == {"Clinic 0", "Clinic 1", "Clinic 2"}
    assert (await directory.in_category(Role.MEMBER, Category.GBV, Filters(), 0)).services == []


async def test_words_match_accents_and_category_names_of_every_language(world):
    directory = world.directory
    await directory.add(
        [
            ServiceRecord("Santé Pour Tous", (Category.HEALTH,)),
            ServiceRecord("Legal Desk", (Category.LEGAL_AID,)),
        ],
        state=State.PUBLISHED,
        by=None,
    )
    for words, found in (
        ("SANTE", "Santé Pour Tous"),
        ("afya", "Santé Pour Tous"),
        ("legal", "Legal Desk"),
        ("desk legal", "Legal Desk"),
    ):
        page = await directory.search(Role.MEMBER, words, Filters(), 0)
        assert [s.record.name for s in page.services] == [found], words
    assert (await directory.search(Role.MEMBER, "  ...  ", Filters(), 0)).services == []


async def test_near_a_point_nearest_first_in_bands_and_never_a_confidential_place(world):
    directory = world.directory
    places = {"Far": north(12), "Near": north(0.5), "Middle": north(2), "Safe House": CENTRE}
    await directory.add(
        [
            ServiceRecord(
                name,
                (Category.SHELTER,),
                latitude=lat,
                longitude=lon,
                confidential=name == "Safe House",
            )
            for name, (lat, lon) in places.items()
        ],
        state=State.PUBLISHED,
        by=None,
    )
    found = await directory.near(Role.ADMIN, *CENTRE, Filters())
    assert [(s.record.name, s.distance.value) for s in found] == [
        ("Near", "under-1"),
        ("Middle", "from-1-to-3"),
        ("Far", "further"),
    ]
    in_category = await directory.near(Role.MEMBER, *CENTRE, Filters(), Category.HEALTH)
    assert in_category == []
    assert await directory.near(Role.MEMBER, 91.0, 0.0, Filters()) == []
