"""The guided flow in which a peer proposes a new service, step by step, every step skippable
where the peer does not know. The draft lives in memory until it is sent; then it is committed
for the leads to vet before anyone is told "sent".
"""

from __future__ import annotations

import warnings
from typing import Any

from telegram import Update
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
from bot.directory.core import FLAGS, Category, ServiceRecord, Visibility, normalise_phone
from bot.directory.opening_hours import parse_hours
from bot.handlers import common as people
from bot.handlers.common import (
    Button,
    answer_button,
    flow_hint,
    in_pairs,
    refuse_button,
    show,
    viewer_of,
)
from bot.handlers.directory import card_text, tell_leads
from bot.i18n import Messages
from bot.people import Role
from bot.services import BotContext

(NAME, CATEGORIES, ORGANISATION, DESCRIPTION, PHONE, PLACE, AREA, HOURS, HOURS_TYPED, COST,
 PAPERS, ATTRIBUTES, VISIBILITY, REVIEW) = range(14)  # fmt: skip
DRAFT = "proposal"
LIMITS = {"name": 120, "organisation": 120, "description": 600, "address": 200}
HOUR_PRESETS = {"weekdays": "Mo-Fr 09:00-17:00", "always": "24/7"}


def draft_of(context: BotContext) -> dict[str, Any]:
    return context.user_data.setdefault(DRAFT, {}) if context.user_data is not None else {}


def record_of(draft: dict[str, Any]) -> ServiceRecord:
    fields = {k: v for k, v in draft.items() if k in ServiceRecord.__dataclass_fields__}
    return ServiceRecord(**{"name": "", **fields})


def skip(t: Messages, step: str) -> list[Button]:
    return [(t("directory-skip"), f"prop:skip:{step}")]


def typed_text(update: Update) -> str:
    message = update.effective_message
    return clean_text(message.text or "") if message is not None else ""


async def messages(update: Update, context: BotContext) -> Messages:
    return context.services.messages(await viewer_of(update, context))


# --- steps ------------------------------------------------------------------------------------


async def start_proposal(update: Update, context: BotContext) -> int:
    """Entry: only peers, leads and admins may propose."""
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.PEER) or context.user_data is None:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    context.user_data[DRAFT] = {}
    await answer_button(update)
    await show(update, context.services.messages(viewer)("directory-propose-name"))
    return NAME


async def name_typed(update: Update, context: BotContext) -> int | None:
    t = await messages(update, context)
    name = typed_text(update)
    if not name:
        await show(update, t("directory-propose-name"))
        return None
    if len(name) > LIMITS["name"]:
        await show(update, t("directory-propose-too-long"))
        return None
    draft_of(context)["name"] = name
    return await ask_categories(update, context, t)


async def ask_categories(update: Update, context: BotContext, t: Messages) -> int:
    chosen = set(draft_of(context).get("categories", ()))
    buttons = [
        (
            ("☑ " if c in chosen else "☐ ") + t("directory-category", category=c.value),
            f"prop:cat:{c.value}",
        )
        for c in Category
    ]
    rows = [*in_pairs(buttons)]
    if chosen:
        rows.append([(t("directory-done"), "prop:cat:done")])
    await show(update, t("directory-propose-categories"), rows)
    return CATEGORIES


async def category_tapped(update: Update, context: BotContext) -> int:
    t = await messages(update, context)
    code = context.matches[0].group(1)
    draft = draft_of(context)
    chosen = list(draft.get("categories", ()))
    await answer_button(update)
    if code == "done" and chosen:
        await show(update, t("directory-propose-organisation"), [skip(t, "organisation")])
        return ORGANISATION
    if code in {c.value for c in Category}:
        category = Category(code)
        if category in chosen:
            chosen.remove(category)
        else:
            chosen.append(category)
        draft["categories"] = tuple(chosen)
    return await ask_categories(update, context, t)


async def organisation_typed(update: Update, context: BotContext) -> int | None:
    t = await messages(update, context)
    text = typed_text(update)
    if len(text) > LIMITS["organisation"]:
        await show(update, t("directory-propose-too-long"))
        return None
    draft_of(context)["organisation"] = text or None
    await show(update, t("directory-propose-description"), [skip(t, "description")])
    return DESCRIPTION


async def description_typed(update: Update, context: BotContext) -> int | None:
    t = await messages(update, context)
    text = typed_text(update)
    if len(text) > LIMITS["description"]:
        await show(update, t("directory-propose-too-long"))
        return None
    draft_of(context)["description"] = text
    await show(update, t("directory-propose-phone"), [skip(t, "phone")])
    return PHONE


