# Draft translation: to be reviewed by a native speaker.
# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 Avis de sécurité
menu-report-danger = ⚠️ Signaler un danger
menu-vet-alerts = 🛡 Avis à vérifier

alerts-notice = 🔔 Avis pour { $area }
# $kind is one of the alert kinds.
alerts-kind = { $kind ->
    [violent-client] Client violent ou agressif
    [police] Opération de police
    [robbery] Vol
    [unsafe-place] Lieu dangereux
   *[other] Autre danger
}
# $when is today, yesterday or this-week.
alerts-when = { $when ->
    [today] aujourd'hui
    [yesterday] hier
   *[this-week] cette semaine
}
alerts-choose = Choisissez les zones pour lesquelles vous voulez des avis de sécurité. Vous pouvez arrêter à tout moment. Nous gardons le numéro de votre discussion seulement tant que vous recevez des avis.
alerts-stop = 🔕 Arrêter tous les avis
alerts-stopped = C'est fait. Vous ne recevrez plus d'avis, et nous ne gardons plus le numéro de votre discussion pour eux.
alerts-report-kind = Quel genre de danger ?
alerts-no-names = N'écrivez jamais le nom ni le numéro de téléphone d'une personne de la communauté.
alerts-report-when = Quand est-ce arrivé ?
alerts-report-describe = Décrivez-le en quelques mots (500 lettres au plus) : à quoi faire attention, et où. Pas de noms, pas de numéros de téléphone.
alerts-report-review = Voici ce qu'un responsable vérifiera avant l'envoi : { $text }
alerts-report-sent = Merci. Un responsable va le vérifier avant l'envoi.
alerts-waiting = Il y a un avis de sécurité à vérifier. Ouvrez 🧰 Équipe, puis 🛡 Avis à vérifier.
alerts-none-waiting = Aucun avis à vérifier.
alerts-publish = ✅ L'envoyer
alerts-edit = ✏️ Modifier, puis envoyer
alerts-type-edit = Écrivez le texte à envoyer à la place.
alerts-published = Envoyé à { $count } personnes.
alerts-rejected = Pas envoyé. La personne qui l'a signalé saura pourquoi.
alerts-your-alert-rejected = L'avis de sécurité que vous avez signalé n'a pas été envoyé. Raison : { $reason }
