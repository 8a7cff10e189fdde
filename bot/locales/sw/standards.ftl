# Draft translation: to be reviewed by a native speaker.
# Maktaba ya viwango vya kimataifa (kutoka /rights, na /training kwa timu).

standards-button = 📚 Viwango
standards-title = Viwango vya kimataifa vya kazi hii. Gusa kimoja kusoma muhtasari mfupi.
standards-card-text = { $title } ({ $year })
    { $publisher }

    { $summary }

    📍 { $where }

standards-cards = swit, who, unaids, unhcr

standards-card-swit = Kinaonyesha jinsi ya kufanya kazi ya afya na haki pamoja na wafanyakazi wa ngono. Wao wanasaidia kupanga. Usalama, haki na heshima kwanza.
    .title = Kutekeleza programu kamili za VVU/magonjwa ya ngono pamoja na wafanyakazi wa ngono (SWIT)
    .short = 📘 SWIT (2013)
    .year = 2013
    .publisher = WHO, UNFPA, UNAIDS, NSWP, Benki ya Dunia, UNDP
    .where = Tovuti ya WHO (who.int), tafuta “Sex Worker Implementation Tool”

standards-card-who = Inasema huduma za afya ambazo wafanyakazi wa ngono na makundi mengine muhimu wanapaswa kupata. Inaomba huduma bila unyanyapaa na sheria zisizoadhibu kazi ya ngono.
    .title = Miongozo ya pamoja ya VVU, homa ya ini na magonjwa ya ngono kwa makundi muhimu
    .short = 📗 WHO (2022)
    .year = 2022
    .publisher = Shirika la Afya Duniani (WHO)
    .where = Tovuti ya WHO (who.int), tafuta “key populations guidelines 2022”

standards-card-unaids = Inasema jinsi ya kulinda afya na haki za wafanyakazi wa ngono. Inaomba huduma wanazoweza kufikia na kuziamini.
    .title = Mwongozo wa UNAIDS kuhusu VVU na kazi ya ngono
    .short = 📙 UNAIDS (2009)
    .year = 2009, viambatisho vilisasishwa 2012
    .publisher = UNAIDS
    .where = Tovuti ya UNAIDS (unaids.org), tafuta “Guidance Note on HIV and Sex Work”

standards-card-unhcr = Ni kwa watu wanaouza au kubadilishana ngono wakati wa dharura, kama wakimbizi. Inaonyesha jinsi ya kutoa afya na ulinzi bila hukumu. Inaomba kuwashirikisha watu wenyewe.
    .title = Kukidhi mahitaji ya afya na ulinzi ya watu wanaouza au kubadilishana ngono katika mazingira ya kibinadamu
    .short = 📕 UNHCR (2021)
    .year = 2021
    .publisher = UNHCR na UNFPA
    .where = Tovuti ya UNHCR (unhcr.org) au ReliefWeb (reliefweb.int), tafuta kichwa kwa Kiingereza
