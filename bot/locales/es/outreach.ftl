# Draft translation: to be reviewed by a native speaker.
# Outreach sessions: planning, invitations, reminders, safety check-ins, reports, figures.
# Reminders and invitations may show on a locked phone: keep them neutral (time and area only).
# Words: "sesión" = outreach session; "de campo" = outreach (as in "responsable de campo").

menu-plan = 🗓 Planear una sesión
menu-sessions = 📋 Sesiones
menu-figures = 📊 Cifras del mes
menu-my-sessions = 🗓 Mis sesiones

# $kind is one of the session kinds.
outreach-kind = { $kind ->
    [outreach-walk] Recorrido de campo
    [testing-day] Jornada de pruebas
    [rights-workshop] Taller: conoce tus derechos
    [distribution] Reparto
    [peer-meeting] Reunión de pares
   *[other] Otra
}
# A session in one line: $when is a local date and time, $area the area's name.
outreach-when-where = { $when }, { $area }
outreach-minutes = { $hours } h

outreach-plan-kind = ¿Qué tipo de sesión?
outreach-plan-area = ¿En qué zona?
outreach-plan-day = ¿Qué día?
outreach-plan-start = ¿A qué hora empieza? La fila de abajo cambia los minutos.
outreach-plan-length = ¿Cuánto dura?
outreach-plan-peers = ¿Cuántos pares se necesitan? (Al menos dos: nadie va en solitario.)
outreach-plan-note = Añade una nota corta para los pares, o toca Saltar. No escribas nombres, números de teléfono ni direcciones de personas de la comunidad.
outreach-plan-repeat = ¿Una vez, o cada semana?
outreach-repeat-once = Una vez
outreach-repeat-weeks = { $weeks ->
    [one] Cada semana, una vez
   *[other] Cada semana, { $weeks } veces
}
outreach-plan-review = Revisa y luego guarda:
outreach-plan-save = 💾 Guardar
outreach-plan-saved = Guardado: { $count ->
    [one] una sesión
   *[other] { $count } sesiones
}.
outreach-plan-past = Esa hora ya pasó. Por favor, elige otra.
outreach-no-areas = Todavía no hay zonas. Primero importa las zonas (scripts/directory.py import-areas).
outreach-previous-month = ⬅️
outreach-next-month = ➡️

outreach-session-title = { $kind } · { $when-where }
outreach-session-details = Duración: { $length } · Pares necesarios: { $needed } · Confirmados: { $confirmed } · En espera: { $waiting }
outreach-session-note = Nota: { $note }
outreach-session-cancelled = ⛔ Cancelada
# $status is invited, confirmed, waiting or declined.
outreach-status = { $status ->
    [invited] invitado/a
    [confirmed] confirmado/a
    [waiting] en lista de espera
   *[declined] dijo que no
}
outreach-roster-line = { $alias }: { $status }{ $checks }
outreach-checked-in = · llegada registrada
outreach-checked-out = · salida registrada
outreach-open-call = 📣 Llamar a todos los pares de la zona
outreach-invite-peers = ➕ Invitar a un educador/a par
outreach-choose-peer = Toca un nombre para invitar a esa persona:
outreach-invited = { $count ->
    [0] No se invitó a nadie nuevo.
    [one] Una persona invitada.
   *[other] { $count } personas invitadas.
}
outreach-call-series = 📣 Llamar a la zona: cada semana
outreach-invite-series = ➕ Invitar: cada semana
outreach-change-time = 🕑 Cambiar la hora
outreach-change-area = 📍 Cambiar la zona
outreach-change-note = ✏️ Cambiar la nota
outreach-cancel-one = ✖ Cancelar esta sesión
outreach-cancel-series = ✖ Cancelar el resto de la serie
outreach-cancelled-done = Cancelada. Se avisó a todas las personas anotadas.
outreach-moved-done = Cambiada. Se avisó a todas las personas anotadas.
outreach-week = Sesiones de la semana del { $monday }:
outreach-week-empty = No hay sesiones esta semana.
outreach-calendar-file = 📅 Archivo de calendario
outreach-calendar-name = Calendario
outreach-calendar-event = Reunión

