"""The words of community voice, as plain values: what people opt in to, polls and their
wordings, results, updates, campaigns and their reach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

MAX_CHOICES = 6
MIN_CHOICES = 2
CHOICE_LIMIT = 40  # characters of an answer's label: a button on a phone
QUESTION_LIMIT = 300
WORDS_LIMIT = 300  # "other, in my words"
UPDATE_LIMIT = 1000
NAME_LIMIT = 60
OTHER = "other"  # the results' cell of answers in people's own words


class Topic(StrEnum):
    """What someone can get from community voice (safety notices are the safety feature's)."""

    QUESTIONS = "questions"
    UPDATES = "updates"


class Reach(StrEnum):
    """What is counted of a campaign, per ISO week: a count and nothing else."""

    START = "start"  # someone opened the bot through one of its links
    FEEDBACK = "feedback"  # ...and then gave feedback
    OPT_IN = "optin"  # ...and then opted in to notices, questions or updates


class Target(StrEnum):
    """Where a campaign's link opens."""

    MENU = "menu"
    FEEDBACK = "fb"
    OPT_IN = "optin"
    TALK = "talk"


class PollState(StrEnum):
    SCHEDULED = "scheduled"
    OPEN = "open"
    CLOSED = "closed"


class Answered(StrEnum):
    SAVED = "saved"
    ALREADY = "already"  # this person answered this poll before
    CLOSED = "closed"  # not open (not yet, or any more)


@dataclass(frozen=True)
class Choices:
    """One person's opt-ins, as the settings screen shows them."""

    alert_areas: tuple[int, ...] = ()
    questions: bool = False
    question_areas: tuple[int, ...] = ()  # none: every area
    updates: bool = False

    @property
    def anything(self) -> bool:
        return bool(self.alert_areas) or self.questions or self.updates


@dataclass(frozen=True)
class Wording:
    """A poll in one language."""

    locale: str
    question: str
    choices: tuple[str, ...]


def in_language(texts: tuple[tuple[str, str], ...], locale: str, default: str) -> str:
    """The text in `locale`, else the deployment's default language, else the first written."""
    by_locale = dict(texts)
    return by_locale.get(locale) or by_locale.get(default) or texts[0][1]


@dataclass(frozen=True)
class Poll:
    id: int
    area_id: int | None  # None: everyone
    area_name: str | None
    choices: int
    other: bool
    opens_at: datetime
    closes_at: datetime
    state: PollState
    wordings: tuple[Wording, ...]

    def wording(self, locale: str, default: str) -> Wording:
        """In `locale`, else the deployment's default language, else the first written."""
        by_locale = {w.locale: w for w in self.wordings}
        return by_locale.get(locale) or by_locale.get(default) or self.wordings[0]


@dataclass(frozen=True)
class PollPlan:
    """What a lead asks: where, in which words, whether "other" may be typed, when, how long."""

    area_id: int | None
    wordings: tuple[Wording, ...]
    other: bool
    opens_at: datetime | None  # None: now
    days: int


@dataclass(frozen=True)
class PollResults:
    """A closed poll's answers after suppression: cells by choice index ("0".."5") and
    `OTHER`; None where hidden. Nothing at all (`enough` False) under K answers in all."""

    poll: Poll
    enough: bool
    cells: dict[str, int | None]
    total: int | None
    words: tuple[str, ...] = ()  # people's own words, only when their cell is shown


@dataclass(frozen=True)
class CommunityUpdate:
    id: int
    poll_id: int | None
    period: str | None
    state: str  # waiting, sent, rejected
    written_by: int | None
    texts: tuple[tuple[str, str], ...]  # (locale, text), in writing order
    written_on: date
    sent_on: date | None

    def text(self, locale: str, default: str) -> str:
        return in_language(self.texts, locale, default)


@dataclass(frozen=True)
class Campaign:
    id: int
    code: str
    name: str
    area_id: int | None
    area_name: str | None
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class CampaignReach:
    """One campaign's counts in a month, each None when hidden (1 to K-1, or to protect one)."""

    campaign_id: int
    name: str
    counts: dict[Reach, int | None]


@dataclass(frozen=True)
class MonthReach:
    month: str
    readable: bool  # False until the month's last ISO week is over (two readings subtract)
    campaigns: tuple[CampaignReach, ...] = ()
    totals: dict[Reach, int | None] | None = None
