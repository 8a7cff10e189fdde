# Draft translation: to be reviewed by a native speaker.
# Console mode: the terminal chat for trying the bot and training staff. Not seen on Telegram.

console-intro = Mode console : le vrai bot, hors ligne, avec des personnes inventées. Base de données : { $database }
console-help = Écrivez un message ou une commande comme /start. Écrivez un numéro pour toucher un bouton.
    :as NAME [member|peer|lead|admin]    parler comme une autre personne (et lui donner un rôle)
    :lang en|fr|ar|sw|es                 la langue de l'appli Telegram de cette personne
    :location LAT LON                    partager une position
    :sample                              charger l'annuaire d'exemple d'une ville inventée
    :help                                cette aide
    :quit                                quitter
console-now = Vous êtes maintenant { $name } (rôle : { $role }).
console-language = La langue de l'appli Telegram est maintenant : { $language }.
console-elsewhere = (le bot a envoyé quelque chose à { $name })
console-deleted = (le bot a supprimé un message)
console-edited = (modifié)
console-non-text = ({ $kind })
console-bye = Au revoir.
console-sample-offer = L'annuaire est vide. Écrivez :sample pour charger l'annuaire d'exemple de Port Amani, une ville inventée.
console-sample-loaded = { $count } services d'exemple chargés. Essayez /find, ou :location -6.80 39.28 pour chercher près du centre.
