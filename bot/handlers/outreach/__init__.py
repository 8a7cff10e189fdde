"""Telegram adapters for outreach sessions. `buttons` (button data), `screens` (a session card,
its roster, the week, a peer's sessions, the letters, the figures) and `forms` (the steps of
planning, changing the time and reporting), all pure; then handlers by job:
- `plan`: a lead plans a session (a typed flow);
- `session`: a lead's view: invite peers or call the area, change area, note or time, cancel;
- `peer`: answering invitations, checking in and out, "I am safe", my sessions, the .ics file;
- `report`: a peer's report by number pads (a typed flow);
- `closed`: what a tap on a plan or report whose draft is gone gets;
- `figures`: a lead's monthly figures as text, chart and CSV;
- `letters`: the reminder job and the outbox letters (invitations, changes, reminders, notes to
  the lead).
"""

from __future__ import annotations

from bot.handlers.menu import Entry
from bot.handlers.outreach import figures, letters, peer, plan, report, session
from bot.handlers.outreach.buttons import (
    AnswerInvitation,
    AnswerSeries,
    CalendarFile,
    CallArea,
    CancelSession,
    ChangeNote,
    ChangeTime,
    CheckOnSession,
    ChooseArea,
    FiguresOf,
    InvitePeer,
    MoveDay,
    MoveMonth,
    MoveStart,
    MoveStartMinute,
    MoveToArea,
    MySession,
    OpenSession,
    PickPeer,
    PlanArea,
    PlanDay,
    PlanKind,
    PlanLength,
    PlanMonth,
    PlanPeers,
    PlanQuit,
    PlanRepeat,
    PlanSave,
    PlanSkipNote,
    PlanStart,
    PlanStartMinute,
    ReportIncident,
    ReportKey,
    ReportReferral,
    ReportSend,
    ReportSkipNote,
    ReportTallyDone,
    StartReport,
    Week,
)
from bot.handlers.routing import Routes
from bot.people import Role


def register(routes: Routes) -> None:
    routes.entry(Entry.PLAN, plan.plan_start)
    routes.flow(plan.PLAN)
    routes.tap(PlanKind, plan.kind_chosen, Role.LEAD)
    routes.tap(PlanArea, plan.area_chosen, Role.LEAD)
    routes.tap(PlanMonth, plan.month_shown, Role.LEAD)
    routes.tap(PlanDay, plan.day_chosen, Role.LEAD)
    routes.tap(PlanStartMinute, plan.start_minute_shown, Role.LEAD)
    routes.tap(PlanStart, plan.start_chosen, Role.LEAD)
    routes.tap(PlanLength, plan.length_chosen, Role.LEAD)
    routes.tap(PlanPeers, plan.peers_chosen, Role.LEAD)
    routes.tap(PlanSkipNote, plan.note_skipped, Role.LEAD)
    routes.tap(PlanRepeat, plan.repeat_chosen, Role.LEAD)
    routes.tap(PlanSave, plan.plan_saved, Role.LEAD)
    routes.tap(PlanQuit, plan.plan_quit, Role.LEAD)

    routes.entry(Entry.SESSIONS, session.week_screen)
    routes.tap(Week, session.week_shown, Role.LEAD)
    routes.tap(OpenSession, session.session_opened, Role.LEAD)
    routes.tap(CallArea, session.area_called, Role.LEAD)
    routes.tap(PickPeer, session.peer_picking, Role.LEAD)
    routes.tap(InvitePeer, session.peer_invited, Role.LEAD)
    routes.tap(ChooseArea, session.area_choices, Role.LEAD)
    routes.tap(MoveToArea, session.area_changed, Role.LEAD)
    routes.tap(CancelSession, session.cancelled, Role.LEAD)
    routes.flow(session.NOTE_FLOW)
    routes.tap(ChangeNote, session.note_asked, Role.LEAD)
    routes.flow(session.MOVE_FLOW)
    routes.tap(ChangeTime, session.time_asked, Role.LEAD)
    routes.tap(MoveMonth, session.move_month_shown, Role.LEAD)
    routes.tap(MoveDay, session.move_day_chosen, Role.LEAD)
    routes.tap(MoveStartMinute, session.move_minute_shown, Role.LEAD)
    routes.tap(MoveStart, session.move_start_chosen, Role.LEAD)

    routes.entry(Entry.MY_SESSIONS, peer.my_sessions)
    routes.tap(MySession, peer.my_session, Role.PEER)
    routes.tap(AnswerInvitation, peer.invitation_answered, Role.PEER)
    routes.tap(AnswerSeries, peer.series_answered, Role.PEER)
    routes.tap(CheckOnSession, peer.checked, Role.PEER)
    routes.tap(CalendarFile, peer.calendar_file, Role.PEER)

    routes.flow(report.REPORT)
    routes.tap(StartReport, report.report_started, Role.PEER)
    routes.tap(ReportKey, report.key_pressed, Role.PEER)
    routes.tap(ReportReferral, report.referral_added, Role.PEER)
    routes.tap(ReportIncident, report.incident_added, Role.PEER)
    routes.tap(ReportTallyDone, report.tally_done, Role.PEER)
    routes.tap(ReportSkipNote, report.note_skipped, Role.PEER)
    routes.tap(ReportSend, report.report_sent, Role.PEER)

    routes.entry(Entry.FIGURES, figures.figures_choose)
    routes.tap(FiguresOf, figures.figures_shown, Role.LEAD)

    letters.register(routes)
    # The calendar's labels are shared widgets; whichever feature registers first answers them.
