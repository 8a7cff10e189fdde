# Draft translation: to be reviewed by a native speaker.
# Shared words: menu, navigation, hints for input we cannot use, and error messages.
# Keep lines short and plain: many readers read little or use a second language.

menu-title = Que voulez-vous faire ?
menu-language = 🌐 Langue
menu-privacy = 🔒 Vie privée
menu-help = ❓ Aide
menu-exit = 🚪 Sortie rapide
menu-team-tools = 🧰 Équipe
menu-team-title = Outils de l'équipe :
menu-whoami = 🪪 Mon rôle
menu-invite = ➕ Inviter
menu-team = 👥 Mon équipe
menu-back = ⬅️ Menu

common-back = ⬅️ Retour
common-next = Suivant ➡️
common-previous = ⬅️ Précédent
common-cancelled = Annulé. Rien d'autre n'a été enregistré.
common-no-longer-available = Ce bouton ne marche plus.
common-not-available = Ceci n'est pas disponible pour vous.
common-unknown-command = Je ne connais pas cette commande. Utilisez les boutons, ou envoyez /help.
common-use-buttons = Merci d'utiliser les boutons ci-dessous.
# Sent for stickers, voice notes, photos, files, contacts and locations we cannot use.
common-unsupported = Je ne peux pas utiliser ceci, et je ne le garde pas. Utilisez les boutons ci-dessous.
common-flow-hint = Écrivez votre réponse, ou envoyez /cancel pour arrêter.
common-something-went-wrong = Il y a eu un problème. Merci de réessayer.

errors-kept = Désolé, problème de notre côté. Ce que vous avez envoyé est enregistré.
errors-not-kept = Désolé, il y a eu un problème de notre côté. Ce que vous avez envoyé n'a pas été enregistré. Merci de réessayer.

# Descriptions in Telegram's command menu (up to 256 characters each).
command-start = Menu principal
command-help = Ce que ce bot peut faire
command-language = Changer de langue
command-privacy = Ce que nous gardons et comment l'effacer
command-cancel = Arrêter ce que vous faites
command-whoami = Votre rôle et vos réglages
command-invite = Inviter une personne : pair ou responsable
command-team = Votre équipe
command-find = Trouver un service
command-search = Chercher des services par mot
command-review = Valider les services proposés
command-plan = Planifier une séance de terrain
command-sessions = Séances de terrain
command-mine = Vos séances de terrain
command-figures = Chiffres mensuels du travail de terrain
command-feedback = Donner votre avis, de façon anonyme
command-report = Rapport des avis
command-exit = Effacer cette discussion maintenant
exit-keep-role-ask = Effacer cette discussion maintenant. Voulez-vous aussi quitter votre rôle dans l'équipe ?
exit-keep-role = Garder mon rôle, tout effacer
exit-leave-role = Quitter aussi mon rôle
exit-done = ✔
command-rights = Connaître vos droits
command-alerts = Avis de sécurité
command-talk = Parler à un ou une pair, anonymement
command-duty = Être disponible pour parler

# Words that must never appear in the first 120 characters of a message the bot sends to
# someone who did not just write (a lock screen shows that much): a test checks every such
# message in this language against this list. Comma-separated; a * at the end of a word also
# matches longer words that start with it; other words match whole words only. Capitals,
# accents and vowel marks do not matter. Translators: add the words people here would use, but
# no everyday word (a French "arrêté" is also "stopped"): every message must be able to pass.
# stigma-check: skip (the words to hide from lock screens, not words we use)
sensitive-words = sexe, travail du sexe, travailleu* du sexe, prostitu*, maison close, police*, policier*, arrest*, êtes arrêté*, suis arrêté*, interpellé*, interpellation*, garde à vue, détention, détenu*, violen*, viol, violée*, abus, agress*, client*, préservatif*, lubrifiant*, VIH, SIDA, PrEP, IST, avortement*, expuls*, immigration, asile, papiers, vol, vols, volé, volée, volés, volées, voleu*, danger*

# Under what a lead wrote (a notice, a poll, an update) when it has a stigmatising word; the
# words come from stigma.txt. A warning: the lead decides.
# stigma-check: skip (names the words to avoid)
stigma-warning = ⚠️ Certains mots blessent. Pensez à les changer avant d’envoyer :
# stigma-check: skip (names the words to avoid)
stigma-warning-line = • « { $term } » : dites { $preferred }
