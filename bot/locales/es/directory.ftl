# Draft translation: to be reviewed by a native speaker.
# The service directory: finding services, service cards, referral notes, proposing and vetting.
# Words: "comprobar" = check that a service is still right; "revisar" = review a proposed service.

# $category is one of the category codes.
directory-category = { $category ->
    [health] Salud
    [hiv-sti] VIH e ITS: pruebas, tratamiento, PrEP y PEP
    [sexual-health] Salud sexual y reproductiva
    [mental-health] Salud mental
    [legal-aid] Ayuda legal
    [gbv] Ayuda después de la violencia
    [shelter] Refugio seguro
    [drop-in] Centro de acogida
    [livelihood] Trabajo e ingresos
    [documentation] Documentos y asilo
    [harm-reduction] Reducción de daños
    [sex-worker-led] Organización liderada por trabajadoras y trabajadores sexuales
    [peer-support] Grupo de apoyo entre pares
   *[emergency] Emergencia
}
# A service type on a button: its icon and a short name (30 characters at most).
directory-category-button = { $category ->
    [health] 🩺 Salud
    [hiv-sti] 🧪 VIH e ITS
    [sexual-health] 🌸 Salud sexual
    [mental-health] 🧠 Salud mental
    [legal-aid] ⚖️ Ayuda legal
    [gbv] 🆘 Ayuda tras violencia
    [shelter] 🏠 Refugio seguro
    [drop-in] ☕ Centro de acogida
    [livelihood] 💼 Trabajo e ingresos
    [documentation] 📄 Papeles y asilo
    [harm-reduction] 💉 Reducción de daños
    [sex-worker-led] ✊ De trabajadoras sexuales
    [peer-support] 🤝 Apoyo entre pares
   *[emergency] 🚨 Emergencia
}

menu-find = 🔎 Encontrar un servicio
menu-propose = ➕ Añadir un servicio
menu-recheck = 🔁 Comprobar servicios
menu-queue = ✅ Revisar

directory-find-title = ¿Cómo quieres buscar? También puedes activar o quitar filtros.
directory-by-category = 📂 Por tipo de servicio
directory-near-me = 📍 Cerca de mí
directory-by-word = 🔤 Buscar por palabra
# $on is "yes" or "no".
directory-filter-free = { $on ->
    [yes] ☑ Gratis
   *[no] ☐ Gratis
}
directory-filter-no-papers = { $on ->
    [yes] ☑ Sin papeles
   *[no] ☐ Sin papeles
}
directory-filter-sex-worker-led = { $on ->
    [yes] ☑ Liderado por trabajadoras y trabajadores sexuales
   *[no] ☐ Liderado por trabajadoras y trabajadores sexuales
}
directory-filter-open-now = { $on ->
    [yes] ☑ Abierto ahora
   *[no] ☐ Abierto ahora
}

directory-choose-category = Elige un tipo de servicio:
directory-results = { $category } — toca un servicio para ver más.
directory-no-results = No se encontró nada. Prueba otro tipo de servicio, o quita algunos filtros.
directory-search-ask = Escribe una palabra para buscar, por ejemplo: clínica, legal, refugio.
directory-search-results = Resultados para «{ $words }» — toca un servicio para ver más.
directory-search-too-short = Por favor, escribe al menos una palabra.
directory-search-none = No se encontró nada para «{ $words }». Prueba otra palabra, o quita algunos filtros.
directory-search-again = 🔤 Buscar otra vez

directory-near-what = ¿Qué necesitas cerca de ti? Elige un tipo, o cualquiera.
directory-near-any = 📍 Cualquier tipo de servicio
directory-near-ask = Toca el botón de abajo para compartir dónde estás. Lo usamos una sola vez y no lo guardamos.
directory-share-location = 📍 Compartir mi ubicación
directory-near-or-area = O elige una zona:
directory-near-results = Los servicios más cercanos. Toca uno para ver más.
directory-area-results = Servicios cerca del centro de { $area }. Toca uno para ver más.
directory-near-type-results = Lo más cercano: { $category }. Toca uno para ver más.
directory-area-type-results = { $category } cerca del centro de { $area }. Toca uno para ver más.
directory-near-none = No se encontraron servicios cerca de ahí. Prueba otra zona, o quita algunos filtros.
directory-live-location = No usamos la ubicación en tiempo real. Por favor, comparte tu ubicación una sola vez.
directory-location-used = Tu ubicación se usó una sola vez, no se guardó y se borró de este chat.
directory-no-areas = Todavía no hay zonas.

