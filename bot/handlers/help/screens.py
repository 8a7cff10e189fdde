"""The screens of the help feature, as pure functions: what a peer sees after calling for help,
the letters about a call (to the people alerted, the escalation, the answers told to the others),
a lead's follow-ups (list, card, referral) and the month's counts. What a locked phone shows of
a call is the alias, the session's time and area, nothing else; a follow-up's letter is a neutral
line, its details after a tap, protected."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_time

from bot.directory.model import Category, Service
from bot.handlers.callbacks import Callback
from bot.handlers.help.buttons import (
    AnswerCall,
    AnswerMissed,
    CallForHelp,
    CloseFollowUp,
    OpenFollowUp,
    ReferralType,
    ReferTo,
    ShareLocation,
    TakeFollowUp,
)
from bot.handlers.menu import Entry, Go, back_to_menu
from bot.handlers.screens import Button, Row, Screen, in_pairs, one_per_row, rows
from bot.handlers.widgets import paging
from bot.help.model import (
    Alarm,
    AlarmKind,
    Answer,
    FollowUp,
    FollowUpOutcome,
    HelpFigures,
    RaiseOutcome,
)
from bot.i18n import Messages
from bot.outreach.model import OutreachSession


def when_where(session: OutreachSession, zone: ZoneInfo, t: Messages) -> str:
    """A session's time and area, as outreach's letters say it (what a locked phone shows)."""
    local = session.starts_at.astimezone(zone)
    when = format_datetime(local, "EEEE d MMMM HH:mm", tzinfo=zone, locale=t.locale)
    return t("outreach-when-where", when=when, area=session.area_name)


# --- a peer's call -------------------------------------------------------------------------------


def call_button(session_id: int, t: Messages) -> Button:
    """ "🆘 I need help", for the outreach screens and the "are you safe?" letter."""
    return Button(t("help-sos-button"), CallForHelp(session_id))


def _answers(tap: Callable[[Answer], Callback], t: Messages) -> Row:
    return (
        Button(t("help-on-it"), tap(Answer.ON_IT)),
        Button(t("help-they-are-safe"), tap(Answer.SAFE)),
    )


def answer_buttons(alarm: Alarm, t: Messages) -> Row:
    return _answers(lambda given: AnswerCall(alarm.id, given), t)


def missed_buttons(session_id: int, person_id: int, t: Messages) -> Row:
    """The same answers under outreach's lead alert about a peer who did not check out."""
    return _answers(lambda given: AnswerMissed(session_id, person_id, given), t)


def call_status(outcome: RaiseOutcome, alarm: Alarm | None, alerted: int, t: Messages) -> Screen:
    """What the peer sees after tapping "I need help": who was alerted (or that it is open
    already), with "share my location again" and "I'm safe now"."""
    if outcome is RaiseOutcome.OVER or alarm is None:
        return Screen(
            t("help-sos-over"), rows(Button(t("menu-rights"), Go(Entry.RIGHTS)), back_to_menu(t))
        )
    if outcome is RaiseOutcome.RAISED:
        text = t("help-sos-sent", count=alerted) if alerted else t("help-sos-nobody")
    elif alarm.acked_by is not None:
        text = t("help-sos-open-on-it", responder=alarm.acked_by)
    else:
        text = t("help-sos-open-waiting")
    return Screen(text, rows(*own_call_buttons(alarm.id, t)))


def own_call_buttons(alarm_id: int, t: Messages) -> tuple[Button, ...]:
    return (
        Button(t("help-location-again"), ShareLocation(alarm_id)),
        Button(t("help-safe-myself"), AnswerCall(alarm_id, Answer.SAFE)),
    )


def safe_myself(t: Messages) -> Screen:
    return Screen(t("help-safe-myself-done"), rows(back_to_menu(t)))


# --- letters about a call ------------------------------------------------------------------------


def _place(alarm: Alarm, zone: ZoneInfo, t: Messages) -> dict[str, str]:
    return {"alias": alarm.alias, "when-where": when_where(alarm.session, zone, t)}


