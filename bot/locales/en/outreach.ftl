# Outreach sessions: planning, invitations, reminders, safety check-ins, reports, figures.
# Reminders and invitations may show on a locked phone: keep them neutral (time and area only).

menu-plan = 🗓 Plan a session
menu-sessions = 📋 Sessions
menu-figures = 📊 Monthly figures
menu-my-sessions = 🗓 My sessions

# $kind is one of the session kinds.
outreach-kind = { $kind ->
    [outreach-walk] Outreach walk
    [testing-day] Testing day
    [rights-workshop] Know-your-rights workshop
    [distribution] Distribution
    [peer-meeting] Peer meeting
   *[other] Other
}
# A session in one line: $when is a local date and time, $area the area's name.
outreach-when-where = { $when }, { $area }
outreach-minutes = { $hours } h

outreach-plan-kind = What kind of session?
outreach-plan-area = In which area?
outreach-plan-day = Which day?
outreach-plan-start = What time does it start? The row below switches the minutes.
outreach-plan-length = How long?
outreach-plan-peers = How many peers are needed? (At least two: nobody goes alone.)
outreach-plan-note = Add a short note for the peers, or tap Skip. Do not write names, phone numbers or addresses of community members.
outreach-plan-repeat = Once, or every week?
outreach-repeat-once = Once
outreach-repeat-weeks = { $weeks ->
    [one] Every week, once
   *[other] Every week, { $weeks } times
}
outreach-plan-review = Please check, then save:
outreach-plan-save = 💾 Save
outreach-plan-saved = Saved: { $count ->
    [one] one session
   *[other] { $count } sessions
}.
outreach-plan-past = This time has passed. Please choose another.
outreach-no-areas = No areas are set up yet. Import areas first (scripts/directory.py import-areas).
outreach-previous-month = ⬅️
outreach-next-month = ➡️

outreach-session-title = { $kind } · { $when-where }
outreach-session-details = Length: { $length } · Peers needed: { $needed } · Confirmed: { $confirmed } · Waiting: { $waiting }
outreach-session-note = Note: { $note }
outreach-session-cancelled = ⛔ Cancelled
# $status is invited, confirmed, waiting or declined.
outreach-status = { $status ->
    [invited] invited
    [confirmed] confirmed
    [waiting] waiting list
   *[declined] declined
}
outreach-roster-line = { $alias }: { $status }{ $checks }
outreach-checked-in = · checked in
outreach-checked-out = · checked out
outreach-open-call = 📣 Call all peers of the area
outreach-invite-peers = ➕ Invite a peer
outreach-choose-peer = Tap a peer to invite them:
outreach-invited = { $count ->
    [0] Nobody new was invited.
    [one] One peer invited.
   *[other] { $count } peers invited.
}
outreach-call-series = 📣 Call the area: every week
outreach-invite-series = ➕ Invite: every week
outreach-change-time = 🕑 Change the time
outreach-change-area = 📍 Change the area
outreach-change-note = ✏️ Change the note
outreach-cancel-one = ✖ Cancel this session
outreach-cancel-series = ✖ Cancel the rest of the series
outreach-cancelled-done = Cancelled. Everyone on it was told.
outreach-moved-done = Changed. Everyone on it was told.
outreach-week = Sessions of the week from { $monday }:
outreach-week-empty = No sessions this week.
outreach-calendar-file = 📅 Calendar file
outreach-calendar-name = Calendar
outreach-calendar-event = Meeting

