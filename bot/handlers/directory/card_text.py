"""The words of one service, as pure functions: open or closed, a result's label, and the whole
card (everything a person needs to decide and to get there, in one message)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_time, get_day_names

from bot.common.text import MAX_MESSAGE_LENGTH, fit_message, telegram_length
from bot.directory.model import FLAGS, EditableField, Freshness, Service, State
from bot.directory.opening_hours import always_open, parse_hours, weekly_summary, whole_day
from bot.directory.words import readable_phone
from bot.i18n import Messages, list_text
from bot.people import Role

# A 24-hour clock in every language: "opens at 09:00" reads the same on every phone.
CLOCK = "HH:mm"


def local_time(moment: datetime, zone: ZoneInfo, locale: str) -> str:
    return format_time(moment.astimezone(zone), format=CLOCK, locale=locale)


def status_text(service: Service, t: Messages, zone: ZoneInfo) -> str:
    """Open now (until when), or closed (and when it opens), or hours not known."""
    status = service.open
    if not status.hours_known:
        return t("directory-hours-unknown")
    if status.open_now:
        if status.closes_at is None:
            return t("directory-open-now")
        return t("directory-open-until", time=local_time(status.closes_at, zone, t.locale))
    if status.next_opening is None:
        return t("directory-closed")
    opening = status.next_opening.astimezone(zone)
    day = get_day_names("abbreviated", locale=t.locale)[opening.weekday()]
    return t("directory-opens-at", day=day, time=local_time(opening, zone, t.locale))


def result_label(service: Service, t: Messages, zone: ZoneInfo) -> str:
    """A result's button: name, distance band (near me), open or closed."""
    status = status_text(service, t, zone)
    if service.distance is None:
        return t("directory-result-label", name=service.record.name, status=status)
    distance = t("directory-distance", band=service.distance.value)
    return t(
        "directory-result-label-distance",
        name=service.record.name,
        distance=distance,
        status=status,
    )


def language_names(codes: tuple[str, ...], locale: str) -> str:
    names: Mapping[str, str]
    try:
        names = Locale.parse(locale).languages
    except (UnknownLocaleError, ValueError):
        names = {}
    return list_text([names.get(code, code) for code in codes], locale)


def week_text(service: Service, t: Messages) -> list[str]:
    """The opening hours of the week, days with the same hours together."""
    day_names = get_day_names("abbreviated", locale=t.locale)
    lines = []
    for days, spans in weekly_summary(parse_hours(service.record.hours)):
        label = (
            day_names[days[0]] if len(days) == 1 else f"{day_names[days[0]]}–{day_names[days[-1]]}"
        )
        times = (
            t("directory-all-day")
            if whole_day(spans)
            else ", ".join(
                f"{format_time(opens, CLOCK, locale=t.locale)}–{format_time(closes, CLOCK, locale=t.locale)}"
                for opens, closes in spans
            )
        )
        lines.append(t("directory-card-week", days=label, times=times))
    return lines


def card_text(service: Service, role: Role, t: Messages, zone: ZoneInfo, today: date) -> str:
    """Everything a person needs to decide and to get there, in one message."""
    record = service.record
    lines = [record.name]
    if record.organisation:
        lines.append(t("directory-card-organisation", organisation=record.organisation))
    if record.description:
        lines.append(record.description)
    if record.status == "temporarily_closed":
        lines.append(t("directory-card-temporarily-closed"))
    if record.notice and (
        not record.notice_expires_on or record.notice_expires_on >= today.isoformat()
    ):
        lines.append(t("directory-card-notice", notice=record.notice))
    # Tags, like the flags below: a list with "and" would blur names that have "and" in them.
    categories = " · ".join(t("directory-category", category=c.value) for c in record.categories)
    lines.append(t("directory-card-categories", categories=categories))
    place = ", ".join(p for p in (record.location_name, record.address, service.area_name) if p)
    if place:
        lines.append(t("directory-card-address", address=place))
    if record.directions:
        lines.append(t("directory-card-directions", directions=record.directions))
    if always_open(parse_hours(record.hours)) and service.open.open_now:
        lines.append(t("directory-card-open-24-hours"))  # not "Mon–Sun 00:00–00:00"
    else:
        lines.append(t("directory-card-hours", hours=status_text(service, t, zone)))
        lines.extend("   " + line for line in week_text(service, t))
    if record.is_free:
        lines.append(t("directory-card-free"))
    elif record.fees:
        lines.append(t("directory-card-fees", fees=record.fees))
    else:
        lines.append(t("directory-card-cost-unknown"))
    if record.no_papers_needed:
        lines.append(t("directory-card-no-papers"))
    elif record.documents_required:
        lines.append(t("directory-card-papers", documents=record.documents_required))
    else:
        lines.append(t("directory-card-papers-unknown"))
    if record.eligibility:
        lines.append(t("directory-card-eligibility", eligibility=record.eligibility))
    if record.languages:
        lines.append(
            t("directory-card-languages", languages=language_names(record.languages, t.locale))
        )
    if record.interpretation is not None:
        available = "yes" if record.interpretation else "no"
        lines.append(t("directory-card-interpretation", available=available))
    if record.accessibility:
        lines.append(t("directory-card-accessibility", accessibility=record.accessibility))
    flags = [t("directory-flag", flag=flag) for flag in FLAGS if getattr(record, flag)]
    if record.organisation_sex_worker_led and not record.sex_worker_led:
        flags.insert(0, t("directory-flag", flag="sex_worker_led"))
    if flags:
        lines.append("✔ " + " · ".join(flags))
    if record.phone:
        lines.append(t("directory-card-phone", phone=readable_phone(record.phone)))
    if record.email:
        lines.append(t("directory-card-email", email=record.email))
    if record.url:
        lines.append(t("directory-card-url", url=record.url))
    if service.last_checked_on is not None:
        days = (today - service.last_checked_on).days
        if service.freshness in (Freshness.STALE, Freshness.HIDDEN):
            lines.append(t("directory-card-not-recent", days=days))
        else:
            lines.append(t("directory-card-checked", days=days))
    if role.at_least(Role.LEAD) and service.state is not State.PUBLISHED:
        lines.append(t("directory-card-state", state=service.state.value))
    if role.at_least(Role.LEAD) and service.open_reports:
        reports = ", ".join(t("directory-problem", kind=kind) for kind in service.open_reports)
        lines.append(t("directory-card-reports", reports=reports))
    return fit_card(lines, record.description)


def fit_card(lines: list[str], description: str) -> str:
    """One message: if the card is too long, the description gives way, never the phone number,
    the hours or the last-checked date."""
    text = "\n".join(lines)
    overflow = telegram_length(text) - MAX_MESSAGE_LENGTH
    if overflow > 0 and description and description in lines:
        keep = max(0, len(description) - overflow - 1)
        lines = [
            line if line != description else description[:keep].rstrip() + "…" for line in lines
        ]
        text = "\n".join(lines)
    return fit_message(text)[0]


def field_value_text(field: EditableField, value: object, t: Messages) -> str:
    """A field's value as a lead reads it in a suggested change."""
    if value is None or value == "":
        return t("directory-value-empty")
    if field in (EditableField.IS_FREE, EditableField.NO_PAPERS_NEEDED):
        yes = value if isinstance(value, bool) else bool(int(str(value)))
        return t("directory-answer-yes") if yes else t("directory-answer-no")
    if field is EditableField.STATUS:
        return t("directory-status", status=str(value))
    if field is EditableField.PHONE:
        return readable_phone(str(value))
    return str(value)
