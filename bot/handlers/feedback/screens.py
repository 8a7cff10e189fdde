"""The screens of the feedback feature, as pure functions: each step of the form, the review, the
answers to a Send, and a lead's report (period picker, text, chart labels, CSV titles)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from bot.directory.core import Category, Service
from bot.feedback.form import FeedbackDraft, Step
from bot.feedback.model import Barrier, FeedbackReport, Given, Ranked, Topic, Waiting
from bot.feedback.report import summary_points
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
    SkipService,
    SkipWords,
    StopForm,
    ToggleBarrier,
    ToggleNeed,
    report_button,
)
from bot.handlers.menu import Entry, Go, back_to_menu, label_of, main_menu
from bot.handlers.screens import Button, Row, Screen, in_pairs, one_per_row, toggle
from bot.i18n import Messages
from bot.people import Viewer

FACES = ("😞", "🙁", "😐", "🙂", "😀")


# --- the form ----------------------------------------------------------------------------------


def _nav(t: Messages) -> Row:
    return (Button(t("feedback-back"), FormBack()), Button(t("feedback-stop"), StopForm()))


def _question(text: str, answers: Sequence[Row], t: Messages) -> Screen:
    return Screen(text, (*answers, _nav(t)))


def intro(t: Messages) -> Screen:
    """What anonymity means here, before any question."""
    start = (Button(t("feedback-begin"), BeginForm()), Button(t("feedback-stop"), StopForm()))
    return Screen(t("feedback-intro"), (start,))


def _skip_service(t: Messages) -> Row:
    return (Button(t("directory-skip"), SkipService()),)


def _faces(question: Literal["staff", "overall"]) -> Row:
    return tuple(Button(face, Rate(question, n)) for n, face in enumerate(FACES, start=1))


def step(draft: FeedbackDraft, t: Messages) -> Screen:
    """The screen of the draft's current step."""
    at = draft.step
    if at is Step.INTRO:
        return intro(t)
    if at is Step.TOPIC:
        topics = [Button(t("feedback-topic-name", topic=p.value), ChooseTopic(p)) for p in Topic]
        return _question(t("feedback-topic"), one_per_row(topics), t)
    if at is Step.SERVICE:
        return _question(t("feedback-which-service"), (_skip_service(t),), t)
    if at is Step.GIVEN:
        answers = [Button(t("feedback-given-answer", given=g.value), AnswerGiven(g)) for g in Given]
        return _question(t("feedback-given"), (tuple(answers),), t)
    if at is Step.EXPLAINED:
        yes_no = (
            Button(t("directory-answer-yes"), AnswerExplained(True)),
            Button(t("directory-answer-no"), AnswerExplained(False)),
        )
        return _question(t("feedback-explained"), (yes_no,), t)
    if at is Step.WAITING:
        bands = [
            Button(t("feedback-waiting-answer", waiting=w.value), AnswerWaiting(w)) for w in Waiting
        ]
        return _question(t("feedback-waiting"), in_pairs(bands), t)
    if at is Step.STAFF:
        return _question(t("feedback-staff"), (_faces("staff"),), t)
    if at is Step.OVERALL:
        return _question(t("feedback-overall"), (_faces("overall"),), t)
    if at is Step.BARRIERS:
        barriers = [
            Button(
                toggle(t("feedback-barrier", barrier=b.value), b in draft.barriers),
                ToggleBarrier(b),
            )
            for b in Barrier
        ]
        done = (Button(t("directory-done"), ChoicesDone("barriers")),)
        return _question(t("feedback-barriers"), (*in_pairs(barriers), done), t)
    if at is Step.NEEDS:
        needs = [
            Button(
                toggle(t("directory-category", category=c.value), c in draft.needs), ToggleNeed(c)
            )
            for c in Category
        ]
        done = (Button(t("directory-done"), ChoicesDone("needs")),)
        return _question(t("feedback-needs"), (*in_pairs(needs), done), t)
    if at is Step.WORDS:
        return _question(t("feedback-free-text"), ((Button(t("directory-skip"), SkipWords()),),), t)
    return review(draft, t)


def review(draft: FeedbackDraft, t: Messages) -> Screen:
    """The last look: the words as they will be kept (already scrubbed), then Send."""
    words = draft.words or t("feedback-nothing")
    text = t("feedback-review") + "\n\n" + t("feedback-review-text", text=words)
    return _question(text, ((Button(t("feedback-send"), SendForm(draft.form)),),), t)


def service_choice(found: Sequence[Service], t: Messages) -> Screen:
    """The services matching what the person typed, or "nothing found"; Skip either way."""
    if not found:
        return _question(t("feedback-no-service-found"), (_skip_service(t),), t)
    services = [Button(s.record.name, PickService(s.id)) for s in found]
    return _question(t("feedback-pick-service"), (*one_per_row(services), _skip_service(t)), t)


