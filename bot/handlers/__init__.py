"""Telegram adapters: one package per feature (`people`, `directory`, `outreach`, `feedback`,
`safety`, `relay`), each with `buttons` (typed button data), `screens` (pure functions: what a person
sees) and handlers split by job, declared in its `register(routes)`.

Shared plumbing, used by every feature:
- `routing`: where updates go (decode, resolve the person once, check the role, refuse neutrally);
- `callbacks`: the typed button codec; `screens`: Screen, Button and keyboards;
- `respond`: show a screen to the person who just wrote or tapped; `outbox`: send what the
  outbox holds to everyone else (reminders, notices, notes to leads, relayed copies);
- `flows`: typed guided flows (drafts in memory, ended by /cancel, the quick exit or time);
- `menu`: the ways in, their roles, the menus; `deeplinks`: `/start <payload>` links;
- `widgets`: calendar, time slots, number pad, paging; `context`: the typed handler context;
- `guard`: private chats only; `errors`: unknown commands and the error handler;
- `ledger_bot`: PTB's bot noting sent messages for the quick exit and skipping unreadable updates.
"""
