"""The feedback screens by their exact text and buttons (English), without Telegram."""

from bot.common.hxl import hxl_csv
from bot.directory.core import Category, Freshness, ResultPage, Service, ServiceRecord, State
from bot.directory.opening_hours import OpenStatus
from bot.feedback.exports import partner_figures, period_days
from bot.feedback.form import FeedbackDraft, Step
from bot.feedback.model import Barrier, FeedbackReport, Given, Ranked, ServiceRating, Topic, Waiting
from bot.handlers.exports import partner_headers
from bot.handlers.feedback import screens
from bot.handlers.feedback.buttons import (
    AnswerExplained,
    ChooseTopic,
    FlaggedDetails,
    PickService,
    Rate,
    ReportMonth,
    ReportQuarter,
    SendForm,
    ServicesOfType,
    ServiceTypes,
    StopForm,
    ToggleBarrier,
)
from bot.handlers.menu import Entry, Go
from bot.people import Role, Viewer
from tests.conftest import shared_translator

T = shared_translator().for_locale("en")
NAV = ["⬅️ Back", "✖ Stop"]


def at(step: Step, **fields) -> FeedbackDraft:
    draft = FeedbackDraft(**fields)
    draft.go(step)
    return draft


def test_the_intro_says_what_is_kept_before_any_question():
    screen = screens.intro(T)
    assert screen.text.startswith("Your answers are anonymous. We do not keep who you are")
    assert screen.labels() == ["▶️ Start", "✖ Stop"]
    assert screens.step(FeedbackDraft(), T) == screen  # a new draft is at the intro


def test_the_topic_question_lists_every_topic_one_per_row_then_back_and_stop():
    screen = screens.step(at(Step.TOPIC), T)
    assert screen.text == "What is it about?"
    assert screen.labels() == [
        "A service I used",
        "An outreach session",
        "What I need",
        "Safety",
        "Talking to a peer",
        "Something else",
        *NAV,
    ]
    assert screen.taps()[0] == ChooseTopic(Topic.SERVICE)
    assert [len(row) for row in screen.rows] == [1, 1, 1, 1, 1, 1, 2]


def test_yes_and_no_answer_whether_they_explained():
    screen = screens.step(at(Step.EXPLAINED, topic=Topic.SERVICE), T)
    assert screen.text == "Did they explain why?"
    assert screen.labels() == ["Yes", "No", *NAV]
    assert screen.taps()[:2] == [AnswerExplained(True), AnswerExplained(False)]


def test_ratings_are_five_faces_for_the_question_asked():
    staff = screens.step(at(Step.STAFF), T)
    overall = screens.step(at(Step.OVERALL), T)
    assert (staff.text, overall.text) == ("How did the staff treat you?", "Overall, how was it?")
    assert staff.labels() == ["😞", "🙁", "😐", "🙂", "😀", *NAV]
    assert staff.taps()[0] == Rate("staff", 1) and overall.taps()[4] == Rate("overall", 5)


def test_chosen_barriers_are_ticked():
    draft = at(Step.BARRIERS, barriers=[Barrier.STIGMA])
    screen = screens.step(draft, T)
    assert screen.text == "Did anything make it hard? Tap all that fit, then Done."
    assert "☑ Stigma or discrimination" in screen.labels()
    assert "☐ Cost" in screen.labels()
    assert screen.labels()[-3:] == ["Done ✅", *NAV]
    assert ToggleBarrier(Barrier.STIGMA) in screen.taps()


def test_needs_are_the_directory_categories():
    screen = screens.step(at(Step.NEEDS, needs=[Category.LEGAL_AID]), T)
    assert "☑ ⚖️ Legal aid" in screen.labels()
    assert len(screen.labels()) == len(Category) + 3


def test_the_review_shows_the_words_as_kept_and_send_names_the_form_not_the_key():
    draft = at(Step.REVIEW, words="The clinic was closed […]")
    screen = screens.step(draft, T)
    assert screen.text == (
        "Please check, then send:\n\n"
        "What made it hard: (nothing)\n"
        "What you need: (nothing)\n"
        "Your words, as we will keep them: The clinic was closed […]"
    )
    assert screen.labels() == ["📨 Send", *NAV]
    assert screen.taps()[0] == SendForm(draft.form)
    assert draft.key not in screen.taps()[0].pack()
    assert screens.review(FeedbackDraft(), T).text.endswith("keep them: (nothing)")


def test_the_service_search_offers_the_types_and_not_saying_whatever_it_found():
    nothing = screens.service_choice([], T)
    assert nothing.text == "Nothing found. Type another name, or choose by type."
    assert nothing.labels() == ["🗂 Other types", "🤐 I'd rather not say", *NAV]


