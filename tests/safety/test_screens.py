"""The safety screens, pure: exact text and buttons of what people see, letters that show nothing
of what happened in their first 120 characters (in every language), and every button's data
round-trips through the codec within Telegram's 64 bytes."""

from __future__ import annotations

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast

from bot.handlers.callbacks import decode
from bot.handlers.menu import Entry, Go
from bot.handlers.safety import screens
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
from bot.handlers.screens import Screen
from bot.i18n import LOCALES_DIR
from bot.people import Role, Viewer
from bot.safety.alerts import Alert, AlertKind, Happened
from bot.safety.rights import Card
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator

TRANSLATOR = shared_translator()
t = TRANSLATOR.for_locale("en")
ALERT = Alert(
    7,
    AlertKind.VIOLENT_CLIENT,
    3,
    "Eastside",
    Happened.TODAY,
    "Grey car near the market.",
    "published",
    1,
)
MEMBER = Viewer(1, Role.MEMBER, "en")


LOCK_SCREEN = 120  # characters a locked phone shows of a message


def test_a_notice_is_sent_as_the_area_alone_with_a_read_and_a_stop_button():
    letter = screens.notice_letter(ALERT, t)
    assert letter.text == "🔔 New notice for Eastside"
    assert letter.taps() == [ReadNotice(7), StopNotices()]
    assert letter.labels() == ["📖 Read", "🔕 Stop all notices"]


def test_after_read_the_notice_in_full_is_protected():
    notice = screens.notice(ALERT, t)
    assert notice.text == (
        "🔔 Notice for Eastside\nViolent or abusive client · today\nGrey car near the market."
    )
    assert notice.protect and notice.taps() == [Go(Entry.MENU)]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_no_letter_shows_what_happened_or_why_on_a_locked_phone(locale):
    """Issue 10.5: kind, when, words and a lead's reason come only after a tap, in every
    language; the neutral lines fit in what a locked phone shows."""
    lt = TRANSLATOR.for_locale(locale)
    secret_words = [
        *(lt("alerts-kind", kind=kind.value) for kind in AlertKind),
        *(lt("alerts-when", when=when.value) for when in Happened),
        ALERT.description,
        "Too vague",
    ]
    letters = [
        screens.notice_letter(ALERT, lt),
        screens.rejection_letter(7, lt),
        Screen(lt("alerts-waiting")),  # the note to leads
    ]
    for letter in letters:
        seen = letter.text[:LOCK_SCREEN]
        assert len(letter.text) <= LOCK_SCREEN
        assert not [word for word in secret_words if word.lower() in seen.lower()], seen


def test_the_peer_reads_why_their_report_was_not_sent_after_a_tap():
    letter = screens.rejection_letter(7, t)
    assert letter.text == "📬 There is an answer about a notice you sent."
    assert letter.taps() == [ReadReason(7)]
    reason = screens.rejection("Too vague", t)
    assert reason.text == "The safety notice you reported was not sent. Reason: Too vague"
    assert reason.protect


def test_a_notice_in_french():
    fr = TRANSLATOR.for_locale("fr")
    assert screens.notice(ALERT, fr).text.startswith(fr("alerts-notice", area="Eastside"))


def test_active_notices_are_joined_protected_and_at_most_ten():
    screen = screens.active_notices([ALERT] * 12, t)
    assert screen.protect
    assert screen.text.count("🔔") == 10
    assert "\n\n🔔 Notice for Eastside" in screen.text


def test_notice_areas_tick_the_chosen_ones_and_offer_to_stop():
    screen = screens.notice_areas([(1, "Eastside"), (2, "Westside"), (3, "Harbour")], [2], t)
    assert screen.text == t("alerts-choose")
    assert [[b.label for b in row] for row in screen.rows] == [
        ["☐ Eastside", "☑ Westside"],
        ["☐ Harbour"],
        [t("alerts-stop")],
        [t("menu-back")],
    ]
    assert screen.taps()[:4] == [ToggleArea(1), ToggleArea(2), ToggleArea(3), StopNotices()]


def test_notice_areas_without_a_choice_or_without_areas():
    assert t("alerts-stop") not in screens.notice_areas([(1, "Eastside")], [], t).labels()
    empty = screens.notice_areas([], [], t)
    assert empty.text == t("outreach-no-areas") and empty.labels() == [t("menu-back")]


def test_stopping_says_so_over_the_main_menu():
    screen = screens.notices_stopped(MEMBER, t)
    assert screen.text == t("alerts-stopped")
    assert Go(Entry.EXIT) in screen.taps() and Go(Entry.TEAM) not in screen.taps()


def test_the_exit_question_offers_keep_then_leave():
    screen = screens.exit_question(t)
    assert screen.text == "Clear this chat now. Do you also want to leave your role in the team?"
    assert [(b.label, b.tap) for row in screen.rows for b in row] == [
        ("Keep my role, clear the chat", ExitChoice(leave_role=False)),
        ("Leave my role too", ExitChoice(leave_role=True)),
    ]


