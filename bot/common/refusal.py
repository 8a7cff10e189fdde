"""The one way the domain says no: `NotAllowed`, for a role that may not do something, or a
record that does not exist for this person (a forged or stale id). Handlers turn it into the
same neutral answer everywhere, so a refusal never tells an attacker which case it was."""

from __future__ import annotations


class NotAllowed(Exception):
    """This person may not do this, or the thing is not there for them."""
