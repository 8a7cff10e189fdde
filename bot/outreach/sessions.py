"""`Outreach`: the one object the rest of the bot uses for outreach sessions, made of the
concerns in this package (planning, assignments, changes, reminders, reports).
"""

from __future__ import annotations

from bot.outreach.assignments import Assignments
from bot.outreach.changes import Changes
from bot.outreach.model import ReminderPolicy
from bot.outreach.planning import Planning
from bot.outreach.reminders import Reminders
from bot.outreach.reports import Reports, months_back

__all__ = ["Outreach", "ReminderPolicy", "months_back"]


class Outreach(Planning, Assignments, Changes, Reminders, Reports):
    """Leads plan who goes where and when, peers confirm, reminders and safety check-ins come
    from the database (so a restart loses none), and peers report what came of it. Plain
    dataclasses in and out; a person who may not do something gets `NotAllowed`."""
