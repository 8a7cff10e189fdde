"""The directory's screens, as pure functions: finding (ways to look, types, results, near me),
one service (its card, problems, the referral note), peers' checks, the review queue and
suggested changes. Proposing a service has its own screens in `proposal_screens`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from bot.common.text import fit_message
from bot.directory.model import (
    STATUSES,
    Area,
    Category,
    Change,
    EditableField,
    Filters,
    Freshness,
    ProblemKind,
    ProblemOutcome,
    Referral,
    ResultPage,
    Service,
    Standing,
    State,
    YourItem,
)
from bot.handlers.callbacks import Callback
from bot.handlers.directory.buttons import (
    Approve,
    ApproveChange,
    CategoryPage,
    CheckService,
    ChooseField,
    EditField,
    FilterName,
    MapPin,
    NearArea,
    NearMe,
    NearType,
    ProblemIs,
    ReferralNote,
    Reject,
    RejectChange,
    ReportProblem,
    ReviewItem,
    SearchPage,
    SetValue,
    ShowCategories,
    ShowService,
    StillRight,
    ToggleFilter,
)
from bot.handlers.directory.card_text import card_text, field_value_text, result_label
from bot.handlers.menu import Entry, FeedbackAbout, Go, back_to_menu, main_menu
from bot.handlers.screens import Button, Row, Screen, in_pairs, one_per_row, rows
from bot.handlers.widgets import paging
from bot.i18n import Messages
from bot.people import Role, Viewer

FILTER_LABELS: dict[FilterName, str] = {
    "free": "directory-filter-free",
    "no_papers": "directory-filter-no-papers",
    "sex_worker_led": "directory-filter-sex-worker-led",
    "open_now": "directory-filter-open-now",
}
ANSWER_LABELS = {
    "yes": "directory-answer-yes",
    "no": "directory-answer-no",
    "unknown": "directory-answer-unknown",
}


def back(t: Messages, to: Callback) -> Button:
    return Button(t("common-back"), to)


# --- finding ------------------------------------------------------------------------------------


def find(filters: Filters, t: Messages) -> Screen:
    """The ways to look for a service, with the filters the person has on."""
    toggles = [
        Button(t(label, on="yes" if getattr(filters, name) else "no"), ToggleFilter(name))
        for name, label in FILTER_LABELS.items()
    ]
    return Screen(
        t("directory-find-title"),
        (
            (
                Button(t("directory-by-category"), ShowCategories()),
                Button(t("directory-near-me"), NearMe()),
            ),
            (Button(t("directory-by-word"), Go(Entry.SEARCH)),),
            *in_pairs(toggles),
            (back_to_menu(t),),
        ),
    )


def categories(t: Messages) -> Screen:
    """Every type of service, as buttons."""
    buttons = [
        Button(t("directory-category-button", category=c.value), CategoryPage(c, 0))
        for c in Category
    ]
    return Screen(t("directory-choose-category"), (*in_pairs(buttons), (back(t, Go(Entry.FIND)),)))


def _results(
    title: str,
    found: ResultPage,
    t: Messages,
    zone: ZoneInfo,
    page: Callable[[int], Callback],
    to: Callback,
    *,
    none: str | None = None,
    again: Button | None = None,
) -> Screen:
    """A page of results; `none` says what nothing found means here, `again` how to look again."""
    buttons = [Button(result_label(s, t, zone), ShowService(s.id)) for s in found.services]
    return Screen(
        title if found.services else none or t("directory-no-results"),
        (
            *one_per_row(buttons),
            *rows(paging(t, found.page, found.has_more, page)),
            *rows(None if found.services else again),
            (back(t, to),),
        ),
    )


def category_results(category: Category, found: ResultPage, t: Messages, zone: ZoneInfo) -> Screen:
    title = t("directory-results", category=t("directory-category", category=category.value))
    return _results(
        title, found, t, zone, lambda page: CategoryPage(category, page), ShowCategories()
    )


def search_ask(t: Messages) -> Screen:
    return Screen(t("directory-search-ask"))


def search_results(words: str, found: ResultPage, t: Messages, zone: ZoneInfo) -> Screen:
    title = t("directory-search-results", words=words)
    return _results(
        title,
        found,
        t,
        zone,
        SearchPage,
        Go(Entry.FIND),
        # Nothing for this word: not "try another type", which they did not choose.
        none=t("directory-search-none", words=words),
        again=Button(t("directory-search-again"), Go(Entry.SEARCH)),
    )


def near_types(t: Messages) -> Screen:
    """What to look for near the person: any type, or one (the nearest free clinic in four taps
    from the menu: Find, Near me, the type, the location)."""
    buttons = [
        Button(t("directory-category-button", category=c.value), NearType(c)) for c in Category
    ]
    return Screen(
        t("directory-near-what"),
        (
            (Button(t("directory-near-any"), NearType(None)),),
            *in_pairs(buttons),
            (back(t, Go(Entry.FIND)),),
        ),
    )


def near_areas(areas: Sequence[Area], category: Category | None, t: Messages) -> Screen:
    """Areas to search around, for those who would rather not share a location."""
    buttons = [Button(a.name, NearArea(a.id, category)) for a in areas if a.latitude is not None]
    text = t("directory-near-or-area") if buttons else t("directory-no-areas")
    return Screen(text, (*in_pairs(buttons), (back(t, NearMe()),)))


def near_title(category: Category | None, area: Area | None, t: Messages) -> str:
    """What the nearest services are: of which type, near the person or an area's centre."""
    if category is None:
        if area is None:
            return t("directory-near-results")
        return t("directory-area-results", area=area.name)
    name = t("directory-category", category=category.value)
    if area is None:
        return t("directory-near-type-results", category=name)
    return t("directory-area-type-results", category=name, area=area.name)


