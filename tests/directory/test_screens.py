"""The directory's screens, pure: exact text of the card and the important lines, and which
buttons each role gets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from bot.directory.geometry import DistanceBand
from bot.directory.model import (
    Area,
    Category,
    Change,
    EditableField,
    Filters,
    Freshness,
    ProblemOutcome,
    Referral,
    ResultPage,
    Service,
    ServiceRecord,
    Standing,
    State,
    YourItem,
)
from bot.directory.opening_hours import OpenStatus
from bot.handlers.directory import proposal_screens, screens
from bot.handlers.directory.buttons import (
    Approve,
    ChooseField,
    MapPin,
    NearArea,
    NearMe,
    NearType,
    ProposeCategoriesDone,
    ProposeCategory,
    Reject,
    ReviewItem,
    SetValue,
    ShowService,
    StillRight,
    YourProposal,
)
from bot.handlers.directory.card_text import card_text, fit_card, result_label
from bot.handlers.menu import Entry, FeedbackAbout, Go
from bot.people import Role, Viewer
from tests.directory.conftest import TRANSLATOR, ZONE

EN = TRANSLATOR.for_locale("en")
TODAY = date(2026, 3, 2)
OPEN_UNTIL_FIVE = OpenStatus(True, datetime(2026, 3, 2, 17, 0, tzinfo=ZONE), None, True)
CLINIC = Service(
    id=7,
    record=ServiceRecord(
        name="Harbour Clinic",
        categories=(Category.HEALTH, Category.HIV_STI),
        organisation="Amani Trust",
        description="Testing and treatment.",
        phone="+255222110000",
        is_free=True,
        no_papers_needed=True,
        languages=("sw", "en"),
        hours="Mo-Fr 09:00-17:00",
        address="Dock Road 4",
        sex_worker_led=True,
        walk_in=True,
        latitude=-6.8,
        longitude=39.28,
    ),
    state=State.PUBLISHED,
    last_checked_on=date(2026, 3, 1),
    freshness=Freshness.FRESH,
    area_name="Harbour",
    open=OPEN_UNTIL_FIVE,
)


def taps(screen) -> list[list[str]]:
    return [[b.tap.pack() for b in row] for row in screen.rows]


def test_a_card_says_what_where_when_cost_papers_languages_phone_and_last_checked():
    assert card_text(CLINIC, Role.MEMBER, EN, ZONE, TODAY) == (
        "Harbour Clinic\n"
        "🏢 Amani Trust\n"
        "Testing and treatment.\n"
        "🏷 Health · HIV and STI testing, treatment, PrEP and PEP\n"
        "📍 Dock Road 4, Harbour\n"
        "🕘 Open now, until 17:00\n"
        "   Mon–Fri 09:00–17:00\n"
        "💵 Free\n"
        "📄 No papers needed\n"
        "🗣 Swahili and English\n"
        "✔ Sex-worker-led · Walk-in, no appointment\n"
        "☎ +255 22 211 0000\n"  # issue 10.14: read the international way
        "✔ Last checked yesterday"
    )


def test_a_card_says_open_24_hours_and_how_a_person_gets_in_and_is_understood():
    always = OpenStatus(True, None, None, True)
    record = replace(
        CLINIC.record,
        hours="24/7",
        interpretation=True,
        accessibility="Ramp at the side door",
    )
    text = card_text(replace(CLINIC, record=record, open=always), Role.MEMBER, EN, ZONE, TODAY)
    assert "🕘 Open 24 hours, every day\n💵 Free" in text and "00:00" not in text
    assert "🗣 Swahili and English\n🗣 An interpreter can help\n♿ Ramp at the side door\n" in text
    weekend = replace(record, hours="Mo-Fr 09:00-17:00; Sa-Su 00:00-24:00", interpretation=False)
    text = card_text(replace(CLINIC, record=weekend), Role.MEMBER, EN, ZONE, TODAY)
    assert "   Mon–Fri 09:00–17:00\n   Sat–Sun 24 hours\n" in text
    assert "🗣 No interpreter" in text


def test_a_lead_also_reads_the_state_and_open_reports():
    proposal = replace(CLINIC, state=State.REVIEW, open_reports=("moved", "called-police"))
    text = card_text(proposal, Role.LEAD, EN, ZONE, TODAY)
    assert text.endswith(
        "Status: sent back for review\nProblems reported: It has moved, They called the police"
    )
    assert "Status" not in card_text(proposal, Role.PEER, EN, ZONE, TODAY)


def test_an_old_card_says_not_checked_recently_and_unknowns_say_so():
    record = ServiceRecord("Bare", (Category.GBV,))
    old = replace(
        CLINIC,
        record=record,
        last_checked_on=date(2025, 10, 1),
        freshness=Freshness.STALE,
        area_name=None,
        open=OpenStatus(False, None, None, False),
    )
    assert card_text(old, Role.MEMBER, EN, ZONE, TODAY) == (
        "Bare\n🏷 Help after violence\n🕘 Opening hours not known\n💵 Cost not known\n"
        "📄 Ask if papers are needed\n⚠ Not checked recently (last checked 152 days ago)"
    )


def test_the_description_gives_way_when_a_card_is_too_long():
    lines = ["Name", "D" * 5000, "☎ +255222110000", "✔ Last checked today"]
    text = fit_card(lines, "D" * 5000)
    assert len(text) <= 4096 and text.endswith("…\n☎ +255222110000\n✔ Last checked today")


def test_result_labels_give_distance_bands_and_open_or_closed():
    assert result_label(CLINIC, EN, ZONE) == "Harbour Clinic · Open now, until 17:00"
    near = replace(CLINIC, distance=DistanceBand.UNDER_1_KM)
    assert result_label(near, EN, ZONE) == "Harbour Clinic · under 1 km · Open now, until 17:00"
    closed = replace(
        CLINIC, open=OpenStatus(False, None, datetime(2026, 3, 3, 9, 0, tzinfo=ZONE), True)
    )
    assert result_label(closed, EN, ZONE) == "Harbour Clinic · Closed. Opens Tue 09:00"


def test_each_role_gets_the_buttons_it_may_use_on_a_card():
    back = Go(Entry.FIND)
    member = screens.card(CLINIC, Role.MEMBER, EN, ZONE, TODAY, back)
    assert taps(member) == [[MapPin(7).pack(), "dref:7"], [FeedbackAbout(7).pack()], [back.pack()]]
    peer = screens.card(CLINIC, Role.PEER, EN, ZONE, TODAY, back)
    assert [StillRight(7).pack(), "dprob:7"] in taps(peer)
    assert [ChooseField(7).pack()] in taps(peer)
    proposal = replace(CLINIC, state=State.PROPOSED)
    lead = screens.card(proposal, Role.LEAD, EN, ZONE, TODAY, ReviewItem(2))
    assert taps(lead) == [
        [ChooseField(7).pack()],
        [Approve(7).pack(), Reject(7).pack()],
        [ReviewItem(2).pack()],
    ]
    assert EN("directory-button-edit") in lead.labels()  # a lead's change is an edit
    assert EN("directory-button-change") in peer.labels()
    hidden = screens.card(
        replace(CLINIC, freshness=Freshness.HIDDEN), Role.PEER, EN, ZONE, TODAY, back
    )
    assert taps(hidden) == [  # only to check it: nothing to send anyone to until then
        [StillRight(7).pack(), "dprob:7"],
        [ChooseField(7).pack()],
        [back.pack()],
    ]


def test_the_find_screen_shows_the_filters_that_are_on():
    screen = screens.find(Filters(free=True), EN)
    assert screen.text == EN("directory-find-title")
    assert screen.labels() == [
        "📂 By type of service",
        "📍 Near me",
        "🔤 Search by word",
        "☑ Free",
        "☐ No papers needed",
        "☐ Sex-worker-led",
        "☐ Open now",
        "⬅️ Menu",
    ]


def test_results_page_and_nothing_found():
    found = screens.category_results(Category.HEALTH, ResultPage([CLINIC], 1, True), EN, ZONE)
    assert found.text == "Health — tap a service to see more."
    assert taps(found) == [["dsvc:7"], ["dcat:health:0", "dcat:health:2"], ["dcats"]]
    none = screens.search_results("x", ResultPage([], 0, False), EN, ZONE)
    assert none.text == EN("directory-search-none", words="x")  # issue 10.14: the word, not a type
    assert taps(none) == [["go:search"], ["go:find"]]
    none = screens.category_results(Category.HEALTH, ResultPage([], 0, False), EN, ZONE)
    assert none.text == EN("directory-no-results")


def test_near_results_list_the_services_and_the_way_back_only():
    screen = screens.near_results([CLINIC], "Nearest", EN, ZONE)
    assert taps(screen) == [[ShowService(7).pack()], ["go:find"]]
    assert screens.near_results([], "Nearest", EN, ZONE).text == EN("directory-near-none")


def test_a_referral_note_is_protected_and_in_each_language_given():
    note = screens.referral_note(Referral(CLINIC, "AB23CD"), [EN, TRANSLATOR.for_locale("sw")])
    assert note.protect and note.rows == ()
    assert note.text.count("AB23CD") == 2 and note.text.startswith("📝 Referral note\n")


def test_a_suggested_change_shows_the_old_and_new_value():
    change = Change(3, 7, "Legal Desk", EditableField.PHONE, "+255222110099", 12)
    screen = screens.review_change(
        change,
        "+255222110000",
        1,
        2,
        {"fresh": 1, "due": 0, "stale": 0, "hidden": 0, "waiting": 1},
        EN,
    )
    assert screen.text == (
        "Fresh: 1 · Due for a check: 0 · Not checked recently: 0 · Hidden: 0 · "
        "Waiting for review: 1\n\n"
        "Suggested change to “Legal Desk”\nPhone number: +255 22 211 0000 → +255 22 211 0099"
    )
    assert taps(screen) == [["dcpub:3", "dcrej:3"], [ReviewItem(0).pack()], ["go:menu"]]
    free = Change(4, 7, "Legal Desk", EditableField.IS_FREE, "1", None)
    assert "Is it free?: No → Yes" in screens.change_text(free, False, EN)


def test_yes_no_and_open_closed_fields_are_chosen_by_button():
    status = screens.field_choices(7, EditableField.STATUS, EN)
    assert status.labels() == ["Open as usual", "Closed for now", "Closed for good", "⬅️ Back"]
    free = screens.field_choices(7, EditableField.IS_FREE, EN)
    assert taps(free)[0] == [
        SetValue(7, EditableField.IS_FREE, a).pack() for a in ("yes", "no", "unknown")
    ]


def test_the_weekly_offer_is_neutral_with_a_button():
    offer = screens.recheck_offer(3, EN)
    assert offer.text == "🔁 3 services need a check. Tap below if you can help."
    assert taps(offer) == [[Go(Entry.RECHECK).pack()]]


def test_a_problem_report_sends_back_to_the_menu():
    viewer = Viewer(1, Role.PEER, "en")
    screen = screens.problem_reported(ProblemOutcome.TO_REVIEW, viewer, EN)
    assert screen.text == EN("directory-report-review")
    screen = screens.problem_reported(ProblemOutcome.ALREADY, viewer, EN)
    assert screen.text == EN("directory-report-already")


def test_proposal_categories_tick_and_done_appears_once_one_is_ticked():
    empty = proposal_screens.categories([], EN)
    assert ProposeCategoriesDone() not in empty.taps()
    ticked = proposal_screens.categories([Category.GBV], EN)
    assert "☑ 🆘 Help after violence" in ticked.labels() and "☐ 🩺 Health" in ticked.labels()
    assert ticked.taps()[-1] == ProposeCategoriesDone()
    assert ProposeCategory(Category.GBV) in ticked.taps()


def test_a_proposal_is_checked_as_its_card_before_sending():
    screen = proposal_screens.review("CARD", EN)
    assert screen.text == "Please check, then send:\n\nCARD"
    assert screen.labels() == ["📨 Send", "⬅️ Back"]


def test_near_me_asks_the_type_first_and_areas_keep_it():
    types = screens.near_types(EN)
    assert taps(types)[0] == [NearType(None).pack()]
    assert [NearType(Category.HEALTH).pack(), NearType(Category.HIV_STI).pack()] in taps(types)
    area = Area(3, "harbour", "Harbour", -6.8, 39.28)
    areas = screens.near_areas([area], Category.HEALTH, EN)
    assert taps(areas) == [[NearArea(3, Category.HEALTH).pack()], [NearMe().pack()]]
    assert screens.near_title(None, None, EN) == EN("directory-near-results")
    assert screens.near_title(Category.HEALTH, area, EN) == (
        "Health near the centre of Harbour. Tap one to see more."
    )


def test_the_first_question_of_a_proposal_lists_what_still_waits_for_a_lead():
    assert proposal_screens.name(EN).text == EN("directory-propose-name")
    change = Change(3, 7, "Legal Desk", EditableField.PHONE, "+255222110099", 12)
    screen = proposal_screens.name(EN, [CLINIC], [change])
    assert screen.text == (
        "Waiting for a lead to review:\n• Harbour Clinic\n• Legal Desk: change of Phone number\n\n"
        + EN("directory-propose-name")
    )


def test_a_proposer_reads_the_outcome_after_a_neutral_letter():
    letter = screens.decision_letter(YourProposal(7), EN)
    assert letter.text == EN("directory-decision-letter") and not letter.protect
    assert taps(letter) == [[YourProposal(7).pack()]]
    peer = Viewer(1, Role.PEER, "en")
    rejected = YourItem("Dubious", Standing.REJECTED, "raw", EditableField.PHONE)
    screen = screens.your_item(rejected, "scrubbed", peer, EN)
    assert screen.protect
    assert screen.text == EN("directory-your-change-rejected", name="Dubious", reason="scrubbed")
    waiting = screens.your_item(YourItem("Night Clinic", Standing.WAITING), None, peer, EN)
    assert waiting.text == EN("directory-your-waiting-item", name="Night Clinic")
