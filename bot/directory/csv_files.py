"""The directory's CSV format: read services and areas an operator prepared in a spreadsheet,
checking every cell, and write services back out in the same format.

Reading never stops at the first mistake: every problem of every row is reported with its
spreadsheet row number (the header is row 1), so an operator fixes a file in one pass.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TextIO, TypeVar

import phonenumbers
from babel import Locale

from bot.common.text import clean_text
from bot.directory.core import Category, Directory, ServiceRecord, State, Visibility
from bot.directory.opening_hours import format_hours, parse_hours
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
    "name", "organisation", "organisation_sex_worker_led", "description", "categories",
    "phone", "email", "url", "fees", "is_free", "eligibility", "documents_required",
    "no_papers_needed", "interpretation", "languages", "min_age", "max_age", "status",
    "notice", "notice_expires_on", "location_name", "address", "latitude", "longitude", "area",
    "directions", "accessibility", "hours", "closures", "sex_worker_led", "rights_based",
    "no_police_reporting", "trans_friendly", "confidential", "walk_in", "visibility",
    "last_checked_on",
)  # fmt: skip
REQUIRED_COLUMNS = ("name", "categories")
AREA_COLUMNS = ("code", "name", "latitude", "longitude")

STATUSES = ("active", "temporarily_closed", "closed")
# Yes/no attributes where a blank cell means "no" rather than "not known".
FLAG_COLUMNS = (
    "organisation_sex_worker_led", "sex_worker_led", "rights_based", "no_police_reporting",
    "trans_friendly", "confidential", "walk_in",
)  # fmt: skip
MAYBE_COLUMNS = ("is_free", "no_papers_needed", "interpretation")
TEXT_COLUMNS = (
    "organisation", "fees", "eligibility", "documents_required", "notice", "location_name",
    "address", "directions", "accessibility",
)  # fmt: skip

# Keep a service card near one Telegram message (4096 characters), and a name fit for a button.
NAME_LIMIT = 120
DESCRIPTION_LIMIT = 1000
TEXT_LIMIT = 300
AGES = range(0, 121)

_TRUE = frozenset({"yes", "true", "1"})
_FALSE = frozenset({"no", "false", "0"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMAIL = re.compile(r"[^@\s<>,;:\"]+@[^@\s<>,;:\"]+\.[A-Za-z]{2,}")
_URL = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)
_AREA_CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
_KNOWN_LANGUAGES = frozenset(code for code in Locale("en").languages if len(code) == 2)

T = TypeVar("T")


@dataclass(frozen=True)
class RowProblem:
    """One mistake in one cell; row 1 is the header, so file-wide problems are reported there."""

    row: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, {self.field}" if self.field else f"row {self.row}"
        return f"{where}: {self.message}"


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


@dataclass
class _Cells:
    """One data row being checked: its cells by column, and the problems found so far."""

    row: int
    values: dict[str, str]
    problems: list[RowProblem] = field(default_factory=list)

    def raw(self, column: str) -> str:
        return self.values.get(column, "").strip()

    def problem(self, column: str, message: str) -> None:
        self.problems.append(RowProblem(self.row, column, message))

    def text(self, column: str, limit: int = TEXT_LIMIT) -> str | None:
        value = clean_text(self.values.get(column, ""))
        if len(value) > limit:
            self.problem(column, f"is {len(value)} characters long; at most {limit} fit a card")
        return value or None

    def converted(self, column: str, convert: Callable[[str], T]) -> T | None:
        """`convert(cell)` for a non-blank cell; its ValueError becomes this cell's problem."""
        value = self.raw(column)
        if not value:
            return None
        try:
            return convert(value)
        except ValueError as error:
            self.problem(column, str(error))
            return None

    def maybe(self, column: str) -> bool | None:
        return self.converted(column, _yes_no)

    def flag(self, column: str) -> bool:
        return bool(self.maybe(column))


def _shown(value: str) -> str:
    """A cell's value quoted in a message, cut short so one bad cell cannot flood the output."""
    return repr(value if len(value) <= 40 else value[:39] + "…")


def _yes_no(value: str) -> bool:
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ValueError(f"{_shown(value)} is not yes, no, true, false, 1 or 0")


def _iso_date(value: str) -> date:
    # date.fromisoformat alone also takes 20261101 and 2026-W44, which no one means here.
    if _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{_shown(value)} is not a date written YYYY-MM-DD")


def _age(value: str) -> int:
    if not value.isdigit() or int(value) not in AGES:
        raise ValueError(f"{_shown(value)} is not an age from {AGES[0]} to {AGES[-1]}")
    return int(value)


def _coordinate(limit: float) -> Callable[[str], float]:
    def convert(value: str) -> float:
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number) or not -limit <= number <= limit:
            raise ValueError(
                f"{_shown(value)} is not a number from {-limit:g} to {limit:g} (decimal degrees)"
            )
        return number

    return convert


def _phone(default_region: str | None) -> Callable[[str], str]:
    def convert(value: str) -> str:
        try:
            number = phonenumbers.parse(value, default_region)
        except phonenumbers.NumberParseException as error:
            if not value.startswith("+") and default_region is None:
                raise ValueError(
                    f"{_shown(value)} has no country code: write it with + and the code, "
                    "or give a default region"
                ) from None
            raise ValueError(f"{_shown(value)} is not a phone number") from error
        if not phonenumbers.is_valid_number(number):
            raise ValueError(f"{_shown(value)} is not a valid phone number")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    return convert


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise ValueError(f"{_shown(value)} is not an e-mail address")
    return value


