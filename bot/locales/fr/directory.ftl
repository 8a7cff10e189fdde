# Draft translation: to be reviewed by a native speaker.
# The service directory: finding services, service cards, referral notes, proposing and vetting.
# Words: "vérifier" = check that a service is still right; "valider" = review a proposed service.

# $category is one of the category codes.
directory-category = { $category ->
    [health] Santé
    [hiv-sti] VIH et IST : dépistage, traitement, PrEP et PEP
    [sexual-health] Santé sexuelle et reproductive
    [mental-health] Santé mentale
    [legal-aid] Aide juridique
    [gbv] Aide après des violences
    [shelter] Hébergement sûr
    [drop-in] Centre d'accueil
    [livelihood] Travail et revenus
    [documentation] Papiers et asile
    [harm-reduction] Réduction des risques
    [sex-worker-led] Organisation dirigée par des travailleuses et travailleurs du sexe
    [peer-support] Groupe de soutien entre pairs
   *[emergency] Urgence
}
# A service type on a button: its icon and a short name (30 characters at most).
directory-category-button = { $category ->
    [health] 🩺 Santé
    [hiv-sti] 🧪 VIH et IST
    [sexual-health] 🌸 Santé sexuelle
    [mental-health] 🧠 Santé mentale
    [legal-aid] ⚖️ Aide juridique
    [gbv] 🆘 Aide après violence
    [shelter] 🏠 Hébergement sûr
    [drop-in] ☕ Centre d'accueil
    [livelihood] 💼 Travail et revenus
    [documentation] 📄 Papiers et asile
    [harm-reduction] 💉 Réduction des risques
    [sex-worker-led] ✊ Mené par des TDS
    [peer-support] 🤝 Soutien entre pairs
   *[emergency] 🚨 Urgence
}

menu-find = 🔎 Trouver un service
menu-propose = ➕ Ajouter un service
menu-recheck = 🔁 Vérifier les services
menu-queue = ✅ Valider

directory-find-title = Comment chercher ? Vous pouvez aussi activer ou couper des filtres.
directory-by-category = 📂 Par type de service
directory-near-me = 📍 Près de moi
directory-by-word = 🔤 Chercher par mot
# $on is "yes" or "no".
directory-filter-free = { $on ->
    [yes] ☑ Gratuit
   *[no] ☐ Gratuit
}
directory-filter-no-papers = { $on ->
    [yes] ☑ Pas besoin de papiers
   *[no] ☐ Pas besoin de papiers
}
directory-filter-sex-worker-led = { $on ->
    [yes] ☑ Dirigé par des travailleuses et travailleurs du sexe
   *[no] ☐ Dirigé par des travailleuses et travailleurs du sexe
}
directory-filter-open-now = { $on ->
    [yes] ☑ Ouvert maintenant
   *[no] ☐ Ouvert maintenant
}

directory-choose-category = Choisissez un type de service :
directory-results = { $category } — touchez un service pour voir.
directory-no-results = Rien n'a été trouvé. Essayez un autre type de service, ou désactivez des filtres.
directory-search-ask = Écrivez un mot à chercher, par exemple : clinique, juridique, hébergement.
directory-search-results = Résultats pour « { $words } » — touchez un service pour voir.
directory-search-too-short = Merci d'écrire au moins un mot.
directory-search-none = Rien n'a été trouvé pour « { $words } ». Essayez un autre mot, ou désactivez des filtres.
directory-search-again = 🔤 Chercher encore

directory-near-what = Besoin de quoi près de vous ? Un type, ou tous.
directory-near-any = 📍 Tous les types de service
directory-near-ask = Touchez le bouton pour dire où vous êtes. Nous l'utilisons une fois, sans le garder.
directory-share-location = 📍 Partager ma position
directory-near-or-area = Ou choisissez une zone :
directory-near-results = Les services proches. Touchez-en un pour voir.
directory-area-results = Les services près du centre de { $area }. Touchez-en un pour en voir plus.
directory-near-type-results = Les plus proches : { $category }. Touchez-en un.
directory-area-type-results = { $category } près du centre de { $area }. Touchez-en un pour voir.
directory-near-none = Aucun service trouvé près de là. Essayez une autre zone, ou désactivez des filtres.
directory-live-location = La position en direct n'est pas utilisée. Partagez votre position une fois.
directory-location-used = Votre position a servi une fois, sans être gardée, et a été effacée.
directory-no-areas = Aucune zone n'est encore prévue.

# Distance bands.
directory-distance = { $band ->
    [under-1] moins de 1 km
    [from-1-to-3] 1–3 km
    [from-3-to-10] 3–10 km
   *[further] plus de 10 km
}
directory-open-now = Ouvert maintenant
directory-open-until = Ouvert maintenant, jusqu'à { $time }
directory-opens-at = Fermé. Ouvre { $day } à { $time }
directory-closed = Fermé
directory-hours-unknown = Horaires inconnus
directory-result-label = { $name } · { $status }
directory-result-label-distance = { $name } · { $distance } · { $status }

