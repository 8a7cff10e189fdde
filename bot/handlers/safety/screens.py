"""The screens of the safety feature, as pure functions: the quick exit's question, rights topics
and cards, members' notice areas and active notices, a peer's danger report, a lead's vetting, and
the outbox letters (a notice, a rejection): a neutral line a locked phone may show, with a button
whose screen, protected, has the details."""

from __future__ import annotations

from collections.abc import Sequence

from bot.handlers.menu import Entry, Go, back_to_menu, label_of, main_menu
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
from bot.handlers.screens import Button, Screen, in_pairs, one_per_row, rows, toggle
from bot.i18n import Messages
from bot.people import Role, Viewer
from bot.safety.alerts import Alert, AlertKind, Happened
from bot.safety.rights import BUTTON_BY_KEY, CARD_BY_KEY, EMERGENCY_NUMBERS, Card, with_numbers

ACTIVE_SHOWN = 10  # most recent first; older ones are still in the area, but a screen is short

# --- quick exit --------------------------------------------------------------------------------


def exit_question(t: Messages) -> Screen:
    """Peers and leads choose whether the quick exit also ends their role."""
    return Screen(
        t("exit-keep-role-ask"),
        rows(
            Button(t("exit-keep-role"), ExitChoice(leave_role=False)),
            Button(t("exit-leave-role"), ExitChoice(leave_role=True)),
        ),
    )


# --- know your rights --------------------------------------------------------------------------


def rights_topics(t: Messages) -> Screen:
    topics = [Button(t(BUTTON_BY_KEY[card]), OpenCard(card)) for card in Card]
    topics.append(Button(t("standards-button"), Go(Entry.STANDARDS)))
    return Screen(t("safety-choose"), (*in_pairs(topics), (back_to_menu(t),)))


def helpers_text(t: Messages, helpers: Sequence[tuple[str, str]]) -> str:
    if not helpers:
        return t("safety-no-contacts")
    lines = [t("safety-contact-line", name=name, phone=phone) for name, phone in helpers]
    return "\n".join([t("safety-contacts-title"), *lines])


def rights_card(card: Card, t: Messages, helpers: Sequence[tuple[str, str]] | None) -> Screen:
    """One card, protected so it cannot be forwarded or saved; the pack's emergency numbers
    follow the arrest and violence cards, and who can help follows the arrest card (`helpers`).
    Under every card, a way to a person: talk to a peer."""
    sections = [t(CARD_BY_KEY[card])]
    if with_numbers(card):
        sections.append(t(EMERGENCY_NUMBERS))
    if helpers is not None:
        sections.append(helpers_text(t, helpers))
    return Screen(
        "\n\n".join(sections),
        rows(
            Button(t("menu-talk"), Go(Entry.TALK)),
            Button(t("menu-rights"), Go(Entry.RIGHTS)),
            back_to_menu(t),
        ),
        protect=True,
    )


# --- members' notices --------------------------------------------------------------------------


def alert_text(alert: Alert, t: Messages) -> str:
    first = t("alerts-notice", area=alert.area_name)  # what a locked phone shows: the area only
    what = t("alerts-kind", kind=alert.kind.value)
    when = t("alerts-when", when=alert.happened.value)
    return "\n".join([first, f"{what} · {when}", alert.description])


def notice_letter(alert: Alert, t: Messages) -> Screen:
    """What a subscriber is sent (an outbox letter): the area only, a button to read it and
    one to stop notices."""
    return Screen(
        t("alerts-new-notice", area=alert.area_name),
        rows(
            Button(t("alerts-read"), ReadNotice(alert.id)), Button(t("alerts-stop"), StopNotices())
        ),
        protect=True,
    )


def notice(alert: Alert, t: Messages) -> Screen:
    """A published alert in full, after the tap: a new message, protected."""
    return Screen(alert_text(alert, t), rows(back_to_menu(t)), protect=True)


def active_notices(alerts: Sequence[Alert], t: Messages) -> Screen:
    return Screen("\n\n".join(alert_text(a, t) for a in alerts[:ACTIVE_SHOWN]), protect=True)


def notice_areas(areas: Sequence[tuple[int, str]], chosen: Sequence[int], t: Messages) -> Screen:
    """Every area, ticked where this person gets notices; stopping all when there are some."""
    choices = [
        Button(toggle(name, area_id in chosen), ToggleArea(area_id)) for area_id, name in areas
    ]
    stop = Button(t("alerts-stop"), StopNotices()) if chosen else None
    text = t("alerts-choose") if areas else t("outreach-no-areas")
    return Screen(text, (*in_pairs(choices), *rows(stop, back_to_menu(t))))


def notices_stopped(viewer: Viewer, t: Messages) -> Screen:
    return main_menu(viewer, t, t("alerts-stopped"))


