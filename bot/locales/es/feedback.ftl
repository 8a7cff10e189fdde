# Draft translation: to be reviewed by a native speaker.
# Anonymous feedback: the form anyone can fill in, and the reports leads read.
# Words: "opinión" = feedback; "obstáculo" = barrier; "responsable" = lead.

menu-feedback = 💬 Dar mi opinión
menu-report = 📈 Informe de opiniones

feedback-intro = Tus respuestas son anónimas. No guardamos quién eres, ni tu cuenta, ni el día en que respondiste (solo la semana). Puedes parar cuando quieras con ✖.
feedback-begin = ▶️ Empezar
feedback-back = ⬅️ Atrás
feedback-stop = ✖ Parar
feedback-topic = ¿De qué se trata?
# $topic is one of the topics.
feedback-topic-name = { $topic ->
    [service] Un servicio que usé
    [outreach] Una sesión de campo
    [needs] Lo que necesito
    [safety] Seguridad
    [peer] Hablar con un/a par
   *[other] Otra cosa
}
feedback-which-service = ¿Qué servicio? Toca su tipo, o escribe parte de su nombre.
feedback-pick-service = Toca el servicio:
feedback-no-service-found = No se encontró nada. Escribe otro nombre, o elige por tipo.
feedback-no-service-of-type = Aún no hay servicios de este tipo. Prueba otro tipo, o escribe parte del nombre.
feedback-service-not-say = 🤐 Prefiero no decirlo
feedback-other-types = 🗂 Otros tipos
feedback-more = ➡️ Más
feedback-about-service = Sobre: { $name }
feedback-given = ¿Recibiste el servicio?
# $given is yes, partly or no.
feedback-given-answer = { $given ->
    [yes] Sí
    [partly] En parte
   *[no] No
}
feedback-explained = ¿Te explicaron por qué?
feedback-waiting = ¿Cuánto tiempo esperaste?
# $waiting is one of the waiting bands.
feedback-waiting-answer = { $waiting ->
    [none] Sin espera
    [under-1h] Menos de 1 hora
    [from-1-to-3h] De 1 a 3 horas
   *[over-3h] Más de 3 horas
}
feedback-staff = ¿Cómo te trató el personal?
feedback-overall = En general, ¿cómo fue?
feedback-barriers = ¿Algo lo hizo difícil? Toca todo lo que corresponda y luego Listo.
# $barrier is one of the barriers.
feedback-barrier = { $barrier ->
    [cost] Precio
    [language] Idioma
    [papers] Papeles o documentos
    [stigma] Estigma o discriminación
    [police] Policía
    [distance] Distancia
    [hours] Horario de apertura
    [safety] Seguridad
    [childcare] Cuidado de los niños
   *[other] Otra cosa
}
feedback-needs = ¿Qué necesitas y no encuentras? Toca todo lo que corresponda y luego Listo.
feedback-free-text = ¿Algo más? Escríbelo aquí (hasta 1000 letras), o toca Saltar. No escribas nombres ni números de teléfono.
feedback-too-long = Es demasiado largo. Por favor, hazlo más corto.
feedback-review = Revisa y luego envía:
feedback-review-text = Tus palabras, tal como las guardaremos: { $text }
feedback-review-service = Servicio: { $name }
feedback-review-barriers = Lo que lo hizo difícil: { $list }
feedback-review-needs = Lo que necesitas: { $list }
feedback-send = 📨 Enviar
feedback-thanks = Gracias. Tu respuesta está guardada. Nos ayuda a cambiar lo que no funciona.
feedback-limit = Hoy enviaste mucho. Inténtalo otra vez mañana.
feedback-expired = Este formulario se cerró. Para dar tu opinión, por favor empieza otra vez.
feedback-nothing = (nada)
feedback-flagged = Un servicio vuelve a revisión por avisos repetidos de discriminación: { $name } ({ $count } avisos o más en 30 días).
feedback-flagged-note = 🔔 Una nota para el equipo. Toca Leer para verla.
feedback-flagged-read = 📖 Leer

# Reports for leads.
feedback-report-choose = ¿Qué periodo?
feedback-report-title = Opiniones { $period }
feedback-report-submissions = Respuestas: { $count } (periodo anterior: { $previous })
feedback-report-line = { $name }: { $count }{ $share }
feedback-report-barriers = Obstáculos:
feedback-report-needs = Necesidades sin cubrir:
feedback-report-topics = Temas:
feedback-report-ratings = Valoración media (al menos { $k } respuestas):
feedback-report-rating = { $name }: { $average } / 5 ({ $count })
feedback-report-excerpts = Algunas palabras que escribió la gente:
feedback-report-hidden = oculto
feedback-report-empty = No hay respuestas en este periodo.
feedback-report-few = Menos de { $k } respuestas en este periodo. No se muestra nada más, para que nadie pueda ser reconocido.
feedback-chart-hidden = <{ $k }
feedback-summary = Resumen de necesidades, { $period }: { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
} ({ $before }).
feedback-summary-barrier = { $name }: encontrado en { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
} ({ $share }%); { $before }.
feedback-summary-need = { $name }: pedido en { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
} ({ $share }%); { $before }.
feedback-summary-barrier-few = { $name }: encontrado en menos de { $k } respuestas; { $before }.
feedback-summary-need-few = { $name }: pedido en menos de { $k } respuestas; { $before }.
feedback-summary-before = { $period }: { $count ->
    [0] ninguna
   *[other] { $count }
}
feedback-summary-before-few = { $period }: menos de { $k }
