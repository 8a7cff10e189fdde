# Draft translation: to be reviewed by a native speaker.
# Welcome, help, language, privacy, roles, invites and joining.

# Role names. $role is one of: member, peer, lead, admin.
# Used after "Rôle :" / "Votre rôle :", so no article is needed.
people-role-name = { $role ->
    [peer] personne relais
    [lead] responsable de terrain
    [admin] admin
   *[member] membre
}

people-welcome = Bienvenue. Ce bot vous aide à trouver des services sûrs, connaître vos droits et dire vos besoins.
people-welcome-does = Tout marche avec des boutons. Vous n'avez jamais besoin de donner votre nom.
people-welcome-keeps = Nous ne gardons presque rien sur vous. Telegram peut lire les conversations avec les bots : n'envoyez donc rien que vous voulez garder secret. Voir 🔒 Vie privée.
people-welcome-role = Votre rôle : { people-role-name }. Votre nom dans l'équipe : { $alias }.

help-member = Utilisez les boutons pour avancer. /language change la langue. /privacy dit ce que nous gardons. /cancel arrête ce que vous faites. /start montre à nouveau le menu.
help-peer = Comme personne relais, vous pouvez voir votre rôle avec /whoami.
help-lead = Comme responsable, vous pouvez inviter des pairs avec /invite et voir votre équipe avec /team. Là, vous pouvez désactiver une personne : elle perd l'accès tout de suite.

language-choose = Choisissez votre langue :
language-saved = C'est fait. Je vous parlerai en français.

privacy-text = Ce que nous gardons : si vous choisissez une langue, nous gardons ce choix sous un code. Sans notre clé secrète, ce code ne peut pas être relié à votre compte Telegram. Nous ne gardons pas votre nom, votre numéro de téléphone ni vos messages. Vous pouvez effacer votre choix de langue ci-dessous, à tout moment.
privacy-telegram = Telegram peut lire les discussions avec les bots. Vos messages restent sur le téléphone tant que vous ne les effacez pas.
privacy-team = Pairs et responsables : tant que vous avez un rôle, nous gardons le numéro de votre compte Telegram, votre pseudo et votre langue. Quand votre rôle se termine, nous effaçons le numéro de compte et gardons seulement le pseudo dans l'historique.
privacy-forget-language = 🗑 Effacer mon choix de langue
privacy-language-forgotten = C'est fait. Votre choix de langue est effacé.

people-whoami = Rôle : { people-role-name }
    Nom dans l'équipe : { $alias }
    Langue : { $language }

people-invite-choose = Qui voulez-vous inviter ?
people-invite-as = { $role ->
    [lead] Inviter : responsable de terrain
   *[peer] Inviter : personne relais
}
people-invite-created = Invitation pour une nouvelle personne. Rôle : { people-role-name }. Elle marche une seule fois, jusqu'au { DATETIME($expires, dateStyle: "medium") }.
    Envoyez ce lien seulement à cette personne :
    { $link }
    Ou cette personne peut envoyer : /join { $code }

people-join-ask-code = Écrivez votre code d'invitation.
people-join-unknown = Ce code d'invitation n'est pas bon. Vérifiez-le avec la personne qui vous l'a donné.
people-join-expired = Cette invitation n'est plus valable. Demandez-en une nouvelle.
people-join-used = Cette invitation a déjà servi. Demandez-en une nouvelle.
people-join-retry = Écrivez le code à nouveau, ou envoyez /cancel pour arrêter.
people-join-already = Vous avez déjà un rôle ici : { people-role-name }.
people-joined = Bienvenue dans l'équipe. Votre rôle : { people-role-name }.
people-alias-ask = Choisissez un nom que l'équipe verra. N'utilisez pas votre vrai nom. Écrivez-le maintenant, ou gardez celui ci-dessous.
people-alias-keep = Garder « { $alias } »
people-alias-saved = C'est enregistré. L'équipe vous verra sous le nom { $alias }.
people-alias-too-short = Ce nom est trop court. Utilisez au moins 2 lettres.
people-alias-too-long = Ce nom est trop long. Utilisez 24 lettres au maximum.
people-alias-characters = Utilisez seulement des lettres, des chiffres et des espaces.
people-alias-contact = Ne mettez pas de numéro de téléphone, de @nom ni de lien dans votre nom.

people-team-title = Votre équipe. Touchez un nom pour en voir plus.
people-team-empty = Il n'y a encore personne dans votre équipe. Utilisez ➕ Inviter.
people-member-label = { $alias } · { people-role-name }
people-member-card = { $alias }
    Rôle : { people-role-name }
    Dans l'équipe depuis : { $joined }
people-deactivate = Désactiver
people-deactivate-confirm = Désactiver le compte de { $alias } ? Cette personne perd l'accès tout de suite. Les anciens dossiers gardent seulement son pseudonyme.
people-deactivate-yes = Oui, désactiver
people-deactivated = Le compte de { $alias } est désactivé. Cette personne n'a plus accès.
people-member-area = Zone : { $area }
people-set-area = 📍 Choisir la zone
people-choose-area = Choisissez la zone où { $alias } travaille :
