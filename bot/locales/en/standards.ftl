# The standards library: the international standards this work follows. Members open it from
# /rights, peers and leads from /training too. A deployment's content pack can replace or add
# cards: standards-cards lists them (read in English); each needs all the attributes below.

standards-button = 📚 Standards
standards-title = The international standards for this work. Tap one to read a short summary.
standards-card-text = { $title } ({ $year })
    { $publisher }

    { $summary }

    📍 { $where }

standards-cards = swit, who, unaids, unhcr

standards-card-swit = It shows how to run health and rights work led by sex workers. Sex workers help plan it. It puts safety, rights and respect first.
    .title = Implementing comprehensive HIV/STI programmes with sex workers (SWIT)
    .short = 📘 SWIT (2013)
    .year = 2013
    .publisher = WHO, UNFPA, UNAIDS, NSWP, World Bank, UNDP
    .where = WHO website (who.int), search “Sex Worker Implementation Tool”

standards-card-who = It says which health services sex workers and other key groups should get. It asks for care without stigma and laws that do not punish sex work.
    .title = Consolidated guidelines on HIV, viral hepatitis and STI for key populations
    .short = 📗 WHO (2022)
    .year = 2022
    .publisher = World Health Organization
    .where = WHO website (who.int), search “key populations guidelines 2022”

standards-card-unaids = It says how to protect the health and rights of sex workers. It asks for services that sex workers can reach and trust.
    .title = UNAIDS Guidance Note on HIV and Sex Work
    .short = 📙 UNAIDS (2009)
    .year = 2009, annexes updated 2012
    .publisher = UNAIDS
    .where = UNAIDS website (unaids.org), search “Guidance Note on HIV and Sex Work”

standards-card-unhcr = It is for people who sell or trade sex in crises, like refugees. It shows how to give safe health care and protection without judging. It asks to involve the people themselves.
    .title = Responding to the health and protection needs of people selling or exchanging sex in humanitarian settings
    .short = 📕 UNHCR (2021)
    .year = 2021
    .publisher = UNHCR and UNFPA
    .where = UNHCR website (unhcr.org) or ReliefWeb (reliefweb.int), search the title
