"""A peer's report after a session, by buttons: five counts on a number pad (or typed),
referrals and incidents by tapping once for each, an optional note, then a review to send. A
saved report opens again to be changed for 48 hours. A tap on a report whose draft is gone says
the form closed and nothing was saved, and offers to start again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.handlers import flows
from bot.handlers.callbacks import Callback
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, typed
from bot.handlers.menu import Entry, Go, main_menu
from bot.handlers.outreach import forms
from bot.handlers.outreach.buttons import (
    ReportIncident,
    ReportKey,
    ReportReferral,
    ReportSend,
    ReportSkipNote,
    ReportTallyDone,
    StartReport,
)
from bot.handlers.outreach.closed import form_closed
from bot.handlers.outreach.screens import COUNT_FIELDS
from bot.handlers.respond import show
from bot.handlers.widgets import press, typed_number
from bot.outreach.model import SessionReport

NOTE = "note"
COUNT = "count"
TALLY_LIMIT = 999
COUNTS = COUNT_FIELDS


@dataclass
class ReportDraft:
    """The report being filled in: the counts so far, the one being typed, the tallies."""

    session_id: int
    counts: dict[str, int]
    referrals: dict[str, int] = field(default_factory=dict)
    incidents: dict[str, int] = field(default_factory=dict)
    note: str = ""
    step: int = 0  # which of COUNTS is on the number pad; len(COUNTS) once all are in
    typed: str = ""

    @classmethod
    def from_report(cls, report: SessionReport) -> ReportDraft:
        counts = {name: getattr(report, name) for name in COUNTS}
        return cls(
            report.session_id,
            counts,
            dict(report.referrals),
            dict(report.incidents),
            report.note,
            0,
            str(counts[COUNTS[0]] or ""),
        )

    @property
    def counted(self) -> bool:
        return self.step >= len(COUNTS)

    def report(self, person_id: int) -> SessionReport:
        c = self.counts
        return SessionReport(
            self.session_id,
            person_id,
            c["reached_new"],
            c["reached_returning"],
            c["condoms"],
            c["lubricant"],
            c["leaflets"],
            {k: v for k, v in self.referrals.items() if v},
            {k: v for k, v in self.incidents.items() if v},
            self.note,
        )


async def draft_of(
    update: Update,
    context: BotContext,
    *,
    counted: bool | None = None,
    again: Callback | None = None,
) -> ReportDraft:
    """The report in progress, at the stage a tap needs (a stale or forged tap has none). When
    it is gone, say the form closed and offer to start `again` (or to find the session in "My
    sessions")."""
    draft = flows.current(context, REPORT)
    if draft is None:
        raise await form_closed(update, context, again or Go(Entry.MY_SESSIONS))
    if counted is not None and draft.counted != counted:
        raise NotAllowed
    return draft


async def report_started(update: Update, context: BotContext, tap: StartReport) -> None:
    """Open a report (or the saved one, to change it) for a session the person was on."""
    report = await context.runtime.outreach.report_to_edit(context.viewer, tap.session_id)
    draft = flows.begin(context, REPORT, ReportDraft.from_report(report), COUNT)
    await show(update, context, forms.count(COUNTS[0], draft.typed, context.t))


async def key_pressed(update: Update, context: BotContext, tap: ReportKey) -> None:
    draft = await draft_of(update, context, counted=False)
    if tap.key == "ok":
        await next_count(update, context, draft, int(draft.typed or 0))
        return
    draft.typed = press(draft.typed, tap.key)
    await show(update, context, forms.count(COUNTS[draft.step], draft.typed, context.t))


async def count_typed(update: Update, context: BotContext, draft: ReportDraft) -> None:
    """A number typed instead of tapped on the pad."""
    message = update.effective_message
    number = typed_number((message.text if message else "") or "")
    if number is None:
        screen = forms.count(COUNTS[draft.step], draft.typed, context.t, not_a_number=True)
        await show(update, context, screen)
        return
    await next_count(update, context, draft, number)


async def next_count(update: Update, context: BotContext, draft: ReportDraft, value: int) -> None:
    """Keep this count and show the next one (after the last: the referrals)."""
    draft.counts[COUNTS[draft.step]] = value
    draft.step += 1
    if draft.counted:
        flows.wait_for(context, REPORT, None)
        await show(update, context, forms.tallies("referrals", draft.referrals, context.t))
        return
    draft.typed = str(draft.counts[COUNTS[draft.step]] or "")
    await show(update, context, forms.count(COUNTS[draft.step], draft.typed, context.t))


async def referral_added(update: Update, context: BotContext, tap: ReportReferral) -> None:
    draft = await draft_of(update, context, counted=True)
    code = tap.category.value
    if draft.referrals.get(code, 0) < TALLY_LIMIT:
        draft.referrals[code] = draft.referrals.get(code, 0) + 1
    await show(update, context, forms.tallies("referrals", draft.referrals, context.t))


async def incident_added(update: Update, context: BotContext, tap: ReportIncident) -> None:
    draft = await draft_of(update, context, counted=True)
    code = tap.kind.value
    if draft.incidents.get(code, 0) < TALLY_LIMIT:
        draft.incidents[code] = draft.incidents.get(code, 0) + 1
    await show(update, context, forms.tallies("incidents", draft.incidents, context.t))


async def tally_done(update: Update, context: BotContext, tap: ReportTallyDone) -> None:
    draft = await draft_of(update, context, counted=True)
    if tap.which == "referrals":
        await show(update, context, forms.tallies("incidents", draft.incidents, context.t))
        return
    flows.wait_for(context, REPORT, NOTE)
    await show(update, context, forms.report_note(context.t))


async def note_typed(update: Update, context: BotContext, draft: ReportDraft) -> None:
    message = update.effective_message
    draft.note = clean_text((message.text if message else "") or "")
    await review(update, context, draft)


async def note_skipped(update: Update, context: BotContext, tap: ReportSkipNote) -> None:
    await review(update, context, await draft_of(update, context, counted=True))


async def review(update: Update, context: BotContext, draft: ReportDraft) -> None:
    flows.wait_for(context, REPORT, None)
    preview = draft.report(context.viewer.person_id or 0)
    await show(update, context, forms.report_review(preview, context.t))


async def report_sent(update: Update, context: BotContext, tap: ReportSend) -> None:
    """Commit the report, then thank the peer: "saved" only after the commit."""
    draft = await draft_of(update, context, counted=True, again=StartReport(tap.session_id))
    if draft.session_id != tap.session_id:
        raise NotAllowed
    viewer = context.viewer
    if viewer.person_id is None:
        raise NotAllowed
    flows.end(context)
    saved = await context.runtime.outreach.file_report(viewer, draft.report(viewer.person_id))
    t = context.t
    if not saved:
        await show(update, context, main_menu(viewer, t, t("outreach-report-closed")))
        return
    context.saved(update)
    await show(update, context, main_menu(viewer, t, t("outreach-report-saved")))


REPORT = Flow("report", ReportDraft, {COUNT: typed(count_typed), NOTE: typed(note_typed)})
