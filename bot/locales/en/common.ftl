# Shared words: menu, navigation, hints for input we cannot use, and error messages.
# Keep lines short and plain: many readers read little or use a second language.

menu-title = What would you like to do?
menu-language = 🌐 Language
menu-privacy = 🔒 Privacy
menu-help = ❓ Help
menu-exit = 🚪 Quick exit
menu-team-tools = 🧰 Team
menu-team-title = Team tools:
menu-whoami = 🪪 My role
menu-invite = ➕ Invite
menu-team = 👥 My team
menu-back = ⬅️ Menu

common-back = ⬅️ Back
common-next = Next ➡️
common-previous = ⬅️ Previous
common-cancelled = Stopped. Nothing more was saved.
common-no-longer-available = This button is no longer available.
common-not-available = This is not available to you.
common-unknown-command = I don't know that command. Use the buttons, or send /help.
common-use-buttons = Please use the buttons below.
# Sent for stickers, voice notes, photos, files, contacts and locations we cannot use.
common-unsupported = I can't use this here, and I don't keep it. Please use the buttons below.
common-flow-hint = Please type your answer, or send /cancel to stop.
common-something-went-wrong = Something went wrong. Please try again.

errors-kept = Sorry, something went wrong on our side. What you sent was saved.
errors-not-kept = Sorry, something went wrong on our side. What you sent was not saved. Please try again.

# Descriptions in Telegram's command menu (up to 256 characters each).
command-start = Main menu
command-help = What this bot can do
command-language = Change language
command-privacy = What we keep and how to erase it
command-cancel = Stop what you are doing
command-whoami = Your role and settings
command-invite = Invite a peer or lead
command-team = Your team
command-find = Find a service
command-search = Search services by word
command-review = Review proposed services
command-plan = Plan an outreach session
command-sessions = Outreach sessions
command-mine = Your outreach sessions
command-figures = Monthly outreach figures
command-feedback = Give feedback, anonymously
command-report = Feedback report
command-exit = Clear this chat now
exit-keep-role-ask = Clear this chat now. Do you also want to leave your role in the team?
exit-keep-role = Keep my role, clear the chat
exit-leave-role = Leave my role too
exit-done = ✔
command-rights = Know your rights
command-alerts = Safety notices
command-talk = Talk to a peer, anonymously
command-duty = Be available to talk

# Words that must never appear in the first 120 characters of a message the bot sends to
# someone who did not just write (a lock screen shows that much): a test checks every such
# message in this language against this list. Comma-separated; a * at the end of a word also
# matches longer words that start with it; other words match whole words only. Capitals,
# accents and vowel marks do not matter. Translators: add the words people here would use, but
# no everyday word (a French "arrêté" is also "stopped"): every message must be able to pass.
# stigma-check: skip (the words to hide from lock screens, not words we use)
sensitive-words = sex, sex work, sex worker*, prostitu*, brothel*, police*, arrest*, detain*, detention, violen*, rape*, raped, abuse*, assault*, client*, condom*, lubricant*, HIV, AIDS, PrEP, STI, STIs, abortion*, deport*, immigration, asylum, papers, robbery, robbed, danger*

# Under what a lead wrote (a notice, a poll, an update) when it has a stigmatising word; the
# words come from stigma.txt. A warning: the lead decides.
# stigma-check: skip (names the words to avoid)
stigma-warning = ⚠️ Some words can hurt people. Think about changing them before you send:
# stigma-check: skip (names the words to avoid)
stigma-warning-line = • “{ $term }”: say { $preferred }
