"""Community voice, the domain: people are consulted and hear back (issue 12).

- `model`: the words (topics, reach, poll and update values) as plain dataclasses.
- `optins`: who gets community questions (per area, or every area) and updates; safety notices
  are the safety feature's (`bot.safety.alerts`), shown on the same settings screen.
- `polls`: consultations, one unlinkable answer per person, results only after closing,
  suppressed.
- `updates`: "you said, we did", approved by a second person before it is sent.
- `campaigns`: deep links with a short code, reach counts per ISO week, per month for /figures.
- `posters`, `chart`, `drawing`: printable posters (PNG and PDF, A4 and wallet card, QR code) and
  the results chart.
- `core`: `Voice`, the parts together (runtime.voice).

Telegram adapters are in `bot/handlers/voice/`, SQL in `storage/voice/`, words in
`bot/locales/<lang>/voice.ftl`.
"""
