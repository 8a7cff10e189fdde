"""Telegram adapters for help when it matters (issue 11). `buttons` (button data), `screens`
(pure), then handlers by job:

- `calls`: a peer's "🆘 I need help" on an outreach session (the button itself is shown by the
  outreach screens and the "are you safe?" letter), their location sent straight to the people
  alerted, and the answers "I'm on it" / "They are safe now" (also under outreach's lead alert
  about a peer who did not check out);
- `followups`: a lead's incident follow-ups (`/followups`): the list, an item, taking and closing;
- `letters`: the outbox letters, the watch job (missed check-outs, escalations, follow-ups from
  new reports) and the daily erasure of old follow-up notes.

The domain is in `bot/help/`.
"""

from __future__ import annotations

from bot.handlers.help import calls, followups, letters
from bot.handlers.help.buttons import (
    AnswerCall,
    AnswerMissed,
    CallForHelp,
    CloseFollowUp,
    OpenFollowUp,
    ReferralType,
    ReferTo,
    ShareLocation,
    TakeFollowUp,
)
from bot.handlers.menu import Entry
from bot.handlers.routing import Routes
from bot.people import Role


def register(routes: Routes) -> None:
    routes.tap(CallForHelp, calls.called, Role.PEER)
    routes.tap(ShareLocation, calls.location_offered, Role.PEER)
    routes.flow(calls.LOCATION_FLOW)
    routes.tap(AnswerCall, calls.answered, Role.PEER)
    routes.tap(AnswerMissed, calls.missed_answered, Role.PEER)

    routes.entry(Entry.FOLLOW_UPS, followups.followups_screen)
    routes.tap(OpenFollowUp, followups.followup_opened, Role.LEAD)
    routes.tap(TakeFollowUp, followups.taken, Role.LEAD)
    routes.tap(CloseFollowUp, followups.close_tapped, Role.LEAD)
    routes.tap(ReferralType, followups.referral_type, Role.LEAD)
    routes.tap(ReferTo, followups.referred, Role.LEAD)

    letters.register(routes)
