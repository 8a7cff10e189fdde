"""The buttons of the people feature."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from bot.handlers.callbacks import Between, Callback


@dataclass(frozen=True)
class ChooseLanguage(Callback, prefix="lang"):
    """One of the deployment's LOCALES (built in or added by its content pack), checked when
    tapped: a code the deployment does not serve gets the neutral refusal."""

    locale: str


@dataclass(frozen=True)
class ForgetLanguage(Callback, prefix="forget"):
    pass


@dataclass(frozen=True)
class InviteAs(Callback, prefix="invite"):
    role: Literal["peer", "lead"]


@dataclass(frozen=True)
class KeepAlias(Callback, prefix="alias"):
    pass


@dataclass(frozen=True)
class TeamPage(Callback, prefix="team"):
    page: Annotated[int, Between(0, 9999)]


@dataclass(frozen=True)
class OpenMember(Callback, prefix="member"):
    person_id: int


@dataclass(frozen=True)
class ChooseMemberArea(Callback, prefix="mareas"):
    person_id: int


@dataclass(frozen=True)
class PlaceInArea(Callback, prefix="marea"):
    person_id: int
    area_id: int


@dataclass(frozen=True)
class Deactivate(Callback, prefix="deact"):
    """Asks first: taking away someone's access is not undone by a second tap."""

    person_id: int


@dataclass(frozen=True)
class DeactivateNow(Callback, prefix="deactyes"):
    person_id: int
