"""The feedback form, one typed flow: ways in (/feedback and the menu, a service card, the deep
links on outreach material, the end of a talk with a peer), one handler per answer, the two typed steps (a service's name, the
free text), and Send.

The daily limit is said before the form starts. A service is chosen by buttons (its type, then
its name) or by typing part of its name, or not said. Send commits before it thanks; a second
Send of the same form thanks again and stores nothing; a button of a form that has ended
(stopped, left too long, a restart, a quick exit) says the form has closed, never "saved".
"""

from __future__ import annotations

import contextlib

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.directory.core import Category, Directory, Filters, Service
from bot.feedback.form import FREE_TEXT_LIMIT, FeedbackDraft, Step, clean_free_text, next_step
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.deeplinks import DeepLink
from bot.handlers.directory.buttons import CategoryPage
from bot.handlers.directory.memory import finding
from bot.handlers.feedback import screens
from bot.handlers.feedback.buttons import (
    AnswerExplained,
    AnswerGiven,
    AnswerWaiting,
    BeginForm,
    ChoicesDone,
    ChooseTopic,
    FormBack,
    PickService,
    Rate,
    SendForm,
    ServicesOfType,
    ServiceTypes,
    SkipService,
    SkipWords,
    StopForm,
    ToggleBarrier,
    ToggleNeed,
)
from bot.handlers.flows import Flow, typed, typed_text
from bot.handlers.menu import FeedbackAbout, FeedbackOn
from bot.handlers.respond import answer, show
from bot.handlers.voice import reach
from bot.people import Role
from bot.voice.model import Reach

SEARCH_LIMIT = 100  # characters of a typed service name that go to the search

# --- ways in -----------------------------------------------------------------------------------


async def open_form(update: Update, context: BotContext) -> None:
    """/feedback and the menu: the form about anything."""
    await _begin(update, context, FeedbackDraft())


async def open_about_service(update: Update, context: BotContext, tap: FeedbackAbout) -> None:
    """The button on a service's card: the form about that service (a button for a service
    this person cannot see is forged or stale: refused)."""
    draft = FeedbackDraft()
    await _about_service(context, draft, tap.service_id, required=True)
    await _begin(update, context, draft)


async def open_on_topic(update: Update, context: BotContext, tap: FeedbackOn) -> None:
    """From the end of a talk with a peer: the form about that, its topic already chosen."""
    draft = FeedbackDraft()
    draft.topic = tap.topic
    await _begin(update, context, draft)


async def open_by_link(update: Update, context: BotContext, link: DeepLink) -> None:
    """Deep links printed on outreach material: `fb`, `fb-s<service>`, `fb-o<session>`. A link
    to something that is gone opens the form about anything."""
    draft = FeedbackDraft()
    kind, number = link.value[:1], link.value[1:]
    if kind == "s" and number.isdigit():
        await _about_service(context, draft, int(number))
    elif kind == "o" and number.isdigit():
        session = await context.runtime.outreach.session(int(number))
        if session is not None:
            draft.about_session(session.id, session.area_id)
    await _begin(update, context, draft)


async def _visible_service(directory: Directory, role: Role, service_id: int) -> Service | None:
    """The service if this person may see it; one they may not see is as good as none."""
    with contextlib.suppress(NotAllowed):
        return await directory.card(role, service_id)
    return None


async def _about_service(
    context: BotContext, draft: FeedbackDraft, service_id: int, *, required: bool = False
) -> None:
    service = await _visible_service(context.runtime.directory, context.viewer.role, service_id)
    if service is not None:
        draft.about_service(service.id, service.record.area_id, service.record.name)
    elif required:
        raise NotAllowed


def _type_looked_at_last(context: BotContext) -> Category | None:
    """The type of service this person last browsed in the directory (in memory only)."""
    last = finding(context).back
    return last.category if isinstance(last, CategoryPage) else None


