# The service directory: finding services, service cards, referral notes, proposing and vetting.

# $category is one of the category codes.
directory-category = { $category ->
    [health] Health
    [hiv-sti] HIV and STI testing, treatment, PrEP and PEP
    [sexual-health] Sexual and reproductive health
    [mental-health] Mental health
    [legal-aid] Legal aid
    [gbv] Help after violence
    [shelter] Safe shelter
    [drop-in] Drop-in centre
    [livelihood] Work and income
    [documentation] Documents and asylum
    [harm-reduction] Harm reduction
    [sex-worker-led] Sex-worker-led organisation
    [peer-support] Peer support group
   *[emergency] Emergency
}
# A service type on a button: its icon and a short name (30 characters at most).
directory-category-button = { $category ->
    [health] 🩺 Health
    [hiv-sti] 🧪 HIV and STI
    [sexual-health] 🌸 Sexual health
    [mental-health] 🧠 Mental health
    [legal-aid] ⚖️ Legal aid
    [gbv] 🆘 Help after violence
    [shelter] 🏠 Safe shelter
    [drop-in] ☕ Drop-in centre
    [livelihood] 💼 Work and income
    [documentation] 📄 Papers and asylum
    [harm-reduction] 💉 Harm reduction
    [sex-worker-led] ✊ Sex-worker-led
    [peer-support] 🤝 Peer support
   *[emergency] 🚨 Emergency
}

menu-find = 🔎 Find a service
menu-propose = ➕ Add a service
menu-recheck = 🔁 Check services
menu-queue = ✅ Review

directory-find-title = How do you want to look? You can also turn filters on or off.
directory-by-category = 📂 By type of service
directory-near-me = 📍 Near me
directory-by-word = 🔤 Search by word
# $on is "yes" or "no".
directory-filter-free = { $on ->
    [yes] ☑ Free
   *[no] ☐ Free
}
directory-filter-no-papers = { $on ->
    [yes] ☑ No papers needed
   *[no] ☐ No papers needed
}
directory-filter-sex-worker-led = { $on ->
    [yes] ☑ Sex-worker-led
   *[no] ☐ Sex-worker-led
}
directory-filter-open-now = { $on ->
    [yes] ☑ Open now
   *[no] ☐ Open now
}

directory-choose-category = Choose a type of service:
directory-results = { $category } — tap a service to see more.
directory-no-results = Nothing found. Try another type of service, or turn off some filters.
directory-search-ask = Type a word to search, for example: clinic, legal, shelter.
directory-search-results = Results for “{ $words }” — tap a service to see more.
directory-search-too-short = Please type at least one word.
directory-search-none = Nothing was found for “{ $words }”. Try another word, or turn off some filters.
directory-search-again = 🔤 Search again

directory-near-what = What do you need near you? Choose one type, or any.
directory-near-any = 📍 Any type of service
directory-near-ask = Tap the button below to share where you are. We use it once and do not keep it.
directory-share-location = 📍 Share my location
directory-near-or-area = Or choose an area:
directory-near-results = The nearest services. Tap one to see more.
directory-area-results = Services near the centre of { $area }. Tap one to see more.
# $category is the name of a type of service, as in directory-category.
directory-near-type-results = The nearest: { $category }. Tap one to see more.
directory-area-type-results = { $category } near the centre of { $area }. Tap one to see more.
directory-near-none = No services were found near there. Try another area, or turn off some filters.
directory-live-location = Live locations are not used. Please share your location once instead.
directory-location-used = Your location was used once, not kept, and deleted from this chat.
directory-no-areas = No areas are set up yet.

# Distance bands.
directory-distance = { $band ->
    [under-1] under 1 km
    [from-1-to-3] 1–3 km
    [from-3-to-10] 3–10 km
   *[further] more than 10 km
}
directory-open-now = Open now
directory-open-until = Open now, until { $time }
directory-opens-at = Closed. Opens { $day } { $time }
directory-closed = Closed
directory-hours-unknown = Opening hours not known
directory-result-label = { $name } · { $status }
directory-result-label-distance = { $name } · { $distance } · { $status }