def sos_letter(alarm: Alarm, zone: ZoneInfo, t: Messages) -> Screen:
    """To everyone a call reaches at once."""
    return Screen(
        t("help-sos-letter", **_place(alarm, zone, t)), (answer_buttons(alarm, t),), protect=True
    )


def escalation_letter(alarm: Alarm, zone: ZoneInfo, t: Messages) -> Screen:
    """To every admin and lead: nobody has said "I'm on it" yet."""
    raised = format_time(alarm.raised_at.astimezone(zone), "HH:mm", locale=t.locale)
    kind = (
        "help-escalation-missed" if alarm.kind is AlarmKind.MISSED_CHECKOUT else "help-escalation"
    )
    return Screen(
        t(kind, time=raised, **_place(alarm, zone, t)), (answer_buttons(alarm, t),), protect=True
    )


def answered_letter(
    alarm: Alarm, answer: Answer, to_themselves: bool, zone: ZoneInfo, t: Messages
) -> Screen:
    """An answer told to the others: "X is on it", or "safe now" (to the person who called:
    someone is on the way, or they were marked safe and can call again)."""
    place = _place(alarm, zone, t)
    if answer is Answer.ON_IT:
        responder = alarm.acked_by or "—"
        if to_themselves:
            return Screen(t("help-answered-on-it-you", responder=responder))
        return Screen(t("help-answered-on-it", responder=responder, **place))
    responder = alarm.safe_by or "—"
    if to_themselves:
        again = call_button(alarm.session.id, t)
        return Screen(t("help-answered-safe-you", responder=responder), rows(again))
    if alarm.safe_by_themselves:
        own = "help-answered-checked-out" if alarm.kind is AlarmKind.MISSED_CHECKOUT else None
        return Screen(t(own or "help-answered-safe-themselves", **place))
    return Screen(t("help-answered-safe", responder=responder, **place))


# --- a lead's follow-ups -------------------------------------------------------------------------


def _day(moment: datetime, zone: ZoneInfo, t: Messages) -> str:
    return format_date(moment.astimezone(zone).date(), "d MMMM y", locale=t.locale)


def followup_letter(item: FollowUp, zone: ZoneInfo, t: Messages) -> Screen:
    """A neutral line to the area's leads; what happened comes after the tap."""
    return Screen(
        t("help-followup-letter", **{"when-where": when_where(item.session, zone, t)}),
        rows(Button(t("help-followup-open"), OpenFollowUp(item.id))),
    )


def followup_list(items: Sequence[FollowUp], zone: ZoneInfo, t: Messages) -> Screen:
    """Open follow-ups, oldest first, each a button to its card (with who follows it up)."""

    def line(item: FollowUp) -> str:
        kind = t("outreach-incident", kind=item.kind.value)
        text = t(
            "help-followup-line", kind=kind, **{"when-where": when_where(item.session, zone, t)}
        )
        if item.taken_by is None:
            return text
        return t("help-followup-line-taken", line=text, alias=item.taken_by)

    buttons = [Button(line(item), OpenFollowUp(item.id)) for item in items]
    text = t("help-followups-title") if buttons else t("help-followups-empty")
    return Screen(text, (*one_per_row(buttons), (back_to_menu(t),)))