def near_results(found: Sequence[Service], title: str, t: Messages, zone: ZoneInfo) -> Screen:
    """The nearest services."""
    buttons = [Button(result_label(s, t, zone), ShowService(s.id)) for s in found]
    return Screen(
        title if found else t("directory-near-none"),
        (*one_per_row(buttons), (back(t, Go(Entry.FIND)),)),
    )


# --- one service --------------------------------------------------------------------------------


def card(
    service: Service, role: Role, t: Messages, zone: ZoneInfo, today: date, to: Callback
) -> Screen:
    """One service, with what this reader may do with it."""
    published = service.state is State.PUBLISHED
    # A hidden service is shown only to be checked: nothing to send anyone to until then.
    shown = published and service.freshness is not Freshness.HIDDEN
    service_id = service.id
    first: list[Button] = []
    if shown and service.record.latitude is not None:
        first.append(Button(t("directory-button-map"), MapPin(service_id)))
    if shown:
        first.append(Button(t("directory-button-referral"), ReferralNote(service_id)))
    lines: list[Row | Button | None] = [tuple(first)]
    if shown:
        lines.append(Button(t("directory-button-feedback"), FeedbackAbout(service_id)))
    if published and role.at_least(Role.PEER):
        lines.append(
            (
                Button(t("directory-button-confirm"), StillRight(service_id)),
                Button(t("directory-button-report"), ReportProblem(service_id)),
            )
        )
    if role.at_least(Role.PEER) and (published or role.at_least(Role.LEAD)):
        lines.append(change_button(service_id, role, t))
    if role.at_least(Role.LEAD) and service.state in (State.PROPOSED, State.REVIEW):
        lines.append(
            (
                Button(t("directory-approve"), Approve(service_id)),
                Button(t("directory-reject"), Reject(service_id)),
            )
        )
    lines.append(Button(t("directory-button-back"), to))
    return Screen(card_text(service, role, t, zone, today), rows(*lines))


def change_button(service_id: int, role: Role, t: Messages) -> Button:
    """A peer suggests a change (a lead checks it first); a lead's change is an edit."""
    label = "directory-button-edit" if role.at_least(Role.LEAD) else "directory-button-change"
    return Button(t(label), ChooseField(service_id))


def referral_note(referral: Referral, languages: Sequence[Messages]) -> Screen:
    """A note to show at the service, in each language given; protected from forwarding."""
    texts = [
        t("directory-referral", service=referral.service.record.name, code=referral.code)
        for t in languages
    ]
    return Screen("\n\n".join(texts), protect=True)


def problem_choice(service_id: int, t: Messages) -> Screen:
    buttons = [
        Button(t("directory-problem", kind=k.value), ProblemIs(service_id, k)) for k in ProblemKind
    ]
    return Screen(
        t("directory-report-choose"), (*one_per_row(buttons), (back(t, ShowService(service_id)),))
    )


REPORTED = {
    ProblemOutcome.NOTED: "directory-report-thanks",
    ProblemOutcome.TO_REVIEW: "directory-report-review",
    ProblemOutcome.ALREADY: "directory-report-already",
}


def problem_reported(outcome: ProblemOutcome, viewer: Viewer, t: Messages) -> Screen:
    return main_menu(viewer, t, t(REPORTED[outcome]))


# --- peers' checks ------------------------------------------------------------------------------


def recheck_list(due: Sequence[Service], t: Messages) -> Screen:
    """Services due for a check, for peers (hidden ones too: a check brings them back)."""
    buttons = [Button(s.record.name, CheckService(s.id)) for s in due]
    text = t("directory-recheck-title") if due else t("directory-recheck-none")
    return Screen(text, (*one_per_row(buttons), (back_to_menu(t),)))


def recheck_offer(count: int, t: Messages) -> Screen:
    """The weekly note to a peer: neutral words, a count, a button."""
    return Screen(
        t("directory-recheck-offer", count=count),
        rows(Button(t("menu-recheck"), Go(Entry.RECHECK))),
    )


# --- the review queue ---------------------------------------------------------------------------


def queue_summary(summary: dict[str, int], t: Messages) -> str:
    return t("directory-queue-summary", **summary)


def review_empty(summary: dict[str, int], t: Messages) -> Screen:
    text = queue_summary(summary, t) + "\n\n" + t("directory-queue-empty")
    return Screen(text, rows(back_to_menu(t)))


