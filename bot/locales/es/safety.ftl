# Draft translation: to be reviewed by a native speaker.

menu-rights = ⚖️ Tus derechos
safety-choose = Elige un tema:

safety-button-police = 👮 Policía
safety-button-health = 🏥 Salud
safety-button-work = 💼 En el trabajo
safety-button-refugee = 🪪 Refugio o asilo
safety-button-violence = 🆘 Violencia
safety-button-law = 📜 Leyes locales
safety-button-arrest = 🚨 Si te detienen

safety-card-police =
    👮 Tus derechos ante la policía

    Las leyes cambian según el país. Una educadora de pares o un servicio legal puede decirte la ley aquí.

    • Mantén la calma. Deja las manos a la vista.
    • Puedes preguntar: «¿Me puedo ir?» Si dicen que sí, vete con calma.
    • Puedes pedir el nombre y el número del agente. Intenta recordarlos.
    • Llevar condones no es prueba de un delito. Puedes decirlo con calma.
    • Nadie puede golpearte, tocarte sexualmente ni pedirte sexo o dinero.
    • No tienes que dar los nombres de amistades o clientes.
    • Si ves que la policía para a alguien, puedes quedarte cerca y mirar, si es seguro.

    Después, anota la hora, el lugar y lo que se dijo, y cuéntaselo a una educadora de pares.

safety-card-health =
    🏥 Tus derechos en un centro de salud

    Las leyes cambian según el país. Una educadora de pares o un servicio legal puede decirte la ley aquí.

    • Tienes derecho a atención sin juicios, sea cual sea tu trabajo o tus papeles.
    • Lo que le cuentas al personal de salud debe quedar en privado.
    • Puedes decir sí o no a cualquier prueba o tratamiento. Nadie debe obligarte a hacerte una prueba.
    • Puedes pedir un intérprete o ir con una persona de confianza.
    • Puedes preguntar para qué sirve un medicamento y cuánto cuesta antes de tomarlo.
    • En una emergencia, pide ayuda primero. Los papeles pueden esperar.

    Si te trataron mal, puedes decírselo a una educadora de pares. También puedes dar tu opinión anónima en este bot.

safety-card-work =
    💼 Tus derechos en el trabajo

    Las leyes cambian según el país. Una educadora de pares o un servicio legal puede decirte la ley aquí.

    • Tu cuerpo, tu decisión. Puedes decir que no a cualquier persona o acto, en cualquier momento.
    • Siempre puedes pedir que se use condón. Puedes parar si no se usa.
    • Nadie puede quedarse con tu documento, tu pasaporte o tu teléfono.
    • Nadie puede quitarte tu dinero a la fuerza ni hacerte trabajar para pagar una deuda.
    • Dile a una amiga adónde vas y cuándo vuelves. Acordad un mensaje para avisar que estás bien.
    • Confía en lo que sientes. Si algo no va bien, puedes irte.

    Si alguien te controla, te amenaza o se queda con tus papeles, puedes recibir ayuda en secreto.

safety-card-refugee =
    🪪 Tus derechos como refugiada o solicitante de asilo

    Las leyes cambian según el país. Una educadora de pares o un servicio legal puede decirte la ley aquí.

    • Tienes derecho a pedir asilo. Tu trabajo no te quita ese derecho.
    • Nadie debe devolverte a un lugar donde corres peligro.
    • Guarda una copia o foto de tus papeles en un lugar seguro, separada de los originales.
    • Tienes derecho a un intérprete en las entrevistas.
    • Lo que dices en una entrevista de asilo debe quedar en privado.
    • Puedes pedir ayuda a un servicio legal antes de una entrevista.

    Si alguien te pide dinero o sexo a cambio de papeles o ayuda, eso está mal. Puedes contarlo a una organización de confianza.

