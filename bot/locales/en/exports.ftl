# Files for partner organisations: figures as CSV, one row per figure, tagged for their tools.
# Column titles ($column is one of start, end, area, sector, code, indicator, service, value, hidden).
exports-column = { $column ->
    [start] Period start
    [end] Period end
    [area] Area
    [sector] Sector
    [code] Indicator code
    [indicator] Indicator
    [service] Service
    [value] Value
   *[hidden] Hidden
}
# Names of figures that have no other name in the bot.
exports-indicator = { $indicator ->
    [peer_hours] Peer hours of outreach
    [referrals] Referrals made
    [incidents] Safety incidents
    [calls] Calls for help
    [followups_opened] Follow-ups opened
    [followups_closed] Follow-ups closed
    [answers] Answers
    [topic] Answers about
    [barrier] Barrier met
    [need] Unmet need
    [rating_average] Average rating
   *[rating_answers] Ratings
}
# One figure of a group: $what is the group ("Referrals made"), $item one of it ("Legal aid").
exports-figure-of = { $what }: { $item }
