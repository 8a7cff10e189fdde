# Draft translation: to be reviewed by a native speaker.
# Welcome, help, language, privacy, roles, invites and joining.

# Role names. $role is one of: member, peer, lead, admin.
# Used after "Rol:" / "Tu rol:", so no article is needed.
people-role-name = { $role ->
    [peer] educador/a par
    [lead] responsable de campo
    [admin] administrador/a
   *[member] miembro
}

people-welcome = Te damos la bienvenida. Este bot te ayuda a hallar servicios de confianza, saber tus derechos y decir qué necesitas.
people-welcome-does = Todo funciona con botones. Nunca necesitas dar tu nombre.
people-welcome-keeps = No guardamos casi nada sobre ti. Telegram puede leer los chats con bots, así que no envíes nada que quieras mantener en secreto. Mira 🔒 Privacidad.
people-welcome-role = Tu rol: { people-role-name }. Tu nombre en el equipo: { $alias }.

help-member = Usa los botones para moverte. /language cambia el idioma. /privacy dice qué guardamos. /cancel para lo que estás haciendo. /start muestra el menú otra vez.
help-peer = Como educador/a par, puedes ver tu rol con /whoami.
help-lead = Como responsable, puedes invitar a educadores pares con /invite y ver tu equipo con /team. Allí puedes desactivar a una persona; pierde el acceso en ese momento.

language-choose = Elige tu idioma:
language-saved = Listo. Hablaré contigo en español.

privacy-text = Lo que guardamos: si eliges un idioma, guardamos esa elección con un código. Sin nuestra clave secreta, ese código no se puede unir a tu cuenta de Telegram. No guardamos tu nombre, tu número de teléfono ni tus mensajes. Puedes borrar tu elección de idioma abajo, cuando quieras.
privacy-telegram = Telegram puede leer los chats con bots, y tus mensajes quedan en tu teléfono hasta que los borres.
privacy-team = Pares y responsables: mientras tengas un rol, guardamos el número de tu cuenta de Telegram, tu alias y tu idioma. Cuando tu rol termina, borramos el número de cuenta y solo dejamos el alias en los registros anteriores.
privacy-forget-language = 🗑 Borrar mi elección de idioma
privacy-language-forgotten = Listo. Tu elección de idioma está borrada.

people-whoami = Rol: { people-role-name }
    Nombre en el equipo: { $alias }
    Idioma: { $language }

people-invite-choose = ¿A quién quieres invitar?
people-invite-as = { $role ->
    [lead] Invitar: responsable de campo
   *[peer] Invitar: educador/a par
}
people-invite-created = Invitación para una persona nueva. Rol: { people-role-name }. Sirve una sola vez, hasta el { DATETIME($expires, dateStyle: "medium") }.
    Envía este enlace solo a esa persona:
    { $link }
    O esa persona puede enviar: /join { $code }

people-join-ask-code = Por favor, escribe tu código de invitación.
people-join-unknown = Este código de invitación no es correcto. Revísalo con la persona que te invitó.
people-join-expired = Esta invitación ya venció. Pide una nueva.
people-join-used = Esta invitación ya se usó. Pide una nueva.
people-join-retry = Escribe el código otra vez, o envía /cancel para parar.
people-join-already = Ya tienes un rol aquí: { people-role-name }.
people-joined = Te damos la bienvenida al equipo. Tu rol: { people-role-name }.
people-alias-ask = Elige un nombre que verá el equipo. No uses tu nombre real. Escríbelo ahora, o quédate con el de abajo.
people-alias-keep = Mantener «{ $alias }»
people-alias-saved = Guardado. El equipo te verá como { $alias }.
people-alias-too-short = Este nombre es muy corto. Usa al menos 2 letras.
people-alias-too-long = Este nombre es muy largo. Usa 24 letras como máximo.
people-alias-characters = Por favor, usa solo letras, números y espacios.
people-alias-contact = Por favor, no pongas un número de teléfono, un @nombre ni un enlace en tu nombre.

people-team-title = Tu equipo. Toca un nombre para ver más.
people-team-empty = Todavía no hay nadie en tu equipo. Usa ➕ Invitar.
people-member-label = { $alias } · { people-role-name }
people-member-card = { $alias }
    Rol: { people-role-name }
    En el equipo desde: { $joined }
people-deactivate = Desactivar
people-deactivate-confirm = ¿Desactivar la cuenta de { $alias }? Pierde el acceso en el acto. Los registros pasados guardan solo su alias.
people-deactivate-yes = Sí, desactivar
people-deactivated = La cuenta de { $alias } está desactivada. Esta persona ya no tiene acceso.
people-member-area = Zona: { $area }
people-set-area = 📍 Elegir zona
people-choose-area = Elige la zona donde trabaja { $alias }:
