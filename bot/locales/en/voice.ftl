# Community voice: the one settings screen, questions (polls), "you said, we did" updates and
# campaigns. Letters we send (questions, updates, notes to leads) show on a locked phone: keep
# their first line neutral.

menu-settings = 🔔 Notices and news
menu-voice = 🗳 Community voice
menu-voice-team = 🗳 Ask and campaigns
command-settings = Choose what we send you
command-voice = Community questions and news

# --- the one settings screen ---
voice-settings-intro = Choose what you want to get from us. You can stop at any time: every message has a “Stop these” button. We keep your chat number only while you get something.
voice-questions = 🗳 Community questions
voice-updates = 📣 Community news
voice-on = on
voice-off = off
voice-every-area = all areas
voice-choose-notice-areas = 🔔 Areas for safety notices
voice-choose-question-areas = 📍 Areas for questions
voice-stop-everything = 🔕 Stop everything
voice-question-areas = Choose the areas you want questions about. Choose none to get questions about all areas.
voice-back-to-settings = ⬅️ Back
# $topic is questions, updates or all.
voice-stopped = { $topic ->
    [questions] Done. You will get no more community questions.
    [updates] Done. You will get no more community news.
   *[all] Done. You will get nothing more from us, and we no longer keep your chat number for it.
}
voice-stop-these = 🔕 Stop these

# --- the archive, questions and answers ---
voice-archive-title = 🗳 Community voice: questions for you, results, and what we did with your answers.
voice-archive-empty = Nothing here yet.
voice-everyone = Everyone
voice-poll-closes = For: { $area }. Open until { $date }.
voice-in-my-words = ✍️ In my own words
voice-answer-saved = Thank you. Your answer is saved. Nobody can see who answered. Results come after { $date }.
voice-answer-already = You already answered this question. Each person answers once.
voice-poll-closed = This question has closed.
voice-see-results = 📊 See the results
voice-type-words = Write your answer in a few words (up to 300 letters). No names, no phone numbers.
voice-words-review = This is what will be kept: { $words }
voice-results-title = 📊 Results
voice-results-too-few = Fewer than { $k } answers: the results are not shown, to protect the people who answered.
voice-hidden = hidden
voice-results-total = Answers in all: { $total }
voice-results-words = In their own words:
voice-results-quote = “{ $words }”
voice-results-csv = 📄 Results as CSV for partners (HXL)
voice-update-title = 📣 News, { $date }

# What someone who opted in is sent (a locked phone shows it): nothing about the question.
voice-poll-letter = 🗳 There is a new question for you.
voice-update-letter = 📣 There is news for you.

# --- reach in the monthly figures ---
voice-reach-title = Campaigns, { $month } (starts · feedback · sign-ups):
voice-reach-line = { $name }: { $starts } · { $feedback } · { $optins }
voice-reach-all = All campaigns
voice-reach-none = No campaign links were used in { $month }.
voice-reach-not-yet = Campaign figures for { $month } can be read when its last week is over.

# --- leads ---
voice-team-title = 🗳 Ask the community, share back what changed, and run campaigns.
voice-ask = ❓ Ask a question
voice-write-update = 📣 Share news (“you said, we did”)
voice-to-approve = ✅ News to approve ({ $count })
voice-campaigns = 📌 Campaigns
voice-which-area = For which area?
voice-which-language = In which language will you write? People who read another language get the deployment's main language.
voice-type-question = Type the question in { $language }.
voice-type-choices = Type the answers, one per line (2 to 6, short).
voice-type-choices-again = Type the same { $count } answers in this language, one per line, in the same order.
# $problem is too-few, too-many, too-long or not-the-same.
voice-choices-problem = { $problem ->
    [too-few] Please give at least 2 answers.
    [too-many] Please give at most 6 answers.
    [too-long] Each answer must fit on a button: 40 letters at most.
   *[not-the-same] Please give as many answers as in the first language.
}
voice-opens-now = Now
voice-opens-later = 🗓 Later
voice-ask-summary = For: { $area }. Opens: { $opens }. Closes after { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
voice-another-language = ➕ Another language
voice-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
voice-send-question = 📤 Send
voice-which-day = On which day should it open?
voice-which-hour = At what time?
voice-asked = { $count ->
    [0] Saved and open. Nobody gets questions yet; people can answer it in Community voice.
    [one] Sent to { $count } person.
   *[other] Sent to { $count } people.
}
voice-asked-later = Saved. It opens on { $date }.
voice-update-about = What does this news answer? A question that has closed, or a feedback report.
voice-about-report = Feedback report { $period }
voice-type-update = Type the news in { $language }: what people told you, and what changed. For example: “You told us clinics ask for papers. We now list 6 that don't.”
voice-update-review = This is what people will read. Another lead or an admin must approve it before it is sent.
voice-submit-update = 📤 Send for approval
voice-update-submitted = Sent for approval. You will hear when it is approved.
voice-none-to-approve = No news to approve.
voice-approve-intro = News about: { $about }
voice-approve = ✅ Approve and send
voice-reject = ✖️ Do not send
voice-approved = { $count ->
    [0] Approved. Nobody gets news yet; it is in Community voice.
    [one] Approved and sent to { $count } person.
   *[other] Approved and sent to { $count } people.
}
voice-rejected = Not sent. The lead who wrote it is told.
# Notes to leads (a locked phone shows them): neutral.
voice-update-waiting = 📣 Some news waits for your approval.
voice-update-approved = 📣 Your news was approved and sent.
voice-update-not-approved = 📣 Your news was not approved.
voice-campaigns-title = Your campaigns:
voice-no-campaigns = No campaigns yet.
voice-new-campaign = ➕ New campaign
voice-type-campaign-name = Type a short name for the campaign (only the team sees it).
voice-campaign-starts = On which day does it start?
voice-campaign-ends = On which day does it end?
voice-campaign = 📌 { $name }
    Area: { $area }
    From { $start } to { $end }
    Code: { $code }
# $target is menu, fb, optin or talk.
voice-target = { $target ->
    [fb] Feedback
    [optin] Notices and news
    [talk] Talk to a peer
   *[menu] Menu
}
voice-posters-intro = Posters (A4 and wallet card, PNG and PDF), by where the QR code leads:
voice-poster-for = 🖨 { $target ->
    [fb] Feedback
    [optin] Notices and news
    [talk] Talk to a peer
   *[menu] Menu
}
voice-poster-language = In which language?
voice-posters-coming = The posters are on their way.

# --- posters: a deployment's content pack should write its own. Keep them neutral: nothing
# about what the programme is for, so carrying or sharing one puts nobody at risk. ---
voice-poster-title = Free, friendly help near you
# $target is where the QR code leads: menu, fb, optin or talk.
voice-poster-body = { $target ->
    [fb] Tell us how a service treated you. It is anonymous.
    [optin] Get useful news for your area.
    [talk] Talk to someone who understands.
   *[menu] Find services that welcome you, know your rights, and tell us what you need.
}
voice-poster-scan = Scan the code with your phone's camera, or open:
voice-poster-code = Code: { $code }
voice-poster-footer = Free. In English, French, Arabic, Swahili and Spanish. We never ask your name.
