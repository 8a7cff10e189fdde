"""Telegram adapters for safety alerts: members opt in per area (/alerts) and read active
alerts; peers report a danger by buttons; leads publish, edit then publish, or reject with a
reason; deliveries go out through the rate limiter from the database.
"""

from __future__ import annotations

import logging
import warnings

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.handlers.common import (
    answer_button,
    back_to_menu,
    flow_hint,
    in_pairs,
    menu_buttons,
    refuse_button,
    show,
    viewer_of,
)
from bot.i18n import Messages
from bot.people import Role
from bot.safety.alerts import AlertKind, Happened, clean_description
from bot.services import BotContext

logger = logging.getLogger(__name__)

STEP, TYPING = range(2)
DELIVERY_JOB = "alert deliveries"


def alert_text(alert, t: Messages) -> str:
    # The first line is what a locked phone shows: the area only.
    return "\n".join([
        t("alerts-notice", area=alert.area_name),
        t("alerts-kind", kind=alert.kind.value) + " · " + t("alerts-when", when=alert.happened.value),
        alert.description,
    ])  # fmt: skip


# --- members ----------------------------------------------------------------------------------


async def alerts_screen(update: Update, context: BotContext) -> None:
    """Active alerts of the person's areas, and the areas to choose."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    alerts = context.services.alerts
    chosen = await alerts.areas_of(update.effective_chat.id)
    areas = await context.services.directory.areas()
    buttons = [
        (("☑ " if a.id in chosen else "☐ ") + a.name, f"alerts:toggle:{a.id}") for a in areas
    ]
    await answer_button(update)
    active = await alerts.active(chosen)
    if active:
        await update.effective_chat.send_message(
            "\n\n".join(alert_text(a, t) for a in active[:10]), protect_content=True
        )
    rows = [*in_pairs(buttons)]
    if chosen:
        rows.append([(t("alerts-stop"), "alerts:stop")])
    rows.append(back_to_menu(t))
    await show(
        update, t("alerts-choose") if areas else t("outreach-no-areas"), rows, fresh=bool(active)
    )


async def toggle_area(update: Update, context: BotContext) -> None:
    """Opt in or out for one area: the one thing a member opts into that keeps their chat id."""
    viewer = await viewer_of(update, context)
    area_id = int(context.matches[0].group(1))
    if await context.services.directory.area(area_id) is None:
        await refuse_button(update, context, viewer)
        return
    alerts = context.services.alerts
    chosen = await alerts.areas_of(update.effective_chat.id)
    chosen = [a for a in chosen if a != area_id] if area_id in chosen else [*chosen, area_id]
    await alerts.subscribe(update.effective_chat.id, chosen, viewer.locale)
    context.services.kept.mark(update.update_id)
    await alerts_screen(update, context)


async def stop_alerts(update: Update, context: BotContext) -> None:
    viewer = await viewer_of(update, context)
    await context.services.alerts.subscribe(update.effective_chat.id, [], viewer.locale)
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("alerts-stopped"), menu_buttons(viewer, t))


# --- peers report -----------------------------------------------------------------------------


def draft_of(context: BotContext) -> dict:
    return context.user_data.setdefault("alert", {}) if context.user_data is not None else {}


async def report_start(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.PEER) or context.user_data is None:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    context.user_data["alert"] = {}
    t = context.services.messages(viewer)
    await answer_button(update)
    buttons = [(t("alerts-kind", kind=k.value), f"al:kind:{k.value}") for k in AlertKind]
    await show(
        update, t("alerts-report-kind") + "\n" + t("alerts-no-names"), [[b] for b in buttons]
    )
    return STEP


async def report_step(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    what, value = context.matches[0].group(1), context.matches[0].group(2)
    draft = draft_of(context)
    await answer_button(update)
    if what == "kind" and value in {k.value for k in AlertKind}:
        draft["kind"] = value
        areas = await context.services.directory.areas()
        await show(
            update, t("outreach-plan-area"), in_pairs([(a.name, f"al:area:{a.id}") for a in areas])
        )
    elif what == "area" and await context.services.directory.area(int(value)) is not None:
        draft["area_id"] = int(value)
        await show(update, t("alerts-report-when"),
                   [[(t("alerts-when", when=h.value), f"al:when:{h.value}")] for h in Happened])  # fmt: skip
    elif what == "when" and value in {h.value for h in Happened}:
        draft["happened"] = value
        await show(update, t("alerts-report-describe"))
        return TYPING
    elif what == "send" and {"kind", "area_id", "happened", "description"} <= draft.keys():
        alert_id = await context.services.alerts.submit(
            viewer, AlertKind(draft["kind"]), draft["area_id"], Happened(draft["happened"]),
            draft["description"],
        )  # fmt: skip
        context.user_data.pop("alert", None)
        if alert_id is None:
            await refuse_button(update, context, viewer)
            return ConversationHandler.END
        context.services.kept.mark(update.update_id)
        await show(update, t("alerts-report-sent"), menu_buttons(viewer, t))
        from bot.handlers.common import tell_leads

        await tell_leads(context, "alerts-waiting")
        return ConversationHandler.END
    return STEP


async def report_typed(update: Update, context: BotContext) -> int:
    """The description, scrubbed and shown back before it is sent."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    text = clean_description(
        update.effective_message.text or "", context.services.settings.phone_region
    )
    if not text:
        await show(update, t("alerts-report-describe"))
        return TYPING
    draft_of(context)["description"] = text
    await show(update, t("alerts-report-review", text=text), [[(t("feedback-send"), "al:send:-")]])
    return STEP


