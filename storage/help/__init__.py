"""Queries of the help feature: `alarms` (calls for help on outreach sessions, who was alerted,
answers and escalations) and `followups` (incidents from session reports, for the leads).

Changes that people must hear about take a function that turns the people they reach (rows with
`person_id`, `telegram_id`, `locale`) into outbox rows, inserted in the same transaction."""
