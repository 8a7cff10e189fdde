# Talk to a peer (an anonymous relay) and crisis words. The first line of a letter shows on a
# locked phone: keep it neutral.

menu-talk = 🤝 Talk to a peer
menu-duty = 🟢 Talk to a peer: availability

# $topic is one of the topics.
relay-topic = { $topic ->
    [police] Police or arrest
    [violence] Violence
    [health] Health
    [papers] Papers or asylum
   *[talk] Just talk
}
relay-intro = You can write to a peer educator here. They do not see your account, your name or your number, and you see only their team name. We keep nothing of what you write, and the messages are deleted when the conversation ends. What would you like to talk about?
relay-asked = We are asking the peers who are available now. Please wait here; you can already write.
relay-no-peer = No peer is available right now. If you are in danger, call an emergency number now. You can also leave a message: a peer will answer within a day.
relay-leave = ✉️ Leave a message
relay-leave-message = Write your message here. A peer will answer within a day. If nobody can, we will tell you.
relay-waiting = You are waiting for a peer. You can write; they will read it when they answer.
relay-held = A peer will read this as soon as one answers.
relay-held-full = Please wait for a peer before writing more.
relay-cancel = ✖ Stop waiting
relay-cancelled = You stopped waiting. Nothing you wrote was kept.
relay-talking = You are talking with { $alias }. Write here; they see only what you write.
relay-started = 💬 A peer is here.
    You are talking with { $alias }. Write here; they see only what you write.
relay-handed = Another peer will continue. Please wait here.
relay-end = ✖ End the conversation
relay-ended = The conversation has ended. Its messages were deleted, and nothing of it was kept.
relay-give-feedback = 💬 Tell us how it went (anonymous)
relay-dropped = No peer could answer in time, sorry. If you need help now, call an emergency number: the contacts are below.
relay-talk-again = 🤝 Try again
relay-blocked = You cannot talk to a peer for now.
relay-emergency = 🚑 Emergency contacts
relay-emergency-title = Who can help now:

# Crisis words: text typed outside a form that says someone is in danger.
relay-crisis = You are not alone. You can talk to a peer now, or call someone who can help.
# Matched in every language at once, lower or upper case, accents ignored. Separate with commas;
# * at the end matches any ending (arrest* matches arrested), at the start any beginning.
relay-crisis-words = arrest*, police*, cop, cops, help, hurt*, rape*, raping, beaten, beat me, beating, deport*, attack*, assault*, violence, violent, danger*, emergency, raid*, jail*, prison, detain*, detention, kill*, threat*, bleeding, abuse*, unsafe, kidnap*

# The team's side.
relay-duty-on = You are available to talk until { $until }.
relay-duty-off = You are not available to talk now.
relay-duty-switch-on = 🟢 I'm available
relay-duty-switch-off = ⚪ I'm not available now
relay-waiting-count = { $count ->
    [one] { $count } person is waiting to talk.
   *[other] { $count } people are waiting to talk.
}
relay-accept-number = ✅ Accept conversation { $conversation }
relay-on-duty-title = Available now:
relay-on-duty-none = Nobody is available now.
# $busy is yes or no.
relay-on-duty-line = { $alias }, until { $until }{ $busy ->
    [yes] , talking now
   *[no] {""}
}
relay-offer = 💬 Someone would like to talk (conversation { $conversation }).
relay-accept = ✅ Accept
relay-taken = Another peer has already answered.
relay-busy = Please end your conversation first.
relay-back = ⬅️ Back
relay-peer-talking = Conversation { $conversation }: { $topic }. They see you as { $alias }. What you write here goes to them; never ask for their name, number or address.
relay-hand-over = 🔁 Hand over
relay-block = ⛔ Block
# $to is peer or lead.
relay-hand-to = { $to ->
    [lead] 🧭 To a lead
   *[peer] 🤝 To another peer
}
relay-hand-to-ask = Who should continue conversation { $conversation }?
relay-handed-over = Handed over. The messages were deleted from this chat.
relay-nobody-to-hand = Nobody can take it now. The conversation stays with you.
relay-block-ask = Block this person for 30 days? The conversation ends and they cannot ask for a peer.
relay-blocked-done = Blocked for 30 days. The conversation has ended.
relay-you-ended = You ended conversation { $conversation }. Its messages were deleted.
relay-ended-peer = 💬 Conversation { $conversation } has ended. Its messages were deleted.

# The leads' monthly figures.
relay-figures = 📊 Figures
relay-figures-title = Talk to a peer, by month:
relay-figures-month = { $month }: { $conversations ->
    [one] { $conversations } conversation
   *[other] { $conversations } conversations
}, { $median ->
    [one] { $median } minute
   *[other] { $median } minutes
} to answer (median), { $unanswered } not answered
relay-figures-hidden = fewer than { $k }
