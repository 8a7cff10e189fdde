# Draft translation: to be reviewed by a native speaker.
# Formación para pares y responsables (/training): lecciones cortas con preguntas.

menu-training = 🎓 Formación
command-training = Lecciones para pares y responsables
training-intro = Lecciones cortas con preguntas. Toca una para empezar. ✅ marca las que terminaste.
training-none = Todavía no hay lecciones.
training-team-button = 👥 Avance del equipo
training-start = ▶️ Preguntas
training-question = Pregunta { $number } de { $total }
training-answer-letter = { $choice ->
    [0] A
    [1] B
    [2] C
   *[3] D
}
training-right = ✅ Correcto.
training-wrong = ✖ No exactamente. La respuesta correcta: { $answer }
training-next = Siguiente pregunta ➡️
training-done = 🎉 Terminaste esta lección.
training-team-title = Tu equipo: { $count ->
    [one] una persona
   *[other] { $count } personas
}. Cuántas terminaron cada lección:
training-team-line = { $lesson }: { $count } de { $total }

training-lessons = stigma, choice, confidentiality, safety, referral, consent

# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma = Las palabras pueden herir o ayudar. Usa las palabras que cada persona elige: «trabajadora sexual», no «prostituta». Di «sobreviviente» si la persona lo elige. Di «sin papeles», no «ilegal». No juzgues. Pregunta y escucha.
    .title = 🗣 Hablar sin estigma
# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma-1 = Una mujer te dice que vende sexo. ¿Qué palabras usas?
    .a = «Prostituta»
    .b = «Trabajadora sexual», o las palabras que ella usa
    .c = «Víctima»
    .right = b
    .why = Usa las palabras que cada persona elige. «Trabajadora sexual» habla de un trabajo, sin juzgar.
# stigma-check: skip (the lesson names the words to avoid)
training-lesson-stigma-2 = Alguien no tiene papeles de residencia. ¿Qué dices?
    .a = «Migrante ilegal»
    .b = «Migrante sin papeles»
    .c = Nada: no le ayudas
    .right = b
    .why = Ninguna persona es ilegal. «Sin papeles» describe una situación, y todos tienen derecho a ayuda.

training-lesson-choice = La persona decide. Cuéntale todas las opciones que conoces, no solo la que te gusta. No presiones. Ella conoce su vida. Respeta un no.
    .title = 🧭 La persona elige
training-lesson-choice-1 = Una mujer necesita una clínica. Tú prefieres una. ¿Qué haces?
    .a = Le hablas solo de tu clínica
    .b = Le cuentas todas las clínicas que conoces y ella elige
    .c = Eliges por ella
    .right = b
    .why = Comparte todas las opciones. Ella elige lo que va con su vida.
training-lesson-choice-2 = Después de una agresión, una mujer no quiere ir a la policía. ¿Qué haces?
    .a = Le dices que tiene que ir
    .b = Respetas su decisión y le cuentas la atención médica posible sin denuncia
    .c = Llamas a la policía por ella
    .right = b
    .why = Es su decisión. Puede recibir atención médica sin denunciar.

training-lesson-confidentiality = Lo que la gente te cuenta es privado. Nunca compartas nombres, teléfonos ni lugares. Este bot no guarda nombres, teléfonos ni mensajes. Las opiniones son anónimas. Nunca escribas el nombre de alguien de la comunidad en un informe o un aviso.
    .title = 🔒 Confidencialidad
training-lesson-confidentiality-1 = ¿Qué guarda este bot de alguien que solo busca servicios?
    .a = Su nombre y su teléfono
    .b = Casi nada: un idioma elegido, bajo un código
    .c = Todos sus mensajes
    .right = b
    .why = El bot guarda casi nada: un teléfono o un servidor incautado muestra poco.
training-lesson-confidentiality-2 = Escribes un aviso de seguridad. ¿Qué puedes poner?
    .a = Qué vigilar y dónde
    .b = El nombre de la mujer herida
    .c = El teléfono de alguien de la comunidad
    .right = a
    .why = Di qué pasó y dónde. Nunca nombres ni teléfonos de la comunidad.

training-lesson-safety = Nadie va sola. Marca tu llegada al empezar la sesión y tu salida al terminar. Si no marcas la salida, el bot te pregunta si estás bien y luego avisa a tu responsable. Aprende la tarjeta de detención antes de necesitarla.
    .title = 🦺 Protocolo de seguridad
training-lesson-safety-1 = Tu sesión de calle termina. ¿Qué haces?
    .a = Te vas a casa sin avisar
    .b = Tocas «Salida» en el bot
    .c = Esperas la llamada de un responsable
    .right = b
    .why = Marcar la salida le dice al equipo que estás bien. Si no, avisan a tu responsable.
training-lesson-safety-2 = La policía te detiene. ¿Qué ayuda más?
    .a = Huir
    .b = Mantener la calma y pedir un abogado
    .c = Firmar cualquier papel
    .right = b
    .why = Mantén la calma, pide un abogado y no firmes lo que no entiendes. Mira la tarjeta en /rights.

training-lesson-referral = Derivar es enviar a una persona a un servicio que la puede ayudar. Busca primero el servicio en el bot. Comprueba que está al día. Da la nota de derivación, sin datos personales. Después, pregunta cómo le fue.
    .title = 📝 Derivar a un servicio
training-lesson-referral-1 = ¿Cómo encuentras un servicio de confianza para alguien?
    .a = Buscando en el directorio del bot
    .b = Adivinando
    .c = Mandándola a la policía
    .right = a
    .why = El directorio tiene servicios revisados por pares.
training-lesson-referral-2 = ¿Qué lleva la nota de derivación?
    .a = El nombre y el teléfono de la persona
    .b = El servicio y un código, nada personal
    .c = Sus papeles
    .right = b
    .why = La nota solo dice que un programa de pares envía a la persona.

training-lesson-consent = Pregunta antes de escribir algo sobre alguien. Di para qué es y quién lo leerá. Un no está bien, y la ayuda no depende de ello. Los informes cuentan personas, nunca las nombran.
    .title = 🤝 Permiso antes de informar
training-lesson-consent-1 = Quieres anotar una historia en tu informe. ¿Qué haces primero?
    .a = La escribes, no se enterará
    .b = Le preguntas a la persona y le dices quién lo leerá
    .c = Añades su nombre para el responsable
    .right = b
    .why = Pregunta primero. Di para qué es. Nunca pongas un nombre.
training-lesson-consent-2 = La persona dice que no. ¿Qué pasa?
    .a = La ayudas igual y no escribes nada
    .b = Dejas de ayudarla
    .c = Lo escribes igual
    .right = a
    .why = La ayuda nunca depende de un sí.
