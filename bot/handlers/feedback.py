"""Telegram adapters for anonymous feedback: a short form by buttons (topic, service, what
happened, barriers, needs, optional words), reached from /feedback, the menu, a service card or
a deep link on outreach material; and the leads' report (text, chart, CSV).

The draft lives in memory (user_data) and is dropped on send or stop. Nothing about the person
goes into the stored row: no id, no name, no message id, only the ISO week.
"""

from __future__ import annotations

import io
import logging
import tempfile
import warnings
from typing import Any

from telegram import InputFile, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.common.text import clean_text
from bot.directory.core import Category, Filters
from bot.feedback.form import clean_free_text, new_key, next_step
from bot.feedback.model import Barrier, FeedbackEntry, Given, Topic, Waiting
from bot.handlers.common import (
    Button,
    answer_button,
    back_to_menu,
    in_pairs,
    menu_buttons,
    refuse_button,
    show,
    viewer_of,
)
from bot.handlers.deeplinks import DeepLinkFilter, LinkKind, parse_payload, payload_of
from bot.i18n import Messages
from bot.people import Role
from bot.services import BotContext

logger = logging.getLogger(__name__)

FORM, TYPING = range(2)
DRAFT = "feedback"
FACES = ("😞", "🙁", "😐", "🙂", "😀")


def draft_of(context: BotContext) -> dict[str, Any]:
    return context.user_data.setdefault(DRAFT, {}) if context.user_data is not None else {}


def nav(t: Messages) -> list[Button]:
    return [(t("feedback-back"), "fbk:back:-"), (t("feedback-stop"), "fbk:stop:-")]


# --- the steps --------------------------------------------------------------------------------
# Each step draws one screen from the draft; "Back" redraws the previous one.


async def step_screen(update: Update, context: BotContext, t: Messages, step: str) -> int:
    draft = draft_of(context)
    if step == "intro":
        await show(
            update,
            t("feedback-intro"),
            [[(t("feedback-begin"), "fbk:go:-"), (t("feedback-stop"), "fbk:stop:-")]],
        )
        return FORM
    if step == "topic":
        buttons = [(t("feedback-topic-name", topic=p.value), f"fbk:topic:{p.value}") for p in Topic]
        await show(update, t("feedback-topic"), [*[[b] for b in buttons], nav(t)])
        return FORM
    if step == "service":
        await show(
            update,
            t("feedback-which-service"),
            [[(t("directory-skip"), "fbk:service:skip")], nav(t)],
        )
        return TYPING
    if step == "given":
        answers = [
            (t("feedback-given-answer", given=g.value), f"fbk:given:{g.value}") for g in Given
        ]
        await show(update, t("feedback-given"), [answers, nav(t)])
        return FORM
    if step == "explained":
        await show(update, t("feedback-explained"),
                   [[(t("directory-answer-yes"), "fbk:explained:yes"), (t("directory-answer-no"), "fbk:explained:no")], nav(t)])  # fmt: skip
        return FORM
    if step == "waiting":
        answers = [
            (t("feedback-waiting-answer", waiting=w.value), f"fbk:waiting:{w.value}")
            for w in Waiting
        ]
        await show(update, t("feedback-waiting"), [*in_pairs(answers), nav(t)])
        return FORM
    if step in ("staff", "overall"):
        faces = [(face, f"fbk:{step}:{n}") for n, face in enumerate(FACES, start=1)]
        await show(update, t(f"feedback-{step}"), [faces, nav(t)])
        return FORM
    if step == "barriers":
        chosen = set(draft.get("barriers", ()))
        buttons = [(("☑ " if b.value in chosen else "☐ ") + t("feedback-barrier", barrier=b.value), f"fbk:barrier:{b.value}")
                   for b in Barrier]  # fmt: skip
        await show(
            update,
            t("feedback-barriers"),
            [*in_pairs(buttons), [(t("directory-done"), "fbk:barrier:done")], nav(t)],
        )
        return FORM
    if step == "needs":
        chosen = set(draft.get("needs", ()))
        buttons = [(("☑ " if c.value in chosen else "☐ ") + t("directory-category", category=c.value), f"fbk:need:{c.value}")
                   for c in Category]  # fmt: skip
        await show(
            update,
            t("feedback-needs"),
            [*in_pairs(buttons), [(t("directory-done"), "fbk:need:done")], nav(t)],
        )
        return FORM
    if step == "text":
        await show(
            update, t("feedback-free-text"), [[(t("directory-skip"), "fbk:text:skip")], nav(t)]
        )
        return TYPING
    # review
    words = draft.get("free_text") or t("feedback-nothing")
    await show(update, t("feedback-review") + "\n\n" + t("feedback-review-text", text=words),
               [[(t("feedback-send"), "fbk:send:-")], nav(t)])  # fmt: skip
    return FORM


