"""The directory's CSV format: what a good file becomes, every problem of a bad one, round trips,
and the sample directory."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from bot.directory.core import Category, Freshness, RecheckPolicy, ServiceRecord, Visibility
from bot.directory.csv_files import (
    COLUMNS,
    AreaRow,
    RowProblem,
    parse_areas,
    parse_services,
    write_services,
)
from bot.directory.opening_hours import parse_hours
from bot.directory.sample import SAMPLE_DIR, SAMPLE_REGION, WRITTEN_ON

TODAY = date(2026, 11, 1)
AREAS = {"harbour": 1, "old-market": 2}


def csv_text(*rows: dict[str, str], columns: list[str] | None = None) -> str:
    """A CSV with the given columns (default: those the rows use, in order of appearance)."""
    columns = columns or list(dict.fromkeys(name for row in rows for name in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, columns)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def where(problems: list[RowProblem]) -> set[tuple[int, str]]:
    return {(problem.row, problem.field) for problem in problems}


def test_a_good_file_becomes_records_with_their_checked_dates():
    text = csv_text(
        {
            "categories": "HIV-STI; health",
            "name": "  Bandari   STI clinic ",
            "organisation": "Port Amani Health",
            "phone": "0700 000 011",
            "email": "clinic@bandari.example",
            "url": "https://bandari.example/sti",
            "is_free": "YES",
            "no_papers_needed": "",
            "interpretation": "0",
            "languages": "sw;EN;sw",
            "min_age": "15",
            "latitude": "-6.8102",
            "longitude": "39.2888",
            "area": "harbour",
            "hours": "mo-fr 08:00-16:00",
            "closures": "2026-12-25..2026-12-26",
            "rights_based": "True",
            "walk_in": "1",
            "confidential": "",
            "visibility": "Peers",
            "last_checked_on": "2026-10-01",
        },
        {"name": "Crisis line", "categories": "emergency", "phone": "+255 800 000 011"},
    )

    parsed = parse_services(text, AREAS, "TZ", TODAY)

    assert parsed.problems == []
    assert parsed.rows == 2
    (clinic, clinic_checked), (line, line_checked) = parsed.records
    assert clinic == ServiceRecord(
        name="Bandari STI clinic",
        categories=(Category.HIV_STI, Category.HEALTH),
        organisation="Port Amani Health",
        phone="+255700000011",
        email="clinic@bandari.example",
        url="https://bandari.example/sti",
        is_free=True,
        no_papers_needed=None,  # blank: not known
        interpretation=False,
        languages=("sw", "en"),
        min_age=15,
        latitude=-6.8102,
        longitude=39.2888,
        area_id=1,
        hours="Mo-Fr 08:00-16:00",
        closures=(("2026-12-25", "2026-12-26"),),
        rights_based=True,
        walk_in=True,
        confidential=False,
        visibility=Visibility.PEERS,
    )
    assert clinic_checked == date(2026, 10, 1)
    assert line.status == "active" and line.visibility is Visibility.PUBLIC
    assert line.phone == "+255800000011"
    assert line.is_free is None and line.sex_worker_led is False
    assert line_checked == TODAY  # no date given: checked on the day of the import


def test_every_problem_of_every_row_is_reported_and_bad_rows_are_left_out():
    good = {"name": "Good clinic", "categories": "health"}
    text = csv_text(
        good,
        {"name": "Bad phone", "categories": "health", "phone": "+255 12"},
        {"name": "Bad category", "categories": "health;helth"},
        {"name": "Bad hours", "categories": "health", "hours": "Mo-Fr 9-5"},
        {"name": "Unknown area", "categories": "health", "area": "atlantis"},
        {"name": "Half a point", "categories": "health", "latitude": "-6.8"},
        {"name": "Bad flag", "categories": "health", "walk_in": "maybe"},
        {"name": "", "categories": "", "email": "not-an-address", "url": "www.x.example"},
        good,
    )

    parsed = parse_services(text, AREAS, "TZ", TODAY)

    assert where(parsed.problems) == {
        (3, "phone"),
        (4, "categories"),
        (5, "hours"),
        (6, "area"),
        (7, "longitude"),
        (8, "walk_in"),
        (9, "name"),
        (9, "categories"),
        (9, "email"),
        (9, "url"),
    }
    assert [record.name for record, _ in parsed.records] == ["Good clinic", "Good clinic"]
    assert parsed.bad_rows == 7 and parsed.header_ok
    messages = {(p.row, p.field): p.message for p in parsed.problems}
    assert "'helth'" in messages[4, "categories"]
    assert "'maybe'" in messages[8, "walk_in"]
    assert str(parsed.problems[0]) == f"row 3, phone: {messages[3, 'phone']}"


def test_an_unknown_column_is_a_header_problem_and_keeps_every_row_out():
    text = csv_text({"name": "Clinic", "categories": "health", "phnoe": "+255 700 000 011"})

    parsed = parse_services(text, AREAS, "TZ", TODAY)

    assert where(parsed.problems) == {(1, "phnoe")}
    assert not parsed.header_ok
    assert parsed.records == []  # the misspelt column would have lost the phone number


def test_missing_required_columns_and_ragged_rows():
    parsed = parse_services("name,phone\nClinic,\n", AREAS, "TZ", TODAY)
    assert (1, "categories") in where(parsed.problems) and parsed.records == []

    parsed = parse_services("name,categories\nClinic,health,surprise\n", AREAS, "TZ", TODAY)
    assert where(parsed.problems) == {(2, "")}

    parsed = parse_services("", AREAS, "TZ", TODAY)
    assert where(parsed.problems) == {(1, "")}


def test_blank_lines_are_skipped_but_still_count_as_spreadsheet_rows():
    text = "name,categories\nFirst,health\n,\n\nFourth,nope\n"
    parsed = parse_services(text, AREAS, "TZ", TODAY)
    assert where(parsed.problems) == {(5, "categories")}
    assert parsed.rows == 2


def test_phone_numbers_without_a_country_code_need_a_region():
    text = csv_text({"name": "Clinic", "categories": "health", "phone": "0700 000 011"})
    without_region = parse_services(text, AREAS, None, TODAY)
    assert where(without_region.problems) == {(2, "phone")}
    assert "country code" in without_region.problems[0].message
    with_region = parse_services(text, AREAS, "TZ", TODAY)
    assert with_region.records[0][0].phone == "+255700000011"


def test_dates_ages_languages_and_choices_are_checked():
    text = csv_text(
        {
            "name": "Clinic",
            "categories": "health",
            "last_checked_on": "2026-11-02",
            "notice_expires_on": "01/12/2026",
            "closures": "2026-12-26..2026-12-25;2027-01-01",
            "languages": "sw;xx;swahili",
            "min_age": "25",
            "max_age": "18",
            "status": "open",
            "visibility": "secret",
            "longitude": "200",
            "latitude": "nan",
        }
    )
    parsed = parse_services(text, AREAS, "TZ", TODAY)
    assert where(parsed.problems) == {
        (2, "last_checked_on"),
        (2, "notice_expires_on"),
        (2, "closures"),
        (2, "languages"),
        (2, "max_age"),
        (2, "status"),
        (2, "visibility"),
        (2, "longitude"),
        (2, "latitude"),
    }


def test_text_too_long_for_a_card_is_a_problem():
    text = csv_text({"name": "x" * 121, "categories": "health", "description": "y" * 1001})
    parsed = parse_services(text, AREAS, "TZ", TODAY)
    assert where(parsed.problems) == {(2, "name"), (2, "description")}


def test_written_records_read_back_equal():
    text = csv_text(
        {
            "name": 'Drop-in "Kahawa", upstairs',
            "organisation": "Amani Sisters",
            "organisation_sex_worker_led": "yes",
            "description": "Tea, condoms; someone to talk to. Santé, مساعدة.",
            "categories": "drop-in;sex-worker-led",
            "phone": "+255 700 000 011",
            "is_free": "yes",
            "no_papers_needed": "no",
            "languages": "sw;fr;ar",
            "min_age": "18",
            "max_age": "99",
            "status": "temporarily_closed",
            "notice": "Closed for repairs",
            "notice_expires_on": "2026-12-01",
            "latitude": "-6.811812345678",
            "longitude": "39.29",
            "area": "old-market",
            "hours": "th-sa 22:00-05:00; Su 10:00-12:00",
            "closures": "2026-12-24..2026-12-26;2027-01-01..2027-01-01",
            "sex_worker_led": "yes",
            "confidential": "yes",
            "visibility": "leads",
            "last_checked_on": "2026-06-01",
        },
        {"name": "Crisis line", "categories": "emergency", "hours": "24/7"},
    )
    first = parse_services(text, AREAS, "TZ", TODAY)
    assert first.problems == []

    written = write_services(first.records, {v: k for k, v in AREAS.items()})
    again = parse_services(written, AREAS, None, TODAY)

    assert again.problems == []
    assert again.records == first.records
    assert written.splitlines()[0] == ",".join(COLUMNS)


def test_areas_file():
    areas, problems = parse_areas(
        "code,name,latitude,longitude\nharbour,Harbour,-6.81,39.29\nInland,Inland,,\n"
    )
    assert problems == []
    assert areas == [
        AreaRow("harbour", "Harbour", -6.81, 39.29),
        AreaRow("inland", "Inland", None, None),
    ]

    areas, problems = parse_areas(
        "code,name,latitude,longitude,size\nharbour,Harbour,-6.81,\nharbour,,1,2\nno spaces!,X,,\n"
    )
    assert areas == []
    assert where(problems) == {
        (1, "size"),
        (2, "longitude"),
        (3, "code"),
        (3, "name"),
        (4, "code"),
    }


def test_the_sample_directory_parses_cleanly_and_shows_every_kind_of_service():
    areas, area_problems = parse_areas((SAMPLE_DIR / "areas.csv").read_text(encoding="utf-8"))
    assert area_problems == [] and 5 <= len(areas) <= 6
    codes = {area.code: number for number, area in enumerate(areas, start=1)}

    parsed = parse_services(
        (SAMPLE_DIR / "services.csv").read_text(encoding="utf-8"), codes, SAMPLE_REGION, WRITTEN_ON
    )

    assert parsed.problems == []
    records = [record for record, _ in parsed.records]
    assert 25 <= len(records) <= 35
    assert {c for r in records for c in r.categories} == set(Category)
    assert all(r.phone is None or r.phone.startswith("+255") for r in records)
    assert any(r.is_free for r in records) and any(r.is_free is False for r in records)
    assert any(r.sex_worker_led or r.organisation_sex_worker_led for r in records)
    assert any(r.no_papers_needed for r in records)
    shelters = [r for r in records if r.confidential]
    assert shelters and all(r.visibility is not Visibility.PUBLIC for r in shelters)
    assert all(r.latitude is None and r.address is None for r in shelters)
    assert any(
        Category.DROP_IN in r.categories and r.visibility is Visibility.PEERS for r in records
    )
    every_hour = [parse_hours(r.hours) for r in records]
    assert any(len(p) == 7 and all(x.opens == x.closes for x in p) for p in every_hour)  # 24/7
    assert any(any(x.closes < x.opens for x in p) for p in every_hour)  # overnight
    assert {"fr", "sw", "ar"} <= {language for r in records for language in r.languages}

    policy = RecheckPolicy()
    ages = [WRITTEN_ON - checked for _, checked in parsed.records]
    assert all(timedelta(0) <= age <= timedelta(days=200) for age in ages)
    assert {policy.freshness(checked, WRITTEN_ON) for _, checked in parsed.records} == set(
        Freshness
    )
