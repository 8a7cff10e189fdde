"""The directory's CSV format: read services and areas an operator prepared in a spreadsheet,
checking every cell, and write services back out in the same format.

Reading never stops at the first mistake: every problem of every row is reported with its
spreadsheet row number (the header is row 1), so an operator fixes a file in one pass.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TextIO

from bot.directory import csv_cells as check
from bot.directory.core import Directory
from bot.directory.csv_cells import RowProblem
from bot.directory.model import STATUSES, ServiceRecord, State, Visibility
from storage import Database
from storage import directory as store

__all__ = [
    "AREA_COLUMNS",
    "COLUMNS",
    "AreaRow",
    "ParsedImport",
    "RowProblem",
    "parse_areas",
    "parse_services",
    "save_areas",
    "save_services",
    "write_services",
]

# Every column, in the order export writes them. Only name and categories must be present.
COLUMNS = (
    "name",
    "organisation",
    "organisation_sex_worker_led",
    "description",
    "categories",
    "phone",
    "email",
    "url",
    "fees",
    "is_free",
    "eligibility",
    "documents_required",
    "no_papers_needed",
    "interpretation",
    "languages",
    "min_age",
    "max_age",
    "status",
    "notice",
    "notice_expires_on",
    "location_name",
    "address",
    "latitude",
    "longitude",
    "area",
    "directions",
    "accessibility",
    "hours",
    "closures",
    "sex_worker_led",
    "rights_based",
    "no_police_reporting",
    "trans_friendly",
    "confidential",
    "walk_in",
    "visibility",
    "last_checked_on",
)
REQUIRED_COLUMNS = ("name", "categories")
AREA_COLUMNS = ("code", "name", "latitude", "longitude")

# Yes/no attributes where a blank cell means "no" rather than "not known".
FLAG_COLUMNS = (
    "organisation_sex_worker_led",
    "sex_worker_led",
    "rights_based",
    "no_police_reporting",
    "trans_friendly",
    "confidential",
    "walk_in",
)
MAYBE_COLUMNS = ("is_free", "no_papers_needed", "interpretation")
TEXT_COLUMNS = (
    "organisation",
    "fees",
    "eligibility",
    "documents_required",
    "notice",
    "location_name",
    "address",
    "directions",
    "accessibility",
)

# Keep a service card near one Telegram message (4096 characters), and a name fit for a button.
NAME_LIMIT = 120
DESCRIPTION_LIMIT = 1000

_AREA_CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")


@dataclass(frozen=True)
class ParsedImport:
    """Good rows as records with their last-checked date; a row with any problem is left out."""

    records: list[tuple[ServiceRecord, date]]
    problems: list[RowProblem]
    rows: int = 0  # data rows read, blank ones not counted

    @property
    def header_ok(self) -> bool:
        """False when the columns themselves are wrong: then no row is trusted."""
        return not any(problem.row == 1 for problem in self.problems)

    @property
    def bad_rows(self) -> int:
        return len({problem.row for problem in self.problems if problem.row > 1})


@dataclass(frozen=True)
class AreaRow:
    code: str
    name: str
    latitude: float | None
    longitude: float | None


# --- reading ----------------------------------------------------------------------------------


def _column_order(column: str) -> int:
    return COLUMNS.index(column) if column in COLUMNS else -1


def _table(
    text_or_file: str | TextIO, known: tuple[str, ...], required: tuple[str, ...]
) -> tuple[list[check.Cells], list[RowProblem]]:
    """The non-blank data rows by column name, and problems with the header or a row's shape."""
    source = (
        io.StringIO(text_or_file, newline="") if isinstance(text_or_file, str) else text_or_file
    )
    reader = csv.reader(source)
    header = next(reader, None)
    if header is None:
        return [], [RowProblem(1, "", "the file is empty; the first row must name the columns")]
    if header and header[0].startswith("\ufeff"):  # a byte-order mark from a spreadsheet
        header[0] = header[0][1:]
    names = [name.strip().lower() for name in header]
    problems = []
    for name in dict.fromkeys(names):
        if not name:
            continue
        if name not in known:
            problems.append(RowProblem(1, name, "unknown column"))
        if names.count(name) > 1:
            problems.append(RowProblem(1, name, "the column appears more than once"))
    problems += [
        RowProblem(1, name, "required column is missing") for name in required if name not in names
    ]
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        row = check.Cells(number, {})
        for index, cell in enumerate(cells):
            if index >= len(names):
                if cell.strip():
                    row.problem("", f"has {len(cells)} cells but the header names {len(names)}")
                    break
            elif names[index]:
                row.values[names[index]] = cell
        rows.append(row)
    return rows, problems


