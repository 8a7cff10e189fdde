"""Telegram adapters for the directory: find (by type, by word, near me), service cards, map pins,
referral notes, peers' checks and problem reports, and the leads' review queue.

A shared location goes straight from the update into `Directory.near` and is never kept: not in
user_data, not in callback data, not in a log.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from datetime import datetime, time
from zoneinfo import ZoneInfo

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_time, get_day_names
from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.common.refusal import NotAllowed
from bot.common.text import MAX_MESSAGE_LENGTH, clean_text, fit_message, telegram_length
from bot.directory.core import (
    ANSWERS,
    FLAGS,
    STATUSES,
    Category,
    Change,
    ChangeOutcome,
    Decision,
    EditableField,
    Filters,
    Freshness,
    ProblemKind,
    ResultPage,
    Service,
    State,
    check_change,
)
from bot.directory.opening_hours import parse_hours, weekly_summary
from bot.handlers.common import (
    Button,
    answer_button,
    back_to_menu,
    flow_hint,
    in_pairs,
    keyboard,
    menu_buttons,
    refuse_button,
    show,
    viewer_of,
)
from bot.i18n import Messages
from bot.people import Role, Viewer
from bot.services import BotContext

logger = logging.getLogger(__name__)

SEARCH_WORDS, REJECT_REASON, CHANGE_VALUE = range(3)
# A 24-hour clock in every language: "opens at 09:00" reads the same on every phone.
CLOCK = "HH:mm"
FILTER_NAMES = ("free", "no_papers", "sex_worker_led", "open_now")


# --- rendering ------------------------------------------------------------------------------


def local_time(moment: datetime, context: BotContext, locale: str) -> str:
    zone = context.services.settings.timezone
    return format_time(moment.astimezone(zone), format=CLOCK, locale=locale)


def status_text(service: Service, t: Messages, context: BotContext) -> str:
    status = service.open
    if not status.hours_known:
        return t("directory-hours-unknown")
    if status.open_now:
        if status.closes_at is None:
            return t("directory-open-now")
        return t("directory-open-until", time=local_time(status.closes_at, context, t.locale))
    if status.next_opening is None:
        return t("directory-closed")
    zone = context.services.settings.timezone
    opening = status.next_opening.astimezone(zone)
    day = get_day_names("abbreviated", locale=t.locale)[opening.weekday()]
    return t("directory-opens-at", day=day, time=local_time(opening, context, t.locale))


def result_label(service: Service, t: Messages, context: BotContext) -> str:
    status = status_text(service, t, context)
    if service.distance is None:
        return t("directory-result-label", name=service.record.name, status=status)
    distance = t("directory-distance", band=service.distance.value)
    return t("directory-result-label-distance", name=service.record.name, distance=distance,
             status=status)  # fmt: skip


def language_names(codes: tuple[str, ...], locale: str) -> str:
    try:
        names = Locale.parse(locale).languages
    except (UnknownLocaleError, ValueError):
        names = {}
    return ", ".join(names.get(code, code) for code in codes)


def week_text(service: Service, t: Messages) -> list[str]:
    day_names = get_day_names("abbreviated", locale=t.locale)
    lines = []
    for days, spans in weekly_summary(parse_hours(service.record.hours)):
        label = (
            day_names[days[0]] if len(days) == 1 else f"{day_names[days[0]]}–{day_names[days[-1]]}"
        )
        times = ", ".join(
            f"{format_time(opens, CLOCK, locale=t.locale)}–{format_time(closes, CLOCK, locale=t.locale)}"
            for opens, closes in spans
        )
        lines.append(t("directory-card-week", days=label, times=times))
    return lines


def card_text(service: Service, t: Messages, context: BotContext, viewer: Viewer) -> str:
    """Everything a person needs to decide and to get there, in one message."""
    record = service.record
    lines = [record.name]
    if record.organisation:
        lines.append(t("directory-card-organisation", organisation=record.organisation))
    if record.description:
        lines.append(record.description)
    if record.status == "temporarily_closed":
        lines.append(t("directory-card-temporarily-closed"))
    today = context.services.directory.today().isoformat()
    if record.notice and (not record.notice_expires_on or record.notice_expires_on >= today):
        lines.append(t("directory-card-notice", notice=record.notice))
    categories = ", ".join(t("directory-category", category=c.value) for c in record.categories)
    lines.append(t("directory-card-categories", categories=categories))
    place = ", ".join(p for p in (record.location_name, record.address, service.area_name) if p)
    if place:
        lines.append(t("directory-card-address", address=place))
    if record.directions:
        lines.append(t("directory-card-directions", directions=record.directions))
    lines.append(t("directory-card-hours", hours=status_text(service, t, context)))
    lines.extend("   " + line for line in week_text(service, t))
    if record.is_free:
        lines.append(t("directory-card-free"))
    elif record.fees:
        lines.append(t("directory-card-fees", fees=record.fees))
    else:
        lines.append(t("directory-card-cost-unknown"))
    if record.no_papers_needed:
        lines.append(t("directory-card-no-papers"))
    elif record.documents_required:
        lines.append(t("directory-card-papers", documents=record.documents_required))
    else:
        lines.append(t("directory-card-papers-unknown"))
    if record.eligibility:
        lines.append(t("directory-card-eligibility", eligibility=record.eligibility))
    if record.languages:
        lines.append(
            t("directory-card-languages", languages=language_names(record.languages, t.locale))
        )
    flags = [t("directory-flag", flag=flag) for flag in FLAGS if getattr(record, flag)]
    if record.organisation_sex_worker_led and not record.sex_worker_led:
        flags.insert(0, t("directory-flag", flag="sex_worker_led"))
    if flags:
        lines.append("✔ " + " · ".join(flags))
    for key, value in (("phone", record.phone), ("email", record.email), ("url", record.url)):
        if value:
            lines.append(t(f"directory-card-{key}", **{key: value}))
    if service.last_checked_on is not None:
        days = (context.services.directory.today() - service.last_checked_on).days
        if service.freshness in (Freshness.STALE, Freshness.HIDDEN):
            lines.append(t("directory-card-not-recent", days=days))
        else:
            lines.append(t("directory-card-checked", days=days))
    if viewer.role.at_least(Role.LEAD) and service.state is not State.PUBLISHED:
        lines.append(t("directory-card-state", state=service.state.value))
    if viewer.role.at_least(Role.LEAD) and service.open_reports:
        reports = ", ".join(t("directory-problem", kind=kind) for kind in service.open_reports)
        lines.append(t("directory-card-reports", reports=reports))
    return fit_card(lines, record.description)


def fit_card(lines: list[str], description: str) -> str:
    """One message: if the card is too long, the description gives way, never the phone number,
    the hours or the last-checked date."""
    text = "\n".join(lines)
    overflow = telegram_length(text) - MAX_MESSAGE_LENGTH
    if overflow > 0 and description and description in lines:
        keep = max(0, len(description) - overflow - 1)
        lines = [
            line if line != description else description[:keep].rstrip() + "…" for line in lines
        ]
        text = "\n".join(lines)
    return fit_message(text)[0]


# --- finding ----------------------------------------------------------------------------------


def filters_of(context: BotContext) -> Filters:
    chosen = context.user_data.get("filters") if context.user_data is not None else None
    return chosen if isinstance(chosen, Filters) else Filters()


def remember_back(context: BotContext, callback_data: str) -> None:
    if context.user_data is not None:
        context.user_data["back"] = callback_data


def filter_buttons(t: Messages, chosen: Filters) -> list[list[Button]]:
    buttons = [
        (t(f"directory-filter-{name.replace('_', '-')}", on="yes" if getattr(chosen, name) else "no"),
         f"dir:filter:{name}")
        for name in FILTER_NAMES
    ]  # fmt: skip
    return in_pairs(buttons)


async def find_screen(update: Update, context: BotContext) -> None:
    """The ways to look for a service, with the filters the person has on."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    rows = [
        [(t("directory-by-category"), "dir:cats"), (t("directory-near-me"), "dir:near")],
        [(t("directory-by-word"), "dir:search")],
        *filter_buttons(t, filters_of(context)),
        back_to_menu(t),
    ]
    await answer_button(update)
    await show(update, t("directory-find-title"), rows)


