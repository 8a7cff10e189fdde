"""Telegram adapters for anonymous feedback: the form anyone can fill in, and the leads' report.

`buttons` (button data), `screens` (pure: each step of the form, the review, the report text),
then handlers by job: `form` (the typed flow and its ways in: /feedback and the menu, a service
card, the deep links `fb`, `fb-s<service>`, `fb-o<session>`), `report` (text, chart, the CSV of
its figures) and `flagged` (the weekly note to leads that a service went back to review).
Raw rows never go through the chat: `scripts/feedback_export.py` writes them on the server.
"""

from __future__ import annotations

from bot.feedback.letters import FLAGGED_LETTER
from bot.handlers.deeplinks import LinkKind
from bot.handlers.feedback import flagged, form, report
from bot.handlers.feedback.buttons import (
    AnswerExplained,
    AnswerGiven,
    AnswerWaiting,
    BeginForm,
    ChoicesDone,
    ChooseTopic,
    FlaggedDetails,
    FormBack,
    PickService,
    Rate,
    ReportMonth,
    ReportQuarter,
    SendForm,
    ServicesOfType,
    ServiceTypes,
    SkipService,
    SkipWords,
    StopForm,
    ToggleBarrier,
    ToggleNeed,
)
from bot.handlers.menu import Entry, FeedbackAbout, FeedbackOn
from bot.handlers.routing import Routes
from bot.people import Role


def register(routes: Routes) -> None:
    routes.entry(Entry.FEEDBACK, form.open_form)
    routes.tap(FeedbackAbout, form.open_about_service)
    routes.tap(FeedbackOn, form.open_on_topic)
    routes.link(LinkKind.FEEDBACK, form.open_by_link)
    routes.flow(form.FORM)
    routes.tap(BeginForm, form.start_questions)
    routes.tap(FormBack, form.back)
    routes.tap(StopForm, form.stop)
    routes.tap(ChooseTopic, form.choose_topic)
    routes.tap(SkipService, form.skip_service)
    routes.tap(ServiceTypes, form.service_types)
    routes.tap(ServicesOfType, form.services_of_type)
    routes.tap(PickService, form.pick_service)
    routes.tap(AnswerGiven, form.answer_given)
    routes.tap(AnswerExplained, form.answer_explained)
    routes.tap(AnswerWaiting, form.answer_waiting)
    routes.tap(Rate, form.rate)
    routes.tap(ToggleBarrier, form.toggle_barrier)
    routes.tap(ToggleNeed, form.toggle_need)
    routes.tap(ChoicesDone, form.choices_done)
    routes.tap(SkipWords, form.skip_words)
    routes.tap(SendForm, form.send)

    routes.entry(Entry.REPORT, report.choose_period)
    routes.tap(ReportMonth, report.show_report, Role.LEAD)
    routes.tap(ReportQuarter, report.show_report, Role.LEAD)

    routes.letter(FLAGGED_LETTER, flagged.render_note)
    routes.tap(FlaggedDetails, flagged.show_details, Role.LEAD)
