# Voix de la communauté : l'écran unique des réglages, les questions, les nouvelles « vous avez
# dit, nous avons fait » et les campagnes. Les messages envoyés s'affichent sur un téléphone
# verrouillé : leur première ligne reste neutre.

menu-settings = 🔔 Avis et nouvelles
menu-voice = 🗳 Voix de la communauté
menu-voice-team = 🗳 Questions et campagnes
command-settings = Choisir ce que nous vous envoyons
command-voice = Questions et nouvelles de la communauté

voice-settings-intro = Choisissez ce que vous voulez recevoir. Vous pouvez arrêter à tout moment : chaque message a un bouton « Arrêter ». Nous gardons votre numéro de discussion seulement tant que vous recevez quelque chose.
voice-questions = 🗳 Questions de la communauté
voice-updates = 📣 Nouvelles de la communauté
voice-on = oui
voice-off = non
voice-every-area = toutes les zones
voice-choose-notice-areas = 🔔 Zones des avis de sécurité
voice-choose-question-areas = 📍 Zones des questions
voice-stop-everything = 🔕 Tout arrêter
voice-question-areas = Choisissez les zones pour lesquelles vous voulez des questions. N'en choisissez aucune pour toutes les zones.
voice-back-to-settings = ⬅️ Retour
voice-stopped = { $topic ->
    [questions] C'est fait. Vous ne recevrez plus de questions.
    [updates] C'est fait. Vous ne recevrez plus de nouvelles.
   *[all] C'est fait. Vous ne recevrez plus rien de nous, et nous ne gardons plus votre numéro de discussion pour cela.
}
voice-stop-these = 🔕 Arrêter

voice-archive-title = 🗳 Voix de la communauté : questions pour vous, résultats, et ce que nous avons fait de vos réponses.
voice-archive-empty = Rien pour l'instant.
voice-everyone = Tout le monde
voice-poll-closes = Pour : { $area }. Ouvert jusqu'au { $date }.
voice-in-my-words = ✍️ Avec mes mots
voice-answer-saved = Merci. Votre réponse est enregistrée. Personne ne peut voir qui a répondu. Résultats après le { $date }.
voice-answer-already = Vous avez déjà répondu à cette question. Chaque personne répond une fois.
voice-poll-closed = Cette question est fermée.
voice-see-results = 📊 Voir les résultats
voice-type-words = Écrivez votre réponse en quelques mots (300 lettres au plus). Pas de noms, pas de numéros de téléphone.
voice-words-review = Voici ce qui sera gardé : { $words }
voice-results-title = 📊 Résultats
voice-results-too-few = Moins de { $k } réponses : les résultats ne sont pas montrés, pour protéger les personnes qui ont répondu.
voice-hidden = caché
voice-results-total = Réponses en tout : { $total }
voice-results-words = Avec leurs mots :
voice-results-quote = « { $words } »
voice-results-csv = 📄 Résultats en CSV pour les partenaires (HXL)
voice-update-title = 📣 Nouvelles, { $date }

voice-poll-letter = 🗳 Une nouvelle question pour vous.
voice-update-letter = 📣 Des nouvelles pour vous.

voice-reach-title = Campagnes, { $month } (ouvertures · avis · inscriptions) :
voice-reach-line = { $name } : { $starts } · { $feedback } · { $optins }
voice-reach-all = Toutes les campagnes
voice-reach-none = Aucun lien de campagne n'a été utilisé en { $month }.
voice-reach-not-yet = Les chiffres des campagnes de { $month } se lisent quand sa dernière semaine est finie.

