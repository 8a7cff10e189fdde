"""What leads see of community voice, as pure functions: the hub, asking a question, writing and
approving an update, campaigns with their links and posters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.handlers.menu import Entry, Go, back_to_menu
from bot.handlers.screens import Button, Screen, in_pairs, one_per_row, rows, toggle
from bot.handlers.voice.buttons import (
    CLOSE_AFTER,
    ApproveUpdate,
    AskAnotherLanguage,
    AskArea,
    AskDay,
    AskDays,
    AskHour,
    AskLanguage,
    AskMonth,
    AskOpensLater,
    AskOpensNow,
    AskOther,
    AskSend,
    AskStart,
    CampaignArea,
    CampaignDay,
    CampaignList,
    CampaignMonth,
    NewCampaign,
    OpenCampaign,
    PosterLanguage,
    PosterTarget,
    RejectUpdate,
    SubmitUpdate,
    UpdateAboutPeriod,
    UpdateAboutPoll,
    UpdateAnotherLanguage,
    UpdateLanguage,
    UpdatesToApprove,
    WriteUpdate,
)
from bot.handlers.voice.screens import day, short, when
from bot.handlers.widgets import month_calendar, time_slots
from bot.i18n import Messages, language_name
from bot.voice.model import Campaign, CommunityUpdate, Poll, PollState, Target, Wording


def hub(waiting: int, t: Messages) -> Screen:
    """A lead's community voice: ask, write an update, approve one, campaigns, results."""
    return Screen(
        t("voice-team-title"),
        rows(
            Button(t("voice-ask"), AskStart()),
            Button(t("voice-write-update"), WriteUpdate()),
            Button(t("voice-to-approve", count=waiting), UpdatesToApprove()),
            Button(t("voice-campaigns"), CampaignList()),
            Button(t("menu-voice"), Go(Entry.VOICE)),
            back_to_menu(t),
        ),
    )


def back_to_hub(t: Messages) -> Button:
    return Button(t("menu-voice-team"), Go(Entry.VOICE_TEAM))


def form_closed(t: Messages) -> Screen:
    """A lead's form whose draft is gone: nothing was sent; back to the hub or the menu."""
    return Screen(t("alerts-form-closed"), rows(back_to_hub(t), back_to_menu(t)))


def area_choice(
    areas: Sequence[tuple[int, str]], t: Messages, make: type[AskArea] | type[CampaignArea]
) -> Screen:
    """An area, or everyone."""
    buttons = [Button(t("voice-everyone"), make(None))]
    buttons += [Button(name, make(area_id)) for area_id, name in areas]
    return Screen(t("voice-which-area"), (*in_pairs(buttons), (back_to_hub(t),)))


def languages(
    written: Sequence[str],
    t: Messages,
    make: type[AskLanguage] | type[UpdateLanguage],
    locales: Sequence[str],
) -> Screen:
    """The deployment's languages not written yet; people whose language is missing read the
    default's."""
    buttons = [
        Button(language_name(locale), make(locale)) for locale in locales if locale not in written
    ]
    return Screen(t("voice-which-language"), (*in_pairs(buttons), (back_to_hub(t),)))


def type_question(locale: str, t: Messages) -> Screen:
    return Screen(t("voice-type-question", language=language_name(locale)))


def type_choices(needed: int | None, problem: str | None, t: Messages) -> Screen:
    text = (
        t("voice-type-choices") if needed is None else t("voice-type-choices-again", count=needed)
    )
    if problem is not None:
        text = t("voice-choices-problem", problem=problem) + "\n\n" + text
    return Screen(text)


def _wording_lines(wording: Wording) -> str:
    answers = "\n".join(f"{n}. {c}" for n, c in enumerate(wording.choices, start=1))
    return f"[{language_name(wording.locale)}] {wording.question}\n{answers}"


def ask_review(
    wordings: Sequence[Wording],
    area: str,
    other: bool,
    opens_at: datetime | None,
    days: int,
    zone: ZoneInfo,
    t: Messages,
    locales: Sequence[str],
) -> Screen:
    """The question in every language written, where, when, for how long; and the switches."""
    opens = t("voice-opens-now") if opens_at is None else when(opens_at, zone, t)
    text = "\n\n".join(
        [
            *(_wording_lines(w) for w in wordings),
            t("voice-ask-summary", area=area, opens=opens, days=days),
        ]
    )
    more = (
        Button(t("voice-another-language"), AskAnotherLanguage())
        if len(wordings) < len(locales)
        else None
    )
    lengths = [Button(toggle(t("voice-days", count=n), n == days), AskDays(n)) for n in CLOSE_AFTER]
    return Screen(
        text,
        rows(
            more,
            Button(toggle(t("voice-in-my-words"), other), AskOther(not other)),
            [
                Button(toggle(t("voice-opens-now"), opens_at is None), AskOpensNow()),
                Button(t("voice-opens-later"), AskOpensLater()),
            ],
            lengths,
            Button(t("voice-send-question"), AskSend()),
            back_to_hub(t),
        ),
    )


def open_day(month: date, today: date, t: Messages) -> Screen:
    return Screen(
        t("voice-which-day"),
        (*month_calendar(month, today, t, AskDay, AskMonth), (back_to_hub(t),)),
    )