def _url(value: str) -> str:
    if not _URL.fullmatch(value):
        raise ValueError(f"{_shown(value)} is not a web address starting http:// or https://")
    return value


def _choice(allowed: Iterable[str]) -> Callable[[str], str]:
    allowed = tuple(allowed)

    def convert(value: str) -> str:
        if value.lower() not in allowed:
            raise ValueError(f"{_shown(value)} is not one of {', '.join(allowed)}")
        return value.lower()

    return convert


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _categories(value: str) -> tuple[Category, ...]:
    known = {category.value for category in Category}
    codes = [code.lower() for code in _split(value)]
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValueError(
            f"unknown category {', '.join(map(_shown, unknown))}; "
            f"use codes from: {', '.join(sorted(known))}"
        )
    return tuple(Category(code) for code in dict.fromkeys(codes))


def _languages(value: str) -> tuple[str, ...]:
    codes = [code.lower() for code in _split(value)]
    unknown = [code for code in codes if code not in _KNOWN_LANGUAGES]
    if unknown:
        raise ValueError(
            f"unknown language code {', '.join(map(_shown, unknown))}; "
            "use two-letter ISO 639-1 codes like sw, fr, ar"
        )
    return tuple(dict.fromkeys(codes))


def _hours(value: str) -> str:
    try:
        periods = parse_hours(value)
    except ValueError as error:
        raise ValueError(f"{error}; write hours like 'Mo-Fr 09:00-17:00; Sa 10:00-14:00'") from None
    # Stored in the canonical form, so an export reads the same as what the bot shows.
    return format_hours(periods)


def _closures(value: str) -> tuple[tuple[str, str], ...]:
    closures = []
    for part in _split(value):
        starts, dots, ends = part.partition("..")
        if not dots:
            raise ValueError(f"{_shown(part)} is not written YYYY-MM-DD..YYYY-MM-DD")
        starts_on, ends_on = _iso_date(starts.strip()), _iso_date(ends.strip())
        if ends_on < starts_on:
            raise ValueError(f"{_shown(part)} ends before it starts")
        closures.append((starts_on.isoformat(), ends_on.isoformat()))
    return tuple(closures)


def _column_order(column: str) -> int:
    return COLUMNS.index(column) if column in COLUMNS else -1


def _point(row: _Cells) -> tuple[float | None, float | None]:
    latitude = row.converted("latitude", _coordinate(90))
    longitude = row.converted("longitude", _coordinate(180))
    for given, missing in (("latitude", "longitude"), ("longitude", "latitude")):
        if row.raw(given) and not row.raw(missing):
            row.problem(missing, f"is needed too when {given} is given")
    return latitude, longitude


def _table(
    text_or_file: str | TextIO, known: tuple[str, ...], required: tuple[str, ...]
) -> tuple[list[_Cells], list[RowProblem]]:
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
        row = _Cells(number, {})
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
    row: _Cells, areas: dict[str, int], default_region: str | None, today: date
) -> tuple[ServiceRecord, date]:
    name = row.text("name", NAME_LIMIT)
    if name is None:
        row.problem("name", "is required")
    categories = row.converted("categories", _categories)
    if not _split(row.raw("categories")):
        row.problem("categories", "at least one category is required")
    min_age = row.converted("min_age", _age)
    max_age = row.converted("max_age", _age)
    if min_age is not None and max_age is not None and min_age > max_age:
        row.problem("max_age", f"is below min_age ({min_age})")
    latitude, longitude = _point(row)
    area_id = None
    area_code = row.raw("area").lower()
    if area_code:
        area_id = areas.get(area_code)
        if area_id is None:
            row.problem("area", f"{_shown(area_code)} is not a known area code; import areas first")
    checked_on = row.converted("last_checked_on", _iso_date) or today
    if checked_on > today:
        row.problem("last_checked_on", f"{checked_on} is in the future")
    notice_expires_on = row.converted("notice_expires_on", _iso_date)
    record = ServiceRecord(
        name=name or "",
        categories=categories or (),
        description=row.text("description", DESCRIPTION_LIMIT) or "",
        phone=row.converted("phone", _phone(default_region)),
        email=row.converted("email", _email),
        url=row.converted("url", _url),
        languages=row.converted("languages", _languages) or (),
        min_age=min_age,
        max_age=max_age,
        status=row.converted("status", _choice(STATUSES)) or "active",
        notice_expires_on=notice_expires_on.isoformat() if notice_expires_on else None,
        latitude=latitude,
        longitude=longitude,
        area_id=area_id,
        hours=row.converted("hours", _hours) or "",
        closures=row.converted("closures", _closures) or (),
        visibility=Visibility(
            row.converted("visibility", _choice(v.value for v in Visibility)) or "public"
        ),
        **{column: row.text(column) for column in TEXT_COLUMNS},
        **{column: row.maybe(column) for column in MAYBE_COLUMNS},
        **{column: row.flag(column) for column in FLAG_COLUMNS},
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
            row.problem("code", f"{_shown(code)} appears more than once")
        seen.add(code)
        name = row.text("name", NAME_LIMIT)
        if name is None:
            row.problem("name", "is required")
        latitude, longitude = _point(row)
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
