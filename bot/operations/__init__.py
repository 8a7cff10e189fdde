"""Operations: what an operator needs to run the bot for years on one small server.

- `backups`: encrypted online backups (age), verify, restore, prune.
- `keys`: moving to a new ID_HASH_KEY.
- `retention`: the registry of retention rules (one per kind of data, each with its setting)
  and `enforce`, run daily by the bot (`bot/handlers/operations`) and by `scripts/retention.py`.
"""
