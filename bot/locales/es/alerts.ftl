# Draft translation: to be reviewed by a native speaker.
# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 Avisos de seguridad
menu-report-danger = ⚠️ Avisar de un peligro
menu-vet-alerts = 🛡 Avisos por revisar

alerts-notice = 🔔 Aviso para { $area }
# $kind is one of the alert kinds.
alerts-kind = { $kind ->
    [violent-client] Cliente violento o abusivo
    [police] Operativo policial
    [robbery] Robo
    [unsafe-place] Lugar inseguro
   *[other] Otro peligro
}
# $when is today, yesterday or this-week.
alerts-when = { $when ->
    [today] hoy
    [yesterday] ayer
   *[this-week] esta semana
}
alerts-choose = Elige las zonas de las que quieres recibir avisos de seguridad. Puedes parar en cualquier momento. Guardamos el número de tu chat solo mientras recibes avisos.
alerts-stop = 🔕 Parar todos los avisos
alerts-stopped = Listo. No recibirás más avisos, y ya no guardamos el número de tu chat para ellos.
alerts-report-kind = ¿Qué tipo de peligro?
alerts-no-names = Nunca escribas el nombre ni el número de teléfono de una persona de la comunidad.
alerts-report-when = ¿Cuándo pasó?
alerts-report-describe = Descríbelo en pocas palabras (hasta 500 letras): a qué hay que prestar atención, y dónde. Sin nombres ni números de teléfono.
alerts-report-review = Esto es lo que una persona responsable revisará antes de enviarlo: { $text }
alerts-report-sent = Gracias. Una persona responsable lo revisará antes de enviarlo.
alerts-waiting = Hay un aviso de seguridad por revisar. Abre 🧰 Equipo y luego 🛡 Avisos por revisar.
alerts-none-waiting = No hay avisos por revisar.
alerts-publish = ✅ Enviarlo
alerts-edit = ✏️ Editar y enviar
alerts-type-edit = Escribe el texto que quieres enviar en su lugar.
alerts-published = Enviado a { $count } personas.
alerts-rejected = No se envió. Se le dirá el motivo a la persona que lo avisó.
alerts-your-alert-rejected = El aviso de seguridad que enviaste no se envió a nadie. Motivo: { $reason }
