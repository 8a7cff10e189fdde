"""Outreach sessions: planning, peers on each session, reminders and safety check-ins from the
database, reports after the session and monthly figures.
"""
