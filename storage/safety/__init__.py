"""Queries of the safety feature: `alerts` (notices, their subscribers; deliveries go through the
outbox) and `ledger` (message ids per chat, for the quick exit)."""