async def phone_typed(update: Update, context: BotContext) -> int | None:
    t = await messages(update, context)
    phone = normalise_phone(typed_text(update), context.services.settings.phone_region)
    if phone is None:
        await show(update, t("directory-propose-phone-invalid"), [skip(t, "phone")])
        return None
    draft_of(context)["phone"] = phone
    await show(update, t("directory-propose-place"), [skip(t, "place")])
    return PLACE


async def place_shared(update: Update, context: BotContext) -> int | None:
    """The venue's pin (this is where the service is, not where the peer is)."""
    t = await messages(update, context)
    location = update.effective_message.location
    if location.live_period:
        await show(update, t("directory-live-location"))
        return None
    draft_of(context).update(latitude=location.latitude, longitude=location.longitude)
    return await ask_area(update, context, t)


async def address_typed(update: Update, context: BotContext) -> int | None:
    t = await messages(update, context)
    text = typed_text(update)
    if len(text) > LIMITS["address"]:
        await show(update, t("directory-propose-too-long"))
        return None
    draft_of(context)["address"] = text or None
    return await ask_area(update, context, t)


async def ask_area(update: Update, context: BotContext, t: Messages) -> int:
    areas = await context.services.directory.areas()
    buttons = [(area.name, f"prop:area:{area.id}") for area in areas]
    await show(update, t("directory-propose-area"), [*in_pairs(buttons), skip(t, "area")])
    return AREA


async def area_tapped(update: Update, context: BotContext) -> int:
    t = await messages(update, context)
    area = await context.services.directory.area(int(context.matches[0].group(1)))
    if area is not None:
        draft_of(context)["area_id"] = area.id
    await answer_button(update)
    return await ask_hours(update, context, t)


async def ask_hours(update: Update, context: BotContext, t: Messages) -> int:
    rows = [
        [(t("directory-hours-weekdays"), "prop:hours:weekdays"), (t("directory-hours-always"), "prop:hours:always")],
        [(t("directory-hours-custom"), "prop:hours:custom")],
        skip(t, "hours"),
    ]  # fmt: skip
    await show(update, t("directory-propose-hours"), rows)
    return HOURS


async def hours_tapped(update: Update, context: BotContext) -> int:
    t = await messages(update, context)
    choice = context.matches[0].group(1)
    await answer_button(update)
    if choice == "custom":
        await show(update, t("directory-propose-hours-type"), [skip(t, "hours")])
        return HOURS_TYPED
    if choice in HOUR_PRESETS:
        draft_of(context)["hours"] = HOUR_PRESETS[choice]
    return await ask_yes_no(update, context, t, "cost")


async def hours_typed(update: Update, context: BotContext) -> int | None:
    t = await messages(update, context)
    text = typed_text(update)
    try:
        parse_hours(text)
    except ValueError:
        await show(update, t("directory-propose-hours-invalid"), [skip(t, "hours")])
        return None
    draft_of(context)["hours"] = text
    return await ask_yes_no(update, context, t, "cost")


async def ask_yes_no(update: Update, context: BotContext, t: Messages, question: str) -> int:
    rows = [[(t("directory-answer-yes"), f"prop:{question}:yes"), (t("directory-answer-no"), f"prop:{question}:no")],
            [(t("directory-answer-unknown"), f"prop:{question}:unknown")]]  # fmt: skip
    prompt = "directory-propose-cost" if question == "cost" else "directory-propose-papers"
    await show(update, t(prompt), rows)
    return COST if question == "cost" else PAPERS


def answer_value(answer: str) -> bool | None:
    return {"yes": True, "no": False}.get(answer)


async def cost_tapped(update: Update, context: BotContext) -> int:
    t = await messages(update, context)
    draft_of(context)["is_free"] = answer_value(context.matches[0].group(1))
    await answer_button(update)
    return await ask_yes_no(update, context, t, "papers")


async def papers_tapped(update: Update, context: BotContext) -> int:
    t = await messages(update, context)
    draft_of(context)["no_papers_needed"] = answer_value(context.matches[0].group(1))
    await answer_button(update)
    return await ask_attributes(update, context, t)


async def ask_attributes(update: Update, context: BotContext, t: Messages) -> int:
    draft = draft_of(context)
    buttons = [
        (("☑ " if draft.get(flag) else "☐ ") + t("directory-flag", flag=flag), f"prop:flag:{flag}")
        for flag in FLAGS
    ]
    await show(
        update,
        t("directory-propose-flags"),
        [*in_pairs(buttons), [(t("directory-done"), "prop:flag:done")]],
    )
    return ATTRIBUTES


