"""The screens of outreach sessions, as pure functions: a session card and its roster, the
week, a peer's sessions, the letters the outbox sends (invitations, changes, reminders), and the
monthly figures. The forms (planning, changing the time, reports) are in `forms`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

from bot.handlers.help.screens import call_button, missed_buttons
from bot.handlers.menu import Entry, Go, back_to_menu
from bot.handlers.outreach.buttons import (
    WEEKS_AWAY,
    AnswerInvitation,
    AnswerSeries,
    CalendarFile,
    CallArea,
    CancelSession,
    ChangeNote,
    ChangeTime,
    CheckOnSession,
    ChooseArea,
    InvitePeer,
    MoveToArea,
    MySession,
    OpenSession,
    PickPeer,
    StartReport,
    Week,
)
from bot.handlers.screens import Button, Screen, in_pairs, one_per_row, rows
from bot.i18n import Messages
from bot.outreach.letters import LetterKind
from bot.outreach.model import (
    Assignment,
    AssignmentStatus,
    Check,
    OutreachSession,
    PeerOut,
    PersonSession,
    Seat,
)

COUNT_FIELDS = ("reached_new", "reached_returning", "condoms", "lubricant", "leaflets")
MAX_PEERS_SHOWN = 40


# --- words -----------------------------------------------------------------------------------


def when(session: OutreachSession, zone: ZoneInfo, t: Messages) -> str:
    local = session.starts_at.astimezone(zone)
    return format_datetime(local, "EEEE d MMMM HH:mm", tzinfo=zone, locale=t.locale)


def when_where(session: OutreachSession, zone: ZoneInfo, t: Messages) -> str:
    return t("outreach-when-where", when=when(session, zone, t), area=session.area_name)


def length(minutes: int, t: Messages) -> str:
    # A number, not text: Arabic says "ساعتان" for 2 and "3 ساعات" for 3 (plural selectors).
    hours = minutes // 60 if minutes % 60 == 0 else minutes / 60
    return t("outreach-minutes", hours=hours)


def title(session: OutreachSession, zone: ZoneInfo, t: Messages) -> str:
    return t(
        "outreach-session-title",
        kind=t("outreach-kind", kind=session.kind.value),
        **{"when-where": when_where(session, zone, t)},
    )


def session_text(session: OutreachSession, zone: ZoneInfo, t: Messages) -> str:
    lines = [
        title(session, zone, t),
        t(
            "outreach-session-details",
            length=length(session.minutes, t),
            needed=session.peers_needed,
            confirmed=session.confirmed,
            waiting=session.waiting,
        ),
    ]
    if session.note:
        lines.append(t("outreach-session-note", note=session.note))
    if session.cancelled:
        lines.append(t("outreach-session-cancelled"))
    return "\n".join(lines)


# --- a lead's view ---------------------------------------------------------------------------


def roster_line(person: Assignment, t: Messages) -> str:
    checks = (t("outreach-checked-in") if person.checked_in else "") + (
        t("outreach-checked-out") if person.checked_out else ""
    )
    return t(
        "outreach-roster-line",
        alias=person.alias,
        status=t("outreach-status", status=person.status.value),
        checks=checks,
    )


def session_card(
    session: OutreachSession, roster: Sequence[Assignment], zone: ZoneInfo, t: Messages
) -> Screen:
    """A lead's view of one session: what, when, where, who, and what they can change."""
    lines = [session_text(session, zone, t), "", *(roster_line(p, t) for p in roster)]
    back = Button(t("common-back"), Week(0))
    if session.cancelled:
        return Screen("\n".join(lines).strip(), rows(back))
    sid = session.id
    in_series = session.series_id is not None
    series = Button(t("outreach-cancel-series"), CancelSession(sid, True)) if in_series else None
    invite_series = (
        [
            Button(t("outreach-call-series"), CallArea(sid, True)),
            Button(t("outreach-invite-series"), PickPeer(sid, True)),
        ]
        if in_series
        else None
    )
    return Screen(
        "\n".join(lines).strip(),
        rows(
            Button(t("outreach-open-call"), CallArea(sid)),
            Button(t("outreach-invite-peers"), PickPeer(sid)),
            invite_series,
            Button(t("outreach-change-time"), ChangeTime(sid)),
            [
                Button(t("outreach-change-area"), ChooseArea(sid)),
                Button(t("outreach-change-note"), ChangeNote(sid)),
            ],
            Button(t("outreach-cancel-one"), CancelSession(sid, False)),
            series,
            back,
        ),
    )