async def _begin(update: Update, context: BotContext, draft: FeedbackDraft) -> None:
    """The intro, or, past today's limit, say so now rather than at Send."""
    viewer = context.viewer
    if not context.runtime.feedback.may_give(viewer.telegram_id):
        await show(update, context, screens.over_the_limit(viewer, context.t))
        return
    draft.first_type = _type_looked_at_last(context)
    flows.begin(context, FORM, draft)
    await show(update, context, screens.step(draft, context.t))


# --- moving through the form -------------------------------------------------------------------


async def _open_draft(update: Update, context: BotContext) -> FeedbackDraft | None:
    """The form in progress, or None after saying it has closed."""
    draft = flows.current(context, FORM)
    if draft is None or draft.sent:
        await _closed(update, context)
        return None
    return draft


async def _closed(update: Update, context: BotContext) -> None:
    t = context.t
    await answer(update, context, t("common-no-longer-available"))
    await show(update, context, screens.expired(t))


async def _show_step(update: Update, context: BotContext, draft: FeedbackDraft) -> None:
    """Draw the current step; typed input goes to it only if it is a typed step."""
    flows.wait_for(context, FORM, draft.step if draft.step in FORM.steps else None)
    await show(update, context, screens.step(draft, context.t))


async def _after(update: Update, context: BotContext, draft: FeedbackDraft, done: Step) -> None:
    """`done` was answered: on to the next question that applies."""
    draft.go(next_step(draft, done))
    await _show_step(update, context, draft)


async def start_questions(update: Update, context: BotContext, tap: BeginForm) -> None:
    if draft := await _open_draft(update, context):
        draft.go(draft.first_question())
        await _show_step(update, context, draft)


async def back(update: Update, context: BotContext, tap: FormBack) -> None:
    if draft := await _open_draft(update, context):
        draft.back()
        await _show_step(update, context, draft)


async def stop(update: Update, context: BotContext, tap: StopForm) -> None:
    """Drop the draft: nothing was stored. (A Stop from an old form leaves any other flow be.)"""
    if flows.current(context, FORM) is not None:
        flows.end(context)
    await show(update, context, screens.stopped(context.viewer, context.t))


async def choose_topic(update: Update, context: BotContext, tap: ChooseTopic) -> None:
    if draft := await _open_draft(update, context):
        draft.topic = tap.topic
        await _after(update, context, draft, Step.TOPIC)


async def _choosing_service(update: Update, context: BotContext) -> FeedbackDraft | None:
    """The form, if it is at the service question (a button of that question shown earlier,
    once the form moved on, is stale)."""
    draft = await _open_draft(update, context)
    if draft is not None and draft.step is not Step.SERVICE:
        raise NotAllowed
    return draft


async def skip_service(update: Update, context: BotContext, tap: SkipService) -> None:
    """I'd rather not say which service: on to the questions about it all the same."""
    if draft := await _choosing_service(update, context):
        draft.service_skipped = True
        await _after(update, context, draft, Step.SERVICE)


async def service_types(update: Update, context: BotContext, tap: ServiceTypes) -> None:
    if draft := await _choosing_service(update, context):
        await _show_step(update, context, draft)


async def services_of_type(update: Update, context: BotContext, tap: ServicesOfType) -> None:
    """The services of one type this person can see, by name, a page at a time."""
    if await _choosing_service(update, context):
        found = await context.runtime.directory.in_category(
            context.viewer.role, tap.category, Filters(), tap.page
        )
        await show(update, context, screens.services_of_type(tap.category, found, context.t))


async def pick_service(update: Update, context: BotContext, tap: PickService) -> None:
    if draft := await _choosing_service(update, context):
        await _about_service(context, draft, tap.service_id, required=True)
        await _after(update, context, draft, Step.SERVICE)


async def answer_given(update: Update, context: BotContext, tap: AnswerGiven) -> None:
    if draft := await _open_draft(update, context):
        draft.answers.given = tap.given
        await _after(update, context, draft, Step.GIVEN)


