"""Telegram adapters for community voice. `buttons` (button data), `screens` (what members see)
and `team_screens` (what leads see), pure; then handlers by job:

- `choices`: the one settings screen (/settings): safety notices (their areas on the /alerts
  screen), community questions (areas), community updates; "Stop these" under every question
  and update; "Stop everything", which a block (a 403) does too;
- `consult`: the archive (/voice), a question and one-tap answers (or words), results after
  closing (and, for a lead, as a CSV for partners), updates; the letters of questions and updates; the job that opens and closes polls;
- `ask`: a lead asks the community (a typed flow);
- `updates`: "you said, we did": a lead writes, another lead or an admin approves;
- `campaigns`: a lead's campaigns, their links and posters;
- `reach`: campaign links (`/start c_<code>`), what followed them, and the reach in /figures;
- `closed`: a lead's form that closed.

The domain is in `bot/voice/`.
"""

from __future__ import annotations

from bot.common.outbox import Purpose
from bot.handlers.deeplinks import LinkKind
from bot.handlers.menu import Entry
from bot.handlers.routing import Routes
from bot.handlers.voice import ask, campaigns, choices, consult, reach, updates
from bot.handlers.voice.buttons import (
    AnswerInWords,
    AnswerPoll,
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
    OpenPoll,
    PosterLanguage,
    PosterTarget,
    QuestionAreas,
    ReadUpdate,
    RejectUpdate,
    ResultsCsv,
    SendWords,
    ShowResults,
    StopEverything,
    StopThese,
    SubmitUpdate,
    SwitchTopic,
    ToggleQuestionArea,
    UpdateAboutPeriod,
    UpdateAboutPoll,
    UpdateAnotherLanguage,
    UpdateLanguage,
    UpdatesToApprove,
    WriteUpdate,
)
from bot.people import Role
from bot.voice.polls import POLL_LETTER
from bot.voice.updates import UPDATE_LETTER


def register(routes: Routes) -> None:
    routes.entry(Entry.SETTINGS, choices.settings_screen)
    routes.tap(SwitchTopic, choices.switch_topic)
    routes.tap(QuestionAreas, choices.question_areas)
    routes.tap(ToggleQuestionArea, choices.toggle_question_area)
    routes.tap(StopThese, choices.stop_these)
    routes.tap(StopEverything, choices.stop_everything)

    routes.entry(Entry.VOICE, consult.archive)
    routes.tap(OpenPoll, consult.open_poll)
    routes.tap(AnswerPoll, consult.answer_poll)
    routes.tap(AnswerInWords, consult.answer_in_words)
    routes.flow(consult.WORDS)
    routes.tap(SendWords, consult.send_words)
    routes.tap(ShowResults, consult.show_results)
    routes.tap(ResultsCsv, consult.results_csv, Role.LEAD)
    routes.tap(ReadUpdate, consult.read_update)
    routes.letter(POLL_LETTER, consult.render_poll)
    routes.letter(UPDATE_LETTER, consult.render_update)
    routes.at_start(consult.schedule_polls)
    # A block ends every opt-in at once, whichever letter met it.
    routes.on_blocked(Purpose.VOICE, choices.forget_chat)
    routes.on_blocked(Purpose.ALERTS, choices.forget_chat)

    routes.entry(Entry.VOICE_TEAM, updates.hub)
    routes.flow(ask.ASK)
    routes.tap(AskStart, ask.ask_start, Role.LEAD)
    routes.tap(AskArea, ask.area_chosen, Role.LEAD)
    routes.tap(AskLanguage, ask.language_chosen, Role.LEAD)
    routes.tap(AskAnotherLanguage, ask.another_language, Role.LEAD)
    routes.tap(AskOther, ask.other_switched, Role.LEAD)
    routes.tap(AskOpensNow, ask.opens_now, Role.LEAD)
    routes.tap(AskOpensLater, ask.opens_later, Role.LEAD)
    routes.tap(AskMonth, ask.month_shown, Role.LEAD)
    routes.tap(AskDay, ask.day_chosen, Role.LEAD)
    routes.tap(AskHour, ask.hour_chosen, Role.LEAD)
    routes.tap(AskDays, ask.days_chosen, Role.LEAD)
    routes.tap(AskSend, ask.send, Role.LEAD)

    routes.flow(updates.WRITE)
    routes.tap(WriteUpdate, updates.write_start, Role.LEAD)
    routes.tap(UpdateAboutPoll, updates.about_poll, Role.LEAD)
    routes.tap(UpdateAboutPeriod, updates.about_period, Role.LEAD)
    routes.tap(UpdateLanguage, updates.language_chosen, Role.LEAD)
    routes.tap(UpdateAnotherLanguage, updates.another_language, Role.LEAD)
    routes.tap(SubmitUpdate, updates.submit, Role.LEAD)
    routes.tap(UpdatesToApprove, updates.to_approve, Role.LEAD)
    routes.tap(ApproveUpdate, updates.approve, Role.LEAD)
    routes.tap(RejectUpdate, updates.reject, Role.LEAD)

    routes.flow(campaigns.NEW)
    routes.tap(CampaignList, campaigns.campaign_list, Role.LEAD)
    routes.tap(NewCampaign, campaigns.new_campaign, Role.LEAD)
    routes.tap(CampaignArea, campaigns.area_chosen, Role.LEAD)
    routes.tap(CampaignMonth, campaigns.month_shown, Role.LEAD)
    routes.tap(CampaignDay, campaigns.day_chosen, Role.LEAD)
    routes.tap(OpenCampaign, campaigns.open_campaign, Role.LEAD)
    routes.tap(PosterTarget, campaigns.poster_target, Role.LEAD)
    routes.tap(PosterLanguage, campaigns.poster_language, Role.LEAD)

    routes.link(LinkKind.CAMPAIGN, reach.opened)
