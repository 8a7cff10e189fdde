# Draft translation: to be reviewed by a native speaker.
# Shared words: menu, navigation, hints for input we cannot use, and error messages.
# Keep lines short and plain: many readers read little or use a second language.

menu-title = ¿Qué quieres hacer?
menu-language = 🌐 Idioma
menu-privacy = 🔒 Privacidad
menu-help = ❓ Ayuda
menu-exit = 🚪 Salida rápida
menu-team-tools = 🧰 Equipo
menu-team-title = Herramientas del equipo:
menu-whoami = 🪪 Mi rol
menu-invite = ➕ Invitar
menu-team = 👥 Mi equipo
menu-back = ⬅️ Menú

common-back = ⬅️ Atrás
common-next = Siguiente ➡️
common-previous = ⬅️ Anterior
common-cancelled = Cancelado. No se guardó nada más.
common-no-longer-available = Este botón ya no está disponible.
common-not-available = Esto no está disponible para ti.
common-unknown-command = No conozco ese comando. Usa los botones o envía /help.
common-use-buttons = Por favor, usa los botones de abajo.
# Sent for stickers, voice notes, photos, files, contacts and locations we cannot use.
common-unsupported = No puedo usar esto aquí, y no lo guardo. Por favor, usa los botones de abajo.
common-flow-hint = Por favor, escribe tu respuesta, o envía /cancel para parar.
common-something-went-wrong = Algo salió mal. Por favor, inténtalo otra vez.

errors-kept = Lo sentimos, algo salió mal de nuestro lado. Lo que enviaste sí se guardó.
errors-not-kept = Lo sentimos, algo salió mal de nuestro lado. Lo que enviaste no se guardó. Por favor, inténtalo otra vez.

# Descriptions in Telegram's command menu (up to 256 characters each).
command-start = Menú principal
command-help = Lo que este bot puede hacer
command-language = Cambiar el idioma
command-privacy = Qué guardamos y cómo borrarlo
command-cancel = Parar lo que estás haciendo
command-whoami = Tu rol y tu configuración
command-invite = Invitar a una persona: par o responsable
command-team = Tu equipo
command-find = Encontrar un servicio
command-search = Buscar servicios por palabra
command-review = Revisar los servicios propuestos
command-plan = Planear una sesión de campo
command-sessions = Sesiones de campo
command-mine = Tus sesiones de campo
command-figures = Cifras mensuales del trabajo de campo
command-feedback = Dar tu opinión, de forma anónima
command-report = Informe de opiniones
command-exit = Borrar este chat ahora
exit-keep-role-ask = Borrar este chat ahora. ¿También quieres dejar tu rol en el equipo?
exit-keep-role = Mantener rol, borrar el chat
exit-leave-role = Dejar también mi rol
exit-done = ✔
command-rights = Conoce tus derechos
command-alerts = Avisos de seguridad
command-talk = Hablar con un/a par, de forma anónima
command-duty = Estar disponible para hablar

# Words that must never appear in the first 120 characters of a message the bot sends to
# someone who did not just write (a lock screen shows that much): a test checks every such
# message in this language against this list. Comma-separated; a * at the end of a word also
# matches longer words that start with it; other words match whole words only. Capitals,
# accents and vowel marks do not matter. Translators: add the words people here would use, but
# no everyday word (a French "arrêté" is also "stopped"): every message must be able to pass.
# stigma-check: skip (the words to hide from lock screens, not words we use)
sensitive-words = sexo, trabajo sexual, trabajador* sexual*, prostitu*, burdel*, policía*, arrest*, detenci*, detenid*, violen*, violaci*, violad*, abuso*, agresi*, cliente*, condón, condones, preservativo*, lubricante*, VIH, SIDA, PrEP, ITS, aborto*, deporta*, inmigración, asilo, papeles, robo, robos, robad*, peligro*

# Under what a lead wrote (a notice, a poll, an update) when it has a stigmatising word; the
# words come from stigma.txt. A warning: the lead decides.
# stigma-check: skip (names the words to avoid)
stigma-warning = ⚠️ Algunas palabras hieren. Piensa en cambiarlas antes de enviar:
# stigma-check: skip (names the words to avoid)
stigma-warning-line = • «{ $term }»: di { $preferred }
