"""Domain helpers every feature shares: cleaning and scrubbing what people type, hiding small
counts in reports, the one way to refuse, and the outbox that every unasked message goes through.

No Telegram types here; features import what they need from the modules directly.
"""
