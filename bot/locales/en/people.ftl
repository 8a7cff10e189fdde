# Welcome, help, language, privacy, roles, invites and joining.

# Role names. $role is one of: member, peer, lead, admin.
people-role-name = { $role ->
    [peer] peer educator
    [lead] outreach lead
    [admin] administrator
   *[member] member
}

people-welcome = Welcome. This bot helps you find trusted services, know your rights and tell us what you need.
people-welcome-does = Everything works with buttons. You never need to give your name.
people-welcome-keeps = We keep almost nothing about you. Telegram can read chats with bots, so do not send anything you want to keep secret. See 🔒 Privacy.
people-welcome-role = Your role: { people-role-name }. Your name in the team: { $alias }.

help-member = Use the buttons to move around. /language changes the language. /privacy says what we keep. /cancel stops what you are doing. /start shows the menu again.
help-peer = As a peer educator you can see your role with /whoami.
help-lead = As a lead you can invite peers with /invite and see your team with /team. You can deactivate a peer there; they lose access at once.

language-choose = Choose your language:
language-saved = Done. I will speak English with you.

privacy-text = What we keep: if you choose a language, we keep that choice under a code that cannot be linked to your Telegram account without our secret key. We do not keep your name, your phone number or your messages. You can erase your language choice below at any time.
privacy-telegram = Telegram can read chats with bots, and your messages stay on your phone until you delete them.
privacy-team = Peers and leads: we keep your Telegram account number, your alias and your language while you have a role. When your role ends, we erase the account number and keep only the alias on past records.
privacy-forget-language = 🗑 Erase my language choice
privacy-language-forgotten = Done. Your language choice is erased.

people-whoami = Role: { people-role-name }
    Name in the team: { $alias }
    Language: { $language }

people-invite-choose = Who do you want to invite?
people-invite-as = { $role ->
    [lead] Invite an outreach lead
   *[peer] Invite a peer educator
}
people-invite-created = Invite for a new { people-role-name }. It works once, until { DATETIME($expires, dateStyle: "medium") }.
    Send this link only to that person:
    { $link }
    Or they can send: /join { $code }

people-join-ask-code = Please type your invite code.
people-join-unknown = This invite code is not right. Check it with the person who invited you.
people-join-expired = This invite has expired. Ask for a new one.
people-join-used = This invite was already used. Ask for a new one.
people-join-retry = Type the code again, or send /cancel to stop.
people-join-already = You already have a role here: { people-role-name }.
people-joined = Welcome to the team. Your role: { people-role-name }.
people-alias-ask = Choose a name the team will see. Do not use your real name. Type it now, or keep the one below.
people-alias-keep = Keep “{ $alias }”
people-alias-saved = Saved. The team will see you as { $alias }.
people-alias-too-short = This name is too short. Use at least 2 letters.
people-alias-too-long = This name is too long. Use at most 24 letters.
people-alias-characters = Please use only letters, numbers and spaces.
people-alias-contact = Please do not put a phone number, an @name or a link in your name.

people-team-title = Your team. Tap a name to see more.
people-team-empty = There is nobody in your team yet. Use ➕ Invite.
people-member-label = { $alias } · { people-role-name }
people-member-card = { $alias }
    Role: { people-role-name }
    Joined: { $joined }
people-member-area = Area: { $area }
people-set-area = 📍 Set area
people-choose-area = Choose the area where { $alias } works:
people-deactivate = Deactivate
people-deactivate-confirm = Deactivate { $alias }? They lose access at once. Their past records keep only the alias.
people-deactivate-yes = Yes, deactivate
people-deactivated = { $alias } is deactivated and has no access any more.
