# Know your rights: built-in, generic cards. A deployment's content pack (CONTENT_DIR) can
# replace any of these with local details. Keep words plain and short; never advise on one
# country's law here.

menu-rights = ⚖️ Your rights
safety-choose = Choose a topic:

safety-button-police = 👮 Police
safety-button-health = 🏥 Health care
safety-button-work = 💼 At work
safety-button-refugee = 🪪 Refugee or asylum
safety-button-violence = 🆘 Violence
safety-button-law = 📜 Local laws
safety-button-arrest = 🚨 If you are arrested

safety-card-police =
    👮 Your rights with the police

    Laws differ by country. A peer educator or a legal aid service can tell you the law here.

    • Stay calm. Keep your hands where they can see them.
    • You can ask: “Am I free to go?” If yes, you can walk away calmly.
    • You can ask for the officer's name and number. Try to remember them.
    • Carrying condoms is not proof of a crime. You can say so calmly.
    • Nobody may hurt you, touch you sexually or ask for sex or money.
    • You do not have to give the names of friends or clients.
    • If you see police stop someone, you can stay close and watch, if it is safe.

    After it happens, write down the time, place and what was said, and tell a peer educator.

safety-card-health =
    🏥 Your rights at a health facility

    Laws differ by country. A peer educator or a legal aid service can tell you the law here.

    • You have the right to care without being judged, whatever your work or papers.
    • What you tell a health worker should stay private.
    • You can say yes or no to any test or treatment. Nobody should force a test on you.
    • You can ask for an interpreter, or bring someone you trust.
    • You can ask what a medicine is for and what it costs before you take it.
    • In an emergency, ask for help first. Papers can come later.

    If you were treated badly, you can tell a peer educator. You can also give anonymous feedback in this bot.

safety-card-work =
    💼 Your rights at work

    Laws differ by country. A peer educator or a legal aid service can tell you the law here.

    • Your body, your choice. You can say no to any person or any act, at any time.
    • You can always ask for a condom to be used. You can stop if it is not.
    • Nobody may keep your ID, your passport or your phone.
    • Nobody may take your money by force or make you work to pay a debt.
    • Tell a friend where you go and when you will be back. Agree on a check-in message.
    • Trust your feeling. If something feels wrong, you can leave.

    If someone controls you, threatens you or keeps your papers, you can get help in secret.

safety-card-refugee =
    🪪 Your rights as a refugee or asylum seeker

    Laws differ by country. A peer educator or a legal aid service can tell you the law here.

    • You have the right to ask for asylum. Your work does not take this right away.
    • Nobody should send you back to a place where you are in danger.
    • Keep a copy or photo of your papers in a safe place, apart from the originals.
    • You have the right to an interpreter in interviews.
    • What you say in an asylum interview should stay private.
    • You can ask a legal aid service for help before an interview.

    If someone asks for money or sex in return for papers or help, this is wrong. You can tell a trusted organisation.

safety-card-violence =
    🆘 If you experience violence

    Laws differ by country. A peer educator or a legal aid service can tell you the law here.

    • Violence is never your fault. You deserve help.
    • First, get to a safe place. Call someone you trust.
    • If you are hurt, see a health worker soon. After rape, medicine within 72 hours (3 days) can prevent HIV, and some pills can prevent pregnancy.
    • If you can, keep your clothes and do not wash before a health check. This can help later, if you choose to report.
    • You choose if you want to go to the police. You can get medical help without reporting.
    • Write down what happened, when and where, when you feel able.

    A peer educator can go with you. You are not alone.

safety-law-summary =
    📜 Local laws

    Laws differ by country, and sometimes by city. Ask a peer educator or a legal aid service what the law says where you are.

safety-arrest =
    🚨 If you are arrested or detained

    Laws differ by country. A peer educator or a legal aid service can tell you the law here.

    • Stay calm. Do not run, fight or insult the officers.
    • You can say: “I want to speak to a lawyer.” Then say little else.
    • You can ask for an interpreter if you do not understand.
    • You can ask: “Why am I arrested?”
    • Do not sign anything you do not understand.
    • Do not lie. You can stay silent instead.
    • Where the law allows, you do not have to unlock your phone or give your password.
    • Learn one phone number by heart: a friend, a peer or a legal aid service.
    • You can ask to call someone and to see a doctor if you are hurt or need medicine.
    • If you have children or people who depend on you, say so.

    Nobody may hurt you, touch you sexually or ask for sex or money to let you go.

safety-emergency-numbers =
    Ask a peer educator for the emergency numbers here. Learn one by heart.

safety-contacts-title = Who can help:
safety-contact-line = { $name }: { $phone }
safety-no-contacts = There are no legal aid or emergency numbers here yet. Ask a peer educator.

# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 Safety notices
menu-report-danger = ⚠️ Report a danger
menu-vet-alerts = 🛡 Notices to check

alerts-notice = 🔔 Notice for { $area }
# What a subscriber is sent (a locked phone shows it): the area only, never what happened.
alerts-new-notice = 🔔 New notice for { $area }
alerts-read = 📖 Read
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
# A member's report names nobody: they hear nothing more about it.
alerts-report-sent-member = Thank you. A lead will check it.
alerts-report-limit = You have sent several reports today. Thank you: please try again tomorrow.
alerts-waiting = 🛡 A new notice is waiting for you to check.
alerts-none-waiting = No notices to check.
alerts-publish = ✅ Send it
alerts-edit = ✏️ Edit, then send
alerts-type-edit = Type the text to send instead.
alerts-published = { $count ->
    [0] Published. Nobody gets notices for this area yet.
    [one] Sent to { $count } person.
   *[other] Sent to { $count } people.
}
alerts-rejected = Not sent. The person who reported it is told why.
alerts-your-alert-rejected = The safety notice you reported was not sent. Reason: { $reason }
# What the peer who reported is sent (a locked phone shows it): nothing about the report.
alerts-rejected-letter = 📬 There is an answer about a notice you sent.
# A button of a report or a vetting whose form has closed (a restart, a long pause).
alerts-form-closed = This form has closed. You can start again.
alerts-edit-review = This is what will be sent: { $text }
alerts-reason-review = The person who reported it will read this reason: { $reason }
alerts-send-reason = ✅ Send the reason
