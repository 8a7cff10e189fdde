"""The vetted service directory: records modelled on Open Referral HSDS plus what this community
needs, search by type, word and place, vetting and ageing, CSV import and export.

Where a change goes:
- `model`: categories, states, filters, the ageing policy and the dataclasses others read;
- `words`: folding text for keyword search, FTS queries, phone numbers;
- `records`: the base of the `Directory` (rows to services, what a role may see, adding records,
  areas, one card, a referral);
- `search`: by type, by keyword, near a point;
- `vetting`: proposals, the review queue, publish/reject, peers' confirmations and problem reports;
- `changes`: suggested changes to a published service and leads' edits;
- `ageing`: due for a check, weekly offers to peers, the freshness summary;
- `core`: the `Directory` assembled from those, and the names other features import;
- `opening_hours`, `geometry`: open now and distance bands; `csv_files` (with `csv_cells`): the
  operators' CSV format; `sample`: an invented directory for console mode and tests.
"""