async def answer_explained(update: Update, context: BotContext, tap: AnswerExplained) -> None:
    if draft := await _open_draft(update, context):
        draft.answers.explained = tap.explained
        await _after(update, context, draft, Step.EXPLAINED)


async def answer_waiting(update: Update, context: BotContext, tap: AnswerWaiting) -> None:
    if draft := await _open_draft(update, context):
        draft.answers.waiting = tap.waiting
        await _after(update, context, draft, Step.WAITING)


async def rate(update: Update, context: BotContext, tap: Rate) -> None:
    if draft := await _open_draft(update, context):
        if tap.question == "staff":
            draft.answers.staff = tap.rating
            await _after(update, context, draft, Step.STAFF)
        else:
            draft.answers.overall = tap.rating
            await _after(update, context, draft, Step.OVERALL)


async def toggle_barrier(update: Update, context: BotContext, tap: ToggleBarrier) -> None:
    if draft := await _open_draft(update, context):
        draft.toggle_barrier(tap.barrier)
        await _show_step(update, context, draft)


async def toggle_need(update: Update, context: BotContext, tap: ToggleNeed) -> None:
    if draft := await _open_draft(update, context):
        draft.toggle_need(tap.need)
        await _show_step(update, context, draft)


async def choices_done(update: Update, context: BotContext, tap: ChoicesDone) -> None:
    if draft := await _open_draft(update, context):
        await _after(update, context, draft, Step(tap.question))


async def skip_words(update: Update, context: BotContext, tap: SkipWords) -> None:
    if draft := await _open_draft(update, context):
        draft.words = None
        await _after(update, context, draft, Step.WORDS)


# --- typed steps -------------------------------------------------------------------------------


async def service_typed(update: Update, context: BotContext, draft: FeedbackDraft) -> None:
    """Part of a service's name: the matching services to pick from (another name may follow)."""
    words = clean_text(typed_text(update))[:SEARCH_LIMIT]
    found = await context.runtime.directory.search(context.viewer.role, words, Filters(), 0)
    await show(update, context, screens.service_choice(found.services, context.t))


async def words_typed(update: Update, context: BotContext, draft: FeedbackDraft) -> None:
    """The free text, scrubbed now and shown back as it will be kept, before anything is stored."""
    typed_words = typed_text(update)
    if len(typed_words) > FREE_TEXT_LIMIT:
        await show(update, context, screens.too_long(context.t))
        return
    draft.words = clean_free_text(typed_words, context.runtime.settings.phone_region) or None
    await _after(update, context, draft, Step.WORDS)


# --- sending -----------------------------------------------------------------------------------


async def send(update: Update, context: BotContext, tap: SendForm) -> None:
    """Store the answers, then thank. The same form sent twice is stored once."""
    t = context.t
    draft = flows.current(context, FORM)
    if draft is None or draft.form != tap.form:
        await _closed(update, context)
        return
    if draft.sent:
        await answer(update, context, t("feedback-thanks"))
        return
    runtime = context.runtime
    viewer = context.viewer
    submitted = await runtime.feedback.give(draft, viewer.telegram_id)
    if submitted.limited:
        flows.end(context)
        await show(update, context, screens.over_the_limit(viewer, t))
        return
    context.saved(update)
    draft.mark_sent()
    await reach.came_through(context, Reach.FEEDBACK)  # through a campaign's link, if any
    flows.wait_for(context, FORM, None)
    if submitted.flagged_service_id is not None:
        # Queued before the thank-you, so a failing reply cannot lose it; due next week.
        contacts = await runtime.people.contacts((Role.LEAD, Role.ADMIN), submitted.flagged_area_id)
        await runtime.tell(runtime.feedback.flagged_letters(contacts, submitted.flagged_service_id))
    await show(update, context, screens.thanks(viewer, t))


# Every other step is answered by buttons, routed by their class.
FORM = Flow(
    "feedback", FeedbackDraft, {Step.SERVICE: typed(service_typed), Step.WORDS: typed(words_typed)}
)
