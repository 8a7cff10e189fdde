"""The screens of proposing a service, step by step, as pure functions."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from bot.directory.model import FLAGS, Area, Category, Change, Service
from bot.handlers.callbacks import Callback
from bot.handlers.directory.buttons import (
    Answer,
    ProposeArea,
    ProposeCancel,
    ProposeCategoriesDone,
    ProposeCategory,
    ProposeFlag,
    ProposeFlagsDone,
    ProposeHours,
    ProposeSend,
    ProposeSkip,
    ProposeVisibility,
    Step,
)
from bot.handlers.menu import Entry, Go, back_to_menu
from bot.handlers.screens import Button, Screen, in_pairs, rows, toggle
from bot.i18n import Messages

# The prompt of each step that can be skipped, shown with its Skip button.
PROMPTS = {
    Step.ORGANISATION: "directory-propose-organisation",
    Step.DESCRIPTION: "directory-propose-description",
    Step.PHONE: "directory-propose-phone",
    Step.PLACE: "directory-propose-place",
    Step.HOURS_TYPED: "directory-propose-hours-type",
}


def skip(step: Step, t: Messages) -> Button:
    return Button(t("directory-skip"), ProposeSkip(step))


def name(t: Messages, waiting: Sequence[Service] = (), changes: Sequence[Change] = ()) -> Screen:
    """The first question, after what this person sent before and a lead has not yet seen."""
    lines = [
        *(f"• {service.record.name}" for service in waiting),
        *(
            "• "
            + t(
                "directory-your-change",
                name=change.service_name,
                field=t("directory-field", field=change.field.value),
            )
            for change in changes
        ),
    ]
    ask = t("directory-propose-name")
    if not lines:
        return Screen(ask)
    return Screen("\n".join([t("directory-your-waiting"), *lines, "", ask]))


def too_long(t: Messages) -> Screen:
    return Screen(t("directory-propose-too-long"))


def categories(chosen: Collection[Category], t: Messages) -> Screen:
    """Every type of service to tick; Done once at least one is ticked."""
    buttons = [
        Button(
            toggle(t("directory-category-button", category=c.value), c in chosen),
            ProposeCategory(c),
        )
        for c in Category
    ]
    done = Button(t("directory-done"), ProposeCategoriesDone()) if chosen else None
    return Screen(t("directory-propose-categories"), (*in_pairs(buttons), *rows(done)))


def ask(step: Step, t: Messages, prompt: str | None = None) -> Screen:
    """A typed step that may be skipped (`prompt` instead of its usual question)."""
    return Screen(t(prompt or PROMPTS[step]), rows(skip(step, t)))


def area(areas: Sequence[Area], t: Messages) -> Screen:
    buttons = [Button(a.name, ProposeArea(a.id)) for a in areas]
    return Screen(t("directory-propose-area"), (*in_pairs(buttons), (skip(Step.AREA, t),)))


def hours(t: Messages) -> Screen:
    return Screen(
        t("directory-propose-hours"),
        rows(
            (
                Button(t("directory-hours-weekdays"), ProposeHours("weekdays")),
                Button(t("directory-hours-always"), ProposeHours("always")),
            ),
            Button(t("directory-hours-custom"), ProposeHours("custom")),
            skip(Step.HOURS, t),
        ),
    )


def yes_no(prompt: str, answer: Callable[[Answer], Callback], t: Messages) -> Screen:
    """Is it free? Can people without papers use it? Yes, no, or not known."""
    return Screen(
        t(prompt),
        rows(
            (
                Button(t("directory-answer-yes"), answer("yes")),
                Button(t("directory-answer-no"), answer("no")),
            ),
            Button(t("directory-answer-unknown"), answer("unknown")),
        ),
    )


def flags(chosen: Collection[str], t: Messages) -> Screen:
    buttons = [
        Button(toggle(t("directory-flag", flag=flag), flag in chosen), ProposeFlag(flag))  # type: ignore[arg-type]
        for flag in FLAGS
    ]
    done = Button(t("directory-done"), ProposeFlagsDone())
    return Screen(t("directory-propose-flags"), (*in_pairs(buttons), (done,)))


def visibility(t: Messages) -> Screen:
    return Screen(
        t("directory-propose-visibility"),
        rows(
            Button(t("directory-visibility-public"), ProposeVisibility("public")),
            Button(t("directory-visibility-peers"), ProposeVisibility("peers")),
        ),
    )


def review(card: str, t: Messages) -> Screen:
    """The proposal as its card will read, to check before sending."""
    return Screen(
        t("directory-propose-review") + "\n\n" + card,
        rows(
            Button(t("directory-send"), ProposeSend()),
            Button(t("common-back"), ProposeCancel()),
        ),
    )


def sent(t: Messages) -> Screen:
    return Screen(t("directory-propose-sent"))


def closed(t: Messages) -> Screen:
    """A button of a proposal that is gone (a restart, /cancel, a quick exit): nothing was sent,
    and the way to start again."""
    return Screen(
        t("directory-propose-closed"),
        rows(Button(t("directory-propose-again"), Go(Entry.PROPOSE)), back_to_menu(t)),
    )
