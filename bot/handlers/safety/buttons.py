"""The buttons of the safety feature: the quick exit's question, rights cards, members' notice
areas, a peer's danger report and a lead's vetting. Prefixes start with `x` (exit) or `s`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.handlers.callbacks import Callback
from bot.safety.alerts import AlertKind, Happened
from bot.safety.rights import Card

# --- quick exit --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExitChoice(Callback, prefix="x"):
    """A peer or lead leaving: keep the role (False) or leave it too (True)."""

    leave_role: bool


# --- know your rights --------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenCard(Callback, prefix="sc"):
    card: Card


# --- members' notices --------------------------------------------------------------------------


@dataclass(frozen=True)
class ToggleArea(Callback, prefix="sa"):
    """Opt in or out of notices for one area."""

    area_id: int


@dataclass(frozen=True)
class StopNotices(Callback, prefix="sstop"):
    pass


@dataclass(frozen=True)
class ReadNotice(Callback, prefix="sread"):
    """Under a notice's neutral line: its details, in a new protected message."""

    alert_id: int


# --- a peer reports a danger -------------------------------------------------------------------


@dataclass(frozen=True)
class ReportKind(Callback, prefix="srk"):
    kind: AlertKind


@dataclass(frozen=True)
class ReportArea(Callback, prefix="sra"):
    area_id: int


@dataclass(frozen=True)
class ReportWhen(Callback, prefix="srw"):
    happened: Happened


@dataclass(frozen=True)
class SendReport(Callback, prefix="srs"):
    pass


# --- a lead vets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishAlert(Callback, prefix="svp"):
    alert_id: int


@dataclass(frozen=True)
class EditAlert(Callback, prefix="sve"):
    """Type a new description, then it is sent."""

    alert_id: int


@dataclass(frozen=True)
class RejectAlert(Callback, prefix="svr"):
    """Type a reason, then the peer who reported it is told."""

    alert_id: int


@dataclass(frozen=True)
class ConfirmVetting(Callback, prefix="svsend"):
    """The typed text (new description or reason) about this alert, shown back, is sent."""

    alert_id: int


@dataclass(frozen=True)
class ReadReason(Callback, prefix="sreason"):
    """Under the neutral line that tells a peer their report was not sent: why."""

    alert_id: int