# Messages to peers: neutral words only.
outreach-invitation = Invitación: { $when-where } ({ $length }). ¿Puedes venir?
outreach-invitation-series = Invitación: cada semana desde { $when-where } ({ $length }), { $count ->
    [one] una vez
   *[other] { $count } veces
}. ¿Puedes venir?
outreach-yes-all = ✅ Sí, todas las veces
outreach-choose-dates = 🗓 Elegir las fechas
outreach-series-answered = Gracias. En la lista: { $confirmed }. En espera: { $waiting }.
outreach-yes = ✅ Sí
outreach-no = ✖ No
outreach-confirmed = Gracias, estás en la lista.
outreach-waiting = Ahora está completo. Estás en la lista de espera; te avisaremos si se libera un lugar.
outreach-declined = Gracias por avisarnos.
outreach-promoted = Se liberó un lugar. Estás en la lista: { $when-where }.
outreach-reminder = Recordatorio: { $when-where }.
outreach-cancelled = Cancelado: { $when-where }.
outreach-changed = Cambio: ahora { $when-where }.
outreach-safety-check = ¿Estás a salvo? Toca abajo.
outreach-safe = ✅ Estoy a salvo
outreach-safe-thanks = Gracias. Cuídate.
outreach-lead-alert = { $alias } no respondió después de la sesión: { $when-where }. Por favor, comprueba cómo está.
outreach-peer-declined = { $alias } ya no puede ir: { $when-where }.
outreach-peer-left = { $alias } dejó el equipo: { $when-where }.
outreach-peer-unreachable = El bot ya no puede contactar a { $alias }: { $when-where }.
outreach-peers-reachable = Confirmados y localizables: { $count } de { $needed }.
outreach-peers-short = Nadie va en solitario: por favor, invita a más pares.
outreach-open-session = 📋 Abrir la sesión
outreach-report-prompt = ¿Cómo fue? Por favor, envía un informe corto.
outreach-check-in = ✅ Registrar llegada
outreach-check-out = 🏁 Registrar salida
outreach-checked = Anotado.
outreach-check-early = Esto se abre una hora antes del inicio.
outreach-check-in-closed = El registro de llegada ya se cerró para esta sesión.
outreach-cannot-come = ✖ No puedo ir
outreach-my-sessions = Tus sesiones:
outreach-my-sessions-empty = No tienes sesiones próximas.
outreach-my-line = { $when-where } · { $status }
outreach-your-part = Tú: { $status }

# Reports.
outreach-report-button = 📝 Informe
# $field is the count being entered.
outreach-report-field = { $field ->
    [reached_new] Personas alcanzadas por primera vez
    [reached_returning] Personas alcanzadas que ya vinieron antes
    [condoms] Condones entregados
    [lubricant] Lubricante entregado
   *[leaflets] Folletos entregados
}
outreach-report-number = { $field }: { $value }
outreach-report-type-number = Por favor, escribe un número de 0 a 9999, o usa los botones.
outreach-report-referrals = Derivaciones hechas: toca un tipo una vez por cada derivación, y luego Listo.
outreach-report-incidents = Incidentes de seguridad: toca un tipo una vez por cada incidente, y luego Listo. Sin nombres.
# $kind is one of the incident kinds.
outreach-incident = { $kind ->
    [violence] Violencia
    [police] Policía
    [arrest] Arresto
    [robbery] Robo
    [harassment] Acoso
    [health-emergency] Emergencia de salud
   *[other] Otro
}
outreach-report-note = ¿Algo más? Escribe una nota corta, o toca Saltar. Sin nombres ni números de teléfono.
outreach-report-review = Revisa y luego envía:
outreach-report-send = 📨 Enviar
outreach-report-saved = Gracias. Tu informe está guardado. Puedes cambiarlo durante 48 horas.
outreach-report-closed = Este informe ya no se puede cambiar.
outreach-form-closed = Este formulario se cerró (esperó demasiado, o el bot se reinició). No se guardó nada. Puedes empezar de nuevo.
outreach-start-again = 🔁 Empezar de nuevo
outreach-report-summary = Primera vez: { $new } · Ya vinieron antes: { $returning } · Condones: { $condoms } · Lubricante: { $lubricant } · Folletos: { $leaflets }
outreach-report-lists = Derivaciones: { $referrals } · Incidentes: { $incidents }
outreach-delete-digit = ⌫
outreach-ok = ✅ OK

# Monthly figures.
outreach-figures-choose = ¿Qué mes?
outreach-figures-none = Todavía no se puede leer ningún mes: un mes se puede leer tres días después de terminar.
outreach-figures = { $month }{ $area }
    Sesiones: planeadas { $planned }, realizadas { $held }, canceladas { $cancelled }
    Horas de pares: { $hours }
    Personas alcanzadas: nuevas { $new }, que ya vinieron { $returning }
    Entregado: condones { $condoms }, lubricante { $lubricant }, folletos { $leaflets }
    Derivaciones: { $referrals }
    Incidentes: { $incidents }
# Shown for a count hidden to protect people: it may be small, or hidden so a small one stays hidden.
outreach-hidden = oculto
outreach-figures-area = { $area }: planeadas { $planned }, realizadas { $held }, canceladas { $cancelled }, horas de pares { $hours }
# Labels of the monthly chart; $key is planned, held or cancelled.
outreach-chart-label = { $key ->
    [planned] Sesiones planeadas
    [held] Sesiones realizadas
   *[cancelled] Sesiones canceladas
}
outreach-none = ninguno/a
outreach-figures-file = cifras del mes
