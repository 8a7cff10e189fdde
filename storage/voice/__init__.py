"""Queries for community voice: opt-ins to questions and updates (`optins`), polls and their
unlinkable answers (`polls`), "you said, we did" updates (`updates`) and campaigns with their
reach counts (`campaigns`)."""

from storage.voice import campaigns, optins, polls, updates

__all__ = ["campaigns", "optins", "polls", "updates"]
