"""The buttons of community voice. Prefixes start with `v`: members' settings and polls, then a
lead's question, update and campaign forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Annotated

from bot.handlers.callbacks import Between, Callback
from bot.voice.model import Target, Topic

# One of the deployment's LOCALES (built in or added by its content pack), checked when tapped.
Locale = str
CLOSE_AFTER: tuple[int, ...] = (3, 7, 14)

# --- one settings screen -----------------------------------------------------------------------


@dataclass(frozen=True)
class SwitchTopic(Callback, prefix="vsw"):
    """Community questions or updates on (True) or off."""

    topic: Topic
    on: bool


@dataclass(frozen=True)
class QuestionAreas(Callback, prefix="vqa"):
    """The areas someone gets questions about."""


@dataclass(frozen=True)
class ToggleQuestionArea(Callback, prefix="vqarea"):
    area_id: int


@dataclass(frozen=True)
class StopThese(Callback, prefix="vstop"):
    """Under every question or update we send: no more of these."""

    topic: Topic


@dataclass(frozen=True)
class StopEverything(Callback, prefix="vstopall"):
    """Notices, questions and updates: all stopped, no chat id kept for them."""


# --- members: polls and updates ----------------------------------------------------------------


@dataclass(frozen=True)
class OpenPoll(Callback, prefix="vpoll"):
    poll_id: int


@dataclass(frozen=True)
class AnswerPoll(Callback, prefix="vans"):
    """One tap answers: the choice's index."""

    poll_id: int
    choice: Annotated[int, Between(0, 5)]


@dataclass(frozen=True)
class AnswerInWords(Callback, prefix="vwords"):
    """ "Other, in my words": type it, see it back scrubbed, then send."""

    poll_id: int


@dataclass(frozen=True)
class SendWords(Callback, prefix="vwsend"):
    poll_id: int


@dataclass(frozen=True)
class ShowResults(Callback, prefix="vres"):
    poll_id: int


@dataclass(frozen=True)
class ResultsCsv(Callback, prefix="vcsv"):
    """A lead: a closed poll's results as a CSV for partners (HXL), suppressed."""

    poll_id: int


@dataclass(frozen=True)
class ReadUpdate(Callback, prefix="vupd"):
    update_id: int


# --- a lead asks the community -----------------------------------------------------------------


@dataclass(frozen=True)
class AskStart(Callback, prefix="vask"):
    pass


@dataclass(frozen=True)
class AskArea(Callback, prefix="vaarea"):
    """An area, or everyone (None)."""

    area_id: int | None


@dataclass(frozen=True)
class AskLanguage(Callback, prefix="valang"):
    locale: Locale


@dataclass(frozen=True)
class AskAnotherLanguage(Callback, prefix="vaadd"):
    pass


@dataclass(frozen=True)
class AskOther(Callback, prefix="vaother"):
    """Offer "other, in my words" (True) or not."""

    on: bool


@dataclass(frozen=True)
class AskOpensNow(Callback, prefix="vanow"):
    pass


@dataclass(frozen=True)
class AskOpensLater(Callback, prefix="valater"):
    """Choose the day and hour it opens."""


@dataclass(frozen=True)
class AskMonth(Callback, prefix="vamonth"):
    month: date


@dataclass(frozen=True)
class AskDay(Callback, prefix="vaday"):
    day: date


@dataclass(frozen=True)
class AskHour(Callback, prefix="vahour"):
    hour: time


@dataclass(frozen=True)
class AskDays(Callback, prefix="vadays"):
    days: Annotated[int, Between(1, 30)]


@dataclass(frozen=True)
class AskSend(Callback, prefix="vasend"):
    pass


# --- "you said, we did" ------------------------------------------------------------------------


@dataclass(frozen=True)
class WriteUpdate(Callback, prefix="vwrite"):
    pass


@dataclass(frozen=True)
class UpdateAboutPoll(Callback, prefix="vupoll"):
    poll_id: int


@dataclass(frozen=True)
class UpdateAboutPeriod(Callback, prefix="vuper"):
    """A finished feedback report's period: YYYY-MM or YYYY-Qn."""

    period: str


@dataclass(frozen=True)
class UpdateLanguage(Callback, prefix="vulang"):
    locale: Locale


@dataclass(frozen=True)
class UpdateAnotherLanguage(Callback, prefix="vuadd"):
    pass


@dataclass(frozen=True)
class SubmitUpdate(Callback, prefix="vusub"):
    pass


@dataclass(frozen=True)
class UpdatesToApprove(Callback, prefix="vuwait"):
    pass


@dataclass(frozen=True)
class ApproveUpdate(Callback, prefix="vuok"):
    update_id: int


@dataclass(frozen=True)
class RejectUpdate(Callback, prefix="vuno"):
    update_id: int


# --- campaigns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignList(Callback, prefix="vcamps"):
    pass


@dataclass(frozen=True)
class NewCampaign(Callback, prefix="vcnew"):
    pass


@dataclass(frozen=True)
class CampaignArea(Callback, prefix="vcarea"):
    area_id: int | None


@dataclass(frozen=True)
class CampaignMonth(Callback, prefix="vcmonth"):
    month: date


@dataclass(frozen=True)
class CampaignDay(Callback, prefix="vcday"):
    """The first day, then the last."""

    day: date


@dataclass(frozen=True)
class OpenCampaign(Callback, prefix="vcopen"):
    campaign_id: int


@dataclass(frozen=True)
class PosterTarget(Callback, prefix="vcpt"):
    """Posters whose QR code opens `target`: choose the language next."""

    campaign_id: int
    target: Target


@dataclass(frozen=True)
class PosterLanguage(Callback, prefix="vcpl"):
    campaign_id: int
    target: Target
    locale: Locale