# The service card.
directory-card-organisation = 🏢 { $organisation }
directory-card-categories = 🏷 { $categories }
directory-card-address = 📍 { $address }
directory-card-hours = 🕘 { $hours }
directory-card-week = { $days } { $times }
# A day open from midnight to midnight, in place of its times.
directory-all-day = 24 hours
directory-card-open-24-hours = 🕘 Open 24 hours, every day
directory-card-free = 💵 Free
directory-card-fees = 💵 { $fees }
directory-card-cost-unknown = 💵 Cost not known
directory-card-no-papers = 📄 No papers needed
directory-card-papers = 📄 Papers needed: { $documents }
directory-card-papers-unknown = 📄 Ask if papers are needed
directory-card-languages = 🗣 { $languages }
# $available is "yes" or "no".
directory-card-interpretation = { $available ->
    [yes] 🗣 An interpreter can help
   *[no] 🗣 No interpreter
}
directory-card-accessibility = ♿ { $accessibility }
directory-card-phone = ☎ { $phone }
directory-card-email = ✉ { $email }
directory-card-url = 🔗 { $url }
directory-card-eligibility = 👤 { $eligibility }
directory-card-directions = 🧭 { $directions }
directory-card-notice = 📢 { $notice }
directory-card-temporarily-closed = ⛔ Temporarily closed
directory-card-checked = ✔ Last checked { $days ->
    [0] today
    [one] yesterday
   *[other] { $days } days ago
}
directory-card-not-recent = ⚠ Not checked recently (last checked { $days } days ago)
directory-card-state = Status: { $state ->
    [proposed] waiting for review
    [review] sent back for review
    [published] published
    [rejected] rejected
   *[archived] archived
}
directory-card-reports = Problems reported: { $reports }
# Our attributes, shown together on one line.
directory-flag = { $flag ->
    [sex_worker_led] Sex-worker-led
    [rights_based] Respectful, no judgement
    [no_police_reporting] Does not report to police
    [trans_friendly] Trans-friendly
    [confidential] Confidential
   *[walk_in] Walk-in, no appointment
}

directory-button-map = 🗺 Map
directory-button-referral = 📝 Referral note
directory-button-confirm = ✅ Still right
directory-button-report = ⚠️ Report a problem
directory-button-back = ⬅️ Back
directory-button-feedback = 💬 Give feedback about it

directory-referral = 📝 Referral note
    Service: { $service }
    Code: { $code }
    Please show this note at the service. It says that a peer outreach programme sent this person. It has no personal details.

directory-confirmed = Thank you. It is marked as checked today.
directory-report-choose = What is wrong?
# $kind is one of the problem kinds.
directory-problem = { $kind ->
    [closed] It has closed
    [moved] It has moved
    [wrong-hours] The hours are wrong
    [treated-badly] They treated people badly
    [asked-for-papers] They asked for papers
   *[called-police] They called the police
}
directory-report-thanks = Thank you. The team will look at it.
directory-report-review = Thank you. It is hidden until the team checks it.
directory-report-already = You told us this already, and we have it. The team will look at it.

directory-recheck-title = These services need a check. Tap one, then tell us if it is still right.
directory-recheck-none = Nothing needs a check now. Thank you.
directory-recheck-offer = 🔁 { $count ->
    [one] One service needs a check.
   *[other] { $count } services need a check.
} Tap below if you can help.

directory-queue-summary = Fresh: { $fresh } · Due for a check: { $due } · Not checked recently: { $stale } · Hidden: { $hidden } · Waiting for review: { $waiting }
directory-queue-empty = Nothing is waiting for review.
directory-approve = ✅ Publish
directory-reject = ✖ Reject
directory-next = Next ➡️
directory-approved = Published: { $name }.
directory-reject-ask = Why? Type a short reason. The person who proposed it will see it.
directory-rejected = Not published: { $name }.
directory-proposal-published = Your proposal “{ $name }” is now published. Thank you.
directory-proposal-rejected = Your proposal “{ $name }” was not published. Reason: { $reason }
directory-review-waiting = There is something new to review. Open ✅ Review.
# A letter to the person who proposed something: a locked phone shows it, so it names nothing.
directory-decision-letter = 🔔 The team has answered you. Tap Read to see it.
directory-decision-read = 📖 Read
directory-your-waiting-item = “{ $name }” is still waiting for a lead to review it.