# --- leads vet --------------------------------------------------------------------------------


async def vet_queue(update: Update, context: BotContext) -> None:
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    waiting = await context.services.alerts.waiting(viewer)
    await answer_button(update)
    if not waiting:
        await show(update, t("alerts-none-waiting"), [back_to_menu(t)])
        return
    alert = waiting[0]
    rows = [[(t("alerts-publish"), f"alerts:pub:{alert.id}"), (t("alerts-edit"), f"alerts:edit:{alert.id}")],
            [(t("directory-reject"), f"alerts:rej:{alert.id}")], back_to_menu(t)]  # fmt: skip
    await show(update, alert_text(alert, t), rows)


async def publish(
    update: Update, context: BotContext, alert_id: int, description: str | None
) -> None:
    viewer = await viewer_of(update, context)
    count = await context.services.alerts.publish(viewer, alert_id, description)
    if count is None:
        await refuse_button(update, context, viewer)
        return
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("alerts-published", count=count), [back_to_menu(t)])
    await send_alerts(context)


async def publish_as_is(update: Update, context: BotContext) -> None:
    await publish(update, context, int(context.matches[0].group(1)), None)


async def typed_start(update: Update, context: BotContext) -> int:
    """Edit then publish, or reject with a reason: both need typing."""
    viewer = await viewer_of(update, context)
    action, alert_id = context.matches[0].group(1), int(context.matches[0].group(2))
    if not viewer.role.at_least(Role.LEAD) or context.user_data is None:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    context.user_data["vetting"] = (action, alert_id)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("alerts-type-edit") if action == "edit" else t("directory-reject-ask"))
    return TYPING


async def vet_typed(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    action, alert_id = context.user_data.pop("vetting", (None, None))
    typed = update.effective_message.text or ""
    if action == "edit":
        await publish(
            update,
            context,
            alert_id,
            clean_description(typed, context.services.settings.phone_region),
        )
        return ConversationHandler.END
    alert = (
        await context.services.alerts.reject(viewer, alert_id, clean_description(typed, None))
        if action
        else None
    )
    if alert is None:
        await show(update, t("common-no-longer-available"))
        return ConversationHandler.END
    context.services.kept.mark(update.update_id)
    await show(update, t("alerts-rejected"), [back_to_menu(t)])
    from bot.handlers.common import tell_person

    await tell_person(context, alert.submitted_by, "alerts-your-alert-rejected", reason=typed[:300])
    return ConversationHandler.END


# --- sending ----------------------------------------------------------------------------------


async def send_alerts(context: BotContext) -> int:
    """Every pending delivery, through the rate limiter; a 403 removes the subscriber; any other
    failure leaves it pending for the next round."""
    alerts = context.services.alerts
    sent = 0
    while batch := await alerts.due():
        progress = 0
        for delivery in batch:
            t = context.services.messages(delivery.locale)
            try:
                await context.bot.send_message(
                    delivery.chat_id, alert_text(delivery.alert, t), protect_content=True
                )
            except Forbidden:
                await alerts.blocked(delivery)
                progress += 1
                continue
            except TelegramError as error:
                logger.warning("An alert delivery will be retried: %s", type(error).__name__)
                continue
            await alerts.delivered(delivery)
            sent += 1
            progress += 1
        if not progress:
            break  # everything left failed for now: the next round tries again
    return sent


async def delivery_job(context: BotContext) -> None:
    await send_alerts(context)


def schedule_jobs(app: Application) -> None:
    for job in app.job_queue.get_jobs_by_name(DELIVERY_JOB):
        job.schedule_removal()
    app.job_queue.run_repeating(delivery_job, 15, first=0, name=DELIVERY_JOB)


def conversations() -> list[ConversationHandler]:
    typed = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBUserWarning)
        from bot.handlers.common import cancel

        report = ConversationHandler(
            entry_points=[CallbackQueryHandler(report_start, pattern=r"^(?:alerts:new|go:danger)$")],
            states={
                STEP: [
                    CallbackQueryHandler(
                        report_step, pattern=r"^al:(kind|area|when|send):([\w-]{1,20})$"
                    )
                ],
                TYPING: [MessageHandler(typed, report_typed)],
            },
            fallbacks=[
                CommandHandler("cancel", cancel),
                MessageHandler(~filters.COMMAND, flow_hint),
            ],
            name="alert report",
            conversation_timeout=30 * 60,
        )
        vet = ConversationHandler(
            entry_points=[
                CallbackQueryHandler(typed_start, pattern=r"^alerts:(edit|rej):(\d{1,12})$")
            ],
            states={TYPING: [MessageHandler(typed, vet_typed)]},
            fallbacks=[
                CommandHandler("cancel", cancel),
                MessageHandler(~filters.COMMAND, flow_hint),
            ],
            name="alert vetting",
            conversation_timeout=15 * 60,
        )
    return [report, vet]


def register(app: Application) -> None:
    app.add_handlers([
        *conversations(),
        CommandHandler("alerts", alerts_screen),
        CallbackQueryHandler(alerts_screen, pattern=r"^(?:alerts:open|go:alerts)$"),
        CallbackQueryHandler(toggle_area, pattern=r"^alerts:toggle:(\d{1,9})$"),
        CallbackQueryHandler(stop_alerts, pattern=r"^alerts:stop$"),
        CallbackQueryHandler(vet_queue, pattern=r"^(?:alerts:queue|go:vetalerts)$"),
        CallbackQueryHandler(publish_as_is, pattern=r"^alerts:pub:(\d{1,12})$"),
    ])  # fmt: skip
