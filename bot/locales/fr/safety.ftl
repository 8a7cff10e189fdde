# Draft translation: to be reviewed by a native speaker.

menu-rights = ⚖️ Vos droits
safety-choose = Choisissez un sujet :

safety-button-police = 👮 Police
safety-button-health = 🏥 Soins de santé
safety-button-work = 💼 Au travail
safety-button-refugee = 🪪 Réfugié ou asile
safety-button-violence = 🆘 Violence
safety-button-law = 📜 Lois locales
safety-button-arrest = 🚨 En cas d'arrestation

safety-card-police =
    👮 Vos droits face à la police

    Les lois changent selon le pays. Une personne relais ou un service juridique peut vous dire la loi ici.

    • Restez calme. Gardez les mains visibles.
    • Vous pouvez demander : « Suis-je libre de partir ? » Si oui, partez calmement.
    • Vous pouvez demander le nom et le matricule de l'agent. Essayez de les retenir.
    • Avoir des préservatifs n'est pas la preuve d'un délit. Vous pouvez le dire calmement.
    • Personne n'a le droit de vous frapper, de vous toucher sexuellement ou de vous demander du sexe ou de l'argent.
    • Vous n'avez pas à donner les noms de vos amis ou de vos clients.
    • Si la police arrête quelqu'un, vous pouvez rester près et regarder, si c'est sans danger.

    Après, notez l'heure, le lieu et ce qui a été dit, et parlez-en à une personne relais.

safety-card-health =
    🏥 Vos droits dans un centre de santé

    Les lois changent selon le pays. Une personne relais ou un service juridique peut vous dire la loi ici.

    • Vous avez droit à des soins sans jugement, quel que soit votre travail ou vos papiers.
    • Ce que vous dites à un soignant doit rester privé.
    • Vous pouvez dire oui ou non à chaque test ou traitement. Personne ne doit vous imposer un test.
    • Vous pouvez demander un interprète, ou venir avec une personne de confiance.
    • Vous pouvez demander à quoi sert un médicament et combien il coûte avant de le prendre.
    • En urgence, demandez d'abord de l'aide. Les papiers peuvent attendre.

    Si vous avez été mal accueilli, vous pouvez le dire à une personne relais. Vous pouvez aussi donner un avis anonyme dans ce bot.

safety-card-work =
    💼 Vos droits au travail

    Les lois changent selon le pays. Une personne relais ou un service juridique peut vous dire la loi ici.

    • Votre corps, votre choix. Vous pouvez dire non à une personne ou à un acte, à tout moment.
    • Vous pouvez toujours demander un préservatif. Vous pouvez arrêter s'il n'est pas utilisé.
    • Personne ne peut garder votre pièce d'identité, votre passeport ou votre téléphone.
    • Personne ne peut prendre votre argent de force ni vous faire travailler pour payer une dette.
    • Dites à une amie où vous allez et quand vous revenez. Convenez d'un message pour dire que tout va bien.
    • Écoutez votre ressenti. Si quelque chose ne va pas, vous pouvez partir.

    Si quelqu'un vous contrôle, vous menace ou garde vos papiers, vous pouvez recevoir de l'aide en secret.

safety-card-refugee =
    🪪 Vos droits : statut de réfugié et demande d'asile

    Les lois changent selon le pays. Une personne relais ou un service juridique peut vous dire la loi ici.

    • Vous avez le droit de demander l'asile. Votre travail ne vous retire pas ce droit.
    • Personne ne doit vous renvoyer dans un lieu où vous êtes en danger.
    • Gardez une copie ou une photo de vos papiers dans un endroit sûr, loin des originaux.
    • Vous avez droit à un interprète pendant les entretiens.
    • Ce que vous dites dans un entretien d'asile doit rester privé.
    • Vous pouvez demander l'aide d'un service juridique avant un entretien.

    Si quelqu'un demande de l'argent ou du sexe en échange de papiers ou d'aide, c'est interdit. Vous pouvez le dire à une organisation de confiance.

safety-card-violence =
    🆘 Si vous subissez des violences

    Les lois changent selon le pays. Une personne relais ou un service juridique peut vous dire la loi ici.

    • La violence n'est jamais de votre faute. Vous méritez de l'aide.
    • D'abord, allez dans un endroit sûr. Appelez une personne de confiance.
    • En cas de blessure, voyez vite un soignant. Après un viol, un traitement dans les 72 heures (3 jours) peut éviter le VIH, et certaines pilules peuvent éviter une grossesse.
    • Si possible, gardez vos vêtements et ne vous lavez pas avant un examen. Cela peut aider plus tard, si vous choisissez de porter plainte.
    • C'est vous qui choisissez d'aller ou non à la police. Vous pouvez recevoir des soins sans porter plainte.
    • Quand vous vous en sentez capable, notez ce qui s'est passé, quand et où.

    Une personne relais peut vous accompagner. Vous avez droit à de l'aide.

