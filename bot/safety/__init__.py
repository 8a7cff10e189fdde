"""Safety and rights, the domain (no Telegram types):

- `quick_exit`: what the quick exit deletes (the chat's messages under 48 hours, the ledger, the
  WAL's copies) and the hourly purge; `ledger`: the message ids per chat it reads, under a keyed
  hash of the chat, written within a second and at every shutdown.
- `rights`: the know-your-rights cards and who can help after an arrest (the words come from
  Fluent and a deployment's content pack; the pack's check is `bot/common/content_check.py`).
- `alerts`: safety notices: members' subscriptions per area, peers' reports, leads' vetting, the
  outbox letters a publication or a rejection queues, and who may read what after a tap.

Telegram adapters are in `bot/handlers/safety/`, queries in `storage/safety/`, words in
`bot/locales/<lang>/safety.ftl`.
"""