def test_a_closed_form_offers_a_new_one_and_the_menu():
    screen = screens.expired(T)
    assert screen.text == "This form has closed. To give your feedback, please start again."
    assert screen.labels() == ["💬 Give feedback", "⬅️ Menu"]
    assert screen.taps() == [Go(Entry.FEEDBACK), Go(Entry.MENU)]
    assert "saved" not in screen.text


def test_thanks_comes_with_the_menu_of_the_persons_role():
    member = Viewer(telegram_id=1, role=Role.MEMBER, locale="en")
    screen = screens.thanks(member, T)
    assert screen.text == "Thank you. Your answer is saved. It helps us change what does not work."
    assert "💬 Give feedback" in screen.labels()
    assert StopForm() not in screen.taps()


def test_the_period_picker_offers_months_then_quarters():
    screen = screens.report_periods(["2026-02", "2026-01", "2025-Q4"], T)
    assert screen.text == "Which period?"
    assert screen.labels() == ["2026-02", "2026-01", "2025-Q4", "⬅️ Menu"]
    assert screen.taps()[:3] == [ReportMonth(2026, 2), ReportMonth(2026, 1), ReportQuarter(2025, 4)]


def test_the_report_text_shows_only_what_the_report_shows():
    report = FeedbackReport(
        period="2026-03",
        previous_period="2026-02",
        submissions=12,
        previous_submissions=None,
        barriers=[Ranked("cost", 12, 1.0), Ranked("papers", 0, 0.0), Ranked("stigma", None, None)],
        needs=[Ranked("legal-aid", 7, 7 / 12)],
        ratings=[ServiceRating(1, "Harbour Clinic", 12, 4.0)],
        topics=[Ranked("service", 12, 1.0), Ranked("other", 0, 0.0)],
        excerpts=["words 1"],
    )
    screen = screens.report_text(report, 5, T)
    assert screen.protect and screen.rows == ()
    assert screen.text == (
        "Feedback 2026-03\n"
        "Answers: 12 (before: hidden)\n"
        "Topics:\n"
        "  A service I used: 12 (100%)\n"
        "Barriers:\n"
        "  Cost: 12 (100%)\n"
        "  Stigma or discrimination: hidden\n"
        "Unmet needs:\n"
        "  Legal aid: 7 (58%)\n"
        "Average rating (at least 5 answers):\n"
        "  Harbour Clinic: 4.0 / 5 (12)\n"
        "Some words people wrote:\n"
        "  “words 1”\n"
        "\n"
        "Needs summary, 2026-03: 12 answers (2026-02: fewer than 5).\n"
        "Cost: met in 12 answers (100%); 2026-02: none.\n"
        "Stigma or discrimination: met in fewer than 5 answers; 2026-02: none.\n"
        "Legal aid: needed in 7 answers (58%); 2026-02: none."
    )


def test_an_empty_period_says_so_protected():
    screen = screens.report_empty("2026-03", T)
    assert screen.text == "Feedback 2026-03\nNo answers in this period."
    assert screen.protect


def test_the_chart_is_labelled_in_the_readers_language():
    labels = screens.chart_labels(5, T)
    assert labels["hidden"] == "<5" and labels["barrier:stigma"] == "Stigma or discrimination"
    assert labels["need:legal-aid"] == "Legal aid"
    assert {"barriers", "needs"} <= labels.keys()


def test_the_given_answers_share_one_row():
    screen = screens.step(at(Step.GIVEN, topic=Topic.SERVICE), T)
    assert screen.labels() == ["Yes", "Partly", "No", *NAV]
    assert [len(row) for row in screen.rows] == [len(Given), 2]


# --- issue 10 ----------------------------------------------------------------------------------


def test_a_way_in_that_names_a_service_names_it_above_the_intro():
    screen = screens.step(FeedbackDraft(service_name="Harbour Clinic"), T)
    assert screen.text.startswith("About: Harbour Clinic\n\nYour answers are anonymous.")


def test_the_service_question_offers_types_the_last_looked_at_first_and_not_saying():
    screen = screens.step(at(Step.SERVICE, topic=Topic.SERVICE), T)
    assert screen.text == "Which service? Tap its type, or type part of its name."
    assert screen.labels()[:2] == ["🩺 Health", "🧪 HIV and STI"]
    assert screen.labels()[-3:] == ["🤐 I'd rather not say", *NAV]
    assert screen.taps()[0] == ServicesOfType(Category.HEALTH, 0)
    legal_first = screens.step(at(Step.SERVICE, first_type=Category.LEGAL_AID), T)
    assert legal_first.taps()[0] == ServicesOfType(Category.LEGAL_AID, 0)
    assert legal_first.labels().count("⚖️ Legal aid") == 1
    assert len(legal_first.labels()) == len(Category) + 3


