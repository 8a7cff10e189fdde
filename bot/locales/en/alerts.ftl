# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 Safety notices
menu-report-danger = ⚠️ Report a danger
menu-vet-alerts = 🛡 Notices to check

alerts-notice = 🔔 Notice for { $area }
# $kind is one of the alert kinds.
alerts-kind = { $kind ->
    [violent-client] Violent or abusive client
    [police] Police operation
    [robbery] Robbery
    [unsafe-place] Unsafe place
   *[other] Other danger
}
# $when is today, yesterday or this-week.
alerts-when = { $when ->
    [today] today
    [yesterday] yesterday
   *[this-week] this week
}
alerts-choose = Choose the areas you want safety notices for. You can stop at any time. We keep your chat number only while you get notices.
alerts-stop = 🔕 Stop all notices
alerts-stopped = Done. You will get no more notices, and we no longer keep your chat number for them.
alerts-report-kind = What kind of danger?
alerts-no-names = Never write the name or the phone number of a community member.
alerts-report-when = When did it happen?
alerts-report-describe = Describe it in a few words (up to 500 letters): what to look out for, and where. No names, no phone numbers.
alerts-report-review = This is what a lead will check before it is sent: { $text }
alerts-report-sent = Thank you. A lead will check it before it is sent.
alerts-waiting = There is a safety notice to check. Open 🧰 Team, then 🛡 Notices to check.
alerts-none-waiting = No notices to check.
alerts-publish = ✅ Send it
alerts-edit = ✏️ Edit, then send
alerts-type-edit = Type the text to send instead.
alerts-published = Sent to { $count } people.
alerts-rejected = Not sent. The person who reported it is told why.
alerts-your-alert-rejected = The safety notice you reported was not sent. Reason: { $reason }
