# Aide quand il le faut : appels à l'aide pendant les sorties, et suivi des incidents.

menu-follow-ups = 📋 Suivis
command-followups = Suivi des incidents

## L'appel à l'aide d'un pair (« SOS »)

help-sos-button = 🆘 J'ai besoin d'aide
help-sos-sent = 🆘 Votre appel à l'aide est parti vers { $count ->
    [one] une personne
   *[other] { $count } personnes
}. Nous vous dirons quand quelqu'un arrive.
help-sos-nobody = 🆘 Votre appel à l'aide est reçu. Personne de la sortie n'a pu être joint : tous les responsables et administrateurs sont alertés maintenant.
help-sos-open-on-it = 🆘 Votre appel à l'aide est ouvert. { $responder } s'en occupe.
help-sos-open-waiting = 🆘 Votre appel à l'aide est ouvert. Personne n'a encore répondu ; d'autres personnes sont alertées.
help-sos-over = Cette sortie est finie depuis trop longtemps pour appeler l'équipe d'ici. Si vous êtes en danger, appelez un numéro d'urgence : « Vos droits » les donne.
help-share-location = 📍 Envoyer ma position
help-location-ask = Si vous pouvez, touchez « 📍 Envoyer ma position » en bas : elle va directement aux personnes alertées et n'est pas gardée.
help-location-again = 📍 Renvoyer ma position
help-live-location = Une position en direct n’est pas utilisée. Partagez plutôt votre position une fois : « 📍 Envoyer ma position ».
help-location-sent = 📍 Votre position est partie vers { $count ->
    [one] une personne
   *[other] { $count } personnes
}. Elle n'est pas gardée.
help-safe-myself = ✅ Je suis en sécurité
help-safe-myself-done = Merci. Toutes les personnes alertées sauront que vous êtes en sécurité.

## Messages sur un appel

help-sos-letter = 🆘 { $alias } a besoin d'aide maintenant : { $when-where }.
    Touchez « Je m'en occupe » si vous allez aider.
help-on-it = 🏃 Je m'en occupe
help-they-are-safe = ✅ En sécurité maintenant
help-escalation = 🆘 Personne n'a encore répondu. { $alias } a demandé de l'aide à { $time } : { $when-where }.
help-escalation-missed = ⚠️ Personne n'a encore répondu. { $alias } n'a pas pointé la sortie ni répondu après la sortie : { $when-where }. Merci de prendre des nouvelles.
help-answered-on-it = ✅ { $responder } s'en occupe : { $alias }, { $when-where }.
help-answered-on-it-you = ✅ { $responder } s'en occupe. L'aide arrive.
help-answered-safe = ✅ { $alias } est en sécurité maintenant, dit { $responder } : { $when-where }.
help-answered-safe-themselves = ✅ { $alias } dit être en sécurité maintenant : { $when-where }.
help-answered-checked-out = ✅ { $alias } a finalement pointé la sortie : { $when-where }.
help-answered-safe-you = ✅ { $responder } a dit que vous êtes en sécurité. Si vous avez encore besoin d'aide, touchez ci-dessous.
help-on-it-thanks = Merci. Les autres savent que vous vous en occupez.
help-already-on-it = { $responder } s'en occupe déjà.
help-safe-thanks = Merci. Les autres savent que la personne est en sécurité.
help-call-over = Cet appel à l'aide est fermé.

## Suivi des incidents (pour les responsables)

help-followup-letter = 📋 Un suivi attend : { $when-where }.
help-followup-open = 📋 Ouvrir
help-followups-title = Suivis ouverts, les plus anciens d'abord :
help-followups-empty = Aucun suivi ouvert.
help-followup-line = { $kind } · { $when-where }
help-followup-line-taken = { $line } · 🙋 { $alias }
help-followup-card = 📋 Suivi : { $kind } ({ $count })
    Sortie : { $when-where }
    Signalé par : { $alias }
    Note : { $note }
help-followup-note-erased = effacée après la clôture
help-followup-waiting = En attente depuis le { $day }.
help-followup-taken = { $alias } s'en occupe depuis le { $day }.
help-followup-closed = Clos le { $day } : { $outcome ->
    [resolved] résolu
    [referred] orienté vers un service
   *[no-action] la personne ne veut pas d'action
}.
help-followup-referred-to = Orienté vers : { $service }
help-take = 🙋 Je m'en occupe
help-close-resolved = ✅ Clos : résolu
help-close-referred = ➡️ Clos : orienté vers un service
help-close-no-action = 🚫 Clos : pas d'action voulue
help-taken = Vous vous en occupez.
help-closed-done = Clos. Merci.
help-already-closed = C'était déjà clos.
help-referral-type = Quel type de service ?
help-referral-service = Quel service ?
help-referral-not-listed = Un service absent de l'annuaire

## Les chiffres du mois

help-figures = Appels à l'aide : { $calls } ({ $outcomes })
    Suivis ouverts : { $opened } ({ $kinds })
    Suivis clos : { $closed } ({ $closings })
help-call-outcome = { $code ->
    [safe] en sécurité
    [acknowledged] quelqu'un s'en est occupé
   *[unanswered] sans réponse
}
help-followup-outcome = { $code ->
    [resolved] résolu
    [referred] orienté
   *[no-action] pas d'action voulue
}
