"""The screens of the feedback feature, as pure functions: each step of the form, the review, the
answers to a Send, a lead's report (period picker, text, chart labels, the CSV of its figures)
and the note that a service went back to review."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from bot.directory.core import Category, ResultPage, Service
from bot.feedback.form import FeedbackDraft, Step
from bot.feedback.model import Barrier, FeedbackReport, Given, Ranked, SummaryPoint, Topic, Waiting
from bot.feedback.report import summary_points
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
    SendForm,
    ServicesOfType,
    ServiceTypes,
    SkipService,
    SkipWords,
    StopForm,
    ToggleBarrier,
    ToggleNeed,
    report_button,
)
from bot.handlers.menu import Entry, Go, back_to_menu, label_of, main_menu
from bot.handlers.screens import Button, Row, Screen, in_pairs, one_per_row, rows, toggle
from bot.i18n import Messages
from bot.people import Viewer

FACES = ("😞", "🙁", "😐", "🙂", "😀")


# --- the form ----------------------------------------------------------------------------------


def _nav(t: Messages) -> Row:
    return (Button(t("feedback-back"), FormBack()), Button(t("feedback-stop"), StopForm()))


def _question(text: str, answers: Sequence[Row], t: Messages) -> Screen:
    return Screen(text, (*answers, _nav(t)))


def intro(t: Messages, service: str | None = None) -> Screen:
    """What anonymity means here, before any question; the service first when the way in named
    one (a link on a leaflet, a service card)."""
    start = (Button(t("feedback-begin"), BeginForm()), Button(t("feedback-stop"), StopForm()))
    text = t("feedback-intro")
    if service is not None:
        text = t("feedback-about-service", name=service) + "\n\n" + text
    return Screen(text, (start,))


def _skip_service(t: Messages) -> Row:
    return (Button(t("feedback-service-not-say"), SkipService()),)


def _other_types(t: Messages) -> Row:
    return (Button(t("feedback-other-types"), ServiceTypes()),)


def service_types(draft: FeedbackDraft, t: Messages) -> Screen:
    """Which service, by buttons alone: its type first (the type looked at last on top), or
    "I'd rather not say"; typing part of its name works too."""
    order = list(Category)
    if draft.first_type is not None:
        order.remove(draft.first_type)
        order.insert(0, draft.first_type)
    types = [
        Button(t("directory-category-button", category=c.value), ServicesOfType(c, 0))
        for c in order
    ]
    return _question(t("feedback-which-service"), (*in_pairs(types), _skip_service(t)), t)


def _faces(question: Literal["staff", "overall"]) -> Row:
    return tuple(Button(face, Rate(question, n)) for n, face in enumerate(FACES, start=1))


def step(draft: FeedbackDraft, t: Messages) -> Screen:
    """The screen of the draft's current step."""
    at = draft.step
    if at is Step.INTRO:
        return intro(t, draft.service_name)
    if at is Step.TOPIC:
        topics = [Button(t("feedback-topic-name", topic=p.value), ChooseTopic(p)) for p in Topic]
        return _question(t("feedback-topic"), one_per_row(topics), t)
    if at is Step.SERVICE:
        return service_types(draft, t)
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
                toggle(t("directory-category-button", category=c.value), c in draft.needs),
                ToggleNeed(c),
            )
            for c in Category
        ]
        done = (Button(t("directory-done"), ChoicesDone("needs")),)
        return _question(t("feedback-needs"), (*in_pairs(needs), done), t)
    if at is Step.WORDS:
        return _question(t("feedback-free-text"), ((Button(t("directory-skip"), SkipWords()),),), t)
    return review(draft, t)


def _face(rating: int) -> str:
    return FACES[rating - 1]


def _answer_lines(draft: FeedbackDraft, t: Messages) -> list[str]:
    """Every answer given, one line each, in the order asked."""
    answers = draft.answers
    lines = []
    if draft.topic is not None:
        lines.append(_said(t("feedback-topic"), t("feedback-topic-name", topic=draft.topic.value)))
    if draft.service_name is not None:
        lines.append(t("feedback-review-service", name=draft.service_name))
    elif draft.service_skipped:
        lines.append(t("feedback-review-service", name=t("feedback-service-not-say")))
    if answers.given is not None:
        given = t("feedback-given-answer", given=answers.given.value)
        lines.append(_said(t("feedback-given"), given))
    if answers.explained is not None:
        yes_no = t("directory-answer-yes") if answers.explained else t("directory-answer-no")
        lines.append(_said(t("feedback-explained"), yes_no))
    if answers.waiting is not None:
        waited = t("feedback-waiting-answer", waiting=answers.waiting.value)
        lines.append(_said(t("feedback-waiting"), waited))
    if answers.staff is not None:
        lines.append(_said(t("feedback-staff"), _face(answers.staff)))
    if answers.overall is not None:
        lines.append(_said(t("feedback-overall"), _face(answers.overall)))
    nothing = t("feedback-nothing")
    barriers = [t("feedback-barrier", barrier=b.value) for b in draft.barriers]
    lines.append(t("feedback-review-barriers", list=t.list(barriers) or nothing))
    needs = [t("directory-category", category=c.value) for c in draft.needs]
    lines.append(t("feedback-review-needs", list=t.list(needs) or nothing))
    return lines


def _said(question: str, answer: str) -> str:
    return f"{question} {answer}"


