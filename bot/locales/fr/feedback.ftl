# Draft translation: to be reviewed by a native speaker.
# Anonymous feedback: the form anyone can fill in, and the reports leads read.
# Words: "avis" = feedback; "obstacle" = barrier; "responsable" = lead.

menu-feedback = 💬 Donner mon avis
menu-report = 📈 Rapport des avis

feedback-intro = Vos réponses restent anonymes. Nous ne gardons ni qui vous êtes, ni votre compte, ni le jour de votre réponse (seulement la semaine). Vous pouvez arrêter à tout moment avec ✖.
feedback-begin = ▶️ Commencer
feedback-back = ⬅️ Retour
feedback-stop = ✖ Arrêter
feedback-topic = De quoi s'agit-il ?
# $topic is one of the topics.
feedback-topic-name = { $topic ->
    [service] Un service que j'ai utilisé
    [outreach] Une séance de terrain
    [needs] Ce dont j'ai besoin
    [safety] Sécurité
    [peer] Parler à un ou une pair
   *[other] Autre chose
}
feedback-which-service = Quel service ? Touchez son type, ou écrivez une partie de son nom.
feedback-pick-service = Touchez le service :
feedback-no-service-found = Rien n'a été trouvé. Écrivez un autre nom, ou choisissez par type.
feedback-no-service-of-type = Pas encore de service de ce type. Essayez un autre type, ou écrivez une partie du nom.
feedback-service-not-say = 🤐 Je préfère ne pas le dire
feedback-other-types = 🗂 Autres types
feedback-more = ➡️ Plus
feedback-about-service = À propos de : { $name }
feedback-given = Avez-vous reçu le service ?
# $given is yes, partly or no.
feedback-given-answer = { $given ->
    [yes] Oui
    [partly] En partie
   *[no] Non
}
feedback-explained = Vous a-t-on expliqué pourquoi ?
feedback-waiting = Combien de temps avez-vous attendu ?
# $waiting is one of the waiting bands.
feedback-waiting-answer = { $waiting ->
    [none] Pas d'attente
    [under-1h] Moins d'une heure
    [from-1-to-3h] 1 à 3 heures
   *[over-3h] Plus de 3 heures
}
feedback-staff = Comment l'équipe du service s'est-elle comportée avec vous ?
feedback-overall = Dans l'ensemble, comment ça s'est passé ?
feedback-barriers = Quelque chose a été difficile ? Touchez tout ce qui va, puis Terminé.
# $barrier is one of the barriers.
feedback-barrier = { $barrier ->
    [cost] Coût
    [language] Langue
    [papers] Papiers ou documents
    [stigma] Stigmatisation ou discrimination
    [police] Police
    [distance] Distance
    [hours] Horaires d'ouverture
    [safety] Sécurité
    [childcare] Garde des enfants
   *[other] Autre chose
}
feedback-needs = De quoi avez-vous besoin, sans le trouver ? Touchez tout ce qui va, puis Terminé.
feedback-free-text = Autre chose ? Écrivez-le ici (1 000 lettres au plus), ou touchez Passer. N'écrivez pas de noms ni de numéros de téléphone.
feedback-too-long = C'est trop long. Merci de raccourcir.
feedback-review = Vérifiez, puis envoyez :
feedback-review-text = Vos mots, tels que nous les garderons : { $text }
feedback-review-service = Service : { $name }
feedback-review-barriers = Ce qui a rendu les choses difficiles : { $list }
feedback-review-needs = Ce dont vous avez besoin : { $list }
feedback-send = 📨 Envoyer
feedback-thanks = Merci. Votre réponse est enregistrée. Elle nous aide à changer ce qui ne marche pas.
feedback-limit = Vous avez beaucoup envoyé aujourd'hui. Merci de réessayer demain.
feedback-expired = Ce formulaire est fermé. Pour donner votre avis, merci de recommencer.
feedback-nothing = (rien)
feedback-flagged = Un service est renvoyé pour être revu, à cause de signalements répétés de discrimination : { $name } ({ $count } signalements ou plus en 30 jours).
feedback-flagged-note = 🔔 Une note pour l'équipe. Touchez Lire pour la voir.
feedback-flagged-read = 📖 Lire

# Reports for leads.
feedback-report-choose = Quelle période ?
feedback-report-title = Avis { $period }
feedback-report-submissions = Réponses : { $count } (période précédente : { $previous })
feedback-report-line = { $name } : { $count }{ $share }
feedback-report-barriers = Obstacles :
feedback-report-needs = Besoins sans réponse :
feedback-report-topics = Sujets :
feedback-report-ratings = Note moyenne (au moins { $k } réponses) :
feedback-report-rating = { $name } : { $average } / 5 ({ $count })
feedback-report-excerpts = Quelques mots écrits par des personnes :
feedback-report-hidden = masqué
feedback-report-empty = Aucune réponse pour cette période.
feedback-report-few = Moins de { $k } réponses pour cette période. Rien de plus n'est montré, pour que personne ne puisse être reconnu.
feedback-chart-hidden = <{ $k }
feedback-summary = Résumé des besoins, { $period } : { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} ({ $before }).
feedback-summary-barrier = { $name } : rencontré dans { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} ({ $share } %) ; { $before }.
feedback-summary-need = { $name } : demandé dans { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} ({ $share } %) ; { $before }.
feedback-summary-barrier-few = { $name } : rencontré dans moins de { $k } réponses ; { $before }.
feedback-summary-need-few = { $name } : demandé dans moins de { $k } réponses ; { $before }.
feedback-summary-before = { $period } : { $count ->
    [0] aucune
   *[other] { $count }
}
feedback-summary-before-few = { $period } : moins de { $k }
