"""Figures as partners' tools read them: a CSV tagged with the Humanitarian Exchange Language
(HXL, hxlstandard.org). One row per figure, a header row in the reader's language, then the
hashtag row, so HXL tools (libhxl, the HXL Proxy, HDX) can filter, merge and chart figures from
many organisations without reading our language.

Only figures that already went through suppression come here (DESIGN rule 5): a hidden figure
has an empty value and says so in its own column, never a number. Codes (indicator, sector) are
stable English codes; names are in the reader's language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

__all__ = ["COLUMNS", "Figure", "Period", "hxl_csv", "sector_of"]

# (column, hashtag). Values in `#indicator +value +num` are numbers only, as HXL tools expect.
COLUMNS = (
    ("start", "#date +start"),
    ("end", "#date +end"),
    ("area", "#loc +name"),
    ("sector", "#sector +code"),
    ("code", "#indicator +code"),
    ("indicator", "#indicator +name"),
    ("service", "#service +name"),
    ("value", "#indicator +value +num"),
    ("hidden", "#meta +suppressed"),
)

# The humanitarian sector (cluster) each directory category belongs to.
_SECTORS = {
    "health": "health",
    "hiv-sti": "health",
    "sexual-health": "health",
    "mental-health": "health",
    "harm-reduction": "health",
    "legal-aid": "protection",
    "gbv": "protection",
    "documentation": "protection",
    "sex-worker-led": "protection",
    "peer-support": "protection",
    "drop-in": "protection",
    "emergency": "protection",
    "shelter": "shelter",
    "livelihood": "livelihoods",
}
PROTECTION, HEALTH = "protection", "health"


def sector_of(category: str) -> str:
    """The sector of a directory category (protection for one we do not know)."""
    return _SECTORS.get(category, PROTECTION)


@dataclass(frozen=True)
class Period:
    """The days a figure covers, first and last included."""

    start: date
    end: date


@dataclass(frozen=True)
class Figure:
    """One published figure: `value` None when suppression hid it."""

    code: str  # stable, e.g. "outreach_reached_new"
    name: str  # in the reader's language
    sector: str
    value: int | float | None
    area: str = ""  # empty: every area
    service: str = ""  # the service a figure is about (a rating), else empty


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _number(value: int | float) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def hxl_csv(
    period: Period, figures: Iterable[Figure], headers: Mapping[str, str], hidden: str
) -> bytes:
    """The figures as an HXL-tagged CSV: UTF-8 with a byte order mark (spreadsheets then read
    Arabic and other scripts), CRLF line ends, no cell that starts a formula. `headers` names
    each column in the reader's language (falling back to its key); `hidden` is what the
    suppressed column says for a hidden figure (e.g. "<5")."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([_safe(headers.get(column, column)) for column, _ in COLUMNS])
    writer.writerow([tag for _, tag in COLUMNS])
    writer.writerows(_cells(period, figure, hidden) for figure in figures)
    return out.getvalue().encode("utf-8-sig")


def _cells(period: Period, figure: Figure, hidden: str) -> Sequence[str]:
    value = "" if figure.value is None else _number(figure.value)
    cells = (
        period.start.isoformat(),
        period.end.isoformat(),
        figure.area,
        figure.sector,
        figure.code,
        figure.name,
        figure.service,
        value,
        hidden if figure.value is None else "",
    )
    return [_safe(cell) for cell in cells]
