"""`Help`: the one object the rest of the bot uses for help when it matters, made of the
concerns in this package (calls for help, follow-ups, figures)."""

from __future__ import annotations

from bot.help.alarms import Alarms
from bot.help.figures import Figures
from bot.help.followups import FollowUps

__all__ = ["Help"]


class Help(Alarms, FollowUps, Figures):
    """Calls for help on outreach sessions with answers and escalation, incident follow-ups
    for leads, and their monthly counts. Plain dataclasses in and out; a person who may not do
    something gets `NotAllowed`."""