safety-card-violence =
    🆘 Si sufres violencia

    Las leyes cambian según el país. Una educadora de pares o un servicio legal puede decirte la ley aquí.

    • La violencia nunca es tu culpa. Mereces ayuda.
    • Primero, ve a un lugar seguro. Llama a alguien de confianza.
    • Si estás herida, ve pronto a un centro de salud. Después de una violación, un medicamento dentro de 72 horas (3 días) puede evitar el VIH, y algunas pastillas pueden evitar un embarazo.
    • Si puedes, guarda tu ropa y no te laves antes de un examen. Esto puede ayudar después, si decides denunciar.
    • Tú decides si vas a la policía. Puedes recibir atención médica sin denunciar.
    • Cuando te sientas capaz, anota qué pasó, cuándo y dónde.

    Una educadora de pares puede acompañarte. No estás sola.

safety-law-summary =
    📜 Leyes locales

    Las leyes cambian según el país, y a veces según la ciudad. Pregunta a una educadora de pares o a un servicio legal qué dice la ley donde estás.

safety-arrest =
    🚨 Si te arrestan o te detienen

    Las leyes cambian según el país. Una educadora de pares o un servicio legal puede decirte la ley aquí.

    • Mantén la calma. No corras, no pelees y no insultes a los agentes.
    • Puedes decir: «Quiero hablar con un abogado.» Después, di poco más.
    • Puedes pedir un intérprete si no entiendes.
    • Puedes preguntar: «¿Por qué me detienen?»
    • No firmes nada que no entiendas.
    • No mientas. Puedes quedarte en silencio.
    • Donde la ley lo permite, no tienes que desbloquear tu teléfono ni dar tu contraseña.
    • Aprende un número de memoria: una amiga, una compañera o un servicio legal.
    • Puedes pedir llamar a alguien y ver a un médico si estás herida o necesitas medicinas.
    • Si tienes hijos o personas a tu cargo, dilo.

    Nadie puede golpearte, tocarte sexualmente ni pedirte sexo o dinero para dejarte ir.

safety-emergency-numbers =
    Pide a una educadora de pares los números de emergencia de aquí, y aprende uno de memoria.

safety-contacts-title = Quién puede ayudar:
safety-contact-line = { $name }: { $phone }
safety-no-contacts = Todavía no hay contactos legales o de emergencia. Pregunta a una educadora de pares.

# Draft translation: to be reviewed by a native speaker.
# Safety alerts. The first line of an alert shows on a locked phone: keep it neutral.

menu-alerts = 🔔 Avisos de seguridad
menu-report-danger = ⚠️ Avisar de un peligro
menu-vet-alerts = 🛡 Avisos por revisar

alerts-notice = 🔔 Aviso para { $area }
# What a subscriber is sent (a locked phone shows it): the area only, never what happened.
alerts-new-notice = 🔔 Nuevo aviso para { $area }
alerts-read = 📖 Leer
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
alerts-report-sent-member = Gracias. Una persona responsable lo revisará.
alerts-report-limit = Ya enviaste varios avisos hoy. Gracias: inténtalo de nuevo mañana.
alerts-waiting = 🛡 Hay un aviso nuevo esperando tu revisión.
alerts-none-waiting = No hay avisos por revisar.
alerts-publish = ✅ Enviarlo
alerts-edit = ✏️ Editar y enviar
alerts-type-edit = Escribe el texto que quieres enviar en su lugar.
alerts-published = { $count ->
    [0] Publicado. Nadie recibe avisos de esta zona todavía.
    [one] Enviado a { $count } persona.
   *[other] Enviado a { $count } personas.
}
alerts-rejected = No se envió. Se le dirá el motivo a la persona que lo avisó.
alerts-your-alert-rejected = El aviso de seguridad que enviaste no se envió a nadie. Motivo: { $reason }
# What the peer who reported is sent (a locked phone shows it): nothing about the report.
alerts-rejected-letter = 📬 Hay una respuesta sobre un aviso que enviaste.
# A button of a report or a vetting whose form has closed (a restart, a long pause).
alerts-form-closed = Este formulario se cerró. Puedes empezar de nuevo.
alerts-edit-review = Esto es lo que se enviará: { $text }
alerts-reason-review = La persona que lo avisó leerá este motivo: { $reason }
alerts-send-reason = ✅ Enviar el motivo
