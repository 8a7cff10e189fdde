# Archivos para organizaciones socias: cifras en CSV, una fila por cifra.
exports-column = { $column ->
    [start] Inicio del periodo
    [end] Fin del periodo
    [area] Zona
    [sector] Sector
    [code] Código del indicador
    [indicator] Indicador
    [service] Servicio
    [value] Valor
   *[hidden] Oculto
}
exports-indicator = { $indicator ->
    [peer_hours] Horas de alcance de pares
    [referrals] Derivaciones hechas
    [incidents] Incidentes de seguridad
    [calls] Llamadas de ayuda
    [followups_opened] Seguimientos abiertos
    [followups_closed] Seguimientos cerrados
    [answers] Respuestas
    [topic] Respuestas sobre
    [barrier] Barrera encontrada
    [need] Necesidad no cubierta
    [rating_average] Valoración media
   *[rating_answers] Valoraciones
}
exports-figure-of = { $what }: { $item }
