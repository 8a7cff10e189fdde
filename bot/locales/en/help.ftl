# Help when it matters: calls for help on outreach sessions, and incident follow-ups.

menu-follow-ups = 📋 Follow-ups
command-followups = Incident follow-ups

## A peer's call for help ("SOS")

help-sos-button = 🆘 I need help
# $count: how many people were alerted (at least one).
help-sos-sent = 🆘 Your call for help went to { $count ->
    [one] one person
   *[other] { $count } people
}. We will tell you when someone is on the way.
help-sos-nobody = 🆘 Your call for help is in. Nobody on the session could be reached, so every lead and admin is being alerted now.
# $responder: the alias of the first person who said "I'm on it".
help-sos-open-on-it = 🆘 Your call for help is open. { $responder } is on it.
help-sos-open-waiting = 🆘 Your call for help is open. Nobody has answered yet; more people are being alerted.
help-sos-over = This session ended too long ago to call the team from here. If you are in danger, call an emergency number: “Your rights” lists them.
help-share-location = 📍 Share my location
help-location-ask = If you can, tap “📍 Share my location” below: it goes straight to the people alerted and is not kept.
help-location-again = 📍 Share my location again
help-live-location = A live location is not used. Please share your location once instead: “📍 Share my location”.
# $count: how many people received the location.
help-location-sent = 📍 Your location went to { $count ->
    [one] one person
   *[other] { $count } people
}. It is not kept.
help-safe-myself = ✅ I'm safe now
help-safe-myself-done = Thank you. Everyone alerted will hear that you are safe.

## Letters about a call ($alias: who needs help; $when-where: the session's time and area)

help-sos-letter = 🆘 { $alias } needs help now: { $when-where }.
    Tap “I'm on it” if you are going to help.
help-on-it = 🏃 I'm on it
help-they-are-safe = ✅ They are safe now
# $time: when the call was made.
help-escalation = 🆘 Nobody has answered yet. { $alias } asked for help at { $time }: { $when-where }.
help-escalation-missed = ⚠️ Nobody has answered yet. { $alias } did not check out or answer after the session: { $when-where }. Please check on them.
# $responder: the alias of who answered.
help-answered-on-it = ✅ { $responder } is on it: { $alias }, { $when-where }.
help-answered-on-it-you = ✅ { $responder } is on it. Help is coming.
help-answered-safe = ✅ { $alias } is safe now, says { $responder }: { $when-where }.
help-answered-safe-themselves = ✅ { $alias } says they are safe now: { $when-where }.
help-answered-checked-out = ✅ { $alias } checked out after all: { $when-where }.
help-answered-safe-you = ✅ { $responder } said you are safe now. If you still need help, tap below.
help-on-it-thanks = Thank you. The others know you are on it.
help-already-on-it = { $responder } is already on it.
help-safe-thanks = Thank you. The others know they are safe.
help-call-over = This call for help is closed.

## Incident follow-ups (for leads)

help-followup-letter = 📋 A follow-up is waiting: { $when-where }.
help-followup-open = 📋 Open
help-followups-title = Open follow-ups, oldest first:
help-followups-empty = No open follow-ups.
# $kind: the kind of incident.
help-followup-line = { $kind } · { $when-where }
# Added to the line above: who is following up.
help-followup-line-taken = { $line } · 🙋 { $alias }
# $count: how many incidents of this kind the report gave; $alias: the peer who reported them.
help-followup-card = 📋 Follow-up: { $kind } ({ $count })
    Session: { $when-where }
    Reported by: { $alias }
    Note: { $note }
help-followup-note-erased = erased after closing
# $day: a date.
help-followup-waiting = Waiting since { $day }.
help-followup-taken = { $alias } is following up since { $day }.
help-followup-closed = Closed on { $day }: { $outcome ->
    [resolved] resolved
    [referred] referred to a service
   *[no-action] the person wants no action
}.
help-followup-referred-to = Referred to: { $service }
help-take = 🙋 I'm following up
help-close-resolved = ✅ Closed: resolved
help-close-referred = ➡️ Closed: referred to a service
help-close-no-action = 🚫 Closed: wants no action
help-taken = You are following up.
help-closed-done = Closed. Thank you.
help-already-closed = It was closed already.
help-referral-type = Which kind of service?
help-referral-service = Which service?
help-referral-not-listed = A service not in the directory

## The month's figures (a count may say "hidden")

help-figures = Calls for help: { $calls } ({ $outcomes })
    Follow-ups opened: { $opened } ({ $kinds })
    Follow-ups closed: { $closed } ({ $closings })
help-call-outcome = { $code ->
    [safe] safe
    [acknowledged] someone was on it
   *[unanswered] unanswered
}
help-followup-outcome = { $code ->
    [resolved] resolved
    [referred] referred
   *[no-action] no action wanted
}