async def go_to(update: Update, context: BotContext, t: Messages, step: str) -> int:
    draft = draft_of(context)
    draft.setdefault("history", []).append(step)
    return await step_screen(update, context, t, step)


async def start_form(update: Update, context: BotContext) -> int:
    """Open the form: from /feedback, the menu, a service card or a deep link."""
    viewer = await viewer_of(update, context)
    if context.user_data is None:
        return ConversationHandler.END
    context.user_data[DRAFT] = {"key": new_key()}
    draft = draft_of(context)
    link = (
        parse_payload(payload_of(update.effective_message) or "")
        if update.callback_query is None
        else None
    )
    service_id = None
    if update.callback_query is not None and context.matches and context.matches[0].group(1):
        service_id = int(context.matches[0].group(1))
    elif link is not None and link.value.startswith("s"):
        service_id = int(link.value[1:])
    elif link is not None and link.value.startswith("o"):
        session = await context.services.outreach.session(int(link.value[1:]))
        if session is not None:
            draft.update(topic=Topic.OUTREACH.value, session_id=session.id, area_id=session.area_id)
    if service_id is not None:
        service = await context.services.directory.card(viewer.role, service_id)
        if service is not None:
            draft.update(
                topic=Topic.SERVICE.value, service_id=service.id, area_id=service.record.area_id
            )
    await answer_button(update)
    return await go_to(update, context, context.services.messages(viewer), "intro")


async def form_button(update: Update, context: BotContext) -> int:
    """Every button of the form."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    what, value = context.matches[0].group(1), context.matches[0].group(2)
    draft = draft_of(context)
    await answer_button(update)
    if "key" not in draft:
        await show(update, t("common-no-longer-available"), menu_buttons(viewer, t))
        return ConversationHandler.END
    history: list[str] = draft.setdefault("history", ["intro"])
    current = history[-1]
    if what == "stop":
        return await stop(update, context)
    if what == "back":
        if len(history) > 1:
            history.pop()
        return await step_screen(update, context, t, history[-1])
    if what == "send":
        return await send(update, context)
    if what == "go":
        step = "topic" if "topic" not in draft else next_step(draft, "topic")
        return await go_to(update, context, t, step)
    if what == "topic" and value in {p.value for p in Topic}:
        draft["topic"] = value
    elif what == "service" and value == "skip":
        draft["service_skipped"] = True
        current = "service"
    elif what == "pick":
        service = await context.services.directory.card(viewer.role, int(value))
        if service is not None:
            draft.update(service_id=service.id, area_id=service.record.area_id)
        current = "service"
    elif what == "given" and value in {g.value for g in Given}:
        draft["given"] = value
    elif what == "explained":
        draft["explained"] = value == "yes"
    elif what == "waiting" and value in {w.value for w in Waiting}:
        draft["waiting"] = value
    elif what in ("staff", "overall") and value in {"1", "2", "3", "4", "5"}:
        draft[what] = int(value)
    elif what in ("barrier", "need") and value != "done":
        key, allowed = (
            ("barriers", {b.value for b in Barrier})
            if what == "barrier"
            else ("needs", {c.value for c in Category})
        )
        chosen = list(draft.get(key, ()))
        if value in chosen:
            chosen.remove(value)
        elif value in allowed:
            chosen.append(value)
        draft[key] = chosen
        return await step_screen(update, context, t, current)
    elif what == "text" and value == "skip":
        draft["free_text"] = None
        current = "text"
    return await go_to(update, context, t, next_step(draft, current))


async def form_typed(update: Update, context: BotContext) -> int:
    """Typed words: a service name to search for, or the free text."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    draft = draft_of(context)
    history = draft.get("history", [])
    typed = update.effective_message.text or ""
    if history and history[-1] == "service":
        found = await context.services.directory.search(
            viewer.role, clean_text(typed)[:100], Filters(), 0
        )
        if not found.services:
            await show(
                update,
                t("feedback-no-service-found"),
                [[(t("directory-skip"), "fbk:service:skip")], nav(t)],
            )
            return TYPING
        rows = [[(s.record.name, f"fbk:pick:{s.id}")] for s in found.services]
        await show(
            update,
            t("feedback-pick-service"),
            [*rows, [(t("directory-skip"), "fbk:service:skip")], nav(t)],
        )
        return FORM
    if len(typed) > 1000:
        await show(update, t("feedback-too-long"))
        return TYPING
    # Scrubbed now, and shown back as it will be kept, before anything is stored.
    draft["free_text"] = clean_free_text(typed, context.services.settings.phone_region) or None
    return await go_to(update, context, t, "review")


