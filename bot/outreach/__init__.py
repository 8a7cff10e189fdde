"""Outreach sessions (microplanning), the domain: no Telegram types here.

Where a change goes:
- `model`: the words of the feature (sessions, plans, assignments, reports, figures, policy);
- `core`: time (local plans, UTC storage), reading a session, who may manage one;
- `planning`: scheduling one session or a weekly series, the week's sessions;
- `assignments`: inviting peers, confirming within capacity, the waiting list, check-ins;
- `changes`: another time, area or note, cancelling (everyone on it is told);
- `reminders`: due reminders claimed and queued in the outbox in one transaction;
- `letters`: what goes to people through the outbox, and when a queued one is no longer wanted;
- `reports`: a peer's report after a session and the monthly figures it rolls up into;
- `figures`: suppressed monthly counts, their HXL-tagged CSV for partners and chart; `ics`: the calendar file;
- `sessions`: `Outreach`, the one object the rest of the bot uses.
The Telegram side is in `bot/handlers/outreach/`, the SQL in `storage/outreach.py`.
"""