def _service(
    row: check.Cells, areas: dict[str, int], default_region: str | None, today: date
) -> tuple[ServiceRecord, date]:
    name = row.text("name", NAME_LIMIT)
    if name is None:
        row.problem("name", "is required")
    categories = row.converted("categories", check.categories)
    if not check.split(row.raw("categories")):
        row.problem("categories", "at least one category is required")
    min_age = row.converted("min_age", check.age)
    max_age = row.converted("max_age", check.age)
    if min_age is not None and max_age is not None and min_age > max_age:
        row.problem("max_age", f"is below min_age ({min_age})")
    latitude, longitude = check.point(row)
    area_id = None
    area_code = row.raw("area").lower()
    if area_code:
        area_id = areas.get(area_code)
        if area_id is None:
            row.problem(
                "area", f"{check.shown(area_code)} is not a known area code; import areas first"
            )
    checked_on = row.converted("last_checked_on", check.iso_date) or today
    if checked_on > today:
        row.problem("last_checked_on", f"{checked_on} is in the future")
    notice_expires_on = row.converted("notice_expires_on", check.iso_date)
    attributes: dict[str, Any] = {
        **{column: row.text(column) for column in TEXT_COLUMNS},
        **{column: row.maybe(column) for column in MAYBE_COLUMNS},
        **{column: row.flag(column) for column in FLAG_COLUMNS},
    }
    record = ServiceRecord(
        name=name or "",
        categories=categories or (),
        description=row.text("description", DESCRIPTION_LIMIT) or "",
        phone=row.converted("phone", check.phone(default_region)),
        email=row.converted("email", check.email),
        url=row.converted("url", check.url),
        languages=row.converted("languages", check.languages) or (),
        min_age=min_age,
        max_age=max_age,
        status=row.converted("status", check.choice(STATUSES)) or "active",
        notice_expires_on=notice_expires_on.isoformat() if notice_expires_on else None,
        latitude=latitude,
        longitude=longitude,
        area_id=area_id,
        hours=row.converted("hours", check.hours) or "",
        closures=row.converted("closures", check.closures) or (),
        visibility=Visibility(
            row.converted("visibility", check.choice(v.value for v in Visibility)) or "public"
        ),
        **attributes,
    )
    return record, checked_on


def parse_services(
    text_or_file: str | TextIO, areas: dict[str, int], default_region: str | None, today: date
) -> ParsedImport:
    """Check every row of a services CSV.

    `areas` maps area codes to their ids; `default_region` (like "TZ") reads phone numbers typed
    without a country code; `today` is the default last-checked date and no date may be after it.
    If the header is wrong (an unknown or missing column), no record is returned at all, since a
    misspelt column would silently lose what it holds.
    """
    rows, problems = _table(text_or_file, COLUMNS, REQUIRED_COLUMNS)
    records = []
    for row in rows:
        record = _service(row, areas, default_region, today)
        if row.problems:
            problems += row.problems
        else:
            records.append(record)
    if any(problem.row == 1 for problem in problems):
        records = []
    problems.sort(key=lambda problem: (problem.row, _column_order(problem.field)))
    return ParsedImport(records, problems, len(rows))


def parse_areas(text_or_file: str | TextIO) -> tuple[list[AreaRow], list[RowProblem]]:
    """Check an areas CSV (code, name, latitude, longitude); nothing is returned if any row is bad."""
    rows, problems = _table(text_or_file, AREA_COLUMNS, ("code", "name"))
    areas: list[AreaRow] = []
    seen: set[str] = set()
    for row in rows:
        code = row.raw("code").lower()
        if not _AREA_CODE.fullmatch(code):
            row.problem(
                "code",
                "must be 1-32 letters a-z, digits, '-' or '_', starting with a letter or digit",
            )
        elif code in seen:
            row.problem("code", f"{check.shown(code)} appears more than once")
        seen.add(code)
        name = row.text("name", NAME_LIMIT)
        if name is None:
            row.problem("name", "is required")
        latitude, longitude = check.point(row)
        problems += row.problems
        areas.append(AreaRow(code, name or "", latitude, longitude))
    return ([] if problems else areas), problems


# --- writing ----------------------------------------------------------------------------------


def _yes_no_cell(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _cells(record: ServiceRecord, checked_on: date | None, area_codes: dict[int, str]) -> list[str]:
    values = {
        "categories": ";".join(category.value for category in record.categories),
        "languages": ";".join(record.languages),
        "closures": ";".join(f"{starts}..{ends}" for starts, ends in record.closures),
        "area": area_codes.get(record.area_id, "") if record.area_id is not None else "",
        "visibility": record.visibility.value,
        "last_checked_on": checked_on.isoformat() if checked_on else "",
        **{column: _yes_no_cell(getattr(record, column)) for column in MAYBE_COLUMNS},
        **{column: _yes_no_cell(getattr(record, column)) for column in FLAG_COLUMNS},
    }
    for column in COLUMNS:
        if column not in values:
            value = getattr(record, column)
            values[column] = "" if value is None else str(value)
    return [values[column] for column in COLUMNS]


def write_services(
    services: Iterable[tuple[ServiceRecord, date | None]], area_codes: dict[int, str]
) -> str:
    """The CSV text of records and their last-checked dates, read back equal by `parse_services`.

    `area_codes` maps area ids to codes. Domain `Service` objects pass as
    `(service.record, service.last_checked_on)`.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for record, checked_on in services:
        writer.writerow(_cells(record, checked_on, area_codes))
    return out.getvalue()


# --- saving -----------------------------------------------------------------------------------


async def save_areas(database: Database, areas: Iterable[AreaRow]) -> int:
    """Add new areas and update existing ones (matched by code); returns how many were saved."""
    saved = 0
    for area in areas:
        await store.upsert_area(database, area.code, area.name, area.latitude, area.longitude)
        saved += 1
    return saved


async def save_services(
    directory: Directory, records: Iterable[tuple[ServiceRecord, date]], *, state: State
) -> list[int]:
    """Add checked records in file order, each with its own last-checked date, in one
    transaction; returns their ids."""
    return await directory.add_checked(records, state=state, by=None)
