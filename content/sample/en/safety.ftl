# SAMPLE CONTENT PACK: "Port Amani" is a fictional city. Every law, office and number here is
# invented for demos and tests. A real deployment must replace this file.

safety-law-summary =
    📜 Local laws in Port Amani (SAMPLE, invented)

    • Selling sex is not a crime in Port Amani, but soliciting in the street is a minor offence with a fine.
    • Police may ask for ID. Refugees can show their refugee card or asylum slip.
    • Police may not keep your phone without a written order from a court.
    • Condoms may not be used as evidence in court.
    • You may be held for at most 24 hours before you see a magistrate.

    The Port Amani Legal Aid Clinic checks this summary every six months.

safety-arrest =
    🚨 If you are arrested in Port Amani (SAMPLE, invented)

    • Stay calm. Say: "I want to call the Legal Aid Clinic." Then say little else.
    • The clinic answers day and night on +255 22 200 0001.
    • Ask for an interpreter. Police stations in Port Amani must call one for free.
    • You do not have to unlock your phone. Say: "I will wait for my lawyer."
    • Do not sign any statement before you speak to a lawyer.
    • After 24 hours, you must be taken to a magistrate or let go.
    • Learn the clinic's number by heart before you need it.

    If an officer asks for sex or money, remember the time and place and tell the clinic later.

safety-emergency-numbers =
    ☎️ Emergency numbers in Port Amani (SAMPLE, invented)

    • Legal Aid Clinic, day and night: +255 22 200 0001
    • Night health line: +255 22 200 0002
    • Sex worker peer hotline: +255 754 000 111