voice-team-title = 🗳 Consulter la communauté, partager ce qui a changé, mener des campagnes.
voice-ask = ❓ Poser une question
voice-write-update = 📣 Partager des nouvelles (« vous avez dit, nous avons fait »)
voice-to-approve = ✅ Nouvelles à approuver ({ $count })
voice-campaigns = 📌 Campagnes
voice-which-area = Pour quelle zone ?
voice-which-language = Dans quelle langue écrivez-vous ? Les personnes qui lisent une autre langue recevront la langue principale.
voice-type-question = Écrivez la question en { $language }.
voice-type-choices = Écrivez les réponses, une par ligne (de 2 à 6, courtes).
voice-type-choices-again = Écrivez les mêmes { $count } réponses dans cette langue, une par ligne, dans le même ordre.
voice-choices-problem = { $problem ->
    [too-few] Donnez au moins 2 réponses.
    [too-many] Donnez au plus 6 réponses.
    [too-long] Chaque réponse doit tenir sur un bouton : 40 lettres au plus.
   *[not-the-same] Donnez autant de réponses que dans la première langue.
}
voice-opens-now = Maintenant
voice-opens-later = 🗓 Plus tard
voice-ask-summary = Pour : { $area }. Ouverture : { $opens }. Fermeture après { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
voice-another-language = ➕ Une autre langue
voice-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
voice-send-question = 📤 Envoyer
voice-which-day = Quel jour doit-elle ouvrir ?
voice-which-hour = À quelle heure ?
voice-asked = { $count ->
    [0] Enregistrée et ouverte. Personne ne reçoit encore de questions ; on peut y répondre dans Voix de la communauté.
    [one] Envoyée à { $count } personne.
   *[other] Envoyée à { $count } personnes.
}
voice-asked-later = Enregistrée. Elle ouvre le { $date }.
voice-update-about = À quoi répondent ces nouvelles ? Une question fermée, ou un rapport d'avis.
voice-about-report = Rapport d'avis { $period }
voice-type-update = Écrivez les nouvelles en { $language } : ce que les gens vous ont dit, et ce qui a changé. Par exemple : « Vous nous avez dit que des cliniques demandent des papiers. Nous en listons maintenant 6 qui ne le font pas. »
voice-update-review = Voici ce que les gens liront. Une autre personne responsable ou un administrateur doit l'approuver avant l'envoi.
voice-submit-update = 📤 Envoyer pour approbation
voice-update-submitted = Envoyé pour approbation. Vous serez prévenu quand ce sera approuvé.
voice-none-to-approve = Aucune nouvelle à approuver.
voice-approve-intro = Nouvelles sur : { $about }
voice-approve = ✅ Approuver et envoyer
voice-reject = ✖️ Ne pas envoyer
voice-approved = { $count ->
    [0] Approuvé. Personne ne reçoit encore de nouvelles ; elles sont dans Voix de la communauté.
    [one] Approuvé et envoyé à { $count } personne.
   *[other] Approuvé et envoyé à { $count } personnes.
}
voice-rejected = Pas envoyé. La personne qui l'a écrit est prévenue.
voice-update-waiting = 📣 Des nouvelles attendent votre approbation.
voice-update-approved = 📣 Vos nouvelles ont été approuvées et envoyées.
voice-update-not-approved = 📣 Vos nouvelles n'ont pas été approuvées.
voice-campaigns-title = Vos campagnes :
voice-no-campaigns = Pas encore de campagne.
voice-new-campaign = ➕ Nouvelle campagne
voice-type-campaign-name = Écrivez un nom court pour la campagne (seule l'équipe le voit).
voice-campaign-starts = Quel jour commence-t-elle ?
voice-campaign-ends = Quel jour finit-elle ?
voice-campaign = 📌 { $name }
    Zone : { $area }
    Du { $start } au { $end }
    Code : { $code }
voice-target = { $target ->
    [fb] Avis
    [optin] Avis et nouvelles
    [talk] Parler à un pair
   *[menu] Menu
}
voice-posters-intro = Affiches (A4 et carte de portefeuille, PNG et PDF), selon où mène le code QR :
voice-poster-for = 🖨 { $target ->
    [fb] Avis
    [optin] Avis et nouvelles
    [talk] Parler à un pair
   *[menu] Menu
}
voice-poster-language = Dans quelle langue ?
voice-posters-coming = Les affiches arrivent.

voice-poster-title = Une aide gratuite et bienveillante près de chez vous
voice-poster-body = { $target ->
    [fb] Dites-nous comment un service vous a traité. C'est anonyme.
    [optin] Recevez des nouvelles utiles pour votre quartier.
    [talk] Parlez à quelqu'un qui comprend.
   *[menu] Trouvez des services qui vous accueillent, connaissez vos droits, dites-nous ce dont vous avez besoin.
}
voice-poster-scan = Scannez le code avec l'appareil photo de votre téléphone, ou ouvrez :
voice-poster-code = Code : { $code }
voice-poster-footer = Gratuit. En anglais, français, arabe, swahili et espagnol. Nous ne demandons jamais votre nom.