# Proposing a service, step by step.
directory-propose-name = What is the service called?
# Above the first question: what this person sent that a lead has not decided yet.
directory-your-waiting = Waiting for a lead to review:
# $field is a name from directory-field.
directory-your-change = { $name }: change of { $field }
directory-propose-categories = Which types of service does it offer? Tap all that fit, then Done.
directory-propose-organisation = Which organisation runs it? Type the name, or tap Skip.
directory-propose-description = Describe it in one or two short sentences, or tap Skip.
directory-propose-phone = What is its phone number? Type it, or tap Skip.
directory-propose-phone-invalid = This does not look like a phone number. Type it again with the country code, or tap Skip.
directory-propose-place = Where is it? Share its location with 📎 → Location, type the address, or tap Skip.
directory-propose-area = Which area is it in?
directory-propose-hours = When is it open?
directory-propose-hours-type = Type the hours like this: Mo-Fr 09:00-17:00; Sa 10:00-14:00
directory-propose-hours-invalid = I could not read these hours. Example: Mo-Fr 09:00-17:00; Sa 10:00-14:00
directory-propose-cost = Is it free?
directory-propose-papers = Can people without papers use it?
directory-propose-flags = Which of these are true? Tap all that fit, then Done.
directory-propose-visibility = Who may see it?
directory-propose-review = Please check, then send:
directory-propose-sent = Sent to the leads for review. Thank you.
# A button of a proposal form that is gone (after a restart, /cancel or a quick exit): say so,
# never "sent". "Nothing more": a Send tapped twice sent the proposal the first time.
directory-propose-closed = This form is closed: the bot restarted, or the form was stopped. Nothing more was sent. You can start again.
directory-propose-again = ➕ Start again
directory-propose-too-long = This is too long. Please make it shorter.
directory-hours-weekdays = Mon–Fri, 9:00–17:00
directory-hours-always = Always open
directory-hours-custom = Type the hours
directory-answer-yes = Yes
directory-answer-no = No
directory-answer-unknown = I don't know
directory-visibility-public = Everyone
directory-visibility-peers = Only peers and leads
directory-skip = Skip ➡️
directory-done = Done ✅
directory-send = 📨 Send

# Suggesting a change to a published service (peers), or editing one (leads).
directory-button-change = ✏️ Suggest a change
# What a lead sees instead: their change is made at once.
directory-button-edit = ✏️ Edit
directory-change-choose = What needs to change?
directory-edit-choose = What do you want to edit? It changes at once.
# $field is one of the fields a change can touch.
directory-field = { $field ->
    [name] Name
    [description] Description
    [phone] Phone number
    [address] Address
    [hours] Opening hours
    [is_free] Is it free?
    [no_papers_needed] Can people without papers use it?
    [status] Open or closed
   *[notice] Short notice
}
# $status is active, temporarily_closed or closed.
directory-status = { $status ->
    [active] Open as usual
    [temporarily_closed] Closed for now
   *[closed] Closed for good
}
directory-change-type = Type the new value for: { $field }
directory-change-invalid = I could not use this. Please try again, or send /cancel.
directory-change-drafted = Thank you. A lead will check your change before it is shown.
directory-change-applied = Saved.
directory-change-title = Suggested change to “{ $name }”
    { $field }: { $old } → { $new }
directory-change-publish = ✅ Publish change
directory-change-published = The change to “{ $name }” is published.
directory-change-rejected = The change to “{ $name }” was not published.
directory-your-change-published = Your suggested change to “{ $name }” is now published. Thank you.
directory-your-change-rejected = Your suggested change to “{ $name }” was not published. Reason: { $reason }
directory-value-empty = (empty)
