"""Help when it matters (issue 11), the domain: no Telegram types here.

Where a change goes:
- `model`: the words of the feature (calls for help, answers, follow-ups, figures, policy);
- `core`: the database, clock, policy and outreach every part stands on;
- `alarms`: a peer's "I need help", the missed check-out alert, answers, escalation;
- `followups`: incidents from session reports followed up by leads, notes erased after a while;
- `figures`: the month's counts, suppressed; `letters`: what goes through the outbox;
- `desk`: `Help`, the one object the rest of the bot uses.
The Telegram side is in `bot/handlers/help/`, the SQL in `storage/help/`.
"""

from bot.help.desk import Help
from bot.help.model import HelpPolicy

__all__ = ["Help", "HelpPolicy"]
