# Fichiers pour les organisations partenaires : chiffres en CSV, une ligne par chiffre.
exports-column = { $column ->
    [start] Début de la période
    [end] Fin de la période
    [area] Zone
    [sector] Secteur
    [code] Code de l'indicateur
    [indicator] Indicateur
    [service] Service
    [value] Valeur
   *[hidden] Masqué
}
exports-indicator = { $indicator ->
    [peer_hours] Heures de sensibilisation des pairs
    [referrals] Orientations faites
    [incidents] Incidents de sécurité
    [calls] Appels à l'aide
    [followups_opened] Suivis ouverts
    [followups_closed] Suivis clos
    [answers] Réponses
    [topic] Réponses sur
    [barrier] Obstacle rencontré
    [need] Besoin non satisfait
    [rating_average] Note moyenne
   *[rating_answers] Notes
}
exports-figure-of = { $what } : { $item }
