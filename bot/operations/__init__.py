"""Operations: what an operator needs to run the bot for years on one small server.

- `backups`: encrypted online backups (age), verify, restore, prune.
"""