async def send(update: Update, context: BotContext) -> int:
    """Store the answer, then thank. A second tap on Send finds the same key: stored once."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    draft = draft_of(context)
    feedback = context.services.feedback
    today = feedback.today()
    limiter = feedback.limiter
    if not limiter.allowed(viewer.telegram_id, today):
        await show(update, t("feedback-limit"), menu_buttons(viewer, t))
        context.user_data.pop(DRAFT, None)
        return ConversationHandler.END
    entry = FeedbackEntry(
        key=draft["key"], week=feedback.this_week(), topic=Topic(draft.get("topic", "other")),
        service_id=draft.get("service_id"), session_id=draft.get("session_id"),
        area_id=draft.get("area_id"),
        service_given=Given(draft["given"]) if draft.get("given") else None,
        explained=draft.get("explained"),
        waiting=Waiting(draft["waiting"]) if draft.get("waiting") else None,
        staff_rating=draft.get("staff"), overall_rating=draft.get("overall"),
        barriers=tuple(Barrier(b) for b in draft.get("barriers", ())),
        needs=tuple(draft.get("needs", ())), free_text=draft.get("free_text"),
    )  # fmt: skip
    submitted = await feedback.submit(entry)
    if submitted.stored:
        limiter.count(viewer.telegram_id, today)
    context.services.kept.mark(update.update_id)
    draft["sent"] = True
    await show(update, t("feedback-thanks"), menu_buttons(viewer, t))
    if submitted.flagged_service is not None:
        from bot.handlers.common import tell_leads

        await tell_leads(context, "feedback-flagged", name=submitted.flagged_service,
                         count=submitted.stigma_reports)  # fmt: skip
    context.user_data.pop(DRAFT, None)
    return ConversationHandler.END


async def stop(update: Update, context: BotContext) -> int:
    """Drop the draft: nothing was stored."""
    if context.user_data is not None:
        context.user_data.pop(DRAFT, None)
    from bot.handlers import common as people

    return await people.cancel(update, context)


async def sent_again(update: Update, context: BotContext) -> None:
    """Send tapped again after the form closed: it was already stored; just thank again."""
    viewer = await viewer_of(update, context)
    await answer_button(update, context.services.messages(viewer)("feedback-thanks"))


# --- reports (leads) --------------------------------------------------------------------------


async def report_choose(update: Update, context: BotContext) -> None:
    from bot.feedback.report import last_periods

    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    periods = last_periods(context.services.feedback.today(), 6)
    await answer_button(update)
    await show(update, t("feedback-report-choose"),
               [*in_pairs([(p, f"rpt:{p}") for p in periods]), back_to_menu(t)])  # fmt: skip


def ranked_lines(items, t: Messages, name) -> list[str]:
    lines = []
    for item in items:
        if item.count == 0:
            continue
        count = t("feedback-report-hidden") if item.count is None else str(item.count)
        share = "" if item.share is None else f" ({round(item.share * 100)}%)"
        lines.append(
            "  " + t("feedback-report-line", name=name(item.code), count=count, share=share)
        )
    return lines


async def report_show(update: Update, context: BotContext) -> None:
    """A period's evidence: text, needs summary, chart and CSV, all protected (DESIGN rule 6)."""
    from bot.feedback.report import (
        build_report,
        period_is_over,
        report_chart,
        summary_points,
        write_csv,
    )

    viewer = await viewer_of(update, context)
    period = context.matches[0].group(1)
    # Only finished periods: two reports of a running month could be subtracted (DESIGN rule 5).
    if not viewer.role.at_least(Role.LEAD) or not period_is_over(
        period, context.services.feedback.today()
    ):
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    k = context.services.settings.suppression_k
    database = context.services.database
    report = await build_report(database, period, k)
    await answer_button(update)
    chat = update.effective_chat
    if not report.submissions:
        await chat.send_message(t("feedback-report-title", period=period) + "\n" + t("feedback-report-empty"),
                                protect_content=True)  # fmt: skip
        return

    def shown(value: int | None) -> str:
        return t("feedback-report-hidden") if value is None else str(value)

    barrier = lambda code: t("feedback-barrier", barrier=code)  # noqa: E731
    need = lambda code: t("directory-category", category=code)  # noqa: E731
    topic = lambda code: t("feedback-topic-name", topic=code)  # noqa: E731
    lines = [t("feedback-report-title", period=period),
             t("feedback-report-submissions", count=shown(report.submissions), previous=shown(report.previous_submissions)),
             t("feedback-report-topics"), *ranked_lines(report.topics, t, topic),
             t("feedback-report-barriers"), *ranked_lines(report.barriers, t, barrier),
             t("feedback-report-needs"), *ranked_lines(report.needs, t, need)]  # fmt: skip
    if report.ratings:
        lines.append(t("feedback-report-ratings", k=k))
        lines += ["  " + t("feedback-report-rating", name=r.name, average=f"{r.average:.1f}", count=r.count)
                  for r in report.ratings]  # fmt: skip
    if report.excerpts:
        lines.append(t("feedback-report-excerpts"))
        lines += [f"  “{excerpt}”" for excerpt in report.excerpts]
    summary = [t("feedback-summary", period=period, count=shown(report.submissions))]
    for kind, code, count, share in summary_points(report):
        name = barrier(code) if kind == "barrier" else need(code)
        summary.append(
            t(f"feedback-summary-{kind}", share=round(share * 100), name=name, count=count)
        )
    from bot.common.text import fit_message

    for part in fit_message("\n".join(lines) + "\n\n" + " ".join(summary)):
        await chat.send_message(part, protect_content=True)
    labels = {"hidden": t("feedback-report-hidden"), "barriers": t("feedback-report-barriers"),
              "needs": t("feedback-report-needs")}  # fmt: skip
    labels.update({f"barrier:{b.value}": barrier(b.value) for b in Barrier})
    labels.update({f"need:{c.value}": need(c.value) for c in Category})
    chart = report_chart(report, labels, t("feedback-report-title", period=period))
    await chat.send_photo(InputFile(chart, filename=f"feedback-{period}.png"), protect_content=True)
    # Written to a temporary file as it streams from the database, not built up in memory.
    with tempfile.TemporaryFile() as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        await write_csv(database, period, out, {"hidden": t("feedback-report-hidden")}, k)
        out.flush()
        raw.seek(0)
        await chat.send_document(
            InputFile(raw, filename=f"feedback-{period}.csv"), protect_content=True
        )
        out.detach()