# --- a peer reports a danger -------------------------------------------------------------------


def report_kinds(t: Messages) -> Screen:
    kinds = [Button(t("alerts-kind", kind=kind.value), ReportKind(kind)) for kind in AlertKind]
    return Screen(t("alerts-report-kind") + "\n" + t("alerts-no-names"), one_per_row(kinds))


def report_areas(areas: Sequence[tuple[int, str]], t: Messages) -> Screen:
    return Screen(
        t("outreach-plan-area"),
        in_pairs([Button(name, ReportArea(area_id)) for area_id, name in areas]),
    )


def report_when(t: Messages) -> Screen:
    choices = [Button(t("alerts-when", when=h.value), ReportWhen(h)) for h in Happened]
    return Screen(t("alerts-report-when"), one_per_row(choices))


def report_describe(t: Messages) -> Screen:
    return Screen(t("alerts-report-describe"))


def report_review(description: str, t: Messages) -> Screen:
    """What the lead will read, shown back (scrubbed) before it is sent."""
    return Screen(
        t("alerts-report-review", text=description), rows(Button(t("feedback-send"), SendReport()))
    )


def report_sent(viewer: Viewer, t: Messages) -> Screen:
    """A peer hears back if it is not sent; a member's report names nobody, so nothing more."""
    if viewer.role.at_least(Role.PEER) and viewer.person_id is not None:
        return main_menu(viewer, t, t("alerts-report-sent"))
    return main_menu(viewer, t, t("alerts-report-sent-member"))


def report_limit(viewer: Viewer, t: Messages) -> Screen:
    return main_menu(viewer, t, t("alerts-report-limit"))


def form_closed(again: Entry, t: Messages) -> Screen:
    """A button of a report or a vetting whose draft is gone (restart, timeout, quick exit):
    nothing was sent, and one tap starts again."""
    return Screen(
        t("alerts-form-closed"), rows(Button(t(label_of(again)), Go(again)), back_to_menu(t))
    )


# --- a lead vets -------------------------------------------------------------------------------


def _warned(text: str, warning: str) -> str:
    """What a lead is about to send, then the stigma warning about it (`stigma_warning`)."""
    return f"{text}\n\n{warning}" if warning else text


def vetting_queue(alert: Alert | None, t: Messages, warning: str = "") -> Screen:
    """The oldest alert waiting for this lead, with what they can do with it (and a warning
    when the peer's words stigmatise: the lead can edit them before it is sent)."""
    if alert is None:
        return Screen(t("alerts-none-waiting"), rows(back_to_menu(t)))
    return Screen(
        _warned(alert_text(alert, t), warning),
        rows(
            [
                Button(t("alerts-publish"), PublishAlert(alert.id)),
                Button(t("alerts-edit"), EditAlert(alert.id)),
            ],
            Button(t("directory-reject"), RejectAlert(alert.id)),
            back_to_menu(t),
        ),
    )


def published(count: int, t: Messages) -> Screen:
    return Screen(t("alerts-published", count=count), rows(back_to_menu(t)))


def type_edit(t: Messages) -> Screen:
    return Screen(t("alerts-type-edit"))


def type_reason(t: Messages) -> Screen:
    return Screen(t("directory-reject-ask"))


def edit_review(alert_id: int, description: str, t: Messages, warning: str = "") -> Screen:
    """The lead's new text, scrubbed, as subscribers will read it, before it is sent."""
    return Screen(
        _warned(t("alerts-edit-review", text=description), warning),
        rows(
            Button(t("alerts-publish"), ConfirmVetting(alert_id)),
            Button(t("alerts-edit"), EditAlert(alert_id)) if warning else None,
            back_to_menu(t),
        ),
    )


def reason_review(alert_id: int, reason: str, t: Messages, warning: str = "") -> Screen:
    """The lead's reason, scrubbed, as the peer will read it, before it is sent."""
    return Screen(
        _warned(t("alerts-reason-review", reason=reason), warning),
        rows(Button(t("alerts-send-reason"), ConfirmVetting(alert_id)), back_to_menu(t)),
    )


def rejected(t: Messages) -> Screen:
    return Screen(t("alerts-rejected"), rows(back_to_menu(t)))


def rejection_letter(alert_id: int, t: Messages) -> Screen:
    """What the peer who reported it is sent (an outbox letter): a neutral line and a button."""
    return Screen(t("alerts-rejected-letter"), rows(Button(t("alerts-read"), ReadReason(alert_id))))


def rejection(reason: str, t: Messages) -> Screen:
    """Why it was not sent, after the tap: a new message, protected (`reason` is scrubbed)."""
    return Screen(
        t("alerts-your-alert-rejected", reason=reason), rows(back_to_menu(t)), protect=True
    )