def followup_card(item: FollowUp, zone: ZoneInfo, t: Messages) -> Screen:
    """One follow-up, protected: what, when and where, who reported it, the note, where it
    stands, and what the lead can do."""
    note = t("help-followup-note-erased") if item.note is None else item.note or t("outreach-none")
    lines = [
        t(
            "help-followup-card",
            kind=t("outreach-incident", kind=item.kind.value),
            count=item.incidents,
            alias=item.reported_by,
            note=note,
            **{"when-where": when_where(item.session, zone, t)},
        )
    ]
    if item.closed_at is not None and item.outcome is not None:
        lines.append(
            t(
                "help-followup-closed",
                day=_day(item.closed_at, zone, t),
                outcome=item.outcome.value,
            )
        )
        if item.referred_to:
            lines.append(t("help-followup-referred-to", service=item.referred_to))
    elif item.taken_by is not None and item.taken_at is not None:
        lines.append(
            t("help-followup-taken", alias=item.taken_by, day=_day(item.taken_at, zone, t))
        )
    else:
        lines.append(t("help-followup-waiting", day=_day(item.opened_at, zone, t)))
    back = Button(t("menu-follow-ups"), Go(Entry.FOLLOW_UPS))
    if item.closed:
        return Screen("\n".join(lines), rows(back), protect=True)
    fid = item.id
    return Screen(
        "\n".join(lines),
        rows(
            Button(t("help-take"), TakeFollowUp(fid)),
            Button(t("help-close-resolved"), CloseFollowUp(fid, FollowUpOutcome.RESOLVED)),
            Button(t("help-close-referred"), CloseFollowUp(fid, FollowUpOutcome.REFERRED)),
            Button(t("help-close-no-action"), CloseFollowUp(fid, FollowUpOutcome.NO_ACTION)),
            back,
        ),
        protect=True,
    )


def referral_types(followup_id: int, t: Messages) -> Screen:
    """Which kind of service the person was referred to (then which one)."""
    buttons = [
        Button(t("directory-category", category=c.value), ReferralType(followup_id, c))
        for c in Category
    ]
    return Screen(
        t("help-referral-type"),
        (
            *in_pairs(buttons),
            (Button(t("help-referral-not-listed"), ReferTo(followup_id, None)),),
            (Button(t("common-back"), OpenFollowUp(followup_id)),),
        ),
    )


def referral_services(
    followup_id: int,
    category: Category,
    page: int,
    services: Sequence[Service],
    more: bool,
    t: Messages,
) -> Screen:
    buttons = [Button(s.record.name, ReferTo(followup_id, s.id)) for s in services]
    turn = paging(t, page, more, lambda to: ReferralType(followup_id, category, to))
    return Screen(
        t("help-referral-service"),
        (
            *one_per_row(buttons),
            *rows(turn),
            (Button(t("help-referral-not-listed"), ReferTo(followup_id, None)),),
            (Button(t("common-back"), CloseFollowUp(followup_id, FollowUpOutcome.REFERRED)),),
        ),
    )


# --- the month's figures -------------------------------------------------------------------------


def _shown(value: int | None, t: Messages) -> str:
    return t("outreach-hidden") if value is None else str(value)


def _each(cells: Mapping[str, int | None], name_of: Callable[[str], str], t: Messages) -> str:
    shown = [f"{name_of(c)} {_shown(v, t)}" for c, v in cells.items() if v != 0]
    return ", ".join(shown) or t("outreach-none")


def figures_text(figures: HelpFigures, t: Messages) -> str:
    """Calls for help by outcome, follow-ups opened by kind and closed by outcome."""
    return t(
        "help-figures",
        calls=_shown(figures.sos_total, t),
        outcomes=_each(figures.sos, lambda c: t("help-call-outcome", code=c), t),
        opened=_shown(figures.opened_total, t),
        kinds=_each(figures.opened, lambda c: t("outreach-incident", kind=c), t),
        closed=_shown(figures.closed_total, t),
        closings=_each(figures.closed, lambda c: t("help-followup-outcome", code=c), t),
    )


def partner_names(figures: HelpFigures, t: Messages) -> dict[str, str]:
    """The name of every help figure in the CSV for partners (`bot.help.partner_figures`)."""
    names = {}
    cells = (
        ("calls", figures.sos, lambda code: t("help-call-outcome", code=code)),
        ("followups_opened", figures.opened, lambda code: t("outreach-incident", kind=code)),
        ("followups_closed", figures.closed, lambda code: t("help-followup-outcome", code=code)),
    )
    for group, counts, item in cells:
        names[group] = t("exports-indicator", indicator=group)
        for code in counts:
            names[f"{group}:{code}"] = t("exports-figure-of", what=names[group], item=item(code))
    return names
