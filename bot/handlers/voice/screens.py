"""What members see of community voice, as pure functions: the one settings screen (safety
notices, community questions, community updates), the archive (/voice), a question and its
answers, results, an update, and the letters we send: a neutral line a locked phone may show,
a button to read it and one to stop these."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

from bot.handlers.menu import Entry, Go, back_to_menu, main_menu
from bot.handlers.screens import Button, Screen, in_pairs, one_per_row, rows, toggle
from bot.handlers.voice.buttons import (
    AnswerInWords,
    AnswerPoll,
    OpenPoll,
    QuestionAreas,
    ReadUpdate,
    ResultsCsv,
    SendWords,
    ShowResults,
    StopEverything,
    StopThese,
    SwitchTopic,
    ToggleQuestionArea,
)
from bot.i18n import Messages
from bot.people import Viewer
from bot.voice.chart import count_and_share
from bot.voice.exports import ANSWERS
from bot.voice.model import OTHER, Choices, CommunityUpdate, Poll, PollResults, Topic

LABEL_LIMIT = 40  # characters of a question on a button


def short(text: str, limit: int = LABEL_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def when(moment: datetime, zone: ZoneInfo, t: Messages) -> str:
    return format_datetime(moment.astimezone(zone), "d MMM, HH:mm", locale=t.locale)


def day(value: date, t: Messages) -> str:
    return format_date(value, "d MMM y", locale=t.locale)


def _names(area_ids: Sequence[int], areas: Sequence[tuple[int, str]]) -> str:
    names = dict(areas)
    return ", ".join(names[a] for a in area_ids if a in names)


# --- the one settings screen -------------------------------------------------------------------


def settings(choices: Choices, areas: Sequence[tuple[int, str]], t: Messages) -> Screen:
    """What this person gets from us, each switched here; safety notices open their own areas
    (the /alerts screen)."""
    off = t("voice-off")
    alerts = _names(choices.alert_areas, areas) or off
    questions = off
    if choices.questions:
        questions = _names(choices.question_areas, areas) or t("voice-every-area")
    lines = [
        t("voice-settings-intro"),
        "",
        f"{t('menu-alerts')}: {alerts}",
        f"{t('voice-questions')}: {questions}",
        f"{t('voice-updates')}: {t('voice-on') if choices.updates else off}",
    ]
    buttons = [
        Button(t("voice-choose-notice-areas"), Go(Entry.ALERTS)),
        Button(
            toggle(t("voice-questions"), choices.questions),
            SwitchTopic(Topic.QUESTIONS, not choices.questions),
        ),
        Button(t("voice-choose-question-areas"), QuestionAreas()) if choices.questions else None,
        Button(
            toggle(t("voice-updates"), choices.updates),
            SwitchTopic(Topic.UPDATES, not choices.updates),
        ),
        Button(t("voice-stop-everything"), StopEverything()) if choices.anything else None,
        back_to_menu(t),
    ]
    return Screen("\n".join(lines), rows(*buttons))


def question_areas(areas: Sequence[tuple[int, str]], chosen: Sequence[int], t: Messages) -> Screen:
    choices = [
        Button(toggle(name, area_id in chosen), ToggleQuestionArea(area_id))
        for area_id, name in areas
    ]
    return Screen(
        t("voice-question-areas"),
        (*in_pairs(choices), (Button(t("voice-back-to-settings"), Go(Entry.SETTINGS)),)),
    )


def stopped(topic: Topic | None, viewer: Viewer, t: Messages) -> Screen:
    """After "Stop these" (a topic) or "Stop everything" (None)."""
    text = t("voice-stopped", topic=topic.value if topic else "all")
    menu = main_menu(viewer, t, text)
    return Screen(menu.text, (*rows(Button(t("menu-settings"), Go(Entry.SETTINGS))), *menu.rows))


# --- the archive -------------------------------------------------------------------------------


def archive(
    open_polls: Sequence[Poll],
    closed_polls: Sequence[Poll],
    updates: Sequence[CommunityUpdate],
    default: str,
    t: Messages,
) -> Screen:
    """Open questions to answer, closed ones with their results, and the updates sent."""
    lines = [t("voice-archive-title")]
    buttons = [
        Button("❓ " + short(p.wording(t.locale, default).question), OpenPoll(p.id))
        for p in open_polls
    ]
    buttons += [
        Button("📊 " + short(p.wording(t.locale, default).question), ShowResults(p.id))
        for p in closed_polls
    ]
    buttons += [
        Button(
            f"📣 {day(u.sent_on or u.written_on, t)}: " + short(u.text(t.locale, default), 28),
            ReadUpdate(u.id),
        )
        for u in updates
    ]
    if not buttons:
        lines.append(t("voice-archive-empty"))
    settings_button = Button(t("menu-settings"), Go(Entry.SETTINGS))
    return Screen("\n".join(lines), (*one_per_row(buttons), (settings_button, back_to_menu(t))))


def back_to_voice(t: Messages) -> Button:
    return Button(t("menu-voice"), Go(Entry.VOICE))


# --- a question --------------------------------------------------------------------------------


def poll(poll: Poll, default: str, zone: ZoneInfo, t: Messages) -> Screen:
    """The question and one button per answer: one tap answers. Protected: a question may be
    about something sensitive."""
    wording = poll.wording(t.locale, default)
    where = poll.area_name or t("voice-everyone")
    text = "\n\n".join(
        [wording.question, t("voice-poll-closes", area=where, date=when(poll.closes_at, zone, t))]
    )
    answers = [Button(c, AnswerPoll(poll.id, n)) for n, c in enumerate(wording.choices)]
    other = Button(t("voice-in-my-words"), AnswerInWords(poll.id)) if poll.other else None
    return Screen(text, rows(*one_per_row(answers), other, back_to_voice(t)), protect=True)


def answered(saved: bool, poll: Poll, zone: ZoneInfo, t: Messages) -> Screen:
    text = (
        t("voice-answer-saved", date=when(poll.closes_at, zone, t))
        if saved
        else t("voice-answer-already")
    )
    return Screen(text, rows(back_to_voice(t), back_to_menu(t)))


def poll_closed(poll_id: int, t: Messages) -> Screen:
    return Screen(
        t("voice-poll-closed"),
        rows(Button(t("voice-see-results"), ShowResults(poll_id)), back_to_voice(t)),
    )


def type_words(t: Messages) -> Screen:
    return Screen(t("voice-type-words"))


def words_review(poll_id: int, words: str, t: Messages) -> Screen:
    """The words as they will be kept (scrubbed), before they are sent."""
    return Screen(
        t("voice-words-review", words=words),
        rows(Button(t("feedback-send"), SendWords(poll_id)), back_to_voice(t)),
        protect=True,
    )


def words_closed(t: Messages) -> Screen:
    return Screen(t("alerts-form-closed"), rows(back_to_voice(t)))


# --- results -----------------------------------------------------------------------------------


def result_bars(results: PollResults, default: str, t: Messages) -> list[tuple[str, int | None]]:
    wording = results.poll.wording(t.locale, default)
    bars = [(label, results.cells.get(str(n))) for n, label in enumerate(wording.choices)]
    if results.poll.other:
        bars.append((t("voice-in-my-words"), results.cells.get(OTHER)))
    return bars


def results(
    results: PollResults, default: str, k: int, t: Messages, *, csv: bool = False
) -> Screen:
    """Counts and shares, a hidden one said so; under K answers in all, nothing but that. `csv`:
    a lead's button for the same results as a file for partners."""
    wording = results.poll.wording(t.locale, default)
    lines = [t("voice-results-title"), wording.question, ""]
    if not results.enough:
        lines.append(t("voice-results-too-few", k=k))
    else:
        total = results.total
        for label, count in result_bars(results, default, t):
            if count is None:
                lines.append(f"• {label}: {t('voice-hidden')}")
            else:
                lines.append(f"• {label}: {count_and_share(count, total)}")
        lines.append(
            t("voice-results-total", total=total if total is not None else t("voice-hidden"))
        )
        if results.words:
            lines += [
                "",
                t("voice-results-words"),
                *(t("voice-results-quote", words=w) for w in results.words),
            ]
    file = Button(t("voice-results-csv"), ResultsCsv(results.poll.id))
    return Screen(
        "\n".join(lines),
        rows(file if csv and results.enough else None, back_to_voice(t), back_to_menu(t)),
        protect=True,
    )


