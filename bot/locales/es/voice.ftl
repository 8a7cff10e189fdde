# Voz de la comunidad: la pantalla única de ajustes, las preguntas, las noticias «ustedes dijeron,
# nosotros hicimos» y las campañas. Los mensajes enviados se ven en un teléfono bloqueado: su
# primera línea es neutral.

menu-settings = 🔔 Avisos y noticias
menu-voice = 🗳 Voz de la comunidad
menu-voice-team = 🗳 Preguntas y campañas
command-settings = Elegir lo que te enviamos
command-voice = Preguntas y noticias de la comunidad

voice-settings-intro = Elige lo que quieres recibir. Puedes parar cuando quieras: cada mensaje tiene un botón «Parar». Guardamos tu número de chat solo mientras recibes algo.
voice-questions = 🗳 Preguntas de la comunidad
voice-updates = 📣 Noticias de la comunidad
voice-on = sí
voice-off = no
voice-every-area = todas las zonas
voice-choose-notice-areas = 🔔 Zonas de los avisos de seguridad
voice-choose-question-areas = 📍 Zonas de las preguntas
voice-stop-everything = 🔕 Parar todo
voice-question-areas = Elige las zonas sobre las que quieres preguntas. Si no eliges ninguna, recibirás preguntas de todas.
voice-back-to-settings = ⬅️ Volver
voice-stopped = { $topic ->
    [questions] Listo. No recibirás más preguntas.
    [updates] Listo. No recibirás más noticias.
   *[all] Listo. No recibirás nada más de nosotros, y ya no guardamos tu número de chat para eso.
}
voice-stop-these = 🔕 Parar

voice-archive-title = 🗳 Voz de la comunidad: preguntas para ti, resultados y lo que hicimos con tus respuestas.
voice-archive-empty = Todavía no hay nada.
voice-everyone = Todas las personas
voice-poll-closes = Para: { $area }. Abierta hasta el { $date }.
voice-in-my-words = ✍️ Con mis palabras
voice-answer-saved = Gracias. Tu respuesta está guardada. Nadie puede ver quién respondió. Resultados después del { $date }.
voice-answer-already = Ya respondiste a esta pregunta. Cada persona responde una vez.
voice-poll-closed = Esta pregunta está cerrada.
voice-see-results = 📊 Ver los resultados
voice-type-words = Escribe tu respuesta en pocas palabras (hasta 300 letras). Sin nombres ni números de teléfono.
voice-words-review = Esto es lo que se guardará: { $words }
voice-results-title = 📊 Resultados
voice-results-too-few = Menos de { $k } respuestas: no se muestran los resultados, para proteger a quienes respondieron.
voice-hidden = oculto
voice-results-total = Respuestas en total: { $total }
voice-results-words = Con sus palabras:
voice-results-quote = «{ $words }»
voice-results-csv = 📄 Resultados en CSV para los socios (HXL)
voice-update-title = 📣 Noticias, { $date }

voice-poll-letter = 🗳 Hay una pregunta nueva para ti.
voice-update-letter = 📣 Hay noticias para ti.

voice-reach-title = Campañas, { $month } (entradas · opiniones · suscripciones):
voice-reach-line = { $name }: { $starts } · { $feedback } · { $optins }
voice-reach-all = Todas las campañas
voice-reach-none = No se usó ningún enlace de campaña en { $month }.
voice-reach-not-yet = Las cifras de campañas de { $month } se pueden leer cuando termine su última semana.

