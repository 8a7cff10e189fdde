"""People: roles, the viewer behind each update, invites, aliases, language preferences and the
team a lead manages. Roles are read from the database on every update.

`roles` (Role, Viewer), `keys` (keyed hashes of ids and codes), `team` (the People feature).
"""

from bot.people.keys import MemberKeys
from bot.people.roles import Role, Viewer
from bot.people.team import (
    AliasProblem,
    Invite,
    JoinOutcome,
    JoinResult,
    People,
    TeamMember,
    check_alias,
    normalise_invite_code,
    placeholder_alias,
)

__all__ = [
    "AliasProblem",
    "Invite",
    "JoinOutcome",
    "JoinResult",
    "MemberKeys",
    "People",
    "Role",
    "TeamMember",
    "Viewer",
    "check_alias",
    "normalise_invite_code",
    "placeholder_alias",
]