def peer_choice(
    session_id: int,
    candidates: Sequence[tuple[int, str]],
    t: Messages,
    whole_series: bool = False,
) -> Screen:
    """Peers to invite, one tap each: to this session, or to the rest of its series."""
    buttons = [
        Button(alias, InvitePeer(session_id, person_id, whole_series))
        for person_id, alias in candidates[:MAX_PEERS_SHOWN]
    ]
    back = Button(t("common-back"), OpenSession(session_id))
    return Screen(t("outreach-choose-peer"), (*one_per_row(buttons), (back,)))


def area_choice(session_id: int, areas: Sequence[tuple[int, str]], t: Messages) -> Screen:
    buttons = [Button(name, MoveToArea(session_id, area_id)) for area_id, name in areas]
    back = Button(t("common-back"), OpenSession(session_id))
    return Screen(t("outreach-plan-area"), (*in_pairs(buttons), (back,)))


def week(
    monday: date, offset: int, sessions: Sequence[OutreachSession], zone: ZoneInfo, t: Messages
) -> Screen:
    """A lead's sessions of one week, all areas, each a button to open it."""
    header = t("outreach-week", monday=format_date(monday, "d MMMM y", locale=t.locale))
    buttons = [Button(title(s, zone, t), OpenSession(s.id)) for s in sessions]
    earlier = Button(t("common-previous"), Week(offset - 1)) if offset > -WEEKS_AWAY else None
    later = Button(t("common-next"), Week(offset + 1)) if offset < WEEKS_AWAY else None
    return Screen(
        header if sessions else header + "\n" + t("outreach-week-empty"),
        (
            *one_per_row(buttons),
            *rows([b for b in (earlier, later) if b is not None]),
            (Button(t("outreach-calendar-file"), CalendarFile()),),
            (back_to_menu(t),),
        ),
    )


# --- a peer's view ---------------------------------------------------------------------------


def my_sessions(
    mine: Sequence[PersonSession],
    zone: ZoneInfo,
    t: Messages,
    calls: Collection[int] = frozenset(),
) -> Screen:
    """A peer's coming sessions and their part in each; first, "🆘 I need help" for each
    session in `calls` (on now, or within the hour)."""
    help_buttons = [call_button(p.session.id, t) for p in mine if p.session.id in calls]
    buttons = [
        Button(
            t(
                "outreach-my-line",
                **{"when-where": when_where(p.session, zone, t)},
                status=t("outreach-status", status=p.status.value),
            ),
            MySession(p.session.id),
        )
        for p in mine
        if not p.session.cancelled
    ]
    return Screen(
        t("outreach-my-sessions") if buttons else t("outreach-my-sessions-empty"),
        (
            *one_per_row(help_buttons),
            *one_per_row(buttons),
            (Button(t("outreach-calendar-file"), CalendarFile()),),
            (back_to_menu(t),),
        ),
    )


def my_session(
    mine: PersonSession, now: datetime, zone: ZoneInfo, t: Messages, call: bool = False
) -> Screen:
    """One of a peer's sessions and what they can do now: answer an invitation (Yes/No: the
    letter may be gone, e.g. after a quick exit), say they cannot come, call for help (`call`:
    from an hour before the start to the end plus the check-out grace), check in and out,
    report."""
    session, status = mine.session, mine.status
    sid = session.id
    coming = session.starts_at > now and not session.cancelled
    text = (
        session_text(session, zone, t)
        + "\n"
        + t("outreach-your-part", status=t("outreach-status", status=status.value))
    )
    back = Button(t("common-back"), Go(Entry.MY_SESSIONS))
    if status is AssignmentStatus.INVITED:
        answers = [
            Button(t("outreach-yes"), AnswerInvitation(sid, True)),
            Button(t("outreach-no"), AnswerInvitation(sid, False)),
        ]
        return Screen(text, rows(answers if coming else None, back))
    if status is AssignmentStatus.WAITING:
        cannot = Button(t("outreach-cannot-come"), AnswerInvitation(sid, False))
        return Screen(text, rows(cannot if coming else None, back))
    return Screen(
        text,
        rows(
            call_button(sid, t) if call else None,
            [
                Button(t("outreach-check-in"), CheckOnSession(sid, Check.IN)),
                Button(t("outreach-check-out"), CheckOnSession(sid, Check.OUT)),
            ],
            Button(t("outreach-report-button"), StartReport(sid)),
            Button(t("outreach-cannot-come"), AnswerInvitation(sid, False)) if coming else None,
            back,
        ),
    )