voice-team-title = 🗳 Consultar a la comunidad, contar lo que cambió y hacer campañas.
voice-ask = ❓ Hacer una pregunta
voice-write-update = 📣 Compartir noticias («ustedes dijeron, nosotros hicimos»)
voice-to-approve = ✅ Noticias por aprobar ({ $count })
voice-campaigns = 📌 Campañas
voice-which-area = ¿Para qué zona?
voice-which-language = ¿En qué idioma vas a escribir? Quien lea otro idioma recibirá el idioma principal.
voice-type-question = Escribe la pregunta en { $language }.
voice-type-choices = Escribe las respuestas, una por línea (de 2 a 6, cortas).
voice-type-choices-again = Escribe las mismas { $count } respuestas en este idioma, una por línea, en el mismo orden.
voice-choices-problem = { $problem ->
    [too-few] Da al menos 2 respuestas.
    [too-many] Da como máximo 6 respuestas.
    [too-long] Cada respuesta debe caber en un botón: 40 letras como máximo.
   *[not-the-same] Da tantas respuestas como en el primer idioma.
}
voice-opens-now = Ahora
voice-opens-later = 🗓 Más tarde
voice-ask-summary = Para: { $area }. Se abre: { $opens }. Se cierra después de { $days ->
    [one] { $days } día
   *[other] { $days } días
}.
voice-another-language = ➕ Otro idioma
voice-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
voice-send-question = 📤 Enviar
voice-which-day = ¿Qué día se abre?
voice-which-hour = ¿A qué hora?
voice-asked = { $count ->
    [0] Guardada y abierta. Nadie recibe preguntas todavía; se puede responder en Voz de la comunidad.
    [one] Enviada a { $count } persona.
   *[other] Enviada a { $count } personas.
}
voice-asked-later = Guardada. Se abre el { $date }.
voice-update-about = ¿A qué responden estas noticias? Una pregunta cerrada o un informe de opiniones.
voice-about-report = Informe de opiniones { $period }
voice-type-update = Escribe las noticias en { $language }: lo que la gente te dijo y lo que cambió. Por ejemplo: «Nos dijeron que las clínicas piden papeles. Ahora tenemos 6 que no los piden».
voice-update-review = Esto es lo que la gente leerá. Otra persona responsable o un administrador debe aprobarlo antes de enviarlo.
voice-submit-update = 📤 Enviar para aprobar
voice-update-submitted = Enviado para aprobar. Te avisaremos cuando se apruebe.
voice-none-to-approve = No hay noticias por aprobar.
voice-approve-intro = Noticias sobre: { $about }
voice-approve = ✅ Aprobar y enviar
voice-reject = ✖️ No enviar
voice-approved = { $count ->
    [0] Aprobado. Nadie recibe noticias todavía; están en Voz de la comunidad.
    [one] Aprobado y enviado a { $count } persona.
   *[other] Aprobado y enviado a { $count } personas.
}
voice-rejected = No enviado. Se avisa a quien lo escribió.
voice-update-waiting = 📣 Hay noticias esperando tu aprobación.
voice-update-approved = 📣 Tus noticias se aprobaron y se enviaron.
voice-update-not-approved = 📣 Tus noticias no se aprobaron.
voice-campaigns-title = Tus campañas:
voice-no-campaigns = Todavía no hay campañas.
voice-new-campaign = ➕ Nueva campaña
voice-type-campaign-name = Escribe un nombre corto para la campaña (solo lo ve el equipo).
voice-campaign-starts = ¿Qué día empieza?
voice-campaign-ends = ¿Qué día termina?
voice-campaign = 📌 { $name }
    Zona: { $area }
    Del { $start } al { $end }
    Código: { $code }
voice-target = { $target ->
    [fb] Opiniones
    [optin] Avisos y noticias
    [talk] Hablar con una par
   *[menu] Menú
}
voice-posters-intro = Carteles (A4 y tarjeta de bolsillo, PNG y PDF), según adónde lleva el código QR:
voice-poster-for = 🖨 { $target ->
    [fb] Opiniones
    [optin] Avisos y noticias
    [talk] Hablar con una par
   *[menu] Menú
}
voice-poster-language = ¿En qué idioma?
voice-posters-coming = Los carteles están en camino.

voice-poster-title = Ayuda gratuita y amable cerca de ti
voice-poster-body = { $target ->
    [fb] Cuéntanos cómo te trató un servicio. Es anónimo.
    [optin] Recibe noticias útiles para tu zona.
    [talk] Habla con alguien que entiende.
   *[menu] Encuentra servicios que te reciben bien, conoce tus derechos y dinos lo que necesitas.
}
voice-poster-scan = Escanea el código con la cámara de tu teléfono, o abre:
voice-poster-code = Código: { $code }
voice-poster-footer = Gratis. En inglés, francés, árabe, suajili y español. Nunca pedimos tu nombre.