def too_long(t: Messages) -> Screen:
    return Screen(t("feedback-too-long"))


def thanks(viewer: Viewer, t: Messages) -> Screen:
    """Only after the submission was committed."""
    return main_menu(viewer, t, t("feedback-thanks"))


def over_the_limit(viewer: Viewer, t: Messages) -> Screen:
    return main_menu(viewer, t, t("feedback-limit"))


def stopped(viewer: Viewer, t: Messages) -> Screen:
    return main_menu(viewer, t, t("common-cancelled"))


def expired(t: Messages) -> Screen:
    """A button of a form that has ended (stopped, left too long, the bot restarted, a quick
    exit): says neither "saved" nor "lost", and offers a fresh form."""
    again = Button(t(label_of(Entry.FEEDBACK)), Go(Entry.FEEDBACK))
    return Screen(t("feedback-expired"), ((again,), (back_to_menu(t),)))


# --- reports -----------------------------------------------------------------------------------


def report_periods(periods: Sequence[str], t: Messages) -> Screen:
    buttons = [Button(period, report_button(period)) for period in periods]
    return Screen(t("feedback-report-choose"), (*in_pairs(buttons), (back_to_menu(t),)))


def report_title(period: str, t: Messages) -> str:
    return t("feedback-report-title", period=period)


def report_empty(period: str, t: Messages) -> Screen:
    return Screen(report_title(period, t) + "\n" + t("feedback-report-empty"), protect=True)


def _topic(t: Messages) -> Callable[[str], str]:
    return lambda code: t("feedback-topic-name", topic=code)


def _barrier(t: Messages) -> Callable[[str], str]:
    return lambda code: t("feedback-barrier", barrier=code)


def _need(t: Messages) -> Callable[[str], str]:
    return lambda code: t("directory-category", category=code)


def _shown(value: int | None, t: Messages) -> str:
    return t("feedback-report-hidden") if value is None else str(value)


def _ranked_lines(items: Sequence[Ranked], name: Callable[[str], str], t: Messages) -> list[str]:
    """One line per named item: hidden counts say so; zeros are left out."""
    lines = []
    for item in items:
        if item.count == 0:
            continue
        share = "" if item.share is None else f" ({round(item.share * 100)}%)"
        line = t(
            "feedback-report-line", name=name(item.code), count=_shown(item.count, t), share=share
        )
        lines.append("  " + line)
    return lines


def report_text(report: FeedbackReport, k: int, t: Messages) -> Screen:
    """A period's evidence and its needs summary, protected (DESIGN rule 6). Every count comes
    from the report, already suppressed (rule 5)."""
    total = _shown(report.submissions, t)
    previous = _shown(report.previous_submissions, t)
    lines = [
        report_title(report.period, t),
        t("feedback-report-submissions", count=total, previous=previous),
        t("feedback-report-topics"),
        *_ranked_lines(report.topics, _topic(t), t),
        t("feedback-report-barriers"),
        *_ranked_lines(report.barriers, _barrier(t), t),
        t("feedback-report-needs"),
        *_ranked_lines(report.needs, _need(t), t),
    ]
    if report.ratings:
        lines.append(t("feedback-report-ratings", k=k))
        for rating in report.ratings:
            average = f"{rating.average:.1f}"
            line = t(
                "feedback-report-rating", name=rating.name, average=average, count=rating.count
            )
            lines.append("  " + line)
    if report.excerpts:
        lines.append(t("feedback-report-excerpts"))
        lines += [f"  “{excerpt}”" for excerpt in report.excerpts]
    summary = [t("feedback-summary", period=report.period, count=total)]
    for kind, code, count, share in summary_points(report):
        if kind == "barrier":
            message, name = "feedback-summary-barrier", _barrier(t)(code)
        else:
            message, name = "feedback-summary-need", _need(t)(code)
        summary.append(t(message, share=round(share * 100), name=name, count=count))
    return Screen("\n".join(lines) + "\n\n" + " ".join(summary), protect=True)


def chart_labels(t: Messages) -> dict[str, str]:
    """The words on the chart: headings, "hidden", and every barrier and need."""
    labels = {
        "hidden": t("feedback-report-hidden"),
        "barriers": t("feedback-report-barriers"),
        "needs": t("feedback-report-needs"),
    }
    labels.update({f"barrier:{b.value}": _barrier(t)(b.value) for b in Barrier})
    labels.update({f"need:{c.value}": _need(t)(c.value) for c in Category})
    return labels


def csv_headers(t: Messages) -> dict[str, str]:
    return {"hidden": t("feedback-report-hidden")}
