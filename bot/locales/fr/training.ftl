# Draft translation: to be reviewed by a native speaker.
# Formation des pairs et des responsables (/training) : de courtes leçons avec des questions.

menu-training = 🎓 Formation
command-training = Leçons pour pairs et responsables
training-intro = De courtes leçons avec des questions. Touchez-en une. ✅ marque celles que vous avez finies.
training-none = Il n’y a pas encore de leçon.
training-team-button = 👥 Progrès de l’équipe
training-start = ▶️ Questions
training-question = Question { $number } sur { $total }
training-answer-letter = { $choice ->
    [0] A
    [1] B
    [2] C
   *[3] D
}
training-right = ✅ Juste.
training-wrong = ✖ Pas tout à fait. La bonne réponse : { $answer }
training-next = Question suivante ➡️
training-done = 🎉 Vous avez fini cette leçon.
training-team-title = Votre équipe : { $count ->
    [one] une personne
   *[other] { $count } personnes
}. Combien ont fini chaque leçon :
training-team-line = { $lesson } : { $count } sur { $total }

training-lessons = stigma, choice, confidentiality, safety, referral, consent

# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma = Les mots peuvent blesser ou aider. Utilisez les mots que les gens choisissent : « travailleuse du sexe », pas « prostituée ». Dites « survivante » si la personne le choisit. Dites « sans papiers », jamais « clandestin ». Ne jugez pas. Demandez et écoutez.
    .title = 🗣 Parler sans stigmatiser
# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma-1 = Une femme vous dit qu’elle vend du sexe. Quels mots utilisez-vous ?
    .a = « Prostituée »
    .b = « Travailleuse du sexe », ou ses mots à elle
    .c = « Victime »
    .right = b
    .why = Utilisez les mots que les gens choisissent. « Travailleuse du sexe » parle d’un travail, sans juger.
# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma-2 = Une personne n’a pas de titre de séjour. Que dites-vous ?
    .a = « Migrante illégale »
    .b = « Migrante sans papiers »
    .c = Rien : vous ne l’aidez pas
    .right = b
    .why = Personne n’est illégal. « Sans papiers » décrit une situation, et chacun a droit à de l’aide.

training-lesson-choice = La personne décide. Présentez toutes les options que vous connaissez, pas seulement celle que vous préférez. Ne poussez pas. Elle connaît sa vie. Respectez un non.
    .title = 🧭 La personne choisit
training-lesson-choice-1 = Une femme cherche une clinique. Vous en préférez une. Que faites-vous ?
    .a = Vous parlez seulement de votre clinique
    .b = Vous présentez toutes les cliniques connues, puis elle choisit
    .c = Vous choisissez pour elle
    .right = b
    .why = Donnez toutes les options. Elle choisit ce qui convient à sa vie.
training-lesson-choice-2 = Après des violences, une femme ne veut pas aller à la police. Que faites-vous ?
    .a = Vous lui dites qu’elle doit y aller
    .b = Vous respectez son choix et parlez des soins possibles sans plainte
    .c = Vous appelez la police pour elle
    .right = b
    .why = C’est son choix. Elle peut être soignée sans porter plainte.

training-lesson-confidentiality = Ce que les gens vous disent reste privé. Ne partagez jamais de noms, de numéros ni de lieux. Ce bot ne garde ni noms, ni numéros, ni messages. Les avis sont anonymes. N’écrivez jamais le nom d’une personne de la communauté dans un rapport ou une alerte.
    .title = 🔒 Confidentialité
training-lesson-confidentiality-1 = Que garde ce bot sur une personne qui cherche seulement des services ?
    .a = Son nom et son numéro
    .b = Presque rien : un choix de langue, sous un code
    .c = Tous ses messages
    .right = b
    .why = Le bot garde presque rien : un téléphone ou un serveur saisi montre peu.
training-lesson-confidentiality-2 = Vous écrivez une alerte de sécurité. Que pouvez-vous y mettre ?
    .a = À quoi faire attention, et où
    .b = Le nom de la femme blessée
    .c = Le numéro d’une personne de la communauté
    .right = a
    .why = Dites ce qui s’est passé et où. Jamais de noms ni de numéros.

training-lesson-safety = Personne n’y va seul. Pointez l’arrivée au début de la session et le départ à la fin. Sans départ pointé, le bot demande si vous êtes en sécurité, puis prévient votre responsable. Apprenez la fiche « arrestation » avant d’en avoir besoin.
    .title = 🦺 Protocole de sécurité
training-lesson-safety-1 = Votre session de terrain se termine. Que faites-vous ?
    .a = Vous rentrez sans prévenir
    .b = Vous touchez « Départ » dans le bot
    .c = Vous attendez l’appel d’un responsable
    .right = b
    .why = Pointer le départ dit à l’équipe que vous allez bien. Sinon, votre responsable est prévenu.
training-lesson-safety-2 = La police vous arrête. Qu’est-ce qui aide le plus ?
    .a = Vous enfuir
    .b = Rester calme et demander un avocat
    .c = Signer tout ce qu’on vous donne
    .right = b
    .why = Restez calme, demandez un avocat, ne signez rien que vous ne comprenez pas. Voir la fiche dans /rights.

training-lesson-referral = Orienter, c’est envoyer une personne vers un service qui peut l’aider. Cherchez d’abord le service dans le bot. Vérifiez qu’il est à jour. Donnez la fiche d’orientation, sans données personnelles. Plus tard, demandez comment ça s’est passé.
    .title = 📝 Orienter une personne
training-lesson-referral-1 = Comment trouver un service de confiance pour quelqu’un ?
    .a = Chercher dans l’annuaire du bot
    .b = Deviner
    .c = L’envoyer à la police
    .right = a
    .why = L’annuaire liste des services vérifiés par des pairs.
training-lesson-referral-2 = Qu’y a-t-il sur la fiche d’orientation ?
    .a = Le nom et le numéro de la personne
    .b = Le service et un code, rien de personnel
    .c = Ses papiers
    .right = b
    .why = La fiche dit seulement qu’un programme de pairs envoie la personne.

training-lesson-consent = Demandez avant d’écrire quoi que ce soit sur quelqu’un. Dites à quoi ça sert et qui le lira. Un non est accepté, et l’aide n’en dépend pas. Les rapports comptent les personnes, sans jamais les nommer.
    .title = 🤝 Accord avant tout rapport
training-lesson-consent-1 = Vous voulez noter une histoire dans votre rapport. Que faites-vous d’abord ?
    .a = Vous l’écrivez, personne ne le saura
    .b = Vous demandez à la personne, et dites qui le lira
    .c = Vous ajoutez son nom pour le responsable
    .right = b
    .why = Demandez d’abord. Dites à quoi ça sert. Jamais de nom.
training-lesson-consent-2 = La personne dit non. Que se passe-t-il ?
    .a = Vous l’aidez quand même, et n’écrivez rien
    .b = Vous arrêtez de l’aider
    .c = Vous l’écrivez quand même
    .right = a
    .why = L’aide ne dépend jamais d’un oui.
