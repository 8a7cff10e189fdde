"""Anonymous feedback, the domain: what people can tell us and what leads read back.

- `model`: the words (topics, barriers, answers) and the report's dataclasses.
- `form`: the form's draft and question order, and `Feedback` (runtime.feedback): storing a
  submission unlinkably, the daily limit, the discrimination flag, reports for leads.
- `periods`: ISO weeks, months and quarters (rows hold only a week).
- `report`: a period's suppressed counts, ratings, excerpts, needs summary and raw CSV.
- `chart`: the report as a phone-sized picture.

Telegram adapters are in `bot/handlers/feedback/`, SQL in `storage/feedback*.py`, words in
`bot/locales/<lang>/feedback.ftl`.
"""
