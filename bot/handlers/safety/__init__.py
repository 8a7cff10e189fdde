"""Telegram adapters for safety and rights. `buttons` (button data), `screens` (pure), then
handlers by job:

- `exit`: the quick exit (/exit, the menu's 🚪; it also ends a talk with a peer), the ledger's
  writer (start to shutdown) and the hourly ledger purge;
- `rights`: know-your-rights topics and cards (/rights);
- `notices`: members opt in per area and read active notices (/alerts); the outbox letter of a
  notice (a neutral line, details after a tap) and what a 403 from a subscriber ends;
- `report`: anyone reports a danger (a typed flow); a member's report names nobody;
- `vetting`: a lead publishes, edits then publishes, or rejects with a reason (each typed text
  shown back before Send); the peer reads the reason after a tap.

The domain is in `bot/safety/`.
"""

from __future__ import annotations

from bot.common.outbox import Purpose
from bot.handlers.menu import Entry
from bot.handlers.routing import Routes
from bot.handlers.safety import exit, notices, report, rights, vetting
from bot.handlers.safety.buttons import (
    ConfirmVetting,
    EditAlert,
    ExitChoice,
    OpenCard,
    PublishAlert,
    ReadNotice,
    ReadReason,
    RejectAlert,
    ReportArea,
    ReportKind,
    ReportWhen,
    SendReport,
    StopNotices,
    ToggleArea,
)
from bot.people import Role
from bot.safety.alerts import NOTICE_LETTER, REJECTED_LETTER


def register(routes: Routes) -> None:
    routes.entry(Entry.EXIT, exit.exit_start)
    routes.tap(ExitChoice, exit.exit_chosen, Role.PEER)
    routes.at_start(exit.schedule_purge)
    routes.at_start(exit.start_ledger)
    routes.at_stop(exit.stop_ledger)

    routes.entry(Entry.RIGHTS, rights.rights_topics)
    routes.tap(OpenCard, rights.open_card)

    routes.entry(Entry.ALERTS, notices.notices_screen)
    routes.tap(ToggleArea, notices.toggle_area)
    routes.tap(StopNotices, notices.stop_notices)
    routes.tap(ReadNotice, notices.read_notice)
    routes.letter(NOTICE_LETTER, notices.render_notice)
    routes.on_blocked(Purpose.ALERTS, notices.unsubscribe_blocked)

    routes.entry(Entry.REPORT_DANGER, report.report_start)
    routes.flow(report.REPORT)
    routes.tap(ReportKind, report.kind_chosen)
    routes.tap(ReportArea, report.area_chosen)
    routes.tap(ReportWhen, report.when_chosen)
    routes.tap(SendReport, report.send_report)

    routes.entry(Entry.VET_ALERTS, vetting.vetting_queue)
    routes.flow(vetting.VETTING)
    routes.tap(PublishAlert, vetting.publish_tapped, Role.LEAD)
    routes.tap(EditAlert, vetting.edit_tapped, Role.LEAD)
    routes.tap(RejectAlert, vetting.reject_tapped, Role.LEAD)
    routes.tap(ConfirmVetting, vetting.send_tapped, Role.LEAD)
    routes.tap(ReadReason, vetting.read_reason, Role.PEER)
    routes.letter(REJECTED_LETTER, vetting.render_rejection)