def review(draft: FeedbackDraft, t: Messages) -> Screen:
    """The last look: every answer, and the words as they will be kept (already scrubbed), then
    Send."""
    words = draft.words or t("feedback-nothing")
    text = "\n".join(
        [t("feedback-review"), "", *_answer_lines(draft, t), t("feedback-review-text", text=words)]
    )
    return _question(text, ((Button(t("feedback-send"), SendForm(draft.form)),),), t)


def service_choice(found: Sequence[Service], t: Messages) -> Screen:
    """The services matching what the person typed, or "nothing found"; the types and "I'd
    rather not say" either way."""
    if not found:
        return _question(t("feedback-no-service-found"), (_other_types(t), _skip_service(t)), t)
    services = [Button(s.record.name, PickService(s.id)) for s in found]
    return _question(
        t("feedback-pick-service"), (*one_per_row(services), _other_types(t), _skip_service(t)), t
    )


def services_of_type(category: Category, found: ResultPage, t: Messages) -> Screen:
    """One page of the services of a type, by name, to tap; More, the other types, and "I'd
    rather not say"."""
    services = [Button(s.record.name, PickService(s.id)) for s in found.services]
    more = Button(t("feedback-more"), ServicesOfType(category, found.page + 1))
    text = t("feedback-pick-service") if services else t("feedback-no-service-of-type")
    lines = (*one_per_row(services), *rows(more if found.has_more else None))
    return _question(text, (*lines, _other_types(t), _skip_service(t)), t)


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


def report_few(period: str, k: int, t: Messages) -> Screen:
    """Answers there were, but fewer than K: nothing more is shown (DESIGN rule 5)."""
    return Screen(report_title(period, t) + "\n" + t("feedback-report-few", k=k), protect=True)


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
    summary = needs_summary(report, k, t)
    return Screen("\n".join(lines) + "\n\n" + "\n".join(summary), protect=True)


def _before(count: int | None, period: str, k: int, t: Messages) -> str:
    if count is None:
        return t("feedback-summary-before-few", period=period, k=k)
    return t("feedback-summary-before", period=period, count=count)


def _statement(point: SummaryPoint, before: str, k: int, t: Messages) -> str:
    name = _barrier(t)(point.code) if point.kind == "barrier" else _need(t)(point.code)
    message = "feedback-summary-barrier" if point.kind == "barrier" else "feedback-summary-need"
    if point.count is None or point.share is None:
        return t(message + "-few", name=name, k=k, before=before)
    share = round(point.share * 100)
    return t(message, name=name, count=point.count, share=share, before=before)


def needs_summary(report: FeedbackReport, k: int, t: Messages) -> list[str]:
    """Sentences ready for a needs assessment or a funding proposal: they count answers (one
    person may answer more than once), say "fewer than K" where the report hides a count, and
    compare each statement with the period before."""
    before = report.previous_period
    head = t(
        "feedback-summary",
        period=report.period,
        count=report.submissions if report.submissions is not None else _shown(None, t),
        before=_before(report.previous_submissions, before, k, t),
    )
    statements = [
        _statement(point, _before(point.previous, before, k, t), k, t)
        for point in summary_points(report)
    ]
    return [head, *statements]


def chart_labels(k: int, t: Messages) -> dict[str, str]:
    """The words on the chart: headings, "<K" for a hidden count (barriers and needs are hidden
    only when small), and every barrier and need."""
    labels = {
        "hidden": t("feedback-chart-hidden", k=k),
        "barriers": t("feedback-report-barriers"),
        "needs": t("feedback-report-needs"),
    }
    labels.update({f"barrier:{b.value}": _barrier(t)(b.value) for b in Barrier})
    labels.update({f"need:{c.value}": _need(t)(c.value) for c in Category})
    return labels


def _item_name(section: str, code: str, t: Messages) -> str:
    if section == "topic":
        return _topic(t)(code)
    if section == "barrier":
        return _barrier(t)(code)
    if section == "need":
        return _need(t)(code)
    return code  # a period, or a service's name


def partner_names(report: FeedbackReport, t: Messages) -> dict[str, str]:
    """The name of every figure in the CSV for partners (`bot.feedback.exports`)."""

    def of(what: str, item: str) -> str:
        return t("exports-figure-of", what=t("exports-indicator", indicator=what), item=item)

    names = {
        key: t("exports-indicator", indicator=key)
        for key in ("answers", "rating_average", "rating_answers")
    }
    for section, ranked, name in (
        ("topic", report.topics, _topic(t)),
        ("barrier", report.barriers, _barrier(t)),
        ("need", report.needs, _need(t)),
    ):
        names.update({f"{section}:{row.code}": of(section, name(row.code)) for row in ranked})
    return names


# --- the note to leads -------------------------------------------------------------------------


def flagged_note(service_id: int, t: Messages) -> Screen:
    """What a lead's phone shows unasked: a neutral line (no service, no reason) and Read."""
    read = Button(t("feedback-flagged-read"), FlaggedDetails(service_id))
    return Screen(t("feedback-flagged-note"), rows(read))


def flagged_details(name: str, count: int, t: Messages) -> Screen:
    """After the tap: which service went back to review and why, counts only; protected."""
    review = Button(t(label_of(Entry.REVIEW)), Go(Entry.REVIEW))
    return Screen(t("feedback-flagged", name=name, count=count), rows(review), protect=True)