def conversation() -> ConversationHandler:
    typed = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(
            entry_points=[
                CommandHandler("feedback", start_form),
                CommandHandler("start", start_form, filters=DeepLinkFilter(LinkKind.FEEDBACK)),
                CallbackQueryHandler(start_form, pattern=r"^(?:fb:start|go:feedback)()$"),
                CallbackQueryHandler(start_form, pattern=r"^fb:svc:(\d{1,12})$"),
            ],
            states={
                FORM: [
                    CallbackQueryHandler(form_button, pattern=r"^fbk:([a-z]{2,10}):([\w-]{1,20})$")
                ],
                TYPING: [
                    MessageHandler(typed, form_typed),
                    CallbackQueryHandler(form_button, pattern=r"^fbk:([a-z]{2,10}):([\w-]{1,20})$"),
                ],
            },
            fallbacks=[CommandHandler("cancel", stop)],
            name="feedback",
            conversation_timeout=30 * 60,
            allow_reentry=True,
        )


def register(app: Application) -> None:
    app.add_handlers([
        conversation(),
        CallbackQueryHandler(sent_again, pattern=r"^fbk:send:-$"),
        CommandHandler("report", report_choose),
        CallbackQueryHandler(report_choose, pattern=r"^(?:rpt:open|go:report)$"),
        CallbackQueryHandler(report_show, pattern=r"^rpt:(\d{4}-(?:\d{2}|Q[1-4]))$"),
    ])  # fmt: skip