# Distance bands.
directory-distance = { $band ->
    [under-1] menos de 1 km
    [from-1-to-3] 1–3 km
    [from-3-to-10] 3–10 km
   *[further] más de 10 km
}
directory-open-now = Abierto ahora
directory-open-until = Abierto ahora, hasta las { $time }
directory-opens-at = Cerrado. Abre el { $day } a las { $time }
directory-closed = Cerrado
directory-hours-unknown = Horario desconocido
directory-result-label = { $name } · { $status }
directory-result-label-distance = { $name } · { $distance } · { $status }

# The service card.
directory-card-organisation = 🏢 { $organisation }
directory-card-categories = 🏷 { $categories }
directory-card-address = 📍 { $address }
directory-card-hours = 🕘 { $hours }
directory-card-week = { $days } { $times }
directory-all-day = 24 horas
directory-card-open-24-hours = 🕘 Abierto 24 horas, todos los días
directory-card-free = 💵 Gratis
directory-card-fees = 💵 { $fees }
directory-card-cost-unknown = 💵 Precio desconocido
directory-card-no-papers = 📄 No se necesitan papeles
directory-card-papers = 📄 Papeles necesarios: { $documents }
directory-card-papers-unknown = 📄 Pregunta si se necesitan papeles
directory-card-languages = 🗣 { $languages }
directory-card-interpretation = { $available ->
    [yes] 🗣 Un intérprete puede ayudar
   *[no] 🗣 Sin intérprete
}
directory-card-accessibility = ♿ { $accessibility }
directory-card-phone = ☎ { $phone }
directory-card-email = ✉ { $email }
directory-card-url = 🔗 { $url }
directory-card-eligibility = 👤 { $eligibility }
directory-card-directions = 🧭 { $directions }
directory-card-notice = 📢 { $notice }
directory-card-temporarily-closed = ⛔ Cerrado por ahora
directory-card-checked = ✔ Comprobado { $days ->
    [0] hoy
    [one] ayer
   *[other] hace { $days } días
}
directory-card-not-recent = ⚠ Sin comprobar hace tiempo (última vez hace { $days } días)
directory-card-state = Estado: { $state ->
    [proposed] esperando revisión
    [review] devuelto para revisar
    [published] publicado
    [rejected] rechazado
   *[archived] archivado
}
directory-card-reports = Problemas avisados: { $reports }
# Our attributes, shown together on one line.
directory-flag = { $flag ->
    [sex_worker_led] Liderado por trabajadoras y trabajadores sexuales
    [rights_based] Respetuoso, sin juicios
    [no_police_reporting] No avisa a la policía
    [trans_friendly] Amigable con personas trans
    [confidential] Confidencial
   *[walk_in] Sin cita previa
}

directory-button-map = 🗺 Mapa
directory-button-referral = 📝 Nota de derivación
directory-button-confirm = ✅ Sigue correcto
directory-button-report = ⚠️ Avisar de un problema
directory-button-back = ⬅️ Atrás
directory-button-feedback = 💬 Opinar sobre este servicio

directory-referral = 📝 Nota de derivación
    Servicio: { $service }
    Código: { $code }
    Por favor, muestra esta nota en el servicio. Dice que un programa de educación entre pares envió a esta persona. No tiene datos personales.

directory-confirmed = Gracias. Quedó marcado como comprobado hoy.
directory-report-choose = ¿Qué está mal?
# $kind is one of the problem kinds.
directory-problem = { $kind ->
    [closed] Cerró
    [moved] Se cambió de lugar
    [wrong-hours] El horario está mal
    [treated-badly] Trataron mal a la gente
    [asked-for-papers] Pidieron papeles
   *[called-police] Llamaron a la policía
}
directory-report-thanks = Gracias. El equipo lo revisará.
directory-report-review = Gracias. Queda oculto hasta que se revise.
directory-report-already = Ya nos lo dijiste, y lo tenemos. Una persona responsable lo revisará.

directory-recheck-title = Hay que comprobar estos servicios. Toca uno y dinos si sigue correcto.
directory-recheck-none = No hay nada que comprobar ahora. Gracias.

directory-queue-summary = Al día: { $fresh } · Por comprobar: { $due } · Sin comprobar hace tiempo: { $stale } · Ocultos: { $hidden } · Esperando revisión: { $waiting }
directory-queue-empty = No hay nada esperando revisión.
directory-approve = ✅ Publicar
directory-reject = ✖ Rechazar
directory-next = Siguiente ➡️
directory-approved = Publicado: { $name }.
directory-reject-ask = ¿Por qué? Escribe una razón corta. La persona que lo propuso la verá.
directory-rejected = No publicado: { $name }.
directory-proposal-published = Tu propuesta «{ $name }» ya está publicada. Gracias.
directory-proposal-rejected = Tu propuesta «{ $name }» no se publicó. Motivo: { $reason }
directory-review-waiting = Hay algo nuevo para revisar. Abre ✅ Revisar.
directory-decision-letter = 🔔 El equipo te respondió. Toca Leer.
directory-decision-read = 📖 Leer
directory-your-waiting-item = «{ $name }» todavía espera que una persona responsable lo revise.