safety-law-summary =
    📜 Lois locales

    Les lois changent selon le pays, et parfois selon la ville. Demandez à une personne relais ou à un service juridique ce que dit la loi là où vous êtes.

safety-arrest =
    🚨 En cas d'arrestation ou de détention

    Les lois changent selon le pays. Une personne relais ou un service juridique peut vous dire la loi ici.

    • Restez calme. Ne fuyez pas, ne vous battez pas, n'insultez pas les agents.
    • Vous pouvez dire : « Je veux parler à un avocat. » Ensuite, dites peu de choses.
    • Vous pouvez demander un interprète si vous ne comprenez pas.
    • Vous pouvez demander : « Pourquoi cette arrestation ? »
    • Ne signez rien que vous ne comprenez pas.
    • Ne mentez pas. Vous pouvez vous taire à la place.
    • Là où la loi le permet, vous n'avez pas à déverrouiller votre téléphone ni de donner votre code.
    • Apprenez un numéro par cœur : une amie, une personne relais ou un service juridique.
    • Vous pouvez demander à appeler quelqu'un et à voir un médecin en cas de blessure ou de besoin de médicaments.
    • Si vous avez des enfants ou des personnes à charge, dites-le.

    Personne n'a le droit de vous frapper, de vous toucher sexuellement ou de demander du sexe ou de l'argent pour vous libérer.

safety-emergency-numbers =
    Demandez les numéros d'urgence d'ici à une personne relais, et apprenez-en un par cœur.

safety-contacts-title = Qui peut aider :
safety-contact-line = { $name } : { $phone }
safety-no-contacts = Aucun contact juridique ou d'urgence n'est encore listé. Demandez à une personne relais.

# Draft translation: to be reviewed by a native speaker.
# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 Avis de sécurité
menu-report-danger = ⚠️ Signaler un danger
menu-vet-alerts = 🛡 Avis à vérifier

alerts-notice = 🔔 Avis pour { $area }
# What a subscriber is sent (a locked phone shows it): the area only, never what happened.
alerts-new-notice = 🔔 Nouvel avis pour { $area }
alerts-read = 📖 Lire
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
alerts-choose = Choisissez les zones où vous voulez des avis de sécurité. Arrêtez quand vous voulez. Nous gardons le numéro de discussion seulement pendant les avis.
alerts-stop = 🔕 Arrêter tous les avis
alerts-stopped = C'est fait. Vous ne recevrez plus d'avis, et nous ne gardons plus le numéro de votre discussion pour eux.
alerts-report-kind = Quel genre de danger ?
alerts-no-names = N'écrivez jamais le nom ni le numéro de téléphone d'une personne de la communauté.
alerts-report-when = Quand est-ce arrivé ?
alerts-report-describe = Décrivez-le en quelques mots (500 lettres au plus) : à quoi faire attention, et où. Pas de noms, pas de numéros de téléphone.
alerts-report-review = Voici ce qu'un responsable vérifiera avant l'envoi : { $text }
alerts-report-sent = Merci. Un responsable va le vérifier avant l'envoi.
alerts-report-sent-member = Merci. Un ou une responsable va le vérifier.
alerts-report-limit = Vous avez déjà envoyé plusieurs signalements aujourd'hui. Merci : réessayez demain.
alerts-waiting = 🛡 Un nouvel avis attend votre vérification.
alerts-none-waiting = Aucun avis à vérifier.
alerts-publish = ✅ L'envoyer
alerts-edit = ✏️ Modifier, puis envoyer
alerts-type-edit = Écrivez le texte à envoyer à la place.
alerts-published = { $count ->
    [0] Publié. Personne ne reçoit encore d'avis pour cette zone.
    [one] Envoyé à { $count } personne.
   *[other] Envoyé à { $count } personnes.
}
alerts-rejected = Pas envoyé. La personne qui l'a signalé saura pourquoi.
alerts-your-alert-rejected = Votre avis de sécurité n'a pas été envoyé. Raison : { $reason }
# What the peer who reported is sent (a locked phone shows it): nothing about the report.
alerts-rejected-letter = 📬 Il y a une réponse au sujet d'un avis que vous avez envoyé.
# A button of a report or a vetting whose form has closed (a restart, a long pause).
alerts-form-closed = Ce formulaire est fermé. Vous pouvez recommencer.
alerts-edit-review = Voici ce qui sera envoyé : { $text }
alerts-reason-review = La personne qui l'a signalé lira cette raison : { $reason }
alerts-send-reason = ✅ Envoyer la raison
