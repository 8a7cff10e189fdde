"""Safety and rights, the domain (no Telegram types):

- `quick_exit`: what the quick exit deletes (the chat's messages under 48 hours) and the hourly
  purge; `ledger`: the message ids per chat it reads, under a keyed hash of the chat.
- `rights`: the know-your-rights cards and who can help after an arrest (the words come from
  Fluent and a deployment's content pack; the pack's check is `bot/common/content_check.py`).
- `alerts`: safety notices: members' subscriptions per area, peers' reports, leads' vetting, and
  the outbox letters a publication queues.

Telegram adapters are in `bot/handlers/safety/`, queries in `storage/safety/`, words in
`bot/locales/<lang>/safety.ftl`.
"""
