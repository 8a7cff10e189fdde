# Parler à un ou une pair (relais anonyme) et mots de crise.

menu-talk = 🤝 Parler à un ou une pair
menu-duty = 🟢 Disponibilité pour parler

relay-topic = { $topic ->
    [police] Police ou arrestation
    [violence] Violence
    [health] Santé
    [papers] Papiers ou asile
   *[talk] Juste parler
}
relay-intro = Vous pouvez écrire ici à une pair-éducatrice ou un pair-éducateur. Il ou elle ne voit ni votre compte, ni votre nom, ni votre numéro, et vous ne voyez que son nom d'équipe. Nous ne gardons rien de ce que vous écrivez, et les messages sont effacés à la fin de la conversation. De quoi voulez-vous parler ?
relay-asked = Nous demandons aux pairs disponibles maintenant. Attendez ici ; vous pouvez déjà écrire.
relay-no-peer = Personne n'est libre pour le moment. Si vous êtes en danger, appelez un numéro d'urgence maintenant. Vous pouvez aussi laisser un message : quelqu'un répondra dans la journée.
relay-leave = ✉️ Laisser un message
relay-leave-message = Écrivez votre message ici. Un ou une pair répondra dans la journée. Si personne ne peut, nous vous le dirons.
relay-waiting = Vous attendez un ou une pair. Vous pouvez écrire ; il ou elle le lira en répondant.
relay-held = Un ou une pair le lira dès qu'il ou elle répondra.
relay-held-full = Attendez un ou une pair avant d'écrire davantage.
relay-cancel = ✖ Ne plus attendre
relay-cancelled = Attente arrêtée. Rien de ce que vous avez écrit n'est gardé.
relay-talking = Vous parlez avec { $alias }. Écrivez ici ; il ou elle ne voit que ce que vous écrivez.
relay-started = 💬 Un ou une pair est là.
    Vous parlez avec { $alias }. Écrivez ici ; il ou elle ne voit que ce que vous écrivez.
relay-handed = Un ou une autre pair va continuer. Attendez ici.
relay-end = ✖ Terminer la conversation
relay-ended = La conversation est terminée. Ses messages ont été effacés et rien n'a été gardé.
relay-give-feedback = 💬 Dites-nous comment ça s'est passé (anonyme)
relay-dropped = Désolé, personne n'a pu répondre à temps. Si vous avez besoin d'aide maintenant, appelez un numéro d'urgence : les contacts sont ci-dessous.
relay-talk-again = 🤝 Réessayer
relay-blocked = Impossible de parler aux pairs en ce moment.
relay-emergency = 🚑 Contacts d'urgence
relay-emergency-title = Qui peut aider maintenant :

relay-crisis = Vous n'êtes pas seul ou seule. Parlez aux pairs maintenant, ou appelez quelqu'un qui peut aider.
relay-crisis-words = arrêt*, arrete*, police*, flic*, keuf*, aide, aidez*, aidez-moi, au secours, secours, blessé*, viol, violé*, violence*, violent*, frapp*, battu*, expuls*, agress*, danger*, urgence, menac*, prison, garde à vue, rafle*, tabass*, enlev*, sequestr*

relay-duty-on = Vous êtes disponible pour parler jusqu'à { $until }.
relay-duty-off = Vous n'êtes pas disponible pour parler maintenant.
relay-duty-switch-on = 🟢 Je suis disponible
relay-duty-switch-off = ⚪ Je ne suis plus disponible
relay-waiting-count = { $count ->
    [one] { $count } personne attend pour parler.
   *[other] { $count } personnes attendent pour parler.
}
relay-accept-number = ✅ Accepter la conversation { $conversation }
relay-on-duty-title = Disponibles maintenant :
relay-on-duty-none = Personne n'est disponible maintenant.
relay-on-duty-line = { $alias }, jusqu'à { $until }{ $busy ->
    [yes] , en conversation
   *[no] {""}
}
relay-offer = 💬 Quelqu'un voudrait parler (conversation { $conversation }).
relay-accept = ✅ Accepter
relay-taken = Un ou une autre pair a déjà répondu.
relay-busy = Terminez d'abord votre conversation.
relay-back = ⬅️ Retour
relay-peer-talking = Conversation { $conversation } : { $topic }. La personne vous voit comme { $alias }. Ce que vous écrivez ici lui est transmis ; ne demandez jamais son nom, son numéro ou son adresse.
relay-hand-over = 🔁 Passer le relais
relay-block = ⛔ Bloquer
relay-hand-to = { $to ->
    [lead] 🧭 À un ou une responsable
   *[peer] 🤝 À un ou une autre pair
}
relay-hand-to-ask = Qui doit continuer la conversation { $conversation } ?
relay-handed-over = Relais passé. Les messages ont été effacés de cette discussion.
relay-nobody-to-hand = Personne ne peut la prendre maintenant. La conversation reste avec vous.
relay-block-ask = Bloquer cette personne pendant 30 jours ? La conversation se termine et elle ne pourra plus demander un ou une pair.
relay-blocked-done = Bloquée pendant 30 jours. La conversation est terminée.
relay-you-ended = Vous avez terminé la conversation { $conversation }. Ses messages ont été effacés.
relay-ended-peer = 💬 La conversation { $conversation } est terminée. Ses messages ont été effacés.

relay-figures = 📊 Chiffres
relay-figures-title = Parler à un ou une pair, par mois :
relay-figures-month = { $month } : { $conversations ->
    [one] { $conversations } conversation
   *[other] { $conversations } conversations
}, { $median ->
    [one] { $median } minute
   *[other] { $median } minutes
} avant réponse (médiane), { $unanswered } sans réponse
relay-figures-hidden = moins de { $k }