ANSWERS = {
    "confirmed": "outreach-confirmed",
    "waiting": "outreach-waiting",
    "declined": "outreach-declined",
}


def answered(status: str, t: Messages) -> Screen:
    return Screen(t(ANSWERS.get(status, "outreach-declined")))


# --- letters (sent through the outbox) -------------------------------------------------------


def letter(kind: LetterKind, seat: Seat, zone: ZoneInfo, t: Messages) -> Screen:
    """A letter about one person's place on a session. What a locked phone shows first is
    neutral: the time and the area, never what the session is for."""
    session = seat.session
    sid = session.id
    place = {"when-where": when_where(session, zone, t)}
    match kind:
        case LetterKind.INVITATION:
            return Screen(
                t("outreach-invitation", length=length(session.minutes, t), **place),
                rows(
                    [
                        Button(t("outreach-yes"), AnswerInvitation(sid, True)),
                        Button(t("outreach-no"), AnswerInvitation(sid, False)),
                    ]
                ),
            )
        case LetterKind.PROMOTED:
            return Screen(t("outreach-promoted", **place))
        case LetterKind.CANCELLED:
            return Screen(t("outreach-cancelled", **place))
        case LetterKind.CHANGED:
            return Screen(t("outreach-changed", **place))
        case LetterKind.DAY_BEFORE:
            return Screen(t("outreach-reminder", **place))
        case LetterKind.HOUR_BEFORE:
            return Screen(
                t("outreach-reminder", **place),
                rows(Button(t("outreach-check-in"), CheckOnSession(sid, Check.IN))),
            )
        case LetterKind.SAFETY_CHECK:
            return Screen(
                t("outreach-safety-check"),
                rows(
                    [
                        Button(t("outreach-safe"), CheckOnSession(sid, Check.SAFE)),
                        Button(t("outreach-check-out"), CheckOnSession(sid, Check.OUT)),
                    ],
                    call_button(sid, t),
                ),
            )
        case LetterKind.LEAD_ALERT:
            return Screen(
                t("outreach-lead-alert", alias=seat.alias or "—", **place),
                rows(
                    missed_buttons(sid, seat.person_id, t),
                    Button(t("outreach-open-session"), OpenSession(sid)),
                ),
            )
        case LetterKind.REPORT_PROMPT:
            return Screen(
                t("outreach-report-prompt"),
                rows(Button(t("outreach-report-button"), StartReport(sid))),
            )
    raise ValueError(kind)


def series_invitation(seat: Seat, count: int, zone: ZoneInfo, t: Messages) -> Screen:
    """An invitation to `count` sessions of a weekly series, from the seat's session on: one
    answer for all of them, or each one in "My sessions"."""
    session = seat.session
    sid = session.id
    return Screen(
        t(
            "outreach-invitation-series",
            length=length(session.minutes, t),
            count=count,
            **{"when-where": when_where(session, zone, t)},
        ),
        rows(
            [
                Button(t("outreach-yes-all"), AnswerSeries(sid, True)),
                Button(t("outreach-no"), AnswerSeries(sid, False)),
            ],
            Button(t("outreach-choose-dates"), Go(Entry.MY_SESSIONS)),
        ),
    )


PEER_OUT = {
    PeerOut.DECLINED: "outreach-peer-declined",
    PeerOut.LEFT: "outreach-peer-left",
    PeerOut.UNREACHABLE: "outreach-peer-unreachable",
}


def peer_out(
    seat: Seat, why: PeerOut, reachable: int, min_peers: int, zone: ZoneInfo, t: Messages
) -> Screen:
    """To the lead: a confirmed peer no longer counts for a session, how many reachable peers
    it still has, and, when too few, a button to call every peer of the area (nobody goes
    alone)."""
    session = seat.session
    sid = session.id
    needed = session.peers_needed
    lines = [
        t(PEER_OUT[why], alias=seat.alias or "—", **{"when-where": when_where(session, zone, t)}),
        t("outreach-peers-reachable", count=reachable, needed=needed),
    ]
    if reachable < min_peers:
        lines.append(t("outreach-peers-short"))
    call = Button(t("outreach-open-call"), CallArea(sid)) if reachable < needed else None
    return Screen(
        "\n".join(lines), rows(call, Button(t("outreach-open-session"), OpenSession(sid)))
    )
