# Draft translation: to be reviewed by a native speaker.
# Outreach sessions: planning, invitations, reminders, safety check-ins, reports, figures.
# Reminders and invitations may show on a locked phone: keep them neutral (time and area only).
# Words: "séance" = outreach session; "de terrain" = outreach (as in "responsable de terrain").

menu-plan = 🗓 Planifier une séance
menu-sessions = 📋 Séances
menu-figures = 📊 Chiffres du mois
menu-my-sessions = 🗓 Mes séances

# $kind is one of the session kinds.
outreach-kind = { $kind ->
    [outreach-walk] Tournée de terrain
    [testing-day] Journée de dépistage
    [rights-workshop] Atelier : connaître ses droits
    [distribution] Distribution
    [peer-meeting] Réunion entre pairs
   *[other] Autre
}
# A session in one line: $when is a local date and time, $area the area's name.
outreach-when-where = { $when }, { $area }
outreach-minutes = { $hours } h

outreach-plan-kind = Quel type de séance ?
outreach-plan-area = Dans quelle zone ?
outreach-plan-day = Quel jour ?
outreach-plan-start = À quelle heure commence-t-elle ? La ligne du bas change les minutes.
outreach-plan-length = Combien de temps ?
outreach-plan-peers = Combien de pairs faut-il ? (Au moins deux : personne n'y va sans compagnie.)
outreach-plan-note = Ajoutez une note courte pour les pairs, ou touchez Passer. N'écrivez pas de noms, de numéros de téléphone ni d'adresses de personnes de la communauté.
outreach-plan-repeat = Une seule fois, ou chaque semaine ?
outreach-repeat-once = Une seule fois
outreach-repeat-weeks = { $weeks ->
    [one] Chaque semaine, une fois
   *[other] Chaque semaine, { $weeks } fois
}
outreach-plan-review = Vérifiez, puis enregistrez :
outreach-plan-save = 💾 Enregistrer
outreach-plan-saved = Enregistré : { $count ->
    [one] une séance
   *[other] { $count } séances
}.
outreach-plan-past = Cette heure est déjà passée. Merci d'en choisir une autre.
outreach-no-areas = Aucune zone n'est encore prévue. Importez d'abord les zones (scripts/directory.py import-areas).
outreach-previous-month = ⬅️
outreach-next-month = ➡️

outreach-session-title = { $kind } · { $when-where }
outreach-session-details = Durée : { $length } · Pairs nécessaires : { $needed } · Présences confirmées : { $confirmed } · En attente : { $waiting }
outreach-session-note = Note : { $note }
outreach-session-cancelled = ⛔ Annulée
# $status is invited, confirmed, waiting or declined.
outreach-status = { $status ->
    [invited] invitation envoyée
    [confirmed] présence confirmée
    [waiting] liste d'attente
   *[declined] a décliné
}
outreach-roster-line = { $alias } : { $status }{ $checks }
outreach-checked-in = · arrivée signalée
outreach-checked-out = · départ signalé
outreach-open-call = 📣 Appeler tous les pairs de la zone
outreach-invite-peers = ➕ Inviter des pairs
outreach-choose-peer = Touchez un nom pour inviter cette personne :
outreach-invited = { $count ->
    [0] Personne de nouveau n'a été invité.
    [one] Une personne invitée.
   *[other] { $count } personnes invitées.
}
outreach-call-series = 📣 Appeler la zone : chaque semaine
outreach-invite-series = ➕ Inviter : chaque semaine
outreach-change-time = 🕑 Changer l'heure
outreach-change-area = 📍 Changer la zone
outreach-change-note = ✏️ Changer la note
outreach-cancel-one = ✖ Annuler cette séance
outreach-cancel-series = ✖ Annuler la suite de la série
outreach-cancelled-done = C'est annulé. Toutes les personnes prévues ont été prévenues.
outreach-moved-done = C'est changé. Toutes les personnes prévues ont été prévenues.
outreach-week = Séances de la semaine du { $monday } :
outreach-week-empty = Aucune séance cette semaine.
outreach-calendar-file = 📅 Fichier calendrier
outreach-calendar-name = Calendrier
outreach-calendar-event = Réunion

# Messages to peers: neutral words only.
outreach-invitation = Invitation : { $when-where } ({ $length }). Pouvez-vous venir ?
outreach-invitation-series = Invitation : chaque semaine à partir de { $when-where } ({ $length }), { $count ->
    [one] une fois
   *[other] { $count } fois
}. Pouvez-vous venir ?
outreach-yes-all = ✅ Oui, à chaque fois
outreach-choose-dates = 🗓 Choisir les dates
outreach-series-answered = Merci. Sur la liste : { $confirmed }. Liste d'attente : { $waiting }.
outreach-yes = ✅ Oui
outreach-no = ✖ Non
outreach-confirmed = Merci, vous êtes sur la liste.
outreach-waiting = C'est complet pour le moment. Vous êtes sur la liste d'attente ; nous vous préviendrons si une place se libère.
outreach-declined = Merci de nous avoir prévenus.
outreach-promoted = Une place s'est libérée. Vous êtes sur la liste : { $when-where }.
outreach-reminder = Rappel : { $when-where }.
outreach-cancelled = Annulé : { $when-where }.
outreach-changed = Changement : maintenant { $when-where }.
outreach-safety-check = Êtes-vous en sécurité ? Touchez ci-dessous.
outreach-safe = ✅ Je suis en sécurité
outreach-safe-thanks = Merci. Prenez soin de vous.
outreach-lead-alert = { $alias } n'a pas répondu après la séance : { $when-where }. Merci de prendre de ses nouvelles.
outreach-peer-declined = { $alias } ne peut plus venir : { $when-where }.
outreach-peer-left = { $alias } a quitté l'équipe : { $when-where }.
outreach-peer-unreachable = Le bot ne peut plus joindre { $alias } : { $when-where }.
outreach-peers-reachable = Présences confirmées et joignables : { $count } sur { $needed }.
outreach-peers-short = Personne n'y va sans compagnie : invitez d'autres pairs.
outreach-open-session = 📋 Ouvrir la séance
outreach-report-prompt = Comment ça s'est passé ? Merci d'envoyer un court rapport.
outreach-check-in = ✅ Signaler mon arrivée
outreach-check-out = 🏁 Signaler mon départ
outreach-checked = C'est noté.
outreach-check-early = C'est possible à partir d'une heure avant le début.
outreach-check-in-closed = L'arrivée ne peut plus être signalée pour cette séance.
outreach-cannot-come = ✖ Je ne peux pas venir
outreach-my-sessions = Vos séances :
outreach-my-sessions-empty = Vous n'avez aucune séance prévue.
outreach-my-line = { $when-where } · { $status }
outreach-your-part = Vous : { $status }

# Reports.
outreach-report-button = 📝 Rapport
# $field is the count being entered.
outreach-report-field = { $field ->
    [reached_new] Personnes touchées pour la première fois
    [reached_returning] Personnes touchées déjà venues
    [condoms] Préservatifs donnés
    [lubricant] Lubrifiant donné
   *[leaflets] Brochures données
}
outreach-report-number = { $field } : { $value }
outreach-report-type-number = Merci de taper un nombre de 0 à 9999, ou d'utiliser les boutons.
outreach-report-referrals = Orientations faites : touchez un type une fois pour chaque orientation, puis Terminé.
outreach-report-incidents = Incidents de sécurité : touchez un type une fois pour chaque incident, puis Terminé. Pas de noms.
# $kind is one of the incident kinds.
outreach-incident = { $kind ->
    [violence] Violence
    [police] Police
    [arrest] Arrestation
    [robbery] Vol
    [harassment] Harcèlement
    [health-emergency] Urgence de santé
   *[other] Autre
}
outreach-report-note = Autre chose ? Écrivez une note courte, ou touchez Passer. Pas de noms ni de numéros de téléphone.
outreach-report-review = Vérifiez, puis envoyez :
outreach-report-send = 📨 Envoyer
outreach-report-saved = Merci. Votre rapport est enregistré. Vous pouvez le modifier pendant 48 heures.
outreach-report-closed = Ce rapport ne peut plus être modifié.
outreach-form-closed = Ce formulaire est fermé (il a attendu trop longtemps, ou le bot a redémarré). Rien n'a été enregistré. Vous pouvez recommencer.
outreach-start-again = 🔁 Recommencer
outreach-report-summary = Nouvelles personnes : { $new } · Déjà venues : { $returning } · Préservatifs : { $condoms } · Lubrifiant : { $lubricant } · Brochures : { $leaflets }
outreach-report-lists = Orientations : { $referrals } · Incidents : { $incidents }
outreach-delete-digit = ⌫
outreach-ok = ✅ OK

# Monthly figures.
outreach-figures-choose = Quel mois ?
outreach-figures-none = Aucun mois ne peut encore être lu : un mois peut être lu trois jours après sa fin.
outreach-figures = { $month }{ $area }
    Séances : prévues { $planned }, tenues { $held }, annulées { $cancelled }
    Heures des pairs : { $hours }
    Personnes touchées : nouvelles { $new }, déjà venues { $returning }
    Donnés : préservatifs { $condoms }, lubrifiant { $lubricant }, brochures { $leaflets }
    Orientations : { $referrals }
    Incidents : { $incidents }
# Shown for a count hidden to protect people: it may be small, or hidden so a small one stays hidden.
outreach-hidden = masqué
outreach-figures-area = { $area } : prévues { $planned }, tenues { $held }, annulées { $cancelled }, heures des pairs { $hours }
# Labels of the monthly chart; $key is planned, held or cancelled.
outreach-chart-label = { $key ->
    [planned] Séances prévues
    [held] Séances tenues
   *[cancelled] Séances annulées
}
outreach-none = néant
outreach-figures-file = chiffres du mois
