"""An invented directory for the fictional city of Port Amani (see README.md here), loaded into
an empty database for console mode, training and tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from bot.directory.core import Directory, ServiceRecord, State
from bot.directory.csv_files import parse_areas, parse_services, save_areas, save_services
from storage import Database
from storage import directory as store

__all__ = ["SAMPLE_DIR", "load_sample_directory"]

SAMPLE_DIR = Path(__file__).parent
SAMPLE_REGION = "TZ"
# The files' dates are written as seen on this day; loading moves them to today, so the sample
# always shows fresh, due, stale and hidden services.
WRITTEN_ON = date(2026, 11, 1)


def _moved(record: ServiceRecord, shift: timedelta) -> ServiceRecord:
    def later(day: str) -> str:
        return (date.fromisoformat(day) + shift).isoformat()

    return replace(
        record,
        closures=tuple((later(starts), later(ends)) for starts, ends in record.closures),
        notice_expires_on=later(record.notice_expires_on) if record.notice_expires_on else None,
    )


async def load_sample_directory(directory: Directory, database: Database) -> int:
    """Import the sample areas, then its services as published; returns how many services.

    Does nothing, and returns 0, if the database already holds any service, so a restarted
    console does not list every service twice.
    """
    if await store.all_services(database):
        return 0
    areas, problems = parse_areas((SAMPLE_DIR / "areas.csv").read_text(encoding="utf-8"))
    if problems:
        raise ValueError("the sample areas.csv has problems: " + "; ".join(map(str, problems)))
    await save_areas(database, areas)
    codes = {area.code: area.id for area in await directory.areas()}
    parsed = parse_services(
        (SAMPLE_DIR / "services.csv").read_text(encoding="utf-8"), codes, SAMPLE_REGION, WRITTEN_ON
    )
    if parsed.problems:
        raise ValueError(
            "the sample services.csv has problems: " + "; ".join(map(str, parsed.problems))
        )
    shift = directory.today() - WRITTEN_ON
    records = [(_moved(record, shift), checked + shift) for record, checked in parsed.records]
    return len(await save_services(directory, records, state=State.PUBLISHED))
