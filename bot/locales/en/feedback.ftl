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
   *[other] Something else
}
feedback-which-service = Which service? Type part of its name, or tap Skip.
feedback-pick-service = Tap the service:
feedback-no-service-found = Nothing found. Type another name, or tap Skip.
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
feedback-send = 📨 Send
feedback-thanks = Thank you. Your answer is saved. It helps us change what does not work.
feedback-limit = You have sent a lot today. Please try again tomorrow.
# A button of a form that has ended (stopped, left too long, the bot restarted): it says neither saved nor lost.
feedback-expired = This form has closed. To give your feedback, please start again.
feedback-nothing = (nothing)
feedback-flagged = A service is back for review because of repeated reports of discrimination: { $name } ({ $count } reports in 30 days).

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
feedback-summary = Needs summary, { $period }: { $count } people gave feedback.
feedback-summary-barrier = { $share }% of them met this barrier: { $name } ({ $count }).
feedback-summary-need = { $share }% said they need: { $name } ({ $count }).
