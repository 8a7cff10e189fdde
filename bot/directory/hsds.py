"""The directory as Open Referral HSDS 3.0 JSON, for partners' referral platforms, and back.

The export is one page of HSDS 3.0 "full" service objects (the shape an HSDS API's `/services`
answers with): each service carries its organization, phones, weekly schedules (RFC 5545 style:
WEEKLY, byday, opens_at, closes_at in the deployment's local time), languages, required documents
and service_at_locations with the location, its address and accessibility. What HSDS has no field
for (categories, our yes/no attributes, area code, closures, visibility) travels as `attributes`
whose taxonomy terms belong to our own vocabulary, so nothing is lost on the way back.

Identifiers are UUIDs derived from our own ids (uuid5), stable from one export to the next, so a
partner updates records instead of duplicating them. Only public services go out unless the
operator asks for the peers-only and leads-only ones too (DESIGN rule 4: a peers-only drop-in's
address is not for a public platform).

Reading converts each service object to a row of the CSV format and hands it to `parse_services`,
so an HSDS import is checked cell by cell exactly like a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, time
from typing import Any

from bot.directory.csv_cells import RowProblem
from bot.directory.csv_files import (
    COLUMNS,
    FLAG_COLUMNS,
    MAYBE_COLUMNS,
    ParsedImport,
    parse_services,
)
from bot.directory.model import Service, ServiceRecord, Visibility
from bot.directory.opening_hours import OpeningPeriod, format_hours, parse_hours, weekly_summary

__all__ = ["HSDS_VERSION", "VOCABULARY", "hsds_page", "parse_hsds"]

HSDS_VERSION = "3.0"
VOCABULARY = "outreach_bot"  # the taxonomy our own attributes' terms belong to
_NAMESPACE = uuid.UUID("9fc805e7-fd47-4c0e-b03d-d7564a0e359d")
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_STATUS = {"active": "active", "temporarily_closed": "temporarily closed", "closed": "inactive"}
_OUR_STATUS = {hsds: ours for ours, hsds in _STATUS.items()} | {"defunct": "closed"}
# Our attributes without an HSDS field (a notice's end date too: HSDS's alert has none): each is
# one attribute whose term code is the column.
_ATTRIBUTE_COLUMNS = (
    "categories",
    *FLAG_COLUMNS,
    *MAYBE_COLUMNS,
    "area",
    "closures",
    "visibility",
    "notice_expires_on",
)


def _id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(map(str, parts))))


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty optional fields (HSDS readers treat absent and empty alike)."""
    return {key: value for key, value in values.items() if value not in (None, "", [])}


# --- writing ----------------------------------------------------------------------------------


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _attribute_values(record: ServiceRecord, area_code: str | None) -> dict[str, str | None]:
    return {
        "categories": ";".join(category.value for category in record.categories),
        **{column: _yes_no(getattr(record, column)) for column in (*FLAG_COLUMNS, *MAYBE_COLUMNS)},
        "area": area_code,
        "closures": ";".join(f"{starts}..{ends}" for starts, ends in record.closures) or None,
        "visibility": record.visibility.value,
        "notice_expires_on": record.notice_expires_on,
    }


def _attributes(service_id: str, record: ServiceRecord, area_code: str | None) -> list[dict]:
    attributes = []
    for column, value in _attribute_values(record, area_code).items():
        if value is None or (column in FLAG_COLUMNS and value == "no"):
            continue
        term = {"id": _id("term", column), "code": column, "name": column, "vocabulary": VOCABULARY}
        attributes.append(
            {
                "id": _id(service_id, "attribute", column),
                "link_id": service_id,
                "link_entity": "service",
                "link_type": VOCABULARY,
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
                "value": value,
            }
        )
    return attributes


def _schedules(service_id: str, record: ServiceRecord, zone: str) -> list[dict]:
    if not record.hours:
        return []
    schedules = []
    for days, spans in weekly_summary(parse_hours(record.hours)):
        for opens, closes in spans:
            schedules.append(
                {
                    "id": _id(service_id, "schedule", days, opens, closes),
                    "service_id": service_id,
                    "freq": "WEEKLY",
                    "interval": 1,
                    "byday": ",".join(_BYDAY[day] for day in days),
                    "opens_at": f"{opens:%H:%M}",
                    "closes_at": f"{closes:%H:%M}",
                    "description": record.hours,
                    "notes": f"local time, {zone}",
                }
            )
    return schedules


def _location(service_id: str, record: ServiceRecord, country: str) -> dict | None:
    if not (record.address or record.location_name or record.latitude is not None):
        return None
    location_id = _id(service_id, "location")
    address = (
        [
            {
                "id": _id(service_id, "address"),
                "location_id": location_id,
                "address_1": record.address,
                "city": "",
                "state_province": "",
                "postal_code": "",
                "country": country,
                "address_type": "physical",
            }
        ]
        if record.address
        else []
    )
    access = [
        {
            "id": _id(service_id, "accessibility"),
            "location_id": location_id,
            "description": record.accessibility,
        }
    ]
    return _clean(
        {
            "id": location_id,
            "location_type": "physical",
            "name": record.location_name,
            "description": record.directions,
            "latitude": record.latitude,
            "longitude": record.longitude,
            "addresses": address,
            "accessibility": access if record.accessibility else [],
        }
    )