# Messages to peers: neutral words only.
outreach-invitation = Invitation: { $when-where } ({ $length }). Can you come?
# An invitation to several sessions of a weekly series; $count is how many.
outreach-invitation-series = Invitation: every week from { $when-where } ({ $length }), { $count ->
    [one] once
   *[other] { $count } times
}. Can you come?
outreach-yes-all = ✅ Yes, every time
outreach-choose-dates = 🗓 Choose the dates
outreach-series-answered = Thank you. On the list: { $confirmed }. Waiting list: { $waiting }.
outreach-yes = ✅ Yes
outreach-no = ✖ No
outreach-confirmed = Thank you, you are on the list.
outreach-waiting = It is full now. You are on the waiting list; we will tell you if a place opens.
outreach-declined = Thank you for telling us.
outreach-promoted = A place opened. You are on the list: { $when-where }.
outreach-reminder = Reminder: { $when-where }.
outreach-cancelled = Cancelled: { $when-where }.
outreach-changed = Changed: now { $when-where }.
outreach-safety-check = Are you safe? Tap below.
outreach-safe = ✅ I am safe
outreach-safe-thanks = Thank you. Take care.
outreach-lead-alert = { $alias } has not answered after the session: { $when-where }. Please check on them.
# To the lead: a confirmed peer no longer counts for a session.
outreach-peer-declined = { $alias } can no longer come: { $when-where }.
outreach-peer-left = { $alias } has left the team: { $when-where }.
outreach-peer-unreachable = { $alias } can no longer be reached by the bot: { $when-where }.
outreach-peers-reachable = Confirmed and reachable: { $count } of { $needed }.
outreach-peers-short = Nobody goes alone: please invite more peers.
outreach-open-session = 📋 Open the session
outreach-report-prompt = How did it go? Please send a short report.
outreach-check-in = ✅ Check in
outreach-check-out = 🏁 Check out
outreach-checked = Noted.
outreach-check-early = This opens an hour before the start.
outreach-check-in-closed = Check-in has closed for this session.
outreach-cannot-come = ✖ I can't come
outreach-my-sessions = Your sessions:
outreach-my-sessions-empty = You have no sessions coming up.
outreach-my-line = { $when-where } · { $status }
outreach-your-part = You: { $status }

# Reports.
outreach-report-button = 📝 Report
# $field is the count being entered.
outreach-report-field = { $field ->
    [reached_new] People reached for the first time
    [reached_returning] People reached who came before
    [condoms] Condoms given
    [lubricant] Lubricant given
   *[leaflets] Leaflets given
}
outreach-report-number = { $field }: { $value }
outreach-report-type-number = Please type a number from 0 to 9999, or use the buttons.
outreach-report-referrals = Referrals made: tap a type once for each referral, then Done.
outreach-report-incidents = Safety incidents: tap a kind once for each incident, then Done. No names.
# $kind is one of the incident kinds.
outreach-incident = { $kind ->
    [violence] Violence
    [police] Police
    [arrest] Arrest
    [robbery] Robbery
    [harassment] Harassment
    [health-emergency] Health emergency
   *[other] Other
}
outreach-report-note = Anything else? Type a short note, or tap Skip. No names or phone numbers.
outreach-report-review = Please check, then send:
outreach-report-send = 📨 Send
outreach-report-saved = Thank you. Your report is saved. You can change it for 48 hours.
outreach-report-closed = This report can no longer be changed.
# A form (a plan, a report) whose answers were lost: it waited too long, or the bot restarted.
outreach-form-closed = This form has closed (it waited too long, or the bot restarted). Nothing was saved. You can start again.
outreach-start-again = 🔁 Start again
outreach-report-summary = New: { $new } · Returning: { $returning } · Condoms: { $condoms } · Lubricant: { $lubricant } · Leaflets: { $leaflets }
outreach-report-lists = Referrals: { $referrals } · Incidents: { $incidents }
outreach-delete-digit = ⌫
outreach-ok = ✅ OK

# Monthly figures.
outreach-figures-choose = Which month?
outreach-figures-none = No month can be read yet: a month can be read three days after it ends.
outreach-figures = { $month }{ $area }
    Sessions: planned { $planned }, held { $held }, cancelled { $cancelled }
    Peer hours: { $hours }
    People reached: new { $new }, returning { $returning }
    Given: condoms { $condoms }, lubricant { $lubricant }, leaflets { $leaflets }
    Referrals: { $referrals }
    Incidents: { $incidents }
# Shown for a count hidden to protect people: it may be small, or hidden so a small one stays hidden.
outreach-hidden = hidden
outreach-figures-area = { $area }: planned { $planned }, held { $held }, cancelled { $cancelled }, peer hours { $hours }
# Labels of the monthly chart; $key is planned, held or cancelled.
outreach-chart-label = { $key ->
    [planned] Sessions planned
    [held] Sessions held
   *[cancelled] Sessions cancelled
}
outreach-none = none
outreach-figures-file = monthly figures
