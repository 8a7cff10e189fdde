# Ayuda cuando hace falta: llamadas de ayuda durante las salidas, y seguimiento de incidentes.

menu-follow-ups = 📋 Seguimientos
command-followups = Seguimiento de incidentes

## La llamada de ayuda de un par («SOS»)

help-sos-button = 🆘 Necesito ayuda
help-sos-sent = 🆘 Tu llamada de ayuda llegó a { $count ->
    [one] una persona
   *[other] { $count } personas
}. Te avisaremos cuando alguien vaya en camino.
help-sos-nobody = 🆘 Tu llamada de ayuda está recibida. No se pudo avisar a nadie de la salida, así que se avisa ahora a todas las coordinaciones y administraciones.
help-sos-open-on-it = 🆘 Tu llamada de ayuda está abierta. { $responder } se encarga.
help-sos-open-waiting = 🆘 Tu llamada de ayuda está abierta. Nadie ha respondido aún; se está avisando a más personas.
help-sos-over = Esta salida terminó hace demasiado tiempo para llamar al equipo desde aquí. Si estás en peligro, llama a un número de emergencia: «Tus derechos» los tiene.
help-share-location = 📍 Enviar mi ubicación
help-location-ask = Si puedes, toca «📍 Enviar mi ubicación» abajo: va directamente a las personas avisadas y no se guarda.
help-location-again = 📍 Enviar mi ubicación otra vez
help-live-location = No usamos la ubicación en tiempo real. Comparte tu ubicación una vez: «📍 Enviar mi ubicación».
help-location-sent = 📍 Tu ubicación llegó a { $count ->
    [one] una persona
   *[other] { $count } personas
}. No se guarda.
help-safe-myself = ✅ Estoy a salvo
help-safe-myself-done = Gracias. Todas las personas avisadas sabrán que estás a salvo.

## Mensajes sobre una llamada

help-sos-letter = 🆘 { $alias } necesita ayuda ahora: { $when-where }.
    Toca «Me encargo» si vas a ayudar.
help-on-it = 🏃 Me encargo
help-they-are-safe = ✅ Ya está a salvo
help-escalation = 🆘 Nadie ha respondido aún. { $alias } pidió ayuda a las { $time }: { $when-where }.
help-escalation-missed = ⚠️ Nadie ha respondido aún. { $alias } no marcó la salida ni respondió después de la salida: { $when-where }. Por favor, comprueba cómo está.
help-answered-on-it = ✅ { $responder } se encarga: { $alias }, { $when-where }.
help-answered-on-it-you = ✅ { $responder } se encarga. La ayuda va en camino.
help-answered-safe = ✅ { $alias } ya está a salvo, dice { $responder }: { $when-where }.
help-answered-safe-themselves = ✅ { $alias } dice que ya está a salvo: { $when-where }.
help-answered-checked-out = ✅ { $alias } marcó la salida al final: { $when-where }.
help-answered-safe-you = ✅ { $responder } dijo que ya estás a salvo. Si aún necesitas ayuda, toca abajo.
help-on-it-thanks = Gracias. Los demás saben que te encargas.
help-already-on-it = { $responder } ya se encarga.
help-safe-thanks = Gracias. Los demás saben que está a salvo.
help-call-over = Esta llamada de ayuda está cerrada.

## Seguimiento de incidentes (para coordinaciones)

help-followup-letter = 📋 Un seguimiento espera: { $when-where }.
help-followup-open = 📋 Abrir
help-followups-title = Seguimientos abiertos, los más antiguos primero:
help-followups-empty = No hay seguimientos abiertos.
help-followup-line = { $kind } · { $when-where }
help-followup-line-taken = { $line } · 🙋 { $alias }
help-followup-card = 📋 Seguimiento: { $kind } ({ $count })
    Salida: { $when-where }
    Informado por: { $alias }
    Nota: { $note }
help-followup-note-erased = borrada tras el cierre
help-followup-waiting = Esperando desde el { $day }.
help-followup-taken = { $alias } hace el seguimiento desde el { $day }.
help-followup-closed = Cerrado el { $day }: { $outcome ->
    [resolved] resuelto
    [referred] derivado a un servicio
   *[no-action] la persona no quiere ninguna acción
}.
help-followup-referred-to = Derivado a: { $service }
help-take = 🙋 Hago el seguimiento
help-close-resolved = ✅ Cerrado: resuelto
help-close-referred = ➡️ Cerrado: derivado a un servicio
help-close-no-action = 🚫 Cerrado: no quiere acción
help-taken = Haces el seguimiento.
help-closed-done = Cerrado. Gracias.
help-already-closed = Ya estaba cerrado.
help-referral-type = ¿Qué tipo de servicio?
help-referral-service = ¿Qué servicio?
help-referral-not-listed = Un servicio que no está en el directorio

## Las cifras del mes

help-figures = Llamadas de ayuda: { $calls } ({ $outcomes })
    Seguimientos abiertos: { $opened } ({ $kinds })
    Seguimientos cerrados: { $closed } ({ $closings })
help-call-outcome = { $code ->
    [safe] a salvo
    [acknowledged] alguien se encargó
   *[unanswered] sin respuesta
}
help-followup-outcome = { $code ->
    [resolved] resuelto
    [referred] derivado
   *[no-action] no quiere acción
}