def _service(service: Service, area_code: str | None, zone: str, country: str) -> dict:
    record = service.record
    service_id = _id("service", service.id)
    organization = None
    if record.organisation:
        organization = {
            "id": _id("organization", record.organisation),
            "name": record.organisation,
            "description": "",
        }
    location = _location(service_id, record, country)
    return _clean(
        {
            "id": service_id,
            "organization_id": organization and organization["id"],
            "organization": organization,
            "name": record.name,
            "description": record.description,
            "url": record.url,
            "email": record.email,
            "status": _STATUS.get(record.status, "active"),
            "interpretation_services": "yes" if record.interpretation else None,
            "fees_description": record.fees,
            "eligibility_description": record.eligibility,
            "minimum_age": record.min_age,
            "maximum_age": record.max_age,
            "assured_date": service.last_checked_on and service.last_checked_on.isoformat(),
            "alert": record.notice,
            "phones": [
                {"id": _id(service_id, "phone"), "service_id": service_id, "number": record.phone}
            ]
            if record.phone
            else [],
            "schedules": _schedules(service_id, record, zone),
            "languages": [
                {"id": _id(service_id, "language", code), "service_id": service_id, "code": code}
                for code in record.languages
            ],
            "required_documents": [
                {
                    "id": _id(service_id, "document"),
                    "service_id": service_id,
                    "document": record.documents_required,
                }
            ]
            if record.documents_required
            else [],
            "service_at_locations": [
                {
                    "id": _id(service_id, "at", location["id"]),
                    "service_id": service_id,
                    "location_id": location["id"],
                    "location": location,
                }
            ]
            if location
            else [],
            "attributes": _attributes(service_id, record, area_code),
        }
    )


def hsds_page(
    services: Iterable[Service],
    area_codes: Mapping[int, str],
    *,
    zone: str,
    country: str,
    everyone: bool = False,
) -> dict:
    """One HSDS 3.0 page holding every given service that may leave: public ones, or all of them
    when `everyone` (the operator asked for peers-only and leads-only records too)."""
    contents = [
        _service(
            service,
            area_codes.get(service.record.area_id) if service.record.area_id is not None else None,
            zone,
            country,
        )
        for service in services
        if everyone or service.record.visibility is Visibility.PUBLIC
    ]
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }


# --- reading ----------------------------------------------------------------------------------


def _first(items: Any) -> dict:
    return items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else {}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _hours(schedules: Any) -> str:
    """The compact hours of WEEKLY schedules; anything else is reported by parse_services."""
    periods = []
    for schedule in schedules if isinstance(schedules, list) else []:
        if not isinstance(schedule, dict) or schedule.get("freq", "WEEKLY") != "WEEKLY":
            continue
        try:
            opens = time.fromisoformat(_text(schedule.get("opens_at"))[:5])
            closes_text = _text(schedule.get("closes_at"))[:5]
            closes = time(0, 0) if closes_text == "24:00" else time.fromisoformat(closes_text)
            days = [
                _BYDAY.index(day.strip().upper()) for day in _text(schedule["byday"]).split(",")
            ]
        except (KeyError, ValueError):
            # Not a weekly rule we can read: hand it over as typed, for the cell check to name.
            return " ".join(
                _text(schedule.get(name)) for name in ("byday", "opens_at", "closes_at")
            )
        periods += [OpeningPeriod(day, opens, closes) for day in days]
    return format_hours(sorted(set(periods))) if periods else ""


def _row(service: dict) -> dict[str, str]:
    """The CSV cells of one HSDS service object."""
    location = _first(service.get("service_at_locations")).get("location") or {}
    attributes = {
        _text((item.get("taxonomy_term") or {}).get("code")): _text(item.get("value"))
        for item in service.get("attributes") or []
        if isinstance(item, dict)
        and (item.get("taxonomy_term") or {}).get("vocabulary") == VOCABULARY
    }
    languages = [
        _text(item.get("code")) for item in service.get("languages") or [] if isinstance(item, dict)
    ]
    return {
        "name": _text(service.get("name")),
        "organisation": _text((service.get("organization") or {}).get("name")),
        "description": _text(service.get("description")),
        "phone": _text(_first(service.get("phones")).get("number")),
        "email": _text(service.get("email")),
        "url": _text(service.get("url")),
        "fees": _text(service.get("fees_description")),
        "eligibility": _text(service.get("eligibility_description")),
        "documents_required": _text(_first(service.get("required_documents")).get("document")),
        "languages": ";".join(code for code in languages if code),
        "min_age": _text(service.get("minimum_age")),
        "max_age": _text(service.get("maximum_age")),
        "status": _OUR_STATUS.get(_text(service.get("status")), _text(service.get("status"))),
        "notice": _text(service.get("alert")),
        "location_name": _text(location.get("name")),
        "address": _text(_first(location.get("addresses")).get("address_1")),
        "latitude": _text(location.get("latitude")),
        "longitude": _text(location.get("longitude")),
        "directions": _text(location.get("description")),
        "accessibility": _text(_first(location.get("accessibility")).get("description")),
        "hours": _hours(service.get("schedules")),
        "last_checked_on": _text(service.get("assured_date")),
        **{column: attributes.get(column, "") for column in _ATTRIBUTE_COLUMNS},
    }


def parse_hsds(
    data: Any, areas: dict[str, int], default_region: str | None, today: date
) -> ParsedImport:
    """Records from an HSDS page (or a bare list of service objects), checked like a CSV import.
    Problems name the service's position as a row: the first service is row 2."""
    services = data.get("contents") if isinstance(data, dict) else data
    if not isinstance(services, list) or not all(isinstance(item, dict) for item in services):
        problem = RowProblem(1, "", "not an HSDS page: expected a list of service objects")
        return ParsedImport([], [problem])
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for service in services:
        writer.writerow(_row(service))
    return parse_services(out.getvalue(), areas, default_region, today)
