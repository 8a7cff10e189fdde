# Hablar con un/a par (relevo anónimo) y palabras de crisis.

menu-talk = 🤝 Hablar con un/a par
menu-duty = 🟢 Disponibilidad para hablar

relay-topic = { $topic ->
    [police] Policía o arresto
    [violence] Violencia
    [health] Salud
    [papers] Papeles o asilo
   *[talk] Solo hablar
}
relay-intro = Aquí puedes escribir a un/a educador/a par. No ve tu cuenta, tu nombre ni tu número, y tú solo ves su nombre de equipo. No guardamos nada de lo que escribes, y los mensajes se borran al terminar la conversación. ¿De qué quieres hablar?
relay-asked = Estamos preguntando a los pares disponibles ahora. Espera aquí; ya puedes escribir.
relay-no-peer = Ningún par está disponible ahora. Si estás en peligro, llama ahora a un número de emergencia. También puedes dejar un mensaje: un/a par responderá en un día.
relay-leave = ✉️ Dejar un mensaje
relay-leave-message = Escribe aquí tu mensaje. Un/a par responderá en un día. Si nadie puede, te lo diremos.
relay-waiting = Estás esperando a un/a par. Puedes escribir; lo leerá al responder.
relay-held = Un/a par lo leerá en cuanto responda.
relay-held-full = Espera a un/a par antes de escribir más.
relay-cancel = ✖ Dejar de esperar
relay-cancelled = Dejaste de esperar. No se guardó nada de lo que escribiste.
relay-talking = Estás hablando con { $alias }. Escribe aquí; solo ve lo que escribes.
relay-started = 💬 Un/a par está aquí.
    Estás hablando con { $alias }. Escribe aquí; solo ve lo que escribes.
relay-handed = Otro/a par continuará. Espera aquí.
relay-end = ✖ Terminar la conversación
relay-ended = La conversación terminó. Sus mensajes se borraron y no se guardó nada.
relay-give-feedback = 💬 Cuéntanos cómo fue (anónimo)
relay-dropped = Lo sentimos, ningún par pudo responder a tiempo. Si necesitas ayuda ahora, llama a un número de emergencia: los contactos están abajo.
relay-talk-again = 🤝 Intentar de nuevo
relay-blocked = Por ahora no puedes hablar con un/a par.
relay-emergency = 🚑 Contactos de emergencia
relay-emergency-title = Quién puede ayudar ahora:

relay-crisis = No estás sola/o. Puedes hablar con un/a par ahora, o llamar a alguien que puede ayudar.
relay-crisis-words = arrest*, detenid*, detencion, policia*, poli, ayuda, ayudame, auxilio, socorro, herid*, violad*, violacion, violencia, violent*, golpe*, pegaron, deport*, agred*, agresion, peligro, emergencia, amenaz*, carcel, redada*, secuestr*

relay-duty-on = Estás disponible para hablar hasta las { $until }.
relay-duty-off = Ahora no estás disponible para hablar.
relay-duty-switch-on = 🟢 Estoy disponible
relay-duty-switch-off = ⚪ Ya no estoy disponible
relay-waiting-count = { $count ->
    [one] { $count } persona espera para hablar.
   *[other] { $count } personas esperan para hablar.
}
relay-accept-number = ✅ Aceptar la conversación { $conversation }
relay-on-duty-title = Disponibles ahora:
relay-on-duty-none = Nadie está disponible ahora.
relay-on-duty-line = { $alias }, hasta las { $until }{ $busy ->
    [yes] , hablando ahora
   *[no] {""}
}
relay-offer = 💬 Alguien quiere hablar (conversación { $conversation }).
relay-accept = ✅ Aceptar
relay-taken = Otro/a par ya respondió.
relay-busy = Primero termina tu conversación.
relay-back = ⬅️ Volver
relay-peer-talking = Conversación { $conversation }: { $topic }. Te ve como { $alias }. Lo que escribes aquí le llega; nunca pidas su nombre, número ni dirección.
relay-hand-over = 🔁 Pasar a otra persona
relay-block = ⛔ Bloquear
relay-hand-to = { $to ->
    [lead] 🧭 A una persona responsable
   *[peer] 🤝 A otro/a par
}
relay-hand-to-ask = ¿Quién debe continuar la conversación { $conversation }?
relay-handed-over = Pasada. Los mensajes se borraron de este chat.
relay-nobody-to-hand = Nadie puede tomarla ahora. La conversación sigue contigo.
relay-block-ask = ¿Bloquear a esta persona 30 días? La conversación termina y no podrá pedir un/a par.
relay-blocked-done = Bloqueada por 30 días. La conversación terminó.
relay-you-ended = Terminaste la conversación { $conversation }. Sus mensajes se borraron.
relay-ended-peer = 💬 La conversación { $conversation } terminó. Sus mensajes se borraron.

relay-figures = 📊 Cifras
relay-figures-title = Hablar con un/a par, por mes:
relay-figures-month = { $month }: { $conversations ->
    [one] { $conversations } conversación
   *[other] { $conversations } conversaciones
}, { $median ->
    [one] { $median } minuto
   *[other] { $median } minutos
} hasta responder (mediana), { $unanswered } sin respuesta
relay-figures-hidden = menos de { $k }