def test_the_services_of_a_type_are_names_to_tap_with_more_and_the_other_types():
    clinic = Service(
        7,
        ServiceRecord("Harbour Clinic", (Category.HEALTH,)),
        State.PUBLISHED,
        None,
        Freshness.FRESH,
        None,
        OpenStatus(False, None, None, False),
    )
    page = screens.services_of_type(Category.HEALTH, ResultPage([clinic], 0, True), T)
    assert page.text == "Tap the service:"
    assert page.labels() == [
        "Harbour Clinic",
        "➡️ More",
        "🗂 Other types",
        "🤐 I'd rather not say",
        *NAV,
    ]
    assert page.taps()[:3] == [PickService(7), ServicesOfType(Category.HEALTH, 1), ServiceTypes()]
    none = screens.services_of_type(Category.GBV, ResultPage([], 0, False), T)
    assert none.text.startswith("No service of this type yet.")
    assert none.labels() == ["🗂 Other types", "🤐 I'd rather not say", *NAV]


def test_the_review_shows_every_answer_given_in_the_order_asked():
    draft = at(
        Step.REVIEW,
        topic=Topic.SERVICE,
        service_name="Harbour Clinic",
        barriers=[Barrier.COST, Barrier.POLICE],
        needs=[Category.LEGAL_AID],
        words="It was far",
    )
    draft.answers.given, draft.answers.explained = Given.PARTLY, False
    draft.answers.waiting, draft.answers.staff, draft.answers.overall = Waiting.OVER_3H, 2, 3
    assert screens.step(draft, T).text == (
        "Please check, then send:\n\n"
        "What is it about? A service I used\n"
        "Service: Harbour Clinic\n"
        "Did you get the service? Partly\n"
        "Did they explain why? No\n"
        "How long did you wait? More than 3 hours\n"
        "How did the staff treat you? 🙁\n"
        "Overall, how was it? 😐\n"
        "What made it hard: Cost and Police\n"
        "What you need: Legal aid\n"
        "Your words, as we will keep them: It was far"
    )
    unsaid = at(Step.REVIEW, topic=Topic.SERVICE, service_skipped=True)
    assert "Service: 🤐 I'd rather not say" in screens.step(unsaid, T).text


def test_a_period_with_fewer_than_k_answers_says_so_and_shows_nothing_else():
    screen = screens.report_few("2026-03", 5, T)
    assert screen.text == (
        "Feedback 2026-03\nFewer than 5 answers in this period."
        " Nothing more is shown, so that no one can be recognised."
    )
    assert screen.protect


def test_the_csv_of_a_report_is_its_figures_as_the_text_shows_them_tagged_for_partners():
    report = FeedbackReport(
        period="2026-03",
        previous_period="2026-02",
        submissions=12,
        previous_submissions=None,
        barriers=[Ranked("cost", 12, 1.0), Ranked("papers", 0, 0.0), Ranked("stigma", None, None)],
        needs=[Ranked("legal-aid", 7, 7 / 12)],
        ratings=[ServiceRating(1, "=Harbour Clinic", 12, 4.0)],
        topics=[Ranked("service", 12, 1.0), Ranked("other", 0, 0.0)],
        excerpts=["words 1"],
    )
    rows = partner_figures(report, screens.partner_names(report, T))
    data = hxl_csv(period_days("2026-03"), rows, partner_headers(T), T("feedback-report-hidden"))
    when = "2026-03-02,2026-03-29,,"  # the ISO weeks whose Thursday is in March
    assert data.decode("utf-8-sig").splitlines() == [
        "Period start,Period end,Area,Sector,Indicator code,Indicator,Service,Value,Hidden",
        "#date +start,#date +end,#loc +name,#sector +code,#indicator +code,#indicator +name,"
        "#service +name,#indicator +value +num,#meta +suppressed",
        f"{when}protection,feedback_answers,Answers,,12,",
        f"{when}protection,feedback_topic_service,Answers about: A service I used,,12,",
        f"{when}protection,feedback_barrier_cost,Barrier met: Cost,,12,",
        f"{when}protection,feedback_barrier_stigma,Barrier met: Stigma or discrimination,,,hidden",
        f"{when}protection,feedback_need_legal_aid,Unmet need: Legal aid,,7,",
        f"{when}protection,feedback_rating_average,Average rating,'=Harbour Clinic,4.0,",
        f"{when}protection,feedback_rating_answers,Ratings,'=Harbour Clinic,12,",
    ]


def test_the_note_to_leads_is_neutral_and_the_details_come_protected_after_read():
    note = screens.flagged_note(7, T)
    assert note.text == "🔔 A note for the team. Tap Read to see it."
    assert note.labels() == ["📖 Read"] and note.taps() == [FlaggedDetails(7)]
    assert not note.protect
    details = screens.flagged_details("Harbour Clinic", 3, T)
    assert details.protect
    assert "Harbour Clinic" in details.text and "3 or more reports in 30 days" in details.text
    assert details.taps() == [Go(Entry.REVIEW)]
