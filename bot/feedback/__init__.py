"""Anonymous feedback, the domain: what people can tell us and what leads read back.

- `model`: the words (topics, barriers, answers) and the report's dataclasses.
- `form`: the form's draft and question order, and `Feedback` (runtime.feedback): storing a
  submission unlinkably, the daily limit, the discrimination flag, reports for leads.
- `periods`: ISO weeks, months and quarters (rows hold only a week).
- `report`: a period's suppressed counts, ratings, excerpts (only from shown groups of K or more),
  needs summary, the same figures as a table, and the raw rows for the operator's export on the
  server (`scripts/feedback_export.py`).
- `exports`: the report's figures for partners (the HXL-tagged CSV sent in chat).
- `chart`: the report as a phone-sized picture.
- `letters`: the note to leads that a service went back to review, due at the next week's start.

Telegram adapters are in `bot/handlers/feedback/`, SQL in `storage/feedback*.py`, words in
`bot/locales/<lang>/feedback.ftl`.
"""