def open_hour(t: Messages) -> Screen:
    hours = time_slots([time(h) for h in range(24)], AskHour, per_row=6)
    return Screen(t("voice-which-hour"), (*hours, (back_to_hub(t),)))


def asked(poll: Poll, queued: int, zone: ZoneInfo, t: Messages) -> Screen:
    """Sent now (to how many), or when it will be."""
    if poll.state is PollState.SCHEDULED:
        text = t("voice-asked-later", date=when(poll.opens_at, zone, t))
    else:
        text = t("voice-asked", count=queued)
    return Screen(text, rows(back_to_hub(t), back_to_menu(t)))


# --- updates -----------------------------------------------------------------------------------


def update_about(
    polls: Sequence[Poll], periods: Sequence[str], default: str, t: Messages
) -> Screen:
    """A closed poll or a finished feedback report period: what the update answers."""
    buttons = [
        Button("📊 " + short(p.wording(t.locale, default).question), UpdateAboutPoll(p.id))
        for p in polls
    ]
    buttons += [Button("📈 " + period, UpdateAboutPeriod(period)) for period in periods]
    return Screen(t("voice-update-about"), (*one_per_row(buttons), (back_to_hub(t),)))


def type_update(locale: str, t: Messages) -> Screen:
    return Screen(t("voice-type-update", language=language_name(locale)))


def update_review(texts: Sequence[tuple[str, str]], t: Messages, locales: Sequence[str]) -> Screen:
    """The update in every language written, as people will read it (scrubbed)."""
    body = "\n\n".join(f"[{language_name(locale)}] {text}" for locale, text in texts)
    more = (
        Button(t("voice-another-language"), UpdateAnotherLanguage())
        if len(texts) < len(locales)
        else None
    )
    return Screen(
        t("voice-update-review") + "\n\n" + body,
        rows(more, Button(t("voice-submit-update"), SubmitUpdate()), back_to_hub(t)),
    )


def update_submitted(t: Messages) -> Screen:
    return Screen(t("voice-update-submitted"), rows(back_to_hub(t), back_to_menu(t)))


def to_approve(update: CommunityUpdate | None, about: str, t: Messages) -> Screen:
    if update is None:
        return Screen(t("voice-none-to-approve"), rows(back_to_hub(t)))
    body = "\n\n".join(f"[{language_name(locale)}] {text}" for locale, text in update.texts)
    return Screen(
        t("voice-approve-intro", about=about) + "\n\n" + body,
        rows(
            Button(t("voice-approve"), ApproveUpdate(update.id)),
            Button(t("voice-reject"), RejectUpdate(update.id)),
            back_to_hub(t),
        ),
    )


def approved(count: int, t: Messages) -> Screen:
    return Screen(t("voice-approved", count=count), rows(back_to_hub(t)))


def rejected(t: Messages) -> Screen:
    return Screen(t("voice-rejected"), rows(back_to_hub(t)))


# --- campaigns ---------------------------------------------------------------------------------


def campaigns(found: Sequence[Campaign], t: Messages) -> Screen:
    buttons = [Button(c.name, OpenCampaign(c.id)) for c in found]
    return Screen(
        t("voice-campaigns-title") if found else t("voice-no-campaigns"),
        (
            *one_per_row(buttons),
            (Button(t("voice-new-campaign"), NewCampaign()),),
            (back_to_hub(t),),
        ),
    )


def type_campaign_name(t: Messages) -> Screen:
    return Screen(t("voice-type-campaign-name"))


def campaign_day(first: bool, month: date, today: date, t: Messages) -> Screen:
    text = t("voice-campaign-starts") if first else t("voice-campaign-ends")
    return Screen(
        text, (*month_calendar(month, today, t, CampaignDay, CampaignMonth), (back_to_hub(t),))
    )


def campaign(found: Campaign, links: Sequence[tuple[Target, str]], t: Messages) -> Screen:
    """A campaign: where and when, its code, its links; posters by where they point."""
    lines = [
        t(
            "voice-campaign",
            name=found.name,
            area=found.area_name or t("voice-everyone"),
            start=day(found.starts_on, t),
            end=day(found.ends_on, t),
            code=found.code,
        ),
        "",
        *(f"{t('voice-target', target=target.value)}: {link}" for target, link in links),
        "",
        t("voice-posters-intro"),
    ]
    posters = [
        Button(t("voice-poster-for", target=target.value), PosterTarget(found.id, target))
        for target, _ in links
    ]
    return Screen(
        "\n".join(lines),
        (*in_pairs(posters), (Button(t("voice-campaigns"), CampaignList()),), (back_to_hub(t),)),
    )


def poster_languages(
    campaign_id: int, target: Target, t: Messages, locales: Sequence[str]
) -> Screen:
    buttons = [
        Button(language_name(locale), PosterLanguage(campaign_id, target, locale))
        for locale in locales
    ]
    return Screen(
        t("voice-poster-language"),
        (*in_pairs(buttons), (Button(t("voice-campaigns"), OpenCampaign(campaign_id)),)),
    )
