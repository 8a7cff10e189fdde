# Draft translation: to be reviewed by a native speaker.
# Console mode: the terminal chat for trying the bot and training staff. Not seen on Telegram.

console-intro = Modo consola: el bot real, sin conexión, con personas inventadas. Base de datos: { $database }
console-help = Escribe un mensaje o un comando como /start. Escribe un número para tocar un botón.
    :as NAME [member|peer|lead|admin]    hablar como otra persona (y darle un rol)
    :lang en|fr|ar|sw|es                 el idioma de la app de Telegram de esta persona
    :location LAT LON                    compartir una ubicación
    :sample                              cargar el directorio de ejemplo de una ciudad inventada
    :help                                esta ayuda
    :quit                                salir
console-now = Ahora eres { $name } (rol: { $role }).
console-language = El idioma de la app de Telegram ahora es: { $language }.
console-elsewhere = (el bot le envió algo a { $name })
console-deleted = (el bot borró un mensaje)
console-edited = (editado)
console-non-text = ({ $kind })
console-bye = Adiós.
console-sample-offer = El directorio está vacío. Escribe :sample para cargar el directorio de ejemplo de Port Amani, una ciudad inventada.
console-sample-loaded = Se cargaron { $count } servicios de ejemplo. Prueba /find, o :location -6.80 39.28 para buscar cerca del centro.