async def attribute_tapped(update: Update, context: BotContext) -> int:
    t = await messages(update, context)
    flag = context.matches[0].group(1)
    draft = draft_of(context)
    await answer_button(update)
    if flag == "done":
        rows = [[(t("directory-visibility-public"), "prop:vis:public")],
                [(t("directory-visibility-peers"), "prop:vis:peers")]]  # fmt: skip
        await show(update, t("directory-propose-visibility"), rows)
        return VISIBILITY
    if flag in FLAGS:
        draft[flag] = not draft.get(flag, False)
    return await ask_attributes(update, context, t)


async def visibility_tapped(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    draft = draft_of(context)
    draft["visibility"] = Visibility(context.matches[0].group(1))
    if draft.get("confidential"):
        # A confidential place (a shelter) is never shown to everyone.
        draft["visibility"] = Visibility.PEERS
    await answer_button(update)
    preview = context.services.directory.preview(record_of(draft))
    text = t("directory-propose-review") + "\n\n" + card_text(preview, t, context, viewer)
    rows = [[(t("directory-send"), "prop:send")], [(t("common-back"), "prop:cancel")]]
    await show(update, text, rows)
    return REVIEW


async def send_proposal(update: Update, context: BotContext) -> int:
    """Commit the proposal, then say so, then tell the leads."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    draft = context.user_data.pop(DRAFT, None) if context.user_data is not None else None
    if not draft or not draft.get("name") or not viewer.role.at_least(Role.PEER):
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    await context.services.directory.propose(viewer, record_of(draft))
    context.services.kept.mark(update.update_id)
    await answer_button(update)
    await show(update, t("directory-propose-sent"))
    await tell_leads(context, "directory-review-waiting")
    return ConversationHandler.END


async def skipped(update: Update, context: BotContext) -> int:
    """Skip a step the peer does not know."""
    t = await messages(update, context)
    step = context.matches[0].group(1)
    await answer_button(update)
    if step == "organisation":
        await show(update, t("directory-propose-description"), [skip(t, "description")])
        return DESCRIPTION
    if step == "description":
        await show(update, t("directory-propose-phone"), [skip(t, "phone")])
        return PHONE
    if step == "phone":
        await show(update, t("directory-propose-place"), [skip(t, "place")])
        return PLACE
    if step == "place":
        return await ask_area(update, context, t)
    if step == "area":
        return await ask_hours(update, context, t)
    return await ask_yes_no(update, context, t, "cost")


async def cancel(update: Update, context: BotContext) -> int:
    """Drop the draft; nothing was stored."""
    if context.user_data is not None:
        context.user_data.pop(DRAFT, None)
    return await people.cancel(update, context)


def conversation() -> ConversationHandler:
    typed = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(
            entry_points=[
                CallbackQueryHandler(start_proposal, pattern=r"^(?:dir:propose|go:propose)$"),
                CommandHandler("propose", start_proposal),
            ],
            states={
                NAME: [MessageHandler(typed, name_typed)],
                CATEGORIES: [
                    CallbackQueryHandler(category_tapped, pattern=r"^prop:cat:([a-z-]{1,20})$")
                ],
                ORGANISATION: [MessageHandler(typed, organisation_typed)],
                DESCRIPTION: [MessageHandler(typed, description_typed)],
                PHONE: [MessageHandler(typed, phone_typed)],
                PLACE: [
                    MessageHandler(filters.LOCATION, place_shared),
                    MessageHandler(typed, address_typed),
                ],
                AREA: [CallbackQueryHandler(area_tapped, pattern=r"^prop:area:(\d{1,9})$")],
                HOURS: [CallbackQueryHandler(hours_tapped, pattern=r"^prop:hours:([a-z]{1,10})$")],
                HOURS_TYPED: [MessageHandler(typed, hours_typed)],
                COST: [CallbackQueryHandler(cost_tapped, pattern=r"^prop:cost:(yes|no|unknown)$")],
                PAPERS: [
                    CallbackQueryHandler(papers_tapped, pattern=r"^prop:papers:(yes|no|unknown)$")
                ],
                ATTRIBUTES: [
                    CallbackQueryHandler(attribute_tapped, pattern=r"^prop:flag:([a-z_]{1,24})$")
                ],
                VISIBILITY: [
                    CallbackQueryHandler(visibility_tapped, pattern=r"^prop:vis:(public|peers)$")
                ],
                REVIEW: [CallbackQueryHandler(send_proposal, pattern=r"^prop:send$")],
            },
            fallbacks=[
                CallbackQueryHandler(skipped, pattern=r"^prop:skip:([a-z]{1,20})$"),
                CallbackQueryHandler(cancel, pattern=r"^prop:cancel$"),
                CommandHandler("cancel", cancel),
                MessageHandler(~filters.COMMAND, flow_hint),
            ],
            name="propose",
            conversation_timeout=30 * 60,
        )


def register(app: Application) -> None:
    app.add_handler(conversation())