def test_rights_topics_in_pairs_then_the_standards_then_back():
    screen = screens.rights_topics(t)
    assert screen.text == "Choose a topic:"
    assert [len(row) for row in screen.rows] == [2, 2, 2, 2, 1]
    assert screen.taps() == [
        *(OpenCard(card) for card in Card),
        Go(Entry.STANDARDS),
        Go(Entry.MENU),
    ]
    assert screen.labels()[0] == "👮 Police" and not screen.protect


def test_the_arrest_card_ends_with_numbers_and_who_can_help():
    screen = screens.rights_card(Card.ARREST, t, [("Harbour Legal Aid", "+255 22 211 0101")])
    assert screen.protect
    assert screen.text == "\n\n".join(
        [
            t("safety-arrest"),
            t("safety-emergency-numbers"),
            "Who can help:\nHarbour Legal Aid: +255 22 211 0101",
        ]
    )
    assert screen.taps() == [Go(Entry.TALK), Go(Entry.RIGHTS), Go(Entry.MENU)]


def test_the_arrest_card_without_helpers_says_whom_to_ask():
    screen = screens.rights_card(Card.ARREST, t, [])
    assert screen.text.endswith(t("safety-no-contacts"))


def test_the_police_card_is_the_card_alone():
    assert screens.rights_card(Card.POLICE, t, None).text == t("safety-card-police")


def test_the_report_steps():
    kinds = screens.report_kinds(t)
    assert kinds.text == (
        "What kind of danger?\nNever write the name or the phone number of a community member."
    )
    assert kinds.taps() == [ReportKind(kind) for kind in AlertKind]
    assert all(len(row) == 1 for row in kinds.rows)
    areas = screens.report_areas([(1, "Eastside"), (2, "Westside")], t)
    assert areas.taps() == [ReportArea(1), ReportArea(2)]
    assert screens.report_when(t).taps() == [ReportWhen(h) for h in Happened]
    review = screens.report_review("Grey car", t)
    assert review.text == "This is what a lead will check before it is sent: Grey car"
    assert review.taps() == [SendReport()]


def test_the_vetting_queue_offers_send_edit_reject():
    screen = screens.vetting_queue(ALERT, t)
    assert screen.text == screens.alert_text(ALERT, t)
    assert [[b.tap for b in row] for row in screen.rows] == [
        [PublishAlert(7), EditAlert(7)],
        [RejectAlert(7)],
        [Go(Entry.MENU)],
    ]
    assert screens.vetting_queue(None, t).text == "No notices to check."


def test_what_a_lead_typed_is_shown_back_before_send():
    edit = screens.edit_review(7, "Grey car. Stay in pairs.", t)
    assert edit.text == "This is what will be sent: Grey car. Stay in pairs."
    assert edit.taps() == [ConfirmVetting(7), Go(Entry.MENU)]
    reason = screens.reason_review(7, "Not enough detail", t)
    assert reason.text == "The person who reported it will read this reason: Not enough detail"
    assert reason.taps() == [ConfirmVetting(7), Go(Entry.MENU)]


def test_a_closed_form_says_so_and_offers_to_start_again():
    screen = screens.form_closed(Entry.REPORT_DANGER, t)
    assert screen.text == "This form has closed. You can start again."
    assert "sent" not in screen.text.lower()
    assert screen.taps() == [Go(Entry.REPORT_DANGER), Go(Entry.MENU)]
    assert screen.labels()[0] == t("menu-report-danger")
    assert screens.form_closed(Entry.VET_ALERTS, t).taps()[0] == Go(Entry.VET_ALERTS)


def test_sent_to_how_many_people_follows_the_plural_rules():
    """Issue 10.15: not "Sent to 1 people"."""
    assert screens.published(1, t).text == "Sent to 1 person."
    assert screens.published(2, t).text == "Sent to 2 people."
    assert screens.published(0, t).text == "Published. Nobody gets notices for this area yet."
    fr = TRANSLATOR.for_locale("fr")
    assert screens.published(1, fr).text == "Envoyé à 1 personne."
    assert screens.published(3, fr).text == "Envoyé à 3 personnes."


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_language_selects_sent_to_by_plural_category(locale):
    resource = FluentParser().parse((LOCALES_DIR / locale / "safety.ftl").read_text("utf-8"))
    (message,) = [
        e
        for e in resource.body
        if isinstance(e, fluent_ast.Message) and e.id.name == "alerts-published"
    ]
    (element,) = message.value.elements
    select = element.expression
    assert isinstance(select, fluent_ast.SelectExpression)
    assert select.selector.id.name == "count"
    keys = {getattr(v.key, "name", getattr(v.key, "value", None)) for v in select.variants}
    assert {"one", "other"} <= keys


@pytest.mark.parametrize(
    "button",
    [
        ExitChoice(True),
        OpenCard(Card.REFUGEE),
        ToggleArea(10**12),
        StopNotices(),
        ReportKind(AlertKind.UNSAFE_PLACE),
        ReportArea(10**12),
        ReportWhen(Happened.THIS_WEEK),
        SendReport(),
        PublishAlert(10**12),
        EditAlert(10**12),
        RejectAlert(10**12),
        ReadNotice(10**12),
        ReadReason(10**12),
        ConfirmVetting(10**12),
    ],
)
def test_every_button_round_trips_within_64_bytes(button):
    data = button.pack()
    assert len(data.encode()) <= 64
    assert decode(data) == button
