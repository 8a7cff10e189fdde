# Draft translation: to be reviewed by a native speaker.
# La bibliothèque des normes internationales (depuis /rights, et /training pour l’équipe).

standards-button = 📚 Normes
standards-title = Les normes internationales de ce travail. Touchez-en une pour un court résumé.
standards-card-text = { $title } ({ $year })
    { $publisher }

    { $summary }

    📍 { $where }

standards-cards = swit, who, unaids, unhcr

standards-card-swit = Il montre comment mener un travail de santé et de droits avec les travailleuses du sexe. Elles aident à le planifier. La sécurité, les droits et le respect passent en premier.
    .title = Mise en œuvre de programmes complets VIH/IST avec les travailleurs du sexe (SWIT)
    .short = 📘 SWIT (2013)
    .year = 2013
    .publisher = OMS, UNFPA, ONUSIDA, NSWP, Banque mondiale, PNUD
    .where = Site de l’OMS (who.int), cherchez « Sex Worker Implementation Tool »

standards-card-who = Il dit quels soins les travailleuses du sexe et les autres groupes clés doivent recevoir. Il demande des soins sans stigmatisation et des lois qui ne punissent pas le travail du sexe.
    .title = Lignes directrices unifiées sur le VIH, l’hépatite virale et les IST pour les populations clés
    .short = 📗 OMS (2022)
    .year = 2022
    .publisher = Organisation mondiale de la Santé
    .where = Site de l’OMS (who.int), cherchez « key populations guidelines 2022 »

standards-card-unaids = Elle dit comment protéger la santé et les droits des travailleuses du sexe. Elle demande des services accessibles et dignes de confiance.
    .title = Note d’orientation de l’ONUSIDA sur le VIH et le commerce du sexe
    .short = 📙 ONUSIDA (2009)
    .year = 2009, annexes mises à jour en 2012
    .publisher = ONUSIDA
    .where = Site de l’ONUSIDA (unaids.org), cherchez « Guidance Note on HIV and Sex Work »

standards-card-unhcr = Il concerne les personnes qui vendent ou échangent du sexe en situation de crise, comme les réfugiées. Il montre comment soigner et protéger sans juger. Il demande d’associer les personnes concernées.
    .title = Répondre aux besoins de santé et de protection des personnes qui vendent ou échangent du sexe en situation humanitaire
    .short = 📕 HCR (2021)
    .year = 2021
    .publisher = HCR et UNFPA
    .where = Site du HCR (unhcr.org) ou ReliefWeb (reliefweb.int), cherchez le titre en anglais