# The service card.
directory-card-organisation = 🏢 { $organisation }
directory-card-categories = 🏷 { $categories }
directory-card-address = 📍 { $address }
directory-card-hours = 🕘 { $hours }
directory-card-week = { $days } { $times }
directory-all-day = 24 heures
directory-card-open-24-hours = 🕘 Ouvert 24 h sur 24, tous les jours
directory-card-free = 💵 Gratuit
directory-card-fees = 💵 { $fees }
directory-card-cost-unknown = 💵 Prix inconnu
directory-card-no-papers = 📄 Pas besoin de papiers
directory-card-papers = 📄 Papiers demandés : { $documents }
directory-card-papers-unknown = 📄 Demandez si des papiers sont nécessaires
directory-card-languages = 🗣 { $languages }
directory-card-interpretation = { $available ->
    [yes] 🗣 Un interprète peut aider
   *[no] 🗣 Pas d'interprète
}
directory-card-accessibility = ♿ { $accessibility }
directory-card-phone = ☎ { $phone }
directory-card-email = ✉ { $email }
directory-card-url = 🔗 { $url }
directory-card-eligibility = 👤 { $eligibility }
directory-card-directions = 🧭 { $directions }
directory-card-notice = 📢 { $notice }
directory-card-temporarily-closed = ⛔ Fermé pour le moment
# French "one" also covers 0, so [0] must come first.
directory-card-checked = ✔ Vérifié { $days ->
    [0] aujourd'hui
    [one] hier
   *[other] il y a { $days } jours
}
directory-card-not-recent = ⚠ Pas vérifié récemment (dernière vérification il y a { $days } jours)
directory-card-state = Statut : { $state ->
    [proposed] en attente de validation
    [review] renvoyé pour être revu
    [published] publié
    [rejected] refusé
   *[archived] archivé
}
directory-card-reports = Problèmes signalés : { $reports }
# Our attributes, shown together on one line.
directory-flag = { $flag ->
    [sex_worker_led] Dirigé par des travailleuses et travailleurs du sexe
    [rights_based] Respectueux, sans jugement
    [no_police_reporting] Ne prévient pas la police
    [trans_friendly] Accueillant pour les personnes trans
    [confidential] Confidentiel
   *[walk_in] Sans rendez-vous
}

directory-button-map = 🗺 Carte
directory-button-referral = 📝 Fiche d'orientation
directory-button-confirm = ✅ C'est toujours bon
directory-button-report = ⚠️ Signaler un problème
directory-button-back = ⬅️ Retour
directory-button-feedback = 💬 Mon avis sur ce service

directory-referral = 📝 Fiche d'orientation
    Service : { $service }
    Code : { $code }
    Merci de montrer cette fiche au service. Elle dit qu'un programme de pair-éducation a envoyé cette personne. Elle ne contient aucune information personnelle.

directory-confirmed = Merci. C'est noté comme vérifié aujourd'hui.
directory-report-choose = Qu'est-ce qui ne va pas ?
# $kind is one of the problem kinds.
directory-problem = { $kind ->
    [closed] Il a fermé
    [moved] Il a déménagé
    [wrong-hours] Les horaires sont faux
    [treated-badly] Des personnes y ont été mal traitées
    [asked-for-papers] Ils ont demandé des papiers
   *[called-police] Ils ont appelé la police
}
directory-report-thanks = Merci. L'équipe va regarder.
directory-report-review = Merci. Il reste caché jusqu'à vérification.
directory-report-already = Vous nous l'avez déjà dit, c'est bien reçu. L'équipe va regarder.

directory-recheck-title = Ces services doivent être vérifiés. Touchez-en un, puis dites-nous si c'est toujours bon.
directory-recheck-none = Rien à vérifier pour le moment. Merci.

directory-queue-summary = À jour : { $fresh } · À vérifier : { $due } · Pas vérifiés récemment : { $stale } · Cachés : { $hidden } · En attente de validation : { $waiting }
directory-queue-empty = Rien n'attend de validation.
directory-approve = ✅ Publier
directory-reject = ✖ Refuser
directory-next = Suivant ➡️
directory-approved = Publié : { $name }.
directory-reject-ask = Pourquoi ? Écrivez une raison courte. La personne qui l'a proposé la verra.
directory-rejected = Non publié : { $name }.
directory-proposal-published = Votre proposition « { $name } » est maintenant publiée. Merci.
directory-proposal-rejected = Votre proposition « { $name } » n'a pas été publiée. Raison : { $reason }
directory-review-waiting = Il y a quelque chose de nouveau à valider. Ouvrez ✅ Valider.
directory-decision-letter = 🔔 L'équipe vous a répondu. Touchez Lire.
directory-decision-read = 📖 Lire
directory-your-waiting-item = « { $name } » attend encore qu'un ou une responsable le vérifie.

# Proposing a service, step by step.
directory-propose-name = Comment s'appelle le service ?
directory-your-waiting = En attente d'un ou une responsable :
directory-your-change = { $name } : modification de « { $field } »
directory-propose-categories = Quels types de service propose-t-il ? Touchez tous ceux qui correspondent, puis Terminé.
directory-propose-organisation = Quelle organisation le gère ? Écrivez le nom, ou touchez Passer.
directory-propose-description = Décrivez-le en une ou deux phrases courtes, ou touchez Passer.
directory-propose-phone = Quel est son numéro de téléphone ? Écrivez-le, ou touchez Passer.
directory-propose-phone-invalid = Cela ne ressemble pas à un numéro de téléphone. Écrivez-le à nouveau avec l'indicatif du pays, ou touchez Passer.
directory-propose-place = Où est-il ? Partagez sa position avec 📎 → Position, écrivez l'adresse, ou touchez Passer.
directory-propose-area = Dans quelle zone est-il ?
directory-propose-hours = Quand est-il ouvert ?
# The bot reads day names of this language (babel's full and short names) and the codes Mo-Su.
directory-propose-hours-type = Écrivez les horaires comme ceci (du lundi au vendredi, et le samedi) :
    lun-ven 09:00-17:00; sam 10:00-14:00
directory-propose-hours-invalid = Je n'arrive pas à lire ces horaires. Exemple (du lundi au vendredi, et le samedi) :
    lun-ven 09:00-17:00; sam 10:00-14:00
directory-propose-cost = Est-ce gratuit ?
directory-propose-papers = Les personnes sans papiers peuvent-elles y aller ?
directory-propose-flags = Qu'est-ce qui est vrai pour ce service ? Touchez tout ce qui correspond, puis Terminé.
directory-propose-visibility = Qui peut le voir ?
directory-propose-review = Vérifiez, puis envoyez :
directory-propose-sent = Envoyé aux responsables pour validation. Merci.
directory-propose-closed = Ce formulaire est fermé : le bot a redémarré, ou le formulaire a été arrêté. Rien de plus n'a été envoyé. Vous pouvez recommencer.
directory-propose-again = ➕ Recommencer
directory-propose-too-long = C'est trop long. Merci de raccourcir.
directory-hours-weekdays = Lun–ven, 9:00–17:00
directory-hours-always = Toujours ouvert
directory-hours-custom = Écrire les horaires
directory-answer-yes = Oui
directory-answer-no = Non
directory-answer-unknown = Je ne sais pas
directory-visibility-public = Tout le monde
directory-visibility-peers = Seulement les pairs et les responsables
directory-skip = Passer ➡️
directory-done = Terminé ✅
directory-send = 📨 Envoyer

# Suggesting a change to a published service (peers), or editing one (leads).
directory-button-change = ✏️ Proposer une modification
directory-button-edit = ✏️ Modifier
directory-change-choose = Qu'est-ce qui doit changer ?
directory-edit-choose = Que voulez-vous modifier ? Le changement est immédiat.
# $field is one of the fields a change can touch.
directory-field = { $field ->
    [name] Nom
    [description] Description
    [phone] Numéro de téléphone
    [address] Adresse
    [hours] Horaires d'ouverture
    [is_free] Est-ce gratuit ?
    [no_papers_needed] Les personnes sans papiers peuvent-elles y aller ?
    [status] Ouvert ou fermé
   *[notice] Annonce courte
}
# $status is active, temporarily_closed or closed.
directory-status = { $status ->
    [active] Ouvert comme d'habitude
    [temporarily_closed] Fermé pour le moment
   *[closed] Fermé définitivement
}
directory-change-type = Écrivez la nouvelle valeur pour : { $field }
directory-change-invalid = Je n'ai pas pu utiliser ceci. Essayez à nouveau, ou envoyez /cancel.
directory-change-drafted = Merci. Un ou une responsable va valider votre modification avant qu'elle soit affichée.
directory-change-applied = Enregistré.
directory-change-title = Modification proposée pour « { $name } »
    { $field } : { $old } → { $new }
directory-change-publish = ✅ Publier la modification
directory-change-published = La modification de « { $name } » est publiée.
directory-change-rejected = La modification de « { $name } » n'a pas été publiée.
directory-your-change-published = La modification que vous avez proposée pour « { $name } » est maintenant publiée. Merci.
directory-your-change-rejected = La modification que vous avez proposée pour « { $name } » n'a pas été publiée. Raison : { $reason }
directory-value-empty = (vide)
directory-recheck-offer = 🔁 { $count ->
    [one] Un service doit être vérifié.
   *[other] { $count } services doivent être vérifiés.
} Touchez ci-dessous si vous pouvez aider.
