"""The directory as Open Referral HSDS 3.0 JSON: every object has the fields the standard requires,
only public services leave unless the operator asks, and the importer reads an export back equal."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.directory.core import Directory, RecheckPolicy
from bot.directory.hsds import hsds_page, parse_hsds
from bot.directory.model import Visibility
from bot.directory.sample import load_sample_directory
from storage import Database

TODAY = date(2026, 11, 2)
# The required fields of HSDS 3.0's schema files, per object (schema/<object>.json "required").
REQUIRED = {
    "service": ("id", "name", "status"),
    "organization": ("id", "name", "description"),
    "location": ("id", "location_type"),
    "address": (
        "id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ),
    "phone": ("id", "number"),
    "schedule": ("id",),
    "service_at_location": ("id",),
    "language": ("id",),
    "required_document": ("id",),
    "accessibility": ("id",),
    "attribute": ("id",),
    "taxonomy_term": ("id", "code", "name"),
}
STATUSES = {"active", "inactive", "defunct", "temporarily closed"}


@pytest.fixture
async def sample(tmp_path):
    async with await Database.open(tmp_path / "outreach.db") as database:
        directory = Directory(
            database,
            ZoneInfo("Africa/Dar_es_Salaam"),
            RecheckPolicy(),
            lambda: datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
            lambda category: [category.value],
        )
        await load_sample_directory(directory, database)
        areas = await directory.areas()
        yield await directory.published(), {area.id: area.code for area in areas}


def page_of(services, codes, *, everyone=True):
    page = hsds_page(services, codes, zone="Africa/Dar_es_Salaam", country="TZ", everyone=everyone)
    return json.loads(json.dumps(page))  # what a file holds


def check(kind: str, item: dict, ids: set[str]) -> None:
    missing = [name for name in REQUIRED[kind] if name not in item]
    assert not missing, f"{kind} lacks {missing}"
    assert str(uuid.UUID(item["id"])) == item["id"]
    assert item["id"] not in ids, f"{kind} id repeats"
    ids.add(item["id"])


async def test_every_object_has_what_hsds_3_requires_and_unique_uuids(sample):
    services, codes = sample
    page = page_of(services, codes)
    assert page["total_items"] == len(page["contents"]) == len(services) == 30
    ids: set[str] = set()
    seen = set()
    for service in page["contents"]:
        check("service", service, ids)
        assert service["status"] in STATUSES
        if "organization" in service:
            organization = service["organization"]
            assert service["organization_id"] == organization["id"]
            assert organization["name"] and isinstance(organization["description"], str)
        for kind, field in [
            ("phone", "phones"),
            ("schedule", "schedules"),
            ("language", "languages"),
            ("required_document", "required_documents"),
            ("service_at_location", "service_at_locations"),
            ("attribute", "attributes"),
        ]:
            for item in service.get(field, []):
                check(kind, item, ids)
                seen.add(kind)
                assert item.get("service_id", item.get("link_id")) == service["id"]
        for schedule in service.get("schedules", []):
            assert schedule["freq"] == "WEEKLY"
            assert set(schedule["byday"].split(",")) <= {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
            assert len(schedule["opens_at"]) == len(schedule["closes_at"]) == 5
        for at in service.get("service_at_locations", []):
            location = at["location"]
            assert at["location_id"] == location["id"]
            check("location", location, ids)
            assert location["location_type"] == "physical"
            for address in location.get("addresses", []):
                check("address", address, ids)
                assert address["country"] == "TZ"
                seen.add("address")
            for access in location.get("accessibility", []):
                check("accessibility", access, ids)
        for attribute in service.get("attributes", []):
            term = attribute["taxonomy_term"]
            assert attribute["taxonomy_term_id"] == term["id"]
            assert all(name in term for name in REQUIRED["taxonomy_term"])
    # The sample exercises every kind of object at least once.
    assert seen >= {
        "phone",
        "schedule",
        "language",
        "service_at_location",
        "attribute",
        "address",
    }


async def test_only_public_services_leave_unless_the_operator_asks(sample):
    services, codes = sample
    public = [s for s in services if s.record.visibility is Visibility.PUBLIC]
    assert 0 < len(public) < len(services)  # the sample has peers-only and leads-only places

    page = page_of(services, codes, everyone=False)

    assert {item["name"] for item in page["contents"]} == {s.record.name for s in public}
    text = json.dumps(page, ensure_ascii=False)
    for service in services:
        if service.record.visibility is not Visibility.PUBLIC and service.record.address:
            assert service.record.address not in text


async def test_an_export_reads_back_as_the_same_records(sample):
    services, codes = sample
    areas = {code: area_id for area_id, code in codes.items()}

    parsed = parse_hsds(page_of(services, codes), areas, "TZ", TODAY)

    assert parsed.problems == []
    assert [record for record, _ in parsed.records] == [s.record for s in services]
    assert [checked for _, checked in parsed.records] == [s.last_checked_on for s in services]


async def test_a_bad_import_names_each_problem_and_saves_nothing(sample):
    services, codes = sample
    page = page_of(services[:2], codes)
    page["contents"][0]["schedules"][0]["opens_at"] = "nine"
    page["contents"][1]["phones"] = [{"id": str(uuid.uuid4()), "number": "+255 12"}]

    parsed = parse_hsds(page, {}, "TZ", TODAY)

    assert {(problem.row, problem.field) for problem in parsed.problems} >= {
        (2, "hours"),
        (3, "phone"),
    }
    assert parsed.records == []
    assert parse_hsds({"contents": "no"}, {}, None, TODAY).problems[0].row == 1