async def toggle_filter(update: Update, context: BotContext) -> None:
    """Turn one filter on or off; it applies to every search until the bot restarts."""
    name = context.matches[0].group(1)
    if name not in FILTER_NAMES or context.user_data is None:
        await refuse_button(update, context)
        return
    context.user_data["filters"] = filters_of(context).toggled(name)
    await find_screen(update, context)


async def categories_screen(update: Update, context: BotContext) -> None:
    """Every type of service, as buttons."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    buttons = [
        (t("directory-category", category=c.value), f"dir:cat:{c.value}:0") for c in Category
    ]
    await answer_button(update)
    await show(
        update,
        t("directory-choose-category"),
        [*in_pairs(buttons), [(t("common-back"), "dir:find")]],
    )


def results_rows(
    page: ResultPage, t: Messages, context: BotContext, page_data: str, back: str
) -> list[list[Button]]:
    rows: list[list[Button]] = [
        [(result_label(s, t, context), f"dir:svc:{s.id}")] for s in page.services
    ]
    paging: list[Button] = []
    if page.page > 0:
        paging.append((t("common-previous"), page_data.format(page=page.page - 1)))
    if page.has_more:
        paging.append((t("common-next"), page_data.format(page=page.page + 1)))
    if paging:
        rows.append(paging)
    rows.append([(t("common-back"), back)])
    return rows


async def category_results(update: Update, context: BotContext) -> None:
    """One page of a category, most recently checked first."""
    viewer = await viewer_of(update, context)
    code, page = context.matches[0].group(1), int(context.matches[0].group(2))
    if code not in {c.value for c in Category}:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    results = await context.services.directory.in_category(
        viewer.role, Category(code), filters_of(context), page
    )
    remember_back(context, f"dir:cat:{code}:{page}")
    text = (
        t("directory-results", category=t("directory-category", category=code))
        if results.services
        else t("directory-no-results")
    )
    await answer_button(update)
    await show(
        update, text, results_rows(results, t, context, f"dir:cat:{code}:{{page}}", "dir:cats")
    )


async def search_ask(update: Update, context: BotContext) -> int:
    """Ask for words to search (or search at once: `/search clinic`)."""
    viewer = await viewer_of(update, context)
    if context.args:
        await show_search(update, context, viewer, " ".join(context.args), 0)
        return ConversationHandler.END
    await answer_button(update)
    await show(update, context.services.messages(viewer)("directory-search-ask"))
    return SEARCH_WORDS


async def search_typed(update: Update, context: BotContext) -> int | None:
    """The words typed after 'Search by word'."""
    viewer = await viewer_of(update, context)
    text = clean_text(update.effective_message.text or "")[:200]
    if not text:
        await show(update, context.services.messages(viewer)("directory-search-too-short"))
        return None
    await show_search(update, context, viewer, text, 0)
    return ConversationHandler.END


async def search_page(update: Update, context: BotContext) -> None:
    """Another page of the last search; the words stay in memory, not in the button."""
    viewer = await viewer_of(update, context)
    words = context.user_data.get("search") if context.user_data is not None else None
    if not isinstance(words, str):
        await refuse_button(update, context, viewer)
        return
    await answer_button(update)
    await show_search(update, context, viewer, words, int(context.matches[0].group(1)))


async def show_search(
    update: Update, context: BotContext, viewer: Viewer, words: str, page: int
) -> None:
    t = context.services.messages(viewer)
    results = await context.services.directory.search(viewer.role, words, filters_of(context), page)
    if context.user_data is not None:
        context.user_data["search"] = words
    remember_back(context, f"dir:sq:{page}")
    text = (
        t("directory-search-results", words=words)
        if results.services
        else t("directory-no-results")
    )
    await show(update, text, results_rows(results, t, context, "dir:sq:{page}", "dir:find"))


async def near_ask(update: Update, context: BotContext) -> None:
    """Offer to share a location (once) or to pick an area."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await answer_button(update)
    share = ReplyKeyboardMarkup(
        [[KeyboardButton(t("directory-share-location"), request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    await update.effective_chat.send_message(t("directory-near-ask"), reply_markup=share)
    areas = await context.services.directory.areas()
    buttons = [(area.name, f"dir:area:{area.id}") for area in areas if area.latitude is not None]
    text = t("directory-near-or-area") if buttons else t("directory-no-areas")
    await show(update, text, [*in_pairs(buttons), [(t("common-back"), "dir:find")]], fresh=True)


async def location_shared(update: Update, context: BotContext) -> None:
    """A shared location: the nearest services, then the location is forgotten."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    message = update.effective_message
    location = message.location
    if location.live_period:
        await show(update, t("directory-live-location"))
        return
    found = await context.services.directory.near(
        viewer.role, location.latitude, location.longitude, filters_of(context)
    )
    del location  # used once; nothing below may see it
    await update.effective_chat.send_message(
        t("directory-location-used"), reply_markup=ReplyKeyboardRemove()
    )
    await show_near(update, context, t, found, t("directory-near-results"), message.message_id)


async def area_results(update: Update, context: BotContext) -> None:
    """Services near the centre of an area, for those who would rather not share a location."""
    viewer = await viewer_of(update, context)
    area = await context.services.directory.area(int(context.matches[0].group(1)))
    if area is None or area.latitude is None or area.longitude is None:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    found = await context.services.directory.near(
        viewer.role, area.latitude, area.longitude, filters_of(context)
    )
    remember_back(context, f"dir:area:{area.id}")
    await answer_button(update)
    await show_near(update, context, t, found, t("directory-area-results", area=area.name), None)


async def show_near(
    update: Update,
    context: BotContext,
    t: Messages,
    found: list[Service],
    title: str,
    location_message_id: int | None,
) -> None:
    rows: list[list[Button]] = [[(result_label(s, t, context), f"dir:svc:{s.id}")] for s in found]
    if location_message_id is not None:
        rows.append([(t("directory-delete-location"), f"dir:forget:{location_message_id}")])
    rows.append([(t("common-back"), "dir:find")])
    await show(update, title if found else t("directory-near-none"), rows)


async def delete_location_message(update: Update, context: BotContext) -> None:
    """Delete the person's location message from the chat, as offered."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    with contextlib.suppress(TelegramError):
        await context.bot.delete_message(update.effective_chat.id, int(context.matches[0].group(1)))
    await answer_button(update, t("directory-location-deleted"))


# --- a service --------------------------------------------------------------------------------


async def service_card(update: Update, context: BotContext) -> None:
    """One service, with what the reader may do with it."""
    viewer = await viewer_of(update, context)
    service_id = int(context.matches[0].group(1))
    service = await context.services.directory.card(viewer.role, service_id)
    if service is None:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    rows: list[list[Button]] = []
    first: list[Button] = []
    if service.record.latitude is not None and service.state is State.PUBLISHED:
        first.append((t("directory-button-map"), f"dir:map:{service_id}"))
    if service.state is State.PUBLISHED:
        first.append((t("directory-button-referral"), f"dir:ref:{service_id}"))
    rows.append(first)
    if service.state is State.PUBLISHED:
        rows.append([(t("directory-button-feedback"), f"fb:svc:{service_id}")])
    if viewer.role.at_least(Role.PEER) and service.state is State.PUBLISHED:
        rows.append([(t("directory-button-confirm"), f"dir:ok:{service_id}"),
                     (t("directory-button-report"), f"dir:prob:{service_id}")])  # fmt: skip
    if viewer.role.at_least(Role.PEER) and (
        service.state is State.PUBLISHED or viewer.role.at_least(Role.LEAD)
    ):
        rows.append([(t("directory-button-change"), f"dir:edit:{service_id}")])
    if viewer.role.at_least(Role.LEAD) and service.state in (State.PROPOSED, State.REVIEW):
        rows.append([(t("directory-approve"), f"dir:approve:{service_id}"),
                     (t("directory-reject"), f"dir:reject:{service_id}")])  # fmt: skip
    back = (
        context.user_data.get("back", "dir:find") if context.user_data is not None else "dir:find"
    )
    rows.append([(t("directory-button-back"), back)])
    await answer_button(update)
    await show(update, card_text(service, t, context, viewer), [r for r in rows if r])


async def map_pin(update: Update, context: BotContext) -> None:
    """The venue as a map pin."""
    viewer = await viewer_of(update, context)
    service = await context.services.directory.card(viewer.role, int(context.matches[0].group(1)))
    if service is None or service.record.latitude is None or service.record.longitude is None:
        await refuse_button(update, context, viewer)
        return
    await answer_button(update)
    record = service.record
    await update.effective_chat.send_venue(
        latitude=record.latitude,
        longitude=record.longitude,
        title=record.name[:100],
        address=(record.address or service.area_name or record.location_name or "—")[:100],
    )


async def referral_note(update: Update, context: BotContext) -> None:
    """A note to show at the service, in the reader's language and the service's first language."""
    viewer = await viewer_of(update, context)
    referral = await context.services.directory.refer(viewer.role, int(context.matches[0].group(1)))
    if referral is None:
        await refuse_button(update, context, viewer)
        return
    context.services.kept.mark(update.update_id)
    locales = [viewer.locale]
    service_languages = referral.service.record.languages
    if service_languages and service_languages[0] in context.services.translator.bundles:
        locales = list(dict.fromkeys([viewer.locale, service_languages[0]]))
    texts = [
        context.services.messages(locale)(
            "directory-referral", service=referral.service.record.name, code=referral.code
        )
        for locale in locales
    ]
    await answer_button(update)
    await update.effective_chat.send_message("\n\n".join(texts), protect_content=True)


async def confirm_still_right(update: Update, context: BotContext) -> None:
    """A peer says the service is still right."""
    viewer = await viewer_of(update, context)
    confirmed = await context.services.directory.confirm(viewer, int(context.matches[0].group(1)))
    if not confirmed:
        await refuse_button(update, context, viewer)
        return
    context.services.kept.mark(update.update_id)
    await answer_button(update, context.services.messages(viewer)("directory-confirmed"))


async def report_choose(update: Update, context: BotContext) -> None:
    """Ask a peer what is wrong."""
    viewer = await viewer_of(update, context)
    service_id = int(context.matches[0].group(1))
    service = await context.services.directory.card(viewer.role, service_id)
    if not viewer.role.at_least(Role.PEER) or service is None:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    rows = [[(t("directory-problem", kind=k.value), f"dir:pk:{service_id}:{k.value}")]
            for k in ProblemKind]  # fmt: skip
    rows.append([(t("common-back"), f"dir:svc:{service_id}")])
    await answer_button(update)
    await show(update, t("directory-report-choose"), rows)


async def report_problem(update: Update, context: BotContext) -> None:
    """Record a peer's problem report; enough of them send the service back to review."""
    viewer = await viewer_of(update, context)
    service_id, kind = int(context.matches[0].group(1)), context.matches[0].group(2)
    if kind not in {k.value for k in ProblemKind}:
        await refuse_button(update, context, viewer)
        return
    recorded, to_review = await context.services.directory.report_problem(
        viewer, service_id, ProblemKind(kind)
    )
    if not recorded:
        await refuse_button(update, context, viewer)
        return
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(update)
    text = t("directory-report-review") if to_review else t("directory-report-thanks")
    await show(update, text, menu_buttons(viewer, t))
    if to_review:
        await tell_leads(context, "directory-review-waiting")


async def recheck_list(update: Update, context: BotContext) -> None:
    """Services due for a check, oldest first, for peers."""
    viewer = await viewer_of(update, context)
    try:
        due = await context.services.directory.due_for_recheck(viewer)
    except NotAllowed:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    remember_back(context, "dir:recheck")
    rows = [[(s.record.name, f"dir:svc:{s.id}")] for s in due]
    await answer_button(update)
    await show(update, t("directory-recheck-title") if due else t("directory-recheck-none"),
               [*rows, back_to_menu(t)])  # fmt: skip


# --- vetting ----------------------------------------------------------------------------------


async def review_queue(update: Update, context: BotContext) -> None:
    """The oldest items waiting for a lead (proposals, services sent back, suggested changes),
    with the directory's freshness summary."""
    viewer = await viewer_of(update, context)
    index = int(context.matches[0].group(1) or 0) if context.matches else 0
    directory = context.services.directory
    try:
        waiting: list[Service | Change] = [
            *await directory.queue(viewer),
            *await directory.changes(viewer),
        ]
        summary = await directory.freshness_summary(viewer)
    except NotAllowed:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    await answer_button(update)
    header = t("directory-queue-summary", **summary)
    if not waiting:
        await show(update, header + "\n\n" + t("directory-queue-empty"), [back_to_menu(t)])
        return
    index %= len(waiting)
    item = waiting[index]
    remember_back(context, f"dir:queue:{index}")
    following = [(t("directory-next"), f"dir:queue:{(index + 1) % len(waiting)}")]
    if isinstance(item, Change):
        text = await change_text(item, t, context)
        rows = [
            [(t("directory-change-publish"), f"dir:capprove:{item.id}"),
             (t("directory-reject"), f"dir:creject:{item.id}")],
            following,
            back_to_menu(t),
        ]  # fmt: skip
    else:
        text = card_text(item, t, context, viewer)
        rows = [
            [(t("directory-approve"), f"dir:approve:{item.id}"),
             (t("directory-reject"), f"dir:reject:{item.id}")],
            [(t("directory-button-change"), f"dir:edit:{item.id}")],
            following,
            back_to_menu(t),
        ]  # fmt: skip
    await show(update, fit_message(header + "\n\n" + text)[0], rows)


def field_value_text(field: EditableField, value: object, t: Messages) -> str:
    if value is None or value == "":
        return t("directory-value-empty")
    if field in (EditableField.IS_FREE, EditableField.NO_PAPERS_NEEDED):
        return t("directory-answer-yes") if int(value) else t("directory-answer-no")
    if field is EditableField.STATUS:
        return t("directory-status", status=str(value))
    return str(value)


async def change_text(change: Change, t: Messages, context: BotContext) -> str:
    service = await context.services.directory.card(Role.LEAD, change.service_id)
    old = getattr(service.record, change.field.value) if service is not None else None
    return t(
        "directory-change-title",
        name=change.service_name,
        field=t("directory-field", field=change.field.value),
        old=field_value_text(change.field, old, t),
        new=field_value_text(change.field, change.new_value, t),
    )


async def decide_change(update: Update, context: BotContext) -> None:
    """Publish a suggested change onto the live record."""
    viewer = await viewer_of(update, context)
    decision = await context.services.directory.decide_change(
        viewer, int(context.matches[0].group(1)), apply=True
    )
    if decision is None:
        await refuse_button(update, context, viewer)
        return
    await announce(update, context, viewer, decision, "directory-change-published",
                   "directory-your-change-published")  # fmt: skip


# --- suggesting a change ----------------------------------------------------------------------


async def change_fields(update: Update, context: BotContext) -> None:
    """Which field to change, for a peer (a suggestion) or a lead (an edit)."""
    viewer = await viewer_of(update, context)
    service_id = int(context.matches[0].group(1))
    service = await context.services.directory.card(viewer.role, service_id)
    if service is None or not viewer.role.at_least(Role.PEER):
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    buttons = [
        (t("directory-field", field=f.value), f"dir:ef:{service_id}:{f.value}")
        for f in EditableField
    ]
    await answer_button(update)
    await show(update, t("directory-change-choose"),
               [*in_pairs(buttons), [(t("common-back"), f"dir:svc:{service_id}")]])  # fmt: skip


async def change_field(update: Update, context: BotContext) -> int | None:
    """Ask for the new value: buttons for yes/no and status, typing for the rest."""
    viewer = await viewer_of(update, context)
    service_id, name = int(context.matches[0].group(1)), context.matches[0].group(2)
    service = await context.services.directory.card(viewer.role, service_id)
    if (service is None or name not in {f.value for f in EditableField}
            or not viewer.role.at_least(Role.PEER) or context.user_data is None):  # fmt: skip
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    field = EditableField(name)
    t = context.services.messages(viewer)
    await answer_button(update)
    back = [(t("common-back"), f"dir:edit:{service_id}")]
    if field in (EditableField.IS_FREE, EditableField.NO_PAPERS_NEEDED):
        answers = [(t(f"directory-answer-{a}"), f"dir:ev:{service_id}:{name}:{a}") for a in ANSWERS]
        await show(update, t("directory-field", field=name), [answers, back])
        return ConversationHandler.END
    if field is EditableField.STATUS:
        choices = [
            [(t("directory-status", status=s), f"dir:ev:{service_id}:{name}:{s}")] for s in STATUSES
        ]
        await show(update, t("directory-field", field=name), [*choices, back])
        return ConversationHandler.END
    context.user_data["change"] = (service_id, field)
    await show(update, t("directory-change-type", field=t("directory-field", field=name)), [back])
    return CHANGE_VALUE


async def change_tapped(update: Update, context: BotContext) -> None:
    """A yes/no or status value chosen by button."""
    service_id, name, value = (int(context.matches[0].group(1)), context.matches[0].group(2),
                               context.matches[0].group(3))  # fmt: skip
    if name not in {f.value for f in EditableField}:
        await refuse_button(update, context)
        return
    await save_change(update, context, service_id, EditableField(name), value)


async def change_typed(update: Update, context: BotContext) -> int | None:
    """The new value typed for a text field."""
    pending = context.user_data.get("change") if context.user_data is not None else None
    if pending is None:
        return ConversationHandler.END
    service_id, field = pending
    saved = await save_change(
        update, context, service_id, field, update.effective_message.text or ""
    )
    if not saved:
        return None
    context.user_data.pop("change", None)
    return ConversationHandler.END


async def save_change(
    update: Update, context: BotContext, service_id: int, field: EditableField, given: str
) -> bool:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    valid, value = check_change(field, given, context.services.settings.phone_region)
    if not valid:
        await answer_button(update)
        await show(update, t("directory-change-invalid"))
        return False
    outcome = await context.services.directory.suggest_change(viewer, service_id, field, value)
    if outcome is None:
        await refuse_button(update, context, viewer)
        return True
    context.services.kept.mark(update.update_id)
    await answer_button(update)
    if outcome is ChangeOutcome.DRAFTED:
        await show(update, t("directory-change-drafted"), menu_buttons(viewer, t))
        await tell_leads(context, "directory-review-waiting")
    else:
        back = context.user_data.get("back", "dir:queue:0") if context.user_data else "dir:queue:0"
        await show(update, t("directory-change-applied"),
                   [[(t("directory-button-back"), f"dir:svc:{service_id}")], [(t("common-back"), back)]])  # fmt: skip
    return True


async def approve(update: Update, context: BotContext) -> None:
    """Publish a proposal, or put a reviewed service back as checked today."""
    viewer = await viewer_of(update, context)
    decision = await context.services.directory.approve(viewer, int(context.matches[0].group(1)))
    if decision is None:
        await refuse_button(update, context, viewer)
        return
    await announce(update, context, viewer, decision, "directory-approved",
                   "directory-proposal-published")  # fmt: skip


async def announce(
    update: Update,
    context: BotContext,
    viewer: Viewer,
    decision: Decision,
    done: str,
    told: str,
    **told_args: str,
) -> None:
    """After a committed vetting decision: confirm to the lead, then tell whoever proposed it."""
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t(done, name=decision.name),
               [[(t("directory-next"), "dir:queue:0")], back_to_menu(t)])  # fmt: skip
    await tell_person(context, decision.proposer_person_id, told, name=decision.name, **told_args)


async def reject_ask(update: Update, context: BotContext) -> int:
    """Ask a lead for the reason before rejecting a proposal or a suggested change."""
    viewer = await viewer_of(update, context)
    kind, item_id = context.matches[0].group(1), int(context.matches[0].group(2))
    if not viewer.role.at_least(Role.LEAD) or context.user_data is None:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    context.user_data["rejecting"] = (kind, item_id)
    await answer_button(update)
    await show(update, context.services.messages(viewer)("directory-reject-ask"))
    return REJECT_REASON


async def reject_with_reason(update: Update, context: BotContext) -> int | None:
    """Reject with the reason typed; the proposer is told."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    reason = clean_text(update.effective_message.text or "")
    rejecting = context.user_data.get("rejecting") if context.user_data is not None else None
    if not reason or rejecting is None:
        await show(update, t("common-flow-hint"))
        return None
    context.user_data.pop("rejecting", None)
    kind, item_id = rejecting
    directory = context.services.directory
    if kind == "creject":
        decision = await directory.decide_change(viewer, item_id, apply=False, reason=reason)
        done, told = "directory-change-rejected", "directory-your-change-rejected"
    else:
        decision = await directory.reject(viewer, item_id, reason)
        done, told = "directory-rejected", "directory-proposal-rejected"
    if decision is None:
        await show(update, t("common-no-longer-available"), menu_buttons(viewer, t))
        return ConversationHandler.END
    await announce(update, context, viewer, decision, done, told, reason=reason[:500])
    return ConversationHandler.END


async def tell_person(context: BotContext, person_id: int | None, message_id: str, **args) -> None:
    """Tell a team member something in their language; a failure is logged, never raised."""
    if person_id is None:
        return
    contact = await context.services.people.contact(person_id)
    if contact is None:
        return
    telegram_id, locale = contact
    try:
        await context.bot.send_message(
            telegram_id, context.services.messages(locale)(message_id, **args)
        )
    except TelegramError as error:
        logger.warning("Could not tell a team member: %s", type(error).__name__)


async def tell_leads(context: BotContext, message_id: str, **args: object) -> None:
    for person_id in await context.services.people.active_ids((Role.LEAD, Role.ADMIN)):
        await tell_person(context, person_id, message_id, **args)


RECHECK_OFFERS_JOB = "weekly re-check offers"


async def offer_rechecks(context: BotContext) -> None:
    """Weekly: each peer hears, in neutral words, how many services in their area need a check."""
    services = context.services
    offers = await services.directory.recheck_offers(await services.people.peers_to_offer_tasks())
    for telegram_id, locale, count in offers:
        t = services.messages(locale)
        try:
            await context.bot.send_message(
                telegram_id,
                t("directory-recheck-offer", count=count),
                reply_markup=keyboard([[(t("menu-recheck"), "dir:recheck")]]),
            )
        except TelegramError as error:
            logger.warning("Could not offer re-checks to a peer: %s", type(error).__name__)


def schedule_jobs(app: Application, zone: ZoneInfo) -> None:
    """Jobs are derived from the database, so re-registering them at every start loses nothing."""
    for job in app.job_queue.get_jobs_by_name(RECHECK_OFFERS_JOB):
        job.schedule_removal()
    # PTB counts days from Sunday = 0: 1 is Monday.
    app.job_queue.run_daily(
        offer_rechecks, time(9, 0, tzinfo=zone), days=(1,), name=RECHECK_OFFERS_JOB
    )


async def cancel(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    if context.user_data is not None:
        context.user_data.pop("rejecting", None)
        context.user_data.pop("change", None)
    await answer_button(update)
    await show(update, t("common-cancelled"), menu_buttons(viewer, t))
    return ConversationHandler.END


def conversations() -> list[ConversationHandler]:
    with warnings.catch_warnings():
        # Buttons are authorised against the database, not tracked per message.
        warnings.simplefilter("ignore", PTBUserWarning)
        search = ConversationHandler(
            entry_points=[
                CallbackQueryHandler(search_ask, pattern=r"^dir:search$"),
                CommandHandler("search", search_ask),
            ],
            states={SEARCH_WORDS: [MessageHandler(filters.TEXT & ~filters.COMMAND, search_typed)]},
            fallbacks=[
                CommandHandler("cancel", cancel),
                MessageHandler(~filters.COMMAND, flow_hint),
            ],
            name="search",
            conversation_timeout=15 * 60,
        )
        reject = ConversationHandler(
            entry_points=[
                CallbackQueryHandler(reject_ask, pattern=r"^dir:(reject|creject):(\d{1,12})$")
            ],
            states={
                REJECT_REASON: [MessageHandler(filters.TEXT & ~filters.COMMAND, reject_with_reason)]
            },
            fallbacks=[
                CommandHandler("cancel", cancel),
                MessageHandler(~filters.COMMAND, flow_hint),
            ],
            name="reject",
            conversation_timeout=15 * 60,
        )
        change = ConversationHandler(
            entry_points=[
                CallbackQueryHandler(change_field, pattern=r"^dir:ef:(\d{1,12}):([a-z_]{1,24})$")
            ],
            states={CHANGE_VALUE: [MessageHandler(filters.TEXT & ~filters.COMMAND, change_typed)]},
            fallbacks=[
                CommandHandler("cancel", cancel),
                MessageHandler(~filters.COMMAND, flow_hint),
            ],
            name="change",
            conversation_timeout=15 * 60,
            allow_reentry=True,
        )
    return [search, reject, change]


def register(app: Application) -> None:
    app.add_handlers([
        *conversations(),
        CommandHandler("find", find_screen),
        CommandHandler("review", review_queue),
        MessageHandler(filters.LOCATION, location_shared),
        CallbackQueryHandler(find_screen, pattern=r"^(?:dir:find|go:find)$"),
        CallbackQueryHandler(toggle_filter, pattern=r"^dir:filter:([a-z_]{1,20})$"),
        CallbackQueryHandler(categories_screen, pattern=r"^dir:cats$"),
        CallbackQueryHandler(category_results, pattern=r"^dir:cat:([a-z-]{1,20}):(\d{1,4})$"),
        CallbackQueryHandler(search_page, pattern=r"^dir:sq:(\d{1,4})$"),
        CallbackQueryHandler(near_ask, pattern=r"^dir:near$"),
        CallbackQueryHandler(area_results, pattern=r"^dir:area:(\d{1,9})$"),
        CallbackQueryHandler(delete_location_message, pattern=r"^dir:forget:(\d{1,12})$"),
        CallbackQueryHandler(service_card, pattern=r"^dir:svc:(\d{1,12})$"),
        CallbackQueryHandler(map_pin, pattern=r"^dir:map:(\d{1,12})$"),
        CallbackQueryHandler(referral_note, pattern=r"^dir:ref:(\d{1,12})$"),
        CallbackQueryHandler(confirm_still_right, pattern=r"^dir:ok:(\d{1,12})$"),
        CallbackQueryHandler(report_choose, pattern=r"^dir:prob:(\d{1,12})$"),
        CallbackQueryHandler(report_problem, pattern=r"^dir:pk:(\d{1,12}):([a-z-]{1,20})$"),
        CallbackQueryHandler(recheck_list, pattern=r"^(?:dir:recheck|go:recheck)$"),
        CallbackQueryHandler(review_queue, pattern=r"^(?:dir:queue:(\d{1,4})|go:review)$"),
        CallbackQueryHandler(approve, pattern=r"^dir:approve:(\d{1,12})$"),
        CallbackQueryHandler(decide_change, pattern=r"^dir:capprove:(\d{1,12})$"),
        CallbackQueryHandler(change_fields, pattern=r"^dir:edit:(\d{1,12})$"),
        CallbackQueryHandler(change_tapped, pattern=r"^dir:ev:(\d{1,12}):([a-z_]{1,24}):([a-z_]{1,24})$"),
    ])  # fmt: skip
