# Anonymous feedback: the form anyone can fill in, and the reports leads read.

menu-feedback = 💬 Give feedback
menu-report = 📈 Feedback report

feedback-intro = Your answers are anonymous. We do not keep who you are, your account, or the day you answered (only the week). You can stop at any time with ✖.
feedback-begin = ▶️ Start
feedback-back = ⬅️ Back
feedback-stop = ✖ Stop
feedback-topic = What is it about?
# $topic is one of the topics.
feedback-topic-name = { $topic ->
    [service] A service I used
    [outreach] An outreach session
    [needs] What I need
    [safety] Safety
    [peer] Talking to a peer
   *[other] Something else
}
feedback-which-service = Which service? Tap its type, or type part of its name.
feedback-pick-service = Tap the service:
feedback-no-service-found = Nothing found. Type another name, or choose by type.
feedback-no-service-of-type = No service of this type yet. Try another type, or type part of its name.
feedback-service-not-say = 🤐 I'd rather not say
feedback-other-types = 🗂 Other types
feedback-more = ➡️ More
# Above the intro when the way in named a service (a leaflet's link, a service card).
feedback-about-service = About: { $name }
feedback-given = Did you get the service?
# $given is yes, partly or no.
feedback-given-answer = { $given ->
    [yes] Yes
    [partly] Partly
   *[no] No
}
feedback-explained = Did they explain why?
feedback-waiting = How long did you wait?
# $waiting is one of the waiting bands.
feedback-waiting-answer = { $waiting ->
    [none] No wait
    [under-1h] Under 1 hour
    [from-1-to-3h] 1 to 3 hours
   *[over-3h] More than 3 hours
}
feedback-staff = How did the staff treat you?
feedback-overall = Overall, how was it?
feedback-barriers = Did anything make it hard? Tap all that fit, then Done.
# $barrier is one of the barriers.
feedback-barrier = { $barrier ->
    [cost] Cost
    [language] Language
    [papers] Papers or documents
    [stigma] Stigma or discrimination
    [police] Police
    [distance] Distance
    [hours] Opening hours
    [safety] Safety
    [childcare] Childcare
   *[other] Something else
}
feedback-needs = What do you need that you cannot find? Tap all that fit, then Done.
feedback-free-text = Anything else? Type it here (up to 1,000 letters), or tap Skip. Do not write names or phone numbers.
feedback-too-long = This is too long. Please make it shorter.
feedback-review = Please check, then send:
feedback-review-text = Your words, as we will keep them: { $text }
feedback-review-service = Service: { $name }
# $list: the barriers chosen, joined by commas, or feedback-nothing.
feedback-review-barriers = What made it hard: { $list }
feedback-review-needs = What you need: { $list }
feedback-send = 📨 Send
feedback-thanks = Thank you. Your answer is saved. It helps us change what does not work.
feedback-limit = You have sent a lot today. Please try again tomorrow.
# A button of a form that has ended (stopped, left too long, the bot restarted): it says neither saved nor lost.
feedback-expired = This form has closed. To give your feedback, please start again.
feedback-nothing = (nothing)
# After the lead taps Read: the service and the count of reports (the threshold).
feedback-flagged = A service is back for review because of repeated reports of discrimination: { $name } ({ $count } or more reports in 30 days).
# Pushed to leads at the start of a week: a locked phone shows it, so no service, no reason.
feedback-flagged-note = 🔔 A note for the team. Tap Read to see it.
feedback-flagged-read = 📖 Read

# Reports for leads.
feedback-report-choose = Which period?
feedback-report-title = Feedback { $period }
feedback-report-submissions = Answers: { $count } (before: { $previous })
feedback-report-line = { $name }: { $count }{ $share }
feedback-report-barriers = Barriers:
feedback-report-needs = Unmet needs:
feedback-report-topics = Topics:
feedback-report-ratings = Average rating (at least { $k } answers):
feedback-report-rating = { $name }: { $average } / 5 ({ $count })
feedback-report-excerpts = Some words people wrote:
feedback-report-hidden = hidden
feedback-report-empty = No answers in this period.
feedback-report-few = Fewer than { $k } answers in this period. Nothing more is shown, so that no one can be recognised.
# A hidden count on the chart.
feedback-chart-hidden = <{ $k }
# A needs summary counts answers, not people: one person may answer more than once. $before is feedback-summary-before or -before-few.
feedback-summary = Needs summary, { $period }: { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} ({ $before }).
feedback-summary-barrier = { $name }: met in { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} ({ $share }%); { $before }.
feedback-summary-need = { $name }: needed in { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} ({ $share }%); { $before }.
feedback-summary-barrier-few = { $name }: met in fewer than { $k } answers; { $before }.
feedback-summary-need-few = { $name }: needed in fewer than { $k } answers; { $before }.
# The same count in the period before: $count 0 says none.
feedback-summary-before = { $period }: { $count ->
    [0] none
   *[other] { $count }
}
feedback-summary-before-few = { $period }: fewer than { $k }
