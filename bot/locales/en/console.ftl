# Console mode: the terminal chat for trying the bot and training staff. Not seen on Telegram.

console-intro = Console mode: the real bot, offline, with made-up people. Database: { $database }
console-help = Type a message or a command such as /start. Type a number to tap a button.
    :as NAME [member|peer|lead|admin]    chat as another person (and give them a role)
    :lang en|fr|ar|sw|es                 the language of this person's Telegram app
    :location LAT LON                    share a location
    :sample                              load the sample directory of a made-up city
    :help                                this help
    :quit                                leave
console-now = You are now { $name } (role: { $role }).
console-language = Telegram app language is now { $language }.
console-elsewhere = (the bot sent something to { $name })
console-deleted = (the bot deleted a message)
console-edited = (edited)
console-non-text = ({ $kind })
console-bye = Goodbye.
console-sample-offer = The directory is empty. Type :sample to load the sample directory of Port Amani, a made-up city.
console-sample-loaded = Loaded { $count } sample services. Try /find, or :location -6.80 39.28 to search near the centre.