# Proposing a service, step by step.
directory-propose-name = ¿Cómo se llama el servicio?
directory-your-waiting = Esperando que una persona responsable lo revise:
directory-your-change = { $name }: cambio de «{ $field }»
directory-propose-categories = ¿Qué tipos de servicio ofrece? Toca todos los que correspondan y luego Listo.
directory-propose-organisation = ¿Qué organización lo lleva? Escribe el nombre, o toca Saltar.
directory-propose-description = Descríbelo en una o dos frases cortas, o toca Saltar.
directory-propose-phone = ¿Cuál es su número de teléfono? Escríbelo, o toca Saltar.
directory-propose-phone-invalid = Esto no parece un número de teléfono. Escríbelo otra vez con el código del país, o toca Saltar.
directory-propose-place = ¿Dónde está? Comparte su ubicación con 📎 → Ubicación, escribe la dirección, o toca Saltar.
directory-propose-area = ¿En qué zona está?
directory-propose-hours = ¿Cuándo está abierto?
# The bot reads day names of this language (babel's full and short names) and the codes Mo-Su.
directory-propose-hours-type = Escribe el horario así (de lunes a viernes, y el sábado):
    lun-vie 09:00-17:00; sáb 10:00-14:00
directory-propose-hours-invalid = No pude leer este horario. Ejemplo (de lunes a viernes, y el sábado):
    lun-vie 09:00-17:00; sáb 10:00-14:00
directory-propose-cost = ¿Es gratis?
directory-propose-papers = ¿Pueden usarlo personas sin papeles?
directory-propose-flags = ¿Cuáles de estas cosas son ciertas? Toca todas las que correspondan y luego Listo.
directory-propose-visibility = ¿Quién puede verlo?
directory-propose-review = Revisa y luego envía:
directory-propose-sent = Enviado a las personas responsables para revisar. Gracias.
directory-propose-closed = Este formulario está cerrado: el bot se reinició, o el formulario se detuvo. No se envió nada más. Puedes empezar de nuevo.
directory-propose-again = ➕ Empezar de nuevo
directory-propose-too-long = Es demasiado largo. Por favor, hazlo más corto.
directory-hours-weekdays = Lun–vie, 9:00–17:00
directory-hours-always = Siempre abierto
directory-hours-custom = Escribir el horario
directory-answer-yes = Sí
directory-answer-no = No
directory-answer-unknown = No sé
directory-visibility-public = Todo el mundo
directory-visibility-peers = Solo pares y responsables
directory-skip = Saltar ➡️
directory-done = Listo ✅
directory-send = 📨 Enviar

# Suggesting a change to a published service (peers), or editing one (leads).
directory-button-change = ✏️ Sugerir un cambio
directory-button-edit = ✏️ Editar
directory-change-choose = ¿Qué hay que cambiar?
directory-edit-choose = ¿Qué quieres editar? Cambia enseguida.
# $field is one of the fields a change can touch.
directory-field = { $field ->
    [name] Nombre
    [description] Descripción
    [phone] Número de teléfono
    [address] Dirección
    [hours] Horario de apertura
    [is_free] ¿Es gratis?
    [no_papers_needed] ¿Pueden usarlo personas sin papeles?
    [status] Abierto o cerrado
   *[notice] Aviso corto
}
# $status is active, temporarily_closed or closed.
directory-status = { $status ->
    [active] Abierto como siempre
    [temporarily_closed] Cerrado por ahora
   *[closed] Cerrado definitivamente
}
directory-change-type = Escribe el nuevo valor para: { $field }
directory-change-invalid = No pude usar esto. Por favor, inténtalo otra vez, o envía /cancel.
directory-change-drafted = Gracias. Una persona responsable revisará tu cambio antes de que se muestre.
directory-change-applied = Guardado.
directory-change-title = Cambio sugerido para «{ $name }»
    { $field }: { $old } → { $new }
directory-change-publish = ✅ Publicar el cambio
directory-change-published = El cambio de «{ $name }» está publicado.
directory-change-rejected = El cambio de «{ $name }» no se publicó.
directory-your-change-published = El cambio que sugeriste para «{ $name }» ya está publicado. Gracias.
directory-your-change-rejected = El cambio que sugeriste para «{ $name }» no se publicó. Motivo: { $reason }
directory-value-empty = (vacío)
directory-recheck-offer = 🔁 { $count ->
    [one] Un servicio necesita una comprobación.
   *[other] { $count } servicios necesitan una comprobación.
} Toca abajo si puedes ayudar.