def review_service(
    service: Service,
    index: int,
    waiting: int,
    summary: dict[str, int],
    role: Role,
    t: Messages,
    zone: ZoneInfo,
    today: date,
) -> Screen:
    """A proposal or a service sent back to review, with the lead's choices."""
    text = queue_summary(summary, t) + "\n\n" + card_text(service, role, t, zone, today)
    return Screen(
        fit_text(text),
        rows(
            (
                Button(t("directory-approve"), Approve(service.id)),
                Button(t("directory-reject"), Reject(service.id)),
            ),
            change_button(service.id, role, t),
            Button(t("directory-next"), ReviewItem((index + 1) % waiting)),
            back_to_menu(t),
        ),
    )


def change_text(change: Change, old: object, t: Messages) -> str:
    return t(
        "directory-change-title",
        name=change.service_name,
        field=t("directory-field", field=change.field.value),
        old=field_value_text(change.field, old, t),
        new=field_value_text(change.field, change.new_value, t),
    )


def review_change(
    change: Change, old: object, index: int, waiting: int, summary: dict[str, int], t: Messages
) -> Screen:
    """A suggested change beside the value it would replace."""
    return Screen(
        fit_text(queue_summary(summary, t) + "\n\n" + change_text(change, old, t)),
        rows(
            (
                Button(t("directory-change-publish"), ApproveChange(change.id)),
                Button(t("directory-reject"), RejectChange(change.id)),
            ),
            Button(t("directory-next"), ReviewItem((index + 1) % waiting)),
            back_to_menu(t),
        ),
    )


def fit_text(text: str) -> str:
    """The first message's worth of a long review item."""
    return fit_message(text)[0]


def reject_ask(t: Messages) -> Screen:
    return Screen(t("directory-reject-ask"))


def decided(done: str, name: str, t: Messages) -> Screen:
    """What a lead sees after a decision: done, and on to the next item."""
    return Screen(
        t(done, name=name), rows(Button(t("directory-next"), ReviewItem(0)), back_to_menu(t))
    )


def decision_letter(read: Callback, t: Messages) -> Screen:
    """The letter to a proposer: nothing in it a locked phone should show; the outcome after
    the tap on Read."""
    return Screen(t("directory-decision-letter"), rows(Button(t("directory-decision-read"), read)))


YOURS = {
    (False, Standing.PUBLISHED): "directory-proposal-published",
    (False, Standing.REJECTED): "directory-proposal-rejected",
    (True, Standing.PUBLISHED): "directory-your-change-published",
    (True, Standing.REJECTED): "directory-your-change-rejected",
}


def your_item(item: YourItem, reason: str | None, viewer: Viewer, t: Messages) -> Screen:
    """What became of a person's own proposal or change, for them only, protected."""
    message = YOURS.get((item.field is not None, item.standing), "directory-your-waiting-item")
    text = t(message, name=item.name, reason=reason or "—")
    return replace(main_menu(viewer, t, text), protect=True)


# --- suggesting a change ------------------------------------------------------------------------


def fields(service_id: int, role: Role, t: Messages) -> Screen:
    """Which field to change, for a peer (a suggestion) or a lead (an edit)."""
    buttons = [
        Button(t("directory-field", field=f.value), EditField(service_id, f)) for f in EditableField
    ]
    ask = "directory-edit-choose" if role.at_least(Role.LEAD) else "directory-change-choose"
    return Screen(t(ask), (*in_pairs(buttons), (back(t, ShowService(service_id)),)))


def field_choices(service_id: int, field: EditableField, t: Messages) -> Screen:
    """The values of a yes/no or open/closed field, as buttons."""
    to = back(t, ChooseField(service_id))
    if field is EditableField.STATUS:
        choices = [
            Button(t("directory-status", status=s), SetValue(service_id, field, s))  # type: ignore[arg-type]
            for s in STATUSES
        ]
        return Screen(t("directory-field", field=field.value), (*one_per_row(choices), (to,)))
    answers = tuple(
        Button(t(label), SetValue(service_id, field, answer))  # type: ignore[arg-type]
        for answer, label in ANSWER_LABELS.items()
    )
    return Screen(t("directory-field", field=field.value), (answers, (to,)))


def change_type(service_id: int, field: EditableField, t: Messages) -> Screen:
    field_name = t("directory-field", field=field.value)
    return Screen(
        t("directory-change-type", field=field_name), rows(back(t, ChooseField(service_id)))
    )


def change_invalid(t: Messages) -> Screen:
    return Screen(t("directory-change-invalid"))


def change_drafted(viewer: Viewer, t: Messages) -> Screen:
    return main_menu(viewer, t, t("directory-change-drafted"))


def change_applied(service_id: int, to: Callback, t: Messages) -> Screen:
    """A lead's edit is saved: back to the card, or to where they came from."""
    return Screen(
        t("directory-change-applied"),
        rows(Button(t("directory-button-back"), ShowService(service_id)), back(t, to)),
    )