def partner_names(results: PollResults, default: str, t: Messages) -> dict[str, str]:
    """The rows' names in the CSV for partners (`bot.voice.exports`): "question: answer"."""
    question = results.poll.wording(t.locale, default).question
    labels = [label for label, _ in result_bars(results, default, t)]
    keys = [str(n) for n in range(results.poll.choices)] + ([OTHER] if results.poll.other else [])
    names = {ANSWERS: t("exports-indicator", indicator="answers")}
    names |= {key: _plain(label) for key, label in zip(keys, labels, strict=True)}
    return {key: t("exports-figure-of", what=question, item=name) for key, name in names.items()}


def _plain(label: str) -> str:
    """A button's label without its leading emoji ("✍️ In my own words")."""
    first, _, rest = label.partition(" ")
    return rest if rest and not any(c.isalnum() for c in first) else label


# --- an update ---------------------------------------------------------------------------------


def update(update: CommunityUpdate, default: str, t: Messages) -> Screen:
    """An update in full, after the tap: protected."""
    sent = update.sent_on or update.written_on
    text = f"{t('voice-update-title', date=day(sent, t))}\n\n{update.text(t.locale, default)}"
    see = Button(t("voice-see-results"), ShowResults(update.poll_id)) if update.poll_id else None
    return Screen(text, rows(see, back_to_voice(t)), protect=True)


# --- letters -----------------------------------------------------------------------------------


def poll_letter(poll_id: int, t: Messages) -> Screen:
    """A question as it arrives: a neutral line, Read, and Stop these."""
    return Screen(
        t("voice-poll-letter"),
        rows(
            Button(t("alerts-read"), OpenPoll(poll_id)),
            Button(t("voice-stop-these"), StopThese(Topic.QUESTIONS)),
        ),
        protect=True,
    )


def update_letter(update_id: int, t: Messages) -> Screen:
    return Screen(
        t("voice-update-letter"),
        rows(
            Button(t("alerts-read"), ReadUpdate(update_id)),
            Button(t("voice-stop-these"), StopThese(Topic.UPDATES)),
        ),
        protect=True,
    )
