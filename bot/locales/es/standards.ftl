# Draft translation: to be reviewed by a native speaker.
# La biblioteca de normas internacionales (desde /rights, y /training para el equipo).

standards-button = 📚 Normas
standards-title = Las normas internacionales de este trabajo. Toca una para leer un resumen corto.
standards-card-text = { $title } ({ $year })
    { $publisher }

    { $summary }

    📍 { $where }

standards-cards = swit, who, unaids, unhcr

standards-card-swit = Muestra cómo hacer trabajo de salud y derechos con trabajadoras sexuales. Ellas ayudan a planificarlo. Pone primero la seguridad, los derechos y el respeto.
    .title = Implementación de programas integrales de VIH/ITS con personas trabajadoras del sexo (SWIT)
    .short = 📘 SWIT (2013)
    .year = 2013
    .publisher = OMS, UNFPA, ONUSIDA, NSWP, Banco Mundial, PNUD
    .where = Web de la OMS (who.int), busca «Sex Worker Implementation Tool»

standards-card-who = Dice qué servicios de salud deben recibir las trabajadoras sexuales y otros grupos clave. Pide atención sin estigma y leyes que no castiguen el trabajo sexual.
    .title = Directrices unificadas sobre VIH, hepatitis virales e ITS para poblaciones clave
    .short = 📗 OMS (2022)
    .year = 2022
    .publisher = Organización Mundial de la Salud
    .where = Web de la OMS (who.int), busca «key populations guidelines 2022»

standards-card-unaids = Dice cómo proteger la salud y los derechos de las trabajadoras sexuales. Pide servicios a los que puedan llegar y en los que puedan confiar.
    .title = Nota de orientación de ONUSIDA sobre el VIH y el trabajo sexual
    .short = 📙 ONUSIDA (2009)
    .year = 2009, anexos actualizados en 2012
    .publisher = ONUSIDA
    .where = Web de ONUSIDA (unaids.org), busca «Guidance Note on HIV and Sex Work»

standards-card-unhcr = Es para personas que venden o intercambian sexo en crisis, como las refugiadas. Muestra cómo dar salud y protección sin juzgar. Pide contar con las propias personas.
    .title = Responder a las necesidades de salud y protección de personas que venden o intercambian sexo en contextos humanitarios
    .short = 📕 ACNUR (2021)
    .year = 2021
    .publisher = ACNUR y UNFPA
    .where = Web de ACNUR (unhcr.org) o ReliefWeb (reliefweb.int), busca el título en inglés
