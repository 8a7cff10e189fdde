# Training for peers and leads (/training): short lessons, each with two or three questions.
# A deployment's content pack can replace any lesson or add its own (see content/sample/README.md).
# Lessons: training-lessons lists them (read in English); each question has answers .a to .d,
# the letter of the right one in .right (keep it the same in every language) and .why.

menu-training = 🎓 Training
command-training = Lessons for peers and leads
training-intro = Short lessons with questions. Tap one to start. ✅ marks the ones you finished.
training-none = There are no lessons yet.
training-team-button = 👥 Team progress
training-start = ▶️ Questions
training-question = Question { $number } of { $total }
# The letter of an answer; $choice is 0 for the first answer.
training-answer-letter = { $choice ->
    [0] A
    [1] B
    [2] C
   *[3] D
}
training-right = ✅ Right.
training-wrong = ✖ Not quite. The right answer: { $answer }
training-next = Next question ➡️
training-done = 🎉 You finished this lesson.
training-team-title = Your team: { $count ->
    [one] one person
   *[other] { $count } people
}. How many finished each lesson:
training-team-line = { $lesson }: { $count } of { $total }

training-lessons = stigma, choice, confidentiality, safety, referral, consent

# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma = Words can hurt or help. Use the words people use for themselves: “sex worker”, not “prostitute”. Say “survivor” if the person chooses it. Say “migrant without papers”, not “illegal”. Never judge. Ask, listen, and do not guess.
    .title = 🗣 Speaking without stigma
# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma-1 = A woman tells you she sells sex. Which words do you use?
    .a = “Prostitute”
    .b = “Sex worker”, or the words she uses
    .c = “Victim”
    .right = b
    .why = Use the words people choose for themselves. “Sex worker” describes work. It does not judge.
# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma-2 = Someone has no residence papers. What do you say?
    .a = “Illegal migrant”
    .b = “Migrant without papers”
    .c = Nothing: you do not help them
    .right = b
    .why = No person is illegal. “Without papers” describes a situation, and everyone has the right to help.

training-lesson-choice = The person decides. Tell them about every option you know, not only the one you like. Do not push. They know their life best. Respect a no.
    .title = 🧭 The person chooses
training-lesson-choice-1 = A woman needs a clinic. You like one clinic best. What do you do?
    .a = Only tell her about your clinic
    .b = Tell her about all the clinics you know, then let her choose
    .c = Choose for her
    .right = b
    .why = Share all the options. She chooses what fits her life.
training-lesson-choice-2 = After violence, a woman does not want to go to the police. What do you do?
    .a = Tell her she must go
    .b = Respect her choice, and tell her about health care she can get without a police report
    .c = Call the police for her
    .right = b
    .why = It is her choice. She can get medical help without reporting.

training-lesson-confidentiality = What people tell you stays private. Never share names, phone numbers or places. This bot does not keep names, phone numbers or messages. Feedback is anonymous. Never write a community member's name in a report or a notice.
    .title = 🔒 Confidentiality
training-lesson-confidentiality-1 = What does this bot keep about a member who only looks for services?
    .a = Their name and phone number
    .b = Almost nothing: a language choice, under a code
    .c = All their messages
    .right = b
    .why = The bot keeps almost nothing, so a seized phone or server shows little.
training-lesson-confidentiality-2 = You write a safety notice. What can you put in it?
    .a = What to look out for, and where
    .b = The name of the woman who was hurt
    .c = A phone number of a community member
    .right = a
    .why = Say what happened and where. Never names or phone numbers of community members.

training-lesson-safety = Nobody goes alone. Check in when the session starts and check out when it ends. If you do not check out, the bot asks if you are safe, then tells your lead. Learn the arrest card before you need it.
    .title = 🦺 Safety protocol
training-lesson-safety-1 = Your outreach session ends. What do you do?
    .a = Go home, no need to tell anyone
    .b = Tap “Check out” in the bot
    .c = Wait for a lead to call
    .right = b
    .why = Checking out tells the team you are safe. If you do not, your lead is told.
training-lesson-safety-2 = The police stop you. What helps most?
    .a = Run away
    .b = Stay calm and ask to speak to a lawyer
    .c = Sign any paper they give you
    .right = b
    .why = Stay calm, ask for a lawyer, and do not sign what you do not understand. See the arrest card in /rights.

training-lesson-referral = A referral sends a person to a service that can help. Look for the service in the bot first. Check it is still right. Give the referral note, which has no personal details. Later, ask how it went.
    .title = 📝 Making a referral
training-lesson-referral-1 = How do you find a trusted service for someone?
    .a = Search the bot's directory
    .b = Guess
    .c = Send them to the police
    .right = a
    .why = The directory lists services that peers checked.
training-lesson-referral-2 = What is on the referral note?
    .a = The person's name and phone number
    .b = The service and a code, no personal details
    .c = Their papers
    .right = b
    .why = The note only says that a peer programme sent the person. It has nothing personal.

training-lesson-consent = Ask before you write anything down about someone. Say what it is for and who will read it. A no is fine, and help does not depend on it. Reports count people. They never name them.
    .title = 🤝 Consent before any report
training-lesson-consent-1 = You want to note a story in your report. What do you do first?
    .a = Write it, they will not know
    .b = Ask the person, and say who will read it
    .c = Add their name so the lead can check
    .right = b
    .why = Ask first. Say what it is for. Never add a name.
training-lesson-consent-2 = The person says no. What happens?
    .a = You still help them, and write nothing
    .b = You stop helping them
    .c = You write it anyway
    .right = a
    .why = Help never depends on saying yes.
